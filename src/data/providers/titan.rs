//! Titan Email (business mail sold through registrars and hosts): how to recognise its refusals and
//! what they mean. When Titan has blocked the connecting IP (after many failed logins from it in a
//! short time, first for a while and permanently if it repeats), its SMTP server answers "ESMTP not
//! accepting connections".
//!
//! Sources: Titan help, "ESMTP not accepting connections",
//! <https://support.titan.email/hc/en-us/articles/4416516446873-ESMTP-not-accepting-connections>.

use crate::data::{ProviderMarker, ProviderRule};
/// Titan help, ESMTP not accepting connections.
const TITAN_ESMTP_NOT_ACCEPTING: &str = "https://support.titan.email/hc/en-us/articles/4416516446873-ESMTP-not-accepting-connections";
provider! {
    id: "titan",
    name: "Titan Email",
    kind: Mailbox,
    help_url: TITAN_ESMTP_NOT_ACCEPTING,
    source: TITAN_ESMTP_NOT_ACCEPTING,
    checked: "2026-12-06",
    hosts: ["support.titan.email"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("titan.email", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("ip_blocked_logins", "esmtp not accepting connections", "", SenderIpBlocked, SenderAdmin, AfterFix, TITAN_ESMTP_NOT_ACCEPTING, TITAN_ESMTP_NOT_ACCEPTING, "2026-12-06"),
];
