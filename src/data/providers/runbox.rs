//! Runbox (Norwegian mailbox provider): how to recognise its replies by its MX host and mail domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: "Email Hosting" setup, https://help.runbox.com/email-hosting-setup/ (Runbox's FAQ,
//!   https://help.runbox.com/category/faqs, says hosted domains must point their MX records to Runbox).
//! - `mx.runbox.com`: the MX host listed for Runbox in mxsniff's catalogue of providers' MX hosts,
//!   https://github.com/jace/mxsniff/blob/master/mxsniff/providers.py, and in published DNS zones of
//!   Runbox customers (MX 10 mx.runbox.com).
//! - `runbox.com`: Runbox's addresses ("username@runbox.com (also @runbox.no, @runbox.us etc.)"),
//!   https://help.runbox.com/email-program-settings/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "runbox",
    name: "Runbox",
    kind: Mailbox,
    help_url: "https://help.runbox.com/email-hosting-setup/",
    source: "https://github.com/jace/mxsniff/blob/master/mxsniff/providers.py",
    checked: "2026-12-06",
    hosts: ["help.runbox.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mx.runbox.com", Medium),
    marker!("runbox.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
