//! Mimecast: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Mimecast's SMTP error code article https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes
//! (earlier https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754; its reply texts
//! and reasons are also listed in https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb), and Mimecast replies in the SMTP Field Manual
//! data and https://github.com/sisimai/set-of-emails/blob/master/maildir/mac/rhost-mimecast-01.eml.
//! Every Mimecast reply links to https://community.mimecast.com/docs/DOC-1369#<code>. Patterns are
//! the distinctive parts of Mimecast's wording, because gateway rules apply whoever answered.

use crate::data::citations::{
    FIELD_MANUAL_451, FIELD_MANUAL_550, FIELD_MANUAL_554, MIMECAST_ERROR_CODES,
    SISIMAI_RHOST_MIMECAST, ZONEMTA_BOUNCES,
};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mimecast",
    name: "Mimecast",
    kind: Gateway,
    help_url: MIMECAST_ERROR_CODES,
    source: MIMECAST_ERROR_CODES,
    checked: "2026-11-28",
    hosts: ["mimecastsupport.zendesk.com", "community.mimecast.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("doc-1369", Strong),
    marker!("mimecast.com", Medium),
    marker!("csi.mimecast.org", Medium),
    // Mimecast's inbound hosts in its South African and Jersey (offshore) data centres
    // (za-smtp-inbound-1.mimecast.co.za, je-smtp-inbound-1.mimecast-offshore.com; Mimecast's MX
    // records by region, https://community.mimecast.com/s/article/Mimecast-Data-Centers-and-URLs).
    marker!("mimecast.co.za", Medium),
    marker!("mimecast-offshore.com", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("envelope_user_entry", "envelope blocked - user entry", "", SenderRejected, Recipient, AfterFix, MIMECAST_ERROR_CODES, MIMECAST_ERROR_CODES, "2026-11-28"),
    rule!("envelope_user_domain_entry", "envelope blocked - user domain entry", "", SenderRejected, Recipient, AfterFix, MIMECAST_ERROR_CODES, MIMECAST_ERROR_CODES, "2026-11-28"),
    rule!("administrative_prohibition", "administrative prohibition - envelope blocked", "", SenderRejected, RecipientAdmin, AfterFix, MIMECAST_ERROR_CODES, FIELD_MANUAL_550, "2026-11-28"),
    rule!("anti_spoofing", "anti-spoofing policy", "", SenderAuthentication, RecipientAdmin, AfterFix, MIMECAST_ERROR_CODES, MIMECAST_ERROR_CODES, "2026-11-28"),
    rule!("manually_blocked", "manually blocked senders", "", SenderRejected, Recipient, AfterFix, MIMECAST_ERROR_CODES, FIELD_MANUAL_550, "2026-11-28"),
    rule!("blocked_senders_policy", "blocked senders - block policy", "", SenderRejected, RecipientAdmin, AfterFix, MIMECAST_ERROR_CODES, SISIMAI_RHOST_MIMECAST, "2026-11-28"),
    rule!("block_policy_envelope", "block policy for envelope from address", "", SenderRejected, RecipientAdmin, AfterFix, MIMECAST_ERROR_CODES, SISIMAI_RHOST_MIMECAST, "2026-11-28"),
    rule!("spf_invalid", "spf sender invalid", "", SenderAuthentication, _, _, MIMECAST_ERROR_CODES, MIMECAST_ERROR_CODES, "2026-11-28"),
    rule!("dkim_invalid", "dkim sender invalid", "", SenderAuthentication, _, _, MIMECAST_ERROR_CODES, MIMECAST_ERROR_CODES, "2026-11-28"),
    rule!("dmarc_invalid", "dmarc sender invalid", "", SenderAuthentication, _, _, MIMECAST_ERROR_CODES, MIMECAST_ERROR_CODES, "2026-11-28"),
    rule!("ip_reputation", "local ct ip reputation", "", SenderReputation, _, _, MIMECAST_ERROR_CODES, MIMECAST_ERROR_CODES, "2026-11-28"),
    rule!("poor_reputation_sender", "csi.mimecast.org", "", SenderReputation, _, _, MIMECAST_ERROR_CODES, ZONEMTA_BOUNCES, "2026-11-28"),
    rule!("internal_resource", "internal resource temporarily unavailable", "", Greylisted, _, Automatic, MIMECAST_ERROR_CODES, FIELD_MANUAL_451, "2026-11-28"),
    rule!("internal_resources", "internal resources are temporarily unavailable", "", Greylisted, _, Automatic, MIMECAST_ERROR_CODES, SISIMAI_RHOST_MIMECAST, "2026-11-28"),
    rule!("sender_address_blocked", "sender address blocked", "421", SenderIpBlocked, RecipientAdmin, AfterFix, MIMECAST_ERROR_CODES, SISIMAI_RHOST_MIMECAST, "2026-11-28"),
    rule!("ip_temporarily_blacklisted", "ip temporarily blacklisted", "", RateLimited, _, _, MIMECAST_ERROR_CODES, SISIMAI_RHOST_MIMECAST, "2026-11-28"),
    rule!("open_relay", "open relay not allowed", "", RelayDenied, _, _, MIMECAST_ERROR_CODES, FIELD_MANUAL_451, "2026-11-28"),
    rule!("open_relay_is", "open relay is not allowed", "", RelayDenied, _, _, MIMECAST_ERROR_CODES, SISIMAI_RHOST_MIMECAST, "2026-11-28"),
    rule!("inbounds_disabled", "account inbounds disabled", "", ReceiverMisconfigured, RecipientAdmin, _, MIMECAST_ERROR_CODES, SISIMAI_RHOST_MIMECAST, "2026-11-28"),
    rule!("outbounds_disabled", "account outbounds disabled", "", SenderAccountBlocked, SenderAdmin, _, MIMECAST_ERROR_CODES, SISIMAI_RHOST_MIMECAST, "2026-11-28"),
    rule!("size_exceeded", "maximum email size exceeded", "554", MessageTooLarge, _, _, MIMECAST_ERROR_CODES, SISIMAI_RHOST_MIMECAST, "2026-11-28"),
    rule!("host_network", "host network not allowed", "", SenderIpBlocked, RecipientAdmin, AfterFix, MIMECAST_ERROR_CODES, "https://github.com/sisimai/set-of-emails/blob/master/maildir/mac/rhost-mimecast-01.eml", "2026-11-28"),
    rule!("host_network_comma", "host network, not allowed", "", SenderIpBlocked, RecipientAdmin, AfterFix, MIMECAST_ERROR_CODES, SISIMAI_RHOST_MIMECAST, "2026-11-28"),
    rule!("content_examination", "content examination policy", "", ContentPolicy, _, _, MIMECAST_ERROR_CODES, SISIMAI_RHOST_MIMECAST, "2026-11-28"),
    rule!("security_policies", "email rejected due to security policies", "", ContentPolicy, _, _, MIMECAST_ERROR_CODES, FIELD_MANUAL_554, "2026-11-28"),
    rule!("tls_required", "this route requires", "", TlsRequired, SenderAdmin, _, MIMECAST_ERROR_CODES, SISIMAI_RHOST_MIMECAST, "2026-11-28"),
    rule!("submitter_auth", "submitter failed to authenticate", "", AuthFailed, _, _, MIMECAST_ERROR_CODES, SISIMAI_RHOST_MIMECAST, "2026-11-28"),
    rule!("invalid_recipient", "invalid recipient - https://community.mimecast.com", "", MailboxUnknown, _, _, MIMECAST_ERROR_CODES, FIELD_MANUAL_451, "2026-11-28"),
];
