//! OVHcloud mail (MX Plan, web hosting mailboxes): how to recognise it by its hosts. Domains on OVHcloud
//! mail point their MX records to `mx0` ... `mx3.mail.ovh.net`; mail programs use `ssl0.ovh.net`. This
//! file has host names only: no public list of OVHcloud's own reply texts was found.
//!
//! Sources: OVHcloud guide "Aggiungere un record MX alla configurazione di un dominio" and its DNS zone
//! guide ("10 mx1.mail.ovh.net corrisponde a uno dei server di posta OVHcloud"),
//! <https://github.com/ovh/docs/blob/master/pages/web/domains/dns_zone_mx/guide.it-it.md>.

use crate::data::{ProviderMarker, ProviderRule};
provider! {
    id: "ovh",
    name: "OVHcloud (MX Plan)",
    kind: Mailbox,
    help_url: "https://help.ovhcloud.com/",
    source: "https://github.com/ovh/docs/blob/master/pages/web/domains/dns_zone_mx/guide.it-it.md",
    checked: "2026-12-06",
    hosts: ["help.ovhcloud.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mx0.mail.ovh.net", Medium),
    marker!("mx1.mail.ovh.net", Medium),
    marker!("mx2.mail.ovh.net", Medium),
    marker!("mx3.mail.ovh.net", Medium),
    marker!("ssl0.ovh.net", Weak),
    marker!("mail.ovh.net", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
