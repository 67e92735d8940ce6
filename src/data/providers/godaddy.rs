//! GoDaddy (Workspace Email, secureserver.net): how to recognise its replies and what its own
//! codes and wording mean.
//!
//! GoDaddy's inbound servers (`smtp.secureserver.net`, banner word `bizsmtp`) end their
//! refusals with a code `IBnnn`, rate-limit refusals also with the short link
//! `http://x.co/rlbounce`.
//!
//! Sources:
//! - GoDaddy Help, "Fix rejected email with a bounce error":
//!   <https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685> (also the older
//!   article 3568); the code list is quoted in Sisimai's GoDaddy table (github.com/sisimai/rb-sisimai,
//!   `lib/sisimai/rhost/godaddy.rb`).
//! - Field reports: Sisimai sample bounces `set-of-emails/maildir/bsd/rhost-godaddy-0N.eml`,
//!   ZoneMTA's bounce rules (github.com/zone-eu/zone-mta, `config/bounces.txt`) and a hosting
//!   provider's note on IB212 (cited in the fixtures).

#[allow(unused_imports)]
use crate::data::Strength as S;
use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// GoDaddy's page of bounce errors.
const HELP: &str = "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685";
/// Date of the checks.
const TODAY: &str = "2026-11-28";

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "godaddy",
    name: "GoDaddy (Workspace Email)",
    kind: K::Mailbox,
    help_url: HELP,
    source: provenance!(HELP),
    checked: provenance!(TODAY),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["www.godaddy.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // GoDaddy's bounce codes and rate-limit link.
    marker!("ib007", Strong),
    marker!("ib101", Strong),
    marker!("ib103", Strong),
    marker!("ib104", Strong),
    marker!("ib105", Strong),
    marker!("ib106", Strong),
    marker!("ib108", Strong),
    marker!("ib110", Strong),
    marker!("ib111", Strong),
    marker!("ib112", Strong),
    marker!("ib113", Strong),
    marker!("ib212", Strong),
    marker!("ib401", Strong),
    marker!("ib501", Strong),
    marker!("ib502", Strong),
    marker!("ib504", Strong),
    marker!("ib506", Strong),
    marker!("ib508", Strong),
    marker!("ib510", Strong),
    marker!("ib605", Strong),
    marker!("ib607", Strong),
    marker!("ib705", Strong),
    marker!("x.co/rlbounce", Strong),
    // GoDaddy's mail hosts and banner word.
    marker!("secureserver.net", Medium),
    marker!("bizsmtp", Medium),
];

macro_rules! rule {
    ($id:literal, $pattern:literal, $cat:ident, $who:expr, $retry:expr) => {
        ProviderRule {
            id: $id,
            pattern: $pattern,
            code: "",
            category: C::$cat,
            who_acts: $who,
            retry: $retry,
            help_url: HELP,
            source: provenance!(HELP),
            checked: provenance!(TODAY),
        }
    };
}

const ADMIN: Option<WhoActs> = Some(WhoActs::SenderAdmin);
const SENDER: Option<WhoActs> = Some(WhoActs::Sender);
const AUTO: Option<Retry> = Some(Retry::Automatic);
const LATER: Option<Retry> = Some(Retry::Later);
const AFTER_FIX: Option<Retry> = Some(Retry::AfterFix);

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // Sender bounces.
    rule!("ib401_auth_on_inbound", "ib401", AuthFailed, SENDER, AFTER_FIX),
    rule!("ib501_blank_from", "ib501", MessageFormat, SENDER, AFTER_FIX),
    rule!("ib502_ip_as_from", "ib502", MessageFormat, SENDER, AFTER_FIX),
    rule!("ib506_from_domain_invalid", "ib506", SenderRejected, ADMIN, AFTER_FIX),
    rule!("ib508_spf", "ib508", SenderAuthentication, ADMIN, AFTER_FIX),
    rule!("ib108_reverse_dns", "ib108", ReverseDns, ADMIN, AFTER_FIX),
    // Content bounces.
    rule!("ib212_spam_content", "ib212", SpamContent, None, AFTER_FIX),
    rule!("ib705_virus", "ib705", VirusDetected, None, AFTER_FIX),
    // Rate limiting bounces.
    rule!("ib605_too_many_recipients", "ib605", TooManyRecipients, SENDER, AFTER_FIX),
    rule!("ib007_too_many_sessions", "ib007", RateLimited, ADMIN, AUTO),
    rule!("ib101_busy", "ib101", ServerUnavailable, None, AUTO),
    rule!("ib504_messages_per_hour", "ib504", RateLimited, ADMIN, LATER),
    rule!("ib510_messages_per_session", "ib510", RateLimited, ADMIN, AUTO),
    rule!("ib607_recipients_per_hour", "ib607", RateLimited, ADMIN, LATER),
    // Temporary IP blocks for spam or invalid recipients (an hour, or the rest of the day).
    rule!("ib110_spam_hour", "ib110", SenderIpBlocked, ADMIN, LATER),
    rule!("ib111_spam_day", "ib111", SenderIpBlocked, ADMIN, LATER),
    rule!("ib112_invalid_recipients_hour", "ib112", SenderIpBlocked, ADMIN, LATER),
    rule!("ib113_invalid_recipients_day", "ib113", SenderIpBlocked, ADMIN, LATER),
    // Remote block list (RBL) bounces.
    rule!("ib103_cloudmark", "ib103", SenderBlocklisted, ADMIN, AFTER_FIX),
    rule!("ib104_spamhaus_sbl", "ib104", SenderBlocklisted, ADMIN, AFTER_FIX),
    rule!("ib105_spamhaus_xbl", "ib105", SenderBlocklisted, ADMIN, AFTER_FIX),
    rule!("ib106_spamhaus_pbl", "ib106", SenderBlocklisted, ADMIN, AFTER_FIX),
];
