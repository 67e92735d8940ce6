//! Telenor Norway's mail (online.no): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.telenor.no/kundeservice/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "telenor",
    name: "Telenor",
    kind: Mailbox,
    help_url: "https://www.telenor.no/kundeservice/",
    source: "https://www.telenor.no/kundeservice/",
    checked: "2026-12-06",
    hosts: ["www.telenor.no"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("online.no", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
