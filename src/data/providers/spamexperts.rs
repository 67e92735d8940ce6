//! SpamExperts (now N-able Mail Assure), a filtering service in front of many hosting providers'
//! mail: how to recognise its replies. Its servers are named `*.antispamcloud.com`.
//!
//! Sources: a public bounce from 5016.smtp.antispamcloud.com, https://pastebin.com/43f2bBys.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "spamexperts",
    name: "SpamExperts (N-able Mail Assure)",
    kind: Gateway,
    help_url: "https://www.spamexperts.com/",
    source: "https://pastebin.com/43f2bBys",
    checked: "2026-12-05",
    hosts: ["www.spamexperts.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("antispamcloud.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
