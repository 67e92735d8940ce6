//! SpamCop: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: the SpamCop Blocking List page https://www.spamcop.net/bl.shtml. The list's zone
//! (bl.spamcop.net) and lookup link are rows of `src/data/blocklists.rs`; SpamCop has no reply
//! wording of its own, so there are no rules.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "spamcop",
    name: "SpamCop",
    kind: K::Blocklist,
    help_url: "https://www.spamcop.net/bl.shtml",
    source: provenance!("https://www.spamcop.net/bl.shtml"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["www.spamcop.net"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // A blocklist never answers mail itself: its names in a reply are zones
    // (`src/data/blocklists.rs`) that tell which list was used, not who answered.
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
