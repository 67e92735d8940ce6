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
    hosts: ["cloud.google.com", "dev.mailjet.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("in-v3.mailjet.com", Weak),
    marker!("mailjet.com", Weak),
    // Anymail (Django) reports an ESP's API refusal as "<ESP> API response <status> (<reason>)"
    // (github.com/anymail/django-anymail, anymail/exceptions.py, describe_response; the ESP name
    // is the backend's esp_name).
    marker!("mailjet api response", Strong),
    // Mailjet's API errors: its API host, and its 401 message (Mailjet, "Status codes and errors",
    // https://dev.mailjet.com/email/reference/overview/errors/).
    marker!("api.mailjet.com", Strong),
    marker!("api key authentication/authorization failure", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("api_key_failure", "api key authentication/authorization failure", "", AuthFailed, SenderAdmin, AfterFix, "https://dev.mailjet.com/email/reference/overview/errors/", "https://dev.mailjet.com/email/reference/overview/errors/", "2026-12-06"),
];
