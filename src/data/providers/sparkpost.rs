//! SparkPost, a sending service: how to recognise it in a reply or an error.
//!
//! Its SMTP host names show up when a program or mail server sends through it, in connection
//! and login errors as much as in replies. SparkPost refuses mail from a sender domain that is not set up in the account
//! ("550 5.7.1 Unconfigured Sending Domain").
//!
//! Sources: SparkPost SMTP API (smtp.sparkpostmail.com, smtp.eu.sparkpostmail.com),
//! https://developers.sparkpost.com/api/smtp/; a public session log with SparkPost's refusal,
//! https://pastebin.com/xieze6a2.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "sparkpost",
    name: "SparkPost (Bird)",
    kind: SendingService,
    help_url: "https://developers.sparkpost.com/api/smtp/",
    source: "https://developers.sparkpost.com/api/smtp/",
    checked: "2026-12-05",
    hosts: ["developers.sparkpost.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("smtp.sparkpostmail.com", Weak),
    marker!("smtp.eu.sparkpostmail.com", Weak),
    marker!("sparkpostmail.com", Weak),
    // Its API host and the exception of its client libraries name SparkPost in API errors
    // (https://github.com/karrot-dev/karrot-backend/issues/294).
    marker!("api.sparkpost.com", Strong),
    marker!("sparkpostapiexception", Strong),
    // Its refusal of a recipient on the account's suppression list ("554 5.7.1 [internal]
    // recipient address was suppressed due to customer policy (Bounce Rule)"; API error 1902,
    // https://github.com/SparkPost/node-sparkpost and SparkPost's suppression-list docs).
    marker!("suppressed due to customer policy", Strong),
    // Anymail (Django) reports an ESP's API refusal as "<ESP> API response <status> (<reason>)"
    // (github.com/anymail/django-anymail, anymail/exceptions.py, describe_response; the ESP name
    // is the backend's esp_name).
    marker!("sparkpost api response", Strong),
    // The error name of SparkPost's Node.js SDK and its nodemailer transport (`SparkPostError`,
    // github.com/SparkPost/node-sparkpost; "error Error: SparkPostError: Bad Request ... code: '7001'",
    // https://github.com/SparkPost/nodemailer-sparkpost-transport/issues/19).
    marker!("sparkposterror", Strong),
    // The PHP SDK's exception (github.com/SparkPost/php-sparkpost, `SparkPostException`) and the
    // API's own error 7001 for a From whose domain is no sending domain of the account
    // ("No sending domain specified", https://github.com/SparkPost/developers.sparkpost.com/issues/501,
    // https://github.com/anymail/django-anymail/issues/212).
    marker!("sparkpostexception", Strong),
    marker!("no sending domain specified", Strong),
    // The bounce classification field of SparkPost's event data (SparkPost, "Bounce
    // classification codes", https://support.sparkpost.com/docs/deliverability/bounce-classification-codes;
    // events API, https://developers.sparkpost.com/api/events/).
    marker!("\"bounce_class\"", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // SparkPost's suppression lists: the account's own ("customer policy") and SparkPost's
    // ("system policy"), documented in its support article (recipient-address-was-suppressed-due-to-customer-policy,
    // https://github.com/SparkPost/support-docs/pull/191).
    rule!("suppressed_customer", "recipient address was suppressed due to customer policy", "", Suppressed, Sender, AfterFix, "https://developers.sparkpost.com/api/smtp/", "https://github.com/SparkPost/support-docs/pull/191", "2026-12-06"),
    rule!("suppressed_system", "recipient address was suppressed due to system policy", "", Suppressed, Sender, AfterFix, "https://developers.sparkpost.com/api/smtp/", "https://github.com/SparkPost/support-docs/pull/191", "2026-12-06"),
    rule!("unconfigured_sending_domain", "unconfigured sending domain", "", SenderRejected, SenderAdmin, AfterFix, "https://developers.sparkpost.com/api/smtp/", "https://pastebin.com/xieze6a2", "2026-12-05"),
];
