//! Migadu (Swiss mail host): how to recognise its replies by the MX hosts its DNS guide gives
//! (aspmx1/aspmx2.migadu.com) and its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://migadu.com/guides/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "migadu",
    name: "Migadu",
    kind: Mailbox,
    help_url: "https://migadu.com/guides/",
    source: "https://migadu.com/guides/",
    checked: "2026-12-06",
    hosts: ["migadu.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("aspmx1.migadu.com", Medium),
    marker!("aspmx2.migadu.com", Medium),
    marker!("migadu.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
