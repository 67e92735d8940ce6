//! CenturyLink mail (centurylink.net and the legacy CenturyTel, Embarq and Qwest domains): how to
//! recognise it. Only its mail domains mark it; no public list of its reply texts was found.
//!
//! Sources: a deliverability write-up citing CenturyLink's settings page for centurylink.net and its
//! legacy domains centurytel.net, embarqmail.com and qwest.net,
//! <https://www.suped.com/learn/blocklists/what-filtering-methods-do-optimum-windstream-and-centurylink-use-for-email-and-how-can-i-trouble>.

use crate::data::{ProviderMarker, ProviderRule};
provider! {
    id: "centurylink",
    name: "CenturyLink (Lumen)",
    kind: Mailbox,
    help_url: "https://www.centurylink.com/",
    source: "https://www.suped.com/learn/blocklists/what-filtering-methods-do-optimum-windstream-and-centurylink-use-for-email-and-how-can-i-trouble",
    checked: "2026-12-06",
    hosts: ["www.centurylink.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("centurylink.net", Weak),
    marker!("centurytel.net", Weak),
    marker!("embarqmail.com", Weak),
    marker!("qwest.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
