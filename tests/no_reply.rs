//! Failures with no SMTP reply (s15): the connection, lookup and TLS errors that the runtimes and
//! TLS libraries under the mail libraries print — PHP's OpenSSL stream layer, Java's JSSE and
//! PKIX validator, .NET's SslStream and Windows Sockets texts, Go's crypto/tls alerts, rustls
//! (inside lettre), lettre's own reader, Python's asyncio, Node's HTTP client — and Ruby
//! net-smtp's backtrace. Expected values come from the source texts and tests/corpus/LABELS.md §3.

use smtp_explain::{explain, Category, Explanation, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

fn software(e: &Explanation) -> Option<String> {
    e.software.as_ref().map(|s| s.id.to_string())
}

#[test]
fn php_s_tls_warnings_before_its_connect_failure_say_why() {
    // php-src ext/openssl/xp_ssl.c: with ssl:// the handshake runs inside the connect call, so PHP
    // warns about the certificate, then "Failed to enable crypto", then "unable to connect to
    // ssl://host:port (Unknown error)". The certificate is the cause; a mismatch lasts.
    let text = "Connection: Failed to connect to server. Error number 2. \"Error notice: stream_socket_client(): Peer certificate CN=`shared.example.net' did not match expected CN=`mail.example.com'\n\
Connection: Failed to connect to server. Error number 2. \"Error notice: stream_socket_client(): Failed to enable crypto\n\
Connection: Failed to connect to server. Error number 2. \"Error notice: stream_socket_client(): unable to connect to ssl://mail.example.com:465 (Unknown error)\n\
SMTP ERROR: Failed to connect to server: (0)";
    let e = explain(text);
    assert_eq!(e.category.id, Category::TlsFailed);
    assert_eq!(e.outcome, Outcome::Permanent);
    // Without any TLS words the same connect failure is a network failure.
    assert_reads(
        "stream_socket_client(): unable to connect to ssl://mail.example.com:465 (Connection refused)",
        Category::NetworkError,
        Outcome::Temporary,
    );
}

#[test]
fn php_s_ssl_syscall_error_is_a_handshake_that_broke_off() {
    // xp_ssl.c php_openssl_handle_ssl_error: SSL_ERROR_SYSCALL is written "SSL: <errno text>" under
    // the function that ran the handshake; a reset there is a TLS failure for now (LABELS.md §3).
    for text in ["stream_socket_enable_crypto(): SSL: Connection reset by peer", "stream_socket_client(): SSL: Connection reset by peer"] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::TlsFailed, "{text}");
        assert_eq!(e.outcome, Outcome::Temporary, "{text}");
        assert_eq!(software(&e).as_deref(), Some("php"), "{text}");
    }
}

#[test]
fn java_s_certificate_and_handshake_texts() {
    // sun.security.validator.PKIXValidator and CertificateValidity: an untrusted or expired chain.
    for text in [
        "sun.security.validator.ValidatorException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed",
        "java.security.cert.CertificateExpiredException: NotAfter: Sat Jan 01 00:00:00 UTC 2022",
    ] {
        assert_reads(text, Category::TlsFailed, Outcome::Permanent);
    }
    // sun.security.ssl.SSLSocketImpl: the server hung up during the handshake — failed for now.
    assert_reads(
        "javax.net.ssl.SSLHandshakeException: Remote host closed connection during handshake",
        Category::TlsFailed,
        Outcome::Temporary,
    );
}

#[test]
fn rustls_errors_inside_lettre_s_connection_error_are_tls_failures() {
    // rustls/src/error.rs Display: "received fatal alert: {:?}", "received corrupt message of type
    // {:?}" (a plain-text port answering), "peer is incompatible: {:?}", "peer misbehaved: {:?}".
    // lettre prints them after its own "Connection error: ".
    for text in [
        "Connection error: received fatal alert: HandshakeFailure",
        "Connection error: received corrupt message of type InvalidContentType",
        "Connection error: peer is incompatible: Tls12NotOffered",
        "Connection error: peer misbehaved: ServerNameMustContainOneHostName",
    ] {
        assert_reads(text, Category::TlsFailed, Outcome::Permanent);
    }
}

#[test]
fn lettre_s_incomplete_response_is_a_connection_closed_without_a_reply() {
    // lettre SmtpConnection::read_response returns error::response("incomplete response") when the
    // stream ends before a whole reply: no reply at all, so a failure for now.
    let e = explain("response error: incomplete response");
    assert_eq!(e.category.id, Category::NetworkError);
    assert_eq!(e.outcome, Outcome::Temporary);
    assert_eq!(software(&e).as_deref(), Some("lettre"));
}

#[test]
fn runtime_connection_texts_are_network_failures() {
    // Node lib/_http_client.js 'socket hang up'; Python asyncio 'Connect call failed (addr)';
    // Windows Sockets WSAEADDRNOTAVAIL 10049 as .NET prints it.
    for text in [
        "Error: socket hang up",
        "OSError: [Errno 111] Connect call failed ('192.0.2.1', 25)",
        "System.Net.Sockets.SocketException (10049): The requested address is not valid in its context.",
    ] {
        assert_reads(text, Category::NetworkError, Outcome::Temporary);
    }
}

#[test]
fn tls_texts_of_dotnet_go_and_apache_httpclient() {
    for text in [
        // dotnet/runtime System.Net.Security Strings.resx net_frame_read_size.
        "System.Security.Authentication.AuthenticationException: Cannot determine the frame size or a corrupted frame was received.",
        // Go crypto/tls alert.go alertProtocolVersion.
        "remote error: tls: protocol version not supported",
        // Apache HttpClient DefaultHostnameVerifier.
        "javax.net.ssl.SSLPeerUnverifiedException: Certificate for <smtp.example.com> doesn't match any of the subject alternative names: [mail.example.net]",
    ] {
        assert_reads(text, Category::TlsFailed, Outcome::Permanent);
    }
}

#[test]
fn ruby_net_smtp_s_backtrace_names_ruby_not_go() {
    // Ruby's library lives in lib/net/smtp.rb; Go's package is net/smtp with no ".rb".
    let e = explain("Timeout::Error: execution expired\n  from net/smtp.rb:539:in `initialize'\n  from net/smtp.rb:539:in `open'");
    assert_eq!(e.category.id, Category::NetworkError);
    assert_eq!(e.outcome, Outcome::Temporary);
    assert_eq!(software(&e).as_deref(), Some("ruby_net_smtp"));
    let e = explain("dial tcp 192.0.2.1:25: connect: connection refused (net/smtp)");
    assert_eq!(e.category.id, Category::NetworkError);
    assert_ne!(software(&e).as_deref(), Some("ruby_net_smtp"));
}
