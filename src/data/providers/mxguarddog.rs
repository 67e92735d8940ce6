//! MX Guarddog (filtering gateway): the `mxguarddog.com` MX hosts its customers point to.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.mxguarddog.com/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mxguarddog",
    name: "MX Guarddog",
    kind: Gateway,
    help_url: "https://www.mxguarddog.com/",
    source: "https://www.mxguarddog.com/",
    checked: "2026-12-06",
    hosts: ["www.mxguarddog.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mxguarddog.com", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
