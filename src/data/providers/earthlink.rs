//! EarthLink (earthlink.net, mindspring.com, peoplepc.com): how to recognise its refusals and what
//! they mean.
//!
//! Sources:
//! - EarthLink Knowledgecenter, "Email Blocked by EarthLink" (article 35652):
//!   <https://support.earthlink.net/articles/email/email-blocked-by-earthlink.php>: "550 IP <ip> is
//!   blocked by EarthLink. Go to earthlink.net/block for details." EarthLink blocks IP addresses
//!   (never domains) after complaints, for dynamic addresses or industry listings.
//! - EarthLink's automatic answer from blockedbyearthlink@, quoted on the FreeBSD list
//!   (<https://lists.freebsd.org/pipermail/freebsd-doc/2009-October/016377.html>): "550 Dynamic/zombied/spam
//!   IPs blocked. Write blockedbyearthlink@...".

use crate::data::{ProviderMarker, ProviderRule};

/// EarthLink, "Email Blocked by EarthLink".
const EARTHLINK_BLOCKED: &str = "https://support.earthlink.net/articles/email/email-blocked-by-earthlink.php";

provider! {
    id: "earthlink",
    name: "EarthLink",
    kind: Mailbox,
    help_url: EARTHLINK_BLOCKED,
    source: EARTHLINK_BLOCKED,
    checked: "2026-12-06",
    hosts: ["support.earthlink.net"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("blocked by earthlink", Strong),
    marker!("earthlink.net/block", Strong),
    marker!("blockedbyearthlink", Strong),
    // MX hosts (mx1.earthlink.net ...) and the mail domains.
    marker!("earthlink.net", Weak),
    marker!("mindspring.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("ip_blocked", "is blocked by earthlink", "", SenderIpBlocked, SenderAdmin, AfterFix, EARTHLINK_BLOCKED, EARTHLINK_BLOCKED, "2026-12-06"),
    rule!("dynamic_zombied", "dynamic/zombied/spam ips blocked", "", SenderIpBlocked, SenderAdmin, AfterFix, EARTHLINK_BLOCKED, "https://lists.freebsd.org/pipermail/freebsd-doc/2009-October/016377.html", "2026-12-06"),
];
