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

use crate::data::citations::{SPAMHAUS_RETURN_CODES, SPAMHAUS_ZONES};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "spamhaus",
    name: "Spamhaus",
    kind: Blocklist,
    help_url: "https://check.spamhaus.org/",
    source: SPAMHAUS_ZONES,
    checked: "2026-11-28",
    hosts: [
        "check.spamhaus.org",
        "www.spamhaus.org",
        "www.spamhaus.com",
        "docs.spamhaus.com",
    ],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // A blocklist never answers mail itself: its names in a reply are zones
    // (`src/data/blocklists.rs`) that tell which list was used, not who answered.
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("open_resolver", "error: open resolver", "", ReceiverMisconfigured, RecipientAdmin, _, SPAMHAUS_RETURN_CODES, "https://github.com/springcomp/self-hosted-simplelogin/issues/37", "2026-11-28"),
    rule!("returnc_link", "spamhaus.org/returnc", "", ReceiverMisconfigured, RecipientAdmin, _, SPAMHAUS_RETURN_CODES, SPAMHAUS_RETURN_CODES, "2026-11-28"),
    rule!("return_code_254", "127.255.255.254", "", ReceiverMisconfigured, RecipientAdmin, _, SPAMHAUS_RETURN_CODES, SPAMHAUS_RETURN_CODES, "2026-11-28"),
    rule!("return_code_255", "127.255.255.255", "", ReceiverMisconfigured, RecipientAdmin, _, SPAMHAUS_RETURN_CODES, "https://www.spamhaus.com/resource-center/help-for-spamhaus-projects-legacy-blocklist-users", "2026-11-28"),
    rule!("return_code_252", "127.255.255.252", "", ReceiverMisconfigured, RecipientAdmin, _, SPAMHAUS_RETURN_CODES, SPAMHAUS_RETURN_CODES, "2026-11-28"),
    rule!("dbl_ip_query", "127.0.1.255", "", ReceiverMisconfigured, RecipientAdmin, _, SPAMHAUS_RETURN_CODES, SPAMHAUS_ZONES, "2026-11-28"),
];
