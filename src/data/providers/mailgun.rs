//! Mailgun, a sending service: how to recognise it in a reply or an error.
//!
//! Its SMTP host names show up when a program or mail server sends through it, in connection
//! and login errors as much as in replies.
//!
//! Sources: Mailgun, "SMTP Relay" (smtp.mailgun.org),
//! https://documentation.mailgun.com/docs/mailgun/user-manual/smtp-protocol/smtp-relay; Google Cloud's Mailgun guide
//! (smtp.eu.mailgun.org), https://cloud.google.com/compute/docs/tutorials/sending-mail/using-mailgun.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mailgun",
    name: "Mailgun",
    kind: SendingService,
    help_url: "https://documentation.mailgun.com/docs/mailgun/user-manual/smtp-protocol/smtp-relay",
    source: "https://documentation.mailgun.com/docs/mailgun/user-manual/smtp-protocol/smtp-relay",
    checked: "2026-12-05",
    hosts: ["documentation.mailgun.com", "help.mailgun.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Mailgun's refusal on free (sandbox) accounts, https://github.com/mailgun/wordpress-plugin/issues/68.
    marker!("free accounts are for test purposes only", Strong),
    // Its suppression notice in event logs ("code": 605), https://pastebin.com/PBCjgYGX.
    marker!("not delivering to previously bounced address", Strong),
    // Its other suppression notices (event codes 606 and 607), as in
    // https://github.com/anymail/django-anymail/blob/main/tests/test_mailgun_webhooks.py.
    marker!("not delivering to a user who marked your messages as spam", Strong),
    marker!("not delivering to unsubscribed address", Strong),
    marker!("smtp.mailgun.org", Weak),
    marker!("smtp.eu.mailgun.org", Weak),
    marker!("mailgun.org", Weak),
    marker!("mailgun.net", Weak),
    // Anymail (Django) reports an ESP's API refusal as "<ESP> API response <status> (<reason>)"
    // (github.com/anymail/django-anymail, anymail/exceptions.py, describe_response; the ESP name
    // is the backend's esp_name).
    marker!("mailgun api response", Strong),
    // The error type of Mailgun's JavaScript SDK (github.com/mailgun/mailgun.js, `MailgunAPIError`,
    // e.g. "{ status: 401, details: 'Forbidden', type: 'MailgunAPIError' }",
    // https://github.com/mailgun/mailgun.js/issues/393) and the old SDK's module in stack traces
    // of the errors it raised (node_modules/mailgun-js/lib/request.js,
    // https://github.com/mailgun/mailgun-js-boland/issues/236).
    marker!("mailgunapierror", Strong),
    marker!("mailgun-js", Medium),
    // Mailgun's refusal from a sandbox domain to a recipient not authorised in the account
    // (Mailgun help, "Authorized recipients", https://help.mailgun.com/hc/en-us/articles/217531258).
    marker!("sandbox subdomains are for test purposes only", Strong),
    // The ESP's HTTP API host: it shows up only in errors of calls to that API, which the ESP
    // itself answered (unlike its SMTP host names, which also appear in headers of mail it sent).
    marker!("api.mailgun.net", Strong),
    marker!("api.eu.mailgun.net", Strong),
    // Mailgun's refusal of wrong SMTP credentials ("535 5.7.0 Mailgun is not loving your login or
    // password", https://github.com/mailgun/documentation/issues/132).
    marker!("mailgun is not loving your login", Strong),
    // The PHP SDK's exception namespace and its hint for an unknown sending domain
    // (github.com/mailgun/mailgun-php, src/Mailgun/Connection/RestClient.php, MissingEndpoint:
    // "Check if the domain matches the domain you have configure on Mailgun").
    marker!("mailgun\\connection", Strong),
    marker!("domain you have configure on mailgun", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // The messages API refuses a sending domain the account does not have (404 "Domain not found:
    // <domain>"; Mailgun API reference, "Messages", https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Messages/;
    // https://github.com/mailgun/mailgun-ruby/issues/171, fixed by using the account's own domain or region).
    rule!("domain_not_found", "domain not found:", "", SenderRejected, SenderAdmin, AfterFix, "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Messages/", "https://github.com/mailgun/mailgun-ruby/issues/171", "2026-12-06"),
    rule!("previously_bounced", "not delivering to previously bounced address", "", Suppressed, Sender, AfterFix, "https://documentation.mailgun.com/docs/mailgun/user-manual/smtp-protocol/smtp-relay", "https://pastebin.com/PBCjgYGX", "2026-12-06"),
    rule!("free_account", "free accounts are for test purposes only", "", SenderAccountBlocked, Sender, AfterFix, "https://documentation.mailgun.com/docs/mailgun/user-manual/smtp-protocol/smtp-relay", "https://github.com/mailgun/wordpress-plugin/issues/68", "2026-12-06"),
    rule!("sandbox_recipient", "sandbox subdomains are for test purposes only", "", SenderAccountBlocked, SenderAdmin, AfterFix, "https://help.mailgun.com/hc/en-us/articles/217531258", "https://help.mailgun.com/hc/en-us/articles/217531258", "2026-12-06"),
];
