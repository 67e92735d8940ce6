//! MXroute (mail host): the `mxrouting.net` server names its customers' MX records point to, and
//! its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page, `mxrouting.net` and `mxroute.com`: "DNS Overview / Deep Details" (servers such as
//!   blizzard.mxrouting.net, MX records {server}.mxrouting.net and {server}-relay.mxrouting.net, legacy
//!   servers *.mxroute.com), https://mxroute.com/docs/dns-overview/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mxroute",
    name: "MXroute",
    kind: Mailbox,
    help_url: "https://mxroute.com/docs/dns-overview/",
    source: "https://mxroute.com/docs/dns-overview/",
    checked: "2026-12-06",
    hosts: ["mxroute.com"],
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
