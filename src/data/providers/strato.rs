//! STRATO (German hosting and mail provider): how to recognise its refusals and what its own wording
//! means. Its spam filter refuses with "Refused by local policy" and a reason, inbound ("No SPAM
//! please!" with a hint in brackets: B-URL, B-TEXT, B-SCORE, B-EX, B-ATTACH) and outbound ("Sending of
//! SPAM is not permitted!", "Message contains a dangerous attachment!").
//!
//! Sources: STRATO FAQ "Fehlermeldungen bei E-Mails" (#2420),
//! <https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/>, and "Ich habe eine E-Mail über den
//! Versand von Spam erhalten" (#2304),
//! <https://www.strato.de/faq/article/2304/Ich-habe-eine-E-Mail-ueber-den-Versand-von-Spam-erhalten.html>.
//!
//! Checked 2026-12-06 (markers and rules added that day): smtpin.rzone.de, see the comment beside
//! it.

use crate::data::{ProviderMarker, ProviderRule};
/// STRATO FAQ, error messages of e-mails.
const STRATO_ERRORS: &str = "https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/";
/// STRATO FAQ, notices about sending spam.
const STRATO_SPAM_SENDING: &str = "https://www.strato.de/faq/article/2304/Ich-habe-eine-E-Mail-ueber-den-Versand-von-Spam-erhalten.html";
provider! {
    id: "strato",
    name: "STRATO",
    kind: Mailbox,
    help_url: STRATO_ERRORS,
    source: STRATO_ERRORS,
    checked: "2026-12-06",
    hosts: ["www.strato.de"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("no spam please", Strong),
    marker!("sending of spam is not permitted", Strong),
    marker!("message contains a dangerous attachment", Strong),
    // Strato's mail hosts: its MX smtpin.rzone.de, and the rzone.de names of its other servers
    // (Weak). Checked 2026-12-06: a Strato customer's published DNS setup gives the MX
    // smtpin.rzone.de for a Strato mailbox (https://github.com/leopoldus11/vibecoding/blob/HEAD/DNS_MASTERY.md),
    // and a published bounce quotes it ("host smtpin.rzone.de[81.169.145.97] said: 550 5.1.2 No
    // such mailbox [MSG0031]", https://github.com/YunoHost/issues/issues/2684). Strato's own MX
    // help (https://www.strato.de/faq/article/1831/Welche-Einstellungen-kann-ich-im-Konfigurationsdialog-MX-Record-vornehmen.html)
    // does not name the host.
    marker!("smtpin.rzone.de", Medium),
    marker!("rzone.de", Weak),
    marker!("strato.de", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("no_spam_please", "no spam please", "", SpamContent, Sender, AfterFix, STRATO_ERRORS, STRATO_ERRORS, "2026-12-06"),
    rule!("sending_spam_not_permitted", "sending of spam is not permitted", "", SpamContent, Sender, AfterFix, STRATO_SPAM_SENDING, STRATO_SPAM_SENDING, "2026-12-06"),
    rule!("dangerous_attachment", "message contains a dangerous attachment", "", AttachmentBlocked, Sender, AfterFix, STRATO_SPAM_SENDING, STRATO_SPAM_SENDING, "2026-12-06"),
    rule!("transmit_rate_limit", "transmit rate limit exceed*", "", RateLimited, Sender, Later, STRATO_SPAM_SENDING, STRATO_SPAM_SENDING, "2026-12-06"),
];
