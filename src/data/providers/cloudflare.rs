//! Cloudflare Email Routing, which receives mail for a domain and forwards it: how to recognise its
//! replies and what its own wording means. Its inbound servers are named `*.mx.cloudflare.net`.
//!
//! Sources: Cloudflare's Email Routing postmaster page, https://developers.cloudflare.com/email-routing/postmaster/
//! (not reachable from here); Sisimai's Cloudflare table (facts only, with a sample reply),
//! https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/cloudflare.rb.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "cloudflare",
    name: "Cloudflare Email Routing",
    kind: Mailbox,
    help_url: "https://developers.cloudflare.com/email-routing/postmaster/",
    source: "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/cloudflare.rb",
    checked: "2026-12-05",
    hosts: ["developers.cloudflare.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mx.cloudflare.net", Weak),
    marker!("developers.cloudflare.com/email-routing", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("dnsbl_listed", "found on one or more dnsbls", "", SenderBlocklisted, SenderAdmin, AfterFix, "https://developers.cloudflare.com/email-routing/postmaster/", "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/cloudflare.rb", "2026-12-05"),
    rule!("rbl_listed", "found on one or more rbls", "", SenderBlocklisted, SenderAdmin, AfterFix, "https://developers.cloudflare.com/email-routing/postmaster/", "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/cloudflare.rb", "2026-12-05"),
    rule!("upstream_error", "upstream error, please check", "", ServerError, Nobody, Automatic, "https://developers.cloudflare.com/email-routing/postmaster/", "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/cloudflare.rb", "2026-12-05"),
];
