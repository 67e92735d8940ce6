//! Trend Micro: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Trend Micro Email Reputation Services lookup https://servicecentral.trendmicro.com/en-US/ers/
//! (ERS, with the RBL+ list of the former MAPS, r.mail-abuse.com; the ERS zones are rows of
//! `src/data/blocklists.rs`), and the Hosted Email Security recipient-rejection tokens in the SMTP
//! Field Manual data (https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json),
//! with Trend Micro's articles https://success.trendmicro.com/solution/1055758 and
//! https://success.trendmicro.com/solution/1120618; Trend Micro Email Security's European inbound
//! host prefilter.emailsecurity.trendmicro.eu, in a published Postfix session log,
//! https://pastebin.com/FDxUpD6Y.

use crate::data::citations::{FIELD_MANUAL_554, TRENDMICRO_ERS};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "trendmicro",
    name: "Trend Micro",
    kind: Gateway,
    help_url: TRENDMICRO_ERS,
    source: TRENDMICRO_ERS,
    checked: "2026-11-28",
    hosts: ["servicecentral.trendmicro.com", "success.trendmicro.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("trendmicro.com", Medium),
    // Email Security inbound (EU) host (pastebin.com/FDxUpD6Y).
    marker!("emailsecurity.trendmicro.eu", Medium),
    marker!("trendmicro.eu", Weak),
    // The notice of Worry-Free Business Security's Email Reputation feature on the receiving
    // side (https://success.trendmicro.com/solution/1056643-valid-emails-are-blocked-by-the-email-reputation-feature-of-worry-free-business-security-wfbs).
    marker!("blocked by trend micro email reputation service", Strong),
    // Deep Discovery Email Inspector's sender-filtering replies, "421 Block temporarily (Sender
    // Filtering/Authentication)" and "521 Block permanently (...)" (https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes).
    marker!("sender filtering/authentication", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("block_sender", "block-send-er", "", SenderRejected, RecipientAdmin, AfterFix, "https://success.trendmicro.com/solution/1055758", FIELD_MANUAL_554, "2026-11-28"),
    rule!("block_rcpt", "block-rcpt", "", PolicyRejected, RecipientAdmin, AfterFix, "", FIELD_MANUAL_554, "2026-11-28"),
    rule!("invalid_recipient", "recipient address rejected: invalid-recipient", "", MailboxUnknown, _, _, "", FIELD_MANUAL_554, "2026-11-28"),
    rule!("no_domain", "recipient address rejected: no-domain", "", ReceiverMisconfigured, RecipientAdmin, AfterFix, "https://success.trendmicro.com/solution/1120618-send-outbound-mails-to-trend-micro-email-security-tmems-failed-with-554-return-code", FIELD_MANUAL_554, "2026-11-28"),
];
