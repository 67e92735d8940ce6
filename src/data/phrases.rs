//! Reply wording that tells the category or the SMTP stage. Patterns are lowercase and match
//! ASCII-case-insensitively on word boundaries; all of them (with the provider, blocklist and
//! client tables) go into one automaton that scans the input once.
//!
//! Sources: the common phrasings of Postfix, Exim, Sendmail, Exchange and the big providers as
//! documented in their manuals and help pages, and as seen in public bounce datasets (Sisimai
//! `set-of-emails`, the SMTP Field Manual); non-English phrasings from the same datasets.

use super::{PhraseRule, StagePhrase, Strength as S};
use crate::taxonomy::{Category as C, Stage};

macro_rules! phrase {
    ($pattern:literal, $cat:ident, $strength:ident) => {
        PhraseRule { pattern: $pattern, category: C::$cat, strength: S::$strength, lang: "en" }
    };
    ($pattern:literal, $cat:ident, $strength:ident, $lang:literal) => {
        PhraseRule { pattern: $pattern, category: C::$cat, strength: S::$strength, lang: $lang }
    };
}

/// Phrases that point at a category.
#[rustfmt::skip]
pub static PHRASES: &[PhraseRule] = &[
    phrase!("user unknown", MailboxUnknown, Strong),
    phrase!("does not exist", MailboxUnknown, Medium),
    phrase!("mailbox full", MailboxFull, Strong),
    phrase!("too many recipients this hour", RateLimited, Strong),
    phrase!("benutzer unbekannt", MailboxUnknown, Strong, "de"),
];

/// Wording that says which command the reply answered.
#[rustfmt::skip]
pub static STAGE_PHRASES: &[StagePhrase] = &[
    StagePhrase { pattern: "in reply to rcpt to command", stage: Stage::RcptTo },
    StagePhrase { pattern: "in reply to mail from command", stage: Stage::MailFrom },
    StagePhrase { pattern: "in reply to end of data command", stage: Stage::EndOfData },
    StagePhrase { pattern: "in reply to data command", stage: Stage::Data },
    StagePhrase { pattern: "after rcpt to", stage: Stage::RcptTo },
    StagePhrase { pattern: "after mail from", stage: Stage::MailFrom },
    StagePhrase { pattern: "after end of data", stage: Stage::EndOfData },
];

/// Reply texts that give no reason at all: when the whole text is one of these (ignoring
/// case, punctuation and provider tags), the explanation says the server did not say why.
pub static NO_REASON_TEXTS: &[&str] = &[
    "command rejected",
    "rejected",
    "requested action not taken",
    "access denied",
    "transaction failed",
    "service unavailable",
];
