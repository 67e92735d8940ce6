//! Sky (UK ISP mail): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.sky.com/help.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "sky",
    name: "Sky",
    kind: Mailbox,
    help_url: "https://www.sky.com/help",
    source: "https://www.sky.com/help",
    checked: "2026-12-06",
    hosts: ["www.sky.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("sky.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
