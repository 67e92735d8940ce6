//! Swisscom's Bluewin mail: only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.swisscom.ch/en/residential/help.html.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "swisscom",
    name: "Swisscom (Bluewin)",
    kind: Mailbox,
    help_url: "https://www.swisscom.ch/en/residential/help.html",
    source: "https://www.swisscom.ch/en/residential/help.html",
    checked: "2026-12-06",
    hosts: ["www.swisscom.ch"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("bluewin.ch", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
