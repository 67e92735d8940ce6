//! European mailbox and hosting providers read from their own help pages and error lists, and
//! the bounces that quote them (session 17, src/data/knowledge/phrases.tsv, markers.tsv,
//! outcomes.tsv). Each text is quoted from the page or file named beside it; the expected
//! category, provider and outcome are read from that source and tests/corpus/LABELS.md (§4:
//! the provider is whoever replied), never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// OVHcloud's notice when it blocks a hosted mailbox for spam (its guide "What to do if your
/// account is blocked for spam", ovh/docs locked_for_spam/guide.en-gb.md and guide.fr-fr.md):
/// the account may not send until its owner answers, "temporarily"; OVHcloud wrote it.
#[test]
fn ovhclouds_account_blocked_notice_is_the_senders_account_held_for_now() {
    for text in [
        "Dear Customer,\n\nOur system has detected that the address address@example.com hosted on our systems under the service name service is a source of spam.\nThe sending of emails has been temporarily disabled.\n\nWe have currently detected X suspicious message(s).",
        "Cher Client,\n\nNotre système a détecté que l'adresse youraddress@example.com hébergée sur nos systèmes sous le service servicename est source d'envoi de courriers indésirables (spams).\nL'envoi d'e-mail a donc été temporairement désactivé.\n\nNous avons actuellement détecté X message(s) suspect(s).",
    ] {
        assert_reads(text, Category::SenderAccountBlocked, Outcome::Temporary);
        assert_eq!(provider_of(text).as_deref(), Some("ovh"), "{text}");
    }
}

/// A full recipient mailbox, in the providers' own words, against a count of the sender's mail.
#[test]
fn too_many_messages_on_the_server_is_a_full_mailbox() {
    // GMX help, "Email returned as undeliverable" (support.gmx.com/email/composing-and-sending/bounce-reject.html),
    // and WEB.DE's newsroom list of the commonest errors (newsroom.web.de, 2015-03-28).
    for text in ["User has too many messages on server", "550 Benutzer hat zu viele Mails auf dem Server."] {
        assert_eq!(category_of(text), Category::MailboxFull, "{text}");
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
    // StartMail's help page on its sending limit: the account's own count.
    assert_reads("[smtp, 550 5.7.1 Your mail limit has been reached.]", Category::RateLimited, Outcome::Permanent);
}

/// Orange's and La Poste's shared refusal format: the reason number decides where the pack
/// knows it; a 421 "Service refuse ... please try later" with none is the service turning mail
/// away for now (Sisimai set-of-emails rhost-franceptt-*.eml).
#[test]
fn orange_and_la_poste_replies_by_reason_number_and_code() {
    // rhost-franceptt-11.eml: La Poste at the greeting, reason 107 (not in the published table).
    let text = "421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107";
    assert_reads(text, Category::ServerUnavailable, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("laposte"));
    // rhost-franceptt-02.eml: reason 416, an invalid recipient.
    let text = "550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416";
    assert_reads(text, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("laposte"));
    // rhost-franceptt-06.eml: reason 102 with Cloudmark's reset link, a vendor-run list (LABELS.md §1).
    let text = "550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=10.0.0.1 [102]";
    assert_reads(text, Category::SenderBlocklisted, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("orange"));
}

/// The provider is whoever replied (LABELS.md §4), not the system that wrote the notice.
#[test]
fn a_notice_names_the_provider_that_refused_not_the_one_that_wrote_it() {
    // rhost-franceptt-04.eml: IONOS's outgoing platform reports Orange's refusal (reason 506, spam).
    let text = "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of\nits recipients. This is a permanent error. The following address(es)\nfailed:\n\nxxxx@xxxx.fr:\nSMTP error from remote server for TEXT command, host: smtp-in.orange.fr (193.252.22.65) reason: 550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]";
    assert_reads(text, Category::SpamContent, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("orange"));
    // https://pastebin.com/J9kXXSdZ: IONOS's notice of SFR's Spamhaus refusal at the greeting.
    let text = "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of\nits recipients. This is a permanent error. The following address(es)\nfailed:\n\nSMTP error from remote server for GREETING command, host: smtp-in.sfr.fr (93.17.128.123) reason: 554 5.7.1 Service unavailable; Client host [82.165.159.9] blocked using sb\nl.spamhaus.sfr; https://www.spamhaus.org/sbl/query/SBL275656";
    assert_reads(text, Category::SenderBlocklisted, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("sfr"));
    // https://pastebin.com/A1AssNjw: Proton's notice; the recipient's own server refused.
    let text = "This is the mail system at ProtonMail.\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\nFor further assistance, please forward this email to support@protonmail.com.\nIf you do so, you can delete your own text from the attached returned message.\n<law-gfx@creep.im>: host mail.creep.im[54.36.182.250] said: 550 Unrouteable\naddress (in reply to RCPT TO command)";
    assert_ne!(explain(text).outcome, Outcome::Success);
    assert_eq!(provider_of(text), None);
}

/// Replies of Russian and Czech providers, by their host names.
#[test]
fn mail_ru_and_seznam_replies_are_theirs() {
    // https://pastebin.com/GNTpxPz2: Mail.ru defers with no cause named; the 421 decides.
    let text = "(host emx.mail.ru[217.69.139.180] said: 421 Try again later (185.4.74.152). Please contact abuse@corp.mail.ru. (in reply to DATA command))";
    assert_reads(text, Category::ServerUnavailable, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("mailru"));
    // https://pastebin.com/UgAtTYMN: Seznam's local error in processing.
    let text = "(host mx2.seznam.cz[77.75.76.32] said: 451 Local Error (in reply to end of DATA command))";
    assert_reads(text, Category::ServerError, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("seznam"));
    // Mail.ru wants an application password (thunderbird-android issue 9069; help.mail.ru).
    let text = "Checking incoming server settings failed\n\nAuthentification error\n\nThe server returned following message:\nNEOBHODIM parol prilozheniya https://help.mail.ru/mail/security/protection/external / Aplication password is REQUIRED";
    assert_reads(text, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("mailru"));
}

/// Other servers' replies as Yandex's page on non-delivery to non-Yandex addresses lists them
/// (yandex.com/support/mail/bounces/other.html), and Strato's own outgoing filter
/// (strato.de FAQ 2304).
#[test]
fn replies_quoted_on_providers_pages_read_by_their_cause() {
    assert_reads(
        "550 5.7.1 SPF check failed: IP_host is not authorized to send in the name of domain_name. (in reply to RCPT TO command)",
        Category::SenderAuthentication,
        Outcome::Permanent,
    );
    assert_eq!(category_of("Sorry, message looks like SPAM to me"), Category::SpamContent);
    let text = "550 5.7.1 Refused by local policy. Message contains a dangerous attachment!";
    assert_reads(text, Category::AttachmentBlocked, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("strato"));
    // hydroxide smtp/smtp.go: a submitted message without a body part.
    assert_reads("554 5.0.0 Error: transaction failed: message doesn't contain a body part", Category::MessageFormat, Outcome::Permanent);
}

/// A count of this sender's mail or requests in a short time (LABELS.md §2 Q3), as relays and
/// hosts word it.
#[test]
fn short_time_counts_are_rate_limits() {
    for text in [
        // Swift Mailer issue 658: a shared host's relay refuses the greeting.
        "451-The server has reached its limit for processing requests from your host. 451 Please try again later.",
        // teamdotnetnuke.kayako.com article 220: a relay plan's hourly limit.
        "451 Requested action aborted: This mail account has sent too many messages in a short amount of time. Please try later.",
        // WEB.DE's error list: the sentence its rate-limit replies carry.
        "Too many messages have been received in a short period of time. Please try again in a few hours and reduce the sending rate.",
    ] {
        assert_reads(text, Category::RateLimited, Outcome::Temporary);
    }
    // resellerspanel.com, limits for outgoing email: the host's hourly limit, answered with 550.
    assert_reads("550 - Stop, you are sending too fast!", Category::RateLimited, Outcome::Permanent);
}
