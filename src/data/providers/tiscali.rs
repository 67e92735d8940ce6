//! Tiscali (Italy): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: Tiscali's customer help site, https://assistenza.tiscali.it/informazioni/contratto/.
//! - `tiscali.it`: the terms of "Tiscali Mail", Tiscali Italia's mail service, published on its own host,
//!   https://tiscalimail-info.dev.mail.tiscali.it, and Tiscali's charter, http://www.tiscali.it/cartaservizi/3.html.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "tiscali",
    name: "Tiscali",
    kind: Mailbox,
    help_url: "https://assistenza.tiscali.it/informazioni/contratto/",
    source: "https://tiscalimail-info.dev.mail.tiscali.it",
    checked: "2026-12-06",
    hosts: ["assistenza.tiscali.it"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("tiscali.it", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
