//! WEB.DE: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: WEB.DE postmaster error messages https://postmaster.web.de/de/fehlermeldungen (same platform and wording as GMX,
//! see gmx.rs), and WEB.DE replies from public reports.

use crate::data::citations::{EMAILWIZ_ISSUE_82, WEBDE_FEHLERMELDUNGEN};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "webde",
    name: "WEB.DE",
    kind: Mailbox,
    help_url: WEBDE_FEHLERMELDUNGEN,
    source: WEBDE_FEHLERMELDUNGEN,
    checked: "2026-11-28",
    hosts: ["postmaster.web.de"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mxweb*", Strong),
    marker!("postmaster.web.de", Medium),
    marker!("web.de/email/senderguidelines", Medium),
    marker!("web.de", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("bad_ptr", "bad dns ptr resource record", "", ReverseDns, _, _, WEBDE_FEHLERMELDUNGEN, WEBDE_FEHLERMELDUNGEN, "2026-11-28"),
    rule!("invalid_ptr", "invalid dns ptr resource record", "", ReverseDns, _, _, WEBDE_FEHLERMELDUNGEN, WEBDE_FEHLERMELDUNGEN, "2026-11-28"),
    rule!("ip_block_listed", "ip address is block listed", "", SenderIpBlocked, _, _, WEBDE_FEHLERMELDUNGEN, WEBDE_FEHLERMELDUNGEN, "2026-11-28"),
    rule!("ip_black_listed", "ip address is black listed", "", SenderIpBlocked, _, _, WEBDE_FEHLERMELDUNGEN, WEBDE_FEHLERMELDUNGEN, "2026-11-28"),
    rule!("header_invalid", "c=hi", "", MessageFormat, _, _, WEBDE_FEHLERMELDUNGEN, WEBDE_FEHLERMELDUNGEN, "2026-11-28"),
    rule!("policy_reject", "reject due to policy restriction*", "", PolicyRejected, _, _, WEBDE_FEHLERMELDUNGEN, WEBDE_FEHLERMELDUNGEN, "2026-11-28"),
    rule!("spf_policy", "reject due to spf policy", "", SenderAuthentication, _, _, WEBDE_FEHLERMELDUNGEN, WEBDE_FEHLERMELDUNGEN, "2026-11-28"),
    rule!("policy_violations", "reject due to policy violations", "", SenderReputation, _, _, WEBDE_FEHLERMELDUNGEN, WEBDE_FEHLERMELDUNGEN, "2026-11-28"),
    rule!("invalid_dns_mx", "invalid dns mx or a/aaaa resource record", "", SenderRejected, SenderAdmin, _, WEBDE_FEHLERMELDUNGEN, EMAILWIZ_ISSUE_82, "2026-11-28"),
];
