//! WILLCOM (Japanese PHS carrier, now Y!mobile): its mail domain pdx.ne.jp (subdomains wm., dj., di. ...),
//! as in https://github.com/sisimai/set-of-emails/blob/master/mailbox/mbox-0.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: Y!mobile (WILLCOM's successor) on the end of its old networks,
//!   https://www.ymobile.jp/support/info/closed3g/; no page on WILLCOM's mail itself was found.
//! - `pdx.ne.jp`: published bounces of AIR-EDGE (WILLCOM) addresses at wm.pdx.ne.jp from
//!   mail2.pdx.ne.jp, https://github.com/sisimai/set-of-emails/blob/master/mailbox/mbox-0.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "willcom",
    name: "WILLCOM (Y!mobile PHS)",
    kind: Mailbox,
    help_url: "https://www.ymobile.jp/support/info/closed3g/",
    source: "https://github.com/sisimai/set-of-emails/blob/master/mailbox/mbox-0",
    checked: "2026-12-06",
    hosts: ["www.ymobile.jp"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("pdx.ne.jp", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
