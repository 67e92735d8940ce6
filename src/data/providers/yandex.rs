//! Yandex: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Yandex Mail help on non-delivery reports https://yandex.com/support/mail/bounces/yandex.html
//! and its pages per message, and Yandex replies in the SMTP Field Manual data. Yandex replies link
//! to the short host ya.cc.

use crate::data::citations::{
    FIELD_MANUAL_450, FIELD_MANUAL_550, FIELD_MANUAL_554, YANDEX_BOUNCES,
};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "yandex",
    name: "Yandex",
    kind: Mailbox,
    help_url: YANDEX_BOUNCES,
    source: YANDEX_BOUNCES,
    checked: "2026-11-28",
    hosts: ["yandex.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("ya.cc", Strong),
    marker!("mx.yandex.ru", Medium),
    marker!("mx.yandex.net", Medium),
    marker!("yandex.net", Medium),
    marker!("yandex.ru", Weak),
    marker!("yandex.com", Weak),
    marker!("ya.ru", Weak),
    marker!("yandex", Weak),
    // Yandex's temporary refusal ("451 4.7.1 Sorry, the service is currently unavailable. Please
    // come back later.", SMTP Field Manual data/codes/451.json, provider "yandex").
    marker!("sorry, the service is currently unavailable. please come back later", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("spam_suspicion", "message rejected under suspicion of spam", "", SpamContent, _, _, "https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html", FIELD_MANUAL_554, "2026-11-28"),
    rule!("policy_rejection", "policy rejection on the target address", "", MailboxDisabled, _, _, "https://yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html", FIELD_MANUAL_550, "2026-11-28"),
    rule!("spam_statistics", "blocked by spam statistics", "", SenderReputation, _, _, YANDEX_BOUNCES, YANDEX_BOUNCES, "2026-11-28"),
    rule!("rate_limit", "the recipient has exceeded message rate limit", "", RateLimited, Nobody, Automatic, "", FIELD_MANUAL_450, "2026-11-28"),
    rule!("no_such_user", "no such user!", "5.7.1", MailboxUnknown, _, _, YANDEX_BOUNCES, FIELD_MANUAL_550, "2026-11-28"),
];
