//! Bounce notices and delivery status notifications that reached mailing lists, issue threads
//! and help pages by accident (round fr31, session 20, src/data/knowledge/*.tsv). Each text is
//! quoted from the page or file named beside it; the expected values are read from that source
//! and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Exchange Online's user-facing NDR lines name the cause without a code.
#[test]
fn exchange_online_ndr_lines_name_their_cause() {
    // MicrosoftDocs/OfficeDocs-DeployOffice#444: a group with delivery restrictions refuses
    // outside senders, a recipient-side rule (LABELS.md §1 Q6).
    let group = "Your message to omexconeint@microsoft.com couldn't be delivered.\n\nThe group omexconeint only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.";
    assert_reads(group, Category::PolicyRejected, Outcome::Permanent);
    assert_eq!(software_of(group).as_deref(), Some("exchange"));

    // MicrosoftDocs/microsoft-365-docs#12957: the sender's own tenant restricted the account
    // for suspected outbound spam (LABELS.md §5).
    let restricted = "This message couldn't be delivered because the sending email address was not recognized as a valid sender. The most common reason for this error is that the email address is, or was, suspected of sending spam. Contact the organization's email admin for help and give them this error message";
    assert_reads(restricted, Category::SenderAccountBlocked, Outcome::Permanent);
    assert_eq!(provider_of(restricted).as_deref(), Some("microsoft"));

    // MicrosoftDocs/windowsserverdocs#5308: Directory-Based Edge Blocking.
    let dbeb = "BL2NAM06FT010.mail.protection.outlook.com rejected the message you sent to the following email address:\n\nrdsdev@microsoft.com (rdsdev@microsoft.com)\nThe message was rejected by the recipient's domain because the recipient's email address is not listed in the domain's directory. Your email address may be misspelled or may not exist.";
    assert_reads(dbeb, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(dbeb).as_deref(), Some("microsoft"));
}

/// Exchange 4.0-5.5 NDRs: "The recipient name is not recognized" with the MSEXCH diagnostic.
#[test]
fn old_exchange_ndrs_read_as_unknown_recipients() {
    // Microsoft KB 258678 (Exchange 5.5, X.400 custom recipient).
    let kb = "Your message did not reach all or some of the intended recipients.\nThe following recipient(s) could not be reached:\nc=US;a= ;p=Organization;o=Site A;dda:MSEXCHANGE=/o=PRI/ou=CALIFORNIA/cn=Recipients/cn=b4501a7a-4060570b-8525644b-78c319; on 12/7/99 3:06 PM\nThe recipient name is not recognized.";
    assert_reads(kb, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(software_of(kb).as_deref(), Some("exchange"));

    // Microsoft KB Q168557: the same line heads the IMC NDR for a domain that does not exist,
    // where "Host Unknown" names the cause.
    let host = "Your message did not reach some or all of the intended recipients.\nSubject:hello there\nSent: 3/27/97 11:18 AM\nThe following recipient(s) could not be reached:\n'TEST@JUNK.TEST.CA' on 3/27/97 11:18 AM\nThe recipient name is not recognized\nMSEXCH:IMC:LINKAGE:Toronto:WWW 3902 Host Unknown";
    assert_reads(host, Category::DomainUnknown, Outcome::Permanent);
    assert_eq!(software_of(host).as_deref(), Some("exchange"));

    // flufl.bounce tests/data/groupwise_01.txt: an Exchange 5.5 IMS NDR a Mailman list received.
    let ims = "did not reach the following recipient(s):\n\nthoff@MAINEX1.ASU.EDU on Fri, 20 Jul 2001 11:08:59 -0700\n    The recipient name is not recognized\n    MSEXCH:IMS:Arizona State University:MAIN:MAINEX1 0 (000C05A6) Unknown\nRecipient";
    assert_reads(ims, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(software_of(ims).as_deref(), Some("exchange"));
}

/// Lotus Domino's failure report and DSN (jungleran/inmail test message nouser.eml).
#[test]
fn domino_reports_name_domino() {
    let report = "Your message\n\n  Subject: We want a toxic-free future\n\nwas not delivered to:\n\n  environment@lvmh.fr\n\nbecause:\n\n  User environment (environment@lvmh.fr) not listed in Domino Directory";
    assert_reads(report, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(software_of(report).as_deref(), Some("domino"));

    let dsn = "Final-Recipient: rfc822;bounce_processing_test@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Notes; User environment (bounce_processing_test@example.com) not l\n isted in Domino Directory";
    assert_reads(dsn, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(software_of(dsn).as_deref(), Some("domino"));
}

/// Bounces that Mailman lists received (flufl.bounce tests/data) and a Gmail bounce pasted in
/// sipwise/sipsak#6.
#[test]
fn list_bounces_from_other_systems() {
    // yale_01.txt: Yale's phquery directory filter.
    let yale = " --------Message not delivered to the following:\n\n thomas.dtankengine    No matches to nameserver query";
    assert_eq!(category_of(yale), Category::MailboxUnknown);

    // aol_01.txt: the AOL member blocks this sender (LABELS.md §1 Q5).
    let aol = "Your mail to the following recipients could not be delivered because they are not accepting mail from xxx@lists.xxx.com:\n\tscreenname";
    assert_reads(aol, Category::SenderRejected, Outcome::Permanent);

    // postfix_05.txt: BT Business's server refused a resent message without Resent-From.
    let bt = "<bjelf@detectit.net>: host mail.btconnect.com[193.113.154.2] said: 554 No\n    Resent-From field given";
    assert_eq!(provider_of(bt).as_deref(), Some("bt"));
    assert_ne!(explain(bt).outcome, Outcome::Success);

    // sipsak#6: Gmail's own bounce for a domain that does not exist.
    let gmail = "Technical details of permanent failure:\nDNS Error: 113013016 DNS type 'mx' lookup of lists.sipsak.org responded with code NXDOMAIN\nDomain name not found: lists.sipsak.org";
    assert_reads(gmail, Category::DomainUnknown, Outcome::Permanent);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
}

/// No row of this round's corpus file reads as a success.
#[test]
fn no_archived_bounce_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr31-s20.jsonl"));
}
