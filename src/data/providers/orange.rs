//! Orange (Wanadoo): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Orange postmaster page https://postmaster.orange.fr/ and the numeric reasons of Orange
//! (`OFR_nnn`, `OFRxxx_nnn`) and La Poste (`LPNxxx_nnn`), which share one reply format, as listed
//! with sample replies in https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb (also
//! https://github.com/sisimai/p5-sisimai/issues/243). The three digits after the underscore carry the
//! reason; the rules match them whatever the prefix. La Poste (`LPN...`) has its own file,
//! `laposte.rs`, with the rows of the reasons it uses.

use crate::data::citations::{ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "orange",
    name: "Orange (Wanadoo)",
    kind: Mailbox,
    help_url: ORANGE_POSTMASTER,
    source: ORANGE_POSTMASTER,
    checked: "2026-11-28",
    hosts: ["postmaster.orange.fr"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("ofr_*", Strong),
    marker!("ofr0*", Strong),
    marker!("ouk_*", Strong),
    marker!("mwinf*", Strong),
    marker!("smtp-in.orange.fr", Medium),
    marker!("orange.fr", Weak),
    marker!("wanadoo.fr", Weak),
    // Orange's refusal of a wrong SMTP password ("Code d'authentification invalide OFR 305",
    // Sisimai's Orange table, https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb).
    marker!("code d'authentification invalide", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("code_101", "*_101", "", SenderBlocklisted, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_102", "*_102", "", SenderBlocklisted, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_103", "*_103", "", SenderIpBlocked, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_104", "*_104", "", RateLimited, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_305", "*_305", "", AuthFailed, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_401", "*_401", "", SenderAuthentication, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_402", "*_402", "", AuthRequired, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_403", "*_403", "", SenderRejected, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_405", "*_405", "", SenderRejected, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_415", "*_415", "", SenderRejected, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_416", "*_416", "", MailboxUnknown, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_417", "*_417", "", MailboxFull, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_418", "*_418", "", MailboxUnknown, _, _, ORANGE_POSTMASTER, "https://github.com/sisimai/p5-sisimai/issues/243", "2026-11-28"),
    rule!("code_420", "*_420", "", MailboxDisabled, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_421", "*_421", "", SenderRejected, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_426", "*_426", "", MailboxDisabled, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_505", "*_505", "", ServerUnavailable, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_506", "*_506", "", SpamContent, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_510", "*_510", "", SenderIpBlocked, _, _, ORANGE_POSTMASTER, "https://github.com/JamBrain/JamBrain/issues/270", "2026-11-28"),
    rule!("code_514", "*_514", "", MessageTooLarge, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_517", "*_517", "", SenderAuthentication, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_630", "*_630", "", PolicyRejected, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("code_999", "*_999", "", SenderIpBlocked, _, Automatic, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
    rule!("spf_dns", "spf/dns de votre nom de domaine", "", SenderAuthentication, _, _, ORANGE_POSTMASTER, SISIMAI_RHOST_FRANCEPTT, "2026-11-28"),
];
