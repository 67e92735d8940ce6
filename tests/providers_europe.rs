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
