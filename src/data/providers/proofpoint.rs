//! Proofpoint: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Proofpoint's IP reputation lookup and delisting form https://ipcheck.proofpoint.com/
//! (older replies link to support.proofpoint.com/dnsbl-lookup.cgi), and Proofpoint replies from
//! https://github.com/LukeSmithxyz/emailwiz/issues/233, https://github.com/docker-mailserver/docker-mailserver/issues/22
//! and https://github.com/reacherhq/check-if-email-exists/blob/master/core/src/smtp/parser.rs. Proofpoint also filters for iCloud and many companies, so its rules
//! apply whoever answered. Reputation tokens are also rows of `src/data/blocklists.rs`.

use crate::data::citations::{PROOFPOINT_IPCHECK, REACHER_SMTP_PARSER};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "proofpoint",
    name: "Proofpoint",
    kind: Gateway,
    help_url: PROOFPOINT_IPCHECK,
    source: PROOFPOINT_IPCHECK,
    checked: "2026-11-28",
    hosts: ["ipcheck.proofpoint.com", "help.proofpoint.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("pphosted.com", Medium),
    marker!("ppe-hosted.com", Medium),
    // Proofpoint's reputation zone, named in refusals of servers that query it
    // (https://support.plesk.com/hc/en-us/articles/12377216408855).
    marker!("prs.proofpoint.com", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("ipcheck_blocked", "ipcheck.proofpoint.com", "", SenderBlocklisted, _, _, PROOFPOINT_IPCHECK, "https://github.com/LukeSmithxyz/emailwiz/issues/233", "2026-11-28"),
    rule!("dnsbl_lookup_blocked", "support.proofpoint.com/dnsbl-lookup.cgi", "", SenderBlocklisted, _, _, PROOFPOINT_IPCHECK, "https://github.com/docker-mailserver/docker-mailserver/issues/22", "2026-11-28"),
    rule!("reputation_services", "refused by proofpoint reputation services", "", SenderBlocklisted, _, _, PROOFPOINT_IPCHECK, REACHER_SMTP_PARSER, "2026-11-28"),
];
