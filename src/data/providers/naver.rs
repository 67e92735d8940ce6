//! Naver Mail (naver.com): how to recognise its replies and what its own wording means.
//!
//! Every Naver reply ends with a session id and the tag `nsmtp`; its refusals link to Naver's help
//! centre.
//!
//! Sources:
//! - A full SMTP session with mx.naver.com, including a refusal for an unauthenticated sender, in
//!   https://github.com/newkennybaik/portfolio (knowledge base on mail sending).
//! - Korean list of portal replies, including Naver's IP registration reply:
//!   https://puffinknight.tistory.com/102.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "naver",
    name: "Naver Mail",
    kind: Mailbox,
    help_url: "https://help.naver.com/alias/mail/newmail10.naver",
    source: "https://github.com/newkennybaik/portfolio",
    checked: "2026-12-05",
    hosts: ["help.naver.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("nsmtp", Strong),
    marker!("help.naver.com/alias/mail", Strong),
    marker!("realip.naver.com", Strong),
    marker!("mx.naver.com", Medium),
    marker!("naver.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("unauthenticated_sender", "blocked because the sender is unauthenticated", "", SenderAuthentication, SenderAdmin, AfterFix, "https://help.naver.com/alias/mail/newmail10.naver", "https://github.com/newkennybaik/portfolio", "2026-12-05"),
    rule!("register_ip", "register your ip to http://realip.naver.com", "", SenderIpBlocked, SenderAdmin, AfterFix, "", "https://puffinknight.tistory.com/102", "2026-12-05"),
];
