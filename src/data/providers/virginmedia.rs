//! Virgin Media (UK ISP mail, with the old Blueyonder and NTL domains): only its mail domains mark it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.virginmedia.com/help.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "virginmedia",
    name: "Virgin Media",
    kind: Mailbox,
    help_url: "https://www.virginmedia.com/help",
    source: "https://www.virginmedia.com/help",
    checked: "2026-12-06",
    hosts: ["www.virginmedia.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("virginmedia.com", Weak),
    marker!("blueyonder.co.uk", Weak),
    marker!("ntlworld.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
