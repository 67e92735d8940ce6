//! freenet Mail (freenet.de): how to recognise its replies.
//!
//! freenet's mail server for sending and receiving is mx.freenet.de.
//!
//! Sources: freenet's customer-service pages on mail errors (server name mx.freenet.de),
//! https://kundenservice.freenet.de/artikel/1888, and on bounces,
//! https://kundenservice.freenet.de/faq/e-mail-versand-mail/e-mail-ruecklaeufer-was-kann-ich-tun.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "freenet",
    name: "freenet Mail",
    kind: Mailbox,
    help_url: "https://kundenservice.freenet.de/faq/e-mail-versand-mail/e-mail-ruecklaeufer-was-kann-ich-tun",
    source: "https://kundenservice.freenet.de/artikel/1888",
    checked: "2026-12-05",
    hosts: ["kundenservice.freenet.de"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mx.freenet.de", Weak),
    // Its inbound servers answer as emig.freenet.de, https://pastebin.com/BRukKemg.
    marker!("emig.freenet.de", Weak),
    marker!("freenet.de", Weak),
    // Freenet's refusal of a sending host without a matching PTR record ("550 inconsistent /
    // missing DNS PTR record (RFC 1912 2.1)", quoted from freenet's answer in
    // https://github.com/modoboa/modoboa/issues/1753).
    marker!("missing dns ptr record (rfc 1912 2.1)", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
