//! Tencent (QQ Mail): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Tencent QQ Mail help pages on rejection messages (https://service.mail.qq.com/detail/122/<n>,
//! as mapped to their reply texts in https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb), and QQ replies from public reports;
//! the Tencent Exmail (QQ enterprise mail) MX host mx.exmail.qq.com, Tencent Cloud's developer page
//! https://cloud.tencent.com/developer/information/qq%E4%BC%81%E4%B8%9A%E9%82%AE%E7%AE%B1%E5%9F%9F%E5%90%8D%E8%A7%A3%E6%9E%90.
//!
//! Checked 2026-12-06 (markers and rules added that day): "Mailbox unavailable or access denied"
//! and "Suspected spam sender", on https://smtp.codes/qq; the Chinese notice, on
//! https://qqmailbox.com/transceivers/169.html.

use crate::data::citations::SISIMAI_RHOST_TENCENT;
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "tencent",
    name: "Tencent (QQ Mail)",
    kind: Mailbox,
    help_url: "https://service.mail.qq.com/",
    source: SISIMAI_RHOST_TENCENT,
    checked: "2026-11-28",
    hosts: ["service.mail.qq.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("service.mail.qq.com", Medium),
    marker!("qq mail server", Medium),
    // Exmail help links in its replies ("550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?..."),
    // https://github.com/ActiveCampaign/smtp-field-manual/blob/main/data/codes/550.json and 501.json.
    marker!("service.exmail.qq.com", Strong),
    // Exmail inbound MX (cloud.tencent.com developer page above).
    marker!("mx.exmail.qq.com", Medium),
    // Exmail's two inbound MX hosts, the records every Exmail domain must publish
    // (https://www.67wa.com/118409.html, http://jlepsdi.com/post/79329.html).
    marker!("mxbiz1.qq.com", Medium),
    marker!("mxbiz2.qq.com", Medium),
    // WeCom (WeChat Work) mail's help links in its refusals ("550 Mailbox unavailable or access
    // denied [...]. https://open.work.weixin.qq.com/help2/pc/20057."), quoted in
    // https://github.com/forwardemail/forwardemail.net/blob/master/helpers/get-bounce-info.js.
    marker!("open.work.weixin.qq.com", Strong),
    // QQ Mail's own refusal of a flooded or closed recipient ("550 Mailbox unavailable or access
    // denied", https://smtp.codes/qq; with QQ's help link in
    // https://github.com/forwardemail/forwardemail.net/blob/master/helpers/get-bounce-info.js) and the
    // words of its Chinese bounce notices ("该用户未开通QQ邮箱": the address has no QQ Mail account,
    // https://qqmailbox.com/transceivers/169.html).
    marker!("mailbox unavailable or access denied", Medium),
    marker!("*未开通qq邮箱*", Strong),
    // The services' own names in Chinese text around an error: "QQ邮箱" (QQ Mail, as its help pages
    // at service.mail.qq.com name it) and "腾讯企业邮箱" (Tencent Exmail, the Tencent Cloud page above).
    marker!("*qq邮箱*", Medium),
    marker!("*腾讯企业邮*", Medium),
    marker!("qq.com", Weak),
    marker!("foxmail.com", Weak),
    // QQ Mail's refusal of a login with the account password instead of its authorisation code,
    // written with or without a space after "Login Fail." ("535 Login Fail. Please enter your
    // authorization code to login. More information in http://service.mail.qq.com/...",
    // https://github.com/louislam/uptime-kuma/issues/3434; https://github.com/pppscn/SmsForwarder/issues/507).
    marker!("please enter your authorization", Strong),
    // QQ Mail's reply texts, each documented on its own help page (service.mail.qq.com/detail/122/57,
    // /66, /59, /92, /173, /174, /175, /166), as listed in Sisimai's QQ table
    // (https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb); generic ones
    // ("connection denied", "message too large", "mailbox not found") are left out.
    marker!("suspected bounce attacks", Medium),
    marker!("suspected spam ip", Medium),
    marker!("spam is embedded in the email", Medium),
    marker!("mail is rejected by recipients", Medium),
    marker!("domain frequency limited", Medium),
    marker!("sender frequency limited", Medium),
    marker!("connection frequency limited", Medium),
    marker!("mailbox unavailable or access denined", Medium),
    // QQ Mail's refusal of content ("550 The mail may contain inappropriate words or content.",
    // https://github.com/0xBitWild/MTeam-CLI/pull/12).
    marker!("may contain inappropriate words or content", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("bounce_attacks", "suspected bounce attacks", "", SenderReputation, _, _, "https://service.mail.qq.com/detail/122/57", SISIMAI_RHOST_TENCENT, "2026-11-28"),
    rule!("spam_ip", "suspected spam ip", "", SenderIpBlocked, _, _, "https://service.mail.qq.com/detail/122/66", SISIMAI_RHOST_TENCENT, "2026-11-28"),
    rule!("ip_frequency", "ip frequency limited", "", RateLimited, _, _, "https://service.mail.qq.com/detail/122/172", SISIMAI_RHOST_TENCENT, "2026-11-28"),
    rule!("domain_frequency", "domain frequency limited", "", RateLimited, _, _, "https://service.mail.qq.com/detail/122/173", SISIMAI_RHOST_TENCENT, "2026-11-28"),
    rule!("sender_frequency", "sender frequency limited", "", RateLimited, _, _, "https://service.mail.qq.com/detail/122/174", SISIMAI_RHOST_TENCENT, "2026-11-28"),
    rule!("connection_frequency", "connection frequency limited", "", RateLimited, _, _, "https://service.mail.qq.com/detail/122/175", SISIMAI_RHOST_TENCENT, "2026-11-28"),
    rule!("receiving_frequency", "frequency of receiving messages is limited", "", RateLimited, Nobody, Later, "https://service.mail.qq.com/detail/122/1011", SISIMAI_RHOST_TENCENT, "2026-11-28"),
    // "550 Suspected spam sender.": QQ's block of a domain or sender that sent much spam
    // (https://smtp.codes/qq; SMTP Field Manual data/codes/550.json).
    rule!("suspected_spam_sender", "suspected spam sender", "", SenderReputation, SenderAdmin, AfterFix, "https://service.mail.qq.com/", "https://smtp.codes/qq", "2026-12-06"),
    rule!("rejected_by_recipients", "mail is rejected by recipients", "", SenderRejected, Recipient, AfterFix, "https://service.mail.qq.com/detail/122/92", SISIMAI_RHOST_TENCENT, "2026-11-28"),
    rule!("spam_embedded", "spam is embedded in the email", "", SpamContent, _, _, "https://service.mail.qq.com/detail/122/59", SISIMAI_RHOST_TENCENT, "2026-11-28"),
    rule!("content_denied", "mail content denied", "", SpamContent, _, _, "https://service.mail.qq.com/detail/122/171", SISIMAI_RHOST_TENCENT, "2026-11-28"),
    rule!("deactivated", "is a deactivated mailbox", "", MailboxDisabled, _, _, "", SISIMAI_RHOST_TENCENT, "2026-11-28"),
    rule!("mailbox_not_found_http", "mailbox not found. http://service.mail.qq.com", "", MailboxUnknown, _, _, "https://service.mail.qq.com/detail/122/169", SISIMAI_RHOST_TENCENT, "2026-11-28"),
    rule!("mailbox_not_found_https", "mailbox not found. https://service.mail.qq.com", "", MailboxUnknown, _, _, "https://service.mail.qq.com/detail/122/169", SISIMAI_RHOST_TENCENT, "2026-11-28"),
];
