//! Yahoo (Yahoo Mail, AOL, Verizon, AT&T): how to recognise its replies and what its own codes and wording mean.
//!
//! AOL, Verizon and the AT&T consumer domains (att.net, sbcglobal.net, bellsouth.net ...) run
//! on Yahoo's mail platform; their MX hosts are `*.yahoodns.net` (AT&T:
//! `mx-att.mail.am0.yahoodns.net`), so their replies carry Yahoo's tags.
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
//! Yahoo also appends internal tokens such as `4.16.55.1`, `4.16.50` and `[#4.16.1]`: they
//! are not enhanced status codes, only markers that Yahoo answered.

#[allow(unused_imports)]
use crate::data::Strength as S;
use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// Yahoo's page of SMTP error categories.
const HUB: &str = "https://senders.yahooinc.com/smtp-error-codes/";
/// When the stored copy of the Sender Hub page was taken.
const HUB_DATE: &str = "2026-02-15";
/// Yahoo's help article about `[TS03]`.
const TS03: &str =
    "https://help.yahoo.com/kb/index?page=content&y=PROD_MAIL_MOBILE&locale=en_US&id=SLN3436";
/// SMTP Field Manual data files.
const FM_421: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json";
const FM_450: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/450.json";
const FM_552: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/552.json";
const FM_554: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json";
/// Sisimai's Yahoo message table (real, anonymised replies).
const SISIMAI: &str =
    "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/yahooinc.rb";
/// ZoneMTA's bounce rules with real Yahoo replies.
const ZONEMTA: &str = "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt";
/// Public log with `[TSS07]` and `[TSS04]` replies.
const LOG_TSS: &str = "https://github.com/ijortengab/blog/blob/2be9d84df959ce57aa8d158b4ba5f9b67681bde0/content/posts/2021-07-08-hosting-mail-server-di-digitalocean-dan-yahoo-mail-blacklist.md";
/// Public log with `[GL01]` and "Resources temporarily unavailable" replies.
const LOG_GL01: &str = "https://www.stevejenkins.com/blog/2012/08/how-to-postfix-configuration-to-reduce-yahoo-deferrals-using-transport-maps/";
/// Public report of `554 Message not allowed - [299]`.
const ISSUE_299: &str = "https://github.com/dart-mailer/mailer/issues/235";
/// Date of the field checks.
const TODAY: &str = "2026-11-28";

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "yahoo",
    name: "Yahoo (Yahoo Mail, AOL, Verizon, AT&T)",
    kind: K::Mailbox,
    help_url: HUB,
    source: provenance!(HUB),
    checked: provenance!(HUB_DATE),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["senders.yahooinc.com"];

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
    // Internal tokens (not enhanced status codes).
    marker!("4.16.55.1", Strong),
    marker!("4.16.50", Strong),
    marker!("[#4.16.1]", Strong),
    marker!("(554.30)", Strong),
    marker!("delivery error: dd", Strong),
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
    // Mail domains that appear in recipient addresses.
    marker!("yahoo.com", Weak),
    marker!("ymail.com", Weak),
    marker!("aol.com", Weak),
    marker!("verizon.net", Weak),
    marker!("att.net", Weak),
    marker!("sbcglobal.net", Weak),
    marker!("bellsouth.net", Weak),
];

const ADMIN: Option<WhoActs> = Some(WhoActs::SenderAdmin);
const NOBODY: Option<WhoActs> = Some(WhoActs::Nobody);
const AUTO: Option<Retry> = Some(Retry::Automatic);
const AFTER_FIX: Option<Retry> = Some(Retry::AfterFix);

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // "Message temporarily deferred (eg: TS* Errors)": complaints, spam-like content, poor IP
    // reputation or unusual traffic; the sending server retries on its own.
    rule!("ts01_complaints", "[ts01]", "", SenderReputation, ADMIN, AUTO, HUB, HUB, HUB_DATE),
    rule!("ts02_deferred", "[ts02]", "", SenderReputation, ADMIN, AUTO, HUB, HUB, HUB_DATE),
    rule!("tss04_deferred", "[tss04]", "", SenderReputation, ADMIN, AUTO, HUB, HUB, HUB_DATE),
    rule!("gl01_deferred", "[gl01]", "", SenderReputation, ADMIN, AUTO, HUB, LOG_GL01, TODAY),
    // "Permanently deferred": arrives as a 421 but retrying does not help until the sender
    // has fixed its volume, lists or reputation.
    rule!("ts03_permanently_deferred", "[ts03]", "", SenderReputation, ADMIN, AFTER_FIX, HUB, TS03, TODAY),
    rule!("permanently_deferred", "permanently deferred", "", SenderReputation, ADMIN, AFTER_FIX, HUB, TS03, TODAY),
    rule!("tss09_blocked", "[tss09]", "", SenderIpBlocked, ADMIN, AFTER_FIX, HUB, SISIMAI, TODAY),
    rule!("tss11_blocked", "[tss11]", "", SenderIpBlocked, ADMIN, AFTER_FIX, HUB, SISIMAI, TODAY),
    // Spamhaus listings ("Your IP is listed by Spamhaus").
    rule!("tss07_spamhaus", "[tss07]", "", SenderBlocklisted, ADMIN, AFTER_FIX, HUB, LOG_TSS, TODAY),
    rule!("bl21_spamhaus", "[bl21]", "", SenderBlocklisted, ADMIN, AFTER_FIX, HUB, ZONEMTA, TODAY),
    rule!("bl23_spamhaus_xbl", "[bl23]", "", SenderBlocklisted, ADMIN, AFTER_FIX, HUB, ZONEMTA, TODAY),
    // "Content based blocks (e.g: PH* Errors)".
    rule!("ph01_content", "[ph01]", "", ContentPolicy, None, None, HUB, FM_554, TODAY),
    // "Authentication failures".
    rule!("unauthenticated", "yahoo requires all senders to authenticate", "", SenderAuthentication, ADMIN, AFTER_FIX, HUB, SISIMAI, TODAY),
    // 5.7.9 is Yahoo's policy refusal (the registry's 5.7.9 is "authentication mechanism too weak").
    rule!("policy_reasons", "not accepted for policy reasons", "5.7.9", PolicyRejected, ADMIN, AFTER_FIX, HUB, FM_554, TODAY),
    rule!("policy_579", "", "5.7.9", PolicyRejected, ADMIN, AFTER_FIX, HUB, FM_554, TODAY),
    rule!("not_allowed_299", "message not allowed - [299]", "", PolicyRejected, ADMIN, AFTER_FIX, HUB, ISSUE_299, TODAY),
    // "RFC compliance failures".
    rule!("headers_not_rfc", "headers are not rfc compliant", "", MessageFormat, None, None, HUB, FM_554, TODAY),
    // "Unresolvable RFC.5321 or RFC.5322 from domain".
    rule!("unresolvable_from_domain", "due to unresolvable rfc", "", SenderRejected, ADMIN, AFTER_FIX, HUB, SISIMAI, TODAY),
    // "Resources temporarily unavailable": Yahoo's servers were busy.
    rule!("resources_unavailable", "resources temporarily unavailable", "", ServerUnavailable, NOBODY, AUTO, HUB, LOG_GL01, TODAY),
    rule!("receiving_too_quickly", "user is receiving mail too quickly", "", RateLimited, NOBODY, AUTO, HUB, FM_450, TODAY),
    rule!("max_per_connection", "max message per connection reached", "", RateLimited, NOBODY, AUTO, HUB, FM_421, TODAY),
    // "Recipient does not exist" and disabled accounts (qmail-style "delivery error: dd").
    rule!("no_account", "this user doesn't have a", "", MailboxUnknown, None, None, HUB, HUB, HUB_DATE),
    // 552 is "exceeded storage allocation" in RFC 5321; Yahoo uses it for a missing mailbox.
    rule!("mailbox_not_found", "requested mail action aborted, mailbox not found", "", MailboxUnknown, None, None, HUB, FM_552, TODAY),
    rule!("no_longer_valid", "is no longer valid. [-20]", "", MailboxDisabled, None, None, HUB, FM_554, TODAY),
    rule!("mailbox_disabled", "mailbox is disabled (554.30)", "", MailboxDisabled, None, None, HUB, FM_554, TODAY),
    rule!("mailbox_full", "could not be delivered because the recipient's mailbox is full", "", MailboxFull, None, None, HUB, HUB, HUB_DATE),
];
