//! Zoho Mail: how to recognise its replies and what its own codes and wording mean.
//!
//! Zoho publishes no list of reply codes; its wording is known from field reports. Zoho uses
//! 554 5.2.3 ("message length exceeds administrative limit" in the registry) for a
//! policy refusal, so the explanation warns about the different meaning.
//!
//! Sources:
//! - Zoho Mail, "Reasons an email is marked as spam": <https://www.zoho.com/mail/help/spam-reason.html>.
//! - Field reports: SMTP Field Manual data (github.com/ActiveCampaign/smtp-field-manual,
//!   `data/codes/552.json`, `554.json`) and Sisimai's Zoho table (github.com/sisimai/rb-sisimai,
//!   `lib/sisimai/rhost/zoho.rb`, real anonymised replies).

#[allow(unused_imports)]
use crate::data::Strength as S;
use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// Zoho's page on spam reasons.
const HELP: &str = "https://www.zoho.com/mail/help/spam-reason.html";
/// Field reports.
const FM_552: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/552.json";
const FM_554: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json";
const SISIMAI: &str = "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/zoho.rb";
/// Date of the checks.
const TODAY: &str = "2026-11-28";

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "zoho",
    name: "Zoho Mail",
    kind: K::Mailbox,
    help_url: HELP,
    source: provenance!(HELP),
    checked: provenance!(TODAY),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["www.zoho.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("detected by zoho mail", Strong),
    marker!("mx.zoho.com", Medium),
    marker!("mx2.zoho.com", Medium),
    marker!("smtpin.zoho.com", Medium),
    marker!("mx.zoho.eu", Medium),
    marker!("mx.zoho.in", Medium),
    marker!("zoho.com", Weak),
    marker!("zohomail.com", Weak),
];

macro_rules! rule {
    ($id:literal, $pattern:literal, $code:literal, $cat:ident, $who:expr, $retry:expr, $src:expr) => {
        ProviderRule {
            id: $id,
            pattern: $pattern,
            code: $code,
            category: C::$cat,
            who_acts: $who,
            retry: $retry,
            help_url: HELP,
            source: provenance!($src),
            checked: provenance!(TODAY),
        }
    };
}

const ADMIN: Option<WhoActs> = Some(WhoActs::SenderAdmin);
const NOBODY: Option<WhoActs> = Some(WhoActs::Nobody);
const AUTO: Option<Retry> = Some(Retry::Automatic);
const AFTER_FIX: Option<Retry> = Some(Retry::AfterFix);

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("flagged_as_spam", "reason: email flagged as spam", "", SpamContent, None, None, FM_554),
    rule!("virus_detected", "detected by zoho mail", "", VirusDetected, None, None, FM_552),
    // 5.2.3 from Zoho is a policy refusal, not a size limit.
    rule!("mail_policy_violation_523", "mailpolicy violation", "5.2.3", PolicyRejected, ADMIN, AFTER_FIX, FM_554),
    rule!("mail_policy_violation", "mailpolicy violation", "", PolicyRejected, ADMIN, AFTER_FIX, FM_554),
    rule!("policy_violation_detected", "email policy violation detected", "", ContentPolicy, None, None, SISIMAI),
    rule!("rejected_by_destination", "mail rejected by destination domain", "", PolicyRejected, ADMIN, AFTER_FIX, SISIMAI),
    rule!("greylisted", "greylisted, try again after some time", "", Greylisted, NOBODY, AUTO, SISIMAI),
];
