//! T-Online (Deutsche Telekom, t-online.de): how to recognise its replies and what its own wording means.
//!
//! T-Online's refusals end with a tag in brackets (`(NOWL)`, `(BL)`, `(DIAL)`) and name a contact
//! address at rx.t-online.de. T-Online accepts mail only from servers with a known reputation.
//!
//! Sources:
//! - T-Online postmaster pages, https://postmaster.t-online.de/index.en.html.
//! - Hosting providers' pages quoting the replies: https://timmehosting.de/leitfaden-wenn-t-online-e-mails-blockiert-ursachen-und-loesungen
//!   (NOWL), https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html (BL),
//!   https://help.creoline.com/en/doc/t-online-554-dialuptransient-ip-not-allowed-zVwMz4z866 (DIAL).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "t_online",
    name: "T-Online (Deutsche Telekom)",
    kind: Mailbox,
    help_url: "https://postmaster.t-online.de/index.en.html",
    source: "https://postmaster.t-online.de/index.en.html",
    checked: "2026-12-05",
    hosts: ["postmaster.t-online.de"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("rx.t-online.de", Strong),
    marker!("postmaster.t-online.de", Strong),
    marker!("mx00.t-online.de", Medium),
    marker!("mx01.t-online.de", Medium),
    marker!("mx02.t-online.de", Medium),
    marker!("mx03.t-online.de", Medium),
    marker!("t-online.de", Weak),
    // T-Online's block notice, which names its postmaster address ("554 IP=1.2.3.4 - A problem
    // occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
    // ZoneMTA's bounce table https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt):
    // also when the host name is cut short.
    marker!("a problem occurred. (ask your postmaster for help or to contact", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("nowl_reputation", "none/bad reputation", "", SenderReputation, SenderAdmin, AfterFix, "https://postmaster.t-online.de/index.en.html", "https://timmehosting.de/leitfaden-wenn-t-online-e-mails-blockiert-ursachen-und-loesungen", "2026-12-05"),
    rule!("bl_blocked", "tosa@rx.t-online.de", "", SenderIpBlocked, SenderAdmin, AfterFix, "https://postmaster.t-online.de/index.en.html", "https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html", "2026-12-05"),
    rule!("dial_transient", "dialup/transient ip not allowed", "", SenderIpBlocked, SenderAdmin, AfterFix, "https://postmaster.t-online.de/index.en.html", "https://help.creoline.com/en/doc/t-online-554-dialuptransient-ip-not-allowed-zVwMz4z866", "2026-12-05"),
];
