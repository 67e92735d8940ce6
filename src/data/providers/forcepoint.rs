//! Forcepoint Email Security Cloud (formerly Websense / Mailcontrol), a filtering gateway in front
//! of mail servers: how to recognise it. Customers' MX records point to customer-specific hosts
//! under `in.mailcontrol.com`; the service sends from `out.mailcontrol.com` (DKIM keys are CNAMEs
//! to `fpkeyNNN-1._domainkey.out.mailcontrol.com`).
//!
//! Sources: Forcepoint Email Security Cloud help, "DNS records and service IP addresses",
//! <https://help.forcepoint.com/fpone/cloud-web/onlinehelp/guid-dec7d861-339e-4e66-b15a-c9dda594e081.html>
//! (the customer-specific MX records and `out.mailcontrol.com`), and "Message Size",
//! <https://help.forcepoint.com/fpone/cloud-web/onlinehelp/guid-0aae881d-afc1-439c-8c5c-7dd782d548ff.html>
//! (mail above the global size limit is refused with a failed-delivery code and no notice). Its
//! refusals name the filter class that refused, as in "554 5.7.1 Message Rejected Class=size
//! limit=15728640 Subclass=reject size=18571048" (a public bounce from `*.in.mailcontrol.com`,
//! https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/main/t/corpus/message-too-large-6.msg).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "forcepoint",
    name: "Forcepoint Email Security",
    kind: Gateway,
    help_url: "https://help.forcepoint.com/fpone/cloud-web/onlinehelp/guid-0aae881d-afc1-439c-8c5c-7dd782d548ff.html",
    source: "https://help.forcepoint.com/fpone/cloud-web/onlinehelp/guid-dec7d861-339e-4e66-b15a-c9dda594e081.html",
    checked: "2026-12-06",
    hosts: ["help.forcepoint.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Inbound (MX) hosts only take mail for Forcepoint's customers.
    marker!("in.mailcontrol.com", Medium),
    // Outbound hosts show up in Received headers of ordinary mail too.
    marker!("mailcontrol.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("class_size", "class=size", "", MessageTooLarge, Sender, AfterFix, "https://help.forcepoint.com/fpone/cloud-web/onlinehelp/guid-0aae881d-afc1-439c-8c5c-7dd782d548ff.html", "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/main/t/corpus/message-too-large-6.msg", "2026-12-06"),
];
