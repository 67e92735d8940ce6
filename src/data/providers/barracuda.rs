//! Barracuda Networks: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: (list the official pages this file's rows come from)

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "barracuda",
    name: "Barracuda Networks",
    kind: K::Gateway,
    help_url: "",
    source: "",
    checked: "2026-11-28",
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &[];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
