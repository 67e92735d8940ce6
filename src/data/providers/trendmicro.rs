//! Trend Micro: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Trend Micro Email Reputation Services lookup https://servicecentral.trendmicro.com/en-US/ers/
//! (ERS, with the RBL+ list of the former MAPS, r.mail-abuse.com; the ERS zones are rows of
//! `src/data/blocklists.rs`), and the Hosted Email Security recipient-rejection tokens in the SMTP
//! Field Manual data (https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json),
//! with Trend Micro's articles https://success.trendmicro.com/solution/1055758 and
//! https://success.trendmicro.com/solution/1120618.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "trendmicro",
    name: "Trend Micro",
    kind: K::Gateway,
    help_url: "https://servicecentral.trendmicro.com/en-US/ers/",
    source: provenance!("https://servicecentral.trendmicro.com/en-US/ers/"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["servicecentral.trendmicro.com", "success.trendmicro.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "trendmicro.com", strength: S::Medium },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "block_sender", pattern: "block-send-er", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: Some(Retry::AfterFix),
                   help_url: "https://success.trendmicro.com/solution/1055758",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "block_rcpt", pattern: "block-rcpt", code: "", category: C::PolicyRejected,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: Some(Retry::AfterFix),
                   help_url: "",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "invalid_recipient", pattern: "recipient address rejected: invalid-recipient", code: "", category: C::MailboxUnknown,
                   who_acts: None, retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "no_domain", pattern: "recipient address rejected: no-domain", code: "", category: C::ReceiverMisconfigured,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: Some(Retry::AfterFix),
                   help_url: "https://success.trendmicro.com/solution/1120618-send-outbound-mails-to-trend-micro-email-security-tmems-failed-with-554-return-code",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json"), checked: provenance!("2026-11-28") },
];
