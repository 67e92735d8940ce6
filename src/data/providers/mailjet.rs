//! Mailjet, a sending service: how to recognise it in a reply or an error.
//!
//! Its SMTP host names show up when a program or mail server sends through it, in connection
//! and login errors as much as in replies.
//!
//! Sources: Google Cloud's Mailjet guide (relay in-v3.mailjet.com),
//! https://cloud.google.com/compute/docs/tutorials/sending-mail/using-mailjet.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mailjet",
    name: "Mailjet",
    kind: SendingService,
    help_url: "https://cloud.google.com/compute/docs/tutorials/sending-mail/using-mailjet",
    source: "https://cloud.google.com/compute/docs/tutorials/sending-mail/using-mailjet",
    checked: "2026-12-05",
    hosts: ["cloud.google.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("in-v3.mailjet.com", Weak),
    marker!("mailjet.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
