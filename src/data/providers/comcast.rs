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

#[allow(unused_imports)]
use crate::data::Strength as S;
use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// Xfinity's page of email error codes.
const ERRORS: &str = "https://www.xfinity.com/support/articles/email-errors";
/// Comcast's postmaster page of error codes (the source of the code list).
const POSTMASTER: &str = "http://postmaster.comcast.net/mail-error-codes.html";
/// Field reports.
const FM_550: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json";
const FM_PR65: &str = "https://github.com/ActiveCampaign/smtp-field-manual/pull/65";
const ZONEMTA: &str = "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt";
/// Date of the checks.
const TODAY: &str = "2026-11-28";

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "comcast",
    name: "Comcast (Xfinity)",
    kind: K::Mailbox,
    help_url: ERRORS,
    source: provenance!(POSTMASTER),
    checked: provenance!(TODAY),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["www.xfinity.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Comcast's block codes and its postmaster link.
    marker!("postmaster.comcast.net", Strong),
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

const ADMIN: Option<WhoActs> = Some(WhoActs::SenderAdmin);
const AUTO: Option<Retry> = Some(Retry::Automatic);
const AFTER_FIX: Option<Retry> = Some(Retry::AfterFix);

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // Dynamic or residential IP space.
    rule!("es000001_residential", "es000001", "", SenderIpBlocked, None, AFTER_FIX, ERRORS, POSTMASTER, TODAY),
    rule!("es000010_dynamic", "es000010", "", SenderIpBlocked, ADMIN, AFTER_FIX, ERRORS, POSTMASTER, TODAY),
    // Comcast's own block for spam-like sending patterns.
    rule!("bl000000_spam_pattern", "bl000000", "", SenderIpBlocked, ADMIN, AFTER_FIX, ERRORS, POSTMASTER, TODAY),
    rule!("block_for_spam", "comcast block for spam", "", SenderIpBlocked, ADMIN, AFTER_FIX, ERRORS, FM_PR65, TODAY),
    // Public blocklists Comcast checks.
    rule!("bl000001_spamhaus", "bl000001", "", SenderBlocklisted, ADMIN, AFTER_FIX, ERRORS, POSTMASTER, TODAY),
    rule!("bl000010_cloudmark", "bl000010", "", SenderBlocklisted, ADMIN, AFTER_FIX, ERRORS, POSTMASTER, TODAY),
    rule!("bl000011_spamhaus_cloudmark", "bl000011", "", SenderBlocklisted, ADMIN, AFTER_FIX, ERRORS, POSTMASTER, TODAY),
    rule!("bl0001xx_senderscore", "bl0001*", "", SenderBlocklisted, ADMIN, AFTER_FIX, ERRORS, POSTMASTER, TODAY),
    rule!("found_on_dnsbls", "found on one or more dnsbls", "", SenderBlocklisted, ADMIN, AFTER_FIX, ERRORS, ZONEMTA, TODAY),
    // DMARC.
    rule!("dm000001_dmarc", "dm000001", "", SenderAuthentication, ADMIN, AFTER_FIX, ERRORS, FM_550, TODAY),
    // Rate limits ("Throttled - try again later ... #RL0000nn").
    rule!("rl_throttled", "rl0000*", "", RateLimited, ADMIN, AUTO, ERRORS, POSTMASTER, TODAY),
    rule!("too_many_sessions", "too many sessions opened", "", RateLimited, ADMIN, AUTO, ERRORS, POSTMASTER, TODAY),
    // Reverse DNS.
    rule!("reverse_dns_failure", "reverse dns failure", "", ReverseDns, ADMIN, AUTO, ERRORS, POSTMASTER, TODAY),
    rule!("ptr_required", "comcast requires that all mail servers must have a ptr record", "", ReverseDns, ADMIN, AFTER_FIX, ERRORS, FM_PR65, TODAY),
    // Unknown recipient.
    rule!("not_our_customer", "not our customer", "", MailboxUnknown, None, None, ERRORS, FM_550, TODAY),
];
