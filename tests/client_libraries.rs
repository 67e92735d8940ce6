//! Mail programs' and libraries' messages read by their sources (s15): PEAR Net_SMTP and
//! Roundcube's log wrapper, Horde_Smtp's debug log, MailSo (SnappyMail, RainLoop), ports after
//! an empty host, Postfix bounces pasted without their indentation, success codes beside an
//! error, and the sign-in, connection and certificate words of Thunderbird for Android and
//! SnappyMail in their other languages.

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
