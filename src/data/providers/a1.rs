//! A1 Telekom Austria mail (A1 Webmail): only its domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page and `a1.net`: A1's help on mail that cannot be sent or received (size limits, accounts
//!   restricted after spam), on A1's own site,
//!   https://a1.net/hilfe-kontakt/article/Vertrag-Services/E-Mail/Hilfe-bei-E-Mail-Problemen/Wieso-kann-ich-keine-E-Mails-empfangen-oder-senden-/500000000007407/500000000027570.
//! - `aon.at` (a marker until 2026-12-06) was removed: no published page shows it.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "a1",
    name: "A1 Telekom Austria",
    kind: Mailbox,
    help_url: "https://a1.net/hilfe-kontakt/article/Vertrag-Services/E-Mail/Hilfe-bei-E-Mail-Problemen/Wieso-kann-ich-keine-E-Mails-empfangen-oder-senden-/500000000007407/500000000027570",
    source: "https://a1.net/hilfe-kontakt/article/Vertrag-Services/E-Mail/Hilfe-bei-E-Mail-Problemen/Wieso-kann-ich-keine-E-Mails-empfangen-oder-senden-/500000000007407/500000000027570",
    checked: "2026-12-06",
    hosts: ["a1.net"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("a1.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
