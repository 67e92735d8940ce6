//! Amazon SES: how to recognise its replies and what its own codes and wording mean.
//!
//! SES is a sending service: it writes its own wording around failures (suppression lists,
//! giving up after 14 hours, sending quotas, unverified identities) and relays the receivers'
//! replies. Its own phrases are strong markers, so that a recipient address such as
//! `…@gmail.com` in the same text does not hide them; the `amazonses.com` host name is weak, so
//! that a relayed reply with the receiver's own tags (`gsmtp`, `[TSS04]` …) is explained as the
//! receiver's.
//!
//! SES's `bounceType`/`bounceSubType` labels (Permanent/General, Permanent/NoEmail,
//! Permanent/Suppressed, Permanent/OnAccountSuppressionList, Transient/General,
//! Transient/MailboxFull, Transient/MessageTooLarge, Transient/ContentRejected,
//! Transient/AttachmentRejected) are the `ses_type`/`ses_subtype` crosswalk of each category
//! (`src/data/categories.rs`); only `OnAccountSuppressionList`, which names a state of the
//! sender's own account, is a rule here.
//!
//! Sources:
//! - Amazon SES notification contents (bounce types):
//!   <https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html>.
//! - Account-level suppression list:
//!   <https://docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html>.
//! - Sending-quota errors ("454 Throttling failure: …"):
//!   <https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html>.
//! - Email sending errors ("Email address is not verified …"):
//!   <https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html>.
//! - Field reports: Sisimai sample bounce `set-of-emails/maildir/bsd/lhost-amazonses-17.eml`
//!   (github.com/sisimai/rb-sisimai) for "Message expired: unable to deliver in 840 minutes".

use crate::data::citations::{SES_NOTIFICATION_CONTENTS, SES_QUOTA_ERRORS, SES_SUPPRESSION_LIST};
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "amazon_ses",
    name: "Amazon SES",
    kind: SendingService,
    help_url: SES_NOTIFICATION_CONTENTS,
    source: SES_NOTIFICATION_CONTENTS,
    checked: "2026-11-28",
    hosts: ["docs.aws.amazon.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // SES's own wording.
    marker!("amazon ses did not send the message", Strong),
    marker!("amazon ses has suppressed sending", Strong),
    marker!("unable to deliver in 840 minutes", Strong),
    marker!("throttling failure: maximum sending rate exceeded", Strong),
    marker!("throttling failure: daily message quota exceeded", Strong),
    marker!("the following identities failed the check in region", Strong),
    marker!("onaccountsuppressionlist", Medium),
    // Its refusal while the whole account's sending is paused ("554 Message rejected: Sending
    // paused for this account. For more information, please check the inbox of the email address
    // associated with your AWS account."), and the SDKs' exception for it
    // (https://docs.aws.amazon.com/botocore/latest/reference/services/ses/client/exceptions/AccountSendingPausedException.html).
    marker!("associated with your aws account", Strong),
    marker!("accountsendingpausedexception", Strong),
    // SES hosts (reporting MTA, SMTP endpoint).
    // SES email receiving endpoints, the MX targets of domains that receive through SES
    // (https://docs.aws.amazon.com/ses/latest/dg/receiving-email-mx-record.html; Sisimai's
    // ReceivingSES module, lib/sisimai/lhost/receivingses.rb).
    marker!("inbound-smtp.us-east-1.amazonaws.com", Medium),
    marker!("inbound-smtp.us-west-2.amazonaws.com", Medium),
    marker!("inbound-smtp.eu-west-1.amazonaws.com", Medium),
    marker!("email-smtp", Weak),
    marker!("amazonses.com", Weak),
    // SES's SMTP interface refusing an address on its suppression list, and the ARN of an SES
    // identity in its event notifications (AWS, "Amazon SES SMTP issues",
    // https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html; "Contents of notifications
    // for Amazon SES", https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html).
    marker!("message rejected: address blacklisted", Strong),
    marker!("arn:aws:ses:", Strong),
    // The SMTP interface's 501 to a MAIL FROM or RCPT TO whose address is not well formed
    // ("501 Invalid MAIL FROM address provided", "501 Invalid RCPT TO address provided"; AWS
    // Knowledge Center, https://repost.aws/knowledge-center/ses-501-errors-smtp-endpoint).
    marker!("invalid mail from address provided", Strong),
    marker!("invalid rcpt to address provided", Strong),
    // The SES API endpoints (AWS General Reference, "Amazon Simple Email Service endpoints and
    // quotas", https://docs.aws.amazon.com/general/latest/gr/ses.html) and the namespace of the
    // query API's error body: they turn up only in errors of calls SES answered.
    marker!("email.us-east-1.amazonaws.com", Strong),
    marker!("email.us-east-2.amazonaws.com", Strong),
    marker!("email.us-west-1.amazonaws.com", Strong),
    marker!("email.us-west-2.amazonaws.com", Strong),
    marker!("email.ca-central-1.amazonaws.com", Strong),
    marker!("email.sa-east-1.amazonaws.com", Strong),
    marker!("email.eu-west-1.amazonaws.com", Strong),
    marker!("email.eu-west-2.amazonaws.com", Strong),
    marker!("email.eu-west-3.amazonaws.com", Strong),
    marker!("email.eu-central-1.amazonaws.com", Strong),
    marker!("email.eu-north-1.amazonaws.com", Strong),
    marker!("email.eu-south-1.amazonaws.com", Strong),
    marker!("email.ap-south-1.amazonaws.com", Strong),
    marker!("email.ap-southeast-1.amazonaws.com", Strong),
    marker!("email.ap-southeast-2.amazonaws.com", Strong),
    marker!("email.ap-northeast-1.amazonaws.com", Strong),
    marker!("email.ap-northeast-2.amazonaws.com", Strong),
    marker!("email.ap-northeast-3.amazonaws.com", Strong),
    marker!("ses.amazonaws.com/doc/", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // Suppression lists: SES did not even try to deliver.
    rule!("account_suppressed", "is on the suppression list for your account", "", Suppressed, _, _, SES_SUPPRESSION_LIST, SES_SUPPRESSION_LIST, "2026-11-28"),
    rule!("on_account_suppression_list", "onaccountsuppressionlist", "", Suppressed, _, _, SES_SUPPRESSION_LIST, SES_NOTIFICATION_CONTENTS, "2026-11-28"),
    rule!("global_suppressed", "amazon ses has suppressed sending to this address", "", Suppressed, _, _, SES_SUPPRESSION_LIST, SES_NOTIFICATION_CONTENTS, "2026-11-28"),
    // "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 …>": SES retried
    // for 14 hours and gave up; the reply in angle brackets is the last reason.
    rule!("expired_840_minutes", "unable to deliver in 840 minutes", "", Expired, Sender, Later, SES_NOTIFICATION_CONTENTS, "https://github.com/sisimai/rb-sisimai/blob/master/set-of-emails/maildir/bsd/lhost-amazonses-17.eml", "2026-11-28"),
    // Replies of the SES SMTP interface to the sending application.
    rule!("identity_not_verified", "email address is not verified", "", SenderRejected, SenderAdmin, AfterFix, "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html", "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html", "2026-11-28"),
    rule!("max_send_rate", "throttling failure: maximum sending rate exceeded", "", RateLimited, SenderAdmin, Later, SES_QUOTA_ERRORS, SES_QUOTA_ERRORS, "2026-11-28"),
    rule!("daily_quota", "throttling failure: daily message quota exceeded", "", RateLimited, SenderAdmin, Later, SES_QUOTA_ERRORS, SES_QUOTA_ERRORS, "2026-11-28"),
];
