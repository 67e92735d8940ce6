//! MailChannels, the outbound relay and filter that many web hosts send their customers' mail
//! through: how to recognise its replies.
//!
//! Its refusals link to console.mailchannels.net with the hosting account and a transaction id.
//! The bracket tags ([CS], [FBL], [ESA]) are not documented in a page reachable from here, so they
//! have no rules yet.
//!
//! Sources: public bounces from smtp.mailchannels.net, https://pastebin.com/Jys2dJ18,
//! https://pastebin.com/BihkfJpV, https://pastebin.com/HNbr7fgk.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mailchannels",
    name: "MailChannels",
    kind: SendingService,
    help_url: "https://www.mailchannels.com/",
    source: "https://pastebin.com/Jys2dJ18",
    checked: "2026-12-05",
    hosts: ["www.mailchannels.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("console.mailchannels.net", Strong),
    marker!("smtp.mailchannels.net", Weak),
    marker!("relay.mailchannels.net", Weak),
    marker!("mailchannels.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
