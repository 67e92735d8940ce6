//! Sophos Email (Sophos Central Email gateway): how to recognise its replies and what its own codes mean.
//!
//! Sophos Email names the reason of a refusal with an `XGEMAIL_nnnn` code, documented on its
//! "SMTP error codes" page. It also limits outgoing mail ("554 5.7.28 Mail flood detected").
//!
//! Sources:
//! - Sophos, "SMTP error codes": https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html.
//! - Sophos Community, outbound mail refused with 554 5.7.28 Mail flood detected:
//!   https://community.sophos.com/sophos-email/f/recommended-reads/136256/sophos-email-outbound-emails-bounced-with-554-5-7-28-mail-flood-detected.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "sophos",
    name: "Sophos Email",
    kind: Gateway,
    help_url: "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html",
    source: "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html",
    checked: "2026-12-05",
    hosts: ["docs.sophos.com", "community.sophos.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("xgemail_*", Strong),
    // Sophos Central Email's inbound MX hosts (mx-01-eu-central-1.prod.hydra.sophos.com ...), as
    // matched in https://github.com/JohnDuprey/DNSHealth (DNSHealth/MailProviders/Sophos.json,
    // citing Sophos' own set-up guide).
    marker!("prod.hydra.sophos.com", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("xgemail_0001", "xgemail_0001", "", SenderAuthentication, SenderAdmin, AfterFix, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0002", "xgemail_0002", "", SenderAuthentication, SenderAdmin, AfterFix, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0003", "xgemail_0003", "", SenderAuthentication, SenderAdmin, AfterFix, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0004", "xgemail_0004", "", SenderBlocklisted, SenderAdmin, AfterFix, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0005", "xgemail_0005", "", SenderBlocklisted, SenderAdmin, AfterFix, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0006", "xgemail_0006", "", TlsRequired, RecipientAdmin, AfterFix, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0007", "xgemail_0007", "", ReceiverMisconfigured, RecipientAdmin, Later, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0008", "xgemail_0008", "", SenderRejected, Recipient, Never, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0009", "xgemail_0009", "", SenderRejected, Recipient, Never, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0010", "xgemail_0010", "", ReceiverMisconfigured, RecipientAdmin, AfterFix, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0011", "xgemail_0011", "", MailboxUnknown, _, _, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0012", "xgemail_0012", "", MessageTooLarge, _, _, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0013", "xgemail_0013", "", TooManyRecipients, _, _, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0014", "xgemail_0014", "", RateLimited, Nobody, Automatic, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("xgemail_0015", "xgemail_0015", "", RateLimited, Nobody, Automatic, "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html", "2026-12-05"),
    rule!("mail_flood", "mail flood detected", "5.7.28", RateLimited, Sender, Later, "https://community.sophos.com/sophos-email/f/recommended-reads/136256/sophos-email-outbound-emails-bounced-with-554-5-7-28-mail-flood-detected", "https://community.sophos.com/sophos-email/f/recommended-reads/136256/sophos-email-outbound-emails-bounced-with-554-5-7-28-mail-flood-detected", "2026-12-05"),
];
