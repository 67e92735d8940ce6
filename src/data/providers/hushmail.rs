//! Hushmail: only its mail domains mark it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://help.hushmail.com/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "hushmail",
    name: "Hushmail",
    kind: Mailbox,
    help_url: "https://help.hushmail.com/",
    source: "https://help.hushmail.com/",
    checked: "2026-12-06",
    hosts: ["help.hushmail.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("hushmail.com", Weak),
    marker!("hushmail.me", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
