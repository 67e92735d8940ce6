//! Telenet (Belgian ISP mail): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page and `telenet.be`: "Telenet-mailbox" management on Telenet's own site,
//!   https://www2.telenet.be/residential/nl/klantenservice/internet/e-mail/mailbox-beheren-in-mijn-telenet/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "telenet",
    name: "Telenet",
    kind: Mailbox,
    help_url: "https://www2.telenet.be/residential/nl/klantenservice/internet/e-mail/mailbox-beheren-in-mijn-telenet/",
    source: "https://www2.telenet.be/residential/nl/klantenservice/internet/e-mail/mailbox-beheren-in-mijn-telenet/",
    checked: "2026-12-06",
    hosts: ["www2.telenet.be"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("telenet.be", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
