//! MX Guarddog (filtering gateway): its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page and `mxguarddog.com`: MX Guarddog's advice on its MX servers (three per customer domain,
//!   shown only after login), https://mxguarddog.com/blog/maximize-spam-protection. Its MX host names are
//!   not published, so the domain is Weak (was Medium).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mxguarddog",
    name: "MX Guarddog",
    kind: Gateway,
    help_url: "https://mxguarddog.com/blog/maximize-spam-protection",
    source: "https://mxguarddog.com/blog/maximize-spam-protection",
    checked: "2026-12-06",
    hosts: ["mxguarddog.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mxguarddog.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
