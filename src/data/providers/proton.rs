//! Proton Mail: how to recognise its replies and what its own codes and wording mean.
//!
//! Proton's page of SMTP errors exists but its text could not be read from the stored copies,
//! so no meaning below rests on it; the one rule comes from a public field report. Proton's
//! MX hosts are `mail.protonmail.ch` and `mailsec.protonmail.ch`.
//!
//! Sources:
//! - Proton support, SMTP errors: <https://proton.me/support/smtp-errors> (page seen, content
//!   not verified).
//! - Field report of a refusal by Proton's MX: <https://github.com/rspamd/rspamd/issues/5098>.
//! - Field transcripts naming Proton's hosts: inbound `mailin*.protonmail.ch` behind
//!   `mailsec.protonmail.ch` (<https://github.com/jeremydumais/CPP-SMTPClient-library/issues/57>)
//!   and submission `mailsub*.protonmail.ch` behind `smtp.protonmail.ch`
//!   (<https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/65>). Both are stock Postfix
//!   replies, so they need no Proton rule.

use crate::data::citations::PROTON_SMTP_ERRORS;
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "proton",
    name: "Proton Mail",
    kind: Mailbox,
    help_url: PROTON_SMTP_ERRORS,
    source: PROTON_SMTP_ERRORS,
    checked: "2026-11-28",
    hosts: ["proton.me"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("mail.protonmail.ch", Medium),
    marker!("mailsec.protonmail.ch", Medium),
    marker!("protonmail.ch", Weak),
    marker!("protonmail.com", Weak),
    marker!("proton.me", Weak),
    marker!("pm.me", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // "554 5.7.1 rejected by rspamd filter" from mailsec.protonmail.ch: Proton's spam filter.
    rule!("spam_filter", "rejected by rspamd filter", "", SpamContent, _, _, PROTON_SMTP_ERRORS, "https://github.com/rspamd/rspamd/issues/5098", "2026-11-28"),
];
