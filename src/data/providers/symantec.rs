//! Symantec Email Security.cloud (Broadcom, MessageLabs): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Broadcom knowledge-base articles on Email Security.cloud rejections (https://knowledge.broadcom.com/external/article/164955,
//! articles 165165, 162137, 162152, 162232, 164767, 165163, 173082, 173867, 175407, as listed with their
//! reply texts in https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb), the IP reputation lookup and removal page
//! https://ipremoval.sms.symantec.com/, and replies in the SMTP Field Manual data and
//! https://github.com/sisimai/set-of-emails/blob/master/maildir/mac/rhost-messagelabs-01.eml.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "symantec",
    name: "Symantec Email Security.cloud (Broadcom, MessageLabs)",
    kind: K::Gateway,
    help_url: "https://ipremoval.sms.symantec.com/",
    source: provenance!("https://knowledge.broadcom.com/external/article/164955"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["ipremoval.sms.symantec.com", "knowledge.broadcom.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "messagelabs.com", strength: S::Medium },
    ProviderMarker { pattern: "symanteccloud.com", strength: S::Medium },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "message_filtered", pattern: "message filtered. refer to the troubleshooting page", code: "", category: C::SpamContent,
                   who_acts: None, retry: None,
                   help_url: "https://knowledge.broadcom.com/external/article/173867",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/553.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "relay_not_configured", pattern: "as a relay, but i have not been configured", code: "", category: C::RelayDenied,
                   who_acts: None, retry: None,
                   help_url: "https://knowledge.broadcom.com/external/article/162137",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/553.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "smtp_auth", pattern: "please turn on smtp authentication in your mail client", code: "", category: C::AuthRequired,
                   who_acts: None, retry: None,
                   help_url: "https://knowledge.broadcom.com/external/article/162137",
                   source: provenance!("https://github.com/sisimai/set-of-emails/blob/master/maildir/mac/rhost-messagelabs-01.eml"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "connection_rejected", pattern: "connection rejected by policy", code: "", category: C::SenderReputation,
                   who_acts: None, retry: None,
                   help_url: "https://ipremoval.sms.symantec.com/",
                   source: provenance!("https://knowledge.broadcom.com/external/article/164955"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "pbl", pattern: "mail rejected because your ip is in the pbl", code: "", category: C::SenderBlocklisted,
                   who_acts: None, retry: None,
                   help_url: "https://knowledge.broadcom.com/external/article/165165",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "badmailfrom", pattern: "your envelope sender is in my badmailfrom list", code: "", category: C::SenderRejected,
                   who_acts: None, retry: None,
                   help_url: "https://knowledge.broadcom.com/external/article/162232",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "email_blocked", pattern: "sorry, your email address has been bl*", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::Recipient), retry: Some(Retry::AfterFix),
                   help_url: "https://knowledge.broadcom.com/external/article/173082",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "domain_blocked", pattern: "sorry, your domain has been bl*", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::Recipient), retry: Some(Retry::AfterFix),
                   help_url: "https://knowledge.broadcom.com/external/article/173082",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "ip_blocked", pattern: "sorry, your ip address has been bl*", code: "", category: C::SenderIpBlocked,
                   who_acts: None, retry: None,
                   help_url: "https://knowledge.broadcom.com/external/article/165165",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "domain_auth_fail", pattern: "domain authentication fail", code: "", category: C::SenderAuthentication,
                   who_acts: None, retry: None,
                   help_url: "https://knowledge.broadcom.com/external/article/175407",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "tls_required", pattern: "tls/sslv3 connection required", code: "", category: C::TlsRequired,
                   who_acts: Some(WhoActs::SenderAdmin), retry: None,
                   help_url: "https://knowledge.broadcom.com/external/article/162152",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "stray_linefeeds", pattern: "stray linefeeds in message", code: "", category: C::MessageFormat,
                   who_acts: None, retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "not_rfc5322", pattern: "has detected that this message is not rfc 5322", code: "", category: C::MessageFormat,
                   who_acts: None, retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "too_many_messages", pattern: "too many messages", code: "460", category: C::RateLimited,
                   who_acts: None, retry: None,
                   help_url: "https://knowledge.broadcom.com/external/article/164767",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "envelope_domain_not_allowed", pattern: "sender envelope domain not allowed for sender ip address", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::SenderAdmin), retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb"), checked: provenance!("2026-11-28") },
];
