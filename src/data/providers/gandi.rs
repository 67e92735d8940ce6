//! Gandi Mail: its MX hosts (spool.mail.gandi.net, fb.mail.gandi.net) and its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://docs.gandi.net/en/gandimail/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "gandi",
    name: "Gandi",
    kind: Mailbox,
    help_url: "https://docs.gandi.net/en/gandimail/",
    source: "https://docs.gandi.net/en/gandimail/",
    checked: "2026-12-06",
    hosts: ["docs.gandi.net"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Its MX hosts; its outbound relays (relay*.mail.gandi.net) share the domain, so the rest of
    // mail.gandi.net counts only inside the reply.
    marker!("spool.mail.gandi.net", Medium),
    marker!("fb.mail.gandi.net", Medium),
    marker!("mail.gandi.net", Weak),
    marker!("gandi.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
