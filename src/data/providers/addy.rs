//! addy.io (formerly AnonAddy), an email alias service: how to recognise it.
//!
//! Its replies use generic wording ("550 5.1.1 Address does not exist" for a deleted alias, "552 5.2.2
//! User over quota"), left to the generic tables; only its domains tell that it answered.
//!
//! Sources: addy.io's Postfix access policy, https://github.com/anonaddy/anonaddy/blob/master/postfix/AccessPolicy.php,
//! and its README (FAQ on the "Address does not exist" rejection), https://github.com/anonaddy/anonaddy.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "addy",
    name: "addy.io (AnonAddy)",
    kind: Mailbox,
    help_url: "https://addy.io/",
    source: "https://github.com/anonaddy/anonaddy/blob/master/postfix/AccessPolicy.php",
    checked: "2026-12-05",
    hosts: ["addy.io"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("addy.io", Weak),
    marker!("anonaddy.com", Weak),
    marker!("anonaddy.me", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
