//! SURBL: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: the SURBL site https://www.surbl.org/ (lists of domains seen in unsolicited mail) and
//! replies such as "blocked using multi.surbl.org; Blocked, ... on lists [dm]" (https://github.com/anonaddy/anonaddy/issues/696).

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "surbl",
    name: "SURBL",
    kind: K::Blocklist,
    help_url: "https://www.surbl.org/",
    source: provenance!("https://www.surbl.org/"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["www.surbl.org"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // A blocklist never answers mail itself: its names in a reply are zones
    // (`src/data/blocklists.rs`) that tell which list was used, not who answered.
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
