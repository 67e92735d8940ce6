//! Comcast (Xfinity): how to recognise its replies and what its own codes and wording mean.
//!
//! Comcast's refusals carry a code such as `BL000010` and a link to
//! `postmaster.comcast.net/smtp-error-codes.php#<code>`. Comcast is moving its consumer mail to
//! Yahoo's platform: newer replies for comcast.net addresses may come from Yahoo's servers and
//! carry Yahoo's tags instead (see `yahoo.rs`).
//!
//! Sources:
//! - Comcast postmaster error codes: <http://postmaster.comcast.net/mail-error-codes.html> and
//!   <https://www.xfinity.com/support/articles/email-errors> (ES000001, ES000010, BL000000 …
//!   BL000111, "421 Too many sessions opened", "421 Reverse DNS failure").
//! - Field reports: SMTP Field Manual (github.com/ActiveCampaign/smtp-field-manual, data and
//!   pull request 65), ZoneMTA bounce rules (github.com/zone-eu/zone-mta, `config/bounces.txt`);
//!   the `RL0000nn` codes appear with the words "Throttled - try again later" in field logs.

use crate::data::citations::{
    COMCAST_POSTMASTER_CODES, FIELD_MANUAL_550, XFINITY_EMAIL_ERRORS, ZONEMTA_BOUNCES,
};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "comcast",
    name: "Comcast (Xfinity)",
    kind: Mailbox,
    help_url: XFINITY_EMAIL_ERRORS,
    source: COMCAST_POSTMASTER_CODES,
    checked: "2026-11-28",
    hosts: ["www.xfinity.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Comcast's block codes and its postmaster link.
    marker!("postmaster.comcast.net", Strong),
    // Xfinity's removal-request form, named by its block replies
    // (https://github.com/forwardemail/forwardemail.net/blob/master/helpers/get-bounce-info.js:
    // "Comcast removal requests submitted at: https://spa.xfinity.com/report").
    marker!("spa.xfinity.com", Strong),
    marker!("es000001", Strong),
    marker!("es000010", Strong),
    marker!("bl000000", Strong),
    marker!("bl000001", Strong),
    marker!("bl000010", Strong),
    marker!("bl000011", Strong),
    marker!("bl000100", Strong),
    marker!("bl000101", Strong),
    marker!("bl000110", Strong),
    marker!("bl000111", Strong),
    marker!("dm000001", Strong),
    marker!("rl0000*", Strong),
    marker!("comcast block for spam", Strong),
    marker!("comcast requires", Strong),
    // Comcast's inbound hosts.
    marker!("sys.comcast.net", Medium),
    marker!("mail.comcast.net", Medium),
    marker!("mx.comcast.net", Medium),
    // Mail domain that appears in recipient addresses.
    marker!("comcast.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // Dynamic or residential IP space.
    rule!("es000001_residential", "es000001", "", SenderIpBlocked, _, AfterFix, XFINITY_EMAIL_ERRORS, COMCAST_POSTMASTER_CODES, "2026-11-28"),
    rule!("es000010_dynamic", "es000010", "", SenderIpBlocked, SenderAdmin, AfterFix, XFINITY_EMAIL_ERRORS, COMCAST_POSTMASTER_CODES, "2026-11-28"),
    // Comcast's own block for spam-like sending patterns.
    rule!("bl000000_spam_pattern", "bl000000", "", SenderIpBlocked, SenderAdmin, AfterFix, XFINITY_EMAIL_ERRORS, COMCAST_POSTMASTER_CODES, "2026-11-28"),
    rule!("block_for_spam", "comcast block for spam", "", SenderIpBlocked, SenderAdmin, AfterFix, XFINITY_EMAIL_ERRORS, "https://github.com/ActiveCampaign/smtp-field-manual/pull/65", "2026-11-28"),
    // Public blocklists Comcast checks.
    rule!("bl000001_spamhaus", "bl000001", "", SenderBlocklisted, SenderAdmin, AfterFix, XFINITY_EMAIL_ERRORS, COMCAST_POSTMASTER_CODES, "2026-11-28"),
    rule!("bl000010_cloudmark", "bl000010", "", SenderBlocklisted, SenderAdmin, AfterFix, XFINITY_EMAIL_ERRORS, COMCAST_POSTMASTER_CODES, "2026-11-28"),
    rule!("bl000011_spamhaus_cloudmark", "bl000011", "", SenderBlocklisted, SenderAdmin, AfterFix, XFINITY_EMAIL_ERRORS, COMCAST_POSTMASTER_CODES, "2026-11-28"),
    rule!("bl0001xx_senderscore", "bl0001*", "", SenderBlocklisted, SenderAdmin, AfterFix, XFINITY_EMAIL_ERRORS, COMCAST_POSTMASTER_CODES, "2026-11-28"),
    rule!("found_on_dnsbls", "found on one or more dnsbls", "", SenderBlocklisted, SenderAdmin, AfterFix, XFINITY_EMAIL_ERRORS, ZONEMTA_BOUNCES, "2026-11-28"),
    // DMARC.
    rule!("dm000001_dmarc", "dm000001", "", SenderAuthentication, SenderAdmin, AfterFix, XFINITY_EMAIL_ERRORS, FIELD_MANUAL_550, "2026-11-28"),
    // Rate limits ("Throttled - try again later ... #RL0000nn").
    rule!("rl_throttled", "rl0000*", "", RateLimited, SenderAdmin, Automatic, XFINITY_EMAIL_ERRORS, COMCAST_POSTMASTER_CODES, "2026-11-28"),
    rule!("too_many_sessions", "too many sessions opened", "", RateLimited, SenderAdmin, Automatic, XFINITY_EMAIL_ERRORS, COMCAST_POSTMASTER_CODES, "2026-11-28"),
    // Reverse DNS.
    rule!("reverse_dns_failure", "reverse dns failure", "", ReverseDns, SenderAdmin, Automatic, XFINITY_EMAIL_ERRORS, COMCAST_POSTMASTER_CODES, "2026-11-28"),
    rule!("ptr_required", "comcast requires that all mail servers must have a ptr record", "", ReverseDns, SenderAdmin, AfterFix, XFINITY_EMAIL_ERRORS, "https://github.com/ActiveCampaign/smtp-field-manual/pull/65", "2026-11-28"),
    // Unknown recipient.
    rule!("not_our_customer", "not our customer", "", MailboxUnknown, _, _, XFINITY_EMAIL_ERRORS, FIELD_MANUAL_550, "2026-11-28"),
];
