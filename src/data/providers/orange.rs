//! Orange (Wanadoo): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Orange postmaster page https://postmaster.orange.fr/ and the numeric reasons of Orange
//! (`OFR_nnn`, `OFRxxx_nnn`) and La Poste (`LPNxxx_nnn`), which share one reply format, as listed
//! with sample replies in https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb (also
//! https://github.com/sisimai/p5-sisimai/issues/243). The three digits after the underscore carry the
//! reason; the rules match them whatever the prefix, so La Poste replies are explained here too.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "orange",
    name: "Orange (Wanadoo)",
    kind: K::Mailbox,
    help_url: "https://postmaster.orange.fr/",
    source: provenance!("https://postmaster.orange.fr/"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["postmaster.orange.fr"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "ofr_*", strength: S::Strong },
    ProviderMarker { pattern: "ofr0*", strength: S::Strong },
    ProviderMarker { pattern: "lpn0*", strength: S::Strong },
    ProviderMarker { pattern: "lpn1*", strength: S::Strong },
    ProviderMarker { pattern: "lpnaaa_*", strength: S::Strong },
    ProviderMarker { pattern: "ouk_*", strength: S::Strong },
    ProviderMarker { pattern: "mwinf*", strength: S::Strong },
    ProviderMarker { pattern: "smtp-in.orange.fr", strength: S::Medium },
    ProviderMarker { pattern: "orange.fr", strength: S::Weak },
    ProviderMarker { pattern: "wanadoo.fr", strength: S::Weak },
    ProviderMarker { pattern: "laposte.net", strength: S::Weak },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "code_101", pattern: "*_101", code: "", category: C::SenderBlocklisted,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_102", pattern: "*_102", code: "", category: C::SenderBlocklisted,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_103", pattern: "*_103", code: "", category: C::SenderIpBlocked,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_104", pattern: "*_104", code: "", category: C::RateLimited,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_305", pattern: "*_305", code: "", category: C::AuthFailed,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_401", pattern: "*_401", code: "", category: C::SenderAuthentication,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_402", pattern: "*_402", code: "", category: C::AuthRequired,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_403", pattern: "*_403", code: "", category: C::SenderRejected,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_405", pattern: "*_405", code: "", category: C::SenderRejected,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_415", pattern: "*_415", code: "", category: C::SenderRejected,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_416", pattern: "*_416", code: "", category: C::MailboxUnknown,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_417", pattern: "*_417", code: "", category: C::MailboxFull,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_418", pattern: "*_418", code: "", category: C::MailboxUnknown,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/p5-sisimai/issues/243"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_420", pattern: "*_420", code: "", category: C::MailboxDisabled,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_421", pattern: "*_421", code: "", category: C::SenderRejected,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_426", pattern: "*_426", code: "", category: C::MailboxDisabled,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_505", pattern: "*_505", code: "", category: C::ServerUnavailable,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_506", pattern: "*_506", code: "", category: C::SpamContent,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_510", pattern: "*_510", code: "", category: C::SenderIpBlocked,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/JamBrain/JamBrain/issues/270"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_514", pattern: "*_514", code: "", category: C::MessageTooLarge,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_517", pattern: "*_517", code: "", category: C::SenderAuthentication,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_630", pattern: "*_630", code: "", category: C::PolicyRejected,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "code_999", pattern: "*_999", code: "", category: C::SenderIpBlocked,
                   who_acts: None, retry: Some(Retry::Automatic),
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "spf_dns", pattern: "spf/dns de votre nom de domaine", code: "", category: C::SenderAuthentication,
                   who_acts: None, retry: None,
                   help_url: "https://postmaster.orange.fr/",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb"), checked: provenance!("2026-11-28") },
];
