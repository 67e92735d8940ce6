//! Fastmail: how to recognise its replies and what its own codes and wording mean.
//!
//! Fastmail's mail hosts are under `messagingengine.com` (`in1-smtp.messagingengine.com`,
//! `mail.messagingengine.com`).
//!
//! Sources:
//! - Fastmail help, "Why messages bounce back":
//!   <https://fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back> (lists
//!   `551 5.7.1 Not authorised to send from this header address` among Fastmail's own errors).
//! - Field report of a locked account: <https://brianjohnson.co.za/posts/avoid-fastmail/>.

use crate::data::citations::FASTMAIL_BOUNCES;
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "fastmail",
    name: "Fastmail",
    kind: Mailbox,
    help_url: FASTMAIL_BOUNCES,
    source: FASTMAIL_BOUNCES,
    checked: "2026-11-28",
    hosts: ["fastmail.help"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("messagingengine.com", Medium),
    marker!("fastmail.help", Strong),
    marker!("fastmail.com", Weak),
    marker!("fastmail.fm", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // The From header names an address the Fastmail account may not send as.
    rule!("not_authorised_header_address", "not authorised to send from this header address", "", SenderRejected, Sender, AfterFix, FASTMAIL_BOUNCES, FASTMAIL_BOUNCES, "2026-11-28"),
    // Mail to a Fastmail account that has been locked or closed.
    rule!("address_locked", "address locked or deactivated", "", MailboxDisabled, _, Later, FASTMAIL_BOUNCES, "https://brianjohnson.co.za/posts/avoid-fastmail/", "2026-11-28"),
];
