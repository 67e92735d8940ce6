//! Free (free.fr): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Free's postmaster page https://postmaster.free.fr/ (IP blocks last at most 24 hours;
//! "550 spam detected" means the content was judged to be spam; that wording is also used by other
//! servers, so it is left to the generic phrases), and Free replies in the SMTP Field Manual data.

use crate::data::citations::FIELD_MANUAL_552;
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "free",
    name: "Free (free.fr)",
    kind: Mailbox,
    help_url: "https://postmaster.free.fr/",
    source: "https://postmaster.free.fr/",
    checked: "2026-11-28",
    hosts: ["postmaster.free.fr"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("postmaster.free.fr", Medium),
    marker!("mx1.free.fr", Medium),
    marker!("mx2.free.fr", Medium),
    marker!("free.fr", Weak),
    marker!("aliceadsl.fr", Weak),
    marker!("libertysurf.fr", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("quota_usersearch", "quota exceeded (usersearch)", "", MailboxFull, _, _, "", FIELD_MANUAL_552, "2026-11-28"),
];
