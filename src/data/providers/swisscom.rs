//! Swisscom's Bluewin mail: only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: "Bluewin e-mail: new terms and conditions", https://www.swisscom.ch/en/residential/help/e-mail/conditions.html.
//! - `bluewin.ch`: Swisscom's mail server settings (pop.bluewin.ch, imaps.bluewin.ch, smtpauths.bluewin.ch),
//!   http://www.swisscom.ch/content/swisscom/en/res/hilfe/loesung/alle-server-einstellungen-fuer-mail-auf-dem-pc.html.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "swisscom",
    name: "Swisscom (Bluewin)",
    kind: Mailbox,
    help_url: "https://www.swisscom.ch/en/residential/help/e-mail/conditions.html",
    source: "https://www.swisscom.ch/en/residential/help/e-mail/conditions.html",
    checked: "2026-12-06",
    hosts: ["www.swisscom.ch"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("bluewin.ch", Weak),
    // Mail domains and client server names (IMAP/POP/SMTP hosts) that Thunderbird's ISPDB
    // lists for this provider; they tell who answered only inside the reply (a client error
    // naming the server, a bounce whose recipient is at one of them): Weak.
    // https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/bluewin.ch.xml
    marker!("bluemail.ch", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
