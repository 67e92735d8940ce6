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
    // Mail domains and client server names (IMAP/POP/SMTP hosts) that Thunderbird's ISPDB
    // lists for this provider; they tell who answered only inside the reply (a client error
    // naming the server, a bounce whose recipient is at one of them): Weak.
    // https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/onet.pl.xml
    marker!("vp.pl", Weak),
    marker!("republika.pl", Weak),
    marker!("onet.com.pl", Weak),
    marker!("opoczta.pl", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
