//! Rogers (rogers.com mail, Canada): how to recognise it. Rogers' consumer mailboxes are hosted on
//! Yahoo's platform (Oath), so their refusals carry Yahoo's tags and are read by `yahoo.rs`; only the
//! mail domain marks a Rogers recipient. This file has the domain only: no public list of Rogers' own
//! reply texts was found.
//!
//! Sources: a deliverability write-up stating that Rogers mail is hosted by Oath (Yahoo) and
//! bounces with Yahoo's TSS04 codes,
//! <https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-troubleshoot-email-deliverability-issues-with-yahoo-and-rogers-domains-including-tss04-us>;
//! Rogers support, <https://www.rogers.com/support/internet/mail-harassment>.

use crate::data::{ProviderMarker, ProviderRule};
provider! {
    id: "rogers",
    name: "Rogers (rogers.com)",
    kind: Mailbox,
    help_url: "https://www.rogers.com/support/internet/mail-harassment",
    source: "https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-troubleshoot-email-deliverability-issues-with-yahoo-and-rogers-domains-including-tss04-us",
    checked: "2026-12-06",
    hosts: ["www.rogers.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("rogers.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
