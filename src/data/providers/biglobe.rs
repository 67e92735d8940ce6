//! BIGLOBE (Japanese ISP; also the inacatv, tmtv and ttv cable domains it hosts): how to recognise
//! its bounces. They come from `postmaster@*.biglobe.ne.jp` with the sections "The following
//! addresses had delivery problems" and "Non-delivered information".
//!
//! Sources: Sisimai's BIGLOBE module, which reads these bounces and quotes their two reasons,
//! <https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/biglobe.rb>.

use crate::data::{ProviderMarker, ProviderRule};
/// Sisimai's BIGLOBE module.
const SISIMAI_LHOST_BIGLOBE: &str = "https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/biglobe.rb";
provider! {
    id: "biglobe",
    name: "BIGLOBE",
    kind: Mailbox,
    help_url: "https://www.biglobe.ne.jp/",
    source: SISIMAI_LHOST_BIGLOBE,
    checked: "2026-12-06",
    hosts: ["www.biglobe.ne.jp"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("biglobe.ne.jp", Weak),
    marker!("inacatv.ne.jp", Weak),
    marker!("tmtv.ne.jp", Weak),
    marker!("ttv.ne.jp", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("mailbox_message_limit", "the number of messages in recipient's mailbox exceeded the local limit", "", MailboxFull, _, _, "", SISIMAI_LHOST_BIGLOBE, "2026-12-06"),
    rule!("user_unknown", "mail delivery failed... user unknown", "", MailboxUnknown, Sender, Never, "", SISIMAI_LHOST_BIGLOBE, "2026-12-06"),
];
