//! Hetzner's hosted mail: the `your-server.de` host names of its web hosting servers and its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: konsoleH mailbox management, https://docs.hetzner.com/de/konsoleh/account-management/email/mailboxes.
//! - `your-server.de`: a published DNS zone hosted at Hetzner whose mail goes to Hetzner's web hosting
//!   (MX www208.your-server.de, IMAP/SMTP mail.your-server.de),
//!   https://github.com/peterablehmann/dnscontrol/blob/HEAD/zones/xnee.net.js.
//! - `hetzner.com`: Hetzner's own domain (docs.hetzner.com).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "hetzner",
    name: "Hetzner",
    kind: Mailbox,
    help_url: "https://docs.hetzner.com/de/konsoleh/account-management/email/mailboxes",
    source: "https://github.com/peterablehmann/dnscontrol/blob/HEAD/zones/xnee.net.js",
    checked: "2026-12-06",
    hosts: ["docs.hetzner.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("your-server.de", Weak),
    marker!("hetzner.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
