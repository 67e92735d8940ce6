//! Gandi Mail: its MX hosts (spool.mail.gandi.net, fb.mail.gandi.net) and its domain.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: Gandi's help on SPF records for GandiMail,
//!   https://helpdesk.gandi.net/hc/en-us/articles/14001808469404-What-is-an-SPF-record.
//! - `spool.mail.gandi.net`, `fb.mail.gandi.net`: Gandi's MX records ("@ 10800 IN MX 10 spool.mail.gandi.net.",
//!   "MX 50 fb.mail.gandi.net."), https://docs.gandi.net/zh-hant/domain_names/faq/record_types/mx_record.html
//!   and http://wiki.gandi.net/en/mail/create-email-mailbox.
//! - `mail.gandi.net`: the MX pattern mxsniff lists for Gandi, https://github.com/jace/mxsniff/blob/master/mxsniff/providers.py.
//! - `gandi.net`: Gandi's own domain.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "gandi",
    name: "Gandi",
    kind: Mailbox,
    help_url: "https://helpdesk.gandi.net/hc/en-us/articles/14001808469404-What-is-an-SPF-record",
    source: "https://docs.gandi.net/zh-hant/domain_names/faq/record_types/mx_record.html",
    checked: "2026-12-06",
    hosts: ["helpdesk.gandi.net"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Its MX hosts; other Gandi mail hosts share mail.gandi.net, so the rest of it counts only inside
    // the reply.
    marker!("spool.mail.gandi.net", Medium),
    marker!("fb.mail.gandi.net", Medium),
    marker!("mail.gandi.net", Weak),
    marker!("gandi.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
