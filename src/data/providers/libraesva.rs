//! Libraesva Email Security Gateway: its name in host names and replies, and its cloud domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://docs.libraesva.com/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "libraesva",
    name: "Libraesva",
    kind: Gateway,
    help_url: "https://docs.libraesva.com/",
    source: "https://docs.libraesva.com/",
    checked: "2026-12-06",
    hosts: ["docs.libraesva.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("libraesva.cloud", Weak),
    marker!("libraesva", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
