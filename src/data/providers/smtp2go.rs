//! SMTP2GO, a sending service: how to recognise it. Its SMTP relay hosts show up when a program or
//! mail server sends through it, in connection and login errors as much as in replies. This file has
//! host names only: no public list of SMTP2GO's own reply texts was found.
//!
//! Sources: SMTP2GO developer docs, "SMTP Relay", <https://developers.smtp2go.com/docs/smtp-relay>
//! (mail.smtp2go.com; location-specific mail-us, mail-eu, mail-eu2 and mail-au.smtp2go.com).

use crate::data::{ProviderMarker, ProviderRule};
provider! {
    id: "smtp2go",
    name: "SMTP2GO",
    kind: SendingService,
    help_url: "https://developers.smtp2go.com/docs/smtp-relay",
    source: "https://developers.smtp2go.com/docs/smtp-relay",
    checked: "2026-12-06",
    hosts: ["developers.smtp2go.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mail.smtp2go.com", Weak),
    marker!("mail-us.smtp2go.com", Weak),
    marker!("mail-eu.smtp2go.com", Weak),
    marker!("mail-eu2.smtp2go.com", Weak),
    marker!("mail-au.smtp2go.com", Weak),
    marker!("smtp2go.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
