//! Abusix Mail Intelligence: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Abusix lookup https://lookup.abusix.com/ (named by Orange's postmaster page) and
//! replies such as "host ... is listed at combined.mail.abusix.zone"
//! (https://github.com/reacherhq/check-if-email-exists/blob/master/core/src/smtp/parser.rs).

use crate::data::citations::ORANGE_POSTMASTER;
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "abusix",
    name: "Abusix Mail Intelligence",
    kind: Blocklist,
    help_url: "https://lookup.abusix.com/",
    source: ORANGE_POSTMASTER,
    checked: "2026-11-28",
    hosts: ["lookup.abusix.com"],
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
