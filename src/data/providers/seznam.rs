//! Seznam.cz Email (seznam.cz, email.cz): how to recognise its replies and what its own wording means.
//!
//! Seznam's replies carry the tag `szn`.
//!
//! Sources: Seznam's help page on the "user does not exist" bounce,
//! https://napoveda.seznam.cz/uzivatel-neexistuje.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "seznam",
    name: "Seznam.cz Email",
    kind: Mailbox,
    help_url: "https://napoveda.seznam.cz/uzivatel-neexistuje",
    source: "https://napoveda.seznam.cz/uzivatel-neexistuje",
    checked: "2026-12-05",
    hosts: ["napoveda.seznam.cz"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("szn", Weak),
    marker!("napoveda.seznam.cz", Strong),
    marker!("seznam.cz", Weak),
    marker!("email.cz", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("service_not_mapped", "user hasn't got the service mapped", "", MailboxUnknown, _, _, "https://napoveda.seznam.cz/uzivatel-neexistuje", "https://napoveda.seznam.cz/uzivatel-neexistuje", "2026-12-05"),
];
