//! NiX Spam (manitu): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: the shutdown notice of ix.dnsbl.manitu.net ("NiX Spam", shut down on 2025-01-16, see
//! https://www.nixspam.net/ as quoted in https://github.com/Mailu/Mailu/issues/3766) and a reply of the
//! list from https://github.com/mitodl/micromasters/issues/2958. Like SORBS, a recent rejection
//! naming this list comes from outdated settings of the receiving server.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "nixspam",
    name: "NiX Spam (manitu)",
    kind: K::Blocklist,
    help_url: "https://www.nixspam.net/",
    source: provenance!("https://github.com/Mailu/Mailu/issues/3766"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["www.nixspam.net"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // A blocklist never answers mail itself: its names in a reply are zones
    // (`src/data/blocklists.rs`) that tell which list was used, not who answered.
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "dnsbl_zone", pattern: "dnsbl.manitu.net", code: "", category: C::SenderBlocklisted,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: Some(Retry::AfterFix),
                   help_url: "",
                   source: provenance!("https://github.com/Mailu/Mailu/issues/3766"), checked: provenance!("2026-11-28") },
];
