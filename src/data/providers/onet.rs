//! Onet Poczta (onet.pl, op.pl and Onet's other domains): how to recognise its replies.
//!
//! Onet's help page explains its bounces in general terms (unknown account, spam, sending limits)
//! without the reply texts, so there are no rules yet.
//!
//! Sources: https://pomoc.poczta.onet.pl/baza-wiedzy/co-zrobic-w-przypadku-odeslanych-lub-odrzuconych-e-maili/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "onet",
    name: "Onet Poczta",
    kind: Mailbox,
    help_url: "https://pomoc.poczta.onet.pl/baza-wiedzy/co-zrobic-w-przypadku-odeslanych-lub-odrzuconych-e-maili/",
    source: "https://pomoc.poczta.onet.pl/baza-wiedzy/co-zrobic-w-przypadku-odeslanych-lub-odrzuconych-e-maili/",
    checked: "2026-12-05",
    hosts: ["pomoc.poczta.onet.pl"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("pomoc.poczta.onet.pl", Strong),
    marker!("poczta.onet.pl", Weak),
    marker!("onet.pl", Weak),
    marker!("op.pl", Weak),
    marker!("onet.eu", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
