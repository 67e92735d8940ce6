//! bigmir)net mail (Ukraine): its MX hosts (mx*.bigmir.net) and the error pages its replies link to
//! (`mail.bigmir.net/err/`).
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - `mail.bigmir.net/err/`, `bigmir.net`: a published bounce ("host mx7.bigmir.net ...: 550 Mailbox is
//!   frozen. See http://mail.bigmir.net/err/3/"), https://pastebin.com/UWADPXYL.
//! - help page: bigmir's mail host, the one its own replies link to; no bigmir page itself is in the
//!   search tool's store.

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
