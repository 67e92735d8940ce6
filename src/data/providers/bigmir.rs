//! bigmir)net mail (Ukraine): its MX hosts (mx*.bigmir.net) and the error pages its replies link to
//! (`mail.bigmir.net/err/`).
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://mail.bigmir.net/; https://pastebin.com/UWADPXYL.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "bigmir",
    name: "bigmir)net",
    kind: Mailbox,
    help_url: "https://mail.bigmir.net/",
    source: "https://pastebin.com/UWADPXYL",
    checked: "2026-12-06",
    hosts: ["mail.bigmir.net"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mail.bigmir.net/err/", Strong),
    marker!("bigmir.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
