//! Newfold Digital's shared hosting mail (HostGator, Bluehost): its brands' domains. The
//! `websitewelcome.com` host names of its servers are no marker (HostGator's own blocklist
//! rbl.websitewelcome.com is named in its refusals, https://www.mxguarddog.com/de/blog/hostgator-blocking-your-mail/).
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page and `bluehost.com`: Bluehost's "Email Deliverability Problems",
//!   https://www.bluehost.com/hosting/help/email-deliverability-problems.
//! - `hostgator.com`: HostGator's own help (the same article), http://my.hostgator.sg/cgi/help/email-deliverability-problems,
//!   and its policies as "HostGator.com", quoted in http://mooseheadmarketing.com/terms.html.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "newfold",
    name: "Newfold Digital (HostGator, Bluehost)",
    kind: Mailbox,
    help_url: "https://www.bluehost.com/hosting/help/email-deliverability-problems",
    source: "https://www.bluehost.com/hosting/help/email-deliverability-problems",
    checked: "2026-12-06",
    hosts: ["www.bluehost.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("hostgator.com", Weak),
    marker!("bluehost.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
