//! Rackspace Email (Rackspace Cloud Office): how to recognise its replies and what its own
//! wording means.
//!
//! Rackspace says that a refusal of its own shows `emailsrvr.com` (its MX hosts are
//! `mx1.emailsrvr.com` and `mx2.emailsrvr.com`); its replies end in a short code in brackets such
//! as `(G8)` or `(G1F)`.
//!
//! Sources:
//! - Rackspace, "Common email bounce messages": <https://docs.rackspace.com/docs/common-email-bounces>
//!   (older copy: <https://support.rackspace.com/how-to/common-email-bounces/>).
//! - The Rackspace replies with their G codes, as collected on <https://smtp.codes/rackspace>
//!   (G2 concurrent connections, G1F no PTR, G30 mailbox flooded, G28 new or untrusted IP).
//!
//! Checked 2026-12-06 (markers and rules added that day): the G codes, on
//! https://smtp.codes/rackspace and https://docs.rackspace.com/docs/common-email-bounces.

use crate::data::{ProviderMarker, ProviderRule};

/// Rackspace, "Common email bounce messages".
const RACKSPACE_BOUNCES: &str = "https://docs.rackspace.com/docs/common-email-bounces";

provider! {
    id: "rackspace",
    name: "Rackspace Email",
    kind: Mailbox,
    help_url: RACKSPACE_BOUNCES,
    source: RACKSPACE_BOUNCES,
    checked: "2026-12-06",
    hosts: ["docs.rackspace.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mx1.emailsrvr.com", Medium),
    marker!("mx2.emailsrvr.com", Medium),
    // Also the outgoing hosts of Rackspace's users (smtp.emailsrvr.com), so only inside the reply.
    marker!("emailsrvr.com", Weak),
    // Rackspace's hosted Exchange servers (MBX05B-IAD3.mex06.mlsrvr.com, in a Rackspace
    // Exchange NDR, https://pastebin.com/EqN6ebNV).
    marker!("mlsrvr.com", Medium),
    // The bracketed codes that end Rackspace's own refusals (the bounce page above and the
    // replies collected on smtp.codes: G1E DMARC lookup, G1F no PTR, G2 connections, G6 recipient
    // server unavailable, G8 unknown address, G16 routing loop, G28 untrusted IP, G30 flooded
    // mailbox). Only inside the reply: short tokens.
    marker!("(g1e)", Weak),
    marker!("(g1f)", Weak),
    marker!("(g2)", Weak),
    marker!("(g6)", Weak),
    marker!("(g8)", Weak),
    marker!("(g16)", Weak),
    marker!("(g28)", Weak),
    marker!("(g30)", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // "451 4.3.0 <server[ip]>: Client host rejected: Throttled - Too much spam from your mail server."
    rule!("throttled_spam", "too much spam from your mail server", "", SenderReputation, SenderAdmin, Automatic, RACKSPACE_BOUNCES, RACKSPACE_BOUNCES, "2026-12-06"),
    // "421 Too many concurrent connections from this client (G2)".
    rule!("concurrent_connections", "too many concurrent connections from this client (g2)", "", RateLimited, SenderAdmin, Automatic, RACKSPACE_BOUNCES, "https://smtp.codes/rackspace", "2026-12-06"),
    // "451 4.7.1 Received too many messages from a new or untrusted IP (G28)".
    rule!("new_untrusted_ip", "received too many messages from a new or untrusted ip", "", RateLimited, SenderAdmin, Automatic, RACKSPACE_BOUNCES, "https://smtp.codes/rackspace", "2026-12-06"),
    // "450 4.2.1 <rcpt>: Mailbox received too much email in a short period of time (G30)".
    // "450 4.4.1 <addr>: The recipient's server was temporarily unavailable to accept your message (G6)".
    rule!("recipient_server_unavailable", "recipient's server was temporarily unavailable to accept your message", "", ServerUnavailable, Nobody, Automatic, RACKSPACE_BOUNCES, "https://smtp.codes/rackspace", "2026-12-06"),
    rule!("mailbox_flooded", "mailbox received too much email in a short period of time", "", RateLimited, _, Automatic, RACKSPACE_BOUNCES, "https://smtp.codes/rackspace", "2026-12-06"),
];
