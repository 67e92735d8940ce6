//! Forward Email (forwardemail.net), an email forwarding service: how to recognise it.
//!
//! Sources: a public set-up note with Forward Email's MX hosts (mx1/mx2.forwardemail.net),
//! https://gist.github.com/vimal-verma/0ad3f4582858f90f566987125904c4a2.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "forwardemail",
    name: "Forward Email",
    kind: Mailbox,
    help_url: "https://forwardemail.net/",
    source: "https://gist.github.com/vimal-verma/0ad3f4582858f90f566987125904c4a2",
    checked: "2026-12-05",
    hosts: ["forwardemail.net"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mx1.forwardemail.net", Weak),
    marker!("mx2.forwardemail.net", Weak),
    marker!("forwardemail.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
