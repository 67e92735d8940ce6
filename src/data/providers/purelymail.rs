//! Purelymail (mail host): its MX host mailserver.purelymail.com and its domain.
//!
//! One rule: its router's "NoMxHostFoundException" (it found no mail server for the address it
//! was to deliver or forward to), as in https://github.com/Purelymail/purelymail-issues/issues/248.
//!
//! Sources: https://purelymail.com/docs/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "purelymail",
    name: "Purelymail",
    kind: Mailbox,
    help_url: "https://purelymail.com/docs/",
    source: "https://purelymail.com/docs/",
    checked: "2026-12-06",
    hosts: ["purelymail.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mailserver.purelymail.com", Medium),
    marker!("purelymail.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("no_mx_host", "nomxhostfoundexception", "", DomainNoMail, _, _, "https://purelymail.com/docs/", "https://github.com/Purelymail/purelymail-issues/issues/248", "2026-12-06"),
];
