//! SpamExperts (now N-able Mail Assure), a filtering service in front of many hosting providers'
//! mail: how to recognise its replies. Its servers are named `*.antispamcloud.com`.
//!
//! Sources: a public bounce from 5016.smtp.antispamcloud.com, https://pastebin.com/43f2bBys;
//! the MX host names customers point their domains at (global, EU and US regions, and the
//! `filterNN.antispamcloud.com` local-cloud names), N-able's guide "Hosted Cloud MX Records",
//! https://documentation.n-able.com/spamexperts/userguide/Content/B_Admin%20Level/domains/mx-records.htm
//! and https://documentation.n-able.com/spamexperts/userguide/qsg/lc/Content/B_Admin%20Level/domains/mx-records.htm.

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
    // Inbound MX hosts (N-able, Hosted Cloud MX Records; URLs above).
    marker!("mx.spamexperts.com", Medium),
    marker!("fallbackmx.spamexperts.eu", Medium),
    marker!("lastmx.spamexperts.net", Medium),
    marker!("spamexperts.com", Weak),
    marker!("spamexperts.eu", Weak),
    marker!("spamexperts.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
