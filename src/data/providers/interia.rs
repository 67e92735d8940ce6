//! Interia Poczta (interia.pl, interia.eu): how to recognise its replies and what its own wording means.
//!
//! Sources: Interia's help page on undelivered messages, which lists its replies and their meaning:
//! https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "interia",
    name: "Interia Poczta",
    kind: Mailbox,
    help_url: "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600",
    source: "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600",
    checked: "2026-12-05",
    hosts: ["pomoc.poczta.interia.pl"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("pomoc.poczta.interia.pl", Strong),
    marker!("poczta.interia.pl", Weak),
    marker!("interia.pl", Weak),
    marker!("interia.eu", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("recipient_refuses", "recipient doesn't want your mail", "", SenderRejected, Recipient, Never, "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600", "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600", "2026-12-05"),
];
