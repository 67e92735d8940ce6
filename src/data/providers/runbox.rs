//! Runbox (Norwegian mailbox provider): how to recognise its replies by its MX host and mail domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://help.runbox.com/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "runbox",
    name: "Runbox",
    kind: Mailbox,
    help_url: "https://help.runbox.com/",
    source: "https://help.runbox.com/",
    checked: "2026-12-06",
    hosts: ["help.runbox.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mx.runbox.com", Medium),
    marker!("runbox.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
