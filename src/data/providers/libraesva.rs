//! Libraesva Email Security Gateway: its name in host names and replies.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page and `libraesva`: Libraesva's documentation of its Email Security Gateway,
//!   https://docs.libraesva.com/knowledgebase/mail-address-counting-for-license-renewal/.
//! - `libraesva.cloud` (a marker until 2026-12-06) was removed: no published page shows it.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "libraesva",
    name: "Libraesva",
    kind: Gateway,
    help_url: "https://docs.libraesva.com/knowledgebase/mail-address-counting-for-license-renewal/",
    source: "https://docs.libraesva.com/knowledgebase/mail-address-counting-for-license-renewal/",
    checked: "2026-12-06",
    hosts: ["docs.libraesva.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("libraesva", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
