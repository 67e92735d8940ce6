//! SpamCop: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: the SpamCop Blocking List page https://www.spamcop.net/bl.shtml. The list's zone
//! (bl.spamcop.net) and lookup link are rows of `src/data/blocklists.rs`; SpamCop has no reply
//! wording of its own, so there are no rules.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "spamcop",
    name: "SpamCop",
    kind: Blocklist,
    help_url: "https://www.spamcop.net/bl.shtml",
    source: "https://www.spamcop.net/bl.shtml",
    checked: "2026-11-28",
    hosts: ["www.spamcop.net"],
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
