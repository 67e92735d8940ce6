//! Hushmail: only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: why an account is blocked for sending spam,
//!   https://help.hushmail.com/article/747-blocked-for-abuse-spam-or-a-terms-of-service-violation.
//! - `hushmail.com`: Hushmail's own domain and addresses, http://www.hushmail.com/support/faq/.
//! - `hushmail.me` (a marker until 2026-12-06) was removed: no published page shows it.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "hushmail",
    name: "Hushmail",
    kind: Mailbox,
    help_url: "https://help.hushmail.com/article/747-blocked-for-abuse-spam-or-a-terms-of-service-violation",
    source: "http://www.hushmail.com/support/faq/",
    checked: "2026-12-06",
    hosts: ["help.hushmail.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("hushmail.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
