//! Spectrum (Charter, Time Warner Cable, Roadrunner): how to recognise its replies and what its
//! own codes and wording mean.
//!
//! Spectrum's refusals end in `AUP#` plus a direction and four digits: `I` or `In` for mail
//! coming into Spectrum (what other senders see), `O` for mail Spectrum customers send out.
//! Both spellings of the inbound form are seen (`AUP#I-1010`, `AUP#In-1020`), so each inbound
//! code has one rule per spelling. The 13xx (connection limits) and 14xx (volume limits) ranges
//! share one meaning each and are matched by prefix.
//!
//! Sources:
//! - Spectrum, "Understanding email error codes":
//!   <https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes>
//!   (replies link <https://www.spectrum.net/support/internet/understanding-email-error-codes>);
//!   the code descriptions are quoted in Sisimai's Spectrum table (github.com/sisimai/rb-sisimai,
//!   `lib/sisimai/rhost/spectrum.rb`).
//! - Field reports: Sisimai's sample bounce `maildir/mac/rhost-spectrum-01.eml`
//!   (github.com/sisimai/set-of-emails) and the Spectrum community forum, where a Spectrum
//!   moderator explained `AUP#In-1020` (cited in the fixtures).

#[allow(unused_imports)]
use crate::data::Strength as S;
use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// Spectrum's error-code page.
const CODES: &str =
    "https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes";
/// Spectrum moderator's explanation of 1020.
const FORUM_1020: &str = "https://community.spectrum.net/discussion/172891/i-manage-a-domain-stovebolt-com-that-is-having-emails-to-spectum-users-blocked";
/// Date of the checks.
const TODAY: &str = "2026-11-28";

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "spectrum",
    name: "Spectrum (Charter)",
    kind: K::Mailbox,
    help_url: CODES,
    source: provenance!(CODES),
    checked: provenance!(TODAY),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["www.spectrumbusiness.net", "www.spectrum.net"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Spectrum's code prefixes and its error-code page.
    marker!("aup#i-", Strong),
    marker!("aup#in-", Strong),
    marker!("aup#o-", Strong),
    marker!("understanding-email-error-codes", Strong),
    // Charter's inbound hosts (impin004.msg.chrl.nc.charter.net, mx0.charter.net).
    marker!("msg.chrl.nc.charter.net", Medium),
    marker!("mx0.charter.net", Medium),
    // Mail domains that appear in recipient addresses.
    marker!("charter.net", Weak),
    marker!("spectrum.net", Weak),
    marker!("rr.com", Weak),
];

macro_rules! rule {
    ($id:literal, $pattern:literal, $cat:ident, $who:expr, $retry:expr) => {
        rule!($id, $pattern, $cat, $who, $retry, CODES)
    };
    ($id:literal, $pattern:literal, $cat:ident, $who:expr, $retry:expr, $src:expr) => {
        ProviderRule {
            id: $id,
            pattern: $pattern,
            code: "",
            category: C::$cat,
            who_acts: $who,
            retry: $retry,
            help_url: CODES,
            source: provenance!($src),
            checked: provenance!(TODAY),
        }
    };
}

const ADMIN: Option<WhoActs> = Some(WhoActs::SenderAdmin);
const SENDER: Option<WhoActs> = Some(WhoActs::Sender);
const LATER: Option<Retry> = Some(Retry::Later);
const AFTER_FIX: Option<Retry> = Some(Retry::AfterFix);

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // 1000: "Your IP address has been blocked due to suspicious activity."
    rule!("in_1000_ip_blocked", "aup#in-1000", SenderIpBlocked, ADMIN, AFTER_FIX),
    rule!("i_1000_ip_blocked", "aup#i-1000", SenderIpBlocked, ADMIN, AFTER_FIX),
    // 1010: "This email account has been blocked from sending emails due to suspicious activity."
    rule!("in_1010_sender_blocked", "aup#in-1010", SenderReputation, ADMIN, LATER),
    rule!("i_1010_sender_blocked", "aup#i-1010", SenderReputation, ADMIN, LATER),
    // 1020: "... limited access to send emails based on suspicious activity"; the block expires
    // on its own (Spectrum moderator: recipients marking mail as spam, not an IP blocklist).
    rule!("in_1020_sender_limited", "aup#in-1020", SenderReputation, ADMIN, LATER, FORUM_1020),
    rule!("i_1020_sender_limited", "aup#i-1020", SenderReputation, ADMIN, LATER, FORUM_1020),
    // 1090: "The email you're trying to send can't be processed. Try sending again at a later time."
    rule!("in_1090_not_processed", "aup#in-1090", ServerUnavailable, None, LATER),
    rule!("i_1090_not_processed", "aup#i-1090", ServerUnavailable, None, LATER),
    // 1100, 1150: "Spectrum requires a full circle DNS ... ensure a reverse DNS entry exists."
    rule!("in_1100_reverse_dns", "aup#in-1100", ReverseDns, ADMIN, AFTER_FIX),
    rule!("i_1100_reverse_dns", "aup#i-1100", ReverseDns, ADMIN, AFTER_FIX),
    rule!("in_1150_reverse_dns", "aup#in-1150", ReverseDns, ADMIN, AFTER_FIX),
    rule!("i_1150_reverse_dns", "aup#i-1150", ReverseDns, ADMIN, AFTER_FIX),
    // 1160: "The email you tried to send goes against your domain's security policies."
    rule!("in_1160_domain_policy", "aup#in-1160", SenderAuthentication, ADMIN, AFTER_FIX),
    rule!("i_1160_domain_policy", "aup#i-1160", SenderAuthentication, ADMIN, AFTER_FIX),
    // 1200, 1210: "flagged by Cloudmark CSI as potential spam."
    rule!("in_1200_cloudmark", "aup#in-1200", SenderBlocklisted, ADMIN, AFTER_FIX),
    rule!("i_1200_cloudmark", "aup#i-1200", SenderBlocklisted, ADMIN, AFTER_FIX),
    rule!("in_1210_cloudmark", "aup#in-1210", SenderBlocklisted, ADMIN, AFTER_FIX),
    rule!("i_1210_cloudmark", "aup#i-1210", SenderBlocklisted, ADMIN, AFTER_FIX),
    // 1220, 1250: "Your IP address has been blacklisted by Spamhaus."
    rule!("in_1220_spamhaus", "aup#in-1220", SenderBlocklisted, ADMIN, AFTER_FIX),
    rule!("i_1220_spamhaus", "aup#i-1220", SenderBlocklisted, ADMIN, AFTER_FIX),
    rule!("in_1250_spamhaus", "aup#in-1250", SenderBlocklisted, ADMIN, AFTER_FIX),
    rule!("i_1250_spamhaus", "aup#i-1250", SenderBlocklisted, ADMIN, AFTER_FIX),
    // 1260: "Spectrum doesn't process IPV6 addresses. Connect with an IPv4 address."
    rule!("in_1260_ipv6", "aup#in-1260", NetworkError, ADMIN, AFTER_FIX),
    rule!("i_1260_ipv6", "aup#i-1260", NetworkError, ADMIN, AFTER_FIX),
    // 1300-1340: connection limits; 1350-1490: volume limits.
    rule!("in_13xx_connections", "aup#in-13*", RateLimited, ADMIN, LATER),
    rule!("i_13xx_connections", "aup#i-13*", RateLimited, ADMIN, LATER),
    rule!("in_14xx_volume", "aup#in-14*", RateLimited, ADMIN, LATER),
    rule!("i_14xx_volume", "aup#i-14*", RateLimited, ADMIN, LATER),
    // Outbound (Spectrum customers sending).
    rule!("o_1000_ip_blocked", "aup#o-1000", SenderIpBlocked, SENDER, AFTER_FIX),
    rule!("o_1010_account_blocked", "aup#o-1010", SenderAccountBlocked, SENDER, AFTER_FIX),
    rule!("o_1020_account_limited", "aup#o-1020", SenderAccountBlocked, SENDER, LATER),
    rule!("o_1500_wrong_from", "aup#o-1500", SenderRejected, SENDER, AFTER_FIX),
    rule!("o_1520_foreign_domain", "aup#o-1520", SenderRejected, SENDER, AFTER_FIX),
    rule!("o_1530_too_large", "aup#o-1530", MessageTooLarge, SENDER, AFTER_FIX),
    rule!("o_1540_session_limit", "aup#o-1540", RateLimited, SENDER, LATER),
    rule!("o_1550_too_many_recipients", "aup#o-1550", TooManyRecipients, SENDER, AFTER_FIX),
    rule!("o_1560_invalid_recipients", "aup#o-1560", PolicyRejected, SENDER, AFTER_FIX),
    rule!("o_1580_recipient_rate", "aup#o-1580", RateLimited, SENDER, LATER),
];
