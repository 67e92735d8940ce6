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

#[allow(unused_imports)]
use crate::data::Strength as S;
use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// Proton's support page about SMTP errors.
const HELP: &str = "https://proton.me/support/smtp-errors";
/// Field report.
const RSPAMD_REPORT: &str = "https://github.com/rspamd/rspamd/issues/5098";
/// Date of the checks.
const TODAY: &str = "2026-11-28";

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "proton",
    name: "Proton Mail",
    kind: K::Mailbox,
    help_url: HELP,
    source: provenance!(HELP),
    checked: provenance!(TODAY),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["proton.me"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "mail.protonmail.ch", strength: S::Medium },
    ProviderMarker { pattern: "mailsec.protonmail.ch", strength: S::Medium },
    ProviderMarker { pattern: "protonmail.ch", strength: S::Weak },
    ProviderMarker { pattern: "protonmail.com", strength: S::Weak },
    ProviderMarker { pattern: "proton.me", strength: S::Weak },
    ProviderMarker { pattern: "pm.me", strength: S::Weak },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // "554 5.7.1 rejected by rspamd filter" from mailsec.protonmail.ch: Proton's spam filter.
    ProviderRule { id: "spam_filter", pattern: "rejected by rspamd filter", code: "",
                   category: C::SpamContent, who_acts: None, retry: None,
                   help_url: HELP, source: provenance!(RSPAMD_REPORT), checked: provenance!(TODAY) },
];
