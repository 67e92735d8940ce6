//! GMX: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: GMX postmaster error messages https://postmaster.gmx.net/en/error-messages (also postmaster.gmx.com/en/error-messages:
//! GMX uses no enhanced status codes; the last line of its multi-line reply links to a case page with
//! the reason as `c=...`, e.g. c=rdns, c=hi, c=bl), the shared United Internet list on
//! https://postmaster.mail.com/en/error-messages, and GMX replies from public reports. GMX, WEB.DE
//! and IONOS run the same mail platform ("Nemesis ESMTP"), so their rules are the same.

use crate::data::citations::{EMAILWIZ_ISSUE_82, GMX_ERROR_MESSAGES};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "gmx",
    name: "GMX",
    kind: Mailbox,
    help_url: GMX_ERROR_MESSAGES,
    source: GMX_ERROR_MESSAGES,
    checked: "2026-11-28",
    hosts: ["postmaster.gmx.net", "postmaster.gmx.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mxgmx*", Strong),
    marker!("mrgmx*", Strong),
    marker!("emig.gmx.net", Medium),
    // mail.com's MX hosts (the same United Internet platform; MX of mail.com as checked in
    // https://github.com/openbullet/OpenBullet2/blob/master/RuriLib.Tests/Functions/Networking/DnsLookupTests.cs).
    marker!("mx00.mail.com", Medium),
    marker!("mx01.mail.com", Medium),
    marker!("postmaster.gmx.net", Medium),
    marker!("postmaster.gmx.com", Medium),
    // mail.com is the same United Internet platform; its refusals link to its own copy of the list.
    marker!("postmaster.mail.com", Medium),
    marker!("gmx.net/mail/senderguidelines", Medium),
    marker!("gmx.net", Weak),
    marker!("gmx.de", Weak),
    marker!("gmx.at", Weak),
    marker!("gmx.ch", Weak),
    marker!("gmx.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("bad_ptr", "bad dns ptr resource record", "", ReverseDns, _, _, GMX_ERROR_MESSAGES, GMX_ERROR_MESSAGES, "2026-11-28"),
    rule!("invalid_ptr", "invalid dns ptr resource record", "", ReverseDns, _, _, GMX_ERROR_MESSAGES, GMX_ERROR_MESSAGES, "2026-11-28"),
    rule!("ip_block_listed", "ip address is block listed", "", SenderIpBlocked, _, _, GMX_ERROR_MESSAGES, GMX_ERROR_MESSAGES, "2026-11-28"),
    rule!("ip_black_listed", "ip address is black listed", "", SenderIpBlocked, _, _, GMX_ERROR_MESSAGES, GMX_ERROR_MESSAGES, "2026-11-28"),
    rule!("header_invalid", "c=hi", "", MessageFormat, _, _, GMX_ERROR_MESSAGES, GMX_ERROR_MESSAGES, "2026-11-28"),
    rule!("policy_reject", "reject due to policy restriction*", "", PolicyRejected, _, _, GMX_ERROR_MESSAGES, GMX_ERROR_MESSAGES, "2026-11-28"),
    rule!("spf_policy", "reject due to spf policy", "", SenderAuthentication, _, _, GMX_ERROR_MESSAGES, GMX_ERROR_MESSAGES, "2026-11-28"),
    rule!("policy_violations", "reject due to policy violations", "", SenderReputation, _, _, GMX_ERROR_MESSAGES, GMX_ERROR_MESSAGES, "2026-11-28"),
    rule!("invalid_dns_mx", "invalid dns mx or a/aaaa resource record", "", SenderRejected, SenderAdmin, _, GMX_ERROR_MESSAGES, EMAILWIZ_ISSUE_82, "2026-11-28"),
];
