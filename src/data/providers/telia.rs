//! Telia (Nordic ISP mail): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.telia.se/privat/support.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "telia",
    name: "Telia",
    kind: Mailbox,
    help_url: "https://www.telia.se/privat/support",
    source: "https://www.telia.se/privat/support",
    checked: "2026-12-06",
    hosts: ["www.telia.se"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("telia.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
