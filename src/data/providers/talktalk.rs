//! TalkTalk (UK ISP mail, with the old Tiscali UK domain): only its mail domains mark it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://community.talktalk.co.uk/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "talktalk",
    name: "TalkTalk",
    kind: Mailbox,
    help_url: "https://community.talktalk.co.uk/",
    source: "https://community.talktalk.co.uk/",
    checked: "2026-12-06",
    hosts: ["community.talktalk.co.uk"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("talktalk.net", Weak),
    marker!("tiscali.co.uk", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
