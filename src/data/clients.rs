//! Error codes and messages of mail clients and libraries that stand for a reply code or a
//! network/auth failure: Outlook HRESULTs (`imnxport.h`), Nodemailer error codes
//! (`lib/errors.js`), PHPMailer, Thunderbird, Apple Mail, .NET, JavaMail and Python messages;
//! Symfony/Swift Mailer, Ruby net-smtp, MailKit, Go net/smtp, lettre, PHP streams, Roundcube, SOGo and
//! Nextcloud Mail; and the localized messages of PHPMailer, Roundcube, Thunderbird and SOGo in every
//! language they ship (large blocks, marked as such: candidates for per-language packs).
//!
//! Rows whose `category` is `Unknown` are wrappers: they say nothing about the cause, only that
//! a mail program is speaking (the input is then shown as a client message). Rows that stand
//! for an SMTP reply set `basic`, so that the reply code is known even when the message does
//! not quote it.
//!
//! Outlook codes: `HR_E(n)` in `imnxport.h` is `MAKE_SCODE(SEVERITY_ERROR, FACILITY_INTERNET, n)`,
//! so `IXP_E_FAILED_TO_CONNECT = HR_E(0xCC0E)` is shown by Outlook as `0x800CCC0E`.

use super::ClientError;
use crate::taxonomy::{Category as C, Stage};

/// Shorthand for a row.
macro_rules! client {
    ($pattern:literal, $client:literal, $cat:ident, $basic:expr, $stage:expr, $source:literal) => {
        ClientError { pattern: $pattern, client: $client, category: C::$cat, basic: $basic, stage: $stage, source: provenance!($source) }
    };
}

/// Every client row: the rows in the programs' own (English) words, then the knowledge pack's
/// (`knowledge/clients.tsv`: their other languages), once it is loaded.
pub fn client_errors() -> impl Iterator<Item = &'static ClientError> {
    ENGLISH.iter().chain(super::knowledge::clients())
}

/// The `i`th row of [`client_errors`].
pub fn client_error(i: usize) -> &'static ClientError {
    ENGLISH.get(i).unwrap_or_else(|| &super::knowledge::clients()[i - ENGLISH.len()])
}

/// Client errors in the programs' own (English) words.
#[rustfmt::skip]
const ENGLISH_ROWS: &[ClientError] = &[
    // --- Outlook / Outlook Express / Windows Live Mail: imnxport.h "General Imnxport Return Values" ---
    client!("0x800ccc00", "outlook", AuthFailed, None, Some(Stage::Auth), "Windows SDK imnxport.h (IXP_E_LOAD_SICILY_FAILED)"),
    client!("0x800ccc01", "outlook", TlsFailed, None, Some(Stage::Starttls), "Windows SDK imnxport.h (IXP_E_INVALID_CERT_CN)"),
    client!("0x800ccc02", "outlook", TlsFailed, None, Some(Stage::Starttls), "Windows SDK imnxport.h (IXP_E_INVALID_CERT_DATE)"),
    client!("0x800ccc03", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_ALREADY_CONNECTED)"),
    client!("0x800ccc04", "outlook", NetworkError, None, Some(Stage::Connection), "Windows SDK imnxport.h (IXP_E_CONN)"),
    client!("0x800ccc05", "outlook", NetworkError, None, Some(Stage::Connection), "Windows SDK imnxport.h (IXP_E_NOT_CONNECTED)"),
    client!("0x800ccc06", "outlook", NetworkError, None, None, "Windows SDK imnxport.h (IXP_E_CONN_SEND)"),
    client!("0x800ccc07", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_WOULD_BLOCK)"),
    client!("0x800ccc08", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_INVALID_STATE)"),
    client!("0x800ccc09", "outlook", NetworkError, None, None, "Windows SDK imnxport.h (IXP_E_CONN_RECV)"),
    client!("0x800ccc0a", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_INCOMPLETE)"),
    client!("0x800ccc0b", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_BUSY)"),
    client!("0x800ccc0c", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_NOT_INIT)"),
    client!("0x800ccc0d", "outlook", NetworkError, None, Some(Stage::Connection), "Windows SDK imnxport.h (IXP_E_CANT_FIND_HOST)"),
    client!("0x800ccc0e", "outlook", NetworkError, None, Some(Stage::Connection), "Windows SDK imnxport.h (IXP_E_FAILED_TO_CONNECT)"),
    client!("0x800ccc0f", "outlook", NetworkError, None, None, "Windows SDK imnxport.h (IXP_E_CONNECTION_DROPPED); Microsoft KB 816866"),
    client!("0x800ccc10", "outlook", MailboxUnknown, None, Some(Stage::RcptTo), "Windows SDK imnxport.h (IXP_E_INVALID_ADDRESS)"),
    client!("0x800ccc11", "outlook", MailboxUnknown, None, Some(Stage::RcptTo), "Windows SDK imnxport.h (IXP_E_INVALID_ADDRESS_LIST)"),
    client!("0x800ccc12", "outlook", NetworkError, None, None, "Windows SDK imnxport.h (IXP_E_SOCKET_READ_ERROR)"),
    client!("0x800ccc13", "outlook", NetworkError, None, None, "Windows SDK imnxport.h (IXP_E_SOCKET_WRITE_ERROR)"),
    client!("0x800ccc14", "outlook", NetworkError, None, Some(Stage::Connection), "Windows SDK imnxport.h (IXP_E_SOCKET_INIT_ERROR)"),
    client!("0x800ccc15", "outlook", NetworkError, None, Some(Stage::Connection), "Windows SDK imnxport.h (IXP_E_SOCKET_CONNECT_ERROR)"),
    client!("0x800ccc16", "outlook", AuthFailed, None, Some(Stage::Auth), "Windows SDK imnxport.h (IXP_E_INVALID_ACCOUNT)"),
    client!("0x800ccc17", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_USER_CANCEL)"),
    client!("0x800ccc18", "outlook", AuthFailed, None, Some(Stage::Auth), "Windows SDK imnxport.h (IXP_E_SICILY_LOGON_FAILED)"),
    client!("0x800ccc19", "outlook", NetworkError, None, None, "Windows SDK imnxport.h (IXP_E_TIMEOUT)"),
    client!("0x800ccc1a", "outlook", TlsFailed, None, Some(Stage::Starttls), "Windows SDK imnxport.h (IXP_E_SECURE_CONNECT_FAILED)"),
    // --- imnxport.h "HTTPMail Return Codes" (old Hotmail DAV accounts; HTTP statuses, not SMTP) ---
    client!("0x800ccc30", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_USE_PROXY, HTTP 305)"),
    client!("0x800ccc31", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_BAD_REQUEST, HTTP 400)"),
    client!("0x800ccc32", "outlook", AuthFailed, None, Some(Stage::Auth), "Windows SDK imnxport.h (IXP_E_HTTP_UNAUTHORIZED, HTTP 401)"),
    client!("0x800ccc33", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_FORBIDDEN, HTTP 403)"),
    client!("0x800ccc34", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_NOT_FOUND, HTTP 404)"),
    client!("0x800ccc35", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_METHOD_NOT_ALLOW, HTTP 405)"),
    client!("0x800ccc36", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_NOT_ACCEPTABLE, HTTP 406)"),
    client!("0x800ccc37", "outlook", AuthFailed, None, Some(Stage::Auth), "Windows SDK imnxport.h (IXP_E_HTTP_PROXY_AUTH_REQ, HTTP 407)"),
    client!("0x800ccc38", "outlook", NetworkError, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_REQUEST_TIMEOUT, HTTP 408)"),
    client!("0x800ccc39", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_CONFLICT, HTTP 409)"),
    client!("0x800ccc3a", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_GONE, HTTP 410)"),
    client!("0x800ccc3b", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_LENGTH_REQUIRED, HTTP 411)"),
    client!("0x800ccc3c", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_PRECOND_FAILED, HTTP 412)"),
    client!("0x800ccc3d", "outlook", ServerError, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_INTERNAL_ERROR, HTTP 500)"),
    client!("0x800ccc3e", "outlook", NotImplemented, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_NOT_IMPLEMENTED, HTTP 501)"),
    client!("0x800ccc3f", "outlook", ServerUnavailable, None, None, "Windows SDK imnxport.h (IXP_E_HTTP_BAD_GATEWAY, HTTP 502)"),
    // --- imnxport.h "WINSOCK Errors" ---
    client!("0x800ccc40", "outlook", NetworkError, None, None, "Windows SDK imnxport.h (IXP_E_WINSOCK_WSASYSNOTREADY)"),
    client!("0x800ccc41", "outlook", NetworkError, None, None, "Windows SDK imnxport.h (IXP_E_WINSOCK_WSAVERNOTSUPPORTED)"),
    client!("0x800ccc42", "outlook", NetworkError, None, None, "Windows SDK imnxport.h (IXP_E_WINSOCK_WSAEPROCLIM)"),
    client!("0x800ccc43", "outlook", NetworkError, None, None, "Windows SDK imnxport.h (IXP_E_WINSOCK_WSAEFAULT)"),
    client!("0x800ccc44", "outlook", NetworkError, None, None, "Windows SDK imnxport.h (IXP_E_WINSOCK_FAILED_WSASTARTUP)"),
    client!("0x800ccc45", "outlook", NetworkError, None, None, "Windows SDK imnxport.h (IXP_E_WINSOCK_WSAEINPROGRESS)"),
    // --- imnxport.h "SMTP Command Response Values": Outlook names the reply code the server sent
    // (basic) and the header's name for it gives the category; where the name says no more than
    // the code (552 "storage overflow", 554 "transaction failed") the row leaves it to the code. ---
    client!("0x800ccc60", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_SMTP_RESPONSE_ERROR)"),
    client!("0x800ccc61", "outlook", Unknown, None, None, "Windows SDK imnxport.h (IXP_E_SMTP_UNKNOWN_RESPONSE_CODE)"),
    client!("0x800ccc62", "outlook", ProtocolSyntax, Some(500), None, "Windows SDK imnxport.h (IXP_E_SMTP_500_SYNTAX_ERROR)"),
    client!("0x800ccc63", "outlook", ProtocolSyntax, Some(501), None, "Windows SDK imnxport.h (IXP_E_SMTP_501_PARAM_SYNTAX)"),
    client!("0x800ccc64", "outlook", NotImplemented, Some(502), None, "Windows SDK imnxport.h (IXP_E_SMTP_502_COMMAND_NOTIMPL)"),
    client!("0x800ccc65", "outlook", ProtocolSequence, Some(503), None, "Windows SDK imnxport.h (IXP_E_SMTP_503_COMMAND_SEQ)"),
    client!("0x800ccc66", "outlook", NotImplemented, Some(504), None, "Windows SDK imnxport.h (IXP_E_SMTP_504_COMMAND_PARAM_NOTIMPL)"),
    client!("0x800ccc67", "outlook", ServerUnavailable, Some(421), None, "Windows SDK imnxport.h (IXP_E_SMTP_421_NOT_AVAILABLE)"),
    client!("0x800ccc68", "outlook", MailboxBusy, Some(450), None, "Windows SDK imnxport.h (IXP_E_SMTP_450_MAILBOX_BUSY)"),
    client!("0x800ccc69", "outlook", MailboxUnknown, Some(550), None, "Windows SDK imnxport.h (IXP_E_SMTP_550_MAILBOX_NOT_FOUND)"),
    client!("0x800ccc6a", "outlook", ServerError, Some(451), None, "Windows SDK imnxport.h (IXP_E_SMTP_451_ERROR_PROCESSING)"),
    client!("0x800ccc6b", "outlook", MailboxMoved, Some(551), None, "Windows SDK imnxport.h (IXP_E_SMTP_551_USER_NOT_LOCAL)"),
    client!("0x800ccc6c", "outlook", ServerStorage, Some(452), None, "Windows SDK imnxport.h (IXP_E_SMTP_452_NO_SYSTEM_STORAGE)"),
    client!("0x800ccc6d", "outlook", Unknown, Some(552), None, "Windows SDK imnxport.h (IXP_E_SMTP_552_STORAGE_OVERFLOW)"),
    client!("0x800ccc6e", "outlook", MailboxUnknown, Some(553), None, "Windows SDK imnxport.h (IXP_E_SMTP_553_MAILBOX_NAME_SYNTAX)"),
    client!("0x800ccc6f", "outlook", Unknown, Some(554), None, "Windows SDK imnxport.h (IXP_E_SMTP_554_TRANSACT_FAILED)"),
    client!("0x800ccc78", "outlook", SenderRejected, None, Some(Stage::MailFrom), "Windows SDK imnxport.h (IXP_E_SMTP_REJECTED_SENDER)"),
    client!("0x800ccc79", "outlook", Unknown, None, Some(Stage::RcptTo), "Windows SDK imnxport.h (IXP_E_SMTP_REJECTED_RECIPIENTS)"),
    client!("0x800ccc7a", "outlook", Unknown, None, Some(Stage::MailFrom), "Windows SDK imnxport.h (IXP_E_SMTP_NO_SENDER)"),
    client!("0x800ccc7b", "outlook", Unknown, None, Some(Stage::RcptTo), "Windows SDK imnxport.h (IXP_E_SMTP_NO_RECIPIENTS)"),
    client!("0x800ccc7c", "outlook", TlsRequired, Some(530), Some(Stage::Starttls), "Windows SDK imnxport.h (IXP_E_SMTP_530_STARTTLS_REQUIRED)"),
    client!("0x800ccc7d", "outlook", TlsFailed, None, Some(Stage::Starttls), "Windows SDK imnxport.h (IXP_E_SMTP_NO_STARTTLS_SUPPORT)"),
    client!("0x800ccc7e", "outlook", NotImplemented, None, None, "Windows SDK imnxport.h (IXP_S_SMTP_NO_DSN_SUPPORT)"),
    client!("0x800ccc7f", "outlook", TlsFailed, Some(454), Some(Stage::Starttls), "Windows SDK imnxport.h (IXP_E_SMTP_454_STARTTLS_FAILED)"),
    // --- Outlook (MAPI send/receive) errors and texts; https://bobcares.com/blog/outlook-cannot-connect-to-smtp-server-error/
    // quotes the 0x80042109 dialog; SOURCES.md §4.4 lists the four codes ---
    client!("0x80042108", "outlook", NetworkError, None, Some(Stage::Connection), "Outlook send/receive error: cannot connect to the incoming (POP3) server (SOURCES.md §4.4)"),
    client!("0x80042109", "outlook", NetworkError, None, Some(Stage::Connection), "Outlook send/receive error: cannot connect to the outgoing (SMTP) server (bobcares.com article quoting the dialog)"),
    client!("0x8004210a", "outlook", NetworkError, None, None, "Outlook send/receive error: timed out waiting for the receiving (POP) server (SOURCES.md §4.4)"),
    client!("0x8004210b", "outlook", NetworkError, None, None, "Outlook send/receive error: timed out waiting for the sending (SMTP) server (SOURCES.md §4.4)"),
    client!("outlook cannot connect to your outgoing (smtp) e-mail server", "outlook", NetworkError, None, Some(Stage::Connection), "Outlook 0x80042109 dialog text (bobcares.com)"),
    client!("your server has unexpectedly terminated the connection", "outlook", NetworkError, None, None, "Outlook Express 0x800CCC0F dialog text (Microsoft KB 816866)"),

    // --- Nodemailer: error codes of lib/errors.js (https://nodemailer.com/errors) ---
    client!("econnection", "nodemailer", NetworkError, None, Some(Stage::Connection), "Nodemailer lib/errors.js (ECONNECTION: connection closed unexpectedly)"),
    client!("etimedout", "nodemailer", NetworkError, None, None, "Nodemailer lib/errors.js (ETIMEDOUT); Node.js net error"),
    client!("esocket", "nodemailer", NetworkError, None, None, "Nodemailer lib/errors.js (ESOCKET)"),
    client!("edns", "nodemailer", NetworkError, None, Some(Stage::Connection), "Nodemailer lib/errors.js (EDNS: DNS resolution failed)"),
    client!("etls", "nodemailer", TlsFailed, None, Some(Stage::Starttls), "Nodemailer lib/errors.js (ETLS: TLS handshake or STARTTLS failed)"),
    client!("erequiretls", "nodemailer", TlsFailed, None, None, "Nodemailer lib/errors.js (EREQUIRETLS: REQUIRETLS not supported by server, RFC 8689)"),
    client!("eprotocol", "nodemailer", ProtocolSyntax, None, None, "Nodemailer lib/errors.js (EPROTOCOL: invalid SMTP server response)"),
    client!("eenvelope", "nodemailer", Unknown, None, None, "Nodemailer lib/errors.js (EENVELOPE: sender or recipients refused)"),
    client!("emessage", "nodemailer", Unknown, None, Some(Stage::EndOfData), "Nodemailer lib/errors.js (EMESSAGE: message delivery error)"),
    client!("estream", "nodemailer", Unknown, None, None, "Nodemailer lib/errors.js (ESTREAM)"),
    client!("eauth", "nodemailer", AuthFailed, None, Some(Stage::Auth), "Nodemailer lib/errors.js (EAUTH: authentication failed)"),
    client!("enoauth", "nodemailer", AuthRequired, None, Some(Stage::Auth), "Nodemailer lib/errors.js (ENOAUTH: credentials not provided)"),
    client!("eoauth2", "nodemailer", AuthFailed, None, Some(Stage::Auth), "Nodemailer lib/errors.js (EOAUTH2: token generation or refresh error)"),
    client!("emaxlimit", "nodemailer", Unknown, None, None, "Nodemailer lib/errors.js (EMAXLIMIT: pool limit reached)"),
    client!("emaxrecipients", "nodemailer", TooManyRecipients, None, None, "Nodemailer lib/errors.js (EMAXRECIPIENTS)"),
    client!("esendmail", "nodemailer", Unknown, None, None, "Nodemailer lib/errors.js (ESENDMAIL)"),
    client!("econfig", "nodemailer", Unknown, None, None, "Nodemailer lib/errors.js (ECONFIG)"),
    client!("eproxy", "nodemailer", NetworkError, None, Some(Stage::Connection), "Nodemailer lib/errors.js (EPROXY)"),
    // Nodemailer messages (lib/smtp-connection/index.js; https://nodemailer.com/errors).
    // With its colon: servers answer "535 5.7.0 Invalid login or password" in their own words.
    client!("invalid login:", "nodemailer", AuthFailed, None, Some(Stage::Auth), "Nodemailer lib/smtp-connection/index.js (\"Invalid login: \" + the reply, EAUTH)"),
    client!("missing credentials for", "nodemailer", AuthRequired, None, Some(Stage::Auth), "Nodemailer lib/smtp-connection/index.js (\"Missing credentials for ...\", EAUTH)"),
    client!("greeting never received", "nodemailer", NetworkError, None, Some(Stage::Greeting), "Nodemailer lib/smtp-connection/index.js (\"Greeting never received\", ETIMEDOUT)"),
    client!("connection closed unexpectedly", "nodemailer", NetworkError, None, None, "Nodemailer lib/errors.js / smtp-connection (ECONNECTION)"),
    client!("error initiating tls", "nodemailer", TlsFailed, None, Some(Stage::Starttls), "Nodemailer lib/smtp-connection/index.js (\"Error initiating TLS\", ETLS)"),
    client!("can't send mail - all recipients were rejected", "nodemailer", Unknown, None, Some(Stage::RcptTo), "https://nodemailer.com/errors (EENVELOPE)"),
    client!("recipient command failed", "nodemailer", Unknown, None, Some(Stage::RcptTo), "https://nodemailer.com/errors (EENVELOPE)"),
    client!("mail command failed", "nodemailer", Unknown, None, Some(Stage::MailFrom), "https://nodemailer.com/errors (EENVELOPE)"),
    client!("data command failed", "nodemailer", Unknown, None, Some(Stage::Data), "https://nodemailer.com/errors (EENVELOPE); PHPMailer src/SMTP.php (DATA command failed)"),
    client!("internationalized mailbox name not allowed", "nodemailer", NotImplemented, None, Some(Stage::RcptTo), "https://nodemailer.com/errors (EENVELOPE, no SMTPUTF8)"),
    client!("error: message failed:", "nodemailer", Unknown, None, Some(Stage::EndOfData), "Nodemailer lib/smtp-connection/index.js (\"Message failed\", EMESSAGE) as printed by Error.toString()"),
    // Node.js socket errors that Nodemailer passes through (https://nodejs.org/api/errors.html#common-system-errors).
    client!("econnrefused", "nodemailer", NetworkError, None, Some(Stage::Connection), "Node.js common system errors (ECONNREFUSED)"),
    client!("econnreset", "nodemailer", NetworkError, None, None, "Node.js common system errors (ECONNRESET)"),
    client!("enotfound", "nodemailer", NetworkError, None, Some(Stage::Connection), "Node.js common system errors (ENOTFOUND, DNS lookup failed)"),
    client!("ehostunreach", "nodemailer", NetworkError, None, Some(Stage::Connection), "Node.js / libuv system errors (EHOSTUNREACH)"),
    client!("enetunreach", "nodemailer", NetworkError, None, Some(Stage::Connection), "Node.js / libuv system errors (ENETUNREACH)"),
    client!("eai_again", "nodemailer", NetworkError, None, Some(Stage::Connection), "Node.js dns errors (EAI_AGAIN, temporary DNS failure)"),
    client!("epipe", "nodemailer", NetworkError, None, None, "Node.js common system errors (EPIPE)"),
    // More Nodemailer messages (https://github.com/nodemailer/nodemailer/blob/2f667f4272cb2d7cb479b2e3903ab10600fc0eae/lib/smtp-connection/index.js:
    // "Connection timeout" (ETIMEDOUT), "Invalid greeting. response=...", "Server terminates connection.
    // response=...", "Error upgrading connection with STARTTLS", "Invalid login sequence while waiting for
    // ...", "Message size larger than allowed"; lib/smtp-transport/index.js and smtp-pool/pool-resource.js:
    // "Unexpected socket close"; smtp-pool/index.js: "Reached maximum number of retries after connection
    // was closed", "Authentication info was not provided"). The wrappers that carry the server's reply
    // (greeting, termination) say nothing of the cause themselves.
    client!("error: connection timeout", "nodemailer", NetworkError, None, Some(Stage::Connection), "Nodemailer lib/smtp-connection/index.js ('Connection timeout', ETIMEDOUT)"),
    client!("unexpected socket close", "nodemailer", NetworkError, None, None, "Nodemailer lib/smtp-transport/index.js ('Unexpected socket close')"),
    client!("invalid greeting. response=", "nodemailer", Unknown, None, Some(Stage::Greeting), "Nodemailer lib/smtp-connection/index.js ('Invalid greeting. response=', EPROTOCOL)"),
    client!("server terminates connection. response=", "nodemailer", Unknown, None, Some(Stage::Helo), "Nodemailer lib/smtp-connection/index.js ('Server terminates connection. response=')"),
    client!("error upgrading connection with starttls", "nodemailer", TlsFailed, None, Some(Stage::Starttls), "Nodemailer lib/smtp-connection/index.js ('Error upgrading connection with STARTTLS', ETLS)"),
    client!("invalid login sequence while waiting for", "nodemailer", AuthFailed, None, Some(Stage::Auth), "Nodemailer lib/smtp-connection/index.js ('Invalid login sequence while waiting for ...', EAUTH)"),
    client!("message size larger than allowed", "nodemailer", MessageTooLarge, None, Some(Stage::MailFrom), "Nodemailer lib/smtp-connection/index.js ('Message size larger than allowed', EMESSAGE)"),
    client!("reached maximum number of retries after connection was closed", "nodemailer", NetworkError, None, None, "Nodemailer lib/smtp-pool/index.js"),
    client!("authentication info was not provided", "nodemailer", AuthRequired, None, Some(Stage::Auth), "Nodemailer lib/smtp-pool/index.js, smtp-transport/index.js (EAUTH)"),
    // Node.js system, DNS and TLS error codes that Nodemailer passes through
    // (https://nodejs.org/api/errors.html#common-system-errors, https://nodejs.org/api/dns.html#error-codes,
    // https://nodejs.org/api/tls.html and OpenSSL's X509_V_ERR names as Node reports them in err.code).
    client!("eaddrnotavail", "nodemailer", NetworkError, None, Some(Stage::Connection), "Node.js / libuv system errors (EADDRNOTAVAIL: the local address cannot be used)"),
    client!("econnaborted", "nodemailer", NetworkError, None, None, "Node.js / libuv system errors (ECONNABORTED)"),
    client!("eai_fail", "nodemailer", NetworkError, None, Some(Stage::Connection), "getaddrinfo EAI_FAIL (non-recoverable name server failure), as Node.js reports it"),
    client!("eai_nodata", "nodemailer", NetworkError, None, Some(Stage::Connection), "getaddrinfo EAI_NODATA, as Node.js reports it"),
    client!("eservfail", "nodemailer", NetworkError, None, Some(Stage::Connection), "Node.js dns error codes (ESERVFAIL)"),
    client!("erefused", "nodemailer", NetworkError, None, Some(Stage::Connection), "Node.js dns error codes (EREFUSED: the DNS server refused the query)"),
    client!("etimeout", "nodemailer", NetworkError, None, Some(Stage::Connection), "Node.js dns error codes (ETIMEOUT: DNS query timed out, e.g. 'queryMx ETIMEOUT')"),
    client!("cert_has_expired", "nodemailer", TlsFailed, None, Some(Stage::Starttls), "Node.js TLS err.code CERT_HAS_EXPIRED (OpenSSL X509_V_ERR_CERT_HAS_EXPIRED)"),
    client!("depth_zero_self_signed_cert", "nodemailer", TlsFailed, None, Some(Stage::Starttls), "Node.js TLS err.code DEPTH_ZERO_SELF_SIGNED_CERT"),
    client!("self_signed_cert_in_chain", "nodemailer", TlsFailed, None, Some(Stage::Starttls), "Node.js TLS err.code SELF_SIGNED_CERT_IN_CHAIN"),
    client!("unable_to_verify_leaf_signature", "nodemailer", TlsFailed, None, Some(Stage::Starttls), "Node.js TLS err.code UNABLE_TO_VERIFY_LEAF_SIGNATURE"),
    client!("unable_to_get_issuer_cert_locally", "nodemailer", TlsFailed, None, Some(Stage::Starttls), "Node.js TLS err.code UNABLE_TO_GET_ISSUER_CERT_LOCALLY"),
    client!("err_tls_cert_altname_invalid", "nodemailer", TlsFailed, None, Some(Stage::Starttls), "Node.js error code ERR_TLS_CERT_ALTNAME_INVALID (https://nodejs.org/api/errors.html)"),
    client!("err_ssl_wrong_version_number", "nodemailer", TlsFailed, None, Some(Stage::Starttls), "Node.js/OpenSSL error code ERR_SSL_WRONG_VERSION_NUMBER (TLS spoken to a plain-text port or the reverse)"),
    client!("hostname/ip does not match certificate's altnames", "nodemailer", TlsFailed, None, Some(Stage::Starttls), "Node.js tls.checkServerIdentity() message (https://nodejs.org/api/tls.html)"),

    // --- PHPMailer: language table of src/PHPMailer.php and debug output of src/SMTP.php ---
    client!("smtp error: could not authenticate", "phpmailer", AuthFailed, None, Some(Stage::Auth), "PHPMailer src/PHPMailer.php language 'authenticate'"),
    client!("smtp error: could not connect to smtp host", "phpmailer", NetworkError, None, Some(Stage::Connection), "PHPMailer src/PHPMailer.php language 'connect_host'"),
    client!("smtp connect() failed", "phpmailer", NetworkError, None, Some(Stage::Connection), "PHPMailer src/PHPMailer.php language 'smtp_connect_failed'"),
    client!("smtp error: data not accepted", "phpmailer", Unknown, None, Some(Stage::EndOfData), "PHPMailer src/PHPMailer.php language 'data_not_accepted'"),
    client!("the following recipients failed:", "phpmailer", Unknown, None, Some(Stage::RcptTo), "PHPMailer src/PHPMailer.php language 'recipients_failed'"),
    client!("the following from address failed", "phpmailer", Unknown, None, Some(Stage::MailFrom), "PHPMailer src/PHPMailer.php language 'from_failed'"),
    client!("smtp server error:", "phpmailer", Unknown, None, None, "PHPMailer src/PHPMailer.php language 'smtp_error'"),
    client!("server does not support smtputf8 needed to send to unicode addresses", "phpmailer", NotImplemented, None, None, "PHPMailer src/PHPMailer.php language 'smtputf8'"),
    client!("could not instantiate mail function", "phpmailer", ServerError, None, None, "PHPMailer src/PHPMailer.php language 'instantiate' (PHP's mail() and the local sendmail failed)"),
    client!("failed to connect to server", "phpmailer", NetworkError, None, Some(Stage::Connection), "PHPMailer src/SMTP.php (\"SMTP ERROR: Failed to connect to server\")"),
    client!("password command failed", "phpmailer", AuthFailed, None, Some(Stage::Auth), "PHPMailer src/SMTP.php (\"SMTP ERROR: Password command failed\")"),
    client!("username command failed", "phpmailer", AuthFailed, None, Some(Stage::Auth), "PHPMailer src/SMTP.php (\"SMTP ERROR: Username command failed\")"),
    client!("rcpt to command failed", "phpmailer", Unknown, None, Some(Stage::RcptTo), "PHPMailer src/SMTP.php (\"SMTP ERROR: RCPT TO command failed\")"),
    client!("mail from command failed", "phpmailer", Unknown, None, Some(Stage::MailFrom), "PHPMailer src/SMTP.php (\"SMTP ERROR: MAIL FROM command failed\")"),
    client!("data end command failed", "phpmailer", Unknown, None, Some(Stage::EndOfData), "PHPMailer src/SMTP.php (\"SMTP ERROR: DATA END command failed\")"),
    client!("starttls command failed", "phpmailer", TlsFailed, None, Some(Stage::Starttls), "PHPMailer src/SMTP.php (\"SMTP ERROR: STARTTLS command failed\")"),
    // PHPMailer SMTP.php / PHPMailer.php: the "SMTP ERROR:" prefix of its debug output and setError().
    client!("smtp error:", "phpmailer", Unknown, None, None, "PHPMailer src/SMTP.php ('SMTP ERROR: ...' debug output, setError())"),
    // PHP stream errors that PHPMailer and Symfony Mailer pass on (php-src main/streams/transports.c,
    // main/network.c, ext/openssl/xp_ssl.c; https://github.com/php/php-src): "stream_socket_client(): Unable
    // to connect to ...", "php_network_getaddresses: getaddrinfo for ... failed", "SSL operation failed with
    // code 1", "Peer certificate CN=... did not match expected CN=...", "Failed to enable crypto".
    client!("stream_socket_client(): unable to connect to", "php", NetworkError, None, Some(Stage::Connection), "php-src main/streams/transports.c ('unable to connect to %s (%s)') as stream_socket_client() warns it"),
    client!("fsockopen(): unable to connect to", "php", NetworkError, None, Some(Stage::Connection), "php-src main/streams/transports.c via fsockopen()"),
    client!("php_network_getaddresses", "php", NetworkError, None, Some(Stage::Connection), "php-src main/network.c ('php_network_getaddresses: getaddrinfo for %s failed: %s')"),
    client!("ssl operation failed with code", "php", TlsFailed, None, Some(Stage::Starttls), "php-src ext/openssl/xp_ssl.c ('SSL operation failed with code %d. OpenSSL Error messages: ...')"),
    client!("did not match expected cn", "php", TlsFailed, None, Some(Stage::Starttls), "php-src ext/openssl/xp_ssl.c ('Peer certificate CN=`%s' did not match expected CN=`%s'')"),
    client!("failed to enable crypto", "php", TlsFailed, None, Some(Stage::Starttls), "php-src ext/openssl/xp_ssl.c (stream_socket_enable_crypto(): 'Failed to enable crypto')"),

    // --- Symfony Mailer (https://github.com/symfony/symfony/tree/7.2/src/Symfony/Component/Mailer/Transport/Smtp)
    // and Swift Mailer (https://github.com/swiftmailer/swiftmailer/tree/master/lib/classes/Swift/Transport): the
    // wrapper 'Expected response code X but got code "Y", with message "..."' carries the reply (its X is what
    // the client wanted, never the reply code); the empty-response forms ('but got an empty response',
    // 'but got empty code') carry none. ---
    // Symfony Mailer quotes the codes it expected (`Expected response code "250"`), Swift Mailer does not
    // (`Expected response code 250`, `250/251/252`).
    client!("expected response code \"", "symfony_mailer", Unknown, None, None, "Symfony Mailer SmtpTransport.php assertResponseCode()"),
    client!("expected response code 2*", "swiftmailer", Unknown, None, None, "Swift Mailer AbstractSmtpTransport.php assertResponseCode()"),
    client!("expected response code 3*", "swiftmailer", Unknown, None, None, "Swift Mailer AbstractSmtpTransport.php assertResponseCode()"),
    // Swift Mailer coined 'Connection could not be established with host %s [%s #%d]'; Symfony Mailer
    // kept the words but quotes the host ('... with host "%s": %s'): the longer row names it.
    client!("connection could not be established with host", "swiftmailer", NetworkError, None, Some(Stage::Connection), "Swift Mailer Transport/StreamBuffer.php establishSocketConnection()"),
    client!("connection could not be established with host \"", "symfony_mailer", NetworkError, None, Some(Stage::Connection), "Symfony Mailer Stream/SocketStream.php initialize()"),
    client!("unable to connect with starttls", "symfony_mailer", TlsFailed, None, Some(Stage::Starttls), "Symfony Mailer EsmtpTransport.php, Stream/SocketStream.php"),
    client!("unable to connect with tls encryption", "swiftmailer", TlsFailed, None, Some(Stage::Starttls), "Swift Mailer Transport/EsmtpTransport.php"),
    // Swift Mailer's AuthHandler ('... using %d possible authenticators.') coined these words; Symfony
    // Mailer's handleAuth() goes on '... using the following authenticators: %s.'.
    client!("failed to authenticate on smtp server with username", "swiftmailer", AuthFailed, None, Some(Stage::Auth), "Swift Mailer Esmtp/AuthHandler.php afterEhlo(); Symfony Mailer EsmtpTransport.php handleAuth()"),
    client!("using the following authenticators", "symfony_mailer", AuthFailed, None, Some(Stage::Auth), "Symfony Mailer EsmtpTransport.php handleAuth()"),
    client!("failed to find an authenticator supported by the smtp server", "symfony_mailer", AuthFailed, None, Some(Stage::Auth), "Symfony Mailer EsmtpTransport.php handleAuth()"),
    client!("unable to write bytes on the wire", "symfony_mailer", NetworkError, None, None, "Symfony Mailer Stream/AbstractStream.php"),
    client!("has been closed unexpectedly", "symfony_mailer", NetworkError, None, None, "Symfony Mailer Stream/AbstractStream.php ('Connection to \"%s\" has been closed unexpectedly.')"),
    client!("unable to read from connection to", "symfony_mailer", NetworkError, None, None, "Symfony Mailer Stream/AbstractStream.php"),
    // Exception class names in Symfony / Laravel / Swift Mailer traces: wrappers.
    client!("transportexception", "symfony_mailer", Unknown, None, None, "Symfony Mailer Exception/TransportException.php"),
    client!("unexpectedresponseexception", "symfony_mailer", Unknown, None, None, "Symfony Mailer Exception/UnexpectedResponseException.php"),
    client!("swift_transportexception", "swiftmailer", Unknown, None, None, "Swift Mailer lib/classes/Swift/TransportException.php"),
    // Older Swift Mailer (5.x) reads no code from an empty reply and prints it as an empty string.
    client!("but got code \"\", with message \"\"", "swiftmailer", NetworkError, None, None, "Swift Mailer 5.x AbstractSmtpTransport.php _assertResponseCode() (sscanf of an empty response: 'Expected response code 250 but got code \"\", with message \"\"')"),

    // --- Thunderbird: mail/locales/en-US/chrome/messenger/messengercompose/composeMsgs.properties ---
    client!("sending of the message failed", "thunderbird", Unknown, None, None, "Thunderbird composeMsgs.properties (sendFailed)"),
    client!("please check the message recipient", "thunderbird", Unknown, None, Some(Stage::RcptTo), "Thunderbird composeMsgs.properties (errorSendingRcptCommand)"),
    client!("please verify that your email address is correct in your account settings", "thunderbird", Unknown, None, Some(Stage::MailFrom), "Thunderbird composeMsgs.properties (errorSendingFromCommand)"),
    client!("an outgoing server (smtp) error occurred while sending mail", "thunderbird", Unknown, None, Some(Stage::Data), "Thunderbird composeMsgs.properties (errorSendingDataCommand)"),
    client!("please check the message and try again", "thunderbird", Unknown, None, Some(Stage::EndOfData), "Thunderbird composeMsgs.properties (errorSendingMessage)"),
    client!("the mail server sent an incorrect greeting", "thunderbird", Unknown, None, Some(Stage::Greeting), "Thunderbird composeMsgs.properties (incorrectSmtpGreeting)"),
    client!("using starttls since it doesn't advertise that feature", "thunderbird", TlsFailed, None, Some(Stage::Starttls), "Thunderbird composeMsgs.properties (startTlsFailed)"),
    client!("exceeds a temporary size limit of the server", "thunderbird", MessageTooLarge, None, None, "Thunderbird composeMsgs.properties (smtpTempSizeExceeded)"),
    client!("exceeds the global size limit", "thunderbird", MessageTooLarge, None, None, "Thunderbird composeMsgs.properties (smtpPermSizeExceeded1/2)"),
    client!("the server may be incorrectly configured", "thunderbird", NetworkError, None, Some(Stage::Connection), "Thunderbird composeMsgs.properties (smtpSendFailedUnknownServer: \"Outgoing server (SMTP) %S is unknown\")"),
    client!("the server may be unavailable or is refusing smtp connections", "thunderbird", NetworkError, None, Some(Stage::Connection), "Thunderbird composeMsgs.properties (smtpSendRequestRefused)"),
    client!("was lost in the middle of the transaction", "thunderbird", NetworkError, None, None, "Thunderbird composeMsgs.properties (smtpSendInterrupted)"),
    client!("the message could not be sent because the connection to outgoing server (smtp)", "thunderbird", NetworkError, None, None, "Thunderbird composeMsgs.properties (smtpSendInterrupted, smtpSendTimeout)"),
    client!("could not be sent using outgoing server (smtp)", "thunderbird", Unknown, None, None, "Thunderbird composeMsgs.properties (smtpSendFailedUnknownReason)"),
    client!("unable to authenticate to outgoing server (smtp)", "thunderbird", AuthFailed, None, Some(Stage::Auth), "Thunderbird composeMsgs.properties (smtpAuthFailure, smtpAuthenticationNotSupported)"),
    client!("does not support the selected authentication method", "thunderbird", AuthFailed, None, Some(Stage::Auth), "Thunderbird composeMsgs.properties (smtpAuthMechNotSupported)"),
    client!("does not seem to support encrypted passwords", "thunderbird", AuthFailed, None, Some(Stage::Auth), "Thunderbird composeMsgs.properties (smtpHintAuthEncryptToPlain*)"),
    client!("does not allow plaintext passwords", "thunderbird", AuthFailed, None, Some(Stage::Auth), "Thunderbird composeMsgs.properties (smtpHintAuthPlainToEncrypt)"),
    client!("the kerberos/gssapi ticket was not accepted", "thunderbird", AuthFailed, None, Some(Stage::Auth), "Thunderbird composeMsgs.properties (smtpAuthGssapi)"),

    // --- Roundcube webmail (its SMTP error message, as quoted in dirtsimple/poste.io issue #26) ---
    client!("failed to send message", "roundcube", Unknown, None, None, "Roundcube program/localization/en_US/messages.inc (sendingfailed)"),
    client!(": connection to server failed", "roundcube", NetworkError, None, Some(Stage::Connection), "Roundcube program/localization/en_CA/messages.inc ('smtpconnerror')"),
    client!(": failed to set sender", "roundcube", Unknown, None, Some(Stage::MailFrom), "Roundcube program/localization/en_CA/messages.inc ('smtpfromerror')"),
    client!(": failed to add recipient", "roundcube", Unknown, None, Some(Stage::RcptTo), "Roundcube program/localization/en_CA/messages.inc ('smtptoerror')"),
    client!("smtp error: message size exceeds server limit", "roundcube", MessageTooLarge, None, None, "Roundcube program/localization/en_GB/messages.inc ('smtpsizeerror')"),
    client!("smtp error: server does not support unicode in email address", "roundcube", NotImplemented, None, None, "Roundcube program/localization/en_GB/messages.inc ('smtputf8error')"),
    client!("could not send your message", "webmail", Unknown, None, None, "The webmail send-error alert quoted in the smtp-explain design brief (\"Could not send your message. Error 421.\")"),
    client!("failed to add recipient", "roundcube", Unknown, None, Some(Stage::RcptTo), "Roundcube \"SMTP Error (550): Failed to add recipient ...\" (dirtsimple/poste.io issue #26)"),

    // --- SOGo webmail (https://github.com/Alinto/sogo/blob/ee2ebbb81cc0538626988e47d70ce4c0d4195377/SoObjects/SOGo/SOGoMailer.m: the
    // "cannot send message: (smtp) ..." reasons; UI/MailerUI/*.lproj/Localizable.strings: what the user
    // sees, in every language; words with a non-ASCII capital cut out as elsewhere) ---
    client!("cannot send message: (smtp) all recipients discarded", "sogo", Unknown, None, Some(Stage::RcptTo), "SOGo SoObjects/SOGo/SOGoMailer.m"),
    client!("cannot send message (smtp) - recipients discarded", "sogo", Unknown, None, Some(Stage::RcptTo), "SOGo SoObjects/SOGo/SOGoMailer.m"),
    client!("cannot send message: (smtp) originator not accepted", "sogo", SenderRejected, None, Some(Stage::MailFrom), "SOGo SoObjects/SOGo/SOGoMailer.m"),
    client!("cannot send message: (smtp) error when connecting", "sogo", NetworkError, None, Some(Stage::Connection), "SOGo SoObjects/SOGo/SOGoMailer.m"),
    client!("cannot send message: (smtp) authentication failure", "sogo", AuthFailed, None, Some(Stage::Auth), "SOGo SoObjects/SOGo/SOGoMailer.m"),
    client!("cannot send message: unsupported authentication method", "sogo", AuthFailed, None, Some(Stage::Auth), "SOGo SoObjects/SOGo/SOGoMailer.m"),
    client!("cannot send message: all recipients are invalid", "sogo", Unknown, None, Some(Stage::RcptTo), "SOGo UI/MailerUI/English.lproj/Localizable.strings (\"cannot send message: (smtp) all recipients discarded\")"),
    client!("cannot send message. the following addresses are invalid", "sogo", Unknown, None, Some(Stage::RcptTo), "SOGo UI/MailerUI/English.lproj/Localizable.strings (\"cannot send message (smtp) - recipients discarded\")"),
    client!("cannot send message: error when connecting to the smtp server", "sogo", NetworkError, None, Some(Stage::Connection), "SOGo UI/MailerUI/English.lproj/Localizable.strings (\"cannot send message: (smtp) error when connecting\")"),

    // --- Nextcloud Mail (https://github.com/nextcloud/mail/blob/e5734fe250eba06776802c80bb0e52f3cb625673/src/components/AccountForm.vue:
    // account test feedback; NewMessageModal.vue: the send error headline) ---
    client!("smtp server is not reachable", "nextcloud_mail", NetworkError, None, Some(Stage::Connection), "Nextcloud Mail src/components/AccountForm.vue"),
    client!("smtp username or password is wrong", "nextcloud_mail", AuthFailed, None, Some(Stage::Auth), "Nextcloud Mail src/components/AccountForm.vue"),
    client!("smtp server denied authentication", "nextcloud_mail", AuthFailed, None, Some(Stage::Auth), "Nextcloud Mail src/components/AccountForm.vue"),
    client!("smtp authentication error", "nextcloud_mail", AuthFailed, None, Some(Stage::Auth), "Nextcloud Mail src/components/AccountForm.vue"),
    client!("smtp connection failed", "nextcloud_mail", NetworkError, None, Some(Stage::Connection), "Nextcloud Mail src/components/AccountForm.vue"),
    client!("error sending your message", "nextcloud_mail", Unknown, None, None, "Nextcloud Mail src/components/NewMessageModal.vue"),
    // Horde_Smtp, which Nextcloud Mail sends with, replaces the server's text of some replies with its own
    // (https://github.com/horde/Smtp lib/Horde/Smtp/Exception.php setSmtpCode(); lib/Horde/Smtp.php):
    // the words stand for the code.
    client!("error connecting to smtp server", "nextcloud_mail", NetworkError, None, Some(Stage::Connection), "Horde_Smtp lib/Horde/Smtp.php (SERVER_CONNECT)"),
    client!("server is not accepting smtp connections", "nextcloud_mail", Unknown, Some(554), None, "Horde_Smtp Exception.php setSmtpCode() (554)"),
    client!("the address was not found, is unknown, or is not receiving messages", "nextcloud_mail", Unknown, Some(550), None, "Horde_Smtp Exception.php setSmtpCode() (550)"),

    // --- Apple Mail / iOS Mail (Apple publishes no list; phrasings as quoted in SOURCES.md §4.5) ---
    client!("cannot send mail", "ios_mail", Unknown, None, None, "iOS Mail alert \"Cannot Send Mail\" (SOURCES.md §4.5; Apple Message framework FAILED_SEND_TITLE)"),
    client!("cannot send message using the server", "apple_mail", Unknown, None, None, "macOS Mail alert (SOURCES.md §4.5)"),
    client!("does not allow relaying", "apple_mail", RelayDenied, None, Some(Stage::RcptTo), "iOS Mail: \"was rejected by the server because it does not allow relaying\" (SOURCES.md §4.5)"),
    client!("the sender address was rejected by the server", "apple_mail", SenderRejected, None, Some(Stage::MailFrom), "iOS Mail (SOURCES.md §4.5)"),
    client!("the message was rejected by the server", "apple_mail", PolicyRejected, None, Some(Stage::EndOfData), "iOS Mail (SOURCES.md §4.5)"),

    // --- .NET System.Net.Mail.SmtpClient: src/libraries/System.Net.Mail/src/Resources/Strings.resx ---
    client!("the smtp server requires a secure connection or the client was not authenticated", "dotnet_smtpclient", AuthRequired, Some(530), None, ".NET System.Net.Mail Strings.resx (SmtpMustIssueStartTlsFirst)"),
    client!("server does not support secure connections", "dotnet_smtpclient", TlsFailed, None, Some(Stage::Starttls), ".NET System.Net.Mail Strings.resx (MailServerDoesNotSupportStartTls)"),
    client!("the smtp host was not found", "dotnet_smtpclient", NetworkError, None, Some(Stage::Connection), ".NET System.Net.Mail Strings.resx (MailHostNotFound)"),
    client!("unable to read data from the transport connection", "dotnet_smtpclient", NetworkError, None, None, ".NET System.Net.Mail Strings.resx (net_io_readfailure)"),
    client!("client does not have permission to submit mail to this server", "dotnet_smtpclient", AuthRequired, None, None, ".NET System.Net.Mail Strings.resx (SmtpClientNotPermitted)"),
    client!("unable to send to all recipients", "dotnet_smtpclient", Unknown, None, Some(Stage::RcptTo), ".NET System.Net.Mail Strings.resx (SmtpAllRecipientsFailed)"),
    client!("unable to send to a recipient", "dotnet_smtpclient", Unknown, None, Some(Stage::RcptTo), ".NET System.Net.Mail Strings.resx (SmtpRecipientFailed)"),

    // --- JavaMail / Jakarta Mail (https://jakarta.ee/specifications/mail/, com.sun.mail.smtp) ---
    client!("authenticationfailedexception", "javamail", AuthFailed, None, Some(Stage::Auth), "JavaMail javax.mail.AuthenticationFailedException / jakarta.mail"),
    client!("smtpaddressfailedexception", "javamail", Unknown, None, Some(Stage::RcptTo), "JavaMail com.sun.mail.smtp.SMTPAddressFailedException"),
    client!("smtpsenderfailedexception", "javamail", Unknown, None, Some(Stage::MailFrom), "JavaMail com.sun.mail.smtp.SMTPSenderFailedException"),
    client!("mailconnectexception", "javamail", NetworkError, None, Some(Stage::Connection), "JavaMail com.sun.mail.util.MailConnectException (\"Couldn't connect to host\")"),
    client!("sendfailedexception", "javamail", Unknown, None, None, "JavaMail javax.mail.SendFailedException"),
    // The wrapper class names as stack traces print them (Angus/Jakarta Mail com.sun.mail.smtp.SMTPSendFailedException,
    // jakarta.mail.MessagingException): they carry the reply and name no cause.
    client!("smtpsendfailedexception", "javamail", Unknown, None, None, "Angus/Jakarta Mail SMTPSendFailedException (carries the server's reply)"),
    client!("mail.messagingexception", "javamail", Unknown, None, None, "javax.mail / jakarta.mail MessagingException"),

    // --- Python smtplib (https://docs.python.org/3/library/smtplib.html) ---
    // Ruby's `Net::SMTPAuthenticationError` has the same class name: Python's forms only
    // (`smtplib.SMTPAuthenticationError`, Django's `SMTPAuthenticationError: (535, ...)`).
    client!("smtplib.smtpauthenticationerror", "python_smtplib", AuthFailed, None, Some(Stage::Auth), "Python smtplib.SMTPAuthenticationError"),
    client!("smtpauthenticationerror: (", "python_smtplib", AuthFailed, None, Some(Stage::Auth), "Python smtplib.SMTPAuthenticationError (args tuple)"),
    client!("smtprecipientsrefused", "python_smtplib", Unknown, None, Some(Stage::RcptTo), "Python smtplib.SMTPRecipientsRefused"),
    client!("smtpsenderrefused", "python_smtplib", Unknown, None, Some(Stage::MailFrom), "Python smtplib.SMTPSenderRefused"),
    client!("smtpdataerror", "python_smtplib", Unknown, None, Some(Stage::EndOfData), "Python smtplib.SMTPDataError"),
    client!("smtpheloerror", "python_smtplib", Unknown, None, Some(Stage::Helo), "Python smtplib.SMTPHeloError"),
    client!("smtpconnecterror", "python_smtplib", NetworkError, None, Some(Stage::Greeting), "Python smtplib.SMTPConnectError"),
    client!("smtpserverdisconnected", "python_smtplib", NetworkError, None, None, "Python smtplib.SMTPServerDisconnected"),
    client!("smtpnotsupportederror", "python_smtplib", NotImplemented, None, None, "Python smtplib.SMTPNotSupportedError"),
    client!("smtpresponseexception", "python_smtplib", Unknown, None, None, "Python smtplib.SMTPResponseException (carries smtp_code and smtp_error)"),
    client!("smtp auth extension not supported by server", "python_smtplib", NotImplemented, None, Some(Stage::Auth), "Python smtplib SMTP.login() message"),
    client!("starttls extension not supported by server", "python_smtplib", TlsFailed, None, Some(Stage::Starttls), "Python smtplib SMTP.starttls() message"),
    // --- Python smtplib messages (https://github.com/python/cpython/blob/main/Lib/smtplib.py:
    // SMTPServerDisconnected "Connection unexpectedly closed", "please run connect() first", "Server not
    // connected"; login() "No suitable authentication method found.") and the socket/ssl errors it lets
    // through (ssl.SSLCertVerificationError, socket.gaierror, ConnectionRefusedError, TimeoutError,
    // https://docs.python.org/3/library/exceptions.html#os-exceptions, https://docs.python.org/3/library/ssl.html) ---
    client!("connection unexpectedly closed", "python_smtplib", NetworkError, None, None, "Python smtplib.py getreply() (SMTPServerDisconnected 'Connection unexpectedly closed')"),
    client!("please run connect() first", "python_smtplib", NetworkError, None, Some(Stage::Connection), "Python smtplib.py send() (SMTPServerDisconnected)"),
    client!("no suitable authentication method found", "python_smtplib", NotImplemented, None, Some(Stage::Auth), "Python smtplib.py login() (SMTPException)"),
    client!("sslcertverificationerror", "python_smtplib", TlsFailed, None, Some(Stage::Starttls), "Python ssl.SSLCertVerificationError"),
    client!("socket.gaierror", "python_smtplib", NetworkError, None, Some(Stage::Connection), "Python socket.gaierror (getaddrinfo failure)"),
    client!("connectionrefusederror", "python_smtplib", NetworkError, None, Some(Stage::Connection), "Python ConnectionRefusedError (ECONNREFUSED)"),
    client!("connectionreseterror", "python_smtplib", NetworkError, None, None, "Python ConnectionResetError (ECONNRESET)"),
    client!("socket.timeout", "python_smtplib", NetworkError, None, None, "Python socket.timeout ('timed out'; an alias of TimeoutError since 3.10)"),
    // socket.gaierror as Python prints it on musl libc (Alpine images): gai_strerror() of EAI_AGAIN is
    // "Try again", of EAI_NONAME "Name does not resolve" (https://git.musl-libc.org/cgit/musl/tree/src/network/gai_strerror.c).
    client!("[errno -3] try again", "python_smtplib", NetworkError, None, Some(Stage::Connection), "musl src/network/gai_strerror.c (EAI_AGAIN 'Try again') as Python's socket.gaierror prints it"),

    // --- Ruby net-smtp (https://github.com/ruby/net-smtp/blob/master/lib/net/smtp.rb: the exception class
    // follows the reply code: 4xx SMTPServerBusy, 50x SMTPSyntaxError, 53x SMTPAuthenticationError, other
    // 5xx SMTPFatalError, so the class itself names no cause; Net::OpenTimeout / Net::ReadTimeout from
    // net-protocol; "STARTTLS is not supported on this server") ---
    client!("net::smtpserverbusy", "ruby_net_smtp", Unknown, None, None, "Ruby net-smtp lib/net/smtp.rb (SMTPServerBusy: 4xx reply)"),
    client!("net::smtpfatalerror", "ruby_net_smtp", Unknown, None, None, "Ruby net-smtp lib/net/smtp.rb (SMTPFatalError: 5xx reply)"),
    client!("net::smtpsyntaxerror", "ruby_net_smtp", Unknown, None, None, "Ruby net-smtp lib/net/smtp.rb (SMTPSyntaxError: 50x reply)"),
    client!("net::smtpauthenticationerror", "ruby_net_smtp", Unknown, None, None, "Ruby net-smtp lib/net/smtp.rb (SMTPAuthenticationError: any 53x reply, also 530 STARTTLS)"),
    client!("net::smtpunknownerror", "ruby_net_smtp", Unknown, None, None, "Ruby net-smtp lib/net/smtp.rb (SMTPUnknownError)"),
    client!("net::opentimeout", "ruby_net_smtp", NetworkError, None, Some(Stage::Connection), "Ruby net-protocol Net::OpenTimeout (connect timed out)"),
    client!("net::readtimeout", "ruby_net_smtp", NetworkError, None, None, "Ruby net-protocol Net::ReadTimeout"),
    client!("starttls is not supported on this server", "ruby_net_smtp", TlsFailed, None, Some(Stage::Starttls), "Ruby net-smtp lib/net/smtp.rb (SMTPUnsupportedCommand)"),
    // The Ruby errors net-smtp lets through: Errno::* system errors, SocketError (getaddrinfo), EOFError
    // when the server closes the connection, OpenSSL::SSL::SSLError (https://docs.ruby-lang.org/en/master/Errno.html).
    client!("eoferror: end of file reached", "ruby_net_smtp", NetworkError, None, None, "Ruby EOFError from Net::SMTP reading a closed connection"),

    // --- Jakarta/Angus Mail (https://github.com/eclipse-ee4j/angus-mail/blob/master/providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java,
    // core/.../util/MailConnectException.java) and the JDK's network and TLS exceptions it wraps
    // (java.net.UnknownHostException, ConnectException, SocketTimeoutException; javax.net.ssl.SSLHandshakeException
    // with sun.security messages "PKIX path building failed", "unable to find valid certification path to
    // requested target", "No subject alternative DNS name matching ... found", "Unrecognized SSL message,
    // plaintext connection?", "No appropriate protocol (protocol is disabled or cipher suites are inappropriate)") ---
    client!("could not connect to smtp host", "javamail", NetworkError, None, Some(Stage::Connection), "Angus Mail SMTPTransport.java ('Could not connect to SMTP host: ')"),
    client!("couldn't connect to host, port", "javamail", NetworkError, None, Some(Stage::Connection), "Angus Mail util/MailConnectException.java"),
    client!("unknown smtp host", "javamail", NetworkError, None, Some(Stage::Connection), "Angus Mail SMTPTransport.java ('Unknown SMTP host: ')"),
    client!("could not convert socket to tls", "javamail", TlsFailed, None, Some(Stage::Starttls), "Angus Mail SMTPTransport.java ('Could not convert socket to TLS')"),
    client!("got bad greeting from smtp host", "javamail", Unknown, None, Some(Stage::Greeting), "Angus Mail SMTPTransport.java ('Got bad greeting from SMTP host: ')"),
    client!("starttls is required but host does not support starttls", "javamail", TlsFailed, None, Some(Stage::Starttls), "Angus Mail SMTPTransport.java (mail.smtp.starttls.required)"),
    // Client and server share no AUTH mechanism (the server offers none the library has): a missing
    // extension, as lettre's "No compatible authentication mechanism was found" (knowledge pack), not a refused password.
    client!("no authentication mechanisms supported by both server and client", "javamail", NotImplemented, None, Some(Stage::Auth), "Angus Mail SMTPTransport.java"),
    client!("exception reading response", "javamail", NetworkError, None, None, "Angus Mail SMTPTransport.java ('Exception reading response')"),
    client!("java.net.unknownhostexception", "javamail", NetworkError, None, Some(Stage::Connection), "JDK java.net.UnknownHostException"),
    client!("java.net.connectexception", "javamail", NetworkError, None, Some(Stage::Connection), "JDK java.net.ConnectException"),
    client!("java.net.sockettimeoutexception", "javamail", NetworkError, None, None, "JDK java.net.SocketTimeoutException"),
    client!("sslhandshakeexception", "javamail", TlsFailed, None, Some(Stage::Starttls), "JDK javax.net.ssl.SSLHandshakeException; MailKit.Security.SslHandshakeException"),

    // --- .NET: System.Net.Mail Strings.resx (https://github.com/dotnet/runtime/blob/main/src/libraries/System.Net.Mail/src/Resources/Strings.resx:
    // SmtpSendMailFailure "Failure sending mail.", net_timeout "The operation has timed out.", net_io_connectionclosed,
    // SmtpAuthResponseInvalid), System.Net.Security Strings.resx (net_auth_eof "Authentication failed because the
    // remote party has closed the transport stream.", net_ssl_io_cert_validation "The remote certificate is
    // invalid ...", net_ssl_io_frame "The handshake failed due to an unexpected packet format."). The Windows
    // Sockets texts SocketException carries are Windows' own, shown by every program on Windows: they are
    // wording rows of the knowledge pack (phrases.tsv), naming no program ---
    client!("smtpexception: failure sending mail", "dotnet_smtpclient", Unknown, None, None, ".NET System.Net.Mail Strings.resx (SmtpSendMailFailure)"),
    client!("the operation has timed out", "dotnet_smtpclient", NetworkError, None, None, ".NET System.Net.Mail Strings.resx (net_timeout)"),
    client!("the server returned an invalid response in the authentication handshake", "dotnet_smtpclient", AuthFailed, None, Some(Stage::Auth), ".NET System.Net.Mail Strings.resx (SmtpAuthResponseInvalid)"),
    client!("unable to connect to the remote server", "dotnet_smtpclient", NetworkError, None, Some(Stage::Connection), ".NET System.Net WebException (ConnectFailure) wrapped by SmtpException"),
    client!("authentication failed because the remote party has closed the transport stream", "dotnet_smtpclient", TlsFailed, None, Some(Stage::Starttls), ".NET System.Net.Security Strings.resx (net_auth_eof): the TLS handshake was cut off"),
    client!("the remote certificate is invalid", "dotnet_smtpclient", TlsFailed, None, Some(Stage::Starttls), ".NET System.Net.Security Strings.resx (net_ssl_io_cert_validation and variants)"),
    client!("the handshake failed due to an unexpected packet format", "dotnet_smtpclient", TlsFailed, None, Some(Stage::Starttls), ".NET System.Net.Security Strings.resx (net_ssl_io_frame): TLS spoken to a plain-text port"),
    client!("socket error", "outlook", NetworkError, None, None, "Outlook Express / Windows mail clients: 'Socket Error: 10060' (Windows Sockets error numbers, https://learn.microsoft.com/windows/win32/winsock/windows-sockets-error-codes-2)"),
    // SmtpException names the reply's status code in words before "The server response was: ..."
    // (Strings.resx above; SmtpStatusCode): the words stand for one code, except "Mailbox unavailable."
    // (450 and 550 alike), which the reply's own enhanced code decides.
    client!("transaction failed. the server response was", "dotnet_smtpclient", Unknown, Some(554), None, ".NET System.Net.Mail Strings.resx (SmtpTransactionFailed)"),
    client!("mailbox name not allowed. the server response was", "dotnet_smtpclient", Unknown, Some(553), None, ".NET System.Net.Mail Strings.resx (SmtpMailboxNameNotAllowed)"),
    client!("exceeded storage allocation. the server response was", "dotnet_smtpclient", Unknown, Some(552), None, ".NET System.Net.Mail Strings.resx (SmtpExceededStorageAllocation)"),
    client!("insufficient system storage. the server response was", "dotnet_smtpclient", Unknown, Some(452), None, ".NET System.Net.Mail Strings.resx (SmtpInsufficientStorage)"),
    client!("error in processing. the server response was", "dotnet_smtpclient", Unknown, Some(451), None, ".NET System.Net.Mail Strings.resx (SmtpLocalErrorInProcessing)"),
    client!("service not available, closing transmission channel. the server response was", "dotnet_smtpclient", Unknown, Some(421), None, ".NET System.Net.Mail Strings.resx (SmtpServiceNotAvailable)"),
    client!("syntax error, command unrecognized. the server response was", "dotnet_smtpclient", Unknown, Some(500), None, ".NET System.Net.Mail Strings.resx (SmtpCommandUnrecognized)"),
    client!("mailbox unavailable. the server response was", "dotnet_smtpclient", Unknown, None, None, ".NET System.Net.Mail Strings.resx (SmtpMailboxUnavailable, SmtpMailboxBusy: 550 or 450)"),
    client!("system.timeoutexception", "dotnet_smtpclient", NetworkError, None, None, ".NET System.TimeoutException (MailKit and SmtpClient read/connect timeouts: 'Operation timed out after ... milliseconds')"),

    // --- MailKit (https://github.com/jstedfast/MailKit/tree/master/MailKit: Net/Smtp/SmtpClient.cs,
    // SmtpStream.cs, Security/SslHandshakeException.cs, Security/AuthenticationException.cs) ---
    client!("smtpcommandexception", "mailkit", Unknown, None, None, "MailKit Net/Smtp/SmtpCommandException.cs (carries the server's reply)"),
    client!("smtpprotocolexception", "mailkit", Unknown, None, None, "MailKit Net/Smtp/SmtpProtocolException.cs"),
    client!("mailkit.security.authenticationexception", "mailkit", AuthFailed, None, Some(Stage::Auth), "MailKit Security/AuthenticationException.cs"),
    client!("the smtp server has unexpectedly disconnected", "mailkit", NetworkError, None, None, "MailKit Net/Smtp/SmtpStream.cs"),
    client!("an error occurred while attempting to establish an ssl or tls connection", "mailkit", TlsFailed, None, Some(Stage::Starttls), "MailKit Security/SslHandshakeException.cs"),
    client!("the smtp server does not support authentication", "mailkit", NotImplemented, None, Some(Stage::Auth), "MailKit Net/Smtp/SmtpClient.cs (NotSupportedException)"),
    client!("the smtp server does not support the starttls extension", "mailkit", TlsFailed, None, Some(Stage::Starttls), "MailKit Net/Smtp/SmtpClient.cs (NotSupportedException)"),
    client!("no compatible authentication mechanisms found", "mailkit", NotImplemented, None, Some(Stage::Auth), "MailKit Net/Smtp/SmtpClient.cs"),
    client!("the smtpclient is not connected", "mailkit", NetworkError, None, None, "MailKit Net/Smtp/SmtpClient.cs (ServiceNotConnectedException)"),

    // --- Go: net/smtp (https://github.com/golang/go/blob/master/src/net/smtp/smtp.go, auth.go: "smtp: server
    // doesn't support AUTH", PlainAuth "unencrypted connection") and the net package's dial errors
    // ("dial tcp 192.0.2.1:587: connect: connection refused", "i/o timeout", "lookup ...: no such host") ---
    client!("smtp: server doesn't support auth", "go_net_smtp", NotImplemented, None, Some(Stage::Auth), "Go net/smtp smtp.go (Client.Auth)"),
    client!("unencrypted connection", "go_net_smtp", TlsRequired, None, Some(Stage::Auth), "Go net/smtp auth.go (PlainAuth refuses to send the password without TLS)"),
    client!("dial tcp", "go_net_smtp", NetworkError, None, Some(Stage::Connection), "Go net package *OpError ('dial tcp <addr>: ...')"),

    // --- lettre (https://github.com/lettre/lettre/blob/master/src/transport/smtp/error.rs: Display of the error
    // kinds: "permanent error (550): ...", "transient error (421): ...", "response error", "network error",
    // "Connection error", "tls error") ---
    client!("lettre::transport::smtp::error", "lettre", Unknown, None, None, "lettre src/transport/smtp/error.rs (Debug form)"),
    client!("permanent error (", "lettre", Unknown, None, None, "lettre src/transport/smtp/error.rs (Kind::Permanent)"),
    client!("transient error (", "lettre", Unknown, None, None, "lettre src/transport/smtp/error.rs (Kind::Transient)"),
    client!("tls error", "lettre", TlsFailed, None, Some(Stage::Starttls), "lettre src/transport/smtp/error.rs (Kind::Tls)"),
];
packed!(
    /// Client errors in the programs' own (English) words.
    static ENGLISH: ClientError { pattern, client } = ENGLISH_ROWS
);
