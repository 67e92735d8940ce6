//! UOL Mail (uol.com.br, bol.com.br): how to recognise its replies.
//!
//! UOL's postmaster page lists what it refuses (open relays, dynamic IPs, missing reverse DNS,
//! senders with many bounces or complaints, SPF failures) but not its reply texts.
//!
//! Sources: UOL's technical requirements for delivery, https://email.uol.com.br/ajuda/pm/en/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "uol",
    name: "UOL Mail",
    kind: Mailbox,
    help_url: "https://email.uol.com.br/ajuda/pm/en/",
    source: "https://email.uol.com.br/ajuda/pm/en/",
    checked: "2026-12-05",
    hosts: ["email.uol.com.br"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("email.uol.com.br", Medium),
    marker!("uol.com.br", Weak),
    marker!("bol.com.br", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
