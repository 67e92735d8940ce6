//! Mimecast: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Mimecast's SMTP error code article https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes
//! (earlier https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754; its reply texts
//! and reasons are also listed in https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb), and Mimecast replies in the SMTP Field Manual
//! data and https://github.com/sisimai/set-of-emails/blob/master/maildir/mac/rhost-mimecast-01.eml.
//! Every Mimecast reply links to https://community.mimecast.com/docs/DOC-1369#<code>. Patterns are
//! the distinctive parts of Mimecast's wording, because gateway rules apply whoever answered.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "mimecast",
    name: "Mimecast",
    kind: K::Gateway,
    help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
    source: provenance!("https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["mimecastsupport.zendesk.com", "community.mimecast.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "doc-1369", strength: S::Strong },
    ProviderMarker { pattern: "mimecast.com", strength: S::Medium },
    ProviderMarker { pattern: "csi.mimecast.org", strength: S::Medium },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "envelope_user_entry", pattern: "envelope blocked - user entry", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::Recipient), retry: Some(Retry::AfterFix),
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "envelope_user_domain_entry", pattern: "envelope blocked - user domain entry", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::Recipient), retry: Some(Retry::AfterFix),
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "administrative_prohibition", pattern: "administrative prohibition - envelope blocked", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: Some(Retry::AfterFix),
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "anti_spoofing", pattern: "anti-spoofing policy", code: "", category: C::SenderAuthentication,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: Some(Retry::AfterFix),
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "manually_blocked", pattern: "manually blocked senders", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::Recipient), retry: Some(Retry::AfterFix),
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "blocked_senders_policy", pattern: "blocked senders - block policy", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: Some(Retry::AfterFix),
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "block_policy_envelope", pattern: "block policy for envelope from address", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: Some(Retry::AfterFix),
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "spf_invalid", pattern: "spf sender invalid", code: "", category: C::SenderAuthentication,
                   who_acts: None, retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "dkim_invalid", pattern: "dkim sender invalid", code: "", category: C::SenderAuthentication,
                   who_acts: None, retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "dmarc_invalid", pattern: "dmarc sender invalid", code: "", category: C::SenderAuthentication,
                   who_acts: None, retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "ip_reputation", pattern: "local ct ip reputation", code: "", category: C::SenderReputation,
                   who_acts: None, retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "poor_reputation_sender", pattern: "csi.mimecast.org", code: "", category: C::SenderReputation,
                   who_acts: None, retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "internal_resource", pattern: "internal resource temporarily unavailable", code: "", category: C::Greylisted,
                   who_acts: None, retry: Some(Retry::Automatic),
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/451.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "internal_resources", pattern: "internal resources are temporarily unavailable", code: "", category: C::Greylisted,
                   who_acts: None, retry: Some(Retry::Automatic),
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "sender_address_blocked", pattern: "sender address blocked", code: "421", category: C::SenderIpBlocked,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: Some(Retry::AfterFix),
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "ip_temporarily_blacklisted", pattern: "ip temporarily blacklisted", code: "", category: C::RateLimited,
                   who_acts: None, retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "open_relay", pattern: "open relay not allowed", code: "", category: C::RelayDenied,
                   who_acts: None, retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/451.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "open_relay_is", pattern: "open relay is not allowed", code: "", category: C::RelayDenied,
                   who_acts: None, retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "inbounds_disabled", pattern: "account inbounds disabled", code: "", category: C::ReceiverMisconfigured,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "outbounds_disabled", pattern: "account outbounds disabled", code: "", category: C::SenderAccountBlocked,
                   who_acts: Some(WhoActs::SenderAdmin), retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "size_exceeded", pattern: "maximum email size exceeded", code: "554", category: C::MessageTooLarge,
                   who_acts: None, retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "host_network", pattern: "host network not allowed", code: "", category: C::SenderIpBlocked,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: Some(Retry::AfterFix),
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/set-of-emails/blob/master/maildir/mac/rhost-mimecast-01.eml"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "host_network_comma", pattern: "host network, not allowed", code: "", category: C::SenderIpBlocked,
                   who_acts: Some(WhoActs::RecipientAdmin), retry: Some(Retry::AfterFix),
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "content_examination", pattern: "content examination policy", code: "", category: C::ContentPolicy,
                   who_acts: None, retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "security_policies", pattern: "email rejected due to security policies", code: "", category: C::ContentPolicy,
                   who_acts: None, retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "tls_required", pattern: "this route requires", code: "", category: C::TlsRequired,
                   who_acts: Some(WhoActs::SenderAdmin), retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "submitter_auth", pattern: "submitter failed to authenticate", code: "", category: C::AuthFailed,
                   who_acts: None, retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "invalid_recipient", pattern: "invalid recipient - https://community.mimecast.com", code: "", category: C::MailboxUnknown,
                   who_acts: None, retry: None,
                   help_url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/451.json"), checked: provenance!("2026-11-28") },
];
