//! Coremail, the mail system behind many Chinese universities, companies and hosted mail
//! services: how to recognise its replies.
//!
//! Most of Coremail's own replies use generic words ("User not found", "IP is rejected"), so they
//! are left to the generic phrase tables. Its longer "Requested ... action not taken: ..." texts,
//! listed on its support pages, are its own and read as rules.
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
    rule!("invalid_ip", "requested mail action not taken: invalid ip", "", SenderIpBlocked, SenderAdmin, AfterFix, "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0", "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0", "2026-12-06"),
    rule!("fake_sender", "requested mail action not taken: fake sender", "", SenderRejected, SenderAdmin, AfterFix, "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0", "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0", "2026-12-06"),
    rule!("null_sender", "requested action not taken: null sender is not allowed", "", SenderRejected, SenderAdmin, AfterFix, "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0", "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0", "2026-12-06"),
    rule!("local_user_only", "requested action not taken: local user only", "", RelayDenied, Sender, AfterFix, "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0", "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0", "2026-12-06"),
];
