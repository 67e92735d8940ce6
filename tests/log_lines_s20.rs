//! Mail-server log lines as admins paste them in issue threads (round fr23, session 20): Sendmail,
//! Courier, Haraka, Stalwart, Domino and Postfix's smtpd/postscreen, with some lines that report no
//! delivery result at all. Each text is quoted from the page named beside it (the same rows are in
//! tests/corpus/dev-fr23-s20.jsonl); the expected values are read from that page, the program's
//! source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Haraka's hook log line names the plugin's answer: DENYSOFT is a 4xx (haraka-constants), so the
/// refusal is temporary; the cause is in msg=.
#[test]
fn harakas_denysoft_is_a_temporary_refusal() {
    // https://github.com/haraka/Haraka/issues/1729
    let text = "2016-11-23T13:14:23.300Z [INFO] [F088DB06-76CE-4D6E-8856-7FC846E19A26.238] [core] hook=rcpt plugin=limit function=max_recipients params=\"<jijing667@163.com>\" retval=DENYSOFT msg=\"Too many recipients\"";
    assert_reads(text, Category::TooManyRecipients, Outcome::Temporary);
    assert_eq!(software_of(text).as_deref(), Some("haraka"));
}

/// Result lines of a check (a DNSBL hit scored by karma, an SPF result) and a server's own trace of
/// its greeting report no delivery result: no outcome.
#[test]
fn check_results_and_greeting_traces_tell_no_outcome() {
    // https://github.com/haraka/Haraka/issues/2286: Haraka's dnsbl plugin result (a public list names the cause).
    assert_reads(
        "Nov  2 14:11:02 haraka haraka: [INFO] [9C75AA1D-DA4E-4D46-986D-6EBFA8847C89] [dnsbl] fail:truncate.gbudb.net",
        Category::SenderBlocklisted,
        Outcome::Unknown,
    );
    // https://github.com/haraka/Haraka/issues/1729: the SPF plugin's result line (the session went on).
    assert_reads(
        "2016-11-23T13:14:15.277Z [INFO] [F088DB06-76CE-4D6E-8856-7FC846E19A26.238] [spf] identity=mfrom ip=14.221.221.196 domain=\"abcd.ab\" mfrom=<oqsv@abcd.ab> result=Fail",
        Category::Unknown,
        Outcome::Unknown,
    );
    // https://github.com/stalwartlabs/stalwart/issues/195: Stalwart 0.5 tracing the 220 greeting it wrote.
    assert_reads(
        "smtp::inbound::session: event=\"write\" data=\"220 mail.vfosnar.cz Stalwart SMTP v0.5.1 at your service.\\r\\n\" size=59",
        Category::Unknown,
        Outcome::Unknown,
    );
}

/// Failed SMTP logins as the servers log them: Cyrus SASL's "user not found" is an unknown login
/// name, never an unknown recipient.
#[test]
fn failed_smtp_logins_are_auth_failures() {
    // https://github.com/fail2ban/fail2ban/blob/master/fail2ban/tests/files/logs/sendmail-auth (gh-3030, gh-2757)
    for text in [
        "May 24 01:58:40 server sm-mta[65696]: 14NNwaRl065696: AUTH failure (DIGEST-MD5): user not found (-20) SASL(-13): user not found: unable to canonify user and get auxprops, user=scanner, relay=[192.0.2.5]",
        "Feb 25 04:02:27 relay1 sendmail[16664]: 06I02CNi016764: AUTH failure (LOGIN): authentication failure (-13) SASL(-13): authentication failure: checkpass failed, user=user@example.com, relay=example.com [192.0.2.3] (may be forged)",
    ] {
        assert_eq!(category_of(text), Category::AuthFailed, "{text}");
        assert_eq!(software_of(text).as_deref(), Some("sendmail"), "{text}");
    }
    // https://github.com/fail2ban/fail2ban/issues/2697 (Courier 1.0.12 format) and /issues/1440: the 535 it sent.
    for text in [
        "Apr 21 06:45:37 mymailserver courieresmtpd[425070]: error,relay=::ffff:45.142.195.3,port=43632,msg=\"535 Authentication failed.\",cmd: AUTH LOGIN PlcmSpIp@co.uk",
        "May 19 00:52:10 mail.server courieresmtpd[26762]: error,relay=::ffff:86.59.234.158,msg=\"535 Authentication failed.\",cmd: AUTH PLAIN AGFkbWluAGZhaWxlZA== admin",
    ] {
        assert_reads(text, Category::AuthFailed, Outcome::Permanent);
        assert_eq!(software_of(text).as_deref(), Some("courier"), "{text}");
    }
    // https://github.com/nashcom/domino-startscript/issues/5 (HCL Domino's SMTP task).
    assert_eq!(
        category_of("[000738:000027-00007F1164C23700] 06-11-2022 11:53:54   SMTP Server: Authentication failed for user FISHBEIN ; connecting host 5.34.207.55"),
        Category::AuthFailed
    );
    // https://github.com/mail-in-a-box/mailinabox/issues/1622: Dovecot's login process names itself.
    let sieve = "Aug 09 15:34:05 managesieve-login: Info: Disconnected (auth failed, 2 attempts in 53 secs)";
    assert_eq!(category_of(sieve), Category::AuthFailed);
    assert_eq!(software_of(sieve).as_deref(), Some("dovecot"));
}

/// Refusals the admin's own server wrote: the cause is in Postfix's and Sendmail's fixed texts,
/// the outcome follows the code.
#[test]
fn own_server_refusals_read_from_their_fixed_texts() {
    // https://github.com/fail2ban/fail2ban/issues/3012 (Sendmail check_rcpt).
    assert_reads(
        "Apr 24 11:20:27 localhost sm-mta[275631]: 13O9Ixhq275631: ruleset=check_rcpt, arg1=<linda@domain.com>, relay=[1.23.456.78], reject=550 5.7.1 <linda@domain.com>... Fix reverse DNS for 1.23.456.78",
        Category::ReverseDns,
        Outcome::Permanent,
    );
    // https://github.com/fail2ban/fail2ban/issues/125 (reject_unknown_helo_hostname, 450).
    assert_reads(
        "Feb 21 11:52:28 xxx postfix/smtpd[20747]: NOQUEUE: reject: RCPT from tx2outboundsmtppool1.messaging.microsoft.com[65.55.83.131]: 450 4.7.1 <TX2EHSNDR001.bigfish.com>: Helo command rejected: Host not found; from=<> to=<<REMOVED>> proto=ESMTP helo=<TX2EHSNDR001.bigfish.com>",
        Category::ReverseDns,
        Outcome::Temporary,
    );
    // https://github.com/fail2ban/fail2ban/issues/2426
    assert_reads(
        "May 13 15:45:46 server postfix/smtpd[13844]: 00ADB3C0899: reject: RCPT from mail-serv.info[185.222.211.30]: 550 5.1.1 <sales@server.com>: Recipient address rejected: User unknown in local recipient table; from=<poy5hkbxow0mle7u@ukon34.ru> to=<sales@server.com> proto=ESMTP helo=<mail-serv.info>",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    // fail2ban's postfix-relay sample (454 relay refusal).
    assert_reads(
        "Jul 15 01:37:13 anton postfix/smtpd[21040]: NOQUEUE: reject: RCPT from unknown[1.1.1.1]: 454 4.7.1 <target@example.com>: Relay access denied; from=<ramdomname@mydomain.com> to=<target@example.com> proto=ESMTP helo=<XL-20141217WFEH>",
        Category::RelayDenied,
        Outcome::Temporary,
    );
    // https://github.com/mailcow/mailcow-dockerized/issues/3031 (postscreen's DNSBL reject).
    assert_reads(
        "NOQUEUE: reject: RCPT from [212.27.42.5]:20826: 550 5.7.1 Service unavailable; client [212.27.42.5] blocked using hostkarma.junkemailfilter.com",
        Category::SenderBlocklisted,
        Outcome::Permanent,
    );
    // https://github.com/mailcow/mailcow-dockerized/issues/3573 (not a submission service: LABELS §1).
    assert_reads(
        "postfix-mailcow_1    | May 25 15:41:30 mail01 postfix/quarantine/smtpd[5782]: NOQUEUE: reject: RCPT from mailcowdockerized_dovecot-mailcow_1.mailcowdockerized_mailcow-network[fd4d:6169:6c63:6f77::11]: 554 5.7.1 <mailcowdockerized_dovecot-mailcow_1.mailcowdockerized_mailcow-network[fd4d:XXXX:XXXX:6f77::11]>: Client host rejected: Access denied; from=<quarantine@localhost> to=<sale@XXXXXX.ru> proto=ESMTP helo=<quarantine>",
        Category::SenderIpBlocked,
        Outcome::Permanent,
    );
}

/// Lines about a connecting client or the server's own bookkeeping are no delivery result.
#[test]
fn bookkeeping_lines_are_no_delivery_result() {
    assert_all_read(
        &[
            // https://github.com/fail2ban/fail2ban/issues/1699
            "Feb 20 06:25:36 [my server IP] sm-mta[22765]: v1KBPYxg022765: [198.240.124.169] did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA-v4",
            // https://github.com/mailcow/mailcow-dockerized/issues/2111
            "postfix-mailcow_1    | Dec 21 22:06:15 mail postfix/postscreen[415]: PASS NEW [86.47.96.237]:64952",
            // https://github.com/fail2ban/fail2ban/issues/977
            "Feb 26 16:07:34 mail0 postfix/submission/smtpd[1513]: 382BD2616DC: client=unknown[1.1.1.1], sasl_method=PLAIN, sasl_username=username@domain.com",
            // https://github.com/mailcow/mailcow-dockerized/issues/2282
            "Mar 30 11:02:33 mx1 postfix/smtpd[12637]: disconnect from mailout-l3b-97.contactoffice.com[212.3.242.97] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7",
            // https://github.com/haraka/Haraka/issues/2286
            "Nov  2 14:11:00 haraka haraka: [NOTICE] [9C75AA1D-DA4E-4D46-986D-6EBFA8847C89] [core] connect ip=74.222.27.205 port=54261 local_ip=172.16.15.9 local_port=25",
        ],
        Category::Unknown,
        Outcome::Unknown,
    );
}

/// No row of this round whose source tells a failure reads as a success.
#[test]
fn no_failure_of_this_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr23-s20.jsonl"));
}
