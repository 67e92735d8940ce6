//! Purelymail (mail host): its MX host mailserver.purelymail.com and its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://purelymail.com/docs/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "purelymail",
    name: "Purelymail",
    kind: Mailbox,
    help_url: "https://purelymail.com/docs/",
    source: "https://purelymail.com/docs/",
    checked: "2026-12-06",
    hosts: ["purelymail.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mailserver.purelymail.com", Medium),
    marker!("purelymail.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
