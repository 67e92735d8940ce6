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
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
