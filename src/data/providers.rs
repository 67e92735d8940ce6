//! Providers, gateways and blocklist operators; the tokens that tell who answered; and what
//! each provider means by its own codes and wording. Every row names its source and the date
//! it was checked. `PROVIDERS` is sorted by id (checked by a test).
//!
//! Texts for a rule live in the catalog under `rule.<provider>.<id>.{title,summary,user.N,admin.N}`.

use super::{Provider, ProviderKind as K, ProviderMarker, ProviderRule, Strength as S};
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// Every provider, sorted by id.
#[rustfmt::skip]
pub static PROVIDERS: &[Provider] = &[
    Provider { id: "google", name: "Google (Gmail, Google Workspace)", kind: K::Mailbox,
               help_url: "https://support.google.com/a/answer/3726730",
               source: "https://support.google.com/a/answer/3726730", checked: "2026-11-28" },
];

/// Tokens that tell which provider answered.
#[rustfmt::skip]
pub static PROVIDER_MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "gsmtp", provider: "google", strength: S::Strong },
];

/// What providers mean by their own codes and wording.
#[rustfmt::skip]
pub static PROVIDER_RULES: &[ProviderRule] = &[
    ProviderRule { provider: "google", id: "spf_fail", pattern: "", code: "5.7.27", category: C::SenderAuthentication,
                   who_acts: Some(WhoActs::SenderAdmin), retry: Some(Retry::AfterFix),
                   help_url: "https://support.google.com/a/answer/81126",
                   source: "https://support.google.com/a/answer/3726730", checked: "2026-11-28" },
];
