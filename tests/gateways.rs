//! Security gateways and content filters in the mail path (session 16,
//! src/data/knowledge/phrases.tsv, software.tsv, outcomes.tsv). Each text is quoted from the
//! gateway's or filter's own documentation or source named beside it; the expected values are
//! read from that source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

fn assert_refused(text: &str, category: Category) {
    let e = explain(text);
    assert_eq!(e.category.id, category, "{text}");
    assert_ne!(e.outcome, Outcome::Success, "{text}");
}

/// SpamExperts (N-able Mail Assure) rejections as its knowledge base quotes them
/// (https://github.com/SpamExperts/sekb/blob/600480e97e64ba6eff9972021bc2b64768d45fc7/docs/4-Incoming_Fitering_Service/13-Classifications.rst),
/// all filed there under "Rejected (5xx SMTP response)".
#[test]
fn spamexperts_rejections_name_their_cause() {
    for (text, category) in [
        // Raw 8-bit characters in the subject: the message's form, not its content.
        ("550 Subject contains invalid characters", Category::MessageFormat),
        // The outgoing filter on 465/587 reached without logging in.
        ("Message submission is for authorised users only!", Category::AuthRequired),
        // The receiving domain's sender blacklist names the sender (LABELS.md §1 Q5).
        ("We do not accept mail from this address", Category::SenderRejected),
        // Split messages (MIME message/partial) cannot be scanned and are refused.
        ("We do not accept message/partial messages here", Category::MessageFormat),
        ("550 Relay not permitted!", Category::RelayDenied),
        ("The content of this message looked like spam.", Category::SpamContent),
    ] {
        assert_refused(text, category);
    }
    assert_eq!(explain("550 Subject contains invalid characters").outcome, Outcome::Permanent);
}

/// The antispameurope (Hornetsecurity) engine's reason codes as EveryCloud lists them
/// (https://support.everycloud.com/support/solutions/articles/4000039509-workspace-reason-codes).
#[test]
fn antispameurope_reason_codes() {
    // A rule the customer wrote in its compliance filter: the recipient organisation's content rule.
    assert_refused("554 5.6.9 Rejected by custom Compliance Filter Rule", Category::ContentPolicy);
    // The filter's own MTA failed for now (LABELS.md §2 Q5), whatever X.5.6 means in the registry.
    let e = explain("450 4.5.6 temporary failure in MTA - please retry");
    assert_eq!(e.category.id, Category::ServerError);
    assert_eq!(e.outcome, Outcome::Temporary);
    assert_refused("554 5.6.5 TLS encryption required by customer rule", Category::TlsRequired);
    assert_refused("554 5.6.2 spam link signature detected", Category::SpamContent);
}

/// MailScanner's notices to the sender
/// (https://github.com/MailScanner/v5/tree/76589ee4b82cb24e9aeceafe798b99536ce33178/common/usr/share/MailScanner/reports/en),
/// whose signature is often cut when the notice is quoted: the body alone names the program.
#[test]
fn mailscanner_notices_name_mailscanner_and_their_cause() {
    // sender.filename.report.txt: the subject says "viruses", the body names the attachment rule.
    let filename = "Subject: Warning: E-mail viruses detected\n\nOur e-mail content detector has just been triggered by a message you sent:\n  To: $to\n  Subject: $subject\n  Date: $date\n\nOne or more of the attachments ($filename) are on\nthe list of unacceptable attachments for this site and will not have\nbeen delivered.";
    // sender.size.report.txt
    let size = "Subject: Oversized email rejected\n\nOur email content filters have been triggered by a message you sent:-\n  To: $to\n  Subject: $subject\n  Date: $date\nThis message has been rejected. The filters said this:\n$report.\n\nThis message, or an attachment it contained, was too large and has been\nremoved.";
    for (text, category) in [(filename, Category::AttachmentBlocked), (size, Category::MessageTooLarge)] {
        let e = explain(text);
        assert_eq!(e.category.id, category, "{text}");
        assert_eq!(e.software.as_ref().map(|s| s.id.as_ref()), Some("mailscanner"), "{text}");
        assert_ne!(e.outcome, Outcome::Success, "{text}");
    }
}

/// MailScanner's two spam reports share their subject and opener; the RBL one names an (unnamed)
/// public blacklist as the cause (LABELS.md §1 Q2), the SpamAssassin one judges the content (§1 Q1):
/// sender.spam.rbl.report.txt and sender.spam.sa.report.txt in the same directory.
#[test]
fn mailscanner_rbl_notice_is_a_blocklist_and_its_spamassassin_notice_is_spam() {
    let rbl = "Subject: {Bounce} Unsolicited commercial email rejected\n\nOur UCE (spam) detectors have been triggered by a message you sent:-\n  To: $to\n  Subject: $subject\n  Date: $date\nThis message has been destroyed. The detectors that were triggered are\n$spamreport.\n\nThe server which is sending the message to our site is listed in a\npublic blacklist of badly configured or misused mail systems.";
    let sa = "Subject: {Bounce} Unsolicited commercial email rejected\n\nOur UCE (spam) detectors have been triggered by a message you sent:-\n  To: $to\n  Subject: $subject\n  Date: $date\nThis message has been rejected. The detector that triggered is\nSpamAssassin.\n\nThe content of your message indicates that it is probably spam e-mail,\nwhich is why it has been rejected.";
    assert_refused(rbl, Category::SenderBlocklisted);
    assert_refused(sa, Category::SpamContent);
}

/// rspamd's external scanners' default messages (lualib/lua_scanners/*.lua at
/// https://github.com/rspamd/rspamd/tree/eaac8e914ef09f837fe53cc4973e0b2312ab1118), sent as the
/// SMTP text when the rule's action is reject (rspamd's milter: 554 5.7.1).
#[test]
fn rspamd_scanner_messages_name_rspamd() {
    for (text, category) in [
        // oletools.lua, detection_category "office macro"
        (r#"${SCANNER}: Oletools threat message found: "${VIRUS}""#, Category::VirusDetected),
        // icap.lua, detection_category "virus"
        (r#"${SCANNER}: threat found with icap scanner: "${VIRUS}""#, Category::VirusDetected),
        // pyzor.lua
        (r#"${SCANNER}: Pyzor bulk message found: "${VIRUS}""#, Category::SpamContent),
        // razor.lua (also cloudmark.lua, vadesecure.lua, kaspersky_se.lua)
        (r#"${SCANNER}: spam message found: "${VIRUS}""#, Category::SpamContent),
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, category, "{text}");
        assert_eq!(e.software.as_ref().map(|s| s.id.as_ref()), Some("rspamd"), "{text}");
        assert_ne!(e.outcome, Outcome::Success, "{text}");
    }
}

/// Trend Micro InterScan MSS's failure notice (sisimai set-of-emails
/// maildir/bsd/lhost-trendmicro-02.eml): sent once it gave up, and it asks to check the address.
#[test]
fn interscan_failure_notice_is_permanent() {
    let text = "*************************************************************\n\nMessage from InterScan Messaging Security Suite\n\nUnable to deliver message to <kijitora@neko.example.jp> (and other recipients in the same domain). Please check if address is correct.\n\n*************************************************************";
    assert_reads(text, Category::MailboxUnknown, Outcome::Permanent);
}

/// Cisco AsyncOS (IronPort) mail_logs, from the user guide's logging examples: its envelope sender
/// verification refuses the sender's domain (https://manualsbrain.com/pt/manuals/1619272/?page=149),
/// and a remote reply under AsyncOS's generic "Unknown address error" gloss keeps its own cause
/// (https://manualsbrain.com/pt/manuals/1649684/?page=1011).
#[test]
fn asyncos_logs_name_cisco_and_the_real_cause() {
    let nxdomain =
        "Wed Aug  9 15:39:47 2006 Info: ICID 1424 Address: <user@domain.com> sender rejected, envelope sender domain does not exist";
    let e = explain(nxdomain);
    assert_eq!(e.category.id, Category::SenderRejected);
    assert_eq!(e.provider.as_ref().map(|p| p.id.as_ref()), Some("cisco"));
    assert_eq!(e.outcome, Outcome::Permanent);
    // SERVFAIL: the guide defers this case (#4.1.8 "does not resolve").
    let servfail =
        "Wed Aug  9 15:44:27 2006 Info: ICID 1425 Address: <user@domain.com> sender rejected, envelope sender domain could not be resolved";
    assert_eq!(explain(servfail).outcome, Outcome::Temporary);
    let full = "Mon Mar 31 20:00:23 2003 Info: Delayed: DCID 5 MID 4 to RID 0 - 4.1.0 - Unknown address error ('466', ['Mailbox temporarily full.'])[]";
    assert_reads(full, Category::MailboxFull, Outcome::Temporary);
}
