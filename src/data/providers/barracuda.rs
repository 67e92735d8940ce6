//! Barracuda Networks: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Barracuda's message-log reasons for Email Gateway Defense https://campus.barracuda.com/doc/167976683,
//! the Barracuda Reputation Block List lookup https://www.barracudacentral.org/lookups (zones in
//! `src/data/blocklists.rs`), and Barracuda replies in the SMTP Field Manual data
//! (https://github.com/ActiveCampaign/smtp-field-manual, data/codes/*.json). "Message content
//! rejected, UBE, id=..." is amavisd-new's wording, used by the Barracuda appliance but not only
//! by it, so it is left to the generic phrases; `cuda_nsu` only marks a reply passed on by Barracuda.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "barracuda",
    name: "Barracuda Networks",
    kind: K::Gateway,
    help_url: "https://campus.barracuda.com/doc/167976683",
    source: provenance!("https://campus.barracuda.com/doc/167976683"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["campus.barracuda.com", "www.barracudacentral.org"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "cuda_nsu", strength: S::Strong },
    ProviderMarker { pattern: "ess.barracudanetworks.com", strength: S::Medium },
    ProviderMarker { pattern: "ess.ca.barracudanetworks.com", strength: S::Medium },
    ProviderMarker { pattern: "ess.eu.barracudanetworks.com", strength: S::Medium },
    ProviderMarker { pattern: "ess.au.barracudanetworks.com", strength: S::Medium },
    ProviderMarker { pattern: "ess.uk.barracudanetworks.com", strength: S::Medium },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "spam_url", pattern: "rejected due to spam url in content", code: "", category: C::SpamContent,
                   who_acts: None, retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "banned_content", pattern: "rejecting banned content", code: "", category: C::ContentPolicy,
                   who_acts: None, retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "spoofed", pattern: "rejecting spoofed message", code: "", category: C::SenderAuthentication,
                   who_acts: Some(WhoActs::SenderAdmin), retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "license_expired", pattern: "license expired", code: "422", category: C::ReceiverMisconfigured,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/422.json"), checked: provenance!("2026-11-28") },
];
