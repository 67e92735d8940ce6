//! DreamHost (web and mail host): its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: "MX records overview", https://help.dreamhost.com/hc/en-us/articles/215032408-MX-records-overview.
//! - `dreamhost.com`: DreamHost's MX hosts are names under mail.dreamhost.com (mxsniff's catalogue,
//!   https://github.com/jace/mxsniff/blob/master/mxsniff/providers.py).
//! - `mx1.dreamhost.com`, `mx2.dreamhost.com` (markers until 2026-12-06) were removed: they were found only
//!   in repository files the search tool shows without their address, so on no page that can be cited;
//!   `dreamhost.com` still matches them, as Weak.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "dreamhost",
    name: "DreamHost",
    kind: Mailbox,
    help_url: "https://help.dreamhost.com/hc/en-us/articles/215032408-MX-records-overview",
    source: "https://github.com/jace/mxsniff/blob/master/mxsniff/providers.py",
    checked: "2026-12-06",
    hosts: ["help.dreamhost.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("dreamhost.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
