//! SiteGround (web and mail host): its inbound filter hosts (mx10/mx20/mx30.mailspamprotection.com,
//! the MX records its hosted domains point to) and its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://world.siteground.com/kb/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "siteground",
    name: "SiteGround",
    kind: Mailbox,
    help_url: "https://world.siteground.com/kb/",
    source: "https://world.siteground.com/kb/",
    checked: "2026-12-06",
    hosts: ["world.siteground.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mailspamprotection.com", Medium),
    marker!("siteground.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
