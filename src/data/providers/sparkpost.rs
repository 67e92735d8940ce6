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
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("unconfigured_sending_domain", "unconfigured sending domain", "", RelayDenied, SenderAdmin, AfterFix, "https://developers.sparkpost.com/api/smtp/", "https://pastebin.com/xieze6a2", "2026-12-05"),
];
