//! Newfold Digital's shared hosting mail (HostGator, Bluehost): its brands' domains. The
//! `websitewelcome.com` host names of its servers are no marker: its outbound gateways
//! (`gateway01.websitewelcome.com`) write them into the bounces of mail its customers send.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.hostgator.com/help.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "newfold",
    name: "Newfold Digital (HostGator, Bluehost)",
    kind: Mailbox,
    help_url: "https://www.hostgator.com/help",
    source: "https://www.hostgator.com/help",
    checked: "2026-12-06",
    hosts: ["www.hostgator.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("hostgator.com", Weak),
    marker!("bluehost.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
