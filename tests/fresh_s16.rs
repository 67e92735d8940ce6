//! Fresh texts of every kind that failed before session 16's rules (round `fr`,
//! src/data/knowledge/phrases.tsv, markers.tsv, software.tsv). Each text is quoted from the page
//! or program source named beside it; the expected values are read from that source and
//! tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

fn software_of(text: &str) -> Option<String> {
    explain(text).software.as_ref().map(|s| s.id.to_string())
}

/// A hosted relay's per-account sending quota is a count of this sender's mail (LABELS.md §2 Q3).
#[test]
fn a_relays_sending_quota_is_a_rate_limit() {
    for text in [
        // PHPMailer's error around the relay's reply, https://github.com/WWBN/AVideo/issues/7527
        "Message could not be sent SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: C13ypH3DXQO9CC140p6S9y Message would take you over your relay quota of 500 Current quota used: 487 SMTP code: 552",
        // A user's quote of the relay's refusal, https://github.com/nodemailer/nodemailer/issues/1137
        "User me@site.com has exceeded its 24-hour sending limit. Messages to 25 recipients out of 25",
        // The GoDaddy reply form the phrase row quotes.
        "550 Message would take you over your relay quota of 5 Current quota used: 5",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::RateLimited, "{text}");
        assert_ne!(e.outcome, Outcome::Success, "{text}");
    }
    // A 5xx reply is permanent (RFC 5321 §4.2.1).
    assert_eq!(explain("550 Message would take you over your relay quota of 5 Current quota used: 5").outcome, Outcome::Permanent);
}

/// Haraka gives a message up when its temporary failures outnumber its retry intervals
/// (outbound/hmail.js: `Too many failures (${err})`): the retries ran out.
#[test]
fn harakas_too_many_failures_bounce_is_an_expired_message() {
    // https://github.com/haraka/Haraka/issues/568
    let text = "Hi. This is the Haraka Mailer program at mail.theartfarm.com.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<user@sending-domain.com>: Too many failures (Tried all MXs)";
    let e = explain(text);
    assert_eq!(e.category.id, Category::Expired);
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("haraka"));
}

/// Exchange Online's submission quota names Microsoft's service, not only the Exchange software.
#[test]
fn exchange_onlines_submission_quota_names_microsoft() {
    // https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1150
    let text = "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException";
    let e = explain(text);
    assert_eq!(e.category.id, Category::RateLimited);
    assert_eq!(e.provider.as_ref().map(|p| p.id.as_ref()), Some("microsoft"));
    assert_eq!(e.outcome, Outcome::Permanent);
}

/// Log and reply forms that only one mail program writes name that program.
#[test]
fn opensmtpd_bad_input_lines_and_the_exim_helo_acl_name_their_programs() {
    // OpenSMTPD smtp_session.c ("smtp bad-input result=..."), https://github.com/diladele/websafety/issues/2319
    let text = "smtpd[19229]: 13edf1189b8534b5 smtp bad-input result=\"500 5.0.0 Line too long\"";
    assert_eq!(software_of(text).as_deref(), Some("opensmtpd"));
    assert_eq!(explain(text).outcome, Outcome::Permanent);
    // The Exim HELO-check ACL, https://github.com/zone-eu/zone-mta/issues/162
    let text = "550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)";
    assert_eq!(software_of(text).as_deref(), Some("exim"));
    assert_eq!(explain(text).outcome, Outcome::Permanent);
}

/// Exchange Online's 5.6.11 non-delivery report, pasted without its code, still names Microsoft.
#[test]
fn exchange_onlines_bare_line_feed_report_names_microsoft() {
    for text in [
        // https://github.com/inverse-inc/packetfence/issues/5380
        "This error occurs when the email program or device used to create or send an email message adds bare line feed characters into the message. When bare line feed characters are included in a message, the SMTP protocol chunking feature is required to transmit the message between email servers. Chunking uses the SMTP protocol BDAT command, but the recipient's email server doesn't support the BDAT command.",
        // The report's heading, Microsoft's "Fix error code 550 5.6.11 in Exchange Online".
        "Your message contains invalid characters (bare line feed characters) which the email servers don't support.",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::MessageFormat, "{text}");
        assert_eq!(e.provider.as_ref().map(|p| p.id.as_ref()), Some("microsoft"), "{text}");
        assert_ne!(e.outcome, Outcome::Success, "{text}");
    }
}
