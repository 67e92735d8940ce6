//! Mailtrap (Email Sending and the testing sandbox): how to recognise it. Its SMTP hosts show up when
//! a program sends through it, in connection and login errors as much as in replies. This file has
//! host names only: no public list of Mailtrap's own reply texts was found.
//!
//! Sources: Mailtrap, "SMTP service", <https://mailtrap.io/smtp-service.md> (live.smtp.mailtrap.io for
//! transactional mail, bulk.smtp.mailtrap.io for bulk mail).

use crate::data::{ProviderMarker, ProviderRule};
provider! {
    id: "mailtrap",
    name: "Mailtrap",
    kind: SendingService,
    help_url: "https://mailtrap.io/smtp-service.md",
    source: "https://mailtrap.io/smtp-service.md",
    checked: "2026-12-06",
    hosts: ["mailtrap.io"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("live.smtp.mailtrap.io", Weak),
    marker!("bulk.smtp.mailtrap.io", Weak),
    marker!("mailtrap.io", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
