//! Spamhaus: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: the zone and return-code table https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html
//! and Spamhaus's pages on public-mirror error codes (https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now/,
//! https://www.spamhaus.com/resource-center/help-for-spamhaus-projects-legacy-blocklist-users).
//! The zones themselves (ZEN, SBL, CSS, XBL, PBL, DBL, ZRD, DQS) are rows of `src/data/blocklists.rs`;
//! the rules here are the replies that look like a listing but are an error of the receiving
//! side: Spamhaus answers queries that come through public resolvers, or in excess, with
//! 127.255.255.254 / 127.255.255.255 and a TXT record "Error: open resolver; https://www.spamhaus.org/returnc/...",
//! which a misconfigured receiver then reports as "blocked using zen.spamhaus.org".

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "spamhaus",
    name: "Spamhaus",
    kind: K::Blocklist,
    help_url: "https://check.spamhaus.org/",
    source: provenance!("https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &[
    "check.spamhaus.org",
    "www.spamhaus.org",
    "www.spamhaus.com",
    "docs.spamhaus.com",
];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // A blocklist never answers mail itself: its names in a reply are zones
    // (`src/data/blocklists.rs`) that tell which list was used, not who answered.
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "open_resolver", pattern: "error: open resolver", code: "", category: C::ReceiverMisconfigured,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: None,
                   help_url: "https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now/",
                   source: provenance!("https://github.com/springcomp/self-hosted-simplelogin/issues/37"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "returnc_link", pattern: "spamhaus.org/returnc", code: "", category: C::ReceiverMisconfigured,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: None,
                   help_url: "https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now/",
                   source: provenance!("https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now/"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "return_code_254", pattern: "127.255.255.254", code: "", category: C::ReceiverMisconfigured,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: None,
                   help_url: "https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now/",
                   source: provenance!("https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now/"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "return_code_255", pattern: "127.255.255.255", code: "", category: C::ReceiverMisconfigured,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: None,
                   help_url: "https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now/",
                   source: provenance!("https://www.spamhaus.com/resource-center/help-for-spamhaus-projects-legacy-blocklist-users"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "return_code_252", pattern: "127.255.255.252", code: "", category: C::ReceiverMisconfigured,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: None,
                   help_url: "https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now/",
                   source: provenance!("https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now/"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "dbl_ip_query", pattern: "127.0.1.255", code: "", category: C::ReceiverMisconfigured,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: None,
                   help_url: "https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now/",
                   source: provenance!("https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html"), checked: provenance!("2026-11-28") },
];
