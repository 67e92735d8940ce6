//! UCEPROTECT: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: UCEPROTECT's level descriptions (https://www.uceprotect.net/en/index.php?m=3&s=3 and the
//! pages m=3&s=4, m=3&s=5: Level 1 lists single addresses, Level 2 whole ranges, Level 3 whole
//! networks (ASNs)), and replies such as "Your IP is BLACKLISTED at UCEPROTECT-LEVEL 1"
//! (https://github.com/dragokas/hijackthis/issues/190). The zones are rows of `src/data/blocklists.rs`.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "uceprotect",
    name: "UCEPROTECT",
    kind: Blocklist,
    help_url: "https://www.uceprotect.net/en/rblcheck.php",
    source: "https://www.uceprotect.net/en/index.php?m=3&s=3",
    checked: "2026-11-28",
    hosts: ["www.uceprotect.net"],
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
