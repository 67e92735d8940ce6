//! Posteo (German mailbox provider): how to recognise its replies. Only its mail domains mark it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: Posteo's postmaster page, https://posteo.de/site/postmaster (its mx01-mx04.posteo.de
//!   and mout*.posteo.de servers, postmaster@posteo.de).
//! - `posteo.de`, `posteo.net`: Posteo's news of 14 Dec 2023, https://posteo.de/blog/2 ("Bislang konnten
//!   Postfächer nur mit @posteo.de und @posteo.net angelegt werden").

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "posteo",
    name: "Posteo",
    kind: Mailbox,
    help_url: "https://posteo.de/site/postmaster",
    source: "https://posteo.de/site/postmaster",
    checked: "2026-12-06",
    hosts: ["posteo.de"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("posteo.de", Weak),
    marker!("posteo.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
