//! AT&T (att.net, sbcglobal.net, bellsouth.net, prodigy.net ...): how to recognise the replies of
//! AT&T's own inbound mail filter and what its wording means.
//!
//! The mailboxes of AT&T's consumer domains are hosted by Yahoo (see `yahoo.rs`: replies from
//! `*.yahoodns.net` carry Yahoo's tags and are Yahoo's), but AT&T runs its own inbound filter and
//! blocklist in front of them: its refusals name `DNSBL:ATTRBL` or `DNSBL:RBL`, carry internal
//! tokens such as `flph825`, and point to `abuse_rbl@abuse-att.net` or the AT&T block pages.
//!
//! Sources:
//! - AT&T Mailblock inquiry, "Error Message Summary" for senders:
//!   <http://worldnet.att.net/general-info/bls_info/block_enduser.html> (also kept at
//!   <http://rbl.att.net/block_enduser.html>): 421 "failure in DNS look-up", 450 "busy", 521
//!   "<ip> is blocked", 550 "[suspend] Mailbox currently suspended", 550 "[permfail] ... requires
//!   valid sender domain", 550 "unauthorized interface for <ip>", 550 "blocked by
//!   ldap:ou=rblmx,dc=bellsouth,dc=net".
//! - AT&T Postmaster, unblock requests through <http://www.att.net/blocks>:
//!   <http://www.att.com/esupport/postmaster/>.
//! - Field reports: ZoneMTA's bounce rules (`DNSBL:ATTRBL 521< ip >_is_blocked`, `abuse_rbl@abuse-att.net`),
//!   github.com/zone-eu/zone-mta `config/bounces.txt`; the SMTP Field Manual
//!   (`data/codes/550.json`: "Connections not accepted from servers without a valid sender
//!   domain ... Fix reverse DNS", prodigy.net).

use crate::data::citations::{FIELD_MANUAL_550, ZONEMTA_BOUNCES};
use crate::data::{ProviderMarker, ProviderRule};

/// AT&T's Mailblock inquiry page for senders.
const ATT_BLOCK_ENDUSER: &str = "http://worldnet.att.net/general-info/bls_info/block_enduser.html";

provider! {
    id: "att",
    name: "AT&T (att.net, SBCglobal, BellSouth)",
    kind: Mailbox,
    help_url: "https://www.att.com/esupport/postmaster/",
    source: ATT_BLOCK_ENDUSER,
    checked: "2026-12-06",
    hosts: ["www.att.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // AT&T's own blocklist names and abuse contacts in its refusals.
    marker!("dnsbl:attrbl", Strong),
    marker!("abuse-att.net", Strong),
    marker!("att.net/blocks", Strong),
    marker!("att.net/general-info/bls_info", Strong),
    marker!("ou=rblmx", Strong),
    // Inbound hosts (prodigy.net is AT&T's legacy mail platform).
    marker!("prodigy.net", Weak),
    // Mail domains that appear in recipient addresses.
    marker!("att.net", Weak),
    marker!("sbcglobal.net", Weak),
    marker!("bellsouth.net", Weak),
    // Further AT&T mail domains, as the SMTP Field Manual lists them
    // (https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/EmailProviders.json).
    marker!("swbell.net", Weak),
    marker!("pacbell.net", Weak),
    marker!("prodigy.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // "DNSBL:ATTRBL 521< ip >_is_blocked": the IP is on AT&T's own blocklist.
    rule!("attrbl", "dnsbl:attrbl", "", SenderIpBlocked, SenderAdmin, AfterFix, "https://www.att.com/esupport/postmaster/", ZONEMTA_BOUNCES, "2026-12-06"),
    rule!("rbl_is_blocked", "dnsbl:rbl", "", SenderIpBlocked, SenderAdmin, AfterFix, "https://www.att.com/esupport/postmaster/", ZONEMTA_BOUNCES, "2026-12-06"),
    // "550 <ip> blocked by ldap:ou=rblmx,dc=bellsouth,dc=net": behaviour associated with spammers.
    rule!("rblmx", "ou=rblmx", "", SenderIpBlocked, SenderAdmin, AfterFix, "https://www.att.com/esupport/postmaster/", ATT_BLOCK_ENDUSER, "2026-12-06"),
    // "550 unauthorized interface for <ip>": not recognised as a valid source of mail.
    rule!("unauthorized_interface", "unauthorized interface for", "", SenderIpBlocked, SenderAdmin, AfterFix, "https://www.att.com/esupport/postmaster/", ATT_BLOCK_ENDUSER, "2026-12-06"),
    // "550 [suspend] Mailbox currently suspended": the AT&T customer's account is suspended.
    rule!("suspended", "mailbox currently suspended", "", MailboxDisabled, _, _, "", ATT_BLOCK_ENDUSER, "2026-12-06"),
    // "550 [permfail] ... requires valid sender domain": the sending system's DNS identity is missing.
    rule!("requires_valid_sender_domain", "requires valid sender domain", "", ReverseDns, SenderAdmin, AfterFix, "", ATT_BLOCK_ENDUSER, "2026-12-06"),
    rule!("no_valid_sender_domain", "connections not accepted from servers without a valid sender domain", "", ReverseDns, SenderAdmin, AfterFix, "", FIELD_MANUAL_550, "2026-12-06"),
];
