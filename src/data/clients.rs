//! Error codes and messages of mail clients and libraries that stand for a reply code or a
//! network/auth failure: Outlook HRESULTs (`imnxport.h`), Nodemailer error codes
//! (`lib/errors.js`), PHPMailer, Thunderbird, Apple Mail, .NET, JavaMail and Python messages.
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

/// Known client errors.
#[rustfmt::skip]
pub static CLIENT_ERRORS: &[ClientError] = &[
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
    client!("invalid login", "nodemailer", AuthFailed, None, Some(Stage::Auth), "Nodemailer lib/smtp-connection/index.js (\"Invalid login\", EAUTH)"),
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

    // --- PHPMailer: language table of src/PHPMailer.php and debug output of src/SMTP.php ---
    client!("smtp error: could not authenticate", "phpmailer", AuthFailed, None, Some(Stage::Auth), "PHPMailer src/PHPMailer.php language 'authenticate'"),
    client!("smtp error: could not connect to smtp host", "phpmailer", NetworkError, None, Some(Stage::Connection), "PHPMailer src/PHPMailer.php language 'connect_host'"),
    client!("smtp connect() failed", "phpmailer", NetworkError, None, Some(Stage::Connection), "PHPMailer src/PHPMailer.php language 'smtp_connect_failed'"),
    client!("smtp error: data not accepted", "phpmailer", Unknown, None, Some(Stage::EndOfData), "PHPMailer src/PHPMailer.php language 'data_not_accepted'"),
    client!("the following recipients failed", "phpmailer", Unknown, None, Some(Stage::RcptTo), "PHPMailer src/PHPMailer.php language 'recipients_failed'"),
    client!("the following from address failed", "phpmailer", Unknown, None, Some(Stage::MailFrom), "PHPMailer src/PHPMailer.php language 'from_failed'"),
    client!("smtp server error:", "phpmailer", Unknown, None, None, "PHPMailer src/PHPMailer.php language 'smtp_error'"),
    client!("server does not support smtputf8 needed to send to unicode addresses", "phpmailer", NotImplemented, None, None, "PHPMailer src/PHPMailer.php language 'smtputf8'"),
    client!("failed to connect to server", "phpmailer", NetworkError, None, Some(Stage::Connection), "PHPMailer src/SMTP.php (\"SMTP ERROR: Failed to connect to server\")"),
    client!("password command failed", "phpmailer", AuthFailed, None, Some(Stage::Auth), "PHPMailer src/SMTP.php (\"SMTP ERROR: Password command failed\")"),
    client!("username command failed", "phpmailer", AuthFailed, None, Some(Stage::Auth), "PHPMailer src/SMTP.php (\"SMTP ERROR: Username command failed\")"),
    client!("rcpt to command failed", "phpmailer", Unknown, None, Some(Stage::RcptTo), "PHPMailer src/SMTP.php (\"SMTP ERROR: RCPT TO command failed\")"),
    client!("mail from command failed", "phpmailer", Unknown, None, Some(Stage::MailFrom), "PHPMailer src/SMTP.php (\"SMTP ERROR: MAIL FROM command failed\")"),
    client!("data end command failed", "phpmailer", Unknown, None, Some(Stage::EndOfData), "PHPMailer src/SMTP.php (\"SMTP ERROR: DATA END command failed\")"),
    client!("starttls command failed", "phpmailer", TlsFailed, None, Some(Stage::Starttls), "PHPMailer src/SMTP.php (\"SMTP ERROR: STARTTLS command failed\")"),

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
    client!("could not send your message", "webmail", Unknown, None, None, "The webmail send-error alert quoted in the smtp-explain design brief (\"Could not send your message. Error 421.\")"),
    client!("failed to add recipient", "roundcube", Unknown, None, Some(Stage::RcptTo), "Roundcube \"SMTP Error (550): Failed to add recipient ...\" (dirtsimple/poste.io issue #26)"),

    // --- Apple Mail / iOS Mail (Apple publishes no list; phrasings as quoted in SOURCES.md §4.5) ---
    client!("cannot send mail", "apple_mail", Unknown, None, None, "iOS Mail alert \"Cannot Send Mail\" (SOURCES.md §4.5)"),
    client!("cannot send message using the server", "apple_mail", Unknown, None, None, "macOS Mail alert (SOURCES.md §4.5)"),
    client!("does not allow relaying", "apple_mail", RelayDenied, None, Some(Stage::RcptTo), "iOS Mail: \"was rejected by the server because it does not allow relaying\" (SOURCES.md §4.5)"),
    client!("the sender address was rejected by the server", "apple_mail", SenderRejected, None, Some(Stage::MailFrom), "iOS Mail (SOURCES.md §4.5)"),
    client!("the message was rejected by the server", "apple_mail", PolicyRejected, None, Some(Stage::EndOfData), "iOS Mail (SOURCES.md §4.5)"),

    // --- .NET System.Net.Mail.SmtpClient: src/libraries/System.Net.Mail/src/Resources/Strings.resx ---
    client!("the smtp server requires a secure connection or the client was not authenticated", "dotnet", AuthRequired, Some(530), None, ".NET System.Net.Mail Strings.resx (SmtpMustIssueStartTlsFirst)"),
    client!("server does not support secure connections", "dotnet", TlsFailed, None, Some(Stage::Starttls), ".NET System.Net.Mail Strings.resx (MailServerDoesNotSupportStartTls)"),
    client!("the smtp host was not found", "dotnet", NetworkError, None, Some(Stage::Connection), ".NET System.Net.Mail Strings.resx (MailHostNotFound)"),
    client!("unable to read data from the transport connection", "dotnet", NetworkError, None, None, ".NET System.Net.Mail Strings.resx (net_io_readfailure)"),
    client!("client does not have permission to submit mail to this server", "dotnet", AuthRequired, None, None, ".NET System.Net.Mail Strings.resx (SmtpClientNotPermitted)"),
    client!("unable to send to all recipients", "dotnet", Unknown, None, Some(Stage::RcptTo), ".NET System.Net.Mail Strings.resx (SmtpAllRecipientsFailed)"),
    client!("unable to send to a recipient", "dotnet", Unknown, None, Some(Stage::RcptTo), ".NET System.Net.Mail Strings.resx (SmtpRecipientFailed)"),

    // --- JavaMail / Jakarta Mail (https://jakarta.ee/specifications/mail/, com.sun.mail.smtp) ---
    client!("authenticationfailedexception", "javamail", AuthFailed, None, Some(Stage::Auth), "JavaMail javax.mail.AuthenticationFailedException / jakarta.mail"),
    client!("smtpaddressfailedexception", "javamail", Unknown, None, Some(Stage::RcptTo), "JavaMail com.sun.mail.smtp.SMTPAddressFailedException"),
    client!("smtpsenderfailedexception", "javamail", Unknown, None, Some(Stage::MailFrom), "JavaMail com.sun.mail.smtp.SMTPSenderFailedException"),
    client!("mailconnectexception", "javamail", NetworkError, None, Some(Stage::Connection), "JavaMail com.sun.mail.util.MailConnectException (\"Couldn't connect to host\")"),
    client!("sendfailedexception", "javamail", Unknown, None, None, "JavaMail javax.mail.SendFailedException"),

    // --- Python smtplib (https://docs.python.org/3/library/smtplib.html) ---
    client!("smtpauthenticationerror", "python_smtplib", AuthFailed, None, Some(Stage::Auth), "Python smtplib.SMTPAuthenticationError"),
    client!("smtprecipientsrefused", "python_smtplib", Unknown, None, Some(Stage::RcptTo), "Python smtplib.SMTPRecipientsRefused"),
    client!("smtpsenderrefused", "python_smtplib", Unknown, None, Some(Stage::MailFrom), "Python smtplib.SMTPSenderRefused"),
    client!("smtpdataerror", "python_smtplib", Unknown, None, Some(Stage::EndOfData), "Python smtplib.SMTPDataError"),
    client!("smtpheloerror", "python_smtplib", Unknown, None, Some(Stage::Helo), "Python smtplib.SMTPHeloError"),
    client!("smtpconnecterror", "python_smtplib", NetworkError, None, Some(Stage::Greeting), "Python smtplib.SMTPConnectError"),
    client!("smtpserverdisconnected", "python_smtplib", NetworkError, None, None, "Python smtplib.SMTPServerDisconnected"),
    client!("smtpnotsupportederror", "python_smtplib", NotImplemented, None, None, "Python smtplib.SMTPNotSupportedError"),
    client!("smtp auth extension not supported by server", "python_smtplib", NotImplemented, None, Some(Stage::Auth), "Python smtplib SMTP.login() message"),
    client!("starttls extension not supported by server", "python_smtplib", TlsFailed, None, Some(Stage::Starttls), "Python smtplib SMTP.starttls() message"),
];
