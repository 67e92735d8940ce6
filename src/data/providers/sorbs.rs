//! SORBS: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Proofpoint's statement that SORBS was decommissioned on 5 June 2024 and no longer
//! holds reputation data (reported in https://www.techzine.eu/news/security/120916/proofpoint-discontinues-anti-spam-service-sorbs/),
//! and SORBS replies collected in https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt.
//! Old replies were real listings; a recent one means the receiving server still queries a dead
//! list. The zones are rows of `src/data/blocklists.rs` (kind `defunct`); the rules only move the
//! action to the recipient's administrator, the only one who can still fix it.

use crate::data::citations::{TECHZINE_SORBS_SHUTDOWN, ZONEMTA_BOUNCES};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "sorbs",
    name: "SORBS",
    kind: Blocklist,
    help_url: "https://www.sorbs.net/",
    source: TECHZINE_SORBS_SHUTDOWN,
    checked: "2026-11-28",
    hosts: ["www.sorbs.net"],
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
    rule!("dnsbl_zone", "dnsbl.sorbs.net", "", SenderBlocklisted, RecipientAdmin, AfterFix, "", ZONEMTA_BOUNCES, "2026-11-28"),
    rule!("lookup_link", "sorbs.net/lookup", "", SenderBlocklisted, RecipientAdmin, AfterFix, "", ZONEMTA_BOUNCES, "2026-11-28"),
];
