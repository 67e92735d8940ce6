//! Spambrella (filtering gateway): its name, which its delivery notices carry.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page, `outside the control of spambrella` and `spambrella`: "Common Email Delivery Error
//!   Codes" ("This message was rejected by its destination for reasons outside the control of
//!   Spambrella"), https://www.spambrella.com/faq/email-delivery-error-codes/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "spambrella",
    name: "Spambrella",
    kind: Gateway,
    help_url: "https://www.spambrella.com/faq/email-delivery-error-codes/",
    source: "https://www.spambrella.com/faq/email-delivery-error-codes/",
    checked: "2026-12-06",
    hosts: ["www.spambrella.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("outside the control of spambrella", Strong),
    marker!("spambrella", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
