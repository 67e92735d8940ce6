//! Rediffmail (India): only its mail domain marks it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: Rediffmail's page on SPF and DKIM, https://businessemail.rediff.com/business-email-security/spf-and-dkim.
//! - `rediffmail.com`: Rediff's mail service ("Rediffmail ID", http://support.rediff.com/cgi-bin/support/printdetail.cgi?id=shop_f_178.htm);
//!   mxsniff lists Rediffmail as a public mail provider, https://github.com/jace/mxsniff/blob/master/mxsniff/providers.py.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "rediffmail",
    name: "Rediffmail",
    kind: Mailbox,
    help_url: "https://businessemail.rediff.com/business-email-security/spf-and-dkim",
    source: "https://github.com/jace/mxsniff/blob/master/mxsniff/providers.py",
    checked: "2026-12-06",
    hosts: ["businessemail.rediff.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("rediffmail.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
