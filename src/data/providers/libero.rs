//! Libero Mail (libero.it, inwind.it, iol.it, blu.it; Italiaonline): how to recognise its replies.
//!
//! Libero's help page explains the standard delivery-status texts, not replies of its own, so there
//! are no rules.
//!
//! Sources: https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "libero",
    name: "Libero Mail (Italiaonline)",
    kind: Mailbox,
    help_url: "https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email",
    source: "https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email",
    checked: "2026-12-05",
    hosts: ["aiuto.libero.it"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("libero.it", Weak),
    marker!("inwind.it", Weak),
    marker!("iol.it", Weak),
    marker!("blu.it", Weak),
    // Libero Mail's own refusal texts, in capitals ("MAILBOX FULL (User quota exceeded)", "RELAYING
    // NOT ALLOWED (550 Relay Disabled)", https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email;
    // Virgilio, of the same group, lists the same texts). Weak: only inside the reply.
    marker!("mailbox full (user quota exceeded)", Weak),
    marker!("relaying not allowed (550 relay disabled)", Weak),
    // Italiaonline's servers name themselves `smtp-NN.iol.local` in their replies and tag them
    // `LIB_nnn` ("421 smtp-28.iol.local ... No reverse DNS [smtp-28.iol.local; LIB_120]"); its MX
    // hosts are mx.libero.it and smtp-in.libero.it (https://github.com/postalserver/postal/issues/83,
    // https://github.com/foxcpp/maddy/issues/843).
    marker!("iol.local", Strong),
    marker!("mx.libero.it", Medium),
    marker!("smtp-in.libero.it", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
