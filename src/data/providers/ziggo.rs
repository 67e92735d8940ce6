//! Ziggo (Dutch ISP mail): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page and `ziggo.nl`: Ziggo's customer service on spam and abuse by its subscribers,
//!   https://www.ziggo.nl/klantenservice/internet-wifi/veiligheid/wat-doet-ziggo/.
//! - `upcmail.nl` (a marker until 2026-12-06) was removed: no published page shows it as Ziggo's.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "ziggo",
    name: "Ziggo",
    kind: Mailbox,
    help_url: "https://www.ziggo.nl/klantenservice/internet-wifi/veiligheid/wat-doet-ziggo/",
    source: "https://www.ziggo.nl/klantenservice/internet-wifi/veiligheid/wat-doet-ziggo/",
    checked: "2026-12-06",
    hosts: ["www.ziggo.nl"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("ziggo.nl", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
