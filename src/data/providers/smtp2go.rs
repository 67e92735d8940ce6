//! SMTP2GO, a sending service: how to recognise it. Its SMTP relay hosts show up when a program or
//! mail server sends through it, in connection and login errors as much as in replies.
//!
//! Sources: SMTP2GO developer docs, "SMTP Relay", <https://developers.smtp2go.com/docs/smtp-relay>
//! (mail.smtp2go.com; location-specific mail-us, mail-eu, mail-eu2 and mail-au.smtp2go.com);
//! SMTP2GO support, "Common Sending Errors" (its own reply to an unverified sender domain),
//! <https://support.smtp2go.com/hc/en-gb/articles/13990494697369-Common-Sending-Errors>.

use crate::data::{ProviderMarker, ProviderRule};

const SMTP2GO_ERRORS: &str = "https://support.smtp2go.com/hc/en-gb/articles/13990494697369-Common-Sending-Errors";
provider! {
    id: "smtp2go",
    name: "SMTP2GO",
    kind: SendingService,
    help_url: "https://developers.smtp2go.com/docs/smtp-relay",
    source: "https://developers.smtp2go.com/docs/smtp-relay",
    checked: "2026-12-06",
    hosts: ["developers.smtp2go.com", "support.smtp2go.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mail.smtp2go.com", Weak),
    marker!("mail-us.smtp2go.com", Weak),
    marker!("mail-eu.smtp2go.com", Weak),
    marker!("mail-eu2.smtp2go.com", Weak),
    marker!("mail-au.smtp2go.com", Weak),
    marker!("smtp2go.com", Weak),
    // Its refusal of an unverified sender, as its support page quotes it; a relaying host's copy
    // also names the account's page ("On your Sending > Verified Senders page ..."). Its "550
    // Relay access denied - please authenticate" is left to the generic tables: other servers
    // word a relay refusal the same way.
    marker!("from header sender domain not verified", Strong),
    marker!("sending > verified senders", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("sender_not_verified", "from header sender domain not verified", "", SenderRejected, SenderAdmin, AfterFix, SMTP2GO_ERRORS, SMTP2GO_ERRORS, "2026-12-06"),
];
