//! Telstra BigPond mail (bigpond.com, bigpond.net.au, telstra.com): how to recognise its replies.
//!
//! BigPond's outgoing servers greet with "BigPond Outbound" and refuse addresses on Spamhaus lists.
//!
//! Sources: Telstra CrowdSupport, "Why is my email being blacklisted?" (with BigPond's refusals),
//! https://crowdsupport.telstra.com.au/t5/broadband-nbn/why-is-my-email-being-blacklisted/ta-p/76234.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "telstra",
    name: "Telstra (BigPond)",
    kind: Mailbox,
    help_url: "https://crowdsupport.telstra.com.au/t5/broadband-nbn/why-is-my-email-being-blacklisted/ta-p/76234",
    source: "https://crowdsupport.telstra.com.au/t5/broadband-nbn/why-is-my-email-being-blacklisted/ta-p/76234",
    checked: "2026-12-05",
    hosts: ["crowdsupport.telstra.com.au"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("bigpond outbound", Strong),
    // BigPond's content-filter tags in its 5.7.1 spam refusals ("IB703", "IB704x"), as quoted in
    // https://www.suped.com/learn/email-deliverability/why-are-bigpond-emails-bouncing-with-a-content-based-spam-reason.
    marker!("ib703", Strong),
    marker!("ib704*", Strong),
    // The same family on a 5.1.1 refusal from extmail.bigpond.com, https://pastebin.com/hLKNgCBD.
    marker!("ib603*", Strong),
    marker!("bigpond.com", Weak),
    marker!("bigpond.net.au", Weak),
    marker!("telstra.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
