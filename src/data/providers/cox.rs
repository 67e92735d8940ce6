//! Cox: how to recognise its replies and what its own codes and wording mean.
//!
//! Cox's refusals end in `AUP#<code>` and point to its error-code page. Cox's inbound mail runs
//! on Cloudmark's hosted service (`*.cloudfilter.net`, banner word `cmsmtp`), which other
//! providers use as well, so those host names are not Cox markers; the `AUP#CX…` codes and the
//! Cox link are.
//!
//! Sources:
//! - Cox email error codes (29 codes): <https://www.cox.com/residential/support/email-error-codes.html>
//!   (also kept at <http://postmaster.cox.net/confluence/display/postmaster/Error+Codes>; the
//!   descriptions are quoted in Sisimai's Cox table, github.com/sisimai/rb-sisimai,
//!   `lib/sisimai/rhost/cox.rb`).
//! - Field reports: Sisimai's sample bounce `set-of-emails/maildir/mac/rhost-cox-01.eml`
//!   (github.com/sisimai/set-of-emails) and the Cox community forum (cited in the fixtures).

#[allow(unused_imports)]
use crate::data::Strength as S;
use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// Cox's error-code page.
const CODES: &str = "https://www.cox.com/residential/support/email-error-codes.html";
/// Date of the checks.
const TODAY: &str = "2026-11-28";

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "cox",
    name: "Cox",
    kind: K::Mailbox,
    help_url: CODES,
    source: provenance!(CODES),
    checked: provenance!(TODAY),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["www.cox.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Cox's own error codes and page.
    marker!("cox.com/residential/support/email-error-codes", Strong),
    marker!("cox.com/business/support/email-error-codes", Strong),
    marker!("aup#cxbl", Strong),
    marker!("aup#cxdns", Strong),
    marker!("aup#cxsndr", Strong),
    marker!("aup#cxsmtp", Strong),
    marker!("aup#cxcnct", Strong),
    marker!("aup#cxmxrt", Strong),
    marker!("aup#cxthrt", Strong),
    marker!("aup#cxmj", Strong),
    marker!("aup#ipbl*", Strong),
    marker!("aup#urlbl*", Strong),
    marker!("unblock.request@cox.net", Strong),
    // Mail domain that appears in recipient addresses.
    marker!("cox.net", Weak),
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
            help_url: CODES,
            source: provenance!(CODES),
            checked: provenance!(TODAY),
        }
    };
}

const ADMIN: Option<WhoActs> = Some(WhoActs::SenderAdmin);
const AUTO: Option<Retry> = Some(Retry::Automatic);
const LATER: Option<Retry> = Some(Retry::Later);
const AFTER_FIX: Option<Retry> = Some(Retry::AfterFix);

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // "The sending IP address has been blocked by Cox due to exhibiting spam-like behavior."
    rule!("cxbl", "aup#cxbl", SenderIpBlocked, ADMIN, AFTER_FIX),
    // "... temporarily blocked ...; will not exceed 24 hours."
    rule!("cdrbl", "aup#cdrbl", SenderIpBlocked, ADMIN, LATER),
    // "The Reverse DNS (rDNS) lookup for your IP address is failing."
    rule!("cxdns", "aup#cxdns", ReverseDns, ADMIN, AFTER_FIX),
    // "Your email failed authentication checks against your sending domain's SPF, DomainKeys, or DKIM policy."
    rule!("cxsndr", "aup#cxsndr", SenderAuthentication, ADMIN, AFTER_FIX),
    // "There was a violation of SMTP protocol."
    rule!("cxsmtp", "aup#cxsmtp", ProtocolSequence, ADMIN, AFTER_FIX),
    // "... limit to the number of concurrent SMTP connections per IP address ..."
    rule!("cxcnct", "aup#cxcnct", RateLimited, ADMIN, AUTO),
    // "The email sender has exceeded the maximum number of sent email allowed."
    rule!("cxmxrt", "aup#cxmxrt", RateLimited, ADMIN, LATER),
    // "Email sending limited due to suspicious account activity."
    rule!("cxthrt", "aup#cxthrt", SenderAccountBlocked, None, AFTER_FIX),
    // "Email sending blocked due to suspicious account activity on primary Cox account."
    rule!("cxmj", "aup#cxmj", SenderAccountBlocked, None, AFTER_FIX),
    // IPBL0001 … IPBL1111, IPBL00001: the sending IP is on one or more public blocklists.
    rule!("ipbl", "aup#ipbl*", SenderBlocklisted, ADMIN, AFTER_FIX),
    // URLBL011/101/110/1001: a URL in the message is on a URL blocklist.
    rule!("urlbl", "aup#urlbl*", SpamContent, None, AFTER_FIX),
];
