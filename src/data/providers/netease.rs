//! NetEase Mail (163.com, 126.com, yeah.net and NetEase's hosted business mail): how to recognise
//! its replies and what its own codes mean.
//!
//! NetEase answers with short tags of two letters, a colon and three letters (`DT:SPM`, `HL:IFC`,
//! `MI:SFQ` ...) and explains them in its help centre. The tags are NetEase's own, so they are both
//! markers and rules. Their patterns are open at the start: NetEase's own list writes them glued
//! to the code (`450MI:CEL`).
//!
//! Sources:
//! - NetEase's list of reply tags and their meaning, as republished at
//!   https://biecuoliao.com/pa/MBRrwEM.html (the help centre, https://help.mail.163.com/, is not
//!   reachable from here), and the 554 tags as quoted in
//!   https://github.com/nzj1981/PycharmProjects/blob/master/learnEmail/send_mail_html_plain.py.
//! - SMTP host names of the 163/126/yeah.net services: https://github.com/fengkuangdestone/py-script
//!   (mail/smail/configs.py).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "netease",
    name: "NetEase Mail (163.com, 126.com, yeah.net)",
    kind: Mailbox,
    help_url: "https://help.mail.163.com/",
    source: "https://biecuoliao.com/pa/MBRrwEM.html",
    checked: "2026-12-05",
    hosts: ["help.mail.163.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // NetEase reply tags
    marker!("*dt:spm", Strong),
    marker!("*dt:rbl", Strong),
    marker!("*hl:rep", Strong),
    marker!("*hl:icc", Strong),
    marker!("*hl:ifc", Strong),
    marker!("*hl:mep", Strong),
    marker!("*mi:sfq", Strong),
    marker!("*mi:dmc", Strong),
    marker!("*rp:drc", Strong),
    marker!("*wm:bli", Strong),
    marker!("*dt:sum", Strong),
    marker!("*hl:ihu", Strong),
    marker!("*hl:ipb", Strong),
    marker!("*mi:stc", Strong),
    marker!("*mi:spb", Strong),
    marker!("*mi:cel", Strong),
    marker!("*mi:ccl", Strong),
    marker!("*rp:cel", Strong),
    marker!("*rp:ccl", Strong),
    marker!("*wm:blu", Strong),
    // The server tag NetEase appends to its replies ("DT:SPM 163 smtp10,..." / "126 smtp2,..."),
    // seen in https://github.com/jumpserver/jumpserver/issues/644 and
    // https://github.com/zabbix-book/zabbix_mail_with_graph/issues/1.
    marker!("163 smtp*", Strong),
    marker!("126 smtp*", Strong),
    // The same tag on its inbound MX servers ("MI:SPF 163 mx49,...") and their host names
    // (163mx03.mxmail.netease.com), in https://pastebin.com/knMf9Xef.
    marker!("163 mx*", Strong),
    marker!("126 mx*", Strong),
    marker!("mxmail.netease.com", Medium),
    // Help links and host names
    marker!("mail.163.com/help", Strong),
    marker!("smtp.163.com", Weak),
    marker!("smtp.126.com", Weak),
    marker!("smtp.yeah.net", Weak),
    // NetEase's name in its Chinese bounce texts ("...未被网易许可的信息", NetEase help
    // http://help.163.com/11/0406/11/70V14RLL00754IKK.html).
    marker!("*网易*", Medium),
    marker!("163.com", Weak),
    marker!("126.com", Weak),
    marker!("yeah.net", Weak),
    // NetEase's anti-spam name in the refusals of its Coremail servers ("550 CoremailSys:Your
    // message was blocked by NetEase AntiSpam+", Coremail's bounce help page,
    // https://638010.9e2tpqybs.asia/coremail/help/rejectmail_zh_CN.jsp).
    marker!("netease antispam", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("dt_spm", "*dt:spm", "", SpamContent, _, _, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-05"),
    rule!("dt_rbl", "*dt:rbl", "", SenderBlocklisted, SenderAdmin, AfterFix, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-05"),
    rule!("hl_rep", "*hl:rep", "", SenderReputation, SenderAdmin, Later, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-05"),
    rule!("hl_icc", "*hl:icc", "", RateLimited, SenderAdmin, Later, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-05"),
    rule!("hl_ifc", "*hl:ifc", "", RateLimited, SenderAdmin, Later, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-05"),
    rule!("hl_mep", "*hl:mep", "", SenderReputation, SenderAdmin, AfterFix, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-05"),
    rule!("mi_sfq", "*mi:sfq", "", RateLimited, Sender, Later, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-05"),
    rule!("mi_dmc", "*mi:dmc", "", RateLimited, SenderAdmin, Later, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-05"),
    rule!("rp_drc", "*rp:drc", "", TooManyRecipients, SenderAdmin, Later, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-05"),
    rule!("wm_bli", "*wm:bli", "", SenderIpBlocked, SenderAdmin, AfterFix, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-05"),
    rule!("dt_sum", "*dt:sum", "", SenderAuthentication, SenderAdmin, AfterFix, "https://help.mail.163.com/", "https://github.com/nzj1981/PycharmProjects/blob/master/learnEmail/send_mail_html_plain.py", "2026-12-05"),
    rule!("hl_ihu", "*hl:ihu", "", SenderReputation, SenderAdmin, Later, "https://help.mail.163.com/", "https://github.com/nzj1981/PycharmProjects/blob/master/learnEmail/send_mail_html_plain.py", "2026-12-05"),
    rule!("hl_ipb", "*hl:ipb", "", SenderIpBlocked, SenderAdmin, AfterFix, "https://help.mail.163.com/", "https://github.com/nzj1981/PycharmProjects/blob/master/learnEmail/send_mail_html_plain.py", "2026-12-05"),
    rule!("mi_stc", "*mi:stc", "", RateLimited, Sender, Later, "https://help.mail.163.com/", "https://github.com/nzj1981/PycharmProjects/blob/master/learnEmail/send_mail_html_plain.py", "2026-12-05"),
    rule!("mi_cel", "*mi:cel", "", ProtocolSyntax, SenderAdmin, AfterFix, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-06"),
    rule!("rp_cel", "*rp:cel", "", ProtocolSyntax, SenderAdmin, AfterFix, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-06"),
    rule!("mi_ccl", "*mi:ccl", "", RateLimited, SenderAdmin, Later, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-06"),
    rule!("rp_ccl", "*rp:ccl", "", RateLimited, SenderAdmin, Later, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-06"),
    rule!("wm_blu", "*wm:blu", "", SenderRejected, SenderAdmin, AfterFix, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-06"),
    rule!("auth_fail_limit", "too much fail authentication", "", AuthFailed, Sender, Later, "https://help.mail.163.com/", "https://biecuoliao.com/pa/MBRrwEM.html", "2026-12-06"),
    // 550 at MAIL FROM when the account has not turned on SMTP sending (client authorisation code);
    // the thread links NetEase's help page on it.
    rule!("no_permission", "user has no permission", "550", AuthRequired, Sender, AfterFix, "https://help.mail.163.com/", "https://github.com/open-falcon/mail-provider/issues/6", "2026-12-06"),
    rule!("mi_spb", "*mi:spb", "", SenderAccountBlocked, Sender, AfterFix, "https://help.mail.163.com/", "https://github.com/nzj1981/PycharmProjects/blob/master/learnEmail/send_mail_html_plain.py", "2026-12-05"),
];
