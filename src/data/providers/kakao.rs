//! Daum Mail (hanmail.net, daum.net, now run by Kakao): how to recognise its replies and what its
//! own wording means.
//!
//! Sources: a Korean collection of real bounces, including Daum's anti-spam refusal
//! ("DAS51 ... Your mail is blocked automatically by anti-spam system. (E06)"),
//! https://auctionpro.co.kr/?p=2544.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "kakao",
    name: "Daum Mail (Kakao)",
    kind: Mailbox,
    help_url: "https://cs.daum.net/",
    source: "https://auctionpro.co.kr/?p=2544",
    checked: "2026-12-05",
    hosts: ["cs.daum.net"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("your mail is blocked automatically by anti-spam system", Strong),
    // Greeting of mx1..4.hanmail.net and the tag of its 5.2.1 refusal, in a real session:
    // https://github.com/reacherhq/check-if-email-exists/issues/1216.
    marker!("welcome to hanmail.net", Strong),
    marker!("ract", Weak),
    marker!("hanmail.net", Weak),
    marker!("daum.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("anti_spam_block", "your mail is blocked automatically by anti-spam system", "", SenderIpBlocked, SenderAdmin, AfterFix, "", "https://auctionpro.co.kr/?p=2544", "2026-12-05"),
];
