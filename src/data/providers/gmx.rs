//! GMX: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: GMX postmaster error messages https://postmaster.gmx.net/en/error-messages (also postmaster.gmx.com/en/error-messages:
//! GMX uses no enhanced status codes; the last line of its multi-line reply links to a case page with
//! the reason as `c=...`, e.g. c=rdns, c=hi, c=bl), the shared United Internet list on
//! https://postmaster.mail.com/en/error-messages, and GMX replies from public reports. GMX, WEB.DE
//! and IONOS run the same mail platform ("Nemesis ESMTP"), so their rules are the same.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "gmx",
    name: "GMX",
    kind: K::Mailbox,
    help_url: "https://postmaster.gmx.net/en/error-messages",
    source: provenance!("https://postmaster.gmx.net/en/error-messages"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["postmaster.gmx.net", "postmaster.gmx.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "mxgmx*", strength: S::Strong },
    ProviderMarker { pattern: "mrgmx*", strength: S::Strong },
    ProviderMarker { pattern: "emig.gmx.net", strength: S::Medium },
    ProviderMarker { pattern: "postmaster.gmx.net", strength: S::Medium },
    ProviderMarker { pattern: "postmaster.gmx.com", strength: S::Medium },
    ProviderMarker { pattern: "gmx.net/mail/senderguidelines", strength: S::Medium },
    ProviderMarker { pattern: "gmx.net", strength: S::Weak },
    ProviderMarker { pattern: "gmx.de", strength: S::Weak },
    ProviderMarker { pattern: "gmx.at", strength: S::Weak },
    ProviderMarker { pattern: "gmx.ch", strength: S::Weak },
    ProviderMarker { pattern: "gmx.com", strength: S::Weak },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "bad_ptr", pattern: "bad dns ptr resource record", code: "", category: C::ReverseDns,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.gmx.net/en/error-messages",
                   source: provenance!("https://postmaster.gmx.net/en/error-messages"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "invalid_ptr", pattern: "invalid dns ptr resource record", code: "", category: C::ReverseDns,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.gmx.net/en/error-messages",
                   source: provenance!("https://postmaster.gmx.net/en/error-messages"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "ip_block_listed", pattern: "ip address is block listed", code: "", category: C::SenderIpBlocked,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.gmx.net/en/error-messages",
                   source: provenance!("https://postmaster.gmx.net/en/error-messages"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "ip_black_listed", pattern: "ip address is black listed", code: "", category: C::SenderIpBlocked,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.gmx.net/en/error-messages",
                   source: provenance!("https://postmaster.gmx.net/en/error-messages"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "header_invalid", pattern: "c=hi", code: "", category: C::MessageFormat,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.gmx.net/en/error-messages",
                   source: provenance!("https://postmaster.gmx.net/en/error-messages"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "policy_reject", pattern: "reject due to policy restriction*", code: "", category: C::PolicyRejected,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.gmx.net/en/error-messages",
                   source: provenance!("https://postmaster.gmx.net/en/error-messages"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "spf_policy", pattern: "reject due to spf policy", code: "", category: C::SenderAuthentication,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.gmx.net/en/error-messages",
                   source: provenance!("https://postmaster.gmx.net/en/error-messages"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "policy_violations", pattern: "reject due to policy violations", code: "", category: C::SenderReputation,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.gmx.net/en/error-messages",
                   source: provenance!("https://postmaster.gmx.net/en/error-messages"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "invalid_dns_mx", pattern: "invalid dns mx or a/aaaa resource record", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::SenderAdmin), retry: None,
                   help_url: "https://postmaster.gmx.net/en/error-messages",
                   source: provenance!("https://github.com/LukeSmithxyz/emailwiz/issues/82"), checked: provenance!("2026-11-28") },
];
