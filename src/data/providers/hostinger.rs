//! Hostinger (web hosting with its own mail service): how to recognise its mail servers.
//!
//! Domains whose mail Hostinger holds point their MX records at mx1.hostinger.com and
//! mx2.hostinger.com (older and national ones at mx1.hostinger.com.br, mx1.hostinger.fr ...), and
//! its users submit mail through smtp.hostinger.com. This file has the host names only.
//!
//! Sources: a published dump of DNS records of domains hosted by Hostinger (MX "10
//! mx1.hostinger.com", "mx1.hostinger.fr", SPF include spf.mx.hostinger.com),
//! https://pastebin.com/cieAFEd3; Hostinger's own help centre for its mail service,
//! https://support.hostinger.com/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "hostinger",
    name: "Hostinger",
    kind: Mailbox,
    help_url: "https://support.hostinger.com/",
    source: "https://pastebin.com/cieAFEd3",
    checked: "2026-12-06",
    hosts: ["support.hostinger.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // MX hosts (mx1/mx2 under hostinger.com and its national domains).
    marker!("mx1.hostinger.*", Medium),
    marker!("mx2.hostinger.*", Medium),
    marker!("mx.hostinger.com", Medium),
    // Submission host and the mail domain: they also show up in headers of ordinary mail.
    marker!("smtp.hostinger.com", Weak),
    marker!("hostinger.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
