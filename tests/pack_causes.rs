//! The knowledge pack's outcome and provider-marker rows (src/data/knowledge/outcomes.tsv,
//! markers.tsv) on real texts: words that tell whether a failure is final, and tokens only one
//! sending service or mailbox provider writes. Expected values are read from each source.

use smtp_explain::{explain, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Words of a program or service that say the message is still being tried (or may be sent
/// later) make a failure without a code temporary; words that say it was given up, permanent.
#[test]
fn retry_words_of_programs_and_services_tell_the_outcome() {
    for (text, outcome) in [
        // Postfix marks a destination dead and keeps the message queued (qmgr(8)); a log line's
        // deferral reason, https://list.sys4.de/hyperkitty/list/dane-users@list.sys4.de/message/RU3P2QVN4DMKN6GEL6AMNX5U6UBQYNY5
        ("(delivery temporarily suspended: Server certificate not verified)", Outcome::Temporary),
        // Postfix's delay notice (bounce(5) delay_template), quoted without its banner (same page).
        (
            "Your message could not be delivered for more than 3 hour(s). It will be retried until it is 5 day(s) old.\n\nThe mail system\n\ninfo@example.nl: Server certificate not trusted",
            Outcome::Temporary,
        ),
        // Exim's DANE lookup that failed for now (src/src/transports/smtp.c; Exim's test suite log).
        ("1999-03-02 09:44:33 10HmbB-000000005vi-0000 H=danelazy.test.ex [ip4.ip4.ip4.ip4]: DANE error: tlsa lookup DEFER", Outcome::Temporary),
        // SparkPost's Soft and Block bounce classes, "usually temporary events"
        // (https://support.sparkpost.com/docs/deliverability/bounce-classification-codes).
        ("The message bounced due to the remote mailbox being over quota.", Outcome::Temporary),
        ("The message was blocked by the receiver as spam.", Outcome::Temporary),
        // Mailchimp Transactional: a soft-bounce rejection expires after 24 hours
        // (https://mailchimp.com/developer/transactional/docs/reputation-rejections/).
        (
            r#"[{"email": "recipient@example.com", "status": "rejected", "reject_reason": "soft-bounce", "_id": "abc123abc123abc123abc123abc123ab"}]"#,
            Outcome::Temporary,
        ),
        // SendGrid's dropped messages are never sent (https://sendgrid.com/docs/for-developers/tracking-events/event/).
        (r#""event":"dropped", "reason":"Recipient List over Package Quota""#, Outcome::Permanent),
    ] {
        assert_eq!(explain(text).outcome, outcome, "{text}");
    }
    // A bounce that gave up still reads as permanent: the longer delay phrase is not in it.
    let bounce = "This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown";
    assert_eq!(explain(bounce).outcome, Outcome::Permanent);
}

/// Tokens that only one service writes name it: its own error names, drop reasons and codes.
#[test]
fn a_services_own_error_tokens_name_it() {
    for (text, id) in [
        // https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html
        ("535 Account not subscribed to SES", "amazon_ses"),
        // https://github.com/symfony/symfony/issues/51461
        (
            "Unable to send an email: User arn:aws:iam: is not authorized to perform 'ses:SendRawEmail' on resource (code AccessDeniedException).",
            "amazon_ses",
        ),
        // https://sendgrid.com/docs/for-developers/tracking-events/event/
        (r#""event":"dropped", "reason":"Invalid SMTPAPI header""#, "sendgrid"),
        // https://postmarkapp.com/developer/webhooks/smtp-api-error
        (r#""Type": "SMTPApiError", "Description": "SMTP API Error is an internal rejection error""#, "postmark"),
        // https://documentation.mailgun.com/en/latest/api-sending.html
        (r#"{"message": "Domain example.com is not allowed to send: The domain is unverified and requires DNS configuration."}"#, "mailgun"),
        // https://resend.com/docs/api-reference/errors
        (r#"{"name": "daily_quota_exceeded", "statusCode": 429, "message": "You have reached your daily email sending quota."}"#, "resend"),
        // https://documentation.mailjet.com/hc/en-us/articles/360043102273
        ("Hard Bounce History: The email address has previously resulted in a hard bounce.", "mailjet"),
        // https://www.zoho.com/zeptomail/help/api/error-codes.html
        (r#""details": [{"code": "SERR_157", "message": "Sendmail token is invalid."}]"#, "zeptomail"),
        // https://forums.cox.com/discussions/archive/emails-being-returned-due-to-permanent-fatal-error/69752
        ("(reason: 554 cox blocked.  Error Code: CXBL - Refer )", "cox"),
        // https://btbusiness.custhelp.com/app/answers/detail/a_id/15074/
        ("550 Message rejected due to sender IP reputation ([86.xx.xx.xx])", "bt"),
    ] {
        assert_eq!(provider_of(text).as_deref(), Some(id), "{text}");
    }
    // Mailgun's suppression text holds words of SendGrid's drop reasons, and is Mailgun's.
    assert_ne!(provider_of(r#""description": "Not delivering to previously bounced address""#).as_deref(), Some("sendgrid"));
    // Exchange Server's transport writes this status too (its AckReason table), not only
    // Exchange Online: it names no provider.
    assert_eq!(provider_of("SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA"), None);
}

/// A failure notice that names no cause still says the delivery failed for good (Exchange's and
/// Outlook.com's DSN, InterScan's notice; Sisimai's sample bounces lhost-outlook-01, lhost-trendmicro-03).
#[test]
fn failure_notices_without_a_cause_are_permanent() {
    for input in [
        "This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients failed.\n\n       bob@example.com",
        "****** Message from InterScan Messaging Security Suite ******\n\nThe following mail could not be delivered.",
    ] {
        assert_eq!(smtp_explain::explain(input).outcome, smtp_explain::Outcome::Permanent, "{input}");
    }
    let delayed = "This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients has been delayed.\n\n       bob@example.com";
    assert_eq!(smtp_explain::explain(delayed).outcome, smtp_explain::Outcome::Temporary);
}
