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
    // Mail domains and client server names (IMAP/POP/SMTP hosts) that Thunderbird's ISPDB
    // lists for this provider; they tell who answered only inside the reply (a client error
    // naming the server, a bounce whose recipient is at one of them): Weak.
    // https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/kpnmail.nl.xml
    marker!("kpnplanet.nl", Weak),
    marker!("planet.nl", Weak),
    marker!("wxs.nl", Weak),
    marker!("hetnet.nl", Weak),
    marker!("xs4all.nl", Weak),
    marker!("telfort.nl", Weak),
    marker!("tiscali.nl", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("help17_login_block", "blacklist.kpnmail.nl/help/17", "", AuthFailed, Sender, AfterFix, "https://blacklist.kpnmail.nl/Help/17", "https://blacklist.kpnmail.nl/Help/17", "2026-12-06"),
];
