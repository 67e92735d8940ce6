//! Tencent (QQ Mail): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Tencent QQ Mail help pages on rejection messages (https://service.mail.qq.com/detail/122/<n>,
//! as mapped to their reply texts in https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb), and QQ replies from public reports.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "tencent",
    name: "Tencent (QQ Mail)",
    kind: K::Mailbox,
    help_url: "https://service.mail.qq.com/",
    source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["service.mail.qq.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "service.mail.qq.com", strength: S::Medium },
    ProviderMarker { pattern: "qq mail server", strength: S::Medium },
    ProviderMarker { pattern: "qq.com", strength: S::Weak },
    ProviderMarker { pattern: "foxmail.com", strength: S::Weak },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "bounce_attacks", pattern: "suspected bounce attacks", code: "", category: C::SenderReputation,
                   who_acts: None, retry: None,
                   help_url: "https://service.mail.qq.com/detail/122/57",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "spam_ip", pattern: "suspected spam ip", code: "", category: C::SenderIpBlocked,
                   who_acts: None, retry: None,
                   help_url: "https://service.mail.qq.com/detail/122/66",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "ip_frequency", pattern: "ip frequency limited", code: "", category: C::RateLimited,
                   who_acts: None, retry: None,
                   help_url: "https://service.mail.qq.com/detail/122/172",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "domain_frequency", pattern: "domain frequency limited", code: "", category: C::RateLimited,
                   who_acts: None, retry: None,
                   help_url: "https://service.mail.qq.com/detail/122/173",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "sender_frequency", pattern: "sender frequency limited", code: "", category: C::RateLimited,
                   who_acts: None, retry: None,
                   help_url: "https://service.mail.qq.com/detail/122/174",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "connection_frequency", pattern: "connection frequency limited", code: "", category: C::RateLimited,
                   who_acts: None, retry: None,
                   help_url: "https://service.mail.qq.com/detail/122/175",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "receiving_frequency", pattern: "frequency of receiving messages is limited", code: "", category: C::RateLimited,
                   who_acts: Some(WhoActs::Nobody), retry: Some(Retry::Later),
                   help_url: "https://service.mail.qq.com/detail/122/1011",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "rejected_by_recipients", pattern: "mail is rejected by recipients", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::Recipient), retry: Some(Retry::AfterFix),
                   help_url: "https://service.mail.qq.com/detail/122/92",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "spam_embedded", pattern: "spam is embedded in the email", code: "", category: C::SpamContent,
                   who_acts: None, retry: None,
                   help_url: "https://service.mail.qq.com/detail/122/59",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "content_denied", pattern: "mail content denied", code: "", category: C::SpamContent,
                   who_acts: None, retry: None,
                   help_url: "https://service.mail.qq.com/detail/122/171",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "deactivated", pattern: "is a deactivated mailbox", code: "", category: C::MailboxDisabled,
                   who_acts: None, retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "mailbox_not_found_http", pattern: "mailbox not found. http://service.mail.qq.com", code: "", category: C::MailboxUnknown,
                   who_acts: None, retry: None,
                   help_url: "https://service.mail.qq.com/detail/122/169",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "mailbox_not_found_https", pattern: "mailbox not found. https://service.mail.qq.com", code: "", category: C::MailboxUnknown,
                   who_acts: None, retry: None,
                   help_url: "https://service.mail.qq.com/detail/122/169",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb"), checked: provenance!("2026-11-28") },
];
