//! Apple iCloud Mail: how to recognise its replies and what its own codes and wording mean.
//!
//! Apple publishes sender requirements but no list of reply codes; its replies link to
//! HT204137 and carry bracket tags whose meaning is known from field reports.
//! iCloud also rejects through Proofpoint (`554 5.7.0 Blocked - see
//! https://support.proofpoint.com/dnsbl-lookup.cgi?ip=…`): Proofpoint's own wording is left to
//! the Proofpoint file, but the iCloud MX names (`mx01.mail.icloud.com`) are strong markers so
//! such a reply is still recognised as iCloud's.
//!
//! Sources:
//! - Postmaster information for iCloud Mail: <https://support.apple.com/en-us/102322> (stored
//!   copy of 2025-02-26 in github.com/azumakuniyuki/feb-2024-no-auth-no-entry).
//! - Field reports: SMTP Field Manual data (github.com/ActiveCampaign/smtp-field-manual),
//!   Sisimai's Apple table (github.com/sisimai/rb-sisimai, `lib/sisimai/rhost/apple.rb`),
//!   public issues quoting iCloud bounces (cited row by row).

#[allow(unused_imports)]
use crate::data::Strength as S;
use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// Apple's postmaster page.
const POSTMASTER: &str = "https://support.apple.com/en-us/102322";
/// Date of the stored copy of the postmaster page.
const POSTMASTER_DATE: &str = "2025-02-26";
/// Sisimai's Apple message table (real, anonymised replies).
const SISIMAI: &str =
    "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/apple.rb";
/// SMTP Field Manual data files.
const FM_421: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json";
const FM_550: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json";
/// Public reports of the `[HM07]`/`[HM08]` tags.
const HM_REPORT: &str = "https://mactechnews.de/news/article/iCloud-Mail-ausgefallen-185276.html";
/// Public report of `[CS01]`.
const CS01_REPORT: &str = "https://github.com/chatmail/core/issues/6547";
/// Public report of an untagged local-policy reply.
const LOCAL_POLICY_REPORT: &str = "https://github.com/MailCore/mailcore2/issues/1738";
/// Date of the field checks.
const TODAY: &str = "2026-11-28";

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "apple",
    name: "Apple iCloud Mail",
    kind: K::Mailbox,
    help_url: POSTMASTER,
    source: provenance!(POSTMASTER),
    checked: provenance!(POSTMASTER_DATE),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["support.apple.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Bracket tags of iCloud's filters.
    marker!("[cs01]", Strong),
    marker!("[cs02]", Strong),
    marker!("[hm07]", Strong),
    marker!("[hm08]", Strong),
    marker!("[hme1]", Strong),
    // The help article every iCloud rejection links to.
    marker!("ht204137", Strong),
    // iCloud's MX hosts: strong, so that an iCloud reply quoting Proofpoint stays iCloud's.
    marker!("mail.icloud.com", Strong),
    // Other Apple mail hosts.
    marker!("mail-in2.apple.com", Medium),
    marker!("apple secure mail relay", Medium),
    // Mail domains that appear in recipient addresses.
    marker!("icloud.com", Weak),
    marker!("me.com", Weak),
    marker!("mac.com", Weak),
    marker!("apple.com", Weak),
];

const ADMIN: Option<WhoActs> = Some(WhoActs::SenderAdmin);
const NOBODY: Option<WhoActs> = Some(WhoActs::Nobody);
const AUTO: Option<Retry> = Some(Retry::Automatic);
const AFTER_FIX: Option<Retry> = Some(Retry::AfterFix);

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // "[CSnn] Message rejected due to local policy": iCloud's content filter.
    rule!("cs01_content", "[cs01]", "", ContentPolicy, None, None, POSTMASTER, CS01_REPORT, TODAY),
    rule!("cs02_content", "[cs02]", "", ContentPolicy, None, None, POSTMASTER, SISIMAI, TODAY),
    // "[HMnn] Message rejected due to local policy": host or sender reputation.
    rule!("hm07_reputation", "[hm07]", "", SenderReputation, ADMIN, AFTER_FIX, POSTMASTER, HM_REPORT, TODAY),
    rule!("hm08_reputation", "[hm08]", "", SenderReputation, ADMIN, AFTER_FIX, POSTMASTER, HM_REPORT, TODAY),
    // "[HME1] This message was blocked for failing both SPF and DKIM authentication checks".
    rule!("hme1_auth", "[hme1]", "", SenderAuthentication, ADMIN, AFTER_FIX, POSTMASTER, SISIMAI, TODAY),
    // Untagged local-policy rejection.
    rule!("local_policy", "due to local policy. please visit https://support.apple.com", "", PolicyRejected, ADMIN, AFTER_FIX, POSTMASTER, LOCAL_POLICY_REPORT, TODAY),
    // "Your message was rejected due to <domain>'s DMARC policy. See https://support.apple.com/…".
    rule!("dmarc_policy", "dmarc policy. see https://support.apple.com", "", SenderAuthentication, ADMIN, AFTER_FIX, POSTMASTER, FM_550, TODAY),
    // "Messages to <address> deferred due to excessive volume. Try again later".
    rule!("excessive_volume", "deferred due to excessive volume", "", RateLimited, NOBODY, AUTO, POSTMASTER, FM_421, TODAY),
];
