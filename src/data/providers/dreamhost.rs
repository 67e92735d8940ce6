//! DreamHost (web and mail host): its MX hosts mx1/mx2.dreamhost.com and its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://help.dreamhost.com/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "dreamhost",
    name: "DreamHost",
    kind: Mailbox,
    help_url: "https://help.dreamhost.com/",
    source: "https://help.dreamhost.com/",
    checked: "2026-12-06",
    hosts: ["help.dreamhost.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mx1.dreamhost.com", Medium),
    marker!("mx2.dreamhost.com", Medium),
    marker!("dreamhost.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
