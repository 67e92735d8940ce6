//! SpamTitan Cloud (TitanHQ), a filtering gateway in front of mail servers: how to recognise it.
//! Its cloud servers are named `*.spamtitan.com` (cloudv, cloudw, cloudx ...).
//!
//! Sources: SpamTitan helpdesk, "Step 7: Lock Down Your Mail Server",
//! https://helpdesk.spamtitan.com/support/solutions/articles/4000186893-step-7-lock-down-your-mail-server.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "spamtitan",
    name: "SpamTitan (TitanHQ)",
    kind: Gateway,
    help_url: "https://helpdesk.spamtitan.com/support/solutions/articles/4000186893-step-7-lock-down-your-mail-server",
    source: "https://helpdesk.spamtitan.com/support/solutions/articles/4000186893-step-7-lock-down-your-mail-server",
    checked: "2026-12-05",
    hosts: ["helpdesk.spamtitan.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("spamtitan.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
