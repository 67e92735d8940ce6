//! SiteGround (web and mail host): its spam-filtering host domain (mailspamprotection.com, which its
//! hosted domains' MX records point to) and its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: SiteGround's note on its in-house spam protection,
//!   https://www.siteground.com/blog/moving-to-a-state-of-the-art-in-house-built-spam-protection-solution/.
//! - `mailspamprotection.com`: SiteGround's MX domain in mxsniff's catalogue,
//!   https://github.com/jace/mxsniff/blob/master/mxsniff/providers.py. Weak (was Medium): published
//!   mail headers show the same domain signing outgoing mail (DKIM d=antispam.mailspamprotection.com),
//!   so it also stands in headers of ordinary mail.
//! - `siteground.com`: SiteGround's own domain.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "siteground",
    name: "SiteGround",
    kind: Mailbox,
    help_url: "https://www.siteground.com/blog/moving-to-a-state-of-the-art-in-house-built-spam-protection-solution/",
    source: "https://github.com/jace/mxsniff/blob/master/mxsniff/providers.py",
    checked: "2026-12-06",
    hosts: ["www.siteground.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mailspamprotection.com", Weak),
    marker!("siteground.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
