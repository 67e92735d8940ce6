//! Sohu Mail (sohu.com): how to recognise its replies.
//!
//! Sohu publishes no list of reply codes that could be reached from here; its host names tell that
//! it answered.
//!
//! Sources: the Sohu SMTP host in https://github.com/lichao20000/onlinefile
//! (MailServerAddressEntity.java).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "sohu",
    name: "Sohu Mail",
    kind: Mailbox,
    help_url: "https://mail.sohu.com/",
    source: "https://github.com/lichao20000/onlinefile/blob/master/onlinefile-parent/onlinefile-entity/src/main/java/cn/flying/rest/onlinefile/entity/MailServerAddressEntity.java",
    checked: "2026-12-05",
    hosts: ["mail.sohu.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("smtp.sohu.com", Weak),
    marker!("sohu.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
