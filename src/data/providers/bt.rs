//! BT Mail (UK ISP mail): only its mail domains mark it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.bt.com/help.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "bt",
    name: "BT (BT Mail)",
    kind: Mailbox,
    help_url: "https://www.bt.com/help",
    source: "https://www.bt.com/help",
    checked: "2026-12-06",
    hosts: ["www.bt.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("btinternet.com", Weak),
    marker!("btopenworld.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
