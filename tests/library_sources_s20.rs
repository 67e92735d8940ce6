//! Mail-sending libraries' own error texts, mined from their sources (session 20, round ms4):
//! emersion/go-smtp, gen_smtp and Swoosh, curl, CodeIgniter 4, Ruby's mail gem, Spring,
//! Simple Java Mail, WP Mail SMTP, FluentSMTP and Perl's Mail::Sendmail. Each text is quoted from
//! the source file named beside it, with a realistic server reply where the library appends one;
//! the expected values are read from that source and tests/corpus/LABELS.md, never from the
//! tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A client set to require something the server's EHLO does not offer (LABELS.md §5): no AUTH
/// (or not the mechanism the client uses) is `not_implemented`, no STARTTLS is `tls_failed`.
#[test]
fn a_server_that_lacks_what_the_client_requires() {
    assert_all_read(
        &[
            // emersion/go-smtp client.go (Client.Auth).
            "smtp: server doesn't support AUTH",
            // emersion/go-smtp client.go (Client.Mail with the UTF8 option).
            "smtp: server does not support SMTPUTF8",
            // gen_smtp src/gen_smtp_client.erl try_AUTH: {missing_requirement, auth}, after every retry.
            r#"{error,retries_exceeded,{missing_requirement,"mail.example.com",auth}}"#,
            // The same term as Swoosh's SMTP adapter returns it from Elixir.
            r#"{:error, {:retries_exceeded, {:missing_requirement, ~c"mail.example.com", :auth}}}"#,
            // CodeIgniter 4 system/Language/en/Email.php ('failureSMTPAuthMethod').
            "Unable to initiate AUTH command. Your server might not be configured to use AUTH LOGIN authentication method.",
            // Perl Mail::Sendmail lib/Mail/Sendmail.pm (auth required, no common method).
            "Required AUTH method 'LOGIN' not supported. (Server supports ''. Module supports: 'DIGEST-MD5 CRAM-MD5 PLAIN LOGIN')",
        ],
        Category::NotImplemented,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            // emersion/go-smtp client.go (Client.StartTLS).
            "smtp: server doesn't support STARTTLS",
            // gen_smtp src/gen_smtp_client.erl try_STARTTLS: {missing_requirement, tls}.
            r#"{error,retries_exceeded,{missing_requirement,"mail.example.com",tls}}"#,
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
    assert_eq!(software_of(r#"{error,retries_exceeded,{missing_requirement,"mail.example.com",auth}}"#).as_deref(), Some("gen_smtp"));
}

/// A log's `{auth}` facility tag is no gen_smtp term: a refused DIGEST-MD5 step stays a failed
/// sign-in (dev row sc-s12-0008).
#[test]
fn a_bare_auth_tag_is_not_gen_smtp() {
    let text = "[21/Mar/2015 17:42:13][4522610688] {auth} DIGEST: second step, auth failed";
    assert_eq!(category_of(text), Category::AuthFailed);
}

/// Certificates, handshakes and TLS set-up that fail the same way every time (LABELS.md §3).
#[test]
fn certificate_and_handshake_failures_are_tls_failures() {
    assert_all_read(
        &[
            // curl lib/vtls/openssl.c ('SSL certificate problem: %s').
            "curl: (60) SSL certificate problem: unable to get local issuer certificate",
            // curl lib/vtls/openssl.c ('TLS connect error: %s').
            "curl: (35) TLS connect error: error:0A00010B:SSL routines::wrong version number",
            // gen_smtp do_STARTTLS: the ssl application was not started.
            r#"{error,no_more_hosts,{permanent_failure,"mail.example.com",ssl_not_started}}"#,
            // WP Mail SMTP src/Admin/Pages/TestTab.php, the diagnosis of cURL error 60/77.
            "SSL certificate issue.\nThis means your web server cannot reliably make secure connections (make requests to HTTPS sites).",
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
}

/// No connection, no answer, no name (LABELS.md §2 Q1, §3: temporary unless the program says
/// it gave up).
#[test]
fn connection_failures_are_network_errors() {
    assert_all_read(
        &[
            // curl lib/cf-ip-happy.c with curl_easy_strerror(CURLE_COULDNT_CONNECT).
            "curl: (7) Failed to connect to smtp.gmail.com port 587 after 21044 ms: Could not connect to server",
            // curl lib/vdns/hostip.c.
            "curl: (6) Could not resolve host: mail.example.net",
            // curl lib/multi.c.
            "curl: (28) Connection timed out after 10001 milliseconds",
            // curl lib/strerror.c (CURLE_RECV_ERROR).
            "curl: (56) Failure when receiving data from the peer",
            // CodeIgniter 4 Email::SMTPConnect puts fsockopen's errno and errstr into 'SMTPError'.
            "The following SMTP error was encountered: 111 Connection refused",
            // Spring MailSendException.getMessage around JavaMail's MailConnectException.
            "org.springframework.mail.MailSendException: Mail server connection failed. Failed messages: org.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host, port: smtp.gmail.com, 587; timeout -1;\n  nested exception is:\n\tjava.net.ConnectException: Connection refused",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // Mail::Sendmail's last word once every retry failed: it gave up (LABELS.md §3).
    assert_reads(
        "connect to mail.example.com failed (Connection refused)\nconnect to mail.example.com failed\nconnect to mail.example.com failed (Connection refused) no (more) retries!",
        Category::NetworkError,
        Outcome::Permanent,
    );
    // A library's error names the server it was set to use (LABELS.md §4).
    assert_eq!(
        provider_of("curl: (7) Failed to connect to smtp.gmail.com port 587 after 21044 ms: Could not connect to server").as_deref(),
        Some("google")
    );
}

/// Sign-in refused, or a stored OAuth grant that can no longer be renewed.
#[test]
fn refused_sign_ins_are_auth_failures() {
    assert_all_read(
        &[
            // emersion/go-smtp data.go (SMTPError.Error), enhanced code stripped by toSMTPErr.
            "SMTP error 535: Username and Password not accepted. For more information, go to\nhttps://support.google.com/mail/?p=BadCredentials d9443c01a7336-1f2f0b1b2c3sm1234567ad.12 - gsmtp",
            // CodeIgniter 4 'SMTPAuthUsername' with an Exchange reply.
            "Failed to authenticate username. Error: 535 5.7.3 Authentication unsuccessful",
            // Perl Mail::Sendmail fail() with 'Server said:'.
            "LOGIN password failed: 535 5.7.8 Error: authentication failed: authentication failure\nServer said: 535 5.7.8 Error: authentication failed: authentication failure",
            // FluentSMTP app/Services/Mailer/Providers/Outlook/Handler.php.
            "Could not renew the Microsoft access token: invalid_grant. Please reconnect this Outlook connection in FluentSMTP settings.",
            // FluentSMTP app/Services/Mailer/Providers/Gmail/Handler.php.
            "Failed to renew token with Gmail Api",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
    assert_eq!(
        provider_of(
            "Could not renew the Microsoft access token: invalid_grant. Please reconnect this Outlook connection in FluentSMTP settings."
        )
        .as_deref(),
        Some("microsoft")
    );
    assert_eq!(provider_of("Failed to renew token with Gmail Api").as_deref(), Some("google"));
}

/// The server's reply inside a library's wrapper decides the cause.
#[test]
fn replies_inside_library_wrappers_keep_their_cause() {
    // gen_smtp / Swoosh: a RCPT refused by Postfix's relay restriction.
    assert_reads(
        r#"{:error, {:send, {:permanent_failure, ~c"mail.example.com", "554 5.7.1 <alice@example.org>: Relay access denied\r\n"}}}"#,
        Category::RelayDenied,
        Outcome::Permanent,
    );
    // go-smtp LMTPDataError: one recipient's Dovecot over-quota reply.
    assert_reads(
        "<bob@example.org>: SMTP error 452: <bob@example.org> Quota exceeded (mailbox for user is full)",
        Category::MailboxFull,
        Outcome::Temporary,
    );
    // Mail::Sendmail: the greeting refused by postscreen's DNSBL check.
    let text = "Connection error from mail.example.com on port 25 (554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7)\nServer said: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7";
    assert_reads(text, Category::SenderBlocklisted, Outcome::Permanent);
    // FluentSMTP's SES handler refuses a From outside the verified domains (LABELS.md §1 Q5).
    assert_reads("Invalid email address! Please use a verified domain.", Category::SenderRejected, Outcome::Permanent);
}

/// Ruby's mail gem: sendmail's exit status 75 is sysexits EX_TEMPFAIL, "try again later".
#[test]
fn a_sendmail_tempfail_exit_is_temporary() {
    assert_reads(
        r#"Mail::Sendmail::DeliveryError: Delivery failed with exitstatus 75: ["/usr/sbin/sendmail", "-i", "-f", "noreply@example.com", "--", "bob@example.org"]"#,
        Category::ServerError,
        Outcome::Temporary,
    );
}

/// No row of this round reads as a success.
#[test]
fn no_failure_of_this_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-ms4-s20.jsonl"));
}
