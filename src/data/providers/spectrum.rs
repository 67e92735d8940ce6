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

use crate::data::citations::SPECTRUM_ERROR_CODES;
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "spectrum",
    name: "Spectrum (Charter)",
    kind: Mailbox,
    help_url: SPECTRUM_ERROR_CODES,
    source: SPECTRUM_ERROR_CODES,
    checked: "2026-11-28",
    hosts: ["www.spectrumbusiness.net", "www.spectrum.net"],
}

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

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // 1000: "Your IP address has been blocked due to suspicious activity."
    rule!("in_1000_ip_blocked", "aup#in-1000", "", SenderIpBlocked, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("i_1000_ip_blocked", "aup#i-1000", "", SenderIpBlocked, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    // 1010: "This email account has been blocked from sending emails due to suspicious activity."
    rule!("in_1010_sender_blocked", "aup#in-1010", "", SenderReputation, SenderAdmin, Later, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("i_1010_sender_blocked", "aup#i-1010", "", SenderReputation, SenderAdmin, Later, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    // 1020: "... limited access to send emails based on suspicious activity"; the block expires
    // on its own (Spectrum moderator: recipients marking mail as spam, not an IP blocklist).
    rule!("in_1020_sender_limited", "aup#in-1020", "", SenderReputation, SenderAdmin, Later, SPECTRUM_ERROR_CODES, "https://community.spectrum.net/discussion/172891/i-manage-a-domain-stovebolt-com-that-is-having-emails-to-spectum-users-blocked", "2026-11-28"),
    rule!("i_1020_sender_limited", "aup#i-1020", "", SenderReputation, SenderAdmin, Later, SPECTRUM_ERROR_CODES, "https://community.spectrum.net/discussion/172891/i-manage-a-domain-stovebolt-com-that-is-having-emails-to-spectum-users-blocked", "2026-11-28"),
    // 1090: "The email you're trying to send can't be processed. Try sending again at a later time."
    rule!("in_1090_not_processed", "aup#in-1090", "", ServerUnavailable, _, Later, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("i_1090_not_processed", "aup#i-1090", "", ServerUnavailable, _, Later, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    // 1100, 1150: "Spectrum requires a full circle DNS ... ensure a reverse DNS entry exists."
    rule!("in_1100_reverse_dns", "aup#in-1100", "", ReverseDns, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("i_1100_reverse_dns", "aup#i-1100", "", ReverseDns, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("in_1150_reverse_dns", "aup#in-1150", "", ReverseDns, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("i_1150_reverse_dns", "aup#i-1150", "", ReverseDns, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    // 1160: "The email you tried to send goes against your domain's security policies."
    rule!("in_1160_domain_policy", "aup#in-1160", "", SenderAuthentication, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("i_1160_domain_policy", "aup#i-1160", "", SenderAuthentication, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    // 1200, 1210: "flagged by Cloudmark CSI as potential spam."
    rule!("in_1200_cloudmark", "aup#in-1200", "", SenderBlocklisted, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("i_1200_cloudmark", "aup#i-1200", "", SenderBlocklisted, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("in_1210_cloudmark", "aup#in-1210", "", SenderBlocklisted, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("i_1210_cloudmark", "aup#i-1210", "", SenderBlocklisted, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    // 1220, 1250: "Your IP address has been blacklisted by Spamhaus."
    rule!("in_1220_spamhaus", "aup#in-1220", "", SenderBlocklisted, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("i_1220_spamhaus", "aup#i-1220", "", SenderBlocklisted, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("in_1250_spamhaus", "aup#in-1250", "", SenderBlocklisted, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("i_1250_spamhaus", "aup#i-1250", "", SenderBlocklisted, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    // 1260: "Spectrum doesn't process IPV6 addresses. Connect with an IPv4 address."
    rule!("in_1260_ipv6", "aup#in-1260", "", NetworkError, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("i_1260_ipv6", "aup#i-1260", "", NetworkError, SenderAdmin, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    // 1300-1340: connection limits; 1350-1490: volume limits.
    rule!("in_13xx_connections", "aup#in-13*", "", RateLimited, SenderAdmin, Later, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("i_13xx_connections", "aup#i-13*", "", RateLimited, SenderAdmin, Later, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("in_14xx_volume", "aup#in-14*", "", RateLimited, SenderAdmin, Later, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("i_14xx_volume", "aup#i-14*", "", RateLimited, SenderAdmin, Later, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    // Outbound (Spectrum customers sending).
    rule!("o_1000_ip_blocked", "aup#o-1000", "", SenderIpBlocked, Sender, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("o_1010_account_blocked", "aup#o-1010", "", SenderAccountBlocked, Sender, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("o_1020_account_limited", "aup#o-1020", "", SenderAccountBlocked, Sender, Later, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("o_1500_wrong_from", "aup#o-1500", "", SenderRejected, Sender, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("o_1520_foreign_domain", "aup#o-1520", "", SenderRejected, Sender, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("o_1530_too_large", "aup#o-1530", "", MessageTooLarge, Sender, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("o_1540_session_limit", "aup#o-1540", "", RateLimited, Sender, Later, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("o_1550_too_many_recipients", "aup#o-1550", "", TooManyRecipients, Sender, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("o_1560_invalid_recipients", "aup#o-1560", "", PolicyRejected, Sender, AfterFix, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
    rule!("o_1580_recipient_rate", "aup#o-1580", "", RateLimited, Sender, Later, SPECTRUM_ERROR_CODES, SPECTRUM_ERROR_CODES, "2026-11-28"),
];
