//! Mailprotector (email security gateway for managed service providers): its host names.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://support.mailprotector.com/hc/en-us.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mailprotector",
    name: "Mailprotector",
    kind: Gateway,
    help_url: "https://support.mailprotector.com/hc/en-us",
    source: "https://support.mailprotector.com/hc/en-us",
    checked: "2026-12-06",
    hosts: ["support.mailprotector.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Its hosts filter outbound mail too: only inside the reply.
    marker!("mailprotector.net", Weak),
    marker!("mailprotector.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
