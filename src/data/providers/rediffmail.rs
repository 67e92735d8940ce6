//! Rediffmail (India): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.rediff.com/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "rediffmail",
    name: "Rediffmail",
    kind: Mailbox,
    help_url: "https://www.rediff.com/",
    source: "https://www.rediff.com/",
    checked: "2026-12-06",
    hosts: ["www.rediff.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("rediffmail.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
