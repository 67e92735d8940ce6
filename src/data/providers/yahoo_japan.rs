//! Yahoo! JAPAN Mail (yahoo.co.jp), run separately from Yahoo Inc.'s mail: how to recognise it.
//!
//! Yahoo! JAPAN's help explains that it refuses SMTP connections from open relays, open proxies and
//! dynamic IP addresses; its reply texts are not listed there, so there are no rules.
//!
//! Sources: https://www.yahoo-help.jp/app/answers/detail/p/565/a_id/47542.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "yahoo_japan",
    name: "Yahoo! JAPAN Mail",
    kind: Mailbox,
    help_url: "https://www.yahoo-help.jp/app/answers/detail/p/565/a_id/47542",
    source: "https://www.yahoo-help.jp/app/answers/detail/p/565/a_id/47542",
    checked: "2026-12-05",
    hosts: ["www.yahoo-help.jp"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("yahoo.co.jp", Weak),
    // Its inbound MX hosts (mx1 ... mx5.mail.yahoo.co.jp; "host mx2.mail.yahoo.co.jp[...] said: 554
    // Message not allowed", https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-postfix-68.eml).
    marker!("mail.yahoo.co.jp", Medium),
    // Yahoo! JAPAN's help site, which its refusals link to (https://www.yahoo-help.jp/app/answers/detail/a_id/80870/p/622,
    // in https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-postfix-68.eml).
    marker!("yahoo-help.jp", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
