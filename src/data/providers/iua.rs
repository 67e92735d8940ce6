//! I.UA (i.ua, email.ua; Ukrainian mail service): how to recognise its replies and what its own
//! error numbers mean. Its refusals link to `https://mail.i.ua/err/<N>/`, one page per reason.
//!
//! Sources: the table of those error pages as kept in Sisimai's I.UA module,
//! <https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/rhost/iua.rb>
//! (1 SMTP as mail gate forbidden, 2 user not found, 3 mailbox unused for more than 3 months, 4
//! mailbox full, 5 sending limit exceeded, 6 use your provider's SMTP, 7 wrong HELO/EHLO, 8 sender
//! address could not be checked, 9 sender IP blacklisted, 10 not in the recipient's address list),
//! and the inbound hosts `mx*.email.ua` named there.

use crate::data::{ProviderMarker, ProviderRule};
/// Sisimai's table of I.UA's error pages.
const IUA_RHOST: &str = "https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/rhost/iua.rb";
provider! {
    id: "iua",
    name: "I.UA",
    kind: Mailbox,
    help_url: "https://mail.i.ua/err/3/",
    source: IUA_RHOST,
    checked: "2026-12-06",
    hosts: ["mail.i.ua"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mail.i.ua/err/", Strong),
    marker!("email.ua", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("err1_gate", "i.ua/err/1/", "", RelayDenied, SenderAdmin, AfterFix, "", IUA_RHOST, "2026-12-06"),
    rule!("err2_user_unknown", "i.ua/err/2/", "", MailboxUnknown, Sender, Never, "", IUA_RHOST, "2026-12-06"),
    rule!("err3_frozen", "i.ua/err/3/", "", MailboxDisabled, _, Never, "", IUA_RHOST, "2026-12-06"),
    rule!("err4_full", "i.ua/err/4/", "", MailboxFull, _, _, "", IUA_RHOST, "2026-12-06"),
    rule!("err5_limit", "i.ua/err/5/", "", RateLimited, SenderAdmin, Later, "", IUA_RHOST, "2026-12-06"),
    rule!("err6_use_provider", "i.ua/err/6/", "", SenderIpBlocked, Sender, AfterFix, "", IUA_RHOST, "2026-12-06"),
    rule!("err7_helo", "i.ua/err/7/", "", ReverseDns, SenderAdmin, AfterFix, "", IUA_RHOST, "2026-12-06"),
    rule!("err8_sender_check", "i.ua/err/8/", "", SenderRejected, SenderAdmin, AfterFix, "", IUA_RHOST, "2026-12-06"),
    rule!("err9_ip_blacklisted", "i.ua/err/9/", "", SenderIpBlocked, SenderAdmin, AfterFix, "", IUA_RHOST, "2026-12-06"),
    rule!("err10_not_in_list", "i.ua/err/10/", "", PolicyRejected, Recipient, AfterFix, "", IUA_RHOST, "2026-12-06"),
];
