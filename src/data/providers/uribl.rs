//! URIBL: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: URIBL's "Query Refused" page https://uribl.com/refused.shtml: URIBL answers refused
//! queries (from busy shared resolvers) with 127.0.0.1 and a TXT record "127.0.0.1 -> Query Refused";
//! a rejection quoting it means the receiving server misreads URIBL, not that a domain is listed.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "uribl",
    name: "URIBL",
    kind: K::Blocklist,
    help_url: "https://uribl.com/",
    source: provenance!("https://uribl.com/refused.shtml"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["uribl.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // A blocklist never answers mail itself: its names in a reply are zones
    // (`src/data/blocklists.rs`) that tell which list was used, not who answered.
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "query_refused", pattern: "-> query refused", code: "", category: C::ReceiverMisconfigured,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: None,
                   help_url: "https://uribl.com/refused.shtml",
                   source: provenance!("https://uribl.com/refused.shtml"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "refused_page", pattern: "uribl.com/refused", code: "", category: C::ReceiverMisconfigured,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: None,
                   help_url: "https://uribl.com/refused.shtml",
                   source: provenance!("https://uribl.com/refused.shtml"), checked: provenance!("2026-11-28") },
];
