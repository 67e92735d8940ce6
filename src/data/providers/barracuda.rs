//! Barracuda Networks: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Barracuda's message-log reasons for Email Gateway Defense https://campus.barracuda.com/doc/167976683,
//! the Barracuda Reputation Block List lookup https://www.barracudacentral.org/lookups (zones in
//! `src/data/blocklists.rs`), and Barracuda replies in the SMTP Field Manual data
//! (https://github.com/ActiveCampaign/smtp-field-manual, data/codes/*.json). "Message content
//! rejected, UBE, id=..." is amavisd-new's wording, used by the Barracuda appliance but not only
//! by it, so it is left to the generic phrases; `cuda_nsu` only marks a reply passed on by Barracuda.

use crate::data::citations::{FIELD_MANUAL_550, FIELD_MANUAL_554};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "barracuda",
    name: "Barracuda Networks",
    kind: Gateway,
    help_url: "https://campus.barracuda.com/doc/167976683",
    source: "https://campus.barracuda.com/doc/167976683",
    checked: "2026-11-28",
    hosts: ["campus.barracuda.com", "www.barracudacentral.org"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("cuda_nsu", Strong),
    // Barracuda's cloud filter refuses a message for listed recipients with "550 permanent
    // failure for one or more recipients (user@example.com:blocked)" (quoted as Barracuda's,
    // from barracudanetworks.com MX hosts, in
    // https://github.com/forwardemail/forwardemail.net/blob/master/helpers/get-bounce-info.js).
    marker!("permanent failure for one or more recipients", Medium),
    marker!("ess.barracudanetworks.com", Medium),
    marker!("ess.ca.barracudanetworks.com", Medium),
    marker!("ess.eu.barracudanetworks.com", Medium),
    marker!("ess.au.barracudanetworks.com", Medium),
    marker!("ess.uk.barracudanetworks.com", Medium),
    // The Barracuda Spam Firewall's own refusal of an IP with a poor score in Barracuda's
    // reputation system ("554 Service unavailable; Client host [...] blocked using Barracuda
    // Reputation; http://www.barracudanetworks.com/reputation/?..."): Barracuda's knowledge base
    // ties it to "all Barracuda Spam Firewalls"
    // (https://campus.barracuda.com/product/emailsecuritygateway/knowledgebase/50160000000H4nYAAS/),
    // and field reports name the recipient's appliance as the one that answered
    // (http://tig.csail.mit.edu/wiki/TIG/EmailBlockedByBarracuda). A mail server that only queries
    // the list names its zone instead ("blocked using b.barracudacentral.org").
    marker!("blocked using barracuda reputation", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("spam_url", "rejected due to spam url in content", "", SpamContent, _, _, "", FIELD_MANUAL_554, "2026-11-28"),
    rule!("banned_content", "rejecting banned content", "", ContentPolicy, _, _, "", FIELD_MANUAL_554, "2026-11-28"),
    rule!("spoofed", "rejecting spoofed message", "", SenderAuthentication, SenderAdmin, _, "", FIELD_MANUAL_550, "2026-11-28"),
    rule!("license_expired", "license expired", "422", ReceiverMisconfigured, RecipientAdmin, _, "", "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/422.json", "2026-11-28"),
];
