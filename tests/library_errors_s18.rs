//! Mail-sending errors as libraries, frameworks and apps print them, sampled fresh from issue
//! trackers in round fr8 of session 18 (tests/corpus/dev-fr8-s18.jsonl): the cause inside a
//! library's wrapper, and the library named by its wrapper. Each text is quoted from the page
//! named beside it; the expected values are read from that page, the program's source and
//! tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// iCloud Mail refuses a From address the signed-in account does not own (LABELS.md §1 Q5: the
/// refusal names the sender address), whichever library carries the reply.
#[test]
fn icloud_refusing_a_from_address_is_a_sender_refusal() {
    assert_all_read(
        &[
            // https://github.com/home-assistant/core/issues/176362 (Python smtplib after DATA)
            "smtplib.SMTPDataError: (550, b'5.7.0 From address is not one of your addresses')",
            // https://github.com/ozanozbeker/epistole, docs/research/live-send-findings.md (the reply to MAIL FROM)
            "550 5.7.0 From address is not one of your addresses",
        ],
        Category::SenderRejected,
        Outcome::Permanent,
    );
}

/// A library that finds its session gone when it sends the next command: a lost connection
/// (LABELS.md §2 Q1), temporary without a code (§3).
#[test]
fn a_session_found_closed_is_a_network_error() {
    assert_all_read(
        &[
            // go-mail's ErrNoActiveConnection inside its SendError for the RSET step,
            // https://github.com/wneessen/go-mail/issues/463
            "2025/04/02 16:11:07 failed to send mail: send failed: sending SMTP RESET command: not connected to SMTP server, affected message ID: <6NSg2fMrOgVDicmTR.uxYH@xxx.local>",
            // JavaMail's SMTPTransport.checkConnected(), https://github.com/jakartaee/mail-api/issues/134
            "java.lang.IllegalStateException: Not connected\n        at com.sun.mail.smtp.SMTPTransport.checkConnected(SMTPTransport.java:2354)\n        at com.sun.mail.smtp.SMTPTransport.sendMessage(SMTPTransport.java:1151)",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// "5.1.3 Invalid address" complains of the address's syntax (RFC 3463 X.1.3), not of a missing
/// mailbox: message_format, as LABELS.md's definition puts address syntax there.
#[test]
fn an_invalid_address_with_its_x13_code_is_a_format_error() {
    // .NET SmtpClient's text for status 501 around the server's reply, https://github.com/NLog/NLog/issues/989
    assert_reads(
        "Error System.Net.Mail.SmtpException: Syntax error in parameters or arguments. The server response was: 5.1.3 Invalid address",
        Category::MessageFormat,
        Outcome::Permanent,
    );
}

/// Roundcube's installer wraps Net_SMTP's error in "Authentication failure:"; the error inside
/// says the server offers no AUTH at all, which LABELS.md §5 files as not_implemented.
#[test]
fn roundcubes_installer_wrapper_leaves_the_cause_to_net_smtp() {
    // https://github.com/roundcube/roundcubemail/issues/6880
    assert_reads(
        "Trying to send email...\nSMTP send:  NOT OK(Authentication failure: SMTP server does not support authentication (Code: ))",
        Category::NotImplemented,
        Outcome::Permanent,
    );
}

/// Wrappers that name the library: PowerShell's error record for .NET's SmtpClient, Nodemailer
/// 0.x's AuthError, PHP mail()'s warning passed on by Nette.
#[test]
fn wrappers_name_their_library() {
    // https://github.com/majkinetor/au/issues/1: .NET's generic "Failure sending mail." gives no cause.
    let powershell = "Exception calling \"Send\" with \"1\" argument(s): \"Failure sending mail.\"\n    + CategoryInfo          : NotSpecified: (:) [], MethodInvocationException\n    + FullyQualifiedErrorId : SmtpException";
    assert_eq!(software_of(powershell).as_deref(), Some("dotnet_smtpclient"));
    assert_ne!(explain_outcome(powershell), Outcome::Success);

    // https://github.com/nodemailer/nodemailer/issues/115: Gmail's login refusal inside simplesmtp's AuthError.
    let nodemailer = "AuthError: Invalid login - 535-5.7.1 Username and Password not accepted.";
    assert_eq!(software_of(nodemailer).as_deref(), Some("nodemailer"));
    assert_eq!(provider_of(nodemailer).as_deref(), Some("google"));
    assert_reads(nodemailer, Category::AuthFailed, Outcome::Permanent);

    // https://github.com/nette/mail/issues/54: the server the program was set to use is Gmail's (LABELS.md §4).
    let nette = "Fatal error: Uncaught Nette\\Mail\\SendException: Unable to send email: Failed to connect to mailserver at \"ssl://smtp.gmail.com\" port 465, verify your \"SMTP\" and \"smtp_port\" setting in php.ini or use ini_set()";
    assert_eq!(software_of(nette).as_deref(), Some("php"));
    assert_eq!(provider_of(nette).as_deref(), Some("google"));
    assert_reads(nette, Category::NetworkError, Outcome::Temporary);
}

fn explain_outcome(text: &str) -> Outcome {
    smtp_explain::explain(text).outcome
}

/// No failure of the sample reads as a success, whatever its wrapper.
#[test]
fn no_failure_of_the_sample_reads_as_success() {
    for text in [
        // https://github.com/dawidd6/action-send-mail/issues/37
        "Error: Greeting never received",
        // https://github.com/jstedfast/MailKit/issues/453
        "SmtpSender: Error sending message MailKit.Net.Smtp.SmtpCommandException: 4.4.1 Connection timed out",
        // https://github.com/swiftmailer/swiftmailer/issues/308
        "'Swift_TransportException' with message 'Expected response code 250 but got code \"421\", with message \"421 4.4.2  my_host_name.it Error: timeout exceeded",
        // https://github.com/ruby/net-smtp/issues/19
        "550-SPF-check failed:",
        // https://github.com/centreon/centreon-plugins/issues/1172
        "Net::SMTP: 554 <antispam1.solidd.fr> Relay Service denied for IP 192.168.32.54, closing transmission channel",
        // https://github.com/awdeorio/mailmerge/pull/22
        "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
        // https://github.com/deflomu/Roundcube-SMTP-per-Identity-Plugin/issues/14
        "SMTP Error: Failed to set sender 'xxx@gmail.com'. 5.7.0 Must issue a STARTTLS command first. 75sm22678156wml.15 - gsmtp (Code: 530)",
        "SMTP Error: Failed to add recipient 'xxx@yyy.pl'. 4.7.1 <xxx@yyy.pl>: Relay access denied (Code: 454)",
        // https://github.com/AgileVentures/WebsiteOne/issues/3088
        "Net::SMTPAuthenticationError: 451 Authentication failed: Could not authenticate",
        // https://github.com/cyrusstoller/RevTilt/issues/32
        "Net::SMTPAuthenticationError (534-5.7.9 Please log in with your web browser and then try again. Learn more at",
        // https://github.com/marlam/msmtp/issues/22
        "sendmail: the server does not support authentication",
        // https://github.com/humhub/humhub/issues/6717
        "Connection could not be established with host \"ssl://192.168.2.24:25\": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\nerror:0A00010B:SSL routines::wrong version number",
        // https://github.com/manios/docker-nagios/issues/67
        "stderr line 01: sendmail: Cannot open mailhub:25",
    ] {
        assert_ne!(explain_outcome(text), Outcome::Success, "{text}");
    }
}
