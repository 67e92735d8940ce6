//! IONOS (1&1): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: IONOS help on SMTP error messages https://www.ionos.com/help/index.php?id=2425 (c=hd: header lines not
//! compliant with RFC 5321/5322), the United Internet postmaster pages (same platform as GMX and
//! WEB.DE, see gmx.rs) and IONOS replies from public reports. Inbound IONOS/1&1 servers answer as
//! `kundenserver.de (mxeue...)` or `perfora.net (mxeueus...)`.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "ionos",
    name: "IONOS (1&1)",
    kind: K::Mailbox,
    help_url: "https://www.ionos.com/help/index.php?id=2425",
    source: provenance!("https://www.ionos.com/help/index.php?id=2425"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["www.ionos.com"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "mxeue*", strength: S::Strong },
    ProviderMarker { pattern: "kundenserver.de", strength: S::Medium },
    ProviderMarker { pattern: "perfora.net", strength: S::Medium },
    ProviderMarker { pattern: "postmaster.1und1.de", strength: S::Medium },
    ProviderMarker { pattern: "ionos.com/help", strength: S::Medium },
    ProviderMarker { pattern: "smtp.ionos.de", strength: S::Medium },
    ProviderMarker { pattern: "ionos.de", strength: S::Weak },
    ProviderMarker { pattern: "ionos.com", strength: S::Weak },
    ProviderMarker { pattern: "1and1.com", strength: S::Weak },
    ProviderMarker { pattern: "1and1.co.uk", strength: S::Weak },
    ProviderMarker { pattern: "1und1.de", strength: S::Weak },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "bad_ptr", pattern: "bad dns ptr resource record", code: "", category: C::ReverseDns,
                   who_acts: None, retry: None,
                   help_url: "https://www.ionos.com/help/index.php?id=2425",
                   source: provenance!("https://www.ionos.com/help/index.php?id=2425"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "invalid_ptr", pattern: "invalid dns ptr resource record", code: "", category: C::ReverseDns,
                   who_acts: None, retry: None,
                   help_url: "https://www.ionos.com/help/index.php?id=2425",
                   source: provenance!("https://www.ionos.com/help/index.php?id=2425"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "ip_block_listed", pattern: "ip address is block listed", code: "", category: C::SenderIpBlocked,
                   who_acts: None, retry: None,
                   help_url: "https://www.ionos.com/help/index.php?id=2425",
                   source: provenance!("https://www.ionos.com/help/index.php?id=2425"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "ip_black_listed", pattern: "ip address is black listed", code: "", category: C::SenderIpBlocked,
                   who_acts: None, retry: None,
                   help_url: "https://www.ionos.com/help/index.php?id=2425",
                   source: provenance!("https://www.ionos.com/help/index.php?id=2425"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "header_invalid", pattern: "c=hi", code: "", category: C::MessageFormat,
                   who_acts: None, retry: None,
                   help_url: "https://www.ionos.com/help/index.php?id=2425",
                   source: provenance!("https://www.ionos.com/help/index.php?id=2425"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "policy_reject", pattern: "reject due to policy restriction*", code: "", category: C::PolicyRejected,
                   who_acts: None, retry: None,
                   help_url: "https://www.ionos.com/help/index.php?id=2425",
                   source: provenance!("https://www.ionos.com/help/index.php?id=2425"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "spf_policy", pattern: "reject due to spf policy", code: "", category: C::SenderAuthentication,
                   who_acts: None, retry: None,
                   help_url: "https://www.ionos.com/help/index.php?id=2425",
                   source: provenance!("https://www.ionos.com/help/index.php?id=2425"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "policy_violations", pattern: "reject due to policy violations", code: "", category: C::SenderReputation,
                   who_acts: None, retry: None,
                   help_url: "https://www.ionos.com/help/index.php?id=2425",
                   source: provenance!("https://www.ionos.com/help/index.php?id=2425"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "invalid_dns_mx", pattern: "invalid dns mx or a/aaaa resource record", code: "", category: C::SenderRejected,
                   who_acts: Some(WhoActs::SenderAdmin), retry: None,
                   help_url: "https://www.ionos.com/help/index.php?id=2425",
                   source: provenance!("https://github.com/LukeSmithxyz/emailwiz/issues/82"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "header_invalid_hd", pattern: "c=hd", code: "", category: C::MessageFormat,
                   who_acts: None, retry: None,
                   help_url: "https://www.ionos.com/help/index.php?id=2425",
                   source: provenance!("https://www.ionos.com/help/index.php?id=2425"), checked: provenance!("2026-11-28") },
];
