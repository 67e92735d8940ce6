//! La Poste (laposte.net): how to recognise its replies and what its own codes mean.
//!
//! La Poste ends its replies with a code `LPNxxx_nnn`; the three digits after the underscore carry
//! the reason, in the same numbering as Orange's `OFRxxx_nnn` codes (the rows of `orange.rs` for the
//! reasons La Poste uses are repeated here, so that they apply when La Poste answered).
//!
//! Sources:
//! - Reasons and sample replies shared by Orange and La Poste, Sisimai's France PTT table (facts
//!   only): https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb.
//! - La Poste's LPN codes (LPN027_503, LPN007_405, LPN007_416, LPN007_510, LPN007_517), as listed by
//!   deliverability consultants: https://www.postmastery.com/laposte-net-postmaster-smtp-error-codes-lpn/
//!   and https://bentonow.com/smtp-errors/laposte.

use crate::data::citations::{LAPOSTE_POSTMASTERY, SISIMAI_RHOST_FRANCEPTT};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "laposte",
    name: "La Poste (laposte.net)",
    kind: Mailbox,
    help_url: "https://www.laposte.net/",
    source: LAPOSTE_POSTMASTERY,
    checked: "2026-12-05",
    hosts: ["www.laposte.net"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("lpn0*", Strong),
    marker!("lpn1*", Strong),
    // "Invalid recipient. LPN416 416", https://github.com/sisimai/p5-sisimai/issues/241.
    marker!("lpn4*", Strong),
    marker!("lpnaaa_*", Strong),
    marker!("smtpz4.laposte.net", Medium),
    marker!("laposte.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("code_101", "*_101", "", SenderBlocklisted, _, _, "", SISIMAI_RHOST_FRANCEPTT, "2026-12-05"),
    rule!("code_102", "*_102", "", SenderBlocklisted, _, _, "", SISIMAI_RHOST_FRANCEPTT, "2026-12-05"),
    rule!("code_104", "*_104", "", RateLimited, _, _, "", SISIMAI_RHOST_FRANCEPTT, "2026-12-05"),
    rule!("code_401", "*_401", "", SenderAuthentication, _, _, "", SISIMAI_RHOST_FRANCEPTT, "2026-12-05"),
    rule!("code_405", "*_405", "", SenderRejected, _, _, "", SISIMAI_RHOST_FRANCEPTT, "2026-12-05"),
    rule!("code_416", "*_416", "", MailboxUnknown, _, _, "", SISIMAI_RHOST_FRANCEPTT, "2026-12-05"),
    rule!("code_420", "*_420", "", MailboxDisabled, _, _, "", SISIMAI_RHOST_FRANCEPTT, "2026-12-05"),
    rule!("code_421", "*_421", "", SenderRejected, _, _, "", SISIMAI_RHOST_FRANCEPTT, "2026-12-05"),
    rule!("code_426", "*_426", "", MailboxDisabled, _, _, "", SISIMAI_RHOST_FRANCEPTT, "2026-12-05"),
    rule!("code_505", "*_505", "", ServerUnavailable, _, _, "", SISIMAI_RHOST_FRANCEPTT, "2026-12-05"),
    rule!("code_510", "*_510", "", SenderIpBlocked, _, _, "", LAPOSTE_POSTMASTERY, "2026-12-05"),
    rule!("code_514", "*_514", "", MessageTooLarge, _, _, "", SISIMAI_RHOST_FRANCEPTT, "2026-12-05"),
    rule!("code_517", "*_517", "", SenderAuthentication, _, _, "", SISIMAI_RHOST_FRANCEPTT, "2026-12-05"),
    rule!("code_630", "*_630", "", PolicyRejected, _, _, "", SISIMAI_RHOST_FRANCEPTT, "2026-12-05"),
    rule!("code_503", "*_503", "", SenderReputation, SenderAdmin, Later, "", LAPOSTE_POSTMASTERY, "2026-12-05"),
];
