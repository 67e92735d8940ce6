//! Hornetsecurity: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Hornetsecurity (formerly antispameurope, domain cloud-security.net) rejections as
//! collected in https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt and
//! https://github.com/zone-eu/zone-mta/pull/186, and a field DSN from the gateway
//! `mx17a.antispameurope.com` (https://pastebin.com/YvH8wVdW). Hornetsecurity's MX hosts are
//! `mx*.hornetsecurity.com` / `mx*.antispameurope.com`.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "hornetsecurity",
    name: "Hornetsecurity",
    kind: K::Gateway,
    help_url: "https://www.hornetsecurity.com/",
    source: provenance!("https://github.com/zone-eu/zone-mta/pull/186"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["www.hornetsecurity.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "hornetsecurity.com", strength: S::Medium },
    ProviderMarker { pattern: "antispameurope.com", strength: S::Medium },
    ProviderMarker { pattern: "cloud-security.net", strength: S::Medium },
    ProviderMarker { pattern: "hornetsecurity", strength: S::Weak },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "bad_reputation", pattern: "cloud-security.net/unblock", code: "", category: C::SenderReputation,
                   who_acts: None, retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt"), checked: provenance!("2026-11-28") },
];
