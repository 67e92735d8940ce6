//! Infomaniak (Swiss mail and hosting provider): how to recognise its replies.
//!
//! Sources: Infomaniak knowledge base, linking an external website to an Infomaniak mailbox (the
//! MX is `mta-gw.infomaniak.ch`, SPF `include:spf.infomaniak.ch`):
//! <https://www.infomaniak.com/en/support/faq/search?page=3&q=dns>; and its guide on RBL blocks,
//! where Infomaniak's own block of a sending address reads "<address> is rbl blacklisted -
//! http://chk.me/rbl": <https://infomaniak.com/en/support/faq/admin2/email-service?i=9>.

use crate::data::{ProviderMarker, ProviderRule};

/// Infomaniak knowledge base, RBL blocks.
const INFOMANIAK_RBL: &str = "https://infomaniak.com/en/support/faq/admin2/email-service?i=9";

provider! {
    id: "infomaniak",
    name: "Infomaniak",
    kind: Mailbox,
    help_url: INFOMANIAK_RBL,
    source: "https://www.infomaniak.com/en/support/faq/search?page=3&q=dns",
    checked: "2026-12-06",
    hosts: ["infomaniak.com", "www.infomaniak.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("chk.me/rbl", Strong),
    marker!("mta-gw.infomaniak.ch", Medium),
    marker!("infomaniak.ch", Weak),
    marker!("infomaniak.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // "anna.a@domain.xyz is rbl blacklisted - http://chk.me/rbl": Infomaniak's own block of the
    // sending address after suspicious activity (bulk or unsolicited mail, phishing).
    rule!("address_rbl_blacklisted", "is rbl blacklisted", "", SenderAccountBlocked, Sender, AfterFix, INFOMANIAK_RBL, INFOMANIAK_RBL, "2026-12-06"),
];
