//! Fresh texts of every kind, from pages outside the corpus, in the languages users paste them
//! (rounds `fr` and `fr2`; src/data/knowledge/phrases.tsv, markers.tsv, outcomes.tsv, software.tsv).
//! Each text is quoted from the page or program source named beside it; the expected values are
//! read from that source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A hosted relay's per-account sending quota is a count of this sender's mail (LABELS.md §2 Q3).
#[test]
fn a_relays_sending_quota_is_a_rate_limit() {
    for text in [
        // PHPMailer's error around the relay's reply, https://github.com/WWBN/AVideo/issues/7527
        "Message could not be sent SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: C13ypH3DXQO9CC140p6S9y Message would take you over your relay quota of 500 Current quota used: 487 SMTP code: 552",
        // A user's quote of the relay's refusal, https://github.com/nodemailer/nodemailer/issues/1137
        "User me@site.com has exceeded its 24-hour sending limit. Messages to 25 recipients out of 25",
        // The GoDaddy reply form the phrase row quotes.
        "550 Message would take you over your relay quota of 5 Current quota used: 5",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::RateLimited, "{text}");
        assert_ne!(e.outcome, Outcome::Success, "{text}");
    }
    // A 5xx reply is permanent (RFC 5321 §4.2.1).
    assert_eq!(explain("550 Message would take you over your relay quota of 5 Current quota used: 5").outcome, Outcome::Permanent);
}

/// Haraka gives a message up when its temporary failures outnumber its retry intervals
/// (outbound/hmail.js: `Too many failures (${err})`): the retries ran out.
#[test]
fn harakas_too_many_failures_bounce_is_an_expired_message() {
    // https://github.com/haraka/Haraka/issues/568
    let text = "Hi. This is the Haraka Mailer program at mail.theartfarm.com.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<user@sending-domain.com>: Too many failures (Tried all MXs)";
    let e = explain(text);
    assert_eq!(e.category.id, Category::Expired);
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("haraka"));
}

/// Exchange Online's submission quota names Microsoft's service, not only the Exchange software.
#[test]
fn exchange_onlines_submission_quota_names_microsoft() {
    // https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1150
    let text = "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException";
    let e = explain(text);
    assert_eq!(e.category.id, Category::RateLimited);
    assert_eq!(e.provider.as_ref().map(|p| p.id.as_ref()), Some("microsoft"));
    assert_eq!(e.outcome, Outcome::Permanent);
}

/// Log and reply forms that only one mail program writes name that program.
#[test]
fn opensmtpd_bad_input_lines_and_the_exim_helo_acl_name_their_programs() {
    // OpenSMTPD smtp_session.c ("smtp bad-input result=..."), https://github.com/diladele/websafety/issues/2319
    let text = "smtpd[19229]: 13edf1189b8534b5 smtp bad-input result=\"500 5.0.0 Line too long\"";
    assert_eq!(software_of(text).as_deref(), Some("opensmtpd"));
    assert_eq!(explain(text).outcome, Outcome::Permanent);
    // The Exim HELO-check ACL, https://github.com/zone-eu/zone-mta/issues/162
    let text = "550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)";
    assert_eq!(software_of(text).as_deref(), Some("exim"));
    assert_eq!(explain(text).outcome, Outcome::Permanent);
}

/// Exchange Online's 5.6.11 non-delivery report, pasted without its code, still names Microsoft.
#[test]
fn exchange_onlines_bare_line_feed_report_names_microsoft() {
    for text in [
        // https://github.com/inverse-inc/packetfence/issues/5380
        "This error occurs when the email program or device used to create or send an email message adds bare line feed characters into the message. When bare line feed characters are included in a message, the SMTP protocol chunking feature is required to transmit the message between email servers. Chunking uses the SMTP protocol BDAT command, but the recipient's email server doesn't support the BDAT command.",
        // The report's heading, Microsoft's "Fix error code 550 5.6.11 in Exchange Online".
        "Your message contains invalid characters (bare line feed characters) which the email servers don't support.",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::MessageFormat, "{text}");
        assert_eq!(e.provider.as_ref().map(|p| p.id.as_ref()), Some("microsoft"), "{text}");
        assert_ne!(e.outcome, Outcome::Success, "{text}");
    }
}

/// Microsoft's article on 550/553 relay errors prints Outlook's send dialog with the server's
/// "Relaying denied" reply translated into the page's language: the words name a relay refusal.
#[test]
fn outlooks_translated_relay_dialogs_are_relay_refusals() {
    for text in [
        // https://support.office.com/de-de/article/Beim-Senden-von-E-Mail-Nachrichten-...-65b494a4-0a15-433e-829f-e73651e0245e
        "Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom Server nicht akzeptiert wurde. Die nicht akzeptierte E-Mail-Adresse ist <jemand@beispiel.com>. Betreff: \"<Test>\", Konto: \"<Test>\", Server: \"<smtp.beispiel.com>\", Protokoll: SMTP, Serverantwort: \"550 <jemand@beispiel.com>... Relay verweigert\", Anschluss: 25, Secure (SSL): Nein, Serverfehler: 550, Fehlernummer: 0x800CCC79.",
        // https://support.microsoft.com/ja-jp/office/...-65b494a4-0a15-433e-829f-e73651e0245e
        "いずれかの受信者がサーバーによって拒否されたため、メッセージを送信できませんでした。 拒否された電子メール アドレスは、\"someone@example.com > < \" でした。 件名: '<Test>',Account: '<Test>', Server: '<smtp.example.com> ', Protocol: SMTP, Server Response: '550 <someone@example.com> ....リレー拒否\"、ポート: 25、Secure (SSL): いいえ、サーバー エラー: 550、エラー番号: 0x800CCC79。",
        // https://support.microsoft.com/es-es/office/...-65b494a4-0a15-433e-829f-e73651e0245e
        "El mensaje no se pudo enviar porque el servidor rechazó uno de los destinatarios. La dirección de correo electrónico rechazada era \"<someone@example.com>\". Asunto: '<Prueba>', Cuenta: '<Prueba>', Servidor: '<smtp.example.com>', Protocolo: SMTP, Respuesta del servidor: '550 <someone@example.com>... Retransmisión denegada', Puerto: 25, Seguro (SSL): No, Error del servidor: 550, Número de error: 0x800CCC79",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::RelayDenied, "{text}");
        // A 550 refusal is permanent (RFC 5321 §4.2.1).
        assert_eq!(e.outcome, Outcome::Permanent, "{text}");
    }
}

/// Exchange's back-pressure event: the transport server refuses new mail while its disk or
/// memory is short and takes it again once the resource recovers
/// (https://learn.microsoft.com/en-us/exchange/mail-flow/back-pressure).
#[test]
fn exchange_back_pressure_is_a_temporary_storage_shortage() {
    // Quoted at https://itstorys.tistory.com/m/248 (event 15006).
    let text = "Microsoft Exchange Transport is rejecting message submissions because the available disk space has dropped below the configured threshold.";
    assert_reads(text, Category::ServerStorage, Outcome::Temporary);
}

/// A connection that failed before any reply, worded in French and Japanese: a network error,
/// failed for now (LABELS.md §3).
#[test]
fn french_and_japanese_connection_failures_are_network_errors() {
    for text in [
        // WP Mail SMTP's French guide, https://wpmailsmtp.com/fr/how-to-fix-smtp-server-not-responding-in-wordpress
        "Erreur SMTP : impossible de se connecter à l'hôte SMTP. Échec de la connexion au serveur",
        // Japanese help page on Thunderbird, https://services.awaisora.com/2025/08/29/5b2a2915-9840-4954-af84-25b20dde93f7
        "接続できませんでした。接続が拒否されました。",
    ] {
        assert_reads(text, Category::NetworkError, Outcome::Temporary);
    }
}

/// A named public list beats the IP-refusal words around it (LABELS.md §1 Q2).
#[test]
fn listed_by_spamhaus_is_a_blocklisting() {
    // https://emailblacklistchecker.com/resources/comcast-email-blacklist
    assert_reads("550 BL0000 Mail from IP x.x.x.x refused - Listed by Spamhaus", Category::SenderBlocklisted, Outcome::Permanent);
}

/// Postfix's older failure notice names no cause, but it is only sent once Postfix gives up:
/// the category stays unknown and the outcome is permanent (LABELS.md: a failed DSN is permanent).
#[test]
fn postfixs_older_failure_notice_is_permanent_without_a_cause() {
    // https://help.lws-hosting.com/en/Main-email-error-codes-and-their-meaning
    let e = explain("I'm sorry to have to inform you that the message returned below could not be delivered to one or more destinations.");
    assert_eq!(e.category.id, Category::Unknown);
    assert_eq!(e.outcome, Outcome::Permanent);
    // The template is Postfix's (bounce_notify.c, bounce_boilerplate()).
    assert_eq!(e.software.as_ref().map(|s| s.id.to_string()).as_deref(), Some("postfix"));
}

/// Texts the tool already read right before this round, kept so they stay right: none of these
/// failures may come out as a success.
#[test]
fn fresh_failures_are_never_told_as_success() {
    for (text, category) in [
        // https://foxydog.tistory.com/180: Gmail's over-quota deferral.
        ("452-4.2.2 The recipient's inbox is out of storage space. Please direct the 452-4.2.2 recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp", Category::MailboxFull),
        // https://help.creoline.com/de/doc/t-online-554-dialuptransient-ip-not-allowed-zVwMz4z866
        ("554: Dialup/transient IP not allowed. \nUse a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)", Category::SenderIpBlocked),
        // https://kb.3gnt.net/index.php?EntryID=92&View=print: Outlook.com's own block list (S3150).
        ("550 5.7.1 Unfortunately, messages from [] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", Category::SenderIpBlocked),
        // https://help.clouduss.com/...: Exchange's back-pressure reply.
        ("452 4.3.1 Insufficient system resources", Category::ServerStorage),
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, category, "{text}");
        assert_ne!(e.outcome, Outcome::Success, "{text}");
    }
}
