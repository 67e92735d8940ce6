//! Spark New Zealand's Xtra Mail: only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Sources: https://www.spark.co.nz/help/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "spark",
    name: "Spark New Zealand (Xtra Mail)",
    kind: Mailbox,
    help_url: "https://www.spark.co.nz/help/",
    source: "https://www.spark.co.nz/help/",
    checked: "2026-12-06",
    hosts: ["www.spark.co.nz"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("xtra.co.nz", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
