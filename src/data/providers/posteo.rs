//! Posteo (German mailbox provider): how to recognise its replies. Only its mail domains mark it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://posteo.de/en/help.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "posteo",
    name: "Posteo",
    kind: Mailbox,
    help_url: "https://posteo.de/en/help",
    source: "https://posteo.de/en/help",
    checked: "2026-12-06",
    hosts: ["posteo.de"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("posteo.de", Weak),
    marker!("posteo.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
