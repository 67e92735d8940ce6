//! Hostpoint (Swiss web and mail host): how to recognise it. Only its domain marks it; its SPF
//! refusal ("550-SPF-check failed") is read by the generic SPF wording.
//!
//! Sources: the SMTP Field Manual's provider list and its Hostpoint replies
//! (<https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/EmailProviders.json>,
//! `data/codes/550.json`); Hostpoint support, <https://support.hostpoint.ch/en/technical/e-mail>.

use crate::data::{ProviderMarker, ProviderRule};
provider! {
    id: "hostpoint",
    name: "Hostpoint",
    kind: Mailbox,
    help_url: "https://support.hostpoint.ch/en/technical/e-mail",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/EmailProviders.json",
    checked: "2026-12-06",
    hosts: ["support.hostpoint.ch"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("hostpoint.ch", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
