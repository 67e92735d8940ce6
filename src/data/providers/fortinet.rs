//! Fortinet's mail filters (FortiMail, FortiGate's antispam): FortiGuard's name and the replacement
//! message FortiOS sends when its Antispam Engine (ASE) judges a message spam (`smtp-spam-ase`).
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - `because ase reports it as spam`: FortiOS's spam replacement messages (`smtp-spam-ase`: "The
//!   FortiGuard Antispam Engine (ASE) reports this message as spam"),
//!   https://docs.fortinet.com/document/fortigate/6.0.0/cli-reference/84293/system-replacemsg-spam; the
//!   reply itself ("554 5.7.1 This message has been blocked because ASE reports it as spam.") in
//!   http://www.howtodo.co.il/?p=639.
//! - help page, `fortiguard` and `fortimail`: FortiMail's administration guide on FortiGuard services,
//!   https://docs.fortinet.com/document/fortimail/7.4.2/administration-guide/216309.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "fortinet",
    name: "Fortinet (FortiMail, FortiGate)",
    kind: Gateway,
    help_url: "https://docs.fortinet.com/document/fortimail/7.4.2/administration-guide/216309",
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
