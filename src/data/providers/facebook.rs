//! Facebook (facebook.com mail addresses, Meta): how to recognise its replies and what its own codes
//! mean. Facebook's refusals carry a code such as `RCP-P2` or `POL-T1` and a link to
//! `postmaster.facebook.com/response_codes`; `-P` codes are permanent, `-T` codes temporary.
//!
//! Sources: Facebook's list of response codes (http://postmaster.facebook.com/response_codes), as
//! quoted code by code in Sisimai's Facebook module,
//! <https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/facebook.rb>.
//! Facebook no longer hosts that page; old replies still carry the codes.

use crate::data::{ProviderMarker, ProviderRule};
/// Facebook's response codes, as quoted in Sisimai's Facebook module.
const FACEBOOK_CODES: &str = "https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/facebook.rb";
provider! {
    id: "facebook",
    name: "Facebook (Meta)",
    kind: Mailbox,
    help_url: "https://www.facebook.com/help/",
    source: FACEBOOK_CODES,
    checked: "2026-12-06",
    hosts: ["www.facebook.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("postmaster.facebook.com", Strong),
    marker!("facebook.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("rcp_p1", "rcp-p1", "", MailboxUnknown, Sender, Never, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("int_p1", "int-p1", "", MailboxUnknown, Sender, Never, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("rcp_p2", "rcp-p2", "", PolicyRejected, Recipient, Never, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("rcp_p3", "rcp-p3", "", PolicyRejected, Recipient, Never, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("rcp_t4", "rcp-t4", "", MailboxDisabled, _, Later, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("msg_p1", "msg-p1", "", MessageTooLarge, Sender, AfterFix, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("msg_p2", "msg-p2", "", AttachmentBlocked, Sender, AfterFix, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("msg_p3", "msg-p3", "", MessageFormat, SenderAdmin, AfterFix, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("pol_p1", "pol-p1", "", SenderBlocklisted, SenderAdmin, AfterFix, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("pol_p2", "pol-p2", "", SenderIpBlocked, SenderAdmin, AfterFix, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("pol_p3", "pol-p3", "", SenderIpBlocked, SenderAdmin, Later, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("pol_p4", "pol-p4", "", SenderIpBlocked, SenderAdmin, Later, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("pol_t1", "pol-t1", "", SenderIpBlocked, SenderAdmin, Automatic, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("pol_t2", "pol-t2", "", SenderIpBlocked, SenderAdmin, Automatic, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("pol_t3", "pol-t3", "", SenderIpBlocked, SenderAdmin, Automatic, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("pol_p5", "pol-p5", "", VirusDetected, Sender, AfterFix, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("pol_p6", "pol-p6", "", SpamContent, Sender, AfterFix, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("pol_p7", "pol-p7", "", PolicyRejected, SenderAdmin, AfterFix, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("dns_p1", "dns-p1", "", SenderRejected, SenderAdmin, AfterFix, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("dns_p2", "dns-p2", "", SenderRejected, SenderAdmin, AfterFix, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("dns_t1", "dns-t1", "", SenderRejected, SenderAdmin, Automatic, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("dns_p3", "dns-p3", "", ReverseDns, SenderAdmin, AfterFix, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("dns_t2", "dns-t2", "", ReverseDns, SenderAdmin, Automatic, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("con_t1", "con-t1", "", ServerUnavailable, Nobody, Automatic, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("con_t2", "con-t2", "", RateLimited, SenderAdmin, Automatic, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("con_t3", "con-t3", "", RateLimited, SenderAdmin, Automatic, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("con_t4", "con-t4", "", TooManyRecipients, SenderAdmin, Automatic, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("msg_t1", "msg-t1", "", TooManyRecipients, Sender, AfterFix, "", FACEBOOK_CODES, "2026-12-06"),
    rule!("rcp_t1", "rcp-t1", "", ServerError, Nobody, Automatic, "", FACEBOOK_CODES, "2026-12-06"),
];
