//! Tiscali (Italy): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://assistenza.tiscali.it/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "tiscali",
    name: "Tiscali",
    kind: Mailbox,
    help_url: "https://assistenza.tiscali.it/",
    source: "https://assistenza.tiscali.it/",
    checked: "2026-12-06",
    hosts: ["assistenza.tiscali.it"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("tiscali.it", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
