//! Google (Gmail, Google Workspace): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: (list the official pages this file's rows come from)

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "google",
    name: "Google (Gmail, Google Workspace)",
    kind: K::Mailbox,
    help_url: "https://support.google.com/a/answer/3726730",
    source: "https://support.google.com/a/answer/3726730",
    checked: "2026-11-28",
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["support.google.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "gsmtp", provider: "google", strength: S::Strong },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { provider: "google", id: "spf_fail", pattern: "", code: "5.7.27", category: C::SenderAuthentication,
                   who_acts: Some(WhoActs::SenderAdmin), retry: Some(Retry::AfterFix),
                   help_url: "https://support.google.com/a/answer/81126",
                   source: "https://support.google.com/a/answer/3726730", checked: "2026-11-28" },
];
