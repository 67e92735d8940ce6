//! SFR Mail (sfr.fr, neuf.fr, numericable.fr, club-internet.fr and SFR's other domains, all
//! behind smtp-in.sfr.fr): how to recognise its replies and what its own codes mean.
//!
//! SFR names the reason of a block with a code `SFR_IN_xyz`: the first digit is internal to SFR, the
//! last two give the reason (01 spam, 02 virus, 03 SMTP errors, 04 unknown recipients, 05 volume).
//! Each block lasts about two hours. Only the codes seen with a first digit 1 are rows here.
//!
//! Sources: https://www.postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx/ and
//! https://bentonow.com/smtp-errors/sfr (deliverability consultants' pages on SFR's codes).

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "sfr",
    name: "SFR Mail",
    kind: Mailbox,
    help_url: "https://www.sfr.fr/",
    source: "https://www.postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx/",
    checked: "2026-12-05",
    hosts: ["www.sfr.fr"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("sfr_in_*", Strong),
    marker!("smtp-in.sfr.fr", Medium),
    marker!("sfr.fr", Weak),
    marker!("neuf.fr", Weak),
    marker!("numericable.fr", Weak),
    marker!("club-internet.fr", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("sfr_in_101", "sfr_in_101", "", SenderReputation, SenderAdmin, Later, "", "https://www.postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx/", "2026-12-05"),
    rule!("sfr_in_102", "sfr_in_102", "", SenderReputation, SenderAdmin, Later, "", "https://www.postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx/", "2026-12-05"),
    rule!("sfr_in_103", "sfr_in_103", "", ProtocolSyntax, SenderAdmin, Later, "", "https://www.postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx/", "2026-12-05"),
    rule!("sfr_in_104", "sfr_in_104", "", SenderReputation, SenderAdmin, Later, "", "https://www.postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx/", "2026-12-05"),
    rule!("sfr_in_105", "sfr_in_105", "", RateLimited, SenderAdmin, Later, "", "https://www.postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx/", "2026-12-05"),
];
