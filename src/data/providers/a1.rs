//! A1 Telekom Austria mail (a1.net, aon.at): only its mail domains mark it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.a1.net/hilfe-support.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "a1",
    name: "A1 Telekom Austria",
    kind: Mailbox,
    help_url: "https://www.a1.net/hilfe-support",
    source: "https://www.a1.net/hilfe-support",
    checked: "2026-12-06",
    hosts: ["www.a1.net"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("a1.net", Weak),
    marker!("aon.at", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
