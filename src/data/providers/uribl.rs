//! URIBL: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: URIBL's "Query Refused" page https://uribl.com/refused.shtml: URIBL answers refused
//! queries (from busy shared resolvers) with 127.0.0.1 and a TXT record "127.0.0.1 -> Query Refused";
//! a rejection quoting it means the receiving server misreads URIBL, not that a domain is listed.

use crate::data::citations::URIBL_REFUSED;
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "uribl",
    name: "URIBL",
    kind: Blocklist,
    help_url: "https://uribl.com/",
    source: URIBL_REFUSED,
    checked: "2026-11-28",
    hosts: ["uribl.com"],
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
    rule!("query_refused", "-> query refused", "", ReceiverMisconfigured, RecipientAdmin, _, URIBL_REFUSED, URIBL_REFUSED, "2026-11-28"),
    rule!("refused_page", "uribl.com/refused", "", ReceiverMisconfigured, RecipientAdmin, _, URIBL_REFUSED, URIBL_REFUSED, "2026-11-28"),
];
