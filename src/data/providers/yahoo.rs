//! Yahoo (Yahoo Mail, AOL, Verizon, AT&T): how to recognise its replies and what its own codes and wording mean.
//!
//! AOL, Verizon and the AT&T consumer domains (att.net, sbcglobal.net, bellsouth.net ...) run
//! on Yahoo's mail platform; their MX hosts are `*.yahoodns.net` (AT&T:
//! `mx-att.mail.am0.yahoodns.net`), so their replies carry Yahoo's tags. The AT&T mail domains
//! themselves, and AT&T's own inbound filter (`DNSBL:ATTRBL`), are in `att.rs`.
//!
//! Sources:
//! - Yahoo Sender Hub, SMTP error codes (11 explanatory categories):
//!   <https://senders.yahooinc.com/smtp-error-codes/> (stored copy of 2026-02-15 in
//!   github.com/azumakuniyuki/feb-2024-no-auth-no-entry).
//! - Yahoo help article on `[TS03]` ("permanently deferred", arrives as 421):
//!   <https://help.yahoo.com/kb/index?page=content&y=PROD_MAIL_MOBILE&locale=en_US&id=SLN3436>.
//! - Field reports for the bracket tags (`[TSS04]`, `[TSS07]`, `[TSS09]`, `[TSS11]`, `[BL21]`,
//!   `[BL23]`, `[GL01]`, `[PH01]`, `[291]`, `[299]`, `dd ... [-5]/[-9]/[-20]`, `(554.30)`): the
//!   SMTP Field Manual data (github.com/ActiveCampaign/smtp-field-manual, `data/codes/*.json`),
//!   Sisimai's Yahoo table (github.com/sisimai/rb-sisimai, `lib/sisimai/rhost/yahooinc.rb`),
//!   ZoneMTA's bounce rules (github.com/zone-eu/zone-mta, `config/bounces.txt`) and public logs.
//!
//! - AOL's legacy block codes (before AOL moved to Yahoo's platform in 2018), from AOL's postmaster
//!   list of errors, <http://postmaster.info.aol.com/errors/> (RTR:DU, RLY:B1 and their pages), its
//!   copy with all RTR codes on <http://community.hostcheetah.com/topic/267/aol-postmaster/> (RTR:BB,
//!   RTR:CH, RTR:BG, RTR:RD), and Word to the Wise on CON:B1 and RLY:SN, quoted on
//!   <http://www.mailerforum.com/xf/threads/aol-bounces-and-false-positives.3032/>.
//!
//! Yahoo also appends internal tokens such as `4.16.55.1`, `4.16.50` and `[#4.16.1]`: they
//! are not enhanced status codes, only markers that Yahoo answered.

use crate::data::citations::{
    FIELD_MANUAL_421, FIELD_MANUAL_450, FIELD_MANUAL_552, FIELD_MANUAL_554, SISIMAI_RHOST_YAHOOINC,
    YAHOO_ERROR_CODES, ZONEMTA_BOUNCES,
};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "yahoo",
    name: "Yahoo (Yahoo Mail, AOL, Verizon, AT&T)",
    kind: Mailbox,
    help_url: YAHOO_ERROR_CODES,
    source: YAHOO_ERROR_CODES,
    checked: "2026-02-15",
    hosts: ["senders.yahooinc.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Bracket tags only Yahoo prints.
    marker!("[ts01]", Strong),
    marker!("[ts02]", Strong),
    marker!("[ts03]", Strong),
    marker!("[tss04]", Strong),
    marker!("[tss07]", Strong),
    marker!("[tss09]", Strong),
    marker!("[tss11]", Strong),
    marker!("[ph01]", Strong),
    marker!("[bl21]", Strong),
    marker!("[bl23]", Strong),
    marker!("[gl01]", Strong),
    // The Yahoo/AOL/Verizon tag of IP reputation deferrals
    // (https://github.com/forwardemail/forwardemail.net/blob/master/helpers/get-bounce-info.js).
    marker!("[ipts04]", Strong),
    // Older Yahoo and AOL reason tags (https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt, after Yahoo's
    // help pages SLN3434/SLN23996 and AOL's postmaster.aol.com/error-codes): Yahoo's VS1-IP and
    // VS1-MF, its DKIM tag (AU01), and AOL's RTR:/RLY:/HVU:/DYN:/CON: codes ("554 RLY:B1 ...").
    marker!("vs1-ip", Strong),
    marker!("vs1-mf", Strong),
    marker!("(au01)", Strong),
    marker!("rtr:*", Strong),
    marker!("rly:*", Strong),
    marker!("hvu:*", Strong),
    marker!("dyn:t*", Strong),
    marker!("con:b*", Strong),
    // Yahoo's own sentences, which stand even when the tag is cut off: its deferral of a sender
    // for volume or complaints ([TSS04]) and its Spamhaus refusals ([BL21], [BL23]), as collected
    // in Sisimai's Yahoo table, https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/yahooinc.rb.
    marker!("temporarily deferred due to unexpected volume or user complaints", Strong),
    marker!("because the ip is in spamhaus's list", Strong),
    marker!("not accepted from ip addresses on spamhaus xbl", Strong),
    // Internal tokens (not enhanced status codes).
    marker!("4.16.55.1", Strong),
    marker!("4.16.50", Strong),
    marker!("[#4.16.1]", Strong),
    marker!("(554.30)", Strong),
    marker!("delivery error: dd", Strong),
    // Its refusal of a closed account, which stands when the "dd" tag is cut off ("554 delivery
    // error: dd Sorry your message to x cannot be delivered. This account has been disabled or
    // discontinued [#102]", SMTP Field Manual data/codes/554.json under Yahoo; sitepackage.de's
    // list of provider replies).
    marker!("cannot be delivered. this account has been disabled or discontinued", Medium),
    marker!("yahoo requires all senders", Strong),
    // Help links Yahoo puts in its replies.
    marker!("senders.yahooinc.com", Strong),
    marker!("postmaster.yahooinc.com", Strong),
    marker!("postmaster.verizonmedia.com", Strong),
    marker!("postmaster.yahoo.com", Strong),
    marker!("help.yahoo.com/kb/postmaster", Strong),
    // MX and relay host names.
    marker!("yahoodns.net", Medium),
    marker!("am0.yahoodns.net", Medium),
    marker!("mx-att.mail.am0.yahoodns.net", Medium),
    marker!("mx.mail.yahoo.com", Medium),
    marker!("mail.bf1.yahoo.com", Medium),
    marker!("mail.gq1.yahoo.com", Medium),
    marker!("mail.ne1.yahoo.com", Medium),
    marker!("mail.mud.yahoo.com", Medium),
    marker!("mx.aol.com", Medium),
    // AOL's legacy error pages, linked from its old refusals.
    marker!("postmaster.info.aol.com", Strong),
    // Mail domains that appear in recipient addresses.
    marker!("yahoo.com", Weak),
    marker!("ymail.com", Weak),
    marker!("aol.com", Weak),
    marker!("verizon.net", Weak),
    // Tags of Yahoo's submission servers (smtp.mail.yahoo.com) in their login refusals:
    // "535 5.7.0 (#AUTH005) Too many bad auth attempts.", "535 5.7.0 (#MBR1212) Incorrect username
    // or password." (https://github.com/nodemailer/nodemailer/issues/1112, where the maintainer
    // names Yahoo; https://github.com/PHPMailer/PHPMailer/issues/2034, host smtp.mail.yahoo.com).
    marker!("(#auth0*", Strong),
    marker!("(#mbr1*", Strong),
    // AOL's refusal of mail with attachments (AOL's sender block notice, in
    // https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/main/t/corpus/aol-senderblock.msg).
    marker!("not accepting mail with attachments or embedded images", Strong),
    // Yahoo Mail's SMTP submission refusals (smtp.mail.yahoo.com: "554 6.6.0 Error sending message
    // for delivery.", https://github.com/nodemailer/nodemailer/issues/1515 and
    // https://github.com/jstedfast/MailKit/issues/1855; "550 Request failed; Mailbox unavailable",
    // https://github.com/PHPMailer/PHPMailer/issues/2685). The second is Weak: only inside the reply.
    marker!("error sending message for delivery", Strong),
    marker!("request failed; mailbox unavailable", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // "Message temporarily deferred (eg: TS* Errors)": complaints, spam-like content, poor IP
    // reputation or unusual traffic; the sending server retries on its own.
    rule!("ts01_complaints", "[ts01]", "", SenderReputation, SenderAdmin, Automatic, YAHOO_ERROR_CODES, YAHOO_ERROR_CODES, "2026-02-15"),
    rule!("ts02_deferred", "[ts02]", "", SenderReputation, SenderAdmin, Automatic, YAHOO_ERROR_CODES, YAHOO_ERROR_CODES, "2026-02-15"),
    rule!("tss04_deferred", "[tss04]", "", SenderReputation, SenderAdmin, Automatic, YAHOO_ERROR_CODES, YAHOO_ERROR_CODES, "2026-02-15"),
    rule!("gl01_deferred", "[gl01]", "", SenderReputation, SenderAdmin, Automatic, YAHOO_ERROR_CODES, "https://www.stevejenkins.com/blog/2012/08/how-to-postfix-configuration-to-reduce-yahoo-deferrals-using-transport-maps/", "2026-11-28"),
    // "Permanently deferred": arrives as a 421 but retrying does not help until the sender
    // has fixed its volume, lists or reputation.
    rule!("ts03_permanently_deferred", "[ts03]", "", SenderReputation, SenderAdmin, AfterFix, YAHOO_ERROR_CODES, "https://help.yahoo.com/kb/index?page=content&y=PROD_MAIL_MOBILE&locale=en_US&id=SLN3436", "2026-11-28"),
    rule!("permanently_deferred", "permanently deferred", "", SenderReputation, SenderAdmin, AfterFix, YAHOO_ERROR_CODES, "https://help.yahoo.com/kb/index?page=content&y=PROD_MAIL_MOBILE&locale=en_US&id=SLN3436", "2026-11-28"),
    rule!("tss09_blocked", "[tss09]", "", SenderIpBlocked, SenderAdmin, AfterFix, YAHOO_ERROR_CODES, SISIMAI_RHOST_YAHOOINC, "2026-11-28"),
    rule!("tss11_blocked", "[tss11]", "", SenderIpBlocked, SenderAdmin, AfterFix, YAHOO_ERROR_CODES, SISIMAI_RHOST_YAHOOINC, "2026-11-28"),
    // Spamhaus listings ("Your IP is listed by Spamhaus").
    rule!("tss07_spamhaus", "[tss07]", "", SenderBlocklisted, SenderAdmin, AfterFix, YAHOO_ERROR_CODES, "https://github.com/ijortengab/blog/blob/2be9d84df959ce57aa8d158b4ba5f9b67681bde0/content/posts/2021-07-08-hosting-mail-server-di-digitalocean-dan-yahoo-mail-blacklist.md", "2026-11-28"),
    rule!("bl21_spamhaus", "[bl21]", "", SenderBlocklisted, SenderAdmin, AfterFix, YAHOO_ERROR_CODES, ZONEMTA_BOUNCES, "2026-11-28"),
    rule!("bl23_spamhaus_xbl", "[bl23]", "", SenderBlocklisted, SenderAdmin, AfterFix, YAHOO_ERROR_CODES, ZONEMTA_BOUNCES, "2026-11-28"),
    // "Content based blocks (e.g: PH* Errors)".
    rule!("ph01_content", "[ph01]", "", ContentPolicy, _, _, YAHOO_ERROR_CODES, FIELD_MANUAL_554, "2026-11-28"),
    // "Authentication failures".
    rule!("unauthenticated", "yahoo requires all senders to authenticate", "", SenderAuthentication, SenderAdmin, AfterFix, YAHOO_ERROR_CODES, SISIMAI_RHOST_YAHOOINC, "2026-11-28"),
    // 5.7.9 is Yahoo's policy refusal (the registry's 5.7.9 is "authentication mechanism too weak").
    rule!("policy_reasons", "not accepted for policy reasons", "5.7.9", PolicyRejected, SenderAdmin, AfterFix, YAHOO_ERROR_CODES, FIELD_MANUAL_554, "2026-11-28"),
    rule!("policy_579", "", "5.7.9", PolicyRejected, SenderAdmin, AfterFix, YAHOO_ERROR_CODES, FIELD_MANUAL_554, "2026-11-28"),
    rule!("not_allowed_299", "message not allowed - [299]", "", PolicyRejected, SenderAdmin, AfterFix, YAHOO_ERROR_CODES, "https://github.com/dart-mailer/mailer/issues/235", "2026-11-28"),
    // "RFC compliance failures".
    rule!("headers_not_rfc", "headers are not rfc compliant", "", MessageFormat, _, _, YAHOO_ERROR_CODES, FIELD_MANUAL_554, "2026-11-28"),
    // "Unresolvable RFC.5321 or RFC.5322 from domain".
    rule!("unresolvable_from_domain", "due to unresolvable rfc", "", SenderRejected, SenderAdmin, AfterFix, YAHOO_ERROR_CODES, SISIMAI_RHOST_YAHOOINC, "2026-11-28"),
    // "Resources temporarily unavailable": Yahoo's servers were busy.
    rule!("resources_unavailable", "resources temporarily unavailable", "", ServerUnavailable, Nobody, Automatic, YAHOO_ERROR_CODES, "https://www.stevejenkins.com/blog/2012/08/how-to-postfix-configuration-to-reduce-yahoo-deferrals-using-transport-maps/", "2026-11-28"),
    rule!("receiving_too_quickly", "user is receiving mail too quickly", "", RateLimited, Nobody, Automatic, YAHOO_ERROR_CODES, FIELD_MANUAL_450, "2026-11-28"),
    rule!("max_per_connection", "max message per connection reached", "", RateLimited, Nobody, Automatic, YAHOO_ERROR_CODES, FIELD_MANUAL_421, "2026-11-28"),
    // "Recipient does not exist" and disabled accounts (qmail-style "delivery error: dd").
    rule!("no_account", "this user doesn't have a", "", MailboxUnknown, _, _, YAHOO_ERROR_CODES, YAHOO_ERROR_CODES, "2026-02-15"),
    // 552 is "exceeded storage allocation" in RFC 5321; Yahoo uses it for a missing mailbox.
    rule!("mailbox_not_found", "requested mail action aborted, mailbox not found", "", MailboxUnknown, _, _, YAHOO_ERROR_CODES, FIELD_MANUAL_552, "2026-11-28"),
    rule!("no_longer_valid", "is no longer valid. [-20]", "", MailboxDisabled, _, _, YAHOO_ERROR_CODES, FIELD_MANUAL_554, "2026-11-28"),
    rule!("mailbox_disabled", "mailbox is disabled (554.30)", "", MailboxDisabled, _, _, YAHOO_ERROR_CODES, FIELD_MANUAL_554, "2026-11-28"),
    rule!("mailbox_full", "could not be delivered because the recipient's mailbox is full", "", MailboxFull, _, _, YAHOO_ERROR_CODES, YAHOO_ERROR_CODES, "2026-02-15"),
    // AOL's legacy codes (see the sources above).
    rule!("aol_rtr_du", "rtr:du", "", SenderIpBlocked, SenderAdmin, AfterFix, "", "http://postmaster.info.aol.com/errors/", "2026-12-06"),
    rule!("aol_rtr_bb", "rtr:bb", "", SenderIpBlocked, SenderAdmin, AfterFix, "", "http://community.hostcheetah.com/topic/267/aol-postmaster/", "2026-12-06"),
    rule!("aol_rtr_ch", "rtr:ch", "", SenderIpBlocked, SenderAdmin, AfterFix, "", "http://community.hostcheetah.com/topic/267/aol-postmaster/", "2026-12-06"),
    rule!("aol_rtr_bg", "rtr:bg", "", SenderIpBlocked, SenderAdmin, AfterFix, "", "http://community.hostcheetah.com/topic/267/aol-postmaster/", "2026-12-06"),
    rule!("aol_rtr_rd", "rtr:rd", "", ReverseDns, SenderAdmin, AfterFix, "", "http://community.hostcheetah.com/topic/267/aol-postmaster/", "2026-12-06"),
    rule!("aol_rly_b1", "rly:b1", "", SenderReputation, SenderAdmin, Later, "", "http://postmaster.info.aol.com/errors/", "2026-12-06"),
    rule!("aol_rly_sn", "rly:sn", "", SenderRejected, SenderAdmin, AfterFix, "", "http://www.mailerforum.com/xf/threads/aol-bounces-and-false-positives.3032/", "2026-12-06"),
    rule!("aol_con_b1", "con:b1", "", RateLimited, SenderAdmin, Later, "", "http://www.mailerforum.com/xf/threads/aol-bounces-and-false-positives.3032/", "2026-12-06"),
];
