//! Telenor Norway's mail (Online e-post, online.no): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: "Online e-post webmail", https://www.telenor.no/kundeservice/e-post/oppsett/webmail.
//! - `online.no`: Telenor's terms for Online e-post ("egne online.no- eller Frisurf.no-adresser"),
//!   https://www.telenor.no/privat/vilkar/vilkar_telenor_online_epost.page.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "telenor",
    name: "Telenor",
    kind: Mailbox,
    help_url: "https://www.telenor.no/kundeservice/e-post/oppsett/webmail",
    source: "https://www.telenor.no/privat/vilkar/vilkar_telenor_online_epost.page",
    checked: "2026-12-06",
    hosts: ["www.telenor.no"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("online.no", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
