//! Coremail, the mail system behind many Chinese universities, companies and hosted mail
//! services: how to recognise its replies.
//!
//! Coremail's own replies use generic words ("User not found", "IP is rejected"), so they are left
//! to the generic phrase tables; only the product name marks a Coremail server.
//!
//! Sources: Coremail's support pages listing its bounce texts,
//! https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "coremail",
    name: "Coremail",
    kind: Mailbox,
    help_url: "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0",
    source: "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0",
    checked: "2026-12-05",
    hosts: ["www.icoremail.vip"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("coremail", Weak),
    marker!("icoremail.net", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
