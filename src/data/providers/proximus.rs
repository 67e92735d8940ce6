//! Proximus (Belgian ISP mail, also skynet.be): how to recognise its replies and what its own
//! wording means.
//!
//! Proximus blocks an IP address that sent spam and answers it with "554 Access denied - Under
//! investigation for spam abuse. Contact your email provider for more info"; its help page explains
//! the block and the removal request, and its e-mail guidelines list what its servers refuse
//! (open relays, dynamic IP addresses, no reverse DNS, lists with many unknown users).
//!
//! Sources: Proximus support, "Your IP address is in our blacklist",
//! <https://www.proximus.be/support/en/id_sfaqs_mail_blacklist/self-employed-and-small-companies/support/internet/e-mails/problems-with-your-mailbox/your-ip-address-is-in-our-blacklist.html>
//! (the reply text, relay.proximus.be as the customers' outgoing server); Proximus e-mail
//! guidelines, <https://www.proximus.be/en/id_cr_emailguidelines/personal/products/orphans/legal-information/e-mail-guidelines.html>.

use crate::data::{ProviderMarker, ProviderRule};

const PROXIMUS_BLACKLIST: &str = "https://www.proximus.be/support/en/id_sfaqs_mail_blacklist/self-employed-and-small-companies/support/internet/e-mails/problems-with-your-mailbox/your-ip-address-is-in-our-blacklist.html";

provider! {
    id: "proximus",
    name: "Proximus",
    kind: Mailbox,
    help_url: PROXIMUS_BLACKLIST,
    source: PROXIMUS_BLACKLIST,
    checked: "2026-12-06",
    hosts: ["www.proximus.be"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Its refusal of a blocked IP address, as its help page quotes it.
    marker!("under investigation for spam abuse", Strong),
    // The outgoing server of its customers (the help page), and its mail domains.
    marker!("relay.proximus.be", Medium),
    marker!("proximus.be", Weak),
    marker!("skynet.be", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("spam_abuse_block", "under investigation for spam abuse", "", SenderIpBlocked, SenderAdmin, AfterFix, PROXIMUS_BLACKLIST, PROXIMUS_BLACKLIST, "2026-12-06"),
];
