//! IONOS (1&1): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: IONOS help on SMTP error messages https://www.ionos.com/help/index.php?id=2425 (c=hd: header lines not
//! compliant with RFC 5321/5322), the United Internet postmaster pages (same platform as GMX and
//! WEB.DE, see gmx.rs) and IONOS replies from public reports. Inbound IONOS/1&1 servers answer as
//! `kundenserver.de (mxeue...)` or `perfora.net (mxeueus...)`.

use crate::data::citations::{EMAILWIZ_ISSUE_82, IONOS_2425};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "ionos",
    name: "IONOS (1&1)",
    kind: Mailbox,
    help_url: IONOS_2425,
    source: IONOS_2425,
    checked: "2026-11-28",
    hosts: ["www.ionos.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mxeue*", Strong),
    marker!("kundenserver.de", Medium),
    marker!("perfora.net", Medium),
    marker!("postmaster.1und1.de", Medium),
    marker!("ionos.com/help", Medium),
    marker!("smtp.ionos.de", Medium),
    marker!("ionos.de", Weak),
    marker!("ionos.com", Weak),
    marker!("1and1.com", Weak),
    marker!("1and1.co.uk", Weak),
    marker!("1und1.de", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("bad_ptr", "bad dns ptr resource record", "", ReverseDns, _, _, IONOS_2425, IONOS_2425, "2026-11-28"),
    rule!("invalid_ptr", "invalid dns ptr resource record", "", ReverseDns, _, _, IONOS_2425, IONOS_2425, "2026-11-28"),
    rule!("ip_block_listed", "ip address is block listed", "", SenderIpBlocked, _, _, IONOS_2425, IONOS_2425, "2026-11-28"),
    rule!("ip_black_listed", "ip address is black listed", "", SenderIpBlocked, _, _, IONOS_2425, IONOS_2425, "2026-11-28"),
    rule!("header_invalid", "c=hi", "", MessageFormat, _, _, IONOS_2425, IONOS_2425, "2026-11-28"),
    rule!("policy_reject", "reject due to policy restriction*", "", PolicyRejected, _, _, IONOS_2425, IONOS_2425, "2026-11-28"),
    rule!("spf_policy", "reject due to spf policy", "", SenderAuthentication, _, _, IONOS_2425, IONOS_2425, "2026-11-28"),
    rule!("policy_violations", "reject due to policy violations", "", SenderReputation, _, _, IONOS_2425, IONOS_2425, "2026-11-28"),
    rule!("invalid_dns_mx", "invalid dns mx or a/aaaa resource record", "", SenderRejected, SenderAdmin, _, IONOS_2425, EMAILWIZ_ISSUE_82, "2026-11-28"),
    rule!("header_invalid_hd", "c=hd", "", MessageFormat, _, _, IONOS_2425, IONOS_2425, "2026-11-28"),
];
