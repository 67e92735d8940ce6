//! Verizon Wireless's email-to-text and email-to-picture gateways (`vtext.com`, `vzwpix.com`): how
//! to recognise their bounces. (Verizon's former verizon.net mailboxes moved to AOL and are in
//! `yahoo.rs`.) The picture gateway answers "Message could not be delivered to mobile. Error: No
//! valid recipients for this MM" for a number it cannot deliver to.
//!
//! Sources: Sisimai's Verizon module, which reads both gateways' bounces,
//! <https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/verizon.rb>.

use crate::data::{ProviderMarker, ProviderRule};
/// Sisimai's Verizon module.
const SISIMAI_LHOST_VERIZON: &str = "https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/verizon.rb";
provider! {
    id: "verizon",
    name: "Verizon Wireless (vtext.com, vzwpix.com)",
    kind: Mailbox,
    help_url: "https://www.verizon.com/support/",
    source: SISIMAI_LHOST_VERIZON,
    checked: "2026-12-06",
    hosts: ["www.verizon.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("post_master@vtext.com", Strong),
    marker!("vzwpix.com", Weak),
    marker!("vtext.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("no_valid_recipients_mm", "no valid recipients for this mm", "", MailboxUnknown, Sender, Never, "", SISIMAI_LHOST_VERIZON, "2026-12-06"),
];
