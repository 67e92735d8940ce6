//! KPN Mail (the Dutch provider's mail service, kpnmail.nl): how to recognise its refusals. Its
//! block messages point to help pages on `blacklist.kpnmail.nl`.
//!
//! Sources: KPN, "Blokkade inkomende e-mail (POP3)", <https://blacklist.kpnmail.nl/Help/17>: "Your
//! IP: <IP address> is blacklisted, please see http://blacklist.kpnmail.nl/Help/17" means the IP is
//! blocked for one hour after too many logins with a wrong password, or too many mailboxes opened in
//! a short time.

use crate::data::{ProviderMarker, ProviderRule};
provider! {
    id: "kpn",
    name: "KPN Mail",
    kind: Mailbox,
    help_url: "https://blacklist.kpnmail.nl/Help/17",
    source: "https://blacklist.kpnmail.nl/Help/17",
    checked: "2026-12-06",
    hosts: ["blacklist.kpnmail.nl"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("blacklist.kpnmail.nl", Strong),
    marker!("kpnmail.nl", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("help17_login_block", "blacklist.kpnmail.nl/help/17", "", AuthFailed, Sender, AfterFix, "https://blacklist.kpnmail.nl/Help/17", "https://blacklist.kpnmail.nl/Help/17", "2026-12-06"),
];
