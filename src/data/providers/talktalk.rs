//! TalkTalk (UK ISP mail, with the old Tiscali UK domain): only its mail domains mark it.
//!
//! No rules: its replies are read by the generic tables.
//!
//! Checked 2026-12-06 against published pages (what each one shows):
//! - help page: "Managing TalkTalk Mail", https://community.talktalk.co.uk/t5/Articles/Managing-your-email-in-My-Account/ta-p/2204914.
//! - `talktalk.net`, `tiscali.co.uk`: the TalkTalk addresses named in the news of its paid mail
//!   ("@talktalk.net, @lineone.net, @tiscali.co.uk ..."),
//!   https://worldofsoftware.org/email-service-shutting-down-and-youll-be-cut-off-unless-you-pay-50-a-year/amp.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "talktalk",
    name: "TalkTalk",
    kind: Mailbox,
    help_url: "https://community.talktalk.co.uk/t5/Articles/Managing-your-email-in-My-Account/ta-p/2204914",
    source: "https://worldofsoftware.org/email-service-shutting-down-and-youll-be-cut-off-unless-you-pay-50-a-year/amp",
    checked: "2026-12-06",
    hosts: ["community.talktalk.co.uk"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("talktalk.net", Weak),
    marker!("tiscali.co.uk", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
