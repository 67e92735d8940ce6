//! Purelymail (mail host): its MX host mailserver.purelymail.com and its domain.
//!
//! One rule: its router's "NoMxHostFoundException" (it found no mail server for the address it
//! was to deliver or forward to), as in https://github.com/Purelymail/purelymail-issues/issues/248.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: Purelymail's routing documentation, https://purelymail.com/docs/routing.
//! - `mailserver.purelymail.com`: the MX record of a Purelymail domain ("yourdomain.com MX 10
//!   mailserver.purelymail.com") in a published setup guide,
//!   https://blog.hardcodeconsulting.tech/post/purelymanage-domain-setup/.
//! - `purelymail.com`: Purelymail's own domain; its bounces say "Reporting-MTA: dns;purelymail.com"
//!   (https://github.com/Purelymail/purelymail-issues/issues/248).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "purelymail",
    name: "Purelymail",
    kind: Mailbox,
    help_url: "https://purelymail.com/docs/routing",
    source: "https://blog.hardcodeconsulting.tech/post/purelymanage-domain-setup/",
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
    rule!("no_mx_host", "nomxhostfoundexception", "", DomainNoMail, _, _, "https://purelymail.com/docs/routing", "https://github.com/Purelymail/purelymail-issues/issues/248", "2026-12-06"),
];
