//! Telenet (Belgian ISP mail): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www2.telenet.be/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "telenet",
    name: "Telenet",
    kind: Mailbox,
    help_url: "https://www2.telenet.be/",
    source: "https://www2.telenet.be/",
    checked: "2026-12-06",
    hosts: ["www2.telenet.be"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("telenet.be", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
