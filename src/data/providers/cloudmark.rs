//! Cloudmark: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Cloudmark Sender Intelligence (CSI) reset-request page https://csi.cloudmark.com/reset-request/,
//! as named by receivers such as Orange (https://postmaster.orange.fr/) and in replies like
//! "... has a poor reputation on Cloudmark Sender Intelligence (CSI)" (https://github.com/Mailu/Mailu/issues/1458).
//! The zone tokens are rows of `src/data/blocklists.rs`.

use crate::data::citations::ORANGE_POSTMASTER;
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "cloudmark",
    name: "Cloudmark",
    kind: Blocklist,
    help_url: "https://csi.cloudmark.com/reset-request/",
    source: ORANGE_POSTMASTER,
    checked: "2026-11-28",
    hosts: ["csi.cloudmark.com"],
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
