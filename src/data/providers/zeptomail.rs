//! Zoho ZeptoMail, Zoho's transactional sending service: how to recognise it and what its own SMTP
//! error texts mean. Its other documented replies (530 "Must issue a STARTTLS command first", 535
//! "Authentication Failed", 553 "Relaying disallowed as <address>" for a From domain that is not
//! verified, 552 virus found) use words the generic tables and Zoho Mail share, so only the two texts
//! of its own are rules.
//!
//! Sources: ZeptoMail help, "SMTP Error Codes", <https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html>.

use crate::data::{ProviderMarker, ProviderRule};
/// ZeptoMail help, SMTP error codes.
const ZEPTOMAIL_SMTP_ERRORS: &str = "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html";
provider! {
    id: "zeptomail",
    name: "Zoho ZeptoMail",
    kind: SendingService,
    help_url: ZEPTOMAIL_SMTP_ERRORS,
    source: ZEPTOMAIL_SMTP_ERRORS,
    checked: "2026-12-06",
    hosts: ["www.zoho.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("smtp.zeptomail.com", Weak),
    marker!("zeptomail.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("subject_mandatory", "subject is mandatory", "", MessageFormat, Sender, AfterFix, ZEPTOMAIL_SMTP_ERRORS, ZEPTOMAIL_SMTP_ERRORS, "2026-12-06"),
    rule!("size_policy", "email size exceeded the policy", "", MessageTooLarge, Sender, AfterFix, ZEPTOMAIL_SMTP_ERRORS, ZEPTOMAIL_SMTP_ERRORS, "2026-12-06"),
];
