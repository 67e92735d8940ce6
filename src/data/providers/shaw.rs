//! Shaw mail (shaw.ca, now part of Rogers): how to recognise its replies. Its servers are named
//! `*.shawcable.net`. Inbound mail is filtered by Cloudmark's hosted service, whose `AUP#...` codes
//! have rows only for Cox (`cox.rs`), so Shaw's replies have no rules here.
//!
//! Sources: the shaw.ca SPF record with its MX hosts (idcmail-mx1so.cg.shawcable.net ...),
//! http://spf.myisp.ch/?host=shaw.ca; a user report of shawmail.wp.shawcable.net limits,
//! http://www.muug.ca/pipermail/roundtable/2008-March/001665.html; Shaw Business,
//! https://business.shaw.ca/support/troubleshooting-email-being-blocked-issues.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "shaw",
    name: "Shaw (Rogers) mail",
    kind: Mailbox,
    help_url: "https://business.shaw.ca/support/troubleshooting-email-being-blocked-issues",
    source: "http://spf.myisp.ch/?host=shaw.ca",
    checked: "2026-12-05",
    hosts: ["business.shaw.ca"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("shawcable.net", Weak),
    marker!("shaw.ca", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
