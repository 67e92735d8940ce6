//! Aruba mail hosting (aruba.it, Aruba Business): how to recognise its replies.
//!
//! Aruba's guides describe its errors ("spam detected", "policy violation" with a session id), but
//! those words are generic, so they have no rules here.
//!
//! Sources: https://guide.hosting.aruba.it/email/risoluzione-errori-comuni-e-consigli/risoluzione-errori-comuni.aspx
//! and https://guide.arubabusiness.it/email/configurazioni-email-arubabusiness/errori-comuni-invio-ricezione-posta;
//! the MX host of Aruba's certified mail (PEC), mx.pec.aruba.it, in
//! https://guide.hosting.aruba.it/servizi/pec-su-dominio/configurazione-dns-e-record-mx.aspx.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "aruba",
    name: "Aruba (Aruba.it mail)",
    kind: Mailbox,
    help_url: "https://guide.hosting.aruba.it/email/risoluzione-errori-comuni-e-consigli/risoluzione-errori-comuni.aspx",
    source: "https://guide.hosting.aruba.it/email/risoluzione-errori-comuni-e-consigli/risoluzione-errori-comuni.aspx",
    checked: "2026-12-05",
    hosts: ["guide.hosting.aruba.it", "guide.arubabusiness.it"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("aruba.it", Weak),
    // PEC inbound MX (guide.hosting.aruba.it, configurazione-dns-e-record-mx).
    marker!("mx.pec.aruba.it", Medium),
    marker!("arubabusiness.it", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
