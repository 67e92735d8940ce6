//! Providers outside the US giants, session 15: their own replies and notices, in English and in
//! their own languages, are read for the cause, the outcome and who answered. Every text is quoted
//! from the page named beside it (only addresses and numbers shortened); the expected values are
//! what that page says the text means.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Italiaonline (Libero Mail, Virgilio Mail) lists the DSN wording its users meet: "ROUTING SERVER
/// FAILURE" when the recipient's domain does not exist or is mistyped
/// (https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email,
/// https://aiuto.virgilio.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email/).
#[test]
fn italiaonline_dsn_wording_names_its_cause() {
    assert_eq!(explain("ROUTING SERVER FAILURE").category.id, Category::DomainUnknown);
    // Beside an X.4.3 status the same words are only the code's subject, and the code decides
    // (RFC 3463 §3.5: a directory or routing server that failed, for now with a 4).
    let status = explain("Status: 4.4.3 (routing server failure)");
    assert_eq!(status.category.id, Category::NetworkError);
    assert_eq!(status.outcome, Outcome::Temporary);
    // Virgilio Mail runs on Libero's platform; a recipient address there inside the reply names it.
    assert_eq!(provider_of("550 5.1.1 <nome@virgilio.it>: Recipient address rejected").as_deref(), Some("libero"));
}

/// Seznam.cz's failure notice, Czech beside English, as its help page quotes it
/// (https://napoveda.seznam.cz/uzivatel-neexistuje).
#[test]
fn seznam_czech_notice_is_a_failure_for_good() {
    let notice = "Vaše zpráva pro <vesely.uzivatel@seznam.cz> ze dne 19.11.2012 nemohla být doručena.\n\
                  Zpráva je přiložena.\n\n\
                  You message for <vesely.uzivatel@seznam.cz> from 2012/11/19 could not be delivered.\n\
                  It's attached below.\n\n\
                  Důvod / Reason:\n---------------\n\n\
                  5.1.1 szn; User hasn't got the service mapped\n\n\
                  Permanentní chyba na straně uživatele.\n\
                  Permanent Failure - Bad destination mailbox address";
    let e = explain(notice);
    assert_eq!(e.category.id, Category::MailboxUnknown);
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(e.provider.map(|p| p.id.to_string()).as_deref(), Some("seznam"));
    // The Czech lines alone, with no code and no English: "could not be delivered", "permanent error".
    let czech = "Vaše zpráva pro <uzivatel@seznam.cz> ze dne 19.11.2012 nemohla být doručena.\n\
                 Důvod / Reason:\n---------------\nPermanentní chyba na straně uživatele.";
    assert_eq!(explain(czech).outcome, Outcome::Permanent);
}

/// T-Online's own tags: (BL) is its own block list, (NOWL) no or bad reputation of the sending IP
/// (https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html,
/// https://timmehosting.de/leitfaden-wenn-t-online-e-mails-blockiert-ursachen-und-loesungen).
#[test]
fn t_online_tags_tell_block_from_reputation() {
    let bl =
        explain("554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)");
    assert_eq!(bl.category.id, Category::SenderIpBlocked);
    assert_eq!(bl.outcome, Outcome::Permanent);
    assert_eq!(bl.provider.map(|p| p.id.to_string()).as_deref(), Some("t_online"));
    let nowl =
        explain("554 IP=192.0.2.1 - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)");
    assert_eq!(nowl.category.id, Category::SenderReputation);
    assert_eq!(nowl.provider.map(|p| p.id.to_string()).as_deref(), Some("t_online"));
}

/// GMX's multi-line refusal of a connecting IP on its own list, the example on its postmaster page
/// (https://postmaster.gmx.com/en/error-messages).
#[test]
fn gmx_block_list_refusal_is_its_own_ip_block() {
    let e = explain(
        "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available\n554-No SMTP service\n554-IP address is block listed.\n\
         554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42&r=1MNcgj-1ue23t3pyV-00S2YR",
    );
    assert_eq!(e.category.id, Category::SenderIpBlocked);
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(e.provider.map(|p| p.id.to_string()).as_deref(), Some("gmx"));
}

/// French providers' bilingual replies with their OFR/LPN codes (Sisimai's collected Orange and La
/// Poste replies, https://github.com/sisimai/p5-sisimai/issues/240 and /issues/241).
#[test]
fn french_bilingual_replies_are_read_by_their_codes() {
    let conn = explain(
        "421 mwinf5c27 ME\nTrop de connexions, veuillez verifier votre configuration. Too many\nconnections, slow down. OFR004_104 [104]",
    );
    assert_eq!(conn.category.id, Category::RateLimited);
    assert_eq!(conn.outcome, Outcome::Temporary);
    assert_eq!(conn.provider.map(|p| p.id.to_string()).as_deref(), Some("orange"));
    let sender = explain("550 5.1.0 Emetteur invalide. Invalid Sender. OFR_415 [415]");
    assert_eq!(sender.category.id, Category::SenderRejected);
    assert_eq!(sender.provider.map(|p| p.id.to_string()).as_deref(), Some("orange"));
    let archived = explain("550 550 5.1.1 Boite du destinataire archivee. Archived recipient. LPN004_420 [420]");
    assert_eq!(archived.category.id, Category::MailboxDisabled);
    assert_eq!(archived.provider.map(|p| p.id.to_string()).as_deref(), Some("laposte"));
}

/// Russian providers: Yandex's and Mail.ru's documented refusals
/// (https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html,
/// Mail.ru's reply quoted in https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/lhost/mailru.rb).
#[test]
fn russian_providers_own_refusals_are_read() {
    let spam = explain("554 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1234-abcd");
    assert_eq!(spam.category.id, Category::SpamContent);
    assert_eq!(spam.provider.map(|p| p.id.to_string()).as_deref(), Some("yandex"));
    let unknown = explain("550 Message was not accepted -- invalid mailbox.  Local mailbox nobody@mail.ru is unavailable: user not found");
    assert_eq!(unknown.category.id, Category::MailboxUnknown);
    assert_eq!(unknown.provider.map(|p| p.id.to_string()).as_deref(), Some("mailru"));
}

/// Yandex's guide to reports of mail other providers refused groups their texts by cause: a full
/// mailbox, an address that does not exist (https://www.yandex.com/support/mail/bounces/other.html).
#[test]
fn yandex_guide_groups_receivers_texts_by_cause() {
    assert_eq!(explain("Account is full").category.id, Category::MailboxFull);
    assert_eq!(explain("Error writing message: Disk quota exceeded").category.id, Category::MailboxFull);
    assert_eq!(explain("Bad destination system address").category.id, Category::DomainUnknown);
    assert_eq!(explain("DNS: no such domain").category.id, Category::DomainUnknown);
}

/// Proximus's refusal of an IP on its own blacklist, as its help page words it
/// (https://www.proximus.be/support/en/id_sfaqs_mail_blacklist/self-employed-and-small-companies/support/internet/e-mails/problems-with-your-mailbox/your-ip-address-is-in-our-blacklist.html).
#[test]
fn proximus_blacklist_refusal_is_its_own_ip_block() {
    let e = explain("554 Access denied - Under investigation for spam abuse. Contact your email provider for more info");
    assert_eq!(e.category.id, Category::SenderIpBlocked);
    assert_eq!(e.provider.map(|p| p.id.to_string()).as_deref(), Some("proximus"));
}

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
