//! HEY, Basecamp's mail service (hey.com): how to recognise it. Its refusals use Postfix's standard
//! wording, so only the mail domain marks a HEY recipient. This file has the domain only.
//!
//! Sources: the SMTP Field Manual's provider list and its HEY replies
//! (<https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/EmailProviders.json>,
//! `data/codes/550.json`); HEY, "How it works", <https://hey.com/how-it-works/>.

use crate::data::{ProviderMarker, ProviderRule};
provider! {
    id: "hey",
    name: "HEY (hey.com)",
    kind: Mailbox,
    help_url: "https://hey.com/how-it-works/",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/EmailProviders.json",
    checked: "2026-12-06",
    hosts: ["hey.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("hey.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
