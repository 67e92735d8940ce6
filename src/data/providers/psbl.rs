//! PSBL (Passive Spam Block List): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: the PSBL site https://psbl.org/ (lookup and self-service removal) and replies such as
//! "Host ... is listed at psbl.surriel.com as a spam source" (https://github.com/rikvanriel/spamikaze/issues/1).

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "psbl",
    name: "PSBL (Passive Spam Block List)",
    kind: K::Blocklist,
    help_url: "https://psbl.org/",
    source: provenance!("https://psbl.org/"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["psbl.org"];

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
