//! Whole bounce notices from systems outside the big US providers (round fr24, session 20):
//! Postfix, Exim, qmail, OpenSMTPD and gateway notices of Japanese and European servers from
//! Sisimai's set-of-emails, and notices pasted in issue threads. Each text is quoted from the
//! source named beside it; the expected values are read from that source and
//! tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

// SISIMAI = https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd

/// Postfix dns_lookup.c's "Malformed or unexpected name server reply" names a broken DNS answer
/// (LABELS §2 Q1); the 5.4.4 beside it ("Unable to route") does not make the domain unknown.
#[test]
fn a_malformed_dns_answer_is_a_network_error_not_an_unknown_domain() {
    // SISIMAI/lhost-postfix-17.eml
    let text = "This is the mail system at host mx20.example.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kijitora@example.org>: Name service error for name=example.org
    type=MX: Malformed or unexpected name server reply

Reporting-MTA: dns; mx20.example.jp
X-Postfix-Queue-ID: FFFFFFFFFFFF
X-Postfix-Sender: rfc822; shironeko@m0.example.co.jp
Arrival-Date: Thu, 20 Apr 2011 23:34:45 +0900 (JST)

Final-Recipient: rfc822; kijitora@example.org
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Name service error for name=example.org
    type=MX: Malformed or unexpected name server reply";
    assert_reads(text, Category::NetworkError, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("postfix"));
    // The bare reason, as Postfix logs it.
    assert_eq!(
        category_of("Name service error for name=example.org type=MX: Malformed or unexpected name server reply"),
        Category::NetworkError
    );
}

/// The "automatically generated Delivery Status Notification" gateway notice (Sisimai's X3):
/// delivery aborted after hours with no route, which Sisimai's reason table files as expired.
#[test]
fn a_gateway_that_found_no_route_and_gave_up_has_expired() {
    // SISIMAI/lhost-x3-02.eml
    let text = "============================================================================
      This is an automatically generated Delivery Status Notification.

Delevery to the following recipients was aborted after 5.0 hour(s):

  * kijitora@example.co.jp

============================================================================
                             Technical details:

Routing: Could not find a gateway for kijitora@example.co.jp

============================================================================";
    assert_reads(text, Category::Expired, Outcome::Permanent);
}

/// Causes the round's rules name: a "Protocol violation" refusal, a local delivery program's
/// EX_TEMPFAIL ("x-unix; temporary failure", Postfix sys_exits.c), a HELO that is not a FQDN,
/// and smtpd's pipelining note, which tells no verdict.
#[test]
fn protocol_breaks_and_local_delivery_failures_are_named() {
    // SISIMAI/lhost-postfix-41.eml
    assert_reads(
        "This is the Postfix program at host nyaan2.example.com.

I'm sorry to have to inform you that your message could not be
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

\t\t\tThe Postfix program

<kijitora@example.org>: host r2.example.org[198.51.100.24] said: 550 Protocol
    violation (in reply to DATA command)",
        Category::ProtocolSequence,
        Outcome::Permanent,
    );
    // SISIMAI/lhost-postfix-43.eml: the local delivery agent's EX_TEMPFAIL, given up (Action: failed).
    assert_reads(
        "This is the mail system at host example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kijitora@example.net>: temporary failure

Reporting-MTA: dns; example.net
X-Postfix-Queue-ID: CF0020223EEEFF
X-Postfix-Sender: rfc822; nekonyaan@p.example.com
Arrival-Date: Thu, 17 Jul 2014 23:34:45 +0900 (JST)

Final-Recipient: rfc822; kijitora@example.net
Action: failed
Status: 4.3.0
Diagnostic-Code: x-unix; temporary failure",
        Category::ServerError,
        Outcome::Permanent,
    );
    // https://netbit.com.br/suporte/kb_E-mail_Problemas-comuns-no-envio.php (Brazilian host's Exim ACL).
    assert_eq!(category_of("550 R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)"), Category::ProtocolSyntax);
    // https://github.com/mailcow/mailcow-dockerized/issues/6277: Postfix smtpd's info note.
    assert_reads(
        "improper command pipelining after CONNECT from unknown[104.152.52.88]: EHLO\\r\\n",
        Category::ProtocolSequence,
        Outcome::Unknown,
    );
}

/// Notices of this round's sample that already read right, kept as a guard.
#[test]
fn notices_from_regional_and_company_servers_keep_their_reading() {
    // SISIMAI/lhost-qmail-08.eml: qmail-send quoting the remote "552 Error: disk quota exceeded".
    assert_reads(
        "Hi. This is the qmail-send program at example.ad.jp.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<shironeko@example.ad.jp>:
192.0.2.1 does not like recipient.
Remote host said: 552 Error: disk quota exceeded
Giving up on 192.0.2.20.",
        Category::MailboxFull,
        Outcome::Permanent,
    );
    // SISIMAI/lhost-opensmtpd-04.eml: OpenSMTPD's delay report, still retrying.
    assert_reads(
        "    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

    A message is delayed for more than 10 minutes for the following
    list of recipients:

kijitora@neko.example.jp: Network error on destination MXs

    Please note that this is only a temporary failure report.
    The message is kept in the queue for up to 4 days.
    You DO NOT NEED to re-send the message to these recipients.",
        Category::NetworkError,
        Outcome::Temporary,
    );
    // SISIMAI/lhost-exim-39.eml: MagicMail refuses a sending IP without reverse DNS.
    assert_reads(
        "This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kijitora@example.net
    host mail.example.net [192.0.2.222]
    SMTP error from remote mail server after RCPT TO:<kijitora@example.net>:
    550-Your message was rejected by this system and was not delivered.
    550-Reason: This system will not accept messages from servers/devices with no reverse DNS. IP=[203.0.113.2]
    550-Protection provided by: MagicMail version 2.0
    550-For more information, please visit the URL:
    550-http://www.linuxmagic.com/best_practices/check_ip_reverse_dns.html
    550-or contact your ISP or mail server operator.
    550 7d39d529-9584-f4be-161127e61f5f54002",
        Category::ReverseDns,
        Outcome::Permanent,
    );
    // https://github.com/openstreetmap/operations/issues/295: Exim bounce, the MX refuses to relay.
    let osm = "This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  m-xxxx@messages.openstreetmap.org
    host spike-01.openstreetmap.org [2001:978:2:2c::172:6]
    SMTP error from remote mail server after RCPT TO:<m-xxxx@messages.openstreetmap.org>:
    550 relay not permitted";
    assert_reads(osm, Category::RelayDenied, Outcome::Permanent);
    assert_eq!(software_of(osm).as_deref(), Some("exim"));
}

/// Who replied (LABELS §4): NIC India's gateway behind Gmail's wrapper names no provider; the
/// council gateway's notice quoting Exchange Online Protection names Microsoft.
#[test]
fn the_provider_is_the_server_that_replied() {
    // https://github.com/netneutrality/savetheinternet.in/issues/155
    let nic = "Delivery to the following recipient failed permanently:

     darshanajardosh@sansad.nic.in

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain sansad.nic.in by mailgw.nic.in. [164.100.10.19].

The error that the other server returned was:
550 #5.1.0 Address rejected.";
    assert_reads(nic, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(nic), None);
    // https://github.com/mysociety/whatdotheyknow-theme/issues/793
    let coventry = "This is a delivery failure notification message indicating that
an email you addressed to email address :
-- [email address]

could not be delivered. The problem appears to be :
-- Recipient email address is possibly incorrect

Additional information follows :
-- 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR01FT048.eop-EUR01.prod.protection.outlook.com]

This condition occurred after 1 attempt(s) to deliver over
a period of 0 hour(s).";
    assert_reads(coventry, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(coventry).as_deref(), Some("microsoft"));
}

/// No notice of the round's corpus file that tells a failure reads as a success.
#[test]
fn no_failure_of_this_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr24-s20.jsonl"));
}
