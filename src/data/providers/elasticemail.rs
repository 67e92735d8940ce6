//! Elastic Email, a sending service: how to recognise it in a reply or an error.
//!
//! Programs and mail servers relay through its SMTP host, smtp.elasticemail.com (ports 25, 587,
//! 2525), so the host shows up in connection and login errors as much as in relayed replies.
//!
//! Sources: the Elastic Email relay module's README, https://github.com/tlodge/elastic-email
//! (Elastic Email as a mail relay service), and published SMTP settings of the service
//! ("server : smtp.elasticemail.com:2525"), https://pastebin.com/S6UrdsNf.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "elasticemail",
    name: "Elastic Email",
    kind: SendingService,
    help_url: "https://elasticemail.com/",
    source: "https://github.com/tlodge/elastic-email",
    checked: "2026-12-06",
    hosts: ["elasticemail.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("smtp.elasticemail.com", Weak),
    marker!("elasticemail.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
