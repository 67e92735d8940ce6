//! Cloudmark: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Cloudmark Sender Intelligence (CSI) reset-request page https://csi.cloudmark.com/reset-request/,
//! as named by receivers such as Orange (https://postmaster.orange.fr/) and in replies like
//! "... has a poor reputation on Cloudmark Sender Intelligence (CSI)" (https://github.com/Mailu/Mailu/issues/1458).
//! The zone tokens are rows of `src/data/blocklists.rs`.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "cloudmark",
    name: "Cloudmark",
    kind: K::Blocklist,
    help_url: "https://csi.cloudmark.com/reset-request/",
    source: provenance!("https://postmaster.orange.fr/"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["csi.cloudmark.com"];

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
