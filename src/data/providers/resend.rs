//! Resend, a sending service: how to recognise it in a reply or an error.
//!
//! Its SMTP host names show up when a program or mail server sends through it, in connection
//! and login errors as much as in replies.
//!
//! Sources: Resend, "Send emails with SMTP" (smtp.resend.com), https://resend.com/docs/send-with-smtp.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "resend",
    name: "Resend",
    kind: SendingService,
    help_url: "https://resend.com/docs/send-with-smtp",
    source: "https://resend.com/docs/send-with-smtp",
    checked: "2026-12-05",
    hosts: ["resend.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("smtp.resend.com", Weak),
    marker!("resend.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
