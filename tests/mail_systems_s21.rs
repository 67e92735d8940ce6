//! Whole bounce notices of mail systems outside Gmail, Outlook.com and Yahoo, as help pages and issue
//! threads quote them (round fr38, session 21): Exim, sendmail and qmail notices of universities and
//! regional ISPs, Postfix notices of Japanese and Croatian carriers, Exchange 5.5 and 2007 NDRs, the
//! 'Mail Administrator' template of the iPlanet era, a Chinese provider's summary and the PDP-10 ITS
//! mailer COMSAT. Each text is quoted from the source named beside it; the expected values are read
//! from that source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A recipient the receiving system does not know, in each program's words; a returned notice is
/// failed for good (LABELS.md, general order: a failed DSN is permanent).
#[test]
fn notices_of_unknown_recipients_read_as_unknown_mailboxes() {
    assert_all_read(
        &[
            // http://www.oucs.ox.ac.uk/email/failed/index.xml?ID=Username
            "This message was created automatically by mail delivery software.\nA message that you sent could not be delivered to one or more of its recipients. \nThis is a permanent error. The following address(es) failed:\nSMTP error from remote mail server after RCPT TO:<no-one@bbc.co.uk>:\n    host cluster1.eu.messagelabs.com []:\n    550 Invalid recipient <no-one@bbc.co.uk> (#5.1.1)",
            // http://www.oucs.ox.ac.uk/email/failed/index.xml?ID=Username
            "Delivery has failed to these recipients or distribution lists:\nExamine the text below for diagnostic information returned from the remote server. \nIf you have further problems then please contact help@oucs.ox.ac.uk.\nThe following organization rejected your message: relay5.mail.ox.ac.uk.\nSent by Microsoft Exchange Server 2007 \nDiagnostic information for administrators:\nGenerating server: exht01.ad.oak.ox.ac.uk\nrelay5.mail.ox.ac.uk #550-RPT-UNK: Recipient unknown. \nSearch at http://www.ox.ac.uk/contact/ \n550 http://www.oucs.ox.ac.uk/network/smtp/relay/index.xml?ID=errors#rpt-unk ##",
            // http://www.softlab.ntua.gr/Miscellaneous/Internet/zen-1.0/zen-1.0_14.html
            " From: Mail Delivery Subsystem <MAILER-DAEMON>\n Date: Sat, 25 May 91 16:45:14 -0400\n To: mg@gracie.com\n Cc: Postmaster@cs.widener.edu\n Subject: Returned mail: User unknown\n \n    ----- Transcript of session follows -----\n While talking to cs.widener.edu:\n >>> RCPT To:<lsimpson@cs.widener.edu>\n <<< 550 <lsimpson@cs.widener.edu>... User unknown\n 550 lsimpson... User unknown",
            // https://github.com/VIPriors/vipriors-challenges-toolkit/issues/66
            "I'm sorry your email is returned, the related information for this message: The Email address of the recipient does not exist, or is temporarily unavailable.",
            // https://github.com/jabberd2/jabberd2/issues/139
            "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  jabberd2-subscribe@lists.xiaoka.com\n    SMTP error from remote mail server after RCPT TO:<jabberd2-subscribe@lists.xiaoka.com>:\n    host xkh98.infr.xiaoka.com [78.47.138.98]: 550 unknown recipient",
            // https://github.com/tpokorra/KolabScripts/issues/18
            "This is the mail system at host 50-kolab.pokorra.de.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<test@alias20140721141933.de>: unknown user: \"test\"",
            // https://github.com/OxfordDemSci/gwasdiversitymonitor/issues/91
            "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n<user@example.ac.uk>: host oxmail.ox.ac.uk[129.67.1.165] said:\n    550 RPT-UNK: Recipient unknown. (in reply to RCPT TO command)",
            // https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/237/951.HTM
            "Your message did not reach some or all of the intended recipients.\n\nSubject: Subject\nSent: 07/19/1999 3:12 PM\nThe following recipient(s) could not be reached:\n\nc=US;a= ;p=Organization;o=ASGM;dda:MSXCHNGE=//o=ORGANIZATION//ou=SITE//cn=Container//cn=CR LC4B7A0994; on 07/19/1999 3:12 PM\n\nThe recipient name is not recognized\nThe MTS-ID of the original message is: c=US;a= ;p=Organization;l=Server1-990719191132Z-116481\n\nMSEXCH:MSExchangeMTA:ASGM:Server2",
            // https://github.com/poeml/mirrorbrain/issues/90
            "<issue_tracker@mirrorbrain.org>:\n83.133.126.38 does not like recipient.\nRemote host said: 550 Unrouteable address\nGiving up on 83.133.126.38.",
            // https://github.com/PDP-10/its/issues/1513 (the body of ITS COMSAT's notice)
            "============ A copy of your message is being returned, because: ============\n\"HIPY-PAPY-BTHUTHDTH-THUTHDA-BTHUTHDY\" at ES-ITS.SWENSON.ORG is an unknown recipient.\n============ Failed message follows: ============",
        ],
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
}

/// A full mailbox or an exceeded quota, also where the template or the enhanced code says
/// "temporarily" or 4.x.x: the notice itself says the message was returned.
#[test]
fn notices_of_full_mailboxes_read_as_full_mailboxes() {
    assert_all_read(
        &[
            // http://www.nexlan.com/emailreturned.htm
            "Subject: Mail delivery failed: returning message to sender\nThis message was created automatically\nby mail delivery software.\nA message that you sent could not be\ndelivered to one or more of its recipients. This is a permanent\nerror. The following address(es) failed:\nadam@thisdomain.net\nmailbox is full",
            // http://faq.busblog.jp/faq/show/410
            "Hi. This is the qmail-send program at ●●.●●.●●. I'm afraid I wasn't able to deliver your message to the following addresses. This is a permanent error; I've given up. Sorry it didn't work out. <●●@●●.●●.●●>: user is over quota",
            // http://faq.busblog.jp/faq/show/410
            "This Message was undeliverable due to the following reason: The user(s) account is temporarily over quota. <●●@●●.●●.●●> Please reply to <●●@●●.●●.●●> if you feel this message to be in error.",
            // https://digitallife2015.blogspot.com/2021/07/cant-create-output.html
            " ----- The following addresses had permanent fatal errors -----\n<************ji@tt.em-net.ne.jp>\n(reason: Can't create output)\n----- Transcript of session follows -----\nprocmail: Quota exceeded while writing \"/mb/tt.em-net.ne.jp************ji/Mailbox\"\n550 5.0.0 <************ji@tt.em-net.ne.jp>... Can't create output",
            // https://nobuneko.com/blog/archives/2012/03/undelivered_mail_returned_to_s.html
            "This is the Postfix program at host mc-imt12-g.dav.pdx.ne.jp.\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\nFor further assistance, please send mail to <postmaster>\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\nThe Postfix program\n<〜〜〜@pdx.ne.jp>: host 10.214.5.132[10.214.5.132] said: 552 We failed to\ndeliver mail because the volume of recipient's mailbox exceeded the local\nlimit. 〜〜〜@pdx.ne.jp (in reply to end of DATA command)",
            // https://github.com/mysociety/alaveteli/issues/3252
            "This is the mail system at host ls270.t-com.hr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\nThe mail system\n\n<[e-mail adresa]>: host pop-b12.t-com.hr[195.29.150.188] said: 552 4.2.2\n<[e-mail adresa]>: Mailbox full -- Quota exceeded (in reply to end of\nDATA command)",
        ],
        Category::MailboxFull,
        Outcome::Permanent,
    );
}

/// A receiving system that fails inside (Exim's 'local delivery failed' to a pipe) is a server
/// error (LABELS.md §2 Q5); the notice says the error is permanent.
#[test]
fn a_failed_local_delivery_reads_as_a_server_error() {
    assert_all_read(
        &[
            // https://github.com/openstreetmap/operations/issues/1224
            "Subject:\nMail delivery failed: returning message to sender\nFrom:\nMail Delivery System <Mailer-Daemon@openstreetmap.org>\nDate:\n01/04/2025, 11:38\nTo:\nuser@example.org.uk\n\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  [m-1234567-abcdefgh@messages.openstreetmap.org](mailto:m-1234567-abcdefgh@messages.openstreetmap.org)\n    local delivery failed\n\nThe following text was generated during the delivery attempt:\n\n------ [m-1234567-abcdefgh@messages.openstreetmap.org](mailto:m-1234567-abcdefgh@messages.openstreetmap.org) ------",
        ],
        Category::ServerError,
        Outcome::Permanent,
    );
}

/// A connection that timed out is a network error (LABELS.md §2 Q1): permanent in Postfix's
/// failed-bounce template, temporary in its delay warning (LABELS.md §3).
#[test]
fn timeouts_read_as_network_errors_failed_or_delayed() {
    assert_all_read(
        &[
            // https://github.com/dogtagpki/pki/issues/5006
            "This is the mail system at host [mx3.osci.io](http://mx3.osci.io/).\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<[users@lists.dogtagpki.org](mailto:users@lists.dogtagpki.org)>: connect to [lists.dogtagpki.org](http://lists.dogtagpki.org/)[8.43.85.251]:25:\n    Connection timed out",
        ],
        Category::NetworkError,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            // https://github.com/sentora/sentora-core/issues/346
            "This is the mail system at host ns3.goit.in.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<user@gmail.com>: delivery temporarily suspended: connect to\n    alt2.gmail-smtp-in.l.google.com[64.233.177.26]:25: Connection timed out\nReporting-MTA: dns; ns3.goit.in\nX-Postfix-Queue-ID: 8DFA4425E5A\nX-Postfix-Sender: rfc822; sender@goit.in\nArrival-Date: Mon, 10 Feb 2020 20:34:42 +0000 (UTC)\n\nFinal-Recipient: rfc822; user@gmail.com\nOriginal-Recipient: rfc822;user@gmail.com\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; delivery temporarily suspended: connect to\n    alt2.gmail-smtp-in.l.google.com[64.233.177.26]:25: Connection timed out\nWill-Retry-Until: Sat, 15 Feb 2020 20:34:42 +0000 (UTC)",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// The server that replied names the provider (LABELS.md §4): Symantec MessageLabs for bbc.co.uk,
/// WILLCOM's own hosts for a pdx.ne.jp mailbox.
#[test]
fn the_replying_host_names_the_provider() {
    assert_eq!(provider_of("This message was created automatically by mail delivery software.\nA message that you sent could not be delivered to one or more of its recipients. \nThis is a permanent error. The following address(es) failed:\nSMTP error from remote mail server after RCPT TO:<no-one@bbc.co.uk>:\n    host cluster1.eu.messagelabs.com []:\n    550 Invalid recipient <no-one@bbc.co.uk> (#5.1.1)").as_deref(), Some("symantec"));
    assert_eq!(provider_of("This is the Postfix program at host mc-imt12-g.dav.pdx.ne.jp.\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\nFor further assistance, please send mail to <postmaster>\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\nThe Postfix program\n<〜〜〜@pdx.ne.jp>: host 10.214.5.132[10.214.5.132] said: 552 We failed to\ndeliver mail because the volume of recipient's mailbox exceeded the local\nlimit. 〜〜〜@pdx.ne.jp (in reply to end of DATA command)").as_deref(), Some("willcom"));
}

/// ITS COMSAT's returned-copy banner alone tells a failure for good.
#[test]
fn comsats_banner_reads_as_permanent() {
    // https://github.com/PDP-10/its/issues/1513
    let banner = "============ A copy of your message is being returned, because: ============";
    assert_eq!(explain(banner).outcome, Outcome::Permanent);
}

#[test]
fn no_notice_of_the_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr38-s21.jsonl"));
}
