//! Sina Mail (sina.com, sina.cn): how to recognise its replies.
//!
//! Sina publishes no list of reply codes that could be reached from here; its host names tell
//! that it answered.
//!
//! Sources: SMTP host names of Sina Mail in https://github.com/fengkuangdestone/py-script
//! (mail/smail/configs.py) and https://github.com/PPLAX2835/my-email (EmailConstants.java).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "sina",
    name: "Sina Mail",
    kind: Mailbox,
    help_url: "https://mail.sina.com.cn/",
    source: "https://github.com/fengkuangdestone/py-script/blob/master/mail/smail/configs.py",
    checked: "2026-12-05",
    hosts: ["mail.sina.com.cn"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("smtp.sina.com", Weak),
    marker!("smtp.sina.cn", Weak),
    marker!("smtp.vip.sina.com", Weak),
    marker!("sina.com", Weak),
    marker!("sina.cn", Weak),
    marker!("sina.com.cn", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
