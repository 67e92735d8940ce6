//! Fortinet's mail filters (FortiMail, FortiGate's antispam): FortiGuard's name and the replacement
//! message FortiOS sends when its Antispam Engine (ASE) judges a message spam (`smtp-spam-ase`,
//! https://docs.fortinet.com/document/fortigate/6.0.0/cli-reference/84293/system-replacemsg-spam:
//! "This message has been blocked because ASE reports it as spam.").
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://docs.fortinet.com/product/fortimail; https://docs.fortinet.com/document/fortigate/6.0.0/cli-reference/84293/system-replacemsg-spam.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "fortinet",
    name: "Fortinet (FortiMail, FortiGate)",
    kind: Gateway,
    help_url: "https://docs.fortinet.com/product/fortimail",
    source: "https://docs.fortinet.com/document/fortigate/6.0.0/cli-reference/84293/system-replacemsg-spam",
    checked: "2026-12-06",
    hosts: ["docs.fortinet.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("because ase reports it as spam", Strong),
    marker!("fortiguard", Medium),
    marker!("fortimail", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
