//! What mail apps show when sending fails (round cl2, session 18; and round fr14, session 19: apps that send mail, CRMs, NAS boxes): the app's wrapper names the
//! stage, the server's reply inside it (when there is one) decides the category, and an app's own
//! words with no reply decide it alone (tests/corpus/LABELS.md §2–§5). Each text is quoted from
//! the source named beside it; the expected values are read from that source and LABELS.md,
//! never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Mutt's wrapper around a failed $sendmail program names mutt; msmtp's EX_IOERR (74, "I/O
/// error.") is an input/output error on the connection (msmtp src/msmtp.c exitcode_net/tls/smtp),
/// a network failure, temporary by LABELS.md §3. An exec failure names no cause.
#[test]
fn mutts_sendmail_exit_statuses() {
    // LukeSmithxyz/mutt-wizard#506.
    let io = "msmtp: could not send mail (account ...)\n\nError sending message, child exited 74 (I/O error.)";
    assert_reads(io, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(io).as_deref(), Some("mutt"));
    // LukeSmithxyz/mutt-wizard#139: the sendmail program could not be run at all.
    let exec = "Error sending message, child exited 127 (Exec error.).\nCould not send the message.";
    assert_eq!(category_of(exec), Category::Unknown);
    assert_eq!(software_of(exec).as_deref(), Some("mutt"));
    assert_ne!(explain(exec).outcome, Outcome::Success);
}

/// KMail's SMTP library KSMTP: a lost socket (src/job.cpp Job::connectionLost()) and a message
/// that needs SMTPUTF8 from a server that does not offer it (src/sendjob.cpp doStart()).
#[test]
fn ksmtps_own_failures() {
    assert_reads("Connection to server lost.", Category::NetworkError, Outcome::Temporary);
    let utf8 = "The message needs and server does not support UTF-8 email addresses";
    assert_reads(utf8, Category::NotImplemented, Outcome::Permanent);
    assert_eq!(software_of(utf8).as_deref(), Some("kmail"));
}

/// The reply inside decides: a host that allows only its own domains in the From header names
/// the sender's domain (LABELS.md §1 Q5); a server that wants a login first wants authentication.
#[test]
fn the_embedded_reply_decides() {
    // the-djmaze/snappymail#478: the server's two-line 550 as it was sent (SnappyMail's log shows
    // the line break inside the quotes).
    assert_reads(
        "550-\"Your IP: 198.54.120.203 : Your domain party1033.com is not allowed in\n550 header From\"",
        Category::SenderRejected,
        Outcome::Permanent,
    );
    // support.toast.net KB a120: Outlook Express / Windows Mail quoting the server's reply to MAIL FROM.
    assert_reads(
        "The message could not be sent because the server rejected the sender's e-mail address.. ..'503 Authentication is required",
        Category::AuthRequired,
        Outcome::Permanent,
    );
}

/// iOS Mail's login alert names the outgoing server it was set to use (LABELS.md §4): Zoho.
#[test]
fn ios_mail_names_the_users_own_provider() {
    // help.zoho.com community topic "If you cannot send email from your iPhone, try this easy fix".
    let text = "The user name or password for \"SMTP:[my username here]@ zoho.com@smtp.zoho.com\" is incorrect.";
    assert_eq!(category_of(text), Category::AuthFailed);
    assert_eq!(provider_of(text).as_deref(), Some("zoho"));
    assert_eq!(software_of(text).as_deref(), Some("ios_mail"));
}

/// Wrappers with no reply and no cause stay unknown, and name their program; none of these
/// failures reads as a success.
#[test]
fn bare_wrappers_name_the_app_and_never_read_as_success() {
    // the-djmaze/snappymail#478: SnappyMail's notification 302 CantSendMessage.
    let snappy = "[2022-08-05 00:18:14.879][f24ab670] SERVICE[WARNING]: CantSendMessage[302]";
    assert_eq!(category_of(snappy), Category::Unknown);
    assert_eq!(software_of(snappy).as_deref(), Some("snappymail"));
    for text in [
        snappy,
        "msmtp: could not send mail (account ...)\n\nError sending message, child exited 74 (I/O error.)",
        "Connection to server lost.",
        "The message needs and server does not support UTF-8 email addresses",
        // emersion/hydroxide#313: the bridge's go-smtp reply as Thunderbird showed it.
        "Please authenticate first",
        // root-io/vmail#79: Thunderbird's DATA-stage wrapper around Postfix's 4.3.5.
        "An Outgoing server (SMTP) error occurred while sending mail. \n    The server responded:  4.3.5 <DATA>: Data command rejected: Server configuration problem.",
    ] {
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
}

/// An app whose OAuth grant for its SMTP account has run out cannot sign in until the owner
/// authorizes it again: a refused sign-in, lasting until fixed.
#[test]
fn an_expired_oauth_grant_is_a_failed_sign_in() {
    assert_all_read(
        &[
            // QNAP Notification Center, https://www.qnap.com/hu-hu/how-to/faq/con_show.php?cid=1428
            "Authorization has expired. Reauthorize the account.",
            // The same warning in the Chinese FAQ (qnap.com.cn, "如何处理通知中心中的警告…").
            "授权已过期。请为帐户重新授权。",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
}

/// A connection that never got a reply is a network error, failed for now (LABELS.md §3).
#[test]
fn connection_checks_that_reach_nothing_are_network_errors() {
    assert_all_read(
        &[
            // FreeScout help desk, saving a mailbox's outgoing settings (freescout issue #828).
            "is not available on port. Make sure that address is correct and that outgoing port on YOUR server is open",
            // Roundcube cs_CZ messages.inc, smtpconnerror.
            "Chyba SMTP ($code): Připojení k serveru selhalo.",
            // Thunderbird sv-SE composeMsgs.properties, smtpSendTimeout.
            "Meddelandet kunde inte skickas eftersom anslutningen till utgående server (SMTP) %S gjorde timeout. Försök igen.",
            // Thunderbird cs composeMsgs.properties, smtpSendInterrupted.
            "Zprávu se nepodařilo odeslat, protože spojení se SMTP serverem %S bylo ztraceno uprostřed transakce. Zkuste to znovu, nebo kontaktujte správce sítě.",
            // YetiForce CRM's Roundcube-based mail module (YetiForceCRM issue #13889).
            "SMTP Error(-1): Connection to server failed",
            // Mautic via SwiftMailer (mautic issue #4972): no reply where a 250 was expected.
            "[2021-03-13 13:48:17] mautic.ERROR: [MAIL ERROR] Expected response code 250 but got an empty response Log data: >> MAIL FROM:  >> RCPT TO:  >> DATA  !! Expected response code 250 but got an empty response (code: 0)",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// A client's own word that the server took the message is a success, in any language.
#[test]
fn a_clients_sent_successfully_is_a_success() {
    assert_all_read(
        &[
            // Thunderbird en-GB composeMsgs.properties, smtpMailSent.
            "Mail sent successfully",
            // Thunderbird cs composeMsgs.properties, smtpMailSent.
            "E-mail úspěšně odeslán.",
            // QNAP Notification Center in Japanese after a test mail (ketukara.com/server/nas/1093/).
            "テスト電子メールが送信されました。",
        ],
        Category::Delivered,
        Outcome::Success,
    );
}

/// Refused sign-ins, whatever program shows them.
#[test]
fn refused_sign_ins_are_auth_failed() {
    assert_all_read(
        &[
            // Roundcube cs_CZ messages.inc, smtpautherror.
            "Chyba SMTP ($code): Chyba přihlášení.",
            // GLPI 11 test notification through Symfony Mailer (glpi issue #21728).
            "Failed to authenticate on SMTP server with username \"ict.support@cosoete.be\" using the following authenticators: \"LOGIN\", \"PLAIN\". Authenticator \"LOGIN\" returned \"Expected response code \"235\" but got code \"535\", with message \"535 5.7.0 Invalid login or password\".\". Authenticator \"PLAIN\" returned \"Expected response code \"235\" but got code \"535\", with message \"535 5.7.0 Invalid login or password\".\".",
            // Thunderbird sv-SE, smtpAuthMechNotSupported (the sign-in method refused).
            "Den utgående servern (SMTP) %S stöder inte den valda autentiseringsmetoden. Vänligen ändra 'Autentiseringsmetod' i 'Kontoinställningar | Server för utgående e-post'.",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // Dolibarr's SMTPS library to OVH's submission host (dolibarr issue #25837): the server the
    // program was set to use names the provider (LABELS.md §4).
    let dolibarr = "CMailFile::sendfile: mail end error with smtps lib to HOST=ssl://ssl0.ovh.net, PORT=465 - Error [120]: Ran into problems sending Mail.\nResponse: 535 5.7.1 Authentication failed\nError [130]: Invalid Authentication Credentials.";
    assert_reads(dolibarr, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(dolibarr).as_deref(), Some("ovh"));
}

/// Gmail's refusals in a Synology MailServer bounce (blog.quantoyo.com/?p=3277): its documented
/// 5.7.26 (unauthenticated sender) and 5.7.25 (no PTR record).
#[test]
fn gmail_refusals_relayed_by_a_nas_keep_their_causes() {
    let unauthenticated = "<XXXXXXX@gmail.com>: host gmail-smtp-in.l.google.com[74.125.204.26] said:\n550-5.7.26 Your email has been blocked because the sender is\nunauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with\neither SPF or DKIM. 550-5.7.26 550-5.7.26 Authentication results:\n550-5.7.26 DKIM = did not pass 550-5.7.26 SPF [quantoyo.com] with ip:\n[106.104.168.235] = did not pass 550-5.7.26 550-5.7.26 For instructions\non setting up authentication, go to 550 5.7.26\nhttps://support.google.com/mail/answer/81126#authentication\n41be03b00d2f7-b47640a4e1esi3960484a12.545 - gsmtp (in reply to end of DATA\ncommand)";
    assert_reads(unauthenticated, Category::SenderAuthentication, Outcome::Permanent);
    assert_eq!(provider_of(unauthenticated).as_deref(), Some("google"));
    let no_ptr = "<XXXXXXX@gmail.com>: host gmail-smtp-in.l.google.com[64.233.188.27] said:\n550-5.7.25 [106.104.168.235] The IP address sending this message does not\nhave a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry\ndoes not 550-5.7.25 match the sending IP. As a policy, Gmail does not\naccept messages 550-5.7.25 from IPs with missing PTR records.";
    assert_reads(no_ptr, Category::ReverseDns, Outcome::Permanent);
    assert_eq!(provider_of(no_ptr).as_deref(), Some("google"));
}

/// Other causes the apps pass on, each as its source tells it.
#[test]
fn the_apps_pass_on_the_servers_causes() {
    // EspoCRM through Symfony Mailer (espocrm issue #3785): a message with no body.
    let no_body = "[2026-09-09 13:01:09] ERROR: (550) Email sending error: Expected response code \"250\" but got code \"550\", with message \"550 5.6.0 Email must contain either an HTML or text body\".";
    assert_reads(no_body, Category::MessageFormat, Outcome::Permanent);
    assert_eq!(software_of(no_body).as_deref(), Some("symfony_mailer"));
    // OPNsense's Monit alerts (opnsense/core issue #8839): Postfix's sender-domain refusal.
    let sender = "Sender address rejected: Domain not found";
    assert_eq!(category_of(sender), Category::SenderRejected);
    assert_eq!(software_of(sender).as_deref(), Some("postfix"));
    // POP-before-SMTP relay refusals a hosting FAQ lists (ics.ne.jp iCLUSTA FAQ).
    assert_eq!(category_of("Relaying denied"), Category::RelayDenied);
    // Server replies a bulk mailer's help page lists (gammadyne.com/authentication_failed.htm).
    assert_reads("538 Encryption required for requested authentication mechanism.", Category::TlsRequired, Outcome::Permanent);
    assert_reads("525 5.7.13 Account disabled", Category::SenderAccountBlocked, Outcome::Permanent);
    // Roundcube cs_CZ smtpsizeerror and Thunderbird cs smtpTooManyRecipients.
    assert_eq!(category_of("Chyba SMTP: Zpráva překročila limit serveru ($limit)"), Category::MessageTooLarge);
    assert_eq!(
        category_of("Zpráva nebyla odeslána, protože překročila povolený počet příjemců. Server odpověděl: %s."),
        Category::TooManyRecipients
    );
    // A certificate that names another host than the one set (fluent-smtp issue #113): a lasting
    // mismatch, from GoDaddy's relay that answered (LABELS.md §3, §4).
    let cert = "SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): Peer certificate CN=`*.prod.sin2.secureserver.net' did not match expected CN=`localhost'";
    assert_reads(cert, Category::TlsFailed, Outcome::Permanent);
    assert_eq!(provider_of(cert).as_deref(), Some("godaddy"));
}

/// App messages that name no cause stay unknown, and a plugin conflict names its plugin.
#[test]
fn messages_without_a_cause_stay_unknown() {
    for text in [
        // GLPI (glpi issue #15148), PrestaShop (issue #16728), a PBX manual (Matrix PRASAR UCS).
        "Failed to send test email to administrator",
        "Cannot send test email for layout layout_name",
        "Sending Test Mail Failed",
    ] {
        assert_eq!(category_of(text), Category::Unknown, "{text}");
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
    // FluentSMTP app/Functions/pluggable.php: "Oops! PHPMailer is modified by $class."
    let conflict = "Oops! PHPMailer is modified by WPMailSMTP\\MailCatcherV6.";
    assert_eq!(category_of(conflict), Category::Unknown);
    assert_eq!(software_of(conflict).as_deref(), Some("fluent_smtp"));
}

/// No row of the round whose source tells a failure reads as a success.
#[test]
fn no_failure_of_the_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr14-s19.jsonl"));
}
