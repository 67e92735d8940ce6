//! NTT docomo mobile mail (docomo.ne.jp): how to recognise its replies and what its own wording means.
//!
//! Sources: a Japanese sender's notes on docomo's replies (552 Too much mail data = mailbox full),
//! https://note.com/sendmagic/n/neb6bbe7e51cf; Sisimai's docomo table (facts only), https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/NTTDOCOMO.pm,
//! and the real bounces from mfsmax.docomo.ne.jp in Sisimai's set of emails
//! (https://github.com/sisimai/set-of-emails, maildir/bsd/rhost-nttdocomo-*.eml).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "docomo",
    name: "NTT docomo",
    kind: Mailbox,
    help_url: "https://www.docomo.ne.jp/",
    source: "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/NTTDOCOMO.pm",
    checked: "2026-12-05",
    hosts: ["www.docomo.ne.jp"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mfsmax.docomo.ne.jp", Strong),
    marker!("docomo.ne.jp", Weak),
    // docomo's mopera (ISP) mail domain, grouped under NTT docomo in bounceHammer's tests:
    // https://github.com/yaslama/bouncehammer/blob/master/t/050_mail.t.
    marker!("mopera.ne.jp", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("too_much_mail_data", "too much mail data", "552", MailboxFull, Recipient, Later, "", "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/NTTDOCOMO.pm", "2026-12-05"),
];
