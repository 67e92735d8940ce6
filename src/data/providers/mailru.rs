//! Mail.ru: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Mail.ru postmaster help https://help.mail.ru/mail-help/postmaster, the unblock form linked
//! from its spam rejections (help.mail.ru/notspam-support), and Mail.ru replies in the SMTP Field
//! Manual data (https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json).

use crate::data::{Provider, ProviderKind as K, ProviderMarker, ProviderRule};
#[allow(unused_imports)]
use crate::data::Strength as S;
#[allow(unused_imports)]
use crate::taxonomy::{Category as C, Retry, WhoActs};

/// The provider.
pub static PROVIDER: Provider = Provider {
    id: "mailru",
    name: "Mail.ru",
    kind: K::Mailbox,
    help_url: "https://help.mail.ru/mail-help/postmaster",
    source: provenance!("https://help.mail.ru/mail-help/postmaster"),
    checked: provenance!("2026-11-28"),
};

/// Hosts of this provider's official pages that explanations may link to (https only).
pub static HOSTS: &[&str] = &["help.mail.ru"];

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    ProviderMarker { pattern: "notspam-support", strength: S::Strong },
    ProviderMarker { pattern: "mxs.mail.ru", strength: S::Medium },
    ProviderMarker { pattern: "corp.mail.ru", strength: S::Medium },
    ProviderMarker { pattern: "help.mail.ru", strength: S::Medium },
    ProviderMarker { pattern: "mail.ru", strength: S::Weak },
    ProviderMarker { pattern: "inbox.ru", strength: S::Weak },
    ProviderMarker { pattern: "list.ru", strength: S::Weak },
    ProviderMarker { pattern: "bk.ru", strength: S::Weak },
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    ProviderRule { id: "spam_rejected", pattern: "notspam-support", code: "", category: C::SpamContent,
                   who_acts: None, retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "account_disabled", pattern: "is unavailable: account is disabled", code: "", category: C::MailboxDisabled,
                   who_acts: None, retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "user_terminated", pattern: "is unavailable: user is terminated", code: "", category: C::MailboxDisabled,
                   who_acts: None, retry: None,
                   help_url: "",
                   source: provenance!("https://github.com/manyuanrong/deno-smtp/issues/45"), checked: provenance!("2026-11-28") },
    ProviderRule { id: "sending_disabled", pattern: "message sending for this account is disabled", code: "", category: C::SenderAccountBlocked,
                   who_acts: None, retry: None,
                   help_url: "",
                   source: provenance!("https://mailout.ru/2015/09"), checked: provenance!("2026-11-28") },
];
