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
    // Its API error for a sender domain not verified in the account links the domains page
    // (https://github.com/resend/resend-node/issues/455).
    marker!("resend.com/domains", Strong),
    marker!("smtp.resend.com", Weak),
    marker!("resend.com", Weak),
    // Anymail (Django) reports an ESP's API refusal as "<ESP> API response <status> (<reason>)"
    // (github.com/anymail/django-anymail, anymail/exceptions.py, describe_response; the ESP name
    // is the backend's esp_name).
    marker!("resend api response", Strong),
    // Resend's API refusal for an account with no verified domain (Resend, "Errors",
    // validation_error, https://resend.com/docs/api-reference/errors).
    marker!("you can only send testing emails to your own email address", Strong),
    // The ESP's HTTP API host: it shows up only in errors of calls to that API, which the ESP
    // itself answered (unlike its SMTP host names, which also appear in headers of mail it sent).
    marker!("api.resend.com", Strong),
    // The Ruby SDK's error classes (`Resend::Error::RateLimitExceededError`, resend-ruby
    // lib/resend/errors.rb, as https://github.com/activerabbit-ai/activerabbit/pull/83 logs one).
    marker!("resend::error", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("domain_not_verified", "domain is not verified. please, add and verify your domain", "", SenderRejected, SenderAdmin, AfterFix, "https://resend.com/docs/dashboard/domains/introduction", "https://github.com/resend/resend-node/issues/455", "2026-12-06"),
    rule!("testing_only", "you can only send testing emails to your own email address", "", SenderRejected, SenderAdmin, AfterFix, "https://resend.com/docs/dashboard/domains/introduction", "https://resend.com/docs/api-reference/errors", "2026-12-06"),
];
