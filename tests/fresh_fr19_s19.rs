//! Round fr19 (session 19): a fresh sample of bounce notices and delivery status notices, as
//! people paste them on help pages, forums and issue trackers. Each text is quoted from the page
//! named beside it; the expected values are read from that page and tests/corpus/LABELS.md,
//! never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Delay warnings: the sending server keeps trying, and none of them names a cause
/// (LABELS.md §3: still being tried is temporary).
#[test]
fn delay_warnings_are_temporary() {
    assert_all_read(
        &[
            // An ISP's table of undeliverable-mail messages (http://help.dycon.com/win95folder/emailerror.html).
            "Warning: Message Still Undeliverable After xxx Hours",
            // A filtering service's reworded Exim warning
            // (https://support.protectedservice.net/kb/common-problem-receive-notification-servers-email-delayed/).
            "Subject: Warning: message 1Zb92h-0002aX-BS delayed 2 hours\n\nWe are having trouble delivering your email because of an onward issue. No\naction is required on your part – we will continue to attempt delivery for\nsome days. This warning will be repeated at regular intervals if the\nmessage remains undelivered. We can not cancel these warning messages.",
            // A host's KB on the "Delivery Status Notification (Delay)" warning
            // (http://support.epidirect.com/KB/a16/after-sending-an-email-i-receive-message-delivery-status.aspx).
            "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n       <destination email address>",
        ],
        Category::Unknown,
        Outcome::Temporary,
    );
    // Sendmail's warning transcript, the connection refused by the recipient's server
    // (https://informit.com/articles/article.aspx?p=170904&seqNum=3): a network failure.
    assert_eq!(
        category_of("<user@example.net>... Deferred: Connection refused by mail.example.com. Warning: message still undelivered after 14 hours Will keep trying until message is 5 days old"),
        Category::NetworkError
    );
}

/// Notices that give up: qmail's "failure notice", sendmail's "Returned mail:" subjects, AOL's
/// fixed paragraph. A failed notice is permanent (LABELS.md, General order).
#[test]
fn failure_notices_are_permanent() {
    // A forwarded qmail bounce subject (https://github.com/Perl/perl5/issues/1519); no reason in it.
    assert_reads("[MAILER-DAEMON@tmtowtdi.perl.org: failure notice]", Category::Unknown, Outcome::Permanent);
    // Sendmail's queue timeout, as RootsWeb's list-owner guide lists it
    // (http://helpdesk.rootsweb.com/help/bounces.html).
    assert_reads("Returned mail: Cannot send message within X days", Category::Expired, Outcome::Permanent);
    // AOL postmaster's fixed paragraph (http://postmaster.aol.com/trouble/mailer.html): AOL (filed under yahoo) gave up.
    let aol = "The line beginning with\"<<<\" describes the specific reason your e-mail could notbe delivered.\nThe next line contains a second error message that is a general translation for other e-mail servers.\nPlease direct further questions regarding this message to your e-mail administrator.\n\n*** ATTENTION*** \nYour e-mail is being returned to you because there was a problem with its delivery.";
    assert_reads(aol, Category::Unknown, Outcome::Permanent);
    assert_eq!(provider_of(aol).as_deref(), Some("yahoo"));
    // The Exchange/IIS SMTP failure DSN with no reason
    // (https://github.com/wp-e-commerce/WP-e-Commerce/issues/1886).
    assert_reads(
        "\"This is an automatically generated Delivery Status Notification. Delivery to the following recipients failed.\nadmin@wpecommerce.org\"",
        Category::Unknown,
        Outcome::Permanent,
    );
}

/// The recipient's side: an unknown or full mailbox, a sender the recipient blocked.
#[test]
fn recipient_side_reasons_in_notices() {
    // AOL Help's returned-mail example: AOL's own server air29.mail.aol.com answered
    // (http://help.aol.com/help/microsites/search.do?cmd=displayKC&docType=kc&externalId=73062).
    let aol = "----- Transcript of session follows -----\n... while talking to air29.mail.aol.com.:\n>>> RCPT To:<(e-mail address)@aol.com>\n<<< 550 Mailbox not found\n550 <(e-mail address)@aol.com>... User unknown";
    assert_reads(aol, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(aol).as_deref(), Some("yahoo"));
    // AOL help on a recipient who blocked the sender (LABELS.md §1 Q5)
    // (https://help.aol.co.uk/articles/what-is-a-mailer-daemon-message-and-why-did-i-receive-one).
    let blocked = "550 is not accepting mail from this sender.";
    assert_reads(blocked, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(blocked).as_deref(), Some("yahoo"));
    // IMail's over-quota bounce, subject run into the reason by the paste
    // (http://www.montevallo.edu/cs/email/FullMailbox.shtm).
    assert_eq!(
        category_of("From: Postmaster [mailto:postmaster@UMail.montevallo.edu]\nSent: Monday, March 03, 2003 2:22 PM\nTo: Faculty Name\nSubject: Undeliverable MailUser mailbox exceeds allowed size: student@UMail.montevallo.edu\nOriginal message follows."),
        Category::MailboxFull
    );
    // An ISP's sendmail bounces (http://help.wwbcity.com/pages/mail-errors.php).
    assert_reads(
        "----- The following addresses had permanent fatal errors -----<JDOE@HOME.COM>\n----- Transcript of session follows -----\n550 5.1.2 <JDOE@HOME.COM>... Host unknown (Name server:\nmail.MAILSERVER.com: host not found)",
        Category::DomainUnknown,
        Outcome::Permanent,
    );
    // An Exchange NDR for too many recipients (https://mskb.pkisolutions.com/kb/842029).
    assert_eq!(
        category_of("Your message did not reach some or all of the intended recipients.\nSubject: Test message\nSent: date and time\nThe following recipient(s) could not be reached:\nUser1 on\ndate and timeThe e-mail system limits the number of recipients that can be addressed in a single message. Send the message multiple times to fewer recipients.\nServername.contoso.com #5.5.3"),
        Category::TooManyRecipients
    );
}

/// Deferrals quoted in notices: Yahoo's complaint deferral (LABELS.md §1, Yahoo TS*), greylisting,
/// Exim's temporary local problem (§2 Q5).
#[test]
fn deferrals_quoted_in_notices() {
    // Zoho's delay warning (https://help.zoho.com/portal/en/community/topic/message-from-zoho-to-yahoo-elicits-421-responses).
    let ts02 = "----- The following addresses had fatal errors ----- [Status: Error, Address: <...@yahoo.co.in>, ResponseCode 421, , 4.7.0 [TS02] Messages from 72.5.230.103 temporarily deferred due to user complaints - 4.16.56.1; see http://postmaster.yahoo.com/421-ts02.html]\nMessage will be retried for 4 more day(s)";
    assert_reads(ts02, Category::SenderReputation, Outcome::Temporary);
    assert_eq!(provider_of(ts02).as_deref(), Some("yahoo"));
    // Forward Email (https://github.com/forwardemail/forwardemail.net/issues/553).
    assert_reads(
        "Message failed: 450 4.2.1 Message was greylisted, try again in 51 seconds; see https://forwardemail.net/faq#do-you-have-a-greylist for more information",
        Category::Greylisted,
        Outcome::Temporary,
    );
    assert_reads("Message failed: 451 Temporary local problem - please try later", Category::ServerError, Outcome::Temporary);
}

/// No row of this round whose source tells a failure reads as a success.
#[test]
fn no_failure_of_round_fr19_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr19-s19.jsonl"));
}
