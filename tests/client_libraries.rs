//! Mail programs' and libraries' messages read by their sources (s15): PEAR Net_SMTP and
//! Roundcube's log wrapper, Horde_Smtp's debug log, MailSo (SnappyMail, RainLoop), ports after an
//! empty host, Postfix bounces pasted without their indentation, success codes beside an error, and
//! the sign-in, connection and certificate words of Thunderbird for Android and SnappyMail in their
//! other languages; and (s19) the wrappers of go-mail, gomail, Flask-Mail, aiosmtplib, mail-send,
//! Apache Commons Email, Zend/Laminas Mail, Nette Mail and Swift Mailer; and (s20) the texts of
//! go-smtp, gen_smtp, Swoosh, curl, CodeIgniter 4, the Ruby mail gem, Spring, Simple Java Mail, WP
//! Mail SMTP, FluentSMTP and Mail::Sendmail (round ms4), and of the mail clients KSMTP, Geary,
//! Trojitá, Mailspring, Delta Chat and FairEmail (round ms3), read from their sources; and (s21,
//! round fr35) library errors as users paste them in issue threads (gen_smtp, aiosmtplib, Symfony
//! Mailer, Simple Java Mail, Jakarta Mail, gomail, Ruby's OpenSSL, Bun, Deno).

use smtp_explain::{explain, Category, Explanation, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

fn software(e: &Explanation) -> Option<String> {
    e.software.as_ref().map(|s| s.id.to_string())
}

#[test]
fn roundcube_authentication_failure_names_net_smtp_s_cause() {
    // rcube_smtp.php logs 'Authentication failure' before whatever Net_SMTP's auth() returned;
    // Net_SMTP says "SMTP server does not support authentication" when EHLO lists no AUTH.
    let e = explain("SMTP Error: Authentication failure: SMTP server does not support authentication (Code: ) in /usr/share/roundcubemail/program/lib/Roundcube/rcube.php on line 1657");
    assert_eq!(e.category.id, Category::NotImplemented);
    // Net_SMTP's other failures keep their own cause.
    assert_eq!(explain("Message size exceeds server limit").category.id, Category::MessageTooLarge);
    assert_eq!(explain("[SMTP: Failed to write to socket: not connected]").category.id, Category::NetworkError);
}

#[test]
fn horde_s_read_timeout_is_a_failure_even_beside_a_late_250() {
    // Horde_Smtp Connection.php read(): "ERROR: Server read/timeout error." in its debug log; the
    // 250 that arrives after QUIT does not make the send a success for the program.
    let e = explain(">> ERROR: Server read/timeout error.\nC: QUIT\nS: 250 2.6.0  <1@example.org> Queued mail for delivery\n");
    assert_eq!(e.category.id, Category::NetworkError);
    assert_eq!(e.outcome, Outcome::Temporary);
    assert_eq!(software(&e).as_deref(), Some("horde"));
    // A 2.x.x code alone is still a success (RFC 3463 §3.1: class 2 is success).
    assert_reads("250 2.6.0 <1@example.org> Queued mail for delivery", Category::Delivered, Outcome::Success);
}

#[test]
fn a_port_after_an_empty_host_is_no_reply_code() {
    // Symfony Mailer with an empty host: 'Connection could not be established with host ":587"'.
    let e = explain(
        "Connection could not be established with host \":587\": stream_socket_client(): Unable to connect to :587 (Connection refused)",
    );
    assert_eq!(e.category.id, Category::NetworkError);
    assert_eq!(e.outcome, Outcome::Temporary);
    assert!(e.reply.as_ref().is_none_or(|r| r.code.is_none()), "{:?}", e.reply);
    // A reply code after a colon and a space is still a reply.
    let e = explain("Server said: 550 5.1.1 User unknown");
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(e.category.id, Category::MailboxUnknown);
}

#[test]
fn a_postfix_bounce_pasted_without_indentation_keeps_its_whole_reply() {
    // Postfix wraps the remote's reply over indented lines up to "(in reply to ... command)";
    // issue trackers and forums lose the indentation. Gmail's text is its documented
    // authentication refusal (support.google.com/mail/answer/81126#authentication).
    let text = "jose@gmail.com: host gmail-smtp-in.l.google.com[74.125.29.27]\nsaid: 550-5.7.1 This message does not have authentication information or\nfails to pass 550-5.7.1 authentication checks. To best protect our users\nfrom spam, the 550-5.7.1 message has been blocked. Please visit 550-5.7.1\nhttps://support.google.com/mail/answer/81126#authentication for more 550\n5.7.1 information. b29si1213791qte.461 - gsmtp (in reply to end of DATA\ncommand)";
    let e = explain(text);
    assert_eq!(e.category.id, Category::SenderAuthentication);
    // Without Postfix's closing words nothing runs on: the next line stays apart.
    let e = explain("said: 550 5.1.1 User unknown\nThank you for your help, this is my configuration.");
    assert_eq!(e.category.id, Category::MailboxUnknown);
}

#[test]
fn mailso_exception_classes_name_snappymail_and_the_cause() {
    // MailSo Smtp/SmtpClient.php Login(): bad credentials, or no usable AUTH mechanism.
    let e = explain("Next MailSo\\Smtp\\Exceptions\\LoginBadCredentialsException: 535 5.7.8 Error: authentication failed");
    assert_eq!(e.category.id, Category::AuthFailed);
    assert_eq!(software(&e).as_deref(), Some("snappymail"));
    let e = explain("SMTP[ERROR]: MailSo\\Smtp\\Exceptions\\LoginBadMethodException");
    assert_eq!(e.category.id, Category::NotImplemented);
    // Net/NetClient.php: the socket could not connect, in SnappyMail's and RainLoop 1.x's form.
    let e = explain("exception 'MailSo\\Net\\Exceptions\\SocketCanNotConnectToHostException' with message 'Can't connect to host \"ssl://mail.example.org:465\"'");
    assert_eq!(e.category.id, Category::NetworkError);
    assert_eq!(explain("MailSo-Net-Exceptions-SocketReadTimeoutException (NetClient.php ~ 411)").category.id, Category::NetworkError);
    // The Imap namespace's class of the same name is not read as an SMTP sign-in.
    assert_ne!(software(&explain("MailSo\\Imap\\Exceptions\\LoginBadCredentialsException")).as_deref(), Some("snappymail"));
}

#[test]
fn client_words_in_other_languages_tell_the_cause() {
    // Thunderbird for Android strings.xml (notification_certificate_error_public,
    // account_server_validation_error_authentication, status_network_error) and SnappyMail's
    // user.json (AuthError, ConnectionError).
    for (text, category) in [
        ("Zertifikatsfehler", Category::TlsFailed),
        ("证书错误", Category::TlsFailed),
        ("Erreur d'authentification", Category::AuthFailed),
        ("Błąd autoryzacji", Category::AuthFailed),
        ("Verbindungsfehler", Category::NetworkError),
        ("Errore di rete", Category::NetworkError),
        ("Certificate error", Category::TlsFailed),
    ] {
        assert_eq!(explain(text).category.id, category, "{text}");
    }
}

#[test]
fn nullmailer_names_its_own_failures() {
    // bruceg/nullmailer@79a8a45c4bd22b250f2765f239e95eb479232693 lib/errcodes.cc errorstr(), logged
    // by src/send.cc as "Sending failed: <text>"; the lookup and connection errors carry no
    // permanent flag: the smarthost is tried again.
    assert_all_read(
        &["Sending failed: Host not found", "Sending failed: Host or network unreachable", "Sending failed: Connection timed out"],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // A refused login fails the same way until the credentials change.
    assert_reads("Sending failed: Failed to authenticate to server", Category::AuthFailed, Outcome::Permanent);
    // protocols/protocol.cc protocol_fail() prints "<module>: Failed: <msg>"; the TLS texts are
    // protocols/tls_gnutls.cc's, the AUTH one protocols/smtp.cc's.
    assert_all_read(
        &["smtp: Failed: Server SSL/TLS certificate is untrusted", "smtp: Failed: Server SSL/TLS certificate does not match hostname"],
        Category::TlsFailed,
        Outcome::Permanent,
    );
    assert_reads(
        "smtp: Failed: Server does not advertise any supported authentication methods",
        Category::NotImplemented,
        Outcome::Permanent,
    );
}

#[test]
fn nullmailer_keeps_the_reply_it_wraps() {
    // https://github.com/zhtengw/hugo-blog/blob/master/content/posts/nullmailer.md (163.com)
    let text = "smtp: Failed: 553 Mail from must equal authorized user\nSending failed: Permanent error in sending the message";
    assert_reads(text, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("netease"));
    let spam = "smtp: Failed: 554 DT:SPM 163 smtp8,DMCowAD3FCvaf+9cP0pBGA--.58361S2 1559199707,please see http://mail.163.com/help/help_spam_16.htm?ip=113.70.36.158&hostid=smtp8&time=1559199707\nSending failed: Permanent error in sending the message";
    assert_reads(spam, Category::SpamContent, Outcome::Permanent);
}

#[test]
fn swaks_errors_after_its_three_stars() {
    // jetmore/swaks@8a05259830e67df2ca2b7864c122b43446e1d907 swaks: ptrans(12, ...) prints "***".
    assert_reads("*** No authentication type succeeded", Category::AuthFailed, Outcome::Permanent);
    assert_reads("*** Host did not advertise STARTTLS", Category::TlsFailed, Outcome::Permanent);
    assert_reads("*** Host did not advertise authentication", Category::NotImplemented, Outcome::Permanent);
    assert_reads("*** Remote host closed connection unexpectedly.", Category::NetworkError, Outcome::Temporary);
    // A failure reply is marked "<**" and read by the reply itself.
    assert_reads("<** 550 5.7.1 <bob@example.net>: Relay access denied", Category::RelayDenied, Outcome::Permanent);
}

#[test]
fn s_nail_network_failures_are_not_recipient_failures() {
    // sdaoden/s-mailx@ebaf9554a17adc6477a2dadd168dc50bb6b05c06 src/mx/net-smtp.c, src/mx/net-socket.c:
    // the lookup is of the configured SMTP server, not of a recipient's domain.
    assert_reads("Unexpected EOF on SMTP connection", Category::NetworkError, Outcome::Temporary);
    assert_reads("Lookup of smtp.example.com:smtp failed: host not found", Category::NetworkError, Outcome::Temporary);
    assert_reads(
        "SMTP: unexpected status from server: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
}

#[test]
fn ssmtp_cannot_open_any_mailhub() {
    // TheJonny/debian-ssmtp@d4631356318ae3f78f15bd55eeae295dec2a48e2 ssmtp.c die("Cannot open %s:%d").
    assert_reads("ssmtp: Cannot open smtp.example.com:587", Category::NetworkError, Outcome::Temporary);
    // https://github.com/crazy-max/docker-fail2ban/issues/48 (run under the sendmail name)
    let fail2ban = "2020-06-17 18:09:40,668 fail2ban.utils          [1]: ERROR   7fb382728ab0 -- stderr: 'sendmail: Cannot open mail:25'";
    assert_reads(fail2ban, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(fail2ban).as_deref(), Some("ssmtp"));
    // die("Authorization failed (%s)") and die("RCPT TO:<%s> (%s)") carry the server's reply.
    let auth = "sendmail: Authorization failed (535 5.7.8 Error: authentication failed: authentication failure)";
    assert_reads(auth, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(software_of(auth).as_deref(), Some("ssmtp"));
    let rcpt = "ssmtp: RCPT TO:<bob@example.com> (553 5.7.1 <bob@example.com>: Relay access denied)";
    assert_reads(rcpt, Category::RelayDenied, Outcome::Permanent);
    assert_eq!(software_of(rcpt).as_deref(), Some("ssmtp"));
}

#[test]
fn curl_and_msmtp_when_the_server_lacks_an_extension() {
    // curl/curl@5c61e168698a72b87437d58ed728bcdea6d5db42 lib/smtp.c: --ssl-reqd and no STARTTLS offered.
    assert_reads("curl: (64) STARTTLS not supported.", Category::TlsFailed, Outcome::Permanent);
    assert_eq!(software_of("curl: (64) STARTTLS not supported.").as_deref(), Some("curl"));
    // https://github.com/curl/curl/issues/5321 and R's curl package (rstudio/blastula#127).
    assert_all_read(
        &["curl: (67) Login denied", "Error in curl::curl_fetch_memory(url, handle = h) : Login denied"],
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // msmtp po/de.po msgid: no AUTH offered at all; a missing mechanism stays a login problem.
    assert_reads("msmtp: the server does not support authentication", Category::NotImplemented, Outcome::Permanent);
    assert_eq!(category_of("msmtp: the server does not support authentication method CRAM-MD5"), Category::AuthFailed);
}

#[test]
fn a_tls_handshake_the_server_cut_off_is_temporary() {
    // .NET System.Net.Security net_auth_eof, as System.Net.Mail shows it
    // (https://github.com/renevanosnabrugge/SendEmail-BuildTask/issues/55).
    assert_reads("Authentication failed because the remote party has closed the transport stream", Category::TlsFailed, Outcome::Temporary);
}

#[test]
fn no_wrapped_failure_reads_as_success() {
    for text in [
        "Sending failed: Permanent error in sending the message",
        "Sending failed: Temporary error in sending the message",
        "Sending timed out, killing protocol",
        "smtp: Failed: Connect failed\nSending failed: Connection refused",
        "*** Error connecting to mail.example.com:25:\n***\tIO::Socket::INET6: connect: Connection refused",
        "curl: (64) STARTTLS denied, code 454",
        "curl: (55) MAIL failed: 530",
        "Expected response code 250 but got code \"\", with message \"\"",
    ] {
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
}

#[test]
fn send_email_perl_script_texts() {
    // mogaal/sendemail@e785a6d284884688322c9b39c0f64e20a43ea825 sendEmail ("ERROR =>" prefix).
    assert_reads("ERROR => smtp.example.com:25 returned a zero byte response to our query.", Category::NetworkError, Outcome::Temporary);
    assert_reads(
        "ERROR => TLS not possible! Remote SMTP server, smtp.example.com,  does not support it.",
        Category::TlsFailed,
        Outcome::Permanent,
    );
    assert_reads(
        "WARNING => SMTP-AUTH: No mutually supported authentication methods available",
        Category::NotImplemented,
        Outcome::Permanent,
    );
    assert_reads("ERROR => ERROR => SMTP-AUTH: Authentication to smtp.example.com:587 failed.", Category::AuthFailed, Outcome::Permanent);
    assert_reads("ERROR => Received: \t550 5.7.1 <bob@example.net>: Relay access denied", Category::RelayDenied, Outcome::Permanent);
}

#[test]
fn perl_email_sender_and_emailjs() {
    // rjbs/Email-Sender@1e29a76915dddfdfad0e3f98e6647c75a8073085 lib/Email/Sender/Transport/SMTP.pm, Util.pm.
    let auth = "failed AUTH: (no SMTP error message)";
    assert_reads(auth, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(software_of(auth).as_deref(), Some("email_sender"));
    let starttls = "can't STARTTLS: 454 4.7.0 TLS not available due to local problem";
    assert_reads(starttls, Category::TlsFailed, Outcome::Temporary);
    assert_eq!(software_of(starttls).as_deref(), Some("email_sender"));
    let mail_from =
        "bob@example.com failed after MAIL FROM: 553 5.7.1 <bob@example.com>: Sender address rejected: not owned by user alice@example.com";
    assert_reads(mail_from, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(software_of(mail_from).as_deref(), Some("email_sender"));
    // https://github.com/eleith/emailjs/issues/81: SMTPErrorStates.AUTHNOTSUPPORTED, no usable AUTH method.
    let emailjs = "{ [Error: no form of authorization supported] code: 7, smtp: undefined }";
    assert_reads(emailjs, Category::NotImplemented, Outcome::Permanent);
    assert_eq!(software_of(emailjs).as_deref(), Some("emailjs"));
}

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
fn no_failure_of_round_ms4_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-ms4-s20.jsonl"));
}

/// A client that wants to log in, where the server's EHLO offers no mechanism it can use, is
/// `not_implemented` (LABELS.md §5), in every language the client ships.
#[test]
fn no_usable_auth_mechanism_is_not_implemented() {
    assert_all_read(
        &[
            // KSMTP src/loginjob.cpp selectAuthentication(): neither the preferred mode nor LOGIN
            // nor PLAIN is in the EHLO AUTH list.
            "Could not authenticate to the SMTP server because no matching authentication method has been found",
            // KSMTP po/de/libksmtp6.po, the same message in German.
            "Es kann nicht am SMTP-Server authentifiziert werden, da keine passende Authentifizierungsmethode gefunden wurde.",
            // Geary src/engine/smtp/smtp-client-session.vala: OAuth2 account, no XOAUTH2 in EHLO.
            "GearySmtpError 1: \"Unable to authenticate using OAUTH2 credentials against smtp.example.com:587\"",
            // Trojitá src/qwwsmtpclient/qwwsmtpclient.cpp, wrapped by src/MSA/SMTP.cpp.
            "Sending of the message failed with the following error: Unsupported or unknown authentication scheme",
            // Mailspring send-draft-task.ts + mailsync-process.ts (ErrorNoImplementedAuthMethods).
            "Sorry, Mailspring was unable to deliver this message: Sorry, your SMTP server does not support basic username / password authentication.",
            // Mailspring app/lang/de.json, the same message in German.
            "Entschuldigung, Ihr SMTP-Server unterstützt keine grundlegende Benutzername/Passwort-Authentifizierung.",
        ],
        Category::NotImplemented,
        Outcome::Permanent,
    );
}

/// A client set to require STARTTLS where the server does not offer it, or whose STARTTLS or TLS
/// setting does not match the port, fails on TLS for good until the setting changes (LABELS.md
/// §3, §5).
#[test]
fn tls_the_client_needs_and_does_not_get_is_tls_failed() {
    assert_all_read(
        &[
            // Geary src/engine/smtp/smtp-client-connection.vala (SmtpError.NOT_SUPPORTED).
            "GearySmtpError 3: \"STARTTLS not available for smtp.example.com:587\"",
            // QwwSmtpClient: STARTTLS answered with anything but 220; Trojitá's wrapper.
            "Sending of the message failed with the following error: TLS failed",
            // FairEmail EmailService.java title_service_protocol, with the Android SSLException.
            "Please double check the protocol (SSL/TLS or STARTTLS)\nCould not connect to SMTP host: smtp.example.org, port: 587\nUnable to parse TLS packet header",
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
}

/// Credentials refused, in the clients' own words.
#[test]
fn refused_logins_are_auth_failures() {
    // Geary: every offered mechanism tried and refused; the account's server is Gmail (LABELS.md §4).
    let geary = "GearySmtpError 1: \"Unable to authenticate with smtp.gmail.com:587\"";
    assert_reads(geary, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(geary).as_deref(), Some("google"));
    assert_eq!(software_of(geary).as_deref(), Some("geary"));
    assert_all_read(
        &[
            // Delta Chat core src/stock_str.rs (CannotLogin).
            "Cannot login as \"alice@example.org\". Please check if the email address and the password are correct.",
            // Mailspring: mailcore2 ErrorNeedsConnectToWebmail for '550 5.3.4'.
            "Sorry, Mailspring was unable to deliver this message: The server said you must sign in via your webmail.",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
}

/// The server's own cause decides over the client's wrapper around it (LABELS.md, general
/// order 2): KSMTP's code-based headings, Geary's and FairEmail's frames.
#[test]
fn the_reply_inside_a_clients_wrapper_decides() {
    // KSMTP src/job.cpp: 450/550 are all "Mailbox unavailable", 452/552 all "Insufficient storage".
    assert_reads(
        "Mailbox unavailable. The server said: 4.2.0 <bob@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html",
        Category::Greylisted,
        Outcome::Temporary,
    );
    assert_reads(
        "Insufficient storage space on server. The server said: 4.5.3 Error: too many recipients",
        Category::TooManyRecipients,
        Outcome::Temporary,
    );
    // Geary src/engine/smtp/smtp-client-session.vala, a refused RCPT.
    assert_reads(
        "GearySmtpError 6: \"recipient \"rcpt to:<bob@example.net>\" denied by smtp server: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table\"",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    // FairEmail ServiceSend.java frame, with the POP-before-SMTP reply its FAQ quotes.
    assert_reads(
        "The email server said: 'Invalid Addresses'\nInvalid: bob@example.org\n550 5.7.1.You must check for new mail before sending mail ... Local senders are prohibited to send to local recipients without authentication",
        Category::AuthRequired,
        Outcome::Permanent,
    );
}

/// Mailspring's names for Yahoo's refusals name Yahoo; its "not allowed" is the account's
/// restriction (LABELS.md §5).
#[test]
fn mailsprings_send_errors() {
    let spam = "Sorry, Mailspring was unable to deliver this message: The message has been blocked by Yahoo's outbound spam filter.";
    assert_reads(spam, Category::SpamContent, Outcome::Permanent);
    assert_eq!(provider_of(spam).as_deref(), Some("yahoo"));
    let limit = "Sorry, Mailspring was unable to deliver this message: The message has been blocked by Yahoo - you have exceeded your daily sending limit.";
    assert_eq!(category_of(limit), Category::RateLimited);
    assert_eq!(provider_of(limit).as_deref(), Some("yahoo"));
    assert_reads(
        "Sorry, Mailspring was unable to deliver this message: Sending is not enabled for this account.",
        Category::SenderAccountBlocked,
        Outcome::Permanent,
    );
}

/// Delta Chat core gives up after its retry limit: permanent, though it names no cause (LABELS.md §3).
#[test]
fn delta_chat_giving_up_is_permanent() {
    assert_reads("Number of retries exceeded the limit.", Category::Unknown, Outcome::Permanent);
}

/// No row of this round's corpus file that tells a failure reads as a success.
#[test]
fn no_failure_of_round_ms3_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-ms3-s20.jsonl"));
}

// Round fr35 (session 21): send errors of mail libraries as users paste them in issue threads (gen_smtp, aiosmtplib, Symfony Mailer, Simple Java Mail, Jakarta Mail, gomail, Ruby OpenSSL, Bun, Deno).

/// A TLS handshake that fails on a lasting mismatch (implicit TLS spoken to a STARTTLS port,
/// "wrong version number", "unknown protocol", a fatal alert, a certificate the client does not
/// trust or whose name does not match) is tls_failed, permanent (LABELS.md §3), in each
/// library's own words.
#[test]
fn tls_handshake_failures_in_library_words() {
    assert_all_read(
        &[
            // https://github.com/OpenFn/lightning/issues/4602
            "08:43:16.754 [error] Failed to send email: {:retries_exceeded, {:temporary_failure, ~c\"w.x.y.z\", :tls_failed}}",
            // https://github.com/swoosh/swoosh/issues/411
            "** (MatchError) no match of right hand side value:\n  {:error, {:tls_alert, {:unexpected_message, \n  'TLS client: In state hello received UNDEFINED ALERT: Fatal - Unexpected Message\\n'}}}",
            // https://github.com/symfony/symfony/issues/60636
            "Connection could not be established with host \"ssl://smtp.mailersend.net:587\": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\n  error:0A00010B:SSL routines::wrong version number",
            // https://github.com/laravel/framework/issues/53861
            "Connection could not be established with host \\\"ssl://smtp.resend.com:587\\\": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\\nerror:0A00010B:SSL routines::wrong version number",
            // https://github.com/laravel/framework/issues/53861
            "Connection could not be established with host \\\"ssl://smtp.gmail.com:587\\\": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\\nerror:1408F10B:SSL routines:ssl3_get_record:wrong version number",
            // https://github.com/magepal/magento2-gmail-smtp-app/issues/197
            "Connection could not be established with host “ssl://email-smtp.eu-central-1.amazonaws.com:587”: stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages: error:0A00010B:SSL routines::wrong version number.",
            // https://github.com/magepal/magento2-gmail-smtp-app/issues/138
            "Warning: stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages: error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol in /home/boxesbox/staging.boxes2boxes.ca/vendor/magento/zendframework1/library/Zend/Mail/Protocol/Abstract.php on line 282",
            // https://github.com/magento/magento2/issues/40028
            "Connection could not be established with host \"ssl://localhost:587\": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages: error:140770FC:SSL routines:SSL23_GET_SERVER_HELL",
            // https://github.com/bfosberry/GameSocial/issues/175
            "(OpenSSL::SSL::SSLError) \"hostname \\\"smtp.gmail.com\\\" does not match the server certificate\"",
            // https://github.com/adamcooke/staytus/issues/38
            "[Worker(host:v-status-001-prod.prod.symcpe.net pid:8323)] Job Issue#send_notifications (id=2) FAILED (3 prior attempts) with OpenSSL::SSL::SSLError: hostname \"smtp.<hostname>.net\" does not match the server certificate",
            // https://github.com/future-architect/vuls/issues/278
            "\"Failed to report, err: Failed to send emails: x509: certificate signed by unknown authority\"",
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
}

/// Erlang/OTP ssl's alert wording (ssl_alert.erl: reason {tls_alert, ...}, "received SERVER
/// ALERT: Fatal - ...") names a failed handshake whatever mail client passes it on.
#[test]
fn erlang_ssl_alerts_read_as_tls_failures() {
    // https://github.com/swoosh/swoosh/issues/411 (Swoosh's SMTP adapter, ssl: true on port 587)
    assert_reads("** (MatchError) no match of right hand side value:\n  {:error, {:tls_alert, {:unexpected_message, \n  'TLS client: In state hello received UNDEFINED ALERT: Fatal - Unexpected Message\\n'}}}", Category::TlsFailed, Outcome::Permanent);
}

/// A connection that was refused, timed out or got no greeting is network_error, temporary
/// (LABELS.md §2 Q1, §3), also inside a framework's "check your credentials" sentence.
#[test]
fn connections_that_fail_before_any_reply() {
    assert_all_read(
        &[
            // https://github.com/sabuhish/fastapi-mail/issues/111
            "fastapi_mail.errors.ConnectionErrors: Exception raised Timed out waiting for server ready message, check your credentials or email service configuration",
            // https://github.com/mageplaza/magento-2-smtp/issues/397
            "Next Magento\\Framework\\Exception\\MailException: cannot connect to host; error = stream_socket_client(): Unable to connect to tcp://mail.dimyoficial.com:587 (Connection refused) (errno = 0 ) in /cache/vendor/mageplaza/module-smtp/Mail/Transport.php:141",
            // https://github.com/open-metadata/OpenMetadata/issues/22356
            "ERROR [2025-07-15 03:18:17,858] [dw-318 - PUT /api/v1/system/email/test] o.o.s.r.s.SystemResource - Failed in sending mail. Message: Was unable to connect to SMTP server\norg.simplejavamail.mailer.internal.MailerException: Was unable to connect to SMTP server",
            // https://github.com/oven-sh/bun/issues/3003
            "error: Failed to connect\n code: \"ECONNECTION\"\n\n      at connect (node:net:222:18)\n      at /mnt/c/Users/Administrator/Documents/Bun/q/node_modules/nodemailer/lib/smtp-connection/index.js:354:35",
            // https://github.com/denoland/deploy_feedback/issues/194
            "TimedOut: Connection timed out (os error 110)\n     at async Object.connect (deno:ext/net/01_net.js:333:17)\n     at async file:///src/mod.ts:1:14",
            // https://github.com/sharsil/mailcat/issues/7
            "Timed out connecting to alt1.gmail-smtp-in.l.google.com. on port 25",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // aiosmtplib's own text (smtp.py _create_connection) names the library under fastapi-mail,
    // and its connect-timeout text names it under mailcat.
    assert_eq!(software_of("fastapi_mail.errors.ConnectionErrors: Exception raised Timed out waiting for server ready message, check your credentials or email service configuration").as_deref(), Some("aiosmtplib"));
    assert_eq!(software_of("Timed out connecting to alt1.gmail-smtp-in.l.google.com. on port 25").as_deref(), Some("aiosmtplib"));
}

/// The server's AUTH refusal carried inside the library's wrapper is auth_failed, permanent;
/// Gmail's BadCredentials wording names Google.
#[test]
fn auth_refusals_inside_library_wrappers() {
    assert_all_read(
        &[
            // https://github.com/sabuhish/fastapi-mail/issues/113
            "fastapi_mail.errors.ConnectionErrors: Exception raised (535, '5.7.8 Username and Password not accepted. Learn more at\\n5.7.8  https://support.google.com/mail/?p=BadCredentials l33-20020a0568302b2100b005cdad9100desm5879477otv.40 - gsmtp'), check your credentials or email service configuration",
            // https://github.com/sabuhish/fastapi-mail/issues/145
            "Exception raised (535, 'Incorrect authentication data'), check your credentials or email service configuration",
            // https://github.com/codemation/easyauth/issues/29
            "fastapi_mail.errors.ConnectionErrors: Exception raised (535, '5.7.8 Username and Password not accepted.",
            // https://github.com/xhit/go-simple-mail/issues/69
            "Mail Error on Auth: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
    assert_eq!(provider_of("fastapi_mail.errors.ConnectionErrors: Exception raised (535, '5.7.8 Username and Password not accepted. Learn more at\\n5.7.8  https://support.google.com/mail/?p=BadCredentials l33-20020a0568302b2100b005cdad9100desm5879477otv.40 - gsmtp'), check your credentials or email service configuration").as_deref(), Some("google"));
}

/// Exchange's "451 5.7.3 STARTTLS is required to send mail" inside Jakarta/Spring Mail's
/// exceptions: the server demands TLS (LABELS.md §5), 4yz so temporary.
#[test]
fn servers_that_demand_starttls() {
    assert_all_read(
        &[
            // https://github.com/apache/hertzbeat/issues/2365
            "[Email Notify Error] Failed messages: org.eclipse.angus.mail.smtp.SMTPSendFailedException: 451 5.7.3 STARTTLS is required to send mail [SG2PR02CA0073.apcprd02.prod.outlook.com 2024-07-24T03:43:18.298Z 08DCAB6EB788477A]",
            // https://github.com/nedimf/maildroid/issues/29
            "com.sun.mail.smtp.SMTPSendFailedException: 451 5.7.3 STARTTLS is required to send mail",
        ],
        Category::TlsRequired,
        Outcome::Temporary,
    );
    assert_eq!(provider_of("[Email Notify Error] Failed messages: org.eclipse.angus.mail.smtp.SMTPSendFailedException: 451 5.7.3 STARTTLS is required to send mail [SG2PR02CA0073.apcprd02.prod.outlook.com 2024-07-24T03:43:18.298Z 08DCAB6EB788477A]").as_deref(), Some("microsoft"));
}

/// Other replies carried by a wrapper keep the reply's meaning: gomail around Postfix's
/// "503 5.5.2 Need rcpt command", Swift Mailer around "550 5.7.1 Relaying denied".
#[test]
fn replies_carried_by_wrappers() {
    // https://github.com/Hell0W0rld0/Github_Hunter_By_Golang/issues/4
    assert_reads("panic: gomail: could not send email 1: 503 5.5.2 Need rcpt command", Category::ProtocolSequence, Outcome::Permanent);
    // https://github.com/overtrue/laravel-mail-aliyun/issues/13
    assert_reads("[2020-07-25 08:44:50] local.ERROR: Expected response code 250 but got code \"550\", with message \"550 5.7.1 Relaying denied\n\" {\"exception\":\"[object] (Swift_TransportException(code: 550): Expected response code 250 but got code \\\"550\\\", with message \\\"550 5.7.1 Relaying denied", Category::RelayDenied, Outcome::Permanent);
}

/// The endpoint the client was set to use names the provider of a library's own error
/// (LABELS.md §4): Resend, Amazon SES.
#[test]
fn submission_hosts_name_the_provider() {
    // https://github.com/laravel/framework/issues/53861
    assert_eq!(provider_of("Connection could not be established with host \\\"ssl://smtp.resend.com:587\\\": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\\nerror:0A00010B:SSL routines::wrong version number").as_deref(), Some("resend"));
    // https://github.com/magepal/magento2-gmail-smtp-app/issues/197
    assert_eq!(provider_of("Connection could not be established with host “ssl://email-smtp.eu-central-1.amazonaws.com:587”: stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages: error:0A00010B:SSL routines::wrong version number.").as_deref(), Some("amazon_ses"));
}

/// Simple Java Mail's generic wrappers with the cause left out name nothing (LABELS.md §3).
#[test]
fn wrappers_without_a_cause_stay_unknown() {
    assert_all_read(
        &[
            // https://github.com/bbottema/simple-java-mail/issues/276
            "\"msg\": \"Failed to send email [<1158311587.1.1663815840084@pal>], reason: **Third party error**\",",
            // https://github.com/bbottema/simple-java-mail/issues/483
            "org.simplejavamail.mailer.internal.MailerException: Failed to send email [ID: '<2027227708.1.1702386582319@[192.168.16.2]>'], reason: Unknown error",
        ],
        Category::Unknown,
        Outcome::Unknown,
    );
}

#[test]
fn no_fr35_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr35-s21.jsonl"));
}
