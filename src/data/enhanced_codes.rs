//! The IANA "SMTP Enhanced Status Codes" registry (enumerated codes X.0.0 – X.7.30), sorted by
//! subject then detail (checked by a test). Registry:
//! <https://www.iana.org/assignments/smtp-enhanced-status-codes/>. Meanings in plain words are
//! in the catalog under `code.X.<subject>.<detail>`; subject meanings under `subject.<n>`.

use super::EnhancedEntry;
use crate::taxonomy::Category as C;

macro_rules! enhanced {
    ($subject:literal, $detail:literal, $cat:ident, $title:literal, [$($basic:literal),*], $source:literal) => {
        EnhancedEntry { subject: $subject, detail: $detail, title: $title, basic: &[$($basic),*],
                        source: $source, category: C::$cat, deprecated: false }
    };
    ($subject:literal, $detail:literal, $cat:ident, $title:literal, [$($basic:literal),*], $source:literal, deprecated) => {
        EnhancedEntry { subject: $subject, detail: $detail, title: $title, basic: &[$($basic),*],
                        source: $source, category: C::$cat, deprecated: true }
    };
}

/// Every enumerated code of the registry, sorted by (subject, detail).
#[rustfmt::skip]
pub static ENHANCED_CODES: &[EnhancedEntry] = &[
    enhanced!(0, 0, Unknown,        "Other undefined Status", [], "RFC 3463 §3.1"),
    enhanced!(1, 1, MailboxUnknown, "Bad destination mailbox address", [451, 550], "RFC 3463 §3.2"),
    enhanced!(2, 2, MailboxFull,    "Mailbox full", [552], "RFC 3463 §3.3"),
    enhanced!(7, 1, PolicyRejected, "Delivery not authorized, message refused", [451, 454, 502, 503, 533, 550, 551], "RFC 3463 §3.8"),
];
