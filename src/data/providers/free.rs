//! Free (free.fr): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Free's postmaster page https://postmaster.free.fr/ (IP blocks last at most 24 hours;
//! "550 spam detected" means the content was judged to be spam; that wording is also used by other
//! servers, so it is left to the generic phrases), and Free replies in the SMTP Field Manual data.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "free",
    name: "Free (free.fr)",
    kind: K::Mailbox,
    help_url: "https://postmaster.free.fr/",
    source: provenance!("https://postmaster.free.fr/"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["postmaster.free.fr"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "postmaster.free.fr", strength: S::Medium },
    ProviderMarker { pattern: "mx1.free.fr", strength: S::Medium },
    ProviderMarker { pattern: "mx2.free.fr", strength: S::Medium },
    ProviderMarker { pattern: "free.fr", strength: S::Weak },
    ProviderMarker { pattern: "aliceadsl.fr", strength: S::Weak },
    ProviderMarker { pattern: "libertysurf.fr", strength: S::Weak },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "quota_usersearch", pattern: "quota exceeded (usersearch)", code: "", category: C::MailboxFull,
                   who_acts: None, retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/552.json"), checked: provenance!("2026-11-28") },
];
