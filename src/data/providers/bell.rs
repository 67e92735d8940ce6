//! Bell Canada mail (bell.net, sympatico.ca): how to recognise its replies.
//!
//! Sources: a public bounce from Bell's inbound server mxmta.owm.bell.net,
//! https://pastebin.com/Y6mnKJ1Z.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "bell",
    name: "Bell (Bell.net, Sympatico)",
    kind: Mailbox,
    help_url: "https://www.bell.ca/Support",
    source: "https://pastebin.com/Y6mnKJ1Z",
    checked: "2026-12-05",
    hosts: ["www.bell.ca"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("owm.bell.net", Medium),
    marker!("bell.net", Weak),
    marker!("sympatico.ca", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
