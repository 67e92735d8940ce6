//! Errors that libraries, frameworks and apps print around a failed SMTP session, from
//! ecosystems the corpus had few of (round wr, session 19): go-mail, gomail and Go's net/smtp
//! behind apps, Flask-Mail over smtplib, aiosmtplib, stalwartlabs mail-send, Apache Commons
//! Email, Zend/Laminas Mail, Nette Mail, Swift Mailer. Each text is quoted from the issue or the
//! library source named beside it; the expected values are read from that source and
//! tests/corpus/LABELS.md (§3 outcomes without a code, §4 provider, §5 a client's own demands),
//! never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A connection that failed, timed out or broke off before or during the session is
/// `network_error`, failed for now (LABELS.md §3).
#[test]
fn connections_that_failed_or_broke_off_are_temporary_network_errors() {
    assert_all_read(
        &[
            // KeepSec-Technologies/Mail2Go#1 (wneessen/go-mail's 'dial failed: %w').
            "Error sending email: dial failed: EOF",
            // pimcore/pimcore#598 (Zend Framework 1 Zend_Mail_Protocol_Abstract::_connect()).
            "Zend_Mail_Protocol_Exception: Could not open socket",
            // aschroder/Magento-SMTP-Pro-Email-Extension#143 (Zend_Mail under Magento 1).
            "Unable to send test email.\nException message was: Could not open socket",
            // laminas/laminas-mail#158 (AbstractProtocol::_receive(), 'Could not read from <host>').
            "PHP Fatal error:  Uncaught Laminas\\\\Mail\\\\Protocol\\\\Exception\\\\RuntimeException: Could not read from smtp.aol.com in /var/www/html/xxx/vendor/laminas/laminas-mail/src/Protocol/AbstractProtocol.php:309",
            // mageplaza/magento-2-smtp#250 (laminas-mail 'Could not open socket: %s').
            "Could not open socket: stream_socket_client(): unable to connect to tcp://smtp.sendgrid.net:587 (Connection timed out)",
            // putyourlightson/craft-campaign#82 (Swift Mailer, no greeting; cut as the log shows it).
            "2019-07-23 17:35:04 [-][-][-][warning][application] Error sending email: Expected response code 220 but got an empty respons",
            // goauthentik/authentik#8465 (Python's socket timeout at the end of an smtplib traceback).
            "TimeoutError: timed out",
            // postalserver/postal#364 ('postal test-app-smtp').
            "Message was not delivered successfully to SMTP server.\nError: Timeout::Error (execution expired)",
            // aiosmtplib src/aiosmtplib/smtp.py (SMTPConnectTimeoutError, placeholders as in the source).
            "Timed out connecting to {self.hostname} on port {self.port}",
            // nette/mail src/Mail/SmtpMailer.php write(), PHP left no warning.
            "Unable to write to the SMTP server: connection lost",
            // xhit/go-simple-mail#76 (Go's dialer behind WireGuard UI).
            "Mail Error on dialing with encryption type STARTTLS: dial tcp 127.0.0.1:25: connect: connection refused",
            // TuiQiao/CBoard#479 (JavaMail waiting for the greeting of smtp.qq.com:465).
            "Caused by: javax.mail.MessagingException: Exception reading response; nested exception is: java.net.SocketTimeoutException: Read timed out",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // The library that wrote the words is named (software.tsv, clients.tsv).
    assert_eq!(software_of("Zend_Mail_Protocol_Exception: Could not open socket").as_deref(), Some("laminas_mail"));
    assert_eq!(
        software_of("Message was not delivered successfully to SMTP server.\nError: Timeout::Error (execution expired)").as_deref(),
        Some("postal")
    );
    assert_eq!(software_of("TimeoutError: timed out").as_deref(), Some("python_smtplib"));
}

/// A client that wants to sign in where the server's EHLO lists no mechanism it can use is
/// `not_implemented`, permanent: the server lacks what the client needs (LABELS.md §5).
#[test]
fn a_server_without_a_usable_auth_mechanism_is_not_implemented() {
    assert_all_read(
        &[
            // stalwartlabs/mail-send src/lib.rs (Error::UnsupportedAuthMechanism, 'does no' as in the source).
            "The server does no support any of the available authentication methods",
            // wneessen/go-mail auth.go (ErrNoSupportedAuthDiscovered, ErrCramMD5AuthNotSupported).
            "SMTP Auth autodiscover was not able to detect a supported authentication mechanism",
            "server does not support SMTP AUTH type: CRAM-MD5",
            // miguelgrinberg/microblog#147 (Flask-Mail calling smtplib's login()).
            "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
            // nette/mail src/Mail/SmtpMailer.php (a username is set, the EHLO lists no AUTH).
            "SMTP server does not support authentication.",
        ],
        Category::NotImplemented,
        Outcome::Permanent,
    );
    assert_eq!(
        software_of("SMTP Auth autodiscover was not able to detect a supported authentication mechanism").as_deref(),
        Some("go_mail")
    );
}

/// A client set to require STARTTLS where the server does not offer it, or whose handshake
/// fails, is `tls_failed`, permanent (LABELS.md §3, §5).
#[test]
fn a_starttls_the_client_needs_and_does_not_get_is_tls_failed() {
    assert_all_read(
        &[
            // stalwartlabs/mail-send src/lib.rs (Error::MissingStartTls).
            "STARTTLS extension unavailable",
            // cole/aiosmtplib src/aiosmtplib/smtp.py starttls().
            "SMTP STARTTLS extension not supported by server.",
            // wneessen/go-mail client.go tls() (%q of the TLSMandatory policy).
            "STARTTLS mode set to: \"TLSMandatory\", but target host does not support STARTTLS",
            // laminas/laminas-mail src/Protocol/Smtp.php helo().
            "Unable to connect via TLS",
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
    assert_eq!(software_of("SMTP STARTTLS extension not supported by server.").as_deref(), Some("aiosmtplib"));
}

/// Go's net/smtp PlainAuth withholds the password on a plaintext connection ('unencrypted
/// connection'), and a server demands STARTTLS first: both are `tls_required` (LABELS.md §5).
#[test]
fn a_login_on_a_plaintext_connection_needs_tls() {
    assert_all_read(
        &[
            // gogs/gogs#5421 (gomail's send wrapper around net/smtp's ErrUnencrypted).
            "gomail: could not send email 1: Auth: unencrypted connection",
            // linkedin/Burrow#231.
            "2017-06-21-06:04:41 [ERROR] Failed to send email message:unencrypted connection",
            "2017-06-21-13:55:54 [ERROR] Failed to send email message:530 5.7.0 Must issue a STARTTLS command first",
            // tinode/chat#322.
            "SMTP error xxxx@xx.com unencrypted connection",
        ],
        Category::TlsRequired,
        Outcome::Permanent,
    );
}

/// The server's refusal inside a library's wrapper keeps its own meaning; the provider is the
/// one whose server answered or was configured (LABELS.md §4).
#[test]
fn replies_inside_library_wrappers_keep_their_meaning() {
    // miguelgrinberg/flasky#167: Gmail's WantAuthError inside smtplib's SMTPSenderRefused.
    let gmail = "smtplib.SMTPSenderRefused: (530, b'5.7.0 Authentication Required. Learn more at\\n5.7.0  https://support.google.com/mail/?p=WantAuthError d5sm159706pjo.20 - gsmtp', 'flask@example.com')";
    assert_reads(gmail, Category::AuthRequired, Outcome::Permanent);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
    // pallets-eco/flask-mail#112: smtplib's debug print of the relay's 530.
    assert_reads("reply: retcode (530); Msg: 5.7.1 Client was not authenticated", Category::AuthRequired, Outcome::Permanent);
    // SamR1/FitTrackee#412: a refused login.
    assert_reads(
        "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed: UGFzc3dvcmQ6')",
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // nette/mail#9: Nette's 'SMTP server did not accept %s with error: %s'.
    assert_reads(
        "SMTP server did not accept RCPT TO:<x@example.com> with error: 550 5.1.1 User unknown; rejecting",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    // rpremraj/mailR#8: Commons Email's wrapper names no cause, only the configured server.
    let wrapper = "org.apache.commons.mail.EmailException: Sending the email to the following server failed : smtp.gmail.com:465";
    assert_reads(wrapper, Category::Unknown, Outcome::Unknown);
    assert_eq!(provider_of(wrapper).as_deref(), Some("google"));
    assert_eq!(software_of(wrapper).as_deref(), Some("commons_email"));
}

/// No row of this round's corpus file whose source tells a failure reads as a success.
#[test]
fn no_failure_of_the_rounds_rows_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-wr-s19.jsonl"));
}
