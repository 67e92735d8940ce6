//! What mail admins paste (round fr9-s18): MTA log lines, DSNs and raw replies from issue
//! trackers, KB pages and the mail programs' own test logs, taken as they came. Each text is
//! quoted from the page named beside it; the expected values are read from that page, the
//! program's source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Postfix's resolver text for a NO_DATA answer (dns_strerror.c: "Host found but no data record
/// of requested type"): the domain exists but has no MX and no address to deliver to. The
/// bounce gave up, so permanent.
#[test]
fn a_domain_with_no_mail_records_is_domain_no_mail() {
    // https://github.com/mailcow/mailcow-dockerized/issues/1645 (Postfix bounce)
    assert_reads(
        "<admin@<domain>.de>: Host or domain name not found. Name service error for\n    name=<domain>.de type=AAAA: Host found but no data record of requested type",
        Category::DomainNoMail,
        Outcome::Permanent,
    );
}

/// c-ares' resolver texts that Node.js mail programs pass on: a failed DNS lookup is a network
/// error (LABELS.md §2 Q1); ZoneMTA turned it into a 550 and bounced, so permanent (§3).
#[test]
fn c_ares_lookup_failures_are_network_errors() {
    // https://github.com/zone-eu/zone-mta/issues/154 (bounce and syslog line)
    let bounce = "Delivery to the following recipient failed permanently:\nxy@domain.com\n\nTechnical details of permanent failure:\n\n550 Failed to resolve IP address for smtp.remotedomain.com of the MX server for remotedomain.com. DNS server returned general failure";
    let log = "Aug 27 17:32:58 mail.mydomain.com zone-mta[1173]: info Sender/default/1361[1] 1657c04319e020d043.001 REJECTED[recipient] from=user@mydomain.com to=remoteuser@remotedomain.com id=<02b901d43e1b$4e281ff0$ea485fd0$@mydomain.com> (550 Failed to resolve IP address for smtp.remotedomain.com of the MX server for remotedomain.com DNS server returned general failure)";
    assert_all_read(&[bounce, log], Category::NetworkError, Outcome::Permanent);
    assert_eq!(software_of(log).as_deref(), Some("zonemta"));
}

/// OpenSMTPD's delivery log ("delivery:"/"relay:" + Ok/TempFail/PermFail, queue.c queue_log):
/// a local delivery agent killed by a signal is the receiving system's own failure, kept for
/// another try; an "Ok" with a 250 is a handover.
#[test]
fn opensmtpd_delivery_lines_name_the_program_and_the_result() {
    // https://github.com/OpenSMTPD/OpenSMTPD/issues/644
    let killed = "delivery: TempFail for 7c1ba6adf8fcec21: from=<aleksei.kurepin@goswift.eu>, to=<niemi@suminovou.eu>, user=niemi, method=maildir, delay=42m42s, stat=Error (terminated; signal 9)";
    assert_reads(killed, Category::ServerError, Outcome::Temporary);
    assert_eq!(software_of(killed).as_deref(), Some("opensmtpd"));
    // https://github.com/OpenSMTPD/OpenSMTPD/issues/410
    let ok = "relay: Ok for 51c9c1c80921d43b: session=ffffffffdd2e7424, from=<max@example.com>, to=<max@[10.9.4.144]>, rcpt=<->, source=10.9.4.144, relay=10.9.4.144 (example.com), delay=1s, stat=250 31107db5 Message accepted for delivery";
    assert_reads(ok, Category::Delivered, Outcome::Success);
    assert_eq!(software_of(ok).as_deref(), Some("opensmtpd"));
}

/// Exim's lost-incoming-connection lines (receive.c, smtp_in.c): a timeout, network_error,
/// nothing refused for good.
#[test]
fn exim_timeouts_name_exim() {
    // https://git.exim.org/users/heiko/exim.git (test/stderr/0092)
    for text in [
        "LOG: SMTP data timeout (message abandoned) on connection from [V4NET.0.0.1] F=<userx@test.ex>",
        "LOG: SMTP command timeout on connection from [V4NET.0.0.1]",
    ] {
        assert_reads(text, Category::NetworkError, Outcome::Temporary);
        assert_eq!(software_of(text).as_deref(), Some("exim"), "{text}");
    }
}

/// Postfix smtpd's "SASL <mechanism> authentication failed" warning (smtpd_sasl_glue.c), with
/// or without its syslog prefix: a failed login, answered 535 5.7.8.
#[test]
fn postfix_sasl_failures_are_failed_logins() {
    for text in [
        // https://github.com/fail2ban/fail2ban/issues/1084
        "warning: unknown[XXX.XX.XXX.XXX]: SASL LOGIN authentication failed: UGFzc3dvcmQ6",
        // https://github.com/fail2ban/fail2ban/pull/887
        "Dec  7 11:34:38 deep postfix/smtpd[5551]: warning: unknown[75.127.12.202]: SASL LOGIN authentication failed: authentication failure",
        // https://github.com/fail2ban/fail2ban/issues/1245
        "Nov  4 09:11:01 mail postfix/submission/smtpd[27133]: warning: unknown[192.168.11.150]: SASL PLAIN authentication failed:",
    ] {
        assert_reads(text, Category::AuthFailed, Outcome::Permanent);
        assert_eq!(software_of(text).as_deref(), Some("postfix"), "{text}");
    }
}

/// Postfix's "SSL_connect error to ...: -1": the handshake with the next hop broke off, and
/// smtp_proto.c defers the destination (4.7.5 "Cannot start TLS: handshake failure").
#[test]
fn a_broken_off_tls_handshake_in_postfix_is_temporary() {
    // https://github.com/bokysan/docker-postfix/issues/221
    assert_reads(
        "2024-12-30T12:16:32.052659+01:00 INFO    postfix/smtp[1204]: SSL_connect error to smtp.gmail.com[142.250.110.108]:587: -1",
        Category::TlsFailed,
        Outcome::Temporary,
    );
}

/// Postfix's TRY_AGAIN resolver text ("Host not found, try again"): the lookup failed for now.
#[test]
fn a_try_again_dns_answer_is_temporary() {
    // https://github.com/docker-mailserver/docker-mailserver/issues/2145 (postscreen's dnsblog)
    let text = "Aug 28 15:25:09 mail postfix/dnsblog[95775]: warning: dnsblog_query: lookup error for DNS query 1.1.20.10.psbl.surriel.com: Host or domain name not found. Name service error for name=1.1.20.10.psbl.surriel.com type=A: Host not found, try again";
    assert_eq!(explain(text).outcome, Outcome::Temporary);
}

/// An admin's own server refusing a client: the client's provider did not reply (LABELS.md §4).
#[test]
fn the_connecting_clients_provider_is_not_the_one_that_replied() {
    for text in [
        // https://github.com/docker-mailserver/docker-mailserver/issues/2921 (Amazon SES connects)
        "Dec  3 00:22:27 myserv postfix/smtpd[1521]: NOQUEUE: reject: RCPT from a27-190.smtp-out.us-west-2.amazonses.com[54.240.27.190]: 450 4.1.8 <0101018-618fb3eb024d-000000@email.mydomain.com>: Sender address rejected: Domain not found; from=<0101018-618fb3eb024d-000000@email.mydomain.com> to=<email@mydomain.com> proto=ESMTP helo=<a27-190.smtp-out.us-west-2.amazonses.com>",
        // https://github.com/bpetetot/conference-hall-beta/issues/661 (Mailgun connects)
        "Aug 26 13:48:42 XXXXXXXX postfix/smtpd[1866]: NOQUEUE: reject: RCPT from m42-1.mailgun.net[69.72.42.1]: 450 4.1.8 <bounce+89f10a.ba0bf3-cfp=devopsrex.fr@mg.conference-hall.io>: Sender address rejected: Domain not found; from=<bounce+89f10a.ba0bf3-cfp=devopsrex.fr@mg.conference-hall.io> to=<cfp@devopsrex.fr> proto=ESMTP helo=<m42-1.mailgun.net>",
    ] {
        assert_reads(text, Category::SenderRejected, Outcome::Temporary);
        assert_eq!(provider_of(text), None, "{text}");
    }
    // https://github.com/fail2ban/fail2ban/issues/3793 (tiscali.it is only the envelope address)
    let relay = "Jul 13 06:05:37 web postfix/smtpd[1277558]: NOQUEUE: reject: RCPT from unknown[178.215.236.108]: 554 5.7.1 <spameri@tiscali.it>: Relay access denied; from=<spameri@tiscali.it> to=<spameri@tiscali.it> proto=ESMTP helo=<WIN-4TTI4DH7SGH>";
    assert_reads(relay, Category::RelayDenied, Outcome::Permanent);
    assert_eq!(provider_of(relay), None);
}

/// No failure of the sample reads as a success.
#[test]
fn no_failure_of_the_sample_reads_as_success() {
    for text in [
        "2024-04-25T22:16:21.664823+02:00 MYDESKTOP postfix/error[70721]: B5D7A1858: to=<all@remote>, relay=none, delay=734, delays=734/0.02/0/0, dsn=4.3.0, status=deferred (mail transport unavailable)",
        "240 LOG: MAIN\n  240   == [myaccount]@gmail.com R=dnslookup defer (-1): host lookup did not complete",
        "454 4.7.1 <sam@mydomain.com>: Relay access denied",
        "221 2.7.0 Error: I can break rules, too. Goodbye.",
        "SMTP ERROR: DATA END command failed: 451 Timeout - closing connection",
        "501 5.5.2 Bad command",
        "1999-03-02 09:44:33 10HmbB-0005vi-00 == userx@domain1 R=others T=smtp defer (-18) H=localhost4.test.ex [127.0.0.1]: Remote host closed connection in response to HELO the.local.host.name (EHLO response was: 550 You are banned)",
        "Peer server rejected email:\n\n450 Client host rejected: ‘cannot find your hostname’",
        "Hi. This is the qmail-send program at <domain.com>.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n\n<test@example.com>:\n\nCNAME lookup failed temporarily. (#4.4.3)",
        "451 4.5.7  try again after some time",
        "Jul 13 04:51:15 web postfix/smtpd[1273535]: too many errors after AUTH from unknown[93.123.39.52]",
        "SMTPSenderRefused: (552, '5.3.4 Message size exceeds fixed limit', 'notifications@fedoraproject.org')",
        "Final-Recipient: rfc822; blabla@gmail.com\nOriginal-Recipient: rfc822;gmail@example.com\nAction: failed\nStatus: 5.4.6\nDiagnostic-Code: X-Postfix; mail for [mail.example.com]:25 loops back to myself",
        "Jul 16 23:45:11 dev sendmail[24849]: v6GNj8hX024847: to=<matthew.laurenson@plantandfood.co.nz>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=153765, relay=prefilter.im.email...ty.trendmicro.com. [150.70.178.57], dsn=5.7.1, stat=Service unavailable",
        "421 Excessive amounts of data sent to server.",
        "502 TURN disallowed",
        "550 Invalid greeting from server:",
    ] {
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
}
