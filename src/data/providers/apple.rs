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
//!
//! Checked 2026-12-06 (markers and rules added that day): the sending-limit alerts, on
//! https://support.apple.com/en-ca/102198 (en), https://support.apple.com/de-de/HT202305,
//! http://support.apple.com/kb/HT4863?locale=ja_JP, https://support.apple.com/zh-mo/102198,
//! https://support.apple.com/sv-se/102198 and https://support.apple.com/hr-hr/102198.

use crate::data::citations::{APPLE_102322, FIELD_MANUAL_421, FIELD_MANUAL_550};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "apple",
    name: "Apple iCloud Mail",
    kind: Mailbox,
    help_url: APPLE_102322,
    source: APPLE_102322,
    checked: "2025-02-26",
    hosts: ["support.apple.com"],
}

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
    // The same postmaster page at its newer address (iCloud Mail postmaster information,
    // https://support.apple.com/en-us/102322, as Sisimai's Apple table cites it:
    // https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/apple.rb).
    marker!("support.apple.com/en-us/102322", Strong),
    // iCloud's deferral of a sender for volume ("421 4.7.1 Messages to ****@icloud.com deferred
    // due to excessive volume. Try again later"), Sisimai's Apple table,
    // https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/apple.rb.
    marker!("deferred due to excessive volume", Medium),
    // iCloud's MX hosts: strong, so that an iCloud reply quoting Proofpoint stays iCloud's.
    marker!("mail.icloud.com", Strong),
    // Other Apple mail hosts.
    marker!("mail-in2.apple.com", Medium),
    marker!("apple secure mail relay", Medium),
    // Mail domains that appear in recipient addresses.
    // The alerts Apple's mail apps and iCloud webmail show when an iCloud sending limit is hit
    // ("Mailbox size and message sending limits in iCloud", https://support.apple.com/en-us/102198,
    // and its translations: https://support.apple.com/de-de/HT202305, ja_JP of
    // http://support.apple.com/kb/HT4863, https://support.apple.com/zh-mo/102198,
    // https://support.apple.com/sv-se/102198, https://support.apple.com/hr-hr/102198).
    marker!("sending the message failed because you exceeded your sending limit", Strong),
    marker!("cannot send message using the server icloud", Strong),
    marker!("you have exceeded the total number of messages you can send each day", Medium),
    marker!("you have exceeded the total number of recipients you can message each day", Medium),
    marker!("this message cannot be sent because it has too many recipients", Medium),
    marker!("versandkontingent überschritten wurde", Medium),
    marker!("*送信可能な上限を超えたため*", Strong),
    marker!("*超過收件人數上限*", Medium),
    marker!("brevet kunde inte skickas eftersom du överskred gränsen", Strong),
    marker!("slanje poruke nije uspjelo jer ste prekoračili ograničenje slanja", Strong),
    marker!("icloud.com", Weak),
    // The service's name inside the reply or alert itself ("Cannot send message using the server
    // iCloud"): only inside the finding.
    marker!("icloud", Weak),
    marker!("me.com", Weak),
    marker!("mac.com", Weak),
    marker!("apple.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // "[CSnn] Message rejected due to local policy": iCloud's content filter.
    rule!("cs01_content", "[cs01]", "", ContentPolicy, _, _, APPLE_102322, "https://github.com/chatmail/core/issues/6547", "2026-11-28"),
    rule!("cs02_content", "[cs02]", "", ContentPolicy, _, _, APPLE_102322, "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/apple.rb", "2026-11-28"),
    // "[HMnn] Message rejected due to local policy": host or sender reputation.
    rule!("hm07_reputation", "[hm07]", "", SenderReputation, SenderAdmin, AfterFix, APPLE_102322, "https://mactechnews.de/news/article/iCloud-Mail-ausgefallen-185276.html", "2026-11-28"),
    rule!("hm08_reputation", "[hm08]", "", SenderReputation, SenderAdmin, AfterFix, APPLE_102322, "https://mactechnews.de/news/article/iCloud-Mail-ausgefallen-185276.html", "2026-11-28"),
    // "[HME1] This message was blocked for failing both SPF and DKIM authentication checks".
    rule!("hme1_auth", "[hme1]", "", SenderAuthentication, SenderAdmin, AfterFix, APPLE_102322, "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/apple.rb", "2026-11-28"),
    // Untagged local-policy rejection.
    rule!("local_policy", "due to local policy. please visit https://support.apple.com", "", PolicyRejected, SenderAdmin, AfterFix, APPLE_102322, "https://github.com/MailCore/mailcore2/issues/1738", "2026-11-28"),
    // "Your message was rejected due to <domain>'s DMARC policy. See https://support.apple.com/…".
    rule!("dmarc_policy", "dmarc policy. see https://support.apple.com", "", SenderAuthentication, SenderAdmin, AfterFix, APPLE_102322, FIELD_MANUAL_550, "2026-11-28"),
    // "Messages to <address> deferred due to excessive volume. Try again later".
    rule!("excessive_volume", "deferred due to excessive volume", "", RateLimited, Nobody, Automatic, APPLE_102322, FIELD_MANUAL_421, "2026-11-28"),
    // iCloud's refusal of an inactive address, as Sisimai's Apple table quotes it: "550 5.1.1 <...>:
    // inactive email address".
    // iCloud webmail's alerts when a daily sending limit is hit ("Cannot send message. You have
    // exceeded the total number of messages you can send each day (or ... recipients you can message
    // each day)", https://support.apple.com/en-us/102198).
    rule!("daily_message_limit", "exceeded the total number of messages you can send each day", "", RateLimited, Sender, Later, "https://support.apple.com/en-us/102198", "https://support.apple.com/en-us/102198", "2026-12-06"),
    rule!("daily_recipient_limit", "exceeded the total number of recipients you can message each day", "", RateLimited, Sender, Later, "https://support.apple.com/en-us/102198", "https://support.apple.com/en-us/102198", "2026-12-06"),
    rule!("inactive_address", "inactive email address", "", MailboxDisabled, Sender, Never, APPLE_102322, "https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/rhost/apple.rb", "2026-12-06"),
];
