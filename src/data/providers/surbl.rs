//! SURBL: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: the SURBL site https://www.surbl.org/ (lists of domains seen in unsolicited mail) and
//! replies such as "blocked using multi.surbl.org; Blocked, ... on lists [dm]" (https://github.com/anonaddy/anonaddy/issues/696).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "surbl",
    name: "SURBL",
    kind: Blocklist,
    help_url: "https://www.surbl.org/",
    source: "https://www.surbl.org/",
    checked: "2026-11-28",
    hosts: ["www.surbl.org"],
}

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
