//! Round fr17 (session 19): what self-hosted mail servers (mailcow, Mailu, docker-mailserver,
//! Modoboa, Mail-in-a-Box, iRedMail, Stalwart, Cyrus, Dovecot, OpenSMTPD, Haraka, MDaemon) say
//! when they refuse or defer, as their admins paste it (tests/corpus/dev-fr17-s19.jsonl). Each
//! text is quoted from the page named beside it; the expected values are read from that page,
//! the program's source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A mailbox that another process holds locked is busy, for now (RFC 3463 X.2.x; the qmail and
/// mailutils lock texts read the same way).
#[test]
fn a_locked_mailbox_is_busy_for_now() {
    assert_all_read(
        &[
            // Postfix local(8) with src/util/dot_lockfile.c's "unable to create lock file %s: %m"
            // (https://github.com/eaudeweb/edw.docker.mailtrap/issues/12).
            "Apr 13 07:01:29 101c8e0d346c postfix/local[303]: AD463A5144: to=<user1@101c8e0d346c.localdomain>, orig_to=<xxxx@xxxx.com>, relay=local, delay=93, delays=0/75/0/17, dsn=4.2.0, status=deferred (cannot update mailbox /var/mail/user1 for user user1. unable to create lock file /var/mail/user1.lock: File exists)",
            // Dovecot LMTP in Mailu, lib-index/mail-transaction-log-file.c
            // (https://github.com/Mailu/Mailu/issues/937 and https://github.com/Mailu/Mailu/issues/1724).
            "imap_1 | Feb 13 20:46:31 lmtp(kontakt@domain.tld)<3934><LUSkAnOBZFxeDwAAavlgiw>: Error: Timeout (180s) while waiting for lock for transaction log file /mail/kontakt@domain.tld/dovecot.index.log (WRITE lock held by pid 3754)",
            "lmtp(admin@mailu.mydomain.de)<20290><phs+GNF7+V9CTwAARBVe4Q>: Error: lmtp-server: conn 172.33.0.8:59670 [1]: rcpt admin@mailu.mydomain.de: Mailbox INBOX: Timeout (180s) while waiting for lock for transaction log file /mail/admin@mailu.mydomain.de/dovecot.index.log (WRITE lock held by pid 19749)",
        ],
        Category::MailboxBusy,
        Outcome::Temporary,
    );
    assert_eq!(
        software_of("Apr 13 07:01:29 101c8e0d346c postfix/local[303]: AD463A5144: to=<user1@101c8e0d346c.localdomain>, relay=local, dsn=4.2.0, status=deferred (cannot update mailbox /var/mail/user1 for user user1. unable to create lock file /var/mail/user1.lock: File exists)").as_deref(),
        Some("postfix")
    );
}

/// amavis's failing virus scanner is a fault of the receiving system, not a virus in the message
/// (https://github.com/docker-mailserver/docker-mailserver/issues/1839; amavisd's "av-scanner FAILED").
#[test]
fn a_failed_virus_scanner_is_the_receivers_own_error() {
    let text = "Feb 26 18:22:42 85ce7024a2cb amavis[916]: (00916-01) (!)ClamAV-clamd av-scanner FAILED: run_av error: Too many retries to talk to /var/run/clamav/clamd.ctl (All attempts (1) failed connecting to /var/run/clamav/clamd.ctl) at (eval 98) line 659.\\n,";
    assert_eq!(category_of(text), Category::ServerError);
    assert_ne!(category_of(text), Category::VirusDetected);
    assert_eq!(software_of(text).as_deref(), Some("amavis"));
}

/// postscreen's after-greeting deferral of a new client is greylisting (LABELS.md §2 Q2), as
/// Modoboa's log shows it (https://github.com/modoboa/modoboa/issues/2382).
#[test]
fn postscreens_logged_deferral_is_greylisting() {
    assert_reads(
        "Oct 15 09:18:08 server postfix/postscreen[1301232]: NOQUEUE: reject: RCPT from [209.85.210.49]:43734: 450 4.3.2 Service currently unavailable; from=<xxxx@gmail.com>, to=<xxx@xxxx.xxx>, proto=ESMTP, helo=<mail-ot1-f49.google.com>",
        Category::Greylisted,
        Outcome::Temporary,
    );
    // Rspamd's greylist answer through mailcow's Postfix
    // (https://github.com/mailcow/mailcow-dockerized/issues/2756).
    assert_reads(
        "postfix-mailcow_1    | Jan  6 13:30:10 mail postfix/cleanup[699]: 023F92A45B9: milter-reject: END-OF-MESSAGE from r63.p25.neolane.net[66.117.18.63]: 4.7.1 Try again later; from=<bounces@nl.PPPPPPP.fr> to=<wwww@XXXXX.com> proto=ESMTP helo=<r63.p25.neolane.net>",
        Category::Greylisted,
        Outcome::Temporary,
    );
}

/// A delivery agent that cannot connect to the LMTP server had a connection fail (LABELS.md §2 Q1),
/// like Postfix lmtp's connect failures: OpenSMTPD's mail.lmtp.c err(EX_TEMPFAIL, "connect")
/// (https://github.com/OpenSMTPD/OpenSMTPD/issues/1274); Postfix's content-filter connect
/// (https://github.com/modoboa/modoboa/issues/2035); Haraka's forward backend
/// (https://github.com/msimerson/Mail-Toaster-6/issues/205).
#[test]
fn a_failed_connection_inside_the_mail_stack_is_a_network_error() {
    assert_all_read(
        &[
            "Feb 21 03:30:33 mail2 smtpd[54444]: bdb3eafa2b6613d3 mda delivery evpid=f91890b2f23ac3af from=<info@somedomain.my> to=<me@mycorp.com> rcpt=<me@mycorp.com> user=fuzzymail delay=1h4m34s result=TempFail stat=Error (temporary failure: \"mail.lmtp: connect: Permission denied\")",
            "Oct 15 01:04:39 mail postfix/smtpd[14825]: warning: connect to proxy filter inet:[127.0.0.1]:10024: Connection refused",
            "[ERROR] [-] [core] backend failure: 127.0.0.8:25 - B84E3B7F-4CED-49AC-87B6-2956796BCB21: [127.0.0.8:25] SMTP connection timed out",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// Gmail's own notice that it could not connect names Google, also pasted without its help link
/// (https://github.com/mailcow/mailcow-dockerized/issues/6277; LABELS.md §4).
#[test]
fn gmails_connection_notice_names_google() {
    let text = "The recipient server did not accept our requests to connect. For more information";
    assert_reads(text, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("google"));
}

/// The self-hosted servers' refusals read from their own words.
#[test]
fn self_hosted_refusals_read_from_their_words() {
    // docker-mailserver's Postfix reject_sender_login_mismatch
    // (https://github.com/docker-mailserver/docker-mailserver/issues/1252).
    assert_reads(
        "553 5.7.1 <notify@mydomain.org>: Sender address rejected: not owned by user no-reply@mydomain.org; from=<no-reply@mydomain.org> to=<MyOtherEmailName@qq.com> proto=ESMTP helo=<2.1.168.192.in-addr.arpa>",
        Category::SenderRejected,
        Outcome::Permanent,
    );
    // Postfix refusing to relay (https://github.com/docker-mailserver/docker-mailserver/issues/19).
    assert_reads("554 5.7.1 xxxxx@163.com: Relay access denied", Category::RelayDenied, Outcome::Permanent);
    // Stalwart's DSN lines (https://github.com/stalwartlabs/stalwart/issues/178,
    // https://github.com/stalwartlabs/webadmin/issues/106): the words beat the 5.1.2 / 5.5.0 codes.
    assert_reads(
        "<christine@theribbles.org> (host 'home.theribbles.org' rejected command 'RCPT TO:<christine@theribbles.org>' with code 550 (5.1.2) 'Relay not allowed.')",
        Category::RelayDenied,
        Outcome::Permanent,
    );
    assert_reads(
        "<aa@mydomain.com> (host 'localhost' rejected command 'RCPT TO:<aa@mydomain.com>' with code 550 (5.5.0) 'Mailbox not found.')",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    // Exim quoting Cyrus lmtpd's "Mailbox unknown" (https://github.com/cyrusimap/cyrus-imapd/issues/5593).
    assert_reads(
        "Aug 23 01:24:18 roger exim[2510260]: 1upakk-0000000AVbG-1QCM ** xxxxxxxx@xxxxxxxxxx <xxxxxxxxxxxx> ...: SMTP error from remote mail server after RCPT TO:<xxxxxxxxxxxx@xxxxxxxxxxxx>: 550-Mailbox unknown.  Either there is no mailbox associated with this\n550-name or you do not have authorization to see it.\n550 5.1.1 User unknown DT=0s",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    // mailcow's Postfix reverse-DNS check (https://github.com/mailcow/mailcow-dockerized/issues/52).
    assert_reads(
        "postfix-mailcow_1    | Feb 16 06:39:10 mx postfix/smtpd[127]: NOQUEUE: reject: RCPT from unknown[192.30.252.196]: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.30.252.196]; from=<noreply@github.com> to=<user@domain.com> proto=ESMTP helo=<github-smtp2a-ext-cp1-prd.iad.github.net>",
        Category::ReverseDns,
        Outcome::Temporary,
    );
    // Rspamd's ratelimit through mailcow (https://github.com/mailcow/mailcow-dockerized/issues/1693).
    assert_reads(
        "Aug 19 16:05:19 levinus-rasp sendemail[28235]: ERROR => Received:       451 4.7.1 Ratelimit \\\"mailcow\\\" exceeded",
        Category::RateLimited,
        Outcome::Temporary,
    );
    // Postfix's queue file error when amavis is down (https://github.com/modoboa/modoboa/issues/2564)
    // and OpenSMTPD's 421 when its queue cannot be written (https://github.com/OpenSMTPD/OpenSMTPD/issues/1159).
    assert_all_read(&["451 4.3.0 Error: queue file write error", "421 4.3.0 Temporary Error"], Category::ServerError, Outcome::Temporary);
    // MDaemon's optional permanent over-quota reply (https://techshelps.github.io/MDaemon/misc__quotas.htm).
    assert_reads("552 Requested mail action aborted: exceeded storage allocation", Category::MailboxFull, Outcome::Permanent);
}

/// What is no failure reads as none: Cyrus lmtpd's 250 with its odd "Undefined error: 0"
/// (https://github.com/cyrusimap/cyrus-imapd/issues/4362), and postgrey's header on a message it
/// let through after greylisting (https://github.com/schweikert/postgrey/issues/50).
#[test]
fn accepted_mail_is_no_failure() {
    assert_reads(
        "250 2.1.5 Undefined error: 0 SESSIONID=<imapd-1672619404-57025-2-15431856533157375633>",
        Category::Delivered,
        Outcome::Success,
    );
    assert_eq!(
        expect_outcome("X-Greylist: delayed 90370 seconds by postgrey-1.34 at monserveur.org; Sat, 08 Apr 2017 01:07:58 CEST"),
        Outcome::Success
    );
}

fn expect_outcome(text: &str) -> Outcome {
    smtp_explain::explain(text).outcome
}

/// No text of the round whose source tells a failure reads as a success.
#[test]
fn no_failure_of_the_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr17-s19.jsonl"));
}
