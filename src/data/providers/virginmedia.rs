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
    // Mail domains and client server names (IMAP/POP/SMTP hosts) that Thunderbird's ISPDB
    // lists for this provider; they tell who answered only inside the reply (a client error
    // naming the server, a bounce whose recipient is at one of them): Weak.
    // https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/virgin.net.xml
    marker!("virgin.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
