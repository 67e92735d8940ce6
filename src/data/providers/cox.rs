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

use crate::data::citations::COX_ERROR_CODES;
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "cox",
    name: "Cox",
    kind: Mailbox,
    help_url: COX_ERROR_CODES,
    source: COX_ERROR_CODES,
    checked: "2026-11-28",
    hosts: ["www.cox.com"],
}

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
    // Cox's block of a client that sent bad commands or passwords ("cox too many bad commands
    // from ..."), Sisimai's Cox table, https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/cox.rb.
    marker!("cox too many bad commands", Strong),
    // Mail domain that appears in recipient addresses.
    marker!("cox.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // "The sending IP address has been blocked by Cox due to exhibiting spam-like behavior."
    rule!("cxbl", "aup#cxbl", "", SenderIpBlocked, SenderAdmin, AfterFix, COX_ERROR_CODES, COX_ERROR_CODES, "2026-11-28"),
    // "... temporarily blocked ...; will not exceed 24 hours."
    rule!("cdrbl", "aup#cdrbl", "", SenderIpBlocked, SenderAdmin, Later, COX_ERROR_CODES, COX_ERROR_CODES, "2026-11-28"),
    // "The Reverse DNS (rDNS) lookup for your IP address is failing."
    rule!("cxdns", "aup#cxdns", "", ReverseDns, SenderAdmin, AfterFix, COX_ERROR_CODES, COX_ERROR_CODES, "2026-11-28"),
    // "Your email failed authentication checks against your sending domain's SPF, DomainKeys, or DKIM policy."
    rule!("cxsndr", "aup#cxsndr", "", SenderAuthentication, SenderAdmin, AfterFix, COX_ERROR_CODES, COX_ERROR_CODES, "2026-11-28"),
    // "There was a violation of SMTP protocol."
    rule!("cxsmtp", "aup#cxsmtp", "", ProtocolSequence, SenderAdmin, AfterFix, COX_ERROR_CODES, COX_ERROR_CODES, "2026-11-28"),
    // "... limit to the number of concurrent SMTP connections per IP address ..."
    rule!("cxcnct", "aup#cxcnct", "", RateLimited, SenderAdmin, Automatic, COX_ERROR_CODES, COX_ERROR_CODES, "2026-11-28"),
    // "The email sender has exceeded the maximum number of sent email allowed."
    rule!("cxmxrt", "aup#cxmxrt", "", RateLimited, SenderAdmin, Later, COX_ERROR_CODES, COX_ERROR_CODES, "2026-11-28"),
    // "Email sending limited due to suspicious account activity."
    rule!("cxthrt", "aup#cxthrt", "", SenderAccountBlocked, _, AfterFix, COX_ERROR_CODES, COX_ERROR_CODES, "2026-11-28"),
    // "Email sending blocked due to suspicious account activity on primary Cox account."
    rule!("cxmj", "aup#cxmj", "", SenderAccountBlocked, _, AfterFix, COX_ERROR_CODES, COX_ERROR_CODES, "2026-11-28"),
    // IPBL0001 … IPBL1111, IPBL00001: the sending IP is on one or more public blocklists.
    rule!("ipbl", "aup#ipbl*", "", SenderBlocklisted, SenderAdmin, AfterFix, COX_ERROR_CODES, COX_ERROR_CODES, "2026-11-28"),
    // URLBL011/101/110/1001: a URL in the message is on a URL blocklist.
    rule!("urlbl", "aup#urlbl*", "", SpamContent, _, AfterFix, COX_ERROR_CODES, COX_ERROR_CODES, "2026-11-28"),
];
