//! Zoho Mail: how to recognise its replies and what its own codes and wording mean.
//!
//! Zoho publishes no list of reply codes; its wording is known from field reports. Zoho uses
//! 554 5.2.3 ("message length exceeds administrative limit" in the registry) for a
//! policy refusal, so the explanation warns about the different meaning.
//!
//! Sources:
//! - Zoho Mail, "Reasons an email is marked as spam": <https://www.zoho.com/mail/help/spam-reason.html>.
//! - Field reports: SMTP Field Manual data (github.com/ActiveCampaign/smtp-field-manual,
//!   `data/codes/552.json`, `554.json`) and Sisimai's Zoho table (github.com/sisimai/rb-sisimai,
//!   `lib/sisimai/rhost/zoho.rb`, real anonymised replies).
//!
//! Checked 2026-12-06 (markers and rules added that day): "554 5.1.8 Email Outgoing Blocked", on
//! https://help.zoho.com/portal/en/community/topic/554-5-1-8-email-outgoing-blocked-13-11-2017.

use crate::data::citations::{
    FIELD_MANUAL_552, FIELD_MANUAL_554, SISIMAI_RHOST_ZOHO, ZOHO_SPAM_REASON,
};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "zoho",
    name: "Zoho Mail",
    kind: Mailbox,
    help_url: ZOHO_SPAM_REASON,
    source: ZOHO_SPAM_REASON,
    checked: "2026-11-28",
    hosts: ["www.zoho.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("detected by zoho mail", Strong),
    marker!("mx.zoho.com", Medium),
    marker!("mx2.zoho.com", Medium),
    marker!("smtpin.zoho.com", Medium),
    marker!("mx.zoho.eu", Medium),
    marker!("mx.zoho.in", Medium),
    // The other MX hosts of each Zoho data centre (Zoho Mail's MX configuration page,
    // https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html):
    // mx/mx2/mx3 in .com, .eu and .in, and the Australian, Japanese, Canadian and Saudi ones.
    marker!("mx3.zoho.com", Medium),
    marker!("mx2.zoho.eu", Medium),
    marker!("mx3.zoho.eu", Medium),
    marker!("mx2.zoho.in", Medium),
    marker!("mx3.zoho.in", Medium),
    marker!("zoho.com.au", Medium),
    marker!("mx.zoho.jp", Medium),
    marker!("zohocloud.ca", Medium),
    marker!("mx.zoho.sa", Medium),
    // Zoho Mail's refusal of a sending account it has blocked ("554 5.1.8 Email Outgoing Blocked",
    // Zoho's community forum, https://help.zoho.com/portal/en/community/topic/554-5-1-8-email-outgoing-blocked-13-11-2017).
    marker!("email outgoing blocked", Strong),
    marker!("zoho.com", Weak),
    marker!("zohomail.com", Weak),
    // The EU and Indian data centres' domains (their SMTP hosts smtp.zoho.eu, smtp.zoho.in,
    // https://www.zoho.com/mail/help/zoho-smtp.html).
    marker!("zoho.eu", Weak),
    marker!("zoho.in", Weak),
    // Zoho's refusal of a From address the signed-in account may not use ("553 Relaying disallowed
    // as <address>", ZeptoMail's SMTP error codes, https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html;
    // the same reply from smtp.zoho.com in https://github.com/mybb/mybb/issues/2644). Weak: only
    // inside the reply.
    marker!("relaying disallowed as", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("flagged_as_spam", "reason: email flagged as spam", "", SpamContent, _, _, ZOHO_SPAM_REASON, FIELD_MANUAL_554, "2026-11-28"),
    rule!("virus_detected", "detected by zoho mail", "", VirusDetected, _, _, ZOHO_SPAM_REASON, FIELD_MANUAL_552, "2026-11-28"),
    // 5.2.3 from Zoho is a policy refusal, not a size limit.
    rule!("mail_policy_violation_523", "mailpolicy violation", "5.2.3", PolicyRejected, SenderAdmin, AfterFix, ZOHO_SPAM_REASON, FIELD_MANUAL_554, "2026-11-28"),
    rule!("mail_policy_violation", "mailpolicy violation", "", PolicyRejected, SenderAdmin, AfterFix, ZOHO_SPAM_REASON, FIELD_MANUAL_554, "2026-11-28"),
    rule!("policy_violation_detected", "email policy violation detected", "", ContentPolicy, _, _, ZOHO_SPAM_REASON, SISIMAI_RHOST_ZOHO, "2026-11-28"),
    rule!("rejected_by_destination", "mail rejected by destination domain", "", PolicyRejected, SenderAdmin, AfterFix, ZOHO_SPAM_REASON, SISIMAI_RHOST_ZOHO, "2026-11-28"),
    // The account may not send until an admin (or Zoho) unblocks it, usually after unusual sending.
    rule!("outgoing_blocked", "email outgoing blocked", "", SenderAccountBlocked, Sender, AfterFix, ZOHO_SPAM_REASON, "https://help.zoho.com/portal/en/community/topic/554-5-1-8-email-outgoing-blocked-13-11-2017", "2026-12-06"),
    rule!("greylisted", "greylisted, try again after some time", "", Greylisted, Nobody, Automatic, ZOHO_SPAM_REASON, SISIMAI_RHOST_ZOHO, "2026-11-28"),
];
