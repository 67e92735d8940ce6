//! Brevo (formerly Sendinblue), a sending service: how to recognise it in a reply or an error.
//!
//! Its SMTP host names show up when a program or mail server sends through it, in connection
//! and login errors as much as in replies.
//!
//! Sources: Brevo, "SMTP relay integration" and its Node.js example (smtp-relay.brevo.com),
//! https://developers.brevo.com/docs/smtp-integration, https://developers.brevo.com/docs/node-smtp-relay-example.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "brevo",
    name: "Brevo (formerly Sendinblue)",
    kind: SendingService,
    help_url: "https://developers.brevo.com/docs/smtp-integration",
    source: "https://developers.brevo.com/docs/smtp-integration",
    checked: "2026-12-05",
    hosts: ["developers.brevo.com", "help.brevo.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("smtp-relay.brevo.com", Weak),
    marker!("brevo.com", Weak),
    marker!("sendinblue.com", Weak),
    // Anymail (Django) reports an ESP's API refusal as "<ESP> API response <status> (<reason>)"
    // (github.com/anymail/django-anymail, anymail/exceptions.py, describe_response; the ESP name
    // is the backend's esp_name).
    marker!("brevo api response", Strong),
    marker!("sendinblue api response", Strong),
    // The ESP's HTTP API host: it shows up only in errors of calls to that API, which the ESP
    // itself answered (unlike its SMTP host names, which also appear in headers of mail it sent).
    marker!("api.brevo.com", Strong),
    marker!("api.sendinblue.com", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
