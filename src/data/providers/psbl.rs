//! PSBL (Passive Spam Block List): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: the PSBL site https://psbl.org/ (lookup and self-service removal) and replies such as
//! "Host ... is listed at psbl.surriel.com as a spam source" (https://github.com/rikvanriel/spamikaze/issues/1).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "psbl",
    name: "PSBL (Passive Spam Block List)",
    kind: Blocklist,
    help_url: "https://psbl.org/",
    source: "https://psbl.org/",
    checked: "2026-11-28",
    hosts: ["psbl.org"],
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
