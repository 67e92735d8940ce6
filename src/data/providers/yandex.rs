//! Yandex: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Yandex Mail help on non-delivery reports https://yandex.com/support/mail/bounces/yandex.html
//! and its pages per message, and Yandex replies in the SMTP Field Manual data. Yandex replies link
//! to the short host ya.cc.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "yandex",
    name: "Yandex",
    kind: K::Mailbox,
    help_url: "https://yandex.com/support/mail/bounces/yandex.html",
    source: provenance!("https://yandex.com/support/mail/bounces/yandex.html"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["yandex.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "ya.cc", strength: S::Strong },
    ProviderMarker { pattern: "mx.yandex.ru", strength: S::Medium },
    ProviderMarker { pattern: "mx.yandex.net", strength: S::Medium },
    ProviderMarker { pattern: "yandex.net", strength: S::Medium },
    ProviderMarker { pattern: "yandex.ru", strength: S::Weak },
    ProviderMarker { pattern: "yandex.com", strength: S::Weak },
    ProviderMarker { pattern: "ya.ru", strength: S::Weak },
    ProviderMarker { pattern: "yandex", strength: S::Weak },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "spam_suspicion", pattern: "message rejected under suspicion of spam", code: "", category: C::SpamContent,
                   who_acts: None, retry: None,
                   help_url: "https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "policy_rejection", pattern: "policy rejection on the target address", code: "", category: C::MailboxDisabled,
                   who_acts: None, retry: None,
                   help_url: "https://yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "spam_statistics", pattern: "blocked by spam statistics", code: "", category: C::SenderReputation,
                   who_acts: None, retry: None,
                   help_url: "https://yandex.com/support/mail/bounces/yandex.html",
                   source: provenance!("https://yandex.com/support/mail/bounces/yandex.html"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "rate_limit", pattern: "the recipient has exceeded message rate limit", code: "", category: C::RateLimited,
                   who_acts: Some(WhoActs::Nobody), retry: Some(Retry::Automatic),
                   help_url: "",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/450.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "no_such_user", pattern: "no such user!", code: "5.7.1", category: C::MailboxUnknown,
                   who_acts: None, retry: None,
                   help_url: "https://yandex.com/support/mail/bounces/yandex.html",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json"), checked: provenance!("2026-11-28") },
];
