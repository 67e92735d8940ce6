//! Tuta (formerly Tutanota), an encrypted mail service: how to recognise it by its hosts. Custom
//! domains on Tuta point their MX record to `mail.tutanota.de` (SPF `include:spf.tutanota.de`). This
//! file has host names only: no public list of Tuta's reply texts was found.
//!
//! Sources: a public custom-domain setup note for Tutanota listing its DNS records,
//! <https://gist.github.com/niilante/ea90169a322c776141b718ad26ce36ae>.

use crate::data::{ProviderMarker, ProviderRule};
provider! {
    id: "tuta",
    name: "Tuta (Tutanota)",
    kind: Mailbox,
    help_url: "https://tuta.com/support",
    source: "https://gist.github.com/niilante/ea90169a322c776141b718ad26ce36ae",
    checked: "2026-12-06",
    hosts: ["tuta.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mail.tutanota.de", Medium),
    marker!("tutanota.de", Weak),
    marker!("tutanota.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
