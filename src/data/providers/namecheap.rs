//! Namecheap Private Email, a hosted mailbox service: how to recognise it by its hosts. Domains that
//! use it point their MX records to `mx1.privateemail.com` and `mx2.privateemail.com`; mail programs
//! send through `mail.privateemail.com`. This file has host names only: no public list of its reply
//! texts was found.
//!
//! Sources: Namecheap knowledge base, "What does Namecheap Private Email DNS verification imply?",
//! <https://namecheap.com/support/knowledgebase/article.aspx/1262/2176/what-does-namecheap-private-email-dns-verification-imply>.

use crate::data::{ProviderMarker, ProviderRule};
provider! {
    id: "namecheap",
    name: "Namecheap Private Email",
    kind: Mailbox,
    help_url: "https://namecheap.com/support/knowledgebase/article.aspx/1262/2176/what-does-namecheap-private-email-dns-verification-imply",
    source: "https://namecheap.com/support/knowledgebase/article.aspx/1262/2176/what-does-namecheap-private-email-dns-verification-imply",
    checked: "2026-12-06",
    hosts: ["namecheap.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mx1.privateemail.com", Medium),
    marker!("mx2.privateemail.com", Medium),
    marker!("privateemail.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
