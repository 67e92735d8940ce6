//! SoftBank mobile mail (i.softbank.jp, softbank.ne.jp): how to recognise its replies.
//!
//! SoftBank's replies use generic wording ("550 Invalid recipient", "553 <domain> does not exist"
//! for a sender domain without DNS records), left to the generic tables. Mail caught by the user's
//! own filters is accepted and dropped without a bounce.
//!
//! Sources: a Japanese sender's notes on SoftBank's replies, https://note.com/sendmagic/n/n5afbf98aeb25.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "softbank",
    name: "SoftBank mobile mail",
    kind: Mailbox,
    help_url: "https://www.softbank.jp/",
    source: "https://note.com/sendmagic/n/n5afbf98aeb25",
    checked: "2026-12-05",
    hosts: ["www.softbank.jp"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("i.softbank.jp", Weak),
    marker!("softbank.ne.jp", Weak),
    // Its older mobile domains (Vodafone Japan's x.vodafone.ne.jp, jp-d.ne.jp, disney.ne.jp), as
    // grouped under SoftBank in bounceHammer's tests:
    // https://github.com/yaslama/bouncehammer/blob/master/t/050_mail.t.
    marker!("vodafone.ne.jp", Weak),
    marker!("jp-d.ne.jp", Weak),
    marker!("disney.ne.jp", Weak),
    // Mail domains and client server names (IMAP/POP/SMTP hosts) that Thunderbird's ISPDB
    // lists for this provider; they tell who answered only inside the reply (a client error
    // naming the server, a bounce whose recipient is at one of them): Weak.
    // https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/i.softbank.jp.xml
    // SoftBank's inbound MX for i.softbank.jp (mx.mailsv.softbank.jp), the host named in its
    // refusals in https://github.com/sisimai/set-of-emails/blob/master/maildir/err/make-test-13.eml
    // and make-test-14.eml.
    marker!("mailsv.softbank.jp", Medium),
    marker!("imap.softbank.jp", Weak),
    marker!("smtp.softbank.jp", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
