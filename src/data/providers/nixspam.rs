//! NiX Spam (manitu): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: the shutdown notice of ix.dnsbl.manitu.net ("NiX Spam", shut down on 2025-01-16, see
//! https://www.nixspam.net/ as quoted in https://github.com/Mailu/Mailu/issues/3766) and a reply of the
//! list from https://github.com/mitodl/micromasters/issues/2958. Like SORBS, a recent rejection
//! naming this list comes from outdated settings of the receiving server.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "nixspam",
    name: "NiX Spam (manitu)",
    kind: Blocklist,
    help_url: "https://www.nixspam.net/",
    source: "https://github.com/Mailu/Mailu/issues/3766",
    checked: "2026-11-28",
    hosts: ["www.nixspam.net"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // A blocklist never answers mail itself: its names in a reply are zones
    // (`src/data/blocklists.rs`) that tell which list was used, not who answered.
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("dnsbl_zone", "dnsbl.manitu.net", "", SenderBlocklisted, RecipientAdmin, AfterFix, "", "https://github.com/Mailu/Mailu/issues/3766", "2026-11-28"),
];
