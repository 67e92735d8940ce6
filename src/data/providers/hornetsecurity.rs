//! Hornetsecurity: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Hornetsecurity (formerly antispameurope, domain cloud-security.net) rejections as
//! collected in https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt and
//! https://github.com/zone-eu/zone-mta/pull/186, and a field DSN from the gateway
//! `mx17a.antispameurope.com` (https://pastebin.com/YvH8wVdW). Hornetsecurity's MX hosts are
//! `mx*.hornetsecurity.com` / `mx*.antispameurope.com`.

use crate::data::citations::ZONEMTA_BOUNCES;
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "hornetsecurity",
    name: "Hornetsecurity",
    kind: Gateway,
    help_url: "https://www.hornetsecurity.com/",
    source: "https://github.com/zone-eu/zone-mta/pull/186",
    checked: "2026-11-28",
    hosts: ["www.hornetsecurity.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("hornetsecurity.com", Medium),
    marker!("antispameurope.com", Medium),
    marker!("cloud-security.net", Medium),
    marker!("hornetsecurity", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("bad_reputation", "cloud-security.net/unblock", "", SenderReputation, _, _, "", ZONEMTA_BOUNCES, "2026-11-28"),
];
