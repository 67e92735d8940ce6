//! Rakuten Mail (rakumail.jp): its mail domain and the host names of its MX (`*.rmb-ss.jp`, as in
//! https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-postfix-76.eml).
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.rakuten.co.jp/; https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-postfix-76.eml.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "rakuten",
    name: "Rakuten Mail",
    kind: Mailbox,
    help_url: "https://www.rakuten.co.jp/",
    source: "https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-postfix-76.eml",
    checked: "2026-12-06",
    hosts: ["www.rakuten.co.jp"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("rakumail.jp", Weak),
    marker!("rmb-ss.jp", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
