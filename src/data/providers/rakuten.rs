//! Rakuten Mobile's mail service Rakumail (rakumail.jp): its mail domain and the host names of its MX
//! (`*.rmb-ss.jp`).
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: Rakuten Mobile's FAQ on Rakumail (楽メール) accounts,
//!   https://network.mobile.rakuten.co.jp/faq/detail/10000875.
//! - `rakumail.jp`, `rmb-ss.jp`: a published bounce from rakumail.jp's MX
//!   ("host mail-rakumail-jp.gslb.rmb-ss.jp ... said: 550 User not found"),
//!   https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-postfix-76.eml. That
//!   rakumail.jp is Rakuten Mobile's domain is stated in published code ("楽天モバイルのドメイン
//!   (@rakumail.jp)") that the search tool shows without its address; no Rakuten page naming the
//!   domain was found.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "rakuten",
    name: "Rakuten Mobile (Rakumail)",
    kind: Mailbox,
    help_url: "https://network.mobile.rakuten.co.jp/faq/detail/10000875",
    source: "https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-postfix-76.eml",
    checked: "2026-12-06",
    hosts: ["network.mobile.rakuten.co.jp"],
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
