//! Mail log lines and raw server replies as mail admins paste them, sampled fresh in session 17
//! (tests/corpus/dev-fr4-s17.jsonl; rules in src/data/knowledge/*.tsv). Each text is quoted from
//! the page or program source named beside it; the expected values are read from that source and
//! tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Lines that report a check about a connecting client, not a delivery: they name their finding
/// but no outcome, and never read as a failure told as success.
#[test]
fn client_checks_name_their_finding_and_no_outcome() {
    // Postfix postscreen (postscreen_early.c "DNSBL rank %d for [%s]:%s"), quoted at
    // https://linux22.com/archives/721175 (mailcow).
    let text = "30.4.2018, 09:56:57 info    DNSBL rank 14 for [182.176.115.31]:54308";
    assert_reads(text, Category::SenderBlocklisted, Outcome::Unknown);
    assert_eq!(software_of(text).as_deref(), Some("postfix"));
    // Postfix dnsblog (dnsblog.c "addr %s listed by domain %s as %s"), same page.
    assert_reads(
        "30.4.2018, 10:05:09 info    addr 87.243.7.183 listed by domain zen.spamhaus.org as 127.0.0.4",
        Category::SenderBlocklisted,
        Outcome::Unknown,
    );
    // Postfix smtpd_peer.c "hostname %s does not resolve to address %s": the client's PTR name
    // has no forward address back (LABELS: a reverse-DNS finding), a warning only.
    assert_all_read(
        &[
            "30.4.2018, 10:05:13 warning warning: hostname 183.7.243.87.static.primetelecom.ro does not resolve to address 87.243.7.183: Name or service not known",
        ],
        Category::ReverseDns,
        Outcome::Unknown,
    );
}

/// A mail system's own settings or files, logged as warnings at start-up or beside a deferral:
/// a fault inside the mail system (LABELS §2 Q5) with no delivery outcome of its own.
#[test]
fn own_configuration_faults_are_server_errors_without_an_outcome() {
    // Postfix pipe.c "pipe flag `D' requires %s_destination_recipient_limit = 1", quoted at
    // https://wiki.redatek.de/mail:postfix_recipient_limit.
    assert_reads("warning: pipe flag `D' requires dovecot_destination_recipient_limit = 1", Category::ServerError, Outcome::Unknown);
    // OpenSMTPD filter-dkimsign "Can't open key file (%s)", quoted at
    // https://www.ircnow.org/index.php?n=Opensmtpd.Troubleshoot: not a DKIM verdict on a message.
    assert_reads(
        "Jul 17 14:46:18 example smtpd[17229]: dkimsign: Can't open key file (/etc/mail/dkim/private.key): Permission denied",
        Category::ServerError,
        Outcome::Unknown,
    );
}

/// OpenSMTPD's mta puts a route on hold after connection errors and tries again later
/// (mta.c mta_route_disable, "smtp-out: Disabling route %s for %llus"); quoted at
/// https://www.ircnow.org/index.php?n=Opensmtpd.Troubleshoot.
#[test]
fn opensmtpd_route_back_off_is_a_temporary_network_error() {
    let text = "smtpd[]: smtp-out: Disabling route [] <-> 104.47.55.33 (104.47.55.33) for 15s";
    assert_reads(text, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(text).as_deref(), Some("opensmtpd"));
    assert_reads("smtpd[]: mta error reason=Connection timeout", Category::NetworkError, Outcome::Temporary);
}

/// Exim refuses a client that gave no HELO/EHLO (smtp_in.c; test/stderr/0070 of Exim's suite):
/// a command out of order (LABELS: protocol_sequence).
#[test]
fn exim_no_helo_given_is_a_command_out_of_order() {
    let text = "LOG: rejected MAIL from [V4NET.0.0.1]: no HELO/EHLO given";
    assert_eq!(category_of(text), Category::ProtocolSequence, "{text}");
    assert_eq!(software_of(text).as_deref(), Some("exim"));
}

/// GreenArrow's remote-delivery messages (its "Remote Delivery Attempt Error Messages" page):
/// its own throttling deferrals are rate limits still being retried; the no-MX and no-host
/// failures are about the recipient domain and final.
#[test]
fn greenarrow_throttles_and_domain_failures() {
    assert_all_read(
        &[
            "All connection backlog slots used up for this domain.",
            "All connection backlog slots full due to max concurrent connections.",
            "All connection backlog slots full due to max delivery attempts per hour.",
        ],
        Category::RateLimited,
        Outcome::Temporary,
    );
    assert_reads(
        "Sorry, the host named {HOSTNAME} does not have any MX records, and delivery without MX records prohibited by local policy. (#5.1.0)",
        Category::DomainNoMail,
        Outcome::Permanent,
    );
    assert_reads("Sorry, I couldn't find any host named {HOSTNAME}. (#5.1.2)", Category::DomainUnknown, Outcome::Permanent);
}

/// qmail's own lines: qmail-send's alert when it cannot record a failure (qmail-log(5), usually
/// a full disk) is a fault inside the mail system; qmail-local's loop refusal is a routing loop.
#[test]
fn qmail_alerts_and_loops() {
    let alert = "alert: unable to append to bounce message...";
    assert_eq!(category_of(alert), Category::ServerError, "{alert}");
    assert_eq!(software_of(alert).as_deref(), Some("qmail"));
    let lp = "This message is looping: it already has my Delivered-To line. (#5.4.6)";
    assert_reads(lp, Category::RoutingLoop, Outcome::Permanent);
    assert_eq!(software_of(lp).as_deref(), Some("qmail"));
    assert_eq!(software_of("triple bounce: discarding ...").as_deref(), Some("qmail"));
}

/// Sendmail's deferral when the remote host refuses the TCP connection (stat=Deferred); the
/// Yahoo MX was never reached, so no provider (LABELS §4). Quoted at experts-exchange Q_23082834
/// and itecnotes.
#[test]
fn sendmail_connection_refused_deferrals() {
    for text in ["(Deferred: Connection refused by mx5.biz.mail.yahoo.com.)", "stat=Deferred: Connection refused by [x.x.x.x]"] {
        assert_reads(text, Category::NetworkError, Outcome::Temporary);
        assert_eq!(software_of(text).as_deref(), Some("sendmail"), "{text}");
        assert_eq!(provider_of(text), None, "{text}");
    }
}

/// Replies quoted in bounces from named providers: who replied is named from the text.
#[test]
fn provider_replies_quoted_in_bounces() {
    // Exchange Online Directory-Based Edge Blocking (suped.com's page on AS(201806281)).
    let dbeb = "550 5.4.1 Recipient address rejected: Access denied AS(201806281)";
    assert_reads(dbeb, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(dbeb).as_deref(), Some("microsoft"));
    // Gmail's likely-unsolicited verdict in a Winmail bounce (magicwinmail.com): a content verdict.
    let gmail = "<winmaildemo@gmail.com>, remote server said: 550-5.7.1 [111.140.xxx.xxx  12] Our system has detected that this message is\n550-5.7.1_likely_unsolicited mail. To reduce the amount of spam sent to Gmail,\n550-5.7.1 this message has been blocked. Please visit\n550-5.7.1 http://support.google.com/mail/bin/answer.py?hl=en&answer=188131 for\n550 5.7.1 more information. mu18si1139639pab.287 - gsmtp/";
    assert_reads(gmail, Category::SpamContent, Outcome::Permanent);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
    // A receiver's RBL naming SORBS (blog.csdn.net): a public blocklist.
    assert_reads("554 5.7.1 Rejected xxx.xxx.xxx.xxx found in dnsbl.sorbs.net", Category::SenderBlocklisted, Outcome::Permanent);
}

/// No failure among these texts comes out as a success.
#[test]
fn no_failure_reads_as_success() {
    for text in [
        "status=deferred (mail system configuration error)",
        "1999-03-02 09:44:33 10HmaX-0005vi-00 == userx@test.ex R=r1 T=t1 defer (-45) H=::1 [::1]: SMTP error from remote mail server after MAIL FROM:<CALLER@the.local.host.name>: 450 Temporary error",
        "451 4.4.0 DNS query failed",
        "(Cannot start TLS: handshake failure)",
        "TLS is required, but was not offered by host",
        "a1 NO [AUTHENTICATIONFAILED] Authentication failed.",
        "421 Server temporarily unavailable. Try again later. IB101",
    ] {
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
}
