//! WP Poczta and o2 Poczta (Wirtualna Polska: wp.pl, o2.pl): how to recognise their replies.
//!
//! Sources: Wirtualna Polska's help pages on sending problems, https://pomoc.wp.pl/dlaczego-mam-problem-z-wysylaniem
//! and https://pomoc.o2.pl/dlaczego-mam-problem-z-wysylaniem.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "wp",
    name: "WP Poczta (Wirtualna Polska)",
    kind: Mailbox,
    help_url: "https://pomoc.wp.pl/dlaczego-mam-problem-z-wysylaniem",
    source: "https://pomoc.wp.pl/dlaczego-mam-problem-z-wysylaniem",
    checked: "2026-12-05",
    hosts: ["pomoc.wp.pl"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("poczta.wp.pl", Weak),
    marker!("poczta.o2.pl", Weak),
    marker!("wp.pl", Weak),
    marker!("o2.pl", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
