//! Mailfence (Belgian mailbox provider): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://mailfence.com/en/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mailfence",
    name: "Mailfence",
    kind: Mailbox,
    help_url: "https://mailfence.com/en/",
    source: "https://mailfence.com/en/",
    checked: "2026-12-06",
    hosts: ["mailfence.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mailfence.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
