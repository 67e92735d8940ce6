//! au by KDDI mobile mail (au.com, ezweb.ne.jp, and uqmobile.jp through the same servers): how to
//! recognise its replies.
//!
//! Sources: Sisimai's KDDI table (facts only, host names msmx.au.com and lsean.ezweb.ne.jp),
//! https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/KDDI.pm, and real bounces
//! from lsean.ezweb.ne.jp in https://github.com/sisimai/set-of-emails (maildir/bsd).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "au_kddi",
    name: "au (KDDI)",
    kind: Mailbox,
    help_url: "https://www.au.com/support/",
    source: "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/KDDI.pm",
    checked: "2026-12-05",
    hosts: ["www.au.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("lsean.ezweb.ne.jp", Strong),
    marker!("msmx.au.com", Strong),
    marker!("ezweb.ne.jp", Weak),
    // KDDI's au one net and DION mail domains, named in Sisimai's KDDI module
    // (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/kddi.rb).
    marker!("auone-net.jp", Weak),
    marker!("dion.ne.jp", Weak),
    marker!("au.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
