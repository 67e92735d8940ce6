//! Cisco Secure Email (IronPort): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Cisco Talos reputation lookup https://talosintelligence.com/reputation_center (SenderBase Reputation Score, SBRS, which
//! Cisco Secure Email uses to reject connections), the default rejection text of a Cisco Secure Email
//! reputation policy as seen in https://github.com/Mailu/Mailu/issues/1458 and
//! https://github.com/zytzagoo/smtp-validate-email/issues/40, and https://github.com/reacherhq/check-if-email-exists/blob/master/core/src/smtp/parser.rs.
//! Cisco Secure Email Cloud hosts are named `*.iphmx.com`.

use crate::data::citations::{REACHER_SMTP_PARSER, TALOS_REPUTATION};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "cisco",
    name: "Cisco Secure Email (IronPort)",
    kind: Gateway,
    help_url: TALOS_REPUTATION,
    source: TALOS_REPUTATION,
    checked: "2026-11-28",
    hosts: ["talosintelligence.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("iphmx.com", Medium),
    marker!("senderbase.org", Medium),
    marker!("talosintelligence.com", Medium),
    marker!("ironport", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("poor_reputation", "rejected due to the sending mta's poor reputation", "", SenderReputation, _, _, TALOS_REPUTATION, "https://github.com/zytzagoo/smtp-validate-email/issues/40", "2026-11-28"),
    rule!("sbrs_too_low", "sbrs score too low", "", SenderReputation, _, _, TALOS_REPUTATION, REACHER_SMTP_PARSER, "2026-11-28"),
];
