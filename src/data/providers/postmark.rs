//! Postmark, a sending service: how to recognise it in a reply or an error.
//!
//! Its SMTP host names show up when a program or mail server sends through it, in connection
//! and login errors as much as in replies.
//!
//! Sources: Postmark, "What are the SMTP details / API Tokens I should be using?" (smtp.postmarkapp.com,
//! smtp-broadcasts.postmarkapp.com), https://postmarkapp.com/support/article/811-what-are-the-smtp-details-api-tokens-i-should-be-using.
//! - Postmark, "Inbound domain forwarding" (the inbound MX host inbound.postmarkapp.com),
//!   https://postmarkapp.com/developer/user-guide/inbound/inbound-domain-forwarding.
//! - Postmark API error codes (406 "Inactive recipient": "You tried to send to a recipient that has
//!   been marked as inactive ... Inactive recipients are ones that have generated a hard bounce, a
//!   spam complaint, or a manual suppression."), https://postmarkapp.com/developer/api/overview#error-codes;
//!   the Ruby client raises it as `Postmark::InactiveRecipientError`
//!   (https://github.com/ActiveCampaign/postmark-gem/blob/04bb8c577c9ca1d75528aa514111d10ffcefb5fe/lib/postmark/error.rb).
//!
//! Checked 2026-12-06 (markers and rules added that day): the sender-signature errors, on
//! https://postmarkapp.com/developer/api/overview.

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
    // Postmark's own API wording for recipients it suppresses, and its Ruby client's error class.
    marker!("inactive recipients are ones that have generated", Strong),
    marker!("postmark::inactiverecipienterror", Strong),
    // Postmark's refusal of a From address that is no confirmed sender signature (API ErrorCode 400,
    // "The 'From' address you supplied (...) is not a Sender Signature on your account. Please add
    // and confirm this address ...", and 401 "Sender signature not confirmed";
    // https://postmarkapp.com/developer/api/overview#error-codes), which client libraries print as is.
    marker!("is not a sender signature on your account", Strong),
    marker!("sender signature not confirmed", Medium),
    // Postmark's refusal of a wrong or missing token (API ErrorCode 10, "Request does not contain a
    // valid Server token", https://postmarkapp.com/developer/api/overview#error-codes) and the Ruby
    // client's class for it (postmark-gem, lib/postmark/error.rb, `InvalidApiKeyError`).
    marker!("does not contain a valid server token", Strong),
    marker!("postmark::invalidapikeyerror", Strong),
    marker!("smtp.postmarkapp.com", Weak),
    // Inbound MX (postmarkapp.com, inbound-domain-forwarding).
    marker!("inbound.postmarkapp.com", Medium),
    marker!("smtp-broadcasts.postmarkapp.com", Weak),
    marker!("postmarkapp.com", Weak),
    // Anymail (Django) reports an ESP's API refusal as "<ESP> API response <status> (<reason>)"
    // (github.com/anymail/django-anymail, anymail/exceptions.py, describe_response; the ESP name
    // is the backend's esp_name).
    marker!("postmark api response", Strong),
    // The ESP's HTTP API host: it shows up only in errors of calls to that API, which the ESP
    // itself answered (unlike its SMTP host names, which also appear in headers of mail it sent).
    marker!("api.postmarkapp.com", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // API error 406 "Inactive recipient": Postmark itself did not send, because the address bounced
    // hard, complained or was suppressed by hand before.
    rule!("not_sender_signature", "is not a sender signature on your account", "", SenderRejected, Sender, AfterFix, "https://postmarkapp.com/developer/api/overview#error-codes", "https://postmarkapp.com/developer/api/overview#error-codes", "2026-12-06"),
    rule!("inactive_recipient", "inactive recipients are ones that have generated", "", Suppressed, Sender, AfterFix, "https://postmarkapp.com/developer/api/overview#error-codes", "https://postmarkapp.com/developer/api/overview#error-codes", "2026-12-06"),
];
