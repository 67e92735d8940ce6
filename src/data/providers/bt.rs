//! BT Mail (UK ISP mail): only its mail domains mark it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: "What is the usage policy for BT Email?", https://www.bt.com/help/email/what-is-the-usage-policy-for-bt-email-.
//! - `btinternet.com`: a published bounce of a btinternet.com address at BT's mail host
//!   (mx1.bt.mail.yahoo.com), https://pastebin.com/EzeFTq5t.
//! - `btopenworld.com`: BT Mail's settings as a third-party page prints them ("your btopenworld or
//!   btinternet password"), http://login-bt-mail.co.uk/bt-support/what-are-the-settings-for-outgoing-and-incoming-bt-email-servers/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "bt",
    name: "BT (BT Mail)",
    kind: Mailbox,
    help_url: "https://www.bt.com/help/email/what-is-the-usage-policy-for-bt-email-",
    source: "https://pastebin.com/EzeFTq5t",
    checked: "2026-12-06",
    hosts: ["www.bt.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("btinternet.com", Weak),
    marker!("btopenworld.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
