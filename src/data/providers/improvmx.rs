//! ImprovMX, an email forwarding service: how to recognise its replies and what its own codes mean.
//!
//! ImprovMX ends its refusals with `(#id-5.9.N)`, a code of its own (not an enhanced status
//! code): 5.9.0 loop, 5.9.1 bounce of a bounce, 5.9.2 domain not found, 5.9.3 database error about
//! the recipient's domain, 5.9.4 anti-spam check failed (the sender may retry), 5.9.5 forwarding
//! address unreadable.
//!
//! Sources: ImprovMX guide "Error Codes" (<https://improvmx-website.pages.dev/guides/improvmx-error-codes>,
//! the site's guide of that name) and "What are suppressions"
//! (<https://improvmx.com/guides/what-are-suppressions-and-how-can-i-remove-them>).

use crate::data::{ProviderMarker, ProviderRule};

/// ImprovMX, "Error Codes".
const IMPROVMX_ERROR_CODES: &str = "https://improvmx-website.pages.dev/guides/improvmx-error-codes";

provider! {
    id: "improvmx",
    name: "ImprovMX",
    kind: SendingService,
    help_url: "https://improvmx.com/guides/what-are-suppressions-and-how-can-i-remove-them",
    source: IMPROVMX_ERROR_CODES,
    checked: "2026-12-06",
    hosts: ["improvmx.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("#id-5.9.0", Strong),
    marker!("#id-5.9.1", Strong),
    marker!("#id-5.9.2", Strong),
    marker!("#id-5.9.3", Strong),
    marker!("#id-5.9.4", Strong),
    marker!("#id-5.9.5", Strong),
    marker!("improvmx.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("loop", "#id-5.9.0", "", RoutingLoop, RecipientAdmin, AfterFix, "", IMPROVMX_ERROR_CODES, "2026-12-06"),
    rule!("bounce_of_bounce", "#id-5.9.1", "", RoutingLoop, RecipientAdmin, Never, "", IMPROVMX_ERROR_CODES, "2026-12-06"),
    rule!("domain_not_found", "#id-5.9.2", "", ReceiverMisconfigured, RecipientAdmin, AfterFix, "", IMPROVMX_ERROR_CODES, "2026-12-06"),
    rule!("database_error", "#id-5.9.3", "", ReceiverMisconfigured, RecipientAdmin, AfterFix, "", IMPROVMX_ERROR_CODES, "2026-12-06"),
    rule!("antispam_failed", "#id-5.9.4", "", SpamContent, _, Later, "", IMPROVMX_ERROR_CODES, "2026-12-06"),
    rule!("forwarding_unreadable", "#id-5.9.5", "", ReceiverMisconfigured, RecipientAdmin, AfterFix, "", IMPROVMX_ERROR_CODES, "2026-12-06"),
];
