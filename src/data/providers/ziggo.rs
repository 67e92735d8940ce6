//! Ziggo (Dutch ISP mail): only its mail domains mark it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.ziggo.nl/klantenservice.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "ziggo",
    name: "Ziggo",
    kind: Mailbox,
    help_url: "https://www.ziggo.nl/klantenservice",
    source: "https://www.ziggo.nl/klantenservice",
    checked: "2026-12-06",
    hosts: ["www.ziggo.nl"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("ziggo.nl", Weak),
    marker!("upcmail.nl", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
