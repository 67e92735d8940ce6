//! Hetzner's hosted mail: the `your-server.de` host names of its web hosting servers and its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://docs.hetzner.com/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "hetzner",
    name: "Hetzner",
    kind: Mailbox,
    help_url: "https://docs.hetzner.com/",
    source: "https://docs.hetzner.com/",
    checked: "2026-12-06",
    hosts: ["docs.hetzner.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("your-server.de", Weak),
    marker!("hetzner.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
