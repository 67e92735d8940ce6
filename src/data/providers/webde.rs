//! WEB.DE: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: WEB.DE postmaster error messages https://postmaster.web.de/de/fehlermeldungen (same platform and wording as GMX,
//! see gmx.rs), and WEB.DE replies from public reports.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "webde",
    name: "WEB.DE",
    kind: K::Mailbox,
    help_url: "https://postmaster.web.de/de/fehlermeldungen",
    source: provenance!("https://postmaster.web.de/de/fehlermeldungen"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["postmaster.web.de"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "mxweb*", strength: S::Strong },
    ProviderMarker { pattern: "postmaster.web.de", strength: S::Medium },
    ProviderMarker { pattern: "web.de/email/senderguidelines", strength: S::Medium },
    ProviderMarker { pattern: "web.de", strength: S::Weak },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "bad_ptr", pattern: "bad dns ptr resource record", code: "", category: C::ReverseDns,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.web.de/de/fehlermeldungen",
                   source: provenance!("https://postmaster.web.de/de/fehlermeldungen"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "invalid_ptr", pattern: "invalid dns ptr resource record", code: "", category: C::ReverseDns,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.web.de/de/fehlermeldungen",
                   source: provenance!("https://postmaster.web.de/de/fehlermeldungen"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "ip_block_listed", pattern: "ip address is block listed", code: "", category: C::SenderIpBlocked,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.web.de/de/fehlermeldungen",
                   source: provenance!("https://postmaster.web.de/de/fehlermeldungen"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "ip_black_listed", pattern: "ip address is black listed", code: "", category: C::SenderIpBlocked,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.web.de/de/fehlermeldungen",
                   source: provenance!("https://postmaster.web.de/de/fehlermeldungen"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "header_invalid", pattern: "c=hi", code: "", category: C::MessageFormat,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.web.de/de/fehlermeldungen",
                   source: provenance!("https://postmaster.web.de/de/fehlermeldungen"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "policy_reject", pattern: "reject due to policy restriction*", code: "", category: C::PolicyRejected,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.web.de/de/fehlermeldungen",
                   source: provenance!("https://postmaster.web.de/de/fehlermeldungen"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "spf_policy", pattern: "reject due to spf policy", code: "", category: C::SenderAuthentication,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.web.de/de/fehlermeldungen",
                   source: provenance!("https://postmaster.web.de/de/fehlermeldungen"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "policy_violations", pattern: "reject due to policy violations", code: "", category: C::SenderReputation,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.web.de/de/fehlermeldungen",
                   source: provenance!("https://postmaster.web.de/de/fehlermeldungen"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "invalid_dns_mx", pattern: "invalid dns mx or a/aaaa resource record", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::SenderAdmin), retry: None,
                   help_url: "https://postmaster.web.de/de/fehlermeldungen",
                   source: provenance!("https://github.com/LukeSmithxyz/emailwiz/issues/82"), checked: provenance!("2026-11-28") },
];
