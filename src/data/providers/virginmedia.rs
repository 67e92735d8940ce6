//! Virgin Media (UK ISP mail, with the old Blueyonder and NTL domains): only its mail domains mark it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page and `virginmedia.com`: Virgin Media Mail's spam help, https://www.virginmedia.com/help/email-spambot-alert.
//! - `ntlworld.com`: "If your email address ends in @ntlworld.com",
//!   http://www.virginmedia.com/help/email/get-started/about-ntl-mailboxes.php.
//! - `blueyonder.co.uk`: "If your email address ends in @blueyonder.co.uk",
//!   http://www.virginmedia.com/help/email/get-started/about-telewest-mailboxes.php.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "virginmedia",
    name: "Virgin Media",
    kind: Mailbox,
    help_url: "https://www.virginmedia.com/help/email-spambot-alert",
    source: "http://www.virginmedia.com/help/email/get-started/about-ntl-mailboxes.php",
    checked: "2026-12-06",
    hosts: ["www.virginmedia.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("virginmedia.com", Weak),
    marker!("blueyonder.co.uk", Weak),
    marker!("ntlworld.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
