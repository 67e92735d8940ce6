//! Basic reply codes of RFC 5321, RFC 821 and the SMTP extensions, sorted by code (checked by
//! a test). Meanings in plain words are in the catalog under `code.<code>`.
//!
//! Sources: RFC 5321 §4.2.2–§4.2.3 <https://www.rfc-editor.org/rfc/rfc5321>, RFC 821,
//! RFC 1870 (SIZE), RFC 1985 (ETRN), RFC 2645 (ATRN), RFC 3207 (STARTTLS), RFC 4954 (AUTH),
//! RFC 5248, RFC 7504 (521/556), RFC 2033 (LMTP), RFC 3030 (CHUNKING), RFC 4468 (BURL).

use super::BasicEntry;
use crate::taxonomy::Category as C;

macro_rules! basic {
    ($code:literal, $cat:ident, $title:literal, $source:literal) => {
        BasicEntry { code: $code, title: $title, source: $source, category: C::$cat }
    };
}

/// Every registered basic reply code, sorted by code.
#[rustfmt::skip]
pub static BASIC_CODES: &[BasicEntry] = &[
    basic!(250, Delivered,         "Requested mail action okay, completed", "RFC 5321 §4.2.2"),
    basic!(421, ServerUnavailable, "Service not available, closing transmission channel", "RFC 5321 §4.2.2"),
    basic!(550, PolicyRejected,    "Requested action not taken: mailbox unavailable", "RFC 5321 §4.2.2"),
];
