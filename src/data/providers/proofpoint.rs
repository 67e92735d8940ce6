//! Proofpoint: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Proofpoint's IP reputation lookup and delisting form https://ipcheck.proofpoint.com/
//! (older replies link to support.proofpoint.com/dnsbl-lookup.cgi), and Proofpoint replies from
//! https://github.com/LukeSmithxyz/emailwiz/issues/233, https://github.com/docker-mailserver/docker-mailserver/issues/22
//! and https://github.com/reacherhq/check-if-email-exists/blob/master/core/src/smtp/parser.rs. Proofpoint also filters for iCloud and many companies, so its rules
//! apply whoever answered. Reputation tokens are also rows of `src/data/blocklists.rs`.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "proofpoint",
    name: "Proofpoint",
    kind: K::Gateway,
    help_url: "https://ipcheck.proofpoint.com/",
    source: provenance!("https://ipcheck.proofpoint.com/"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["ipcheck.proofpoint.com", "help.proofpoint.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "pphosted.com", strength: S::Medium },
    ProviderMarker { pattern: "ppe-hosted.com", strength: S::Medium },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "ipcheck_blocked", pattern: "ipcheck.proofpoint.com", code: "", category: C::SenderBlocklisted,
                   who_acts: None, retry: None,
                   help_url: "https://ipcheck.proofpoint.com/",
                   source: provenance!("https://github.com/LukeSmithxyz/emailwiz/issues/233"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "dnsbl_lookup_blocked", pattern: "support.proofpoint.com/dnsbl-lookup.cgi", code: "", category: C::SenderBlocklisted,
                   who_acts: None, retry: None,
                   help_url: "https://ipcheck.proofpoint.com/",
                   source: provenance!("https://github.com/docker-mailserver/docker-mailserver/issues/22"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "reputation_services", pattern: "refused by proofpoint reputation services", code: "", category: C::SenderBlocklisted,
                   who_acts: None, retry: None,
                   help_url: "https://ipcheck.proofpoint.com/",
                   source: provenance!("https://github.com/reacherhq/check-if-email-exists/blob/master/core/src/smtp/parser.rs"), checked: provenance!("2026-11-28") },
];
