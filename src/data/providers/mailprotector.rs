//! Mailprotector (email security gateway for managed service providers): its host names.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page and `mailprotector.com`: "How MX Records Are Used for Email" (Mailprotector's MX records),
//!   https://support.mailprotector.com/hc/en-us/articles/360030206592-How-MX-Records-Are-Used-for-Email.
//! - `mailprotector.net`: Mailprotector's own hosts and addresses in its published repositories
//!   (devops@mailprotector.net, https://github.com/mailprotector/docker-rspamd/blob/HEAD/Dockerfile).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mailprotector",
    name: "Mailprotector",
    kind: Gateway,
    help_url: "https://support.mailprotector.com/hc/en-us/articles/360030206592-How-MX-Records-Are-Used-for-Email",
    source: "https://support.mailprotector.com/hc/en-us/articles/360030206592-How-MX-Records-Are-Used-for-Email",
    checked: "2026-12-06",
    hosts: ["support.mailprotector.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Its hosts filter outbound mail too: only inside the reply.
    marker!("mailprotector.net", Weak),
    marker!("mailprotector.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
