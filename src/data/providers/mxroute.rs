//! MXroute (mail host): the `mxrouting.net` server names its customers' MX records point to, and
//! its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://docs.mxroute.com/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mxroute",
    name: "MXroute",
    kind: Mailbox,
    help_url: "https://docs.mxroute.com/",
    source: "https://docs.mxroute.com/",
    checked: "2026-12-06",
    hosts: ["docs.mxroute.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // The same servers take and send mail (SMTP submission too): only inside the reply.
    marker!("mxrouting.net", Weak),
    marker!("mxroute.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
