//! Alibaba Mail (aliyun.com personal mail and Alibaba Cloud enterprise mail, whose servers are
//! named mxhichina.com): how to recognise its replies and what its own wording means.
//!
//! Alibaba Mail's SMTP replies use their own fixed phrases ("RCPT (account) dosn't exist",
//! "... is achieved the maximum threshold", "Reject by behaviour spam"), listed with their meaning
//! by an Alibaba Mail reseller: http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html.
//!
//! Sources: host names in https://github.com/fengkuangdestone/py-script (mail/smail/configs.py:
//! smtp.mxhichina.com) and https://github.com/PPLAX2835/my-email (EmailConstants.java:
//! smtp.aliyun.com); the enterprise mail MX hosts mx1/mx2/mx3.qiye.aliyun.com, as an Alibaba Mail
//! reseller lists them for customers' DNS, http://qiyealiyou.com/xinwendongtai/xingyedongtai/276.html.
//!
//! Checked 2026-12-06 (markers and rules added that day): the 526 rule's sources (the Alibaba Mail
//! code list, http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html, source of rows
//! d3-0044 ff.).

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
    // The tag of Alibaba Mail's anti-spam refusals ("ANTISPAM_BAT[...]"), in a real bounce from
    // mxn.mxhichina.com: https://developer.aliyun.com/ask/251306.
    marker!("antispam_bat", Strong),
    marker!("mxhichina.com", Weak),
    // Enterprise mail inbound MX (qiyealiyou.com, 276.html).
    marker!("mx1.qiye.aliyun.com", Medium),
    marker!("mx2.qiye.aliyun.com", Medium),
    marker!("mx3.qiye.aliyun.com", Medium),
    marker!("smtp.aliyun.com", Weak),
    marker!("aliyun.com", Weak),
    // Replies of Alibaba Cloud's mail service that no other server words this way ("556 The number
    // of RCPTs is over size", "551 Main account unavailable", "559 Invalid rcptto", "427 Socks
    // Connect to UNREACHABLE host"; its SMTP error list as republished in
    // http://cryptsofthecoliseum.com/article-show-50-294.html).
    marker!("the number of rcpts is over size", Strong),
    marker!("main account unavailable", Medium),
    marker!("invalid rcptto", Medium),
    marker!("socks connect to unreachable host", Strong),
    // Alibaba Mail's own wording for its limits ("504 the number of RCPT attempts is achieved the
    // maximum threshold", "510 The length of Attach ..."), in its help table of replies,
    // https://help.aliyun.com/knowledge_detail/36612.html (mirror: bestwisewords.com/document_detail/36612.html).
    marker!("is achieved the maximum threshold", Strong),
    // The same table's "502 Mailfrom account is a local account" and "503 Rcptto account isn't a
    // local account" (Alibaba's spelling of the commands, glued).
    marker!("mailfrom account is a local account", Medium),
    marker!("rcptto account isn't a local account", Medium),
    // Its outgoing spam engine's refusal ("(13)ESO_LOCAL_SPAM: spamed by local spam engine", so
    // spelt), https://help.aliyun.com/knowledge_detail/36620.html (mirror bestwisewords.com/document_detail/36620.html).
    marker!("spamed by local spam engine", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // "526 Authentication failure[0]" / "[1] 认证失败次数太多" (too many failed sign-ins): Alibaba Mail's
    // own code for a refused login, on the same list.
    rule!("auth_failure_526", "authentication failure[", "526", AuthFailed, Sender, AfterFix, "https://help.aliyun.com/", "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html", "2026-12-06"),
    rule!("rcpt_not_exist", "rcpt (account) dosn't exist", "", MailboxUnknown, _, _, "https://help.aliyun.com/", "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html", "2026-12-06"),
    rule!("non_local_sender", "is non-local account", "", SenderRejected, Sender, AfterFix, "https://help.aliyun.com/", "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html", "2026-12-06"),
    rule!("sender_not_login", "mail from account doesn't conform with authentication", "", SenderRejected, Sender, AfterFix, "https://help.aliyun.com/", "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html", "2026-12-06"),
    rule!("too_many_rcpts", "the total of rcpts is achieved the maximum threshold", "", TooManyRecipients, _, _, "https://help.aliyun.com/", "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html", "2026-12-06"),
    rule!("data_too_long", "the length of data content is achieved the maximum threshold", "", MessageTooLarge, _, _, "https://help.aliyun.com/", "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html", "2026-12-06"),
    rule!("not_allowed_send", "this account isn't allowed to send email", "", SenderAccountBlocked, Sender, AfterFix, "https://help.aliyun.com/", "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html", "2026-12-06"),
    rule!("behaviour_spam", "reject by behaviour spam", "", SenderReputation, SenderAdmin, Later, "https://help.aliyun.com/", "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html", "2026-12-06"),
    rule!("content_spam", "reject by content spam", "", SpamContent, _, _, "https://help.aliyun.com/", "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html", "2026-12-06"),
];
