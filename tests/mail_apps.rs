//! What mail apps show when sending fails (round cl2, session 18; round fr14, session 19: apps that
//! send mail, CRMs, NAS boxes; round fr25, session 20: self-hosted apps and mail libraries; round
//! fr28, session 20: mail clients' dialogs, from their sources and issue threads; round fr32,
//! session 20: monitoring, forum, ticketing and shop software): the app's wrapper names the stage,
//! the server's reply inside it (when there is one) decides the category, and an app's own words
//! with no reply decide it alone (tests/corpus/LABELS.md §2–§5). Each text is quoted from the
//! source named beside it; the expected values are read from that source and LABELS.md, never from
//! the tool's output.

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

/// A login the server refused, in the words of the library or app that tried it.
#[test]
fn refused_logins_read_as_auth_failures() {
    assert_all_read(
        &[
            // https://github.com/go-gitea/gitea/issues/24899 (Gitea, gomail; Postfix SASL's 535 5.7.8).
            "Failed to send a testing email to \"<redacted>\": gomail: could not send email 1: failed to authenticate SMTP: 535 5.7.8 Error: authentication failed: authentication failure",
            // https://github.com/jstedfast/MailKit/issues/1360 (Exchange's 5.7.3 through MailKit).
            "MailKit.Net.Smtp.SmtpCommandException: 5.7.3 Authentication unsuccessful",
            // https://github.com/postalserver/postal/issues/414 (curl's CURLE_LOGIN_DENIED).
            "curl: (67) Login denied",
            // https://github.com/datawookie/emayili/issues/45 (R emayili over libcurl).
            "Error in curl_fetch_memory(url, handle = h) : Login denied",
            // https://github.com/MailCore/mailcore2/issues/646 (MailCore2, MCOErrorAuthentication).
            "Error Domain=MCOErrorDomain Code=5 \"Unable to authenticate with the current session's credentials.\"",
            // https://github.com/yegor256/netbout/issues/245 (JavaMail refuses the login in protocolConnect).
            "Caused by: javax.mail.AuthenticationFailedException: failed to connect",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // https://github.com/mailgun/documentation/issues/132: Mailgun's own words name Mailgun.
    let mailgun = "535 5.7.0 Mailgun is not loving your login or password";
    assert_reads(mailgun, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(mailgun).as_deref(), Some("mailgun"));
    // https://github.com/triplea-game/triplea/issues/12505: Exchange Online's server id names Microsoft.
    let outlook = "Unable to send email, check SMTP server credentials: jakarta.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful [YQZPR01CA0021.CANPRD01.PROD.OUTLOOK.COM 2024-04-13T15:44:48.786Z 08DC5BA2C153C1D0]";
    assert_reads(outlook, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(outlook).as_deref(), Some("microsoft"));
    // https://github.com/home-assistant/core/issues/176732: Gmail's BadCredentials reply (gsmtp).
    let gmail = "Mail Test: Error executing script. Unexpected error for call_service at pos 1: (535, b'5.7.8 Username and Password not accepted. For more information, go to\\n5.7.8  https://support.google.com/mail/?p=BadCredentials 5a478bee46e88-31429f9d44fsm8882266eec.1 - gsmtp')";
    assert_reads(gmail, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
    // https://github.com/jstedfast/MailKit/issues/686: MailKit's SmtpStatusCode name names MailKit
    // (MailKit/Net/Smtp/SmtpStatusCode.cs: AuthenticationInvalidCredentials = 535).
    let status_name = "AuthenticationInvalidCredentials: 5.7.3 Authentication unsuccessful";
    assert_reads(status_name, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(software_of(status_name).as_deref(), Some("mailkit"));
}

/// No connection, no greeting, a dropped session: network errors, failed for now (LABELS.md §3).
#[test]
fn connections_that_never_came_up_are_temporary_network_errors() {
    assert_all_read(
        &[
            // https://github.com/uselagoon/lagoon/issues/1115 (ssmtp's stderr through PHP-FPM).
            "WARNING: [pool www] child 1220 said into stderr: \"sendmail: Cannot open mailhub:25\"",
            // https://github.com/Mailu/Mailu/issues/1187 (Postfix, outbound port 25 blocked).
            "Sep 30 16:41:31 mail postfix/smtp[289]: connect to mail.appmaildev.com[13.67.59.48]:25: Operation timed out",
            "Sep 30 16:41:31 mail postfix/smtp[289]: A4EDF75B1: to=<test-ac88bd75@appmaildev.com>, relay=none, delay=574, delays=543/0.06/30/0, dsn=4.4.1, status=deferred (connect to mail.appmaildev.com[13.67.59.48]:25: Operation timed out)",
            // https://github.com/opensourceBIM/BIMserver/issues/76 (JavaMail).
            "Could not connect to SMTP host: mail.server.com, port: 25",
            // https://github.com/PX4/PX4-Autopilot/issues/4575 (Jenkins Mailer).
            "ERROR: Could not connect to SMTP host: localhost, port: 25",
            // Nodemailer's greeting timeout: https://github.com/nodemailer/nodemailer/issues/1470,
            // https://github.com/docmost/docmost/issues/276, https://github.com/Mailtrain-org/mailtrain/issues/278.
            "[2022-09-30 12:34:18] ERROR [w1e7Rr1bIfE] Greeting never received",
            "ERROR [EmailProcessor] Error processing send-email job. Reason: Greeting never received",
            "ERR! Mail Error: Greeting never received",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // https://github.com/thingsboard/thingsboard/issues/1439: the program names its configured
    // host, so its provider (LABELS.md §4), reached or not.
    let gmail = "Could not connect to SMTP host: smtp.gmail.com, port: 587;";
    assert_reads(gmail, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
    // https://github.com/go-gitea/gitea/issues/22287: the lookup of the configured SMTP host
    // failed; Gitea's setting key names Gitea.
    let gitea =
        "2022/12/30 21:49:49 ...es/setting/mailer.go:263:tryResolveAddr() [W] could not look up mailer.SMTP_ADDR: lookup : no such host";
    assert_reads(gitea, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(gitea).as_deref(), Some("gitea"));
}

/// TLS that cannot work as set up (LABELS.md §3, §5), and a server that wants TLS first.
#[test]
fn tls_mismatches_and_tls_demands() {
    assert_all_read(
        &[
            // https://github.com/go-gitea/gitea/issues/32154 (a handshake_failure alert).
            "gomail: could not send email 1: could not initiate SMTP session: remote error: tls: handshake failure",
            // https://github.com/Wei-Shaw/sub2api/issues/1470 (implicit TLS to a STARTTLS port).
            "Failed to send test email: tls dial: tls: first record does not look like a TLS handshake",
            // https://github.com/ozimov/spring-boot-email-tools/issues/68 (certificate not trusted).
            "org.springframework.mail.MailSendException: Mail server connection failed; nested exception is javax.mail.MessagingException: Could not convert socket to TLS;\n  nested exception is:\n\tjavax.net.ssl.SSLHandshakeException: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            // https://github.com/mattermost/mattermost/issues/5493 (Go net/smtp PlainAuth without TLS).
            "[2017/06/20 10:00:52 CEST] [EROR] /api/v3/admin/test_email:SendMail code=500 rid=[CENSORED] uid=[CENSORED] ip=[CENSORED], [CENSORED] Failed to authenticate on SMTP server [details: unencrypted connection]",
            // https://github.com/myloveCc/NETCore.MailKit/issues/6.
            "SmtpCommandException: Must issue a STARTTLS command first",
        ],
        Category::TlsRequired,
        Outcome::Permanent,
    );
    // https://github.com/deanproxy/eMail/issues/53: Gmail (gsmtp) wants STARTTLS first.
    let gmail = "email: FATAL: Smtp error: 530 5.7.0 Must issue a STARTTLS command first. s31sm1331632ywa.30 - gsmtp";
    assert_reads(gmail, Category::TlsRequired, Outcome::Permanent);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
}

/// Refusals of the sender, the recipient's domain or a malformed address.
#[test]
fn refused_senders_recipients_and_addresses() {
    assert_all_read(
        &[
            // https://github.com/TryGhost/Ghost/issues/10089 (Postfix reject_sender_login_mismatch).
            "NOQUEUE: reject: RCPT from unknown[192.168.128.1]: 553 5.7.1 <ghost@notanengineer.com>: Sender address rejected: not owned by user test@notanengineer.com; from=<ghost@notanengineer.com> to=<test2@notanengineer.com> proto=ESMTP helo=<[127.0.0.1]>",
            // https://github.com/mattermost/mattermost/issues/19125 (an empty MAIL FROM refused).
            "Connection unsuccessful: Connection unsuccessful: failed to close connection to the SMTP server: 550 <> Sender Rejected - MAILFROM must be a valid domain. Ensure the mailfrom domain: \"\" has a valid MX or A record.",
        ],
        Category::SenderRejected,
        Outcome::Permanent,
    );
    // https://github.com/fewlinesco/bamboo_smtp/issues/50: Amazon SES's unverified identity.
    let ses = "554 Message rejected: Email address is not verified.";
    assert_reads(ses, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(ses).as_deref(), Some("amazon_ses"));
    // https://github.com/mattermost/mattermost/pull/8140: Exchange Online's SendAsDenied.
    let send_as = "[2018/02/08 13:59:58 UTC] [EROR] /api/v4/email/test:SendMail code=500 rid=dyr8n7q5bjgctda7b69kzs4eqe uid=tn4ndpia6b8iiyhpi7y5ijx6rc ip=89.16.153.196 Failed to close connection to SMTP server [details: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.";
    assert_reads(send_as, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(send_as).as_deref(), Some("microsoft"));
    // https://github.com/hitobito/hitobito/issues/3810 (Postfix: the recipient's domain does not resolve).
    assert_reads(
        "Exception: Net::SMTPServerBusy 450 4.1.2 <example-email@siehe-glitchtip.ch>: Recipient address rejected: Domain not found (Net::SMTPServerBusy)",
        Category::DomainUnknown,
        Outcome::Temporary,
    );
    // https://github.com/djangocon/2016.djangocon.us-archived/issues/33 (an empty recipient).
    assert_reads(
        "SMTPRecipientsRefused at /account/password/reset/\n{'': (501, 'Recipient syntax error')}",
        Category::MessageFormat,
        Outcome::Permanent,
    );
}

/// Program wrappers that name no cause still tell a failure for good where the program gives up:
/// Grafana without SMTP set up, Nodemailer's bare EENVELOPE sentence (src/data/knowledge/outcomes.tsv).
#[test]
fn wrappers_without_a_cause_still_fail_for_good() {
    assert_all_read(
        &[
            // https://github.com/grafana/grafana/issues/6944 (pkg/services/notifications/mailer.go).
            "t=2016-12-13T14:59:22+0000 lvl=eror msg=\"Failed to send alert notification email\" logger=alerting.notifier.email error=\"Grafana mailing/smtp options not configured, contact your Grafana admin\"",
            // https://github.com/TryGhost/docker-library-ghost/issues/222, https://github.com/TryGhost/Ghost/issues/10089.
            "Error sending email! Error sending email: Failed to send email. Reason: Can't send mail - all recipients were rejected. Please check your email settings and resend the invitation.",
            "Failed to send email. Reason: Can't send mail - all recipients were rejected.",
        ],
        Category::Unknown,
        Outcome::Permanent,
    );
    // With the reply appended, the reply decides (https://nodemailer.com/errors, EENVELOPE).
    assert_reads(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
}

/// Whatever else is read, no failure of this round reads as a success.
#[test]
fn no_failure_of_round_fr25_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr25-s20.jsonl"));
    // https://github.com/dthree/mailit/issues/7: an HTTP status in JSON beside Nodemailer's
    // greeting timeout is no SMTP success either.
    assert_ne!(explain("{\"success\":false,\"status\":503,\"message\":\"Greeting never received\"}").outcome, Outcome::Success);
}

/// A client set to use STARTTLS whose server does not offer it is a TLS failure (LABELS.md §5),
/// lasting until a setting changes (§3).
#[test]
fn starttls_demanded_and_not_offered_is_a_tls_failure() {
    assert_all_read(
        &[
            // Thunderbird for Android: SmtpTransport.kt throws MissingCapabilityException("STARTTLS"),
            // the setup check prints feature/account/server/validation strings.xml around it.
            "Checking outgoing server settings failed\nThe server is missing this capability:\nSTARTTLS",
            // Evolution, evolution-data-server camel-smtp-transport.c.
            "Failed to connect to SMTP server %s in secure mode: STARTTLS not supported",
            // Claws Mail src/common/smtp.c; NeoMutt send/smtp.c.
            "couldn't start STARTTLS session",
            "Could not negotiate TLS connection",
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
}

/// A server whose EHLO offers no sign-in the client can use lacks an extension the client needs
/// (LABELS.md §5): not_implemented, not a wrong password.
#[test]
fn no_usable_auth_mechanism_is_not_implemented() {
    assert_all_read(
        &[
            // Thunderbird for Android: MissingCapabilityException("AUTH PLAIN").
            "Checking outgoing server settings failed\nThe server is missing this capability:\nAUTH PLAIN",
            // NeoMutt send/smtp.c, SMTP_AUTH_UNAVAIL: none of the server's mechanisms is usable.
            "No authenticators available",
            // Claws Mail src/common/smtp.c smtp_auth: automatic choice, the server lists none it knows.
            "No SMTP AUTH method available",
            // Roundcube en_US smtputf8error: an address needs SMTPUTF8, the server does not offer it.
            "SMTP Error: Server does not support Unicode in email address.",
        ],
        Category::NotImplemented,
        Outcome::Permanent,
    );
}

/// No connection to the server, no reply: failed for now (LABELS.md §3).
#[test]
fn a_connection_that_never_came_is_a_temporary_network_error() {
    assert_all_read(
        &[
            // Thunderbird for Android SmtpTransport.kt.
            "Unable to open connection to SMTP server.",
            // K-9 Mail's notification, cut off by the app (thunderbird/thunderbird-android#1810);
            // Android libcore IoBridge.isConnected.
            "ErrnoException: isConnected failed: ECON...",
            // Gmail's "Send mail as" dialog (docker-mailserver/docker-mailserver#3048).
            "Couldn't reach server. Please double-check the server and port number",
            // Nextcloud Mail src/components/AccountForm.vue; Evolution camel-smtp-transport.c.
            "SMTP server is not reachable",
            "Cannot send message: service not connected.",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// A message over the server's announced SIZE, or over a webmail's own limits, will not go out
/// as it stands.
#[test]
fn size_checks_before_sending_are_message_too_large() {
    assert_all_read(
        &[
            // Thunderbird for Android SmtpTransport.kt; Claws Mail src/common/smtp.c.
            "Message too large for server",
            "Message is too big (Maximum size is %s)",
            // Roundcube en_US smtpsizeerror.
            "SMTP Error: Message size exceeds server limit ($limit)",
            // Horde IMP lib/Compose.php.
            "Your message body has exceeded the limit by body size by %d characters.",
            "Attached file exceeds the attachment size limits. File NOT attached.",
        ],
        Category::MessageTooLarge,
        Outcome::Permanent,
    );
}

/// A count of this sender's mail (LABELS.md §2 Q3), with or without a code.
#[test]
fn sending_quotas_are_rate_limits() {
    assert_all_read(
        &[
            // Junara's sending-limits page.
            "You've reached your sending limit. Don't worry you can send again soon.",
            // EmailArray's troubleshooting page: 300 messages a day.
            "462 Daily send limit reached. Please try again tomorrow",
        ],
        Category::RateLimited,
        Outcome::Temporary,
    );
}

/// Replies carried inside the clients' dialogs keep their own cause.
#[test]
fn replies_inside_dialogs_keep_their_cause() {
    // BT's help page for Outlook error 0x800ccc79: no such BT mailbox.
    assert_reads("Server Response: 550 unknown local user", Category::MailboxUnknown, Outcome::Permanent);
    // EmailArray's common-errors page: the account's own blacklist names the sender (LABELS §1 Q5).
    assert_reads("Sorry, you are blacklisted on this server", Category::SenderRejected, Outcome::Permanent);
    // Thunderbird's dialog with vmail's refusal (root-io/vmail#51): HELO and reverse DNS of the client.
    assert_reads(
        "An Outgoing server (SMTP) error occurred while sending mail. The server responded:  5.7.1 <DATA>: Data command rejected: Blocked - contact postmaster@vmail.me for help - Suspicious HELO [...] and missing reverse DNS [...].",
        Category::ReverseDns,
        Outcome::Permanent,
    );
    // Gmail's "Send mail as" dialog: the user's own server's certificate is not valid for its name.
    assert_reads("TLS Negotiation failed, the certificate doesn't match the host.", Category::TlsFailed, Outcome::Permanent);
    // iCloud's [CS01] refusal as Delta Chat shows the relay's bounce (chatmail/relay#446).
    let icloud = "<chat@casperzandbergen.nl>: host mx02.mail.icloud.com[17.57.155.25] said: 554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137 (in reply to end of DATA command)";
    assert_eq!(provider_of(icloud).as_deref(), Some("apple"));
    assert_reads(icloud, Category::ContentPolicy, Outcome::Permanent);
}

/// Dialogs that carry no reply and name no cause stay unknown rather than guessing.
#[test]
fn dialogs_without_a_cause_stay_unknown() {
    for text in [
        // Twake Mail (linagora/tmail-flutter#2370); Outlook on the web (OfficeDev/office-js#6708).
        "Failure to send your message",
        "Couldn't send this message",
    ] {
        assert_eq!(category_of(text), Category::Unknown, "{text}");
    }
}

/// No row of the round's corpus file whose source tells a failure reads as a success.
#[test]
fn no_client_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr28-s20.jsonl"));
}

/// A connection that broke off, could not be made or found no server (LABELS.md §2 Q1): no
/// reply code, so temporary (§3).
#[test]
fn connections_that_failed_before_any_reply_are_network_errors() {
    assert_all_read(
        &[
            // https://github.com/prometheus/alertmanager/issues/377 (Go's io.EOF after the try).
            r#"level=warning msg="Notify attempt 1 failed: EOF" source="notify.go:193""#,
            // https://github.com/prometheus/alertmanager/issues/1829 (smarthost name not found).
            r#"level=error ts=2019-04-10T10:35:38.517695841Z caller=dispatch.go:280 component=dispatcher msg="Notify for alerts failed" num_alerts=1 err="dial tcp: lookup smtp.xxx.com on 172.xx.xx.10:53: no such host""#,
            // https://github.com/flarum/framework/issues/2469 (SwiftMailer, host name not resolved).
            "Swift_TransportException: Connection could not be established with host mail.roughnecktek.net :stream_socket_client(): php_network_getaddresses: getaddrinfo failed: no address associated with name",
            // https://github.com/NodeBB/NodeBB/issues/9331 (Nodemailer's connection timeout).
            "2021-02-26T18:45:49.828Z [4567/38] - error: admin.email.test\nError: Connection timeout\n    at SMTPConnection._formatError (/usr/src/app/node_modules/nodemailer/lib/smtp-connection/index.js:774:19)",
            // https://github.com/renlok/WeBid/issues/170 and
            // https://github.com/apigee/apigee-devportal-kickstart-drupal/issues/385 (PHPMailer).
            "16-03-2016, 09:41:37: My NOTICE [1024] ---->PHPMailer error: SMTP connect() failed. on class_email_handler.php line 451",
            "Error sending e-mail from xxx@xxx.com to xxx@xxx.com: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
            // https://github.com/getsentry/self-hosted/issues/1901 (Sentry's mail task).
            "ConnectionRefusedError: [Errno 111] Connection refused\n04:41:06 [ERROR] celery.app.trace: Task sentry.tasks.email.send_email[a6c8dea1-6a40-4c1a-8443-18c3399020f1] raised unexpected: ConnectionRefusedError(111, 'Connection refused')",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // https://github.com/ahwayakchih/openshift-nodebb/issues/12: Nodemailer's own words.
    let greeting = "17/2 03:09 [201897] - ^[[33mwarn^[[39m: [emailer.smtp] Unable to send `digest` email to uid 1!!\n17/2 03:09 [201897] - ^[[31merror^[[39m: [plugins] filter:email.send,  Greeting never received";
    assert_reads(greeting, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(greeting).as_deref(), Some("nodemailer"));
    // https://github.com/prometheus/alertmanager/issues/693: the smarthost is the user's own
    // provider, NetEase (LABELS.md §4), though the dial never happened.
    let no_port = r#"time="2017-04-05T10:18:29Z" level=error msg="Notify for 12 alerts failed: dial tcp: missing port in address smtp.163.com" source="dispatch.go:246""#;
    assert_eq!(category_of(no_port), Category::NetworkError);
    assert_eq!(provider_of(no_port).as_deref(), Some("netease"));
}

/// A refusal that names the envelope sender (LABELS.md §1 Q5), and the other refusals of a
/// submission server, permanent by their 5yz codes.
#[test]
fn submission_servers_refusals_read_by_their_cause() {
    // https://github.com/in2code-de/femanager/issues/404 (Domainfactory relay, TYPO3).
    assert_reads(
        r#"Expected response code "250" but got code "550", with message "550 "envelope sender not allowed""#,
        Category::SenderRejected,
        Outcome::Permanent,
    );
    // https://github.com/NodeBB/NodeBB/issues/9704 (Postfix's login/sender mismatch via Nodemailer).
    assert_reads(
        "Error: Can't send mail - all recipients were rejected: 553 5.7.1 <no-reply@www.fintechee.org>: Sender address rejected: not owned by user noreply@fintechee.org",
        Category::SenderRejected,
        Outcome::Permanent,
    );
    // https://github.com/healthchecks/healthchecks/issues/494
    assert_reads("smtplib.SMTPAuthenticationError: (535, b'5.7.3 Authentication unsuccessful')", Category::AuthFailed, Outcome::Permanent);
    // https://github.com/osTicket/osTicket-1.7/issues/860
    assert_reads(
        r"PHP Warning:  mail(): SMTP server response: 530 Authentication required to send mail from  in D:\support.vakrangee.in\upload\include\pear\Mail\mail.php on line 153",
        Category::AuthRequired,
        Outcome::Permanent,
    );
    // https://github.com/exceedone/exment/issues/1153 (DATA without an accepted RCPT).
    assert_reads(
        "[2022-05-07 10:18:04] local.ERROR: Swift_TransportException: Expected response code 354 but got code \"503\", with message \"503 RCPT command expected\n\"",
        Category::ProtocolSequence,
        Outcome::Permanent,
    );
    // https://github.com/fluxbb/fluxbb/pull/49 (Exim's fixed 501 reply to a bad EHLO argument).
    assert_reads(
        "Error: Unable to send email. SMTP server: 501 Syntactically invalid EHLO argument(s)",
        Category::ProtocolSyntax,
        Outcome::Permanent,
    );
    // https://github.com/Geeklog-Core/geeklog/issues/831 (the message itself judged spam).
    assert_reads(
        r#"Thu 01 Feb 2018 18:57:40 UTC - IP ADDRESS - (550) - Expected response code 250 but got code "550", with message "550 This message was classified as SPAM and may not be delivered"#,
        Category::SpamContent,
        Outcome::Permanent,
    );
}

/// Implicit TLS against a plain-text port fails the same way every time (LABELS.md §3).
#[test]
fn tls_against_a_plain_port_is_a_lasting_tls_failure() {
    // https://github.com/mondediefr/docker-flarum/issues/134
    let proton = "Swift_TransportException: Connection could not be established with host smtp.protonmail.ch :stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\nerror:1408F10B:SSL routines:ssl3_get_record:wrong version number";
    assert_reads(proton, Category::TlsFailed, Outcome::Permanent);
    assert_eq!(provider_of(proton).as_deref(), Some("proton"));
    // https://github.com/NodeBB/NodeBB/issues/9796
    assert_reads(
        "139737218475904:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl",
        Category::TlsFailed,
        Outcome::Permanent,
    );
}

/// The local or receiving mail system's own trouble (LABELS.md §2 Q5) and a program's requeue.
#[test]
fn local_mail_system_failures_and_requeues() {
    // https://github.com/Icinga/icinga2/issues/1627: sendmail's submission program cannot enter
    // its client queue as Icinga's user.
    let msp = "[2014-05-27 17:38:40 +0000] <Q #0x7f47f8f63b10 W #0x7f47f8f63c00> warning/icinga: Notification command 'Object of type 'icinga::Array'' for object 'localhost!procs' failed; exit status: 78, output: WARNING: RunAsUser for MSP ignored, check group ids (egid=498, want=51)\ncan not chdir(/var/spool/clientmqueue/): Permission denied\nProgram mode requires special privileges, e.g., root or TrustedUser.";
    assert_eq!(category_of(msp), Category::ServerError);
    assert_eq!(software_of(msp).as_deref(), Some("sendmail"));
    // https://github.com/Wynncraft/Issues/issues/2545 (Exim's 451 through PEAR Net_SMTP).
    assert_reads(
        "The Mailer returned: Failed to add recipient: {EMAIL ADDRESS} [SMTP: Invalid response code received from server (code: 451, response: Temporary local problem - please try later)]",
        Category::ServerError,
        Outcome::Temporary,
    );
    // https://github.com/znuny/Znuny/issues/722: Znuny keeps the message queued.
    let requeue = "Kernel::System::Email | Error sending message using backend 'Kernel::System::Email::SMTPTLS'.\nKernel::System::MailQueue | Temporary problem returned from server, requeuing message for sending. Message: SMTPCode: 235, ErrorMessage:\nKernel::System::MailQueue | Message could not be sent! Error message:";
    assert_eq!(smtp_explain::explain(requeue).outcome, Outcome::Temporary);
}

/// No row of this round whose source tells a failure reads as a success.
#[test]
fn no_fr32_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr32-s20.jsonl"));
}
