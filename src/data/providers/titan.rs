//! Titan Email (business mail sold through registrars and hosts): how to recognise it. Titan's help
//! says that when it has blocked the connecting IP (after many failed logins from it in a short time,
//! first for a while and permanently if it repeats) its SMTP server answers "ESMTP not accepting
//! connections"; other providers (iCloud) send the same words, so they are no rule here. This file
//! has the mail domain only.
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
];
