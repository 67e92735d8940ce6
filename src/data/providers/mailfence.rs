//! Mailfence (Belgian mailbox provider): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page and `mailfence.com`: Mailfence's FAQ, https://mailfence.com/en/faq.jsp, and its knowledge
//!   base (support@mailfence.com), https://kb.mailfence.com/categories/account-subscription-and-payments.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mailfence",
    name: "Mailfence",
    kind: Mailbox,
    help_url: "https://mailfence.com/en/faq.jsp",
    source: "https://mailfence.com/en/faq.jsp",
    checked: "2026-12-06",
    hosts: ["mailfence.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mailfence.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
