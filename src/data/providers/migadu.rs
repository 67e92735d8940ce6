//! Migadu (Swiss mail host): how to recognise its replies by its MX hosts (aspmx1/aspmx2.migadu.com)
//! and its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: Migadu's guide "Default Mailbox Configuration", https://www.migadu.com/en/guides/config.html.
//! - `aspmx1.migadu.com`, `aspmx2.migadu.com`: the MX records Migadu gives (MX 10 aspmx1.migadu.com,
//!   MX 20 aspmx2.migadu.com) as published in a Migadu DNS setup,
//!   https://gist.github.com/tennox/f2836fb57e2ac3b54c0c044b7777eb35, and in a Migadu customer's
//!   provisioning runbook, https://docs.cvntrade.eu/runbooks/runbook_email_provisioning/. Not found on a
//!   Migadu page itself.
//! - `migadu.com`: Migadu's own domain (its guides and terms, https://admin.migadu.com/public/terms_of_use);
//!   mxsniff lists its MX hosts as *.migadu.com, https://github.com/jace/mxsniff/blob/master/mxsniff/providers.py.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "migadu",
    name: "Migadu",
    kind: Mailbox,
    help_url: "https://www.migadu.com/en/guides/config.html",
    source: "https://gist.github.com/tennox/f2836fb57e2ac3b54c0c044b7777eb35",
    checked: "2026-12-06",
    hosts: ["www.migadu.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("aspmx1.migadu.com", Medium),
    marker!("aspmx2.migadu.com", Medium),
    marker!("migadu.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
