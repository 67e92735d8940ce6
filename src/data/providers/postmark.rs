//! Postmark, a sending service: how to recognise it in a reply or an error.
//!
//! Its SMTP host names show up when a program or mail server sends through it, in connection
//! and login errors as much as in replies.
//!
//! Sources: Postmark, "What are the SMTP details / API Tokens I should be using?" (smtp.postmarkapp.com,
//! smtp-broadcasts.postmarkapp.com), https://postmarkapp.com/support/article/811-what-are-the-smtp-details-api-tokens-i-should-be-using.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "postmark",
    name: "Postmark",
    kind: SendingService,
    help_url: "https://postmarkapp.com/support/article/811-what-are-the-smtp-details-api-tokens-i-should-be-using",
    source: "https://postmarkapp.com/support/article/811-what-are-the-smtp-details-api-tokens-i-should-be-using",
    checked: "2026-12-05",
    hosts: ["postmarkapp.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("smtp.postmarkapp.com", Weak),
    marker!("smtp-broadcasts.postmarkapp.com", Weak),
    marker!("postmarkapp.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
