//! Terra Mail (terra.com.br, Terra Networks Brasil): how to recognise its replies.
//!
//! Terra's postmaster page lists what it refuses (no reverse DNS, dynamic IPs, open servers, viruses,
//! more than 10% invalid recipients, too many connections, SPF failures) but not its reply texts.
//!
//! Sources: Terra's technical requirements for delivery, https://mail.terra.com.br/postmaster/index-en.html.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "terra",
    name: "Terra Mail (Brazil)",
    kind: Mailbox,
    help_url: "https://mail.terra.com.br/postmaster/index-en.html",
    source: "https://mail.terra.com.br/postmaster/index-en.html",
    checked: "2026-12-05",
    hosts: ["mail.terra.com.br"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mail.terra.com.br/postmaster", Strong),
    marker!("terra.com.br", Weak),
    // Terra's MX hosts (vip-us-br-mx.terra.com in a PowerMTA accounting line,
    // https://github.com/magicdude4eva/port25-bouncehandler/issues/8).
    marker!("mx.terra.com", Medium),
    // Terra's host names outside .com.br ("554 *.terra.com cmsmtp ...", SMTP Field Manual
    // data/codes/554.json). Weak: only inside the reply.
    marker!("terra.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
