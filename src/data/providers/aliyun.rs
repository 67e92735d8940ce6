//! Alibaba Mail (aliyun.com personal mail and Alibaba Cloud enterprise mail, whose servers are
//! named mxhichina.com): how to recognise its replies.
//!
//! Sources: host names in https://github.com/fengkuangdestone/py-script (mail/smail/configs.py:
//! smtp.mxhichina.com) and https://github.com/PPLAX2835/my-email (EmailConstants.java:
//! smtp.aliyun.com).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "aliyun",
    name: "Alibaba Mail (Aliyun)",
    kind: Mailbox,
    help_url: "https://help.aliyun.com/",
    source: "https://github.com/fengkuangdestone/py-script/blob/master/mail/smail/configs.py",
    checked: "2026-12-05",
    hosts: ["help.aliyun.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mxhichina.com", Weak),
    marker!("smtp.aliyun.com", Weak),
    marker!("aliyun.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
