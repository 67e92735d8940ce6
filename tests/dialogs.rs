//! Mail programs' dialogs (Outlook, Apple Mail and iOS Mail, Windows Mail ...): the reply embedded
//! in a dialog decides the category; the dialog's own words tell the stage and which program showed
//! it, and give the category only when no reply is inside. Round fr33 (session 20) adds the apps'
//! own send errors with no reply in them (Mailbird, iOS/macOS Mail, Outlook for Mac, Windows Mail,
//! BlueMail, Gmail's and Yahoo's apps), each quoted from the page named beside it.

use smtp_explain::{explain, Category, Explanation, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

fn software(e: &Explanation) -> Option<String> {
    e.software.as_ref().map(|s| s.id.to_string())
}

#[test]
fn an_error_code_run_into_chinese_words_is_read() {
    // Chinese puts no space between an error code and the words around it.
    let e = explain("OUTLOOK客户端里面收发就一直提示0X800CCC0E错误。");
    assert_eq!(e.category.id, Category::NetworkError);
    assert_eq!(software(&e).as_deref(), Some("outlook"));
    // Japanese and Korean the same.
    assert_eq!(explain("送受信エラー0x800CCC0Eが発生しました").category.id, Category::NetworkError);
    assert_eq!(explain("오류 코드0x800CCC0E가 표시됩니다").category.id, Category::NetworkError);
    // Two ASCII words that run on are still one word: 'eauth' is not inside 'reauthenticate'.
    assert_ne!(software(&explain("Please reauthenticate")).as_deref(), Some("nodemailer"));
}

#[test]
fn ios_mail_alerts_name_the_program_in_each_language() {
    // Apple's help page on iCloud Mail's sending limits quotes the iPhone's alert in each language.
    for text in [
        "A copy has been placed in your Outbox. Sending the message failed because you exceeded your sending limit.",
        "Eine Kopie wurde in dein Ausgangsfach gelegt. Das Senden der E-Mail ist fehlgeschlagen, da dein Versandkontingent überschritten wurde.",
        "En kopia har sparats i din utkorg. Brevet kunde inte skickas eftersom du överskred gränsen på hur mycket du kan skicka.",
        "Kopija se nalazi u sandučiću Odlazno. Slanje poruke nije uspjelo jer ste prekoračili ograničenje slanja.",
        "コピーを送信ボックスに入れました。送信可能な上限を超えたため、メッセージの送信に失敗しました",
        "已將備份放置在「寄件箱」中。傳送郵件失敗,因為超出傳送上限。",
    ] {
        let e = explain(text);
        assert_eq!(software(&e).as_deref(), Some("ios_mail"), "{text}");
        assert_eq!(e.category.id, Category::RateLimited, "{text}");
    }
    // The Mac's alert names Apple Mail.
    for text in ["Det går inte att skicka meddelandet via iCloud-servern.", "無法透過伺服器「iCloud」傳送郵件。"] {
        assert_eq!(software(&explain(text)).as_deref(), Some("apple_mail"), "{text}");
    }
}

#[test]
fn ios_mail_alerts_give_the_cause_and_the_stage() {
    let e = explain("Cannot Send Mail\nA copy has been placed in your Outbox. The recipient “bob@example.com” was rejected by the server because the user is unknown.");
    assert_eq!(e.category.id, Category::MailboxUnknown);
    assert_eq!(software(&e).as_deref(), Some("ios_mail"));
    assert_eq!(e.stage, Some(smtp_explain::Stage::RcptTo));
    let e = explain("Cannot Send Mail\nThe message was rejected by the server because it is too large.");
    assert_eq!(e.category.id, Category::MessageTooLarge);
    let e = explain("Cannot Get Mail\nThe user name or password for “imap.example.com” is incorrect.");
    assert_eq!(e.category.id, Category::AuthFailed);
    assert_eq!(software(&e).as_deref(), Some("ios_mail"));
    // The German alert (as German pages quote it) names iOS Mail and a connection failure.
    let e = explain("E-Mail kann nicht gesendet werden. Die Verbindung zum Postausgangsserver „smtp.example.de“ ist fehlgeschlagen.");
    assert_eq!(e.category.id, Category::NetworkError);
    assert_eq!(software(&e).as_deref(), Some("ios_mail"));
}

#[test]
fn outlook_dialogs_tell_the_stage_and_the_reply_inside_decides() {
    // 0x8004210B names a time-out; the server's reply inside names the real cause.
    let alone = explain("Task 'Hotmail - Sending' reported error (0x8004210B) : 'The operation timed out waiting for a response from the sending (SMTP) server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP).'");
    assert_eq!(alone.category.id, Category::NetworkError);
    assert_eq!(software(&alone).as_deref(), Some("outlook"));
    let inside = explain("Task 'ServerName- Sending' reported error (0x8004210B): 'The operation timed out waiting for a response from the sending (SMTP) server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP). The server responded: 550 5.7.60 SMTP; Client does not have permissions to send as this sender'");
    assert_eq!(inside.category.id, Category::SenderRejected);
    assert_eq!(software(&inside).as_deref(), Some("outlook"));
    // 0x800CCC1A: the encryption the account asks for is not offered.
    let e = explain("Your server does not support the connection encryption type you have specified. Try changing the encryption method. Contact your mail server administrator or Internet service provider (ISP). Error Number: 0x800CCC1A");
    assert_eq!(e.category.id, Category::TlsFailed);
    // The account line of the dialog names Outlook even when the code is one of the server's.
    let e = explain("Server Error: 550 5.7.1 Relaying denied. Protocol: SMTP, Port: 25, Secure(SSL): No");
    assert_eq!(e.category.id, Category::RelayDenied);
    assert_eq!(software(&e).as_deref(), Some("outlook"));
}

#[test]
fn mailcore_apps_and_windows_socket_codes() {
    // Airmail and other MailCore 2 apps print the library's text after their own words.
    let e = explain("Cannot send mail error contact Unable to authenticate with the current session's credentials.");
    assert_eq!(e.category.id, Category::AuthFailed);
    assert_eq!(software(&e).as_deref(), Some("mailcore"));
    let e = explain("Error Domain=MCOErrorDomain Code=1 \"A stable connection to the server could not be established.\"");
    assert_eq!(e.category.id, Category::NetworkError);
    // A Windows socket HRESULT reads the same in any language of the dialog.
    for text in ["Fehlercode: 0x80072746", "エラー コード: 0x8007274C", "Code d'erreur : 0x80072AF9"] {
        assert_eq!(explain(text).category.id, Category::NetworkError, "{text}");
    }
}

#[test]
fn proton_mail_bridge_replies_and_mailcore_outlook_refusals() {
    // Proton Mail Bridge answers as the local SMTP server; its own texts name the cause.
    let e = explain("smtplib.SMTPDataError: (554, b'5.0.0 Error: The account is not available in Bridge. Verify the outgoing server settings in your mail client and try again')");
    assert_eq!(e.category.id, Category::AuthFailed);
    assert_eq!(software(&e).as_deref(), Some("python_smtplib"));
    let e = explain("554 5.0.0 Error: transaction failed: You cannot send from this address: a@example.com. Check your email client and Bridge settings");
    assert_eq!(e.category.id, Category::SenderRejected);
    // MailCore 2 reads Outlook.com's 550 5.3.4 as "sign in on the web first".
    let e = explain("\"The current HotMail account cannot connect to WebMail.\" error in outlook SMTP Operation");
    assert_eq!(e.category.id, Category::SenderAccountBlocked);
    assert_eq!(software(&e).as_deref(), Some("mailcore"));
}

#[test]
fn a_sender_refusal_a_program_reports_does_not_blame_the_recipients_server() {
    // A mail program or library reports the reply of the server it sent through, most often the
    // sender's own outgoing server: the card must not say the recipient's server refused.
    for text in [
        "SMTP Error: The following From address failed: info@example.com : MAIL FROM command failed,Sender address rejected: not owned by user info@example.com,553,5.7.1",
        "Eine Kopie wurde in dein Ausgangsfach gelegt. Die Absenderadresse war ungültig.",
        "smtplib.SMTPSenderRefused: (553, b'5.7.1 <noreply@example.com>: Sender address rejected: not owned by user app@example.com', 'noreply@example.com')",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::SenderRejected, "{text}");
        assert!(!e.title.contains("recipient") && !e.summary.contains("recipient"), "{text}: {} / {}", e.title, e.summary);
        assert!(e.user_actions.iter().all(|a| !a.contains("Ask the recipient")), "{text}: {:?}", e.user_actions);
        assert!(e.user_actions.iter().any(|a| a.contains("account it signs in with")), "{text}: {:?}", e.user_actions);
    }
    // The refusal in a bounce is the recipient's server's.
    let e = explain("550 5.7.1 <info@example.com>: Sender address rejected: Access denied");
    assert_eq!(e.category.id, Category::SenderRejected);
    assert!(e.title.contains("recipient's server"), "{}", e.title);
}

#[test]
fn a_size_or_rule_refusal_a_program_reports_names_the_server_it_sent_through() {
    for (text, category) in [
        ("SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: 5.3.4 Message size exceeds fixed limit SMTP code: 552", Category::MessageTooLarge),
        ("smtplib.SMTPDataError: (554, b'5.7.1 Message rejected by local policy')", Category::PolicyRejected),
        (
            "SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: This message has been rejected because it has a potentially executable attachment \"invoice.exe\" SMTP code: 550",
            Category::AttachmentBlocked,
        ),
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, category, "{text}");
        assert!(!e.title.contains("recipient") && !e.summary.contains("recipient"), "{text}: {} / {}", e.title, e.summary);
        assert!(e.summary.contains("sent through"), "{text}: {}", e.summary);
    }
    // In a bounce the refusal is the recipient's server's.
    let e = explain("552 5.3.4 Message size exceeds fixed maximum message size");
    assert_eq!(e.category.id, Category::MessageTooLarge);
    assert!(e.title.contains("recipient's server"), "{}", e.title);
}

#[test]
fn mailspring_logs_name_libetpans_smtp_error() {
    // libetpan's enum (mailsmtp_types.h): 17 AUTH_LOGIN, 25 CONNECTION_REFUSED, 27 SSL, 2 SERVICE_NOT_AVAILABLE;
    // Mailspring prints the number in older builds and the name in newer ones.
    for (text, category) in [
        ("----------SMTP----------\n\nmailsmtp Last Error Code: 27\n\nmailsmtp Last Error Location: 5", Category::TlsFailed),
        ("mailsmtp Last Error Code: 17\n\nmailsmtp Last Error Location: 10", Category::AuthFailed),
        ("mailsmtp Last Error Code: 25", Category::NetworkError),
        ("mailsmtp Last Error Code: 2", Category::ServerUnavailable),
        ("mailsmtp Last Error Code: MAILSMTP_ERROR_AUTH_LOGIN", Category::AuthFailed),
        ("mailsmtp Last Error Code: MAILSMTP_ERROR_STARTTLS_NOT_SUPPORTED", Category::TlsFailed),
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, category, "{text}");
        assert_eq!(software(&e).as_deref(), Some("mailspring"), "{text}");
    }
    // A code is read whole: 1 (UNEXPECTED_CODE) says nothing of a sign-in, though 17 does.
    assert_ne!(explain("mailsmtp Last Error Code: 1").category.id, Category::AuthFailed);
}

#[test]
fn outlook_sign_in_method_and_account_setup_dialogs() {
    // Microsoft Learn: 0x800CCC80 "None of the authentication methods supported by this client are supported by your
    // server" (no sign-in method in common), in English and as German Outlook words it.
    for text in [
        "Task 'me@example.com - Sending' reported error (0x800CCC80) : 'None of the authentication methods supported by this client are supported by your server.'",
        "Vom Server wird keine der von diesem Client unterstützten Authentifizierungsmethoden unterstützt.",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::NotImplemented, "{text}");
        assert_eq!(software(&e).as_deref(), Some("outlook"), "{text}");
    }
    // The account-setup dialog that cannot reach a server.
    let e = explain("Something went wrong. We couldn't connect to the outgoing (SMTP) server. Please check the outgoing (SMTP) server settings and try again.");
    assert_eq!(e.category.id, Category::NetworkError);
    assert_eq!(software(&e).as_deref(), Some("outlook"));
}

#[test]
fn android_mail_apps_tls_lookup_and_oauth_errors() {
    // Android's certificate path check, Conscrypt's handshake errors with BoringSSL's reason, libcore's lookup error.
    for text in [
        "javax.net.ssl.SSLHandshakeException: java.security.cert.CertPathValidatorException: Trust anchor for certification path not found.",
        "javax.net.ssl.SSLHandshakeException: Handshake failed: error:100000f7:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER",
        "java.security.cert.CertificateException: Chain validation failed",
    ] {
        assert_eq!(explain(text).category.id, Category::TlsFailed, "{text}");
    }
    let e = explain("java.net.UnknownHostException: Unable to resolve host \"imap.example.com\": No address associated with hostname");
    assert_eq!(e.category.id, Category::NetworkError);
    // JavaMail's own messages: the server name does not match its certificate; the XOAUTH2 token was refused.
    let e = explain("javax.mail.MessagingException: Can't verify identity of server: mail.example.com");
    assert_eq!(e.category.id, Category::TlsFailed);
    assert_eq!(software(&e).as_deref(), Some("javamail"));
    let e = explain("javax.mail.AuthenticationFailedException: OAUTH2 asked for more");
    assert_eq!(e.category.id, Category::AuthFailed);
    // Exim's refusal of a HELO argument that is no host name.
    assert_eq!(explain("501 Syntactically invalid HELO argument(s)").category.id, Category::ProtocolSyntax);
}

#[test]
fn windows_socket_and_winhttp_errors_in_an_hresult() {
    // HRESULT_FROM_WIN32 of a Windows Sockets or WinHTTP error: 0x8007 and the error number in hex
    // (10054 WSAECONNRESET, 12029 ERROR_WINHTTP_CANNOT_CONNECT, 12175 ERROR_WINHTTP_SECURE_FAILURE).
    for text in ["Something went wrong. We couldn't sync your account. Error code: 0x80072746", "Error code: 0x80072EFD"] {
        assert_eq!(explain(text).category.id, Category::NetworkError, "{text}");
    }
    assert_eq!(explain("There was a problem connecting to the server. Error code: 0x80072F8F").category.id, Category::TlsFailed);
}

#[test]
fn a_spam_refusal_reported_by_a_mail_program_gets_steps_about_the_sending_server() {
    // A library reporting the reply of the server it sent through (nodemailer's "Message failed:",
    // Python's SMTPDataError): the filter that refused the message is on the sender's own side, so
    // the steps speak of the message and the mail provider, not of the recipient's contacts.
    for text in [
        "Error: Message failed: 554 5.7.1 Message rejected as spam",
        "smtplib.SMTPDataError: (550, b'5.7.1 Message rejected as spam by Content Filtering.')",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::SpamContent, "{text}");
        assert!(e.summary.contains("sent through"), "{text}: {}", e.summary);
        let steps = e.user_actions.join(" ");
        assert!(!steps.contains("contacts"), "{text}: {steps}");
        assert!(steps.contains("test message"), "{text}: {steps}");
        assert!(steps.contains("mail admin or email provider"), "{text}: {steps}");
    }
    // The same steps in another language.
    let de = smtp_explain::explain_with(
        "Error: Message failed: 554 5.7.1 Message rejected as spam",
        &smtp_explain::Options { lang: Some("de".into()), ..Default::default() },
    );
    assert!(de.user_actions.join(" ").contains("Testnachricht"), "{:?}", de.user_actions);
    // A bounce of the recipient's filter keeps the steps about the recipient.
    let bounce = explain("550 5.7.1 Message rejected as spam");
    assert!(bounce.user_actions.join(" ").contains("contacts"), "{:?}", bounce.user_actions);
}

#[test]
fn sendgrid_login_refusal_names_the_apikey_user_name() {
    // SendGrid's SMTP relay takes the literal user name "apikey" and an API key as password
    // (https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api);
    // its banner names it here (transcript from https://github.com/sendgrid/docs/issues/2491).
    let e = explain(
        "Connecting to smtp.sendgrid.net:587\n220 SG ESMTP service ready at ismtpd0003p1lon1.sendgrid.net\n535 Authentication failed: Bad username / password",
    );
    assert_eq!(e.category.id, Category::AuthFailed);
    assert_eq!(e.provider.as_ref().map(|p| p.id.to_string()).as_deref(), Some("sendgrid"));
    assert!(e.user_actions.iter().any(|s| s.contains("apikey")), "{:?}", e.user_actions);
    let admin = smtp_explain::explain_with(
        "220 SG ESMTP service ready at ismtpd0003p1lon1.sendgrid.net\n535 Authentication failed: The provided authorization grant is invalid, expired, or revoked",
        &smtp_explain::Options { audience: Some(smtp_explain::Audience::Admin), ..Default::default() },
    );
    assert!(admin.admin_actions.iter().any(|s| s.contains("Mail Send")), "{:?}", admin.admin_actions);
}

// Round fr33 (session 20): mail apps' own send errors (Mailbird, iOS/macOS Mail, Outlook for Mac, Windows Mail, BlueMail, Gmail's and Yahoo's apps).

/// Connection failures in the apps' own words carry no reply: failed for now (LABELS.md §2 Q1, §3).
#[test]
fn the_apps_own_connection_failures_are_network_errors_for_now() {
    assert_all_read(
        &[
            // iPhone Mail, https://pixelation.org/iphone-emails-not-sending-why-your-outbox-is-stuck-and-how-to-actually-fix-it-37o
            "The connection to the server failed",
            // Outlook for Mac error 3253, https://www.bitvare.com/blog/mac-outlook-error-3253-server-connection-failed
            "Connection to the Outlook Server had either failed or dropped.",
            // Windows Mail 0x80072746, https://www.vividrepairs.co.uk/windows-mail-error-0x80072746-fix
            "An existing connection was forcibly closed by the remote host",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// An outgoing server that refuses the sending address itself, or names a public list
/// (LABELS.md §1 Q2, Q4), as Mailbird's help lists them:
/// https://support.getmailbird.com/hc/en-us/articles/39690426358679-SMTP-server-rejected-the-connection-because-your-IP-is-blacklisted
#[test]
fn an_outgoing_server_refusing_the_senders_ip_is_a_block_not_a_network_error() {
    let refused = "connection refused from <IP>";
    assert_eq!(category_of(refused), Category::SenderIpBlocked);
    let listed = "blacklisted in Abusix Mail Intelligence";
    assert_eq!(category_of(listed), Category::SenderBlocklisted);
    for text in [refused, listed] {
        assert_ne!(smtp_explain::explain(text).outcome, Outcome::Success, "{text}");
    }
    // A plain refused connection with no "from <address>" stays a network failure.
    assert_eq!(category_of("connect to smtp.example.com:587: Connection refused"), Category::NetworkError);
}

/// Limits and restrictions the app or the sending service puts on the sender's own account and
/// messages (LABELS.md §5), from https://super-mail.app/docs/reference/troubleshooting/ and the
/// Gmail triage table of https://thetoolstrunk.com/?p=15593.
#[test]
fn the_senders_own_limits_name_their_cause() {
    assert_reads("Send failed: attachment too large", Category::MessageTooLarge, Outcome::Permanent);
    assert_reads("You have reached a limit", Category::RateLimited, Outcome::Temporary);
    assert_eq!(category_of("Send failed: sending paused"), Category::SenderAccountBlocked);
    assert_eq!(category_of("Sync paused: credentials expired"), Category::AuthFailed);
}

/// BlueMail's explanations beside the provider's code (https://help2.bluemail.me/help/smtp-error-codes/):
/// a busy receiving server is the cause, not the timeout it led to (LABELS.md §2 Q4).
#[test]
fn bluemails_code_explanations_read_by_their_cause() {
    assert_reads(
        "447 – Your message timed out because the receiving server was busy. Try resending your message after some time.",
        Category::ServerUnavailable,
        Outcome::Temporary,
    );
    assert_reads("452 – Command aborted due to insufficient system storage on the server.", Category::ServerStorage, Outcome::Temporary);
}

/// Yahoo Mail's German notice says only "temporarily cannot be sent": no cause, but for now.
/// http://www.mailhilfe.de/beitrag-fehlermeldung-e-mails-knnen-vorbergehend-nicht-gesendet-werden-beheben-3769-html
#[test]
fn a_temporary_notice_without_a_cause_is_temporary() {
    assert_eq!(smtp_explain::explain("E-Mails können vorübergehend nicht gesendet werden").outcome, Outcome::Temporary);
}

/// No row of the round whose source tells a failure reads as a success.
#[test]
fn no_fr33_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr33-s20.jsonl"));
}
