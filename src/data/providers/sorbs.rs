//! SORBS: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Proofpoint's statement that SORBS was decommissioned on 5 June 2024 and no longer
//! holds reputation data (reported in https://www.techzine.eu/news/security/120916/proofpoint-discontinues-anti-spam-service-sorbs/),
//! and SORBS replies collected in https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt.
//! Old replies were real listings; a recent one means the receiving server still queries a dead
//! list. The zones are rows of `src/data/blocklists.rs` (kind `defunct`); the rules only move the
//! action to the recipient's administrator, the only one who can still fix it.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "sorbs",
    name: "SORBS",
    kind: K::Blocklist,
    help_url: "https://www.sorbs.net/",
    source: provenance!("https://www.techzine.eu/news/security/120916/proofpoint-discontinues-anti-spam-service-sorbs/"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["www.sorbs.net"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // A blocklist never answers mail itself: its names in a reply are zones
    // (`src/data/blocklists.rs`) that tell which list was used, not who answered.
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "dnsbl_zone", pattern: "dnsbl.sorbs.net", code: "", category: C::SenderBlocklisted,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: Some(Retry::AfterFix),
                   help_url: "",
                   source: provenance!("https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "lookup_link", pattern: "sorbs.net/lookup", code: "", category: C::SenderBlocklisted,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: Some(Retry::AfterFix),
                   help_url: "",
                   source: provenance!("https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt"), checked: provenance!("2026-11-28") },
];
