//! Telia (Nordic ISP mail): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: Telia's terms for "Mitt Telia" (its customer login, with Telia's contact page),
//!   https://www.telia.se/privat/om/villkor/villkor-mitt-telia; no Telia mail help page was found.
//! - `telia.com`: Telia's mail servers smtprelay1.telia.com and mail1.telia.com, as a Swedish host lists
//!   them, http://www.crystone.com/Support/FAQ/Email/, and https://epsab.se/epost_sept_2009.php.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "telia",
    name: "Telia",
    kind: Mailbox,
    help_url: "https://www.telia.se/privat/om/villkor/villkor-mitt-telia",
    source: "http://www.crystone.com/Support/FAQ/Email/",
    checked: "2026-12-06",
    hosts: ["www.telia.se"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("telia.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
