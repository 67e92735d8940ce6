//! Fastmail: how to recognise its replies and what its own codes and wording mean.
//!
//! Fastmail's mail hosts are under `messagingengine.com` (`in1-smtp.messagingengine.com`,
//! `mail.messagingengine.com`).
//!
//! Sources:
//! - Fastmail help, "Why messages bounce back":
//!   <https://fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back> (lists
//!   `551 5.7.1 Not authorised to send from this header address` among Fastmail's own errors).
//! - Field report of a locked account: <https://brianjohnson.co.za/posts/avoid-fastmail/>.

#[allow(unused_imports)]
use crate::data::Strength as S;
use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// Fastmail's help article on bounces.
const HELP: &str = "https://fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back";
/// Field report of "Address locked or deactivated".
const LOCKED_REPORT: &str = "https://brianjohnson.co.za/posts/avoid-fastmail/";
/// Date of the checks.
const TODAY: &str = "2026-11-28";

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "fastmail",
    name: "Fastmail",
    kind: K::Mailbox,
    help_url: HELP,
    source: provenance!(HELP),
    checked: provenance!(TODAY),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["fastmail.help"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "messagingengine.com", strength: S::Medium },
    ProviderMarker { pattern: "fastmail.help", strength: S::Strong },
    ProviderMarker { pattern: "fastmail.com", strength: S::Weak },
    ProviderMarker { pattern: "fastmail.fm", strength: S::Weak },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // The From header names an address the Fastmail account may not send as.
    ProviderRule { id: "not_authorised_header_address", pattern: "not authorised to send from this header address", code: "",
                   category: C::SenderRejected, who_acts: Some(WhoActs::Sender), retry: Some(Retry::AfterFix),
                   help_url: HELP, source: provenance!(HELP), checked: provenance!(TODAY) },
    // Mail to a Fastmail account that has been locked or closed.
    ProviderRule { id: "address_locked", pattern: "address locked or deactivated", code: "",
                   category: C::MailboxDisabled, who_acts: None, retry: Some(Retry::Later),
                   help_url: HELP, source: provenance!(LOCKED_REPORT), checked: provenance!(TODAY) },
];
