//! The fixed sentences of mail servers' own delivery status notices (session 19, round bt):
//! what a template says about the outcome (given up, still trying, delivered, relayed) and which
//! program wrote it (src/data/knowledge/outcomes.tsv, software.tsv, phrases.tsv). Each text is
//! quoted from the program's source named beside it, placeholders filled the way the program
//! fills them; the expected values are read from that source and tests/corpus/LABELS.md (a
//! failed DSN is permanent, a delayed one temporary), never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Courier courier/module.dsn/dsnfailed.txt, dsndelayed.txt, dsndelivered.txt, dsnrelayed.txt.
#[test]
fn courier_dsn_blocks_tell_their_outcome_and_name_courier() {
    let failed = "UNDELIVERABLE MAIL\n\nYour message to the following recipients cannot be delivered:";
    assert_reads(failed, Category::Unknown, Outcome::Permanent);
    assert_eq!(software_of(failed).as_deref(), Some("courier"));

    let delayed = "DELAYS IN DELIVERING YOUR MESSAGE\n\nThe delivery of the following E-mail message has been delayed.  This is an\n\
advisory notice only; it is sent only to notify you about a temporary delay\nin delivering your message.  You DO NOT need to do anything at this time.\n\
Additional attempts to deliver your message will be made.";
    assert_reads(delayed, Category::Unknown, Outcome::Temporary);
    assert_eq!(software_of(delayed).as_deref(), Some("courier"));

    let delivered =
        "MESSAGE DELIVERED SUCCESSFULLY\n\nYour E-mail requested a delivery notice/return receipt for the following\naddresses:";
    assert_reads(delivered, Category::Delivered, Outcome::Success);
    assert_eq!(software_of(delivered).as_deref(), Some("courier"));

    let relayed = "MESSAGE DELIVERED TO A MAIL GATEWAY\n\nYou requested a delivery acknowledgement (a return receipt) for the\n\
following recipients of your E-mail message.  Unfortunately, your message\nhas been transferred to an intermediate mail gateway that is not capable\n\
of generating delivery acknowledgements.";
    assert_reads(relayed, Category::Delivered, Outcome::Success);
    assert_eq!(software_of(relayed).as_deref(), Some("courier"));

    // dsnsubjectwarn.txt (Postfix's postmaster copy "Postmaster Warning: Delayed Mail" ends alike).
    assert_reads("WARNING: delayed mail.", Category::Unknown, Outcome::Temporary);
    // dsnsubjectnotice.txt: used for failed and delivered notices alike, so no outcome.
    assert_eq!(software_of("NOTICE: mail delivery status.").as_deref(), Some("courier"));
}

/// OpenSMTPD usr.sbin/smtpd/bounce.c: the subject "Delivery status notification: %s" with
/// action_str(), and notice_relay.
#[test]
fn opensmtpd_subjects_and_relay_notice() {
    assert_reads("Delivery status notification: failed", Category::Unknown, Outcome::Permanent);
    assert_reads("Delivery status notification: delayed", Category::Unknown, Outcome::Temporary);
    assert_reads("Delivery status notification: delivered", Category::Delivered, Outcome::Success);
    let relayed = "    Your message was relayed to these recipients.";
    assert_reads(relayed, Category::Delivered, Outcome::Success);
    assert_eq!(software_of(relayed).as_deref(), Some("opensmtpd"));
    // notice_success is no outcome word of its own: OpenSMTPD 5.7 printed it above an expired
    // envelope (OpenSMTPD/OpenSMTPD#687).
    assert_reads(
        "Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\nYour message was successfully delivered to these recipients.\n\nuser@example.org: Envelope expired",
        Category::Expired,
        Outcome::Permanent,
    );
}

/// Sendmail sendmail/savemail.c DSN block headings and sendmail/envelope.c warning lines.
#[test]
fn sendmail_dsn_blocks() {
    let fatal = "The original message was received at Mon, 7 Dec 2026 10:12:01 +0000\nfrom client.example.net [192.0.2.10]\n\n\
   ----- The following addresses had permanent fatal errors -----\n<bob@example.com>\n    (reason: 550 5.1.1 <bob@example.com>... User unknown)";
    assert_reads(fatal, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(software_of(fatal).as_deref(), Some("sendmail"));

    let transient = "   ----- The following addresses had transient non-fatal errors -----\n<bob@example.com>\n\n\
   ----- Transcript of session follows -----\n<bob@example.com>... Deferred: Connection timed out with mx.example.com.\n\
Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old";
    assert_reads(transient, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(transient).as_deref(), Some("sendmail"));

    let receipt = "   ----- The following addresses had successful delivery notifications -----\n<bob@example.com>  (successfully delivered to mailbox)";
    assert_reads(receipt, Category::Delivered, Outcome::Success);
    assert_eq!(software_of(receipt).as_deref(), Some("sendmail"));

    let deliver_by = "Warning: Delivery time (3600s) exceeded";
    assert_reads(deliver_by, Category::Unknown, Outcome::Temporary);
    assert_eq!(software_of(deliver_by).as_deref(), Some("sendmail"));

    let expired = "Message could not be delivered for 5 days\nMessage will be deleted from queue";
    assert_reads(expired, Category::Expired, Outcome::Permanent);
    assert_eq!(software_of(expired).as_deref(), Some("sendmail"));
}

/// Exim src/src/deliver.c: the success DSN, whose heading copies Sendmail's.
#[test]
fn exim_success_dsn() {
    let text = "This message was created automatically by mail delivery software.\n ----- The following addresses had successful delivery notifications -----\n<bob@example.com> (relayed via non \"Remote SMTP\" router)";
    assert_reads(text, Category::Delivered, Outcome::Success);
    assert_eq!(software_of(text).as_deref(), Some("exim"));
}

/// Postfix src/bounce/bounce_templates.c: the delay, success and verify templates.
#[test]
fn postfix_templates() {
    let delay = "This is the mail system at host mail.example.org.\n\n\
####################################################################\n\
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\
####################################################################\n\n\
Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.";
    // A delay with no cause: not an expiry.
    assert_reads(delay, Category::Unknown, Outcome::Temporary);

    let success = "This is the mail system at host mail.example.org.\n\nYour message was successfully delivered to the destination(s)\n\
listed below. If the message was delivered to mailbox you will\nreceive no further notifications.";
    assert_reads(success, Category::Delivered, Outcome::Success);
    assert_eq!(software_of(success).as_deref(), Some("postfix"));
    assert_reads("Successful Mail Delivery Report", Category::Delivered, Outcome::Success);
    assert_eq!(software_of("Successful Mail Delivery Report").as_deref(), Some("postfix"));
    assert_eq!(
        software_of("This is the mail system at host mail.example.org.\n\nEnclosed is the mail delivery report that you requested.")
            .as_deref(),
        Some("postfix")
    );
}

/// No failure of this round's corpus reads as a success.
#[test]
fn no_bounce_template_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-bt-s19.jsonl"));
}
