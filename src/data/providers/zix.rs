//! Zix (ZixGateway, Zix Email Encryption; now OpenText): how to recognise it. Between two
//! ZixGateway customers, mail is wrapped and readdressed to `zixvpmgateway@zixvpm.<recipient
//! domain>`, so that address, and the `zixvpm` host, show up in refusals of such mail.
//!
//! Sources: ZixGateway help, "Mail Relay Parameters",
//! <https://www.zixhelp.com/zixgateway/4.3/Content/Mail_Relay_Parameters.htm>; the routing between
//! two ZixGateway customers as described with a real non-delivery report by Conetrix,
//! <https://conetrix.com/Blog/Tag/zixgateway>. No public list of its reply texts was found, so
//! this file has markers only.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "zix",
    name: "Zix Email Encryption (OpenText)",
    kind: Gateway,
    help_url: "https://www.zixhelp.com/zixgateway/4.3/Content/Mail_Relay_Parameters.htm",
    source: "https://conetrix.com/Blog/Tag/zixgateway",
    checked: "2026-12-06",
    hosts: ["www.zixhelp.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("zixvpmgateway", Medium),
    marker!("zixvpm", Weak),
    marker!("zixcorp.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
