//! Spark New Zealand's Xtra Mail: only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: "Manage your Xtra Mail account", https://www.spark.co.nz/help/get-more/xtra/manage-your-xtra-mail/.
//! - `xtra.co.nz`: Spark's Xtra addresses ("Migration from xtra.co.nz", https://u3atawa.org.nz/Migration;
//!   "user@xtra.co.nz", http://www.courierconnect.co.nz/emailguide.php).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "spark",
    name: "Spark New Zealand (Xtra Mail)",
    kind: Mailbox,
    help_url: "https://www.spark.co.nz/help/get-more/xtra/manage-your-xtra-mail/",
    source: "https://u3atawa.org.nz/Migration",
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
