//! Whole bounce notices and DSNs sampled fresh as people paste them (session 18, round fr7;
//! tests/corpus/dev-fr7-s18.jsonl; rules in src/data/knowledge/). Each text is quoted from the
//! issue, help page or bounce collection named beside it; the expected values are read from that
//! source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Gmail's older delay notices name a dropped or never-opened SMTP session: failed for now
/// (LABELS.md §3), and Gmail says it retries.
#[test]
fn gmail_delay_notices_with_a_dropped_connection_are_network_errors() {
    // mitio/bounce_email test/bounces/tt_bounce_19.txt.
    assert_reads(
        "This is an automatically generated Delivery Status Notification\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n     26461101@sms.id.lv\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\nConnection was dropped by remote host (SENT_HELO)",
        Category::NetworkError,
        Outcome::Temporary,
    );
    // mitio/bounce_email test/bounces/tt_bounce_08.txt (the detail line of the same notice family).
    assert_eq!(
        category_of("Technical details of temporary failure:\nTEMP_FAILURE: Could not initiate SMTP conversation with any hosts:"),
        Category::NetworkError
    );
}

/// Give-up notices: a gateway's retry limit is an expiry, but a named cause beside the retry
/// wording (a full mailbox) decides.
#[test]
fn give_up_notices_read_their_named_cause() {
    // wRAR/flufl.bounce tests/data/dumbass_01.txt (InterScan E-Mail VirusWall NT).
    assert_reads(
        "****** Message from InterScan E-Mail VirusWall NT ******\n\nThe following mail could not be delivered.\nReason:  Exceeded Maximum Delivery Attempts.  Verify that the recipient address is correct.\n\n*****************     End of message     ***************",
        Category::Expired,
        Outcome::Permanent,
    );
    // mitio/bounce_email test/bounces/unknown_code_bounce_01.txt.
    assert_reads(
        "Delivery of email to this address\n\n\"sdrake@tradingpost.ch\"\n\nhas failed due to a full mailbox.  We have already made numerous\nattempts to deliver this message over the last few days.\n\nPlease try to send your message again at a later time.",
        Category::MailboxFull,
        Outcome::Permanent,
    );
    // mautic/mautic#3154: Exchange Online's expiry code names Microsoft.
    let text = "Final-Recipient: rfc822;abc@example.com\nAction: failed\nStatus: 5.4.317\nDiagnostic-Code: smtp;550 5.4.317 Message expired, cannot connect to remote server";
    assert_reads(text, Category::Expired, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("microsoft"));
}

/// Notices that say the recipient does not exist in a gateway's or a provider's own words.
#[test]
fn unknown_recipient_in_gateway_and_webmail_notices() {
    // Perl/perl5#3771 (a notice from Mailer-Daemon@pbs.org filed into rt.perl.org).
    assert_reads(
        "Sorry. Your message could not be delivered to:\n\njrodd,PBS (The name was not found at the remote site. Check that the name\nhas been entered correctly.)",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    // run-youngjoo/SC-FEGAN#51: NHN Dooray!'s failure notice relays only the remote text,
    // RFC 5321's 550 wording without its code.
    assert_reads(
        "Failure Notice\n\n        Your message sent to\n\njongyoul@etri.re.kr\n          has failed to be delivered.\n\n          Please refer to the below for details.\n\n                * Remote host said :\n\nRequested action not taken: mailbox unavailable\n",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
}

/// A greylisting filter's first deferral (The-McGrail-Foundation/MIMEDefang#25): the words
/// "anti-spam measure" name the reason for the deferral, not a spam verdict on the content.
#[test]
fn first_time_sender_tempfail_is_greylisting() {
    assert_reads(
        "Final-recipient: rfc822; mimedefang@lists.roaringpenguin.com\nDiagnostic-Code: smtp; 451 4.3.0 <shiva@sewingwitch.com>... First-time sender tempfailed as anti-spam measure; please try again",
        Category::Greylisted,
        Outcome::Temporary,
    );
}

/// hMailServer will not connect to its own address (hmailserver/hmailserver#367; the text is
/// TCPConnection.cpp's): the mail would loop back to the sending host.
#[test]
fn hmailserver_connecting_to_myself_is_a_loop() {
    let text = "Your message did not reach some or all of the intended recipients.\n\n    The following recipient(s) could not be reached:\n\n    xxxxxx@yandex.ru Error Type: SMTP Connection to recipients server failed. Error: Could not connect to xxx.xxx.xxx.xxx on port 25 since this would mean connecting to myself.\n\n    Tried 5 time(s)\n\n    hMailServer";
    assert_reads(text, Category::RoutingLoop, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("hmailserver"));
}

/// No text of the sample whose source tells a failure (temporary or permanent) reads as a
/// success, whatever else the reader gets right or wrong.
#[test]
fn no_failure_of_the_sample_reads_as_success() {
    let corpus = include_str!("corpus/dev-fr7-s18.jsonl");
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("a JSON row");
        let outcome = row["outcome"].as_str().unwrap();
        if outcome == "temporary" || outcome == "permanent" {
            let text = row["text"].as_str().unwrap();
            assert_ne!(explain(text).outcome, Outcome::Success, "{}", row["id"]);
        }
    }
}
