//! SpamHero (filtering gateway): the `spamhero.com` MX hosts its customers point to.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.spamhero.com/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "spamhero",
    name: "SpamHero",
    kind: Gateway,
    help_url: "https://www.spamhero.com/",
    source: "https://www.spamhero.com/",
    checked: "2026-12-06",
    hosts: ["www.spamhero.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Its hosts may relay outbound mail too: only inside the reply.
    marker!("spamhero.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
