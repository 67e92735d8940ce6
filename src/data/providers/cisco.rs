//! Cisco Secure Email (IronPort): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Cisco Talos reputation lookup https://talosintelligence.com/reputation_center (SenderBase Reputation Score, SBRS, which
//! Cisco Secure Email uses to reject connections), the default rejection text of a Cisco Secure Email
//! reputation policy as seen in https://github.com/Mailu/Mailu/issues/1458 and
//! https://github.com/zytzagoo/smtp-validate-email/issues/40, and https://github.com/reacherhq/check-if-email-exists/blob/master/core/src/smtp/parser.rs.
//! Cisco Secure Email Cloud hosts are named `*.iphmx.com`.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "cisco",
    name: "Cisco Secure Email (IronPort)",
    kind: K::Gateway,
    help_url: "https://talosintelligence.com/reputation_center",
    source: provenance!("https://talosintelligence.com/reputation_center"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["talosintelligence.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "iphmx.com", strength: S::Medium },
    ProviderMarker { pattern: "senderbase.org", strength: S::Medium },
    ProviderMarker { pattern: "talosintelligence.com", strength: S::Medium },
    ProviderMarker { pattern: "ironport", strength: S::Weak },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "poor_reputation", pattern: "rejected due to the sending mta's poor reputation", code: "", category: C::SenderReputation,
                   who_acts: None, retry: None,
                   help_url: "https://talosintelligence.com/reputation_center",
                   source: provenance!("https://github.com/zytzagoo/smtp-validate-email/issues/40"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "sbrs_too_low", pattern: "sbrs score too low", code: "", category: C::SenderReputation,
                   who_acts: None, retry: None,
                   help_url: "https://talosintelligence.com/reputation_center",
                   source: provenance!("https://github.com/reacherhq/check-if-email-exists/blob/master/core/src/smtp/parser.rs"), checked: provenance!("2026-11-28") },
];
