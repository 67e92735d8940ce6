//! Rambler: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Rambler replies in the SMTP Field Manual data (540 "recipient address rejected: Inactive")
//! and Rambler's mail support form https://help.rambler.ru/feedback/mail/form/144. Field replies
//! name Rambler's inbound hosts: `inmx.rambler.ru` (Exim bounce quoted in
//! https://github.com/StepanBelko/web-appDecember, RegistrationServlet.java) and `mx13.rambler.ru`
//! behind the `imx1`/`imx2.rambler.ru` MX records (https://github.com/guileen/node-sendmail/issues/4).
//! Rambler's spam rejection "Spam message rejected; If this is not spam contact abuse" is the
//! default text of the rspamd/rmilter filter used by many servers, so it is not treated as
//! Rambler's own: only a Rambler host beside it names Rambler.

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "rambler",
    name: "Rambler",
    kind: K::Mailbox,
    help_url: "https://help.rambler.ru/feedback/mail/form/144",
    source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/540.json"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["help.rambler.ru"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "rambler-co.ru", strength: S::Medium },
    ProviderMarker { pattern: "imx1.rambler.ru", strength: S::Medium },
    ProviderMarker { pattern: "imx2.rambler.ru", strength: S::Medium },
    // Rambler's inbound host as it appears in Exim bounces ("host inmx.rambler.ru [81.19.78.65]").
    ProviderMarker { pattern: "inmx.rambler.ru", strength: S::Medium },
    ProviderMarker { pattern: "rambler.ru", strength: S::Weak },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "inactive", pattern: "recipient address rejected: inactive", code: "540", category: C::MailboxDisabled,
                   who_acts: None, retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/540.json"), checked: provenance!("2026-11-28") },
];
