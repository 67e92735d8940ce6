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

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "rambler",
    name: "Rambler",
    kind: Mailbox,
    help_url: "https://help.rambler.ru/feedback/mail/form/144",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/540.json",
    checked: "2026-11-28",
    hosts: ["help.rambler.ru"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("rambler-co.ru", Medium),
    marker!("imx1.rambler.ru", Medium),
    marker!("imx2.rambler.ru", Medium),
    // Rambler's inbound host as it appears in Exim bounces ("host inmx.rambler.ru [81.19.78.65]").
    marker!("inmx.rambler.ru", Medium),
    marker!("rambler.ru", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("inactive", "recipient address rejected: inactive", "540", MailboxDisabled, _, _, "", "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/540.json", "2026-11-28"),
];
