//! mailbox.org (Heinlein Support's mail service, Berlin): how to recognise it. Only its mail domain
//! marks it; no public list of its reply texts or MX host names was found in its knowledge base.
//!
//! Sources: mailbox.org knowledge base, "Using e-mails with a custom domain",
//! <https://kb.mailbox.org/en/private/custom-domains/using-e-mails-with-a-custom-domain>.

use crate::data::{ProviderMarker, ProviderRule};
provider! {
    id: "mailbox_org",
    name: "mailbox.org",
    kind: Mailbox,
    help_url: "https://kb.mailbox.org/en/private/custom-domains/using-e-mails-with-a-custom-domain",
    source: "https://kb.mailbox.org/en/private/custom-domains/using-e-mails-with-a-custom-domain",
    checked: "2026-12-06",
    hosts: ["kb.mailbox.org"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mailbox.org", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
