//! Round fr20 (session 19): a fresh sample of mail-server log lines as admins paste them when
//! they ask for help (Exim main log, Postfix's lmtp/local/error/pipe agents and its content
//! filters, Exchange's protocol log, Dovecot, rspamd/rmilter, amavisd). Each text is quoted from
//! the page named beside it; the expected values are read from that page, the program's source
//! and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Faults inside the receiving server itself (LABELS.md §2 Q5): its own configuration, files
/// and daemons.
#[test]
fn the_receiving_servers_own_faults_are_server_errors() {
    // https://github.com/hestiacp/hestiacp/issues/5576 (Exim's local_delivery transport could
    // not expand the mailbox path; "defer" is Exim's temporary failure).
    assert_reads(
        "web@stilaguna.es R=localuser T=local_delivery defer (-1): Expansion of\n\"${extract{5}{:}{${lookup{$local_part}lsearch{/etc/exim4/domains/.../passwd}}}}/mail/.../...\"\n(file or directory name for local_delivery transport) failed:\nfailed to open /home/stilaguna/mail/stilaguna.es/web/mail/stilaguna.es\nfor directory search: No such file or directory",
        Category::ServerError,
        Outcome::Temporary,
    );
    // https://github.com/hestiacp/hestiacp/issues/2127 (an alias lookup Exim could not expand).
    assert_reads(
        "sender verify defer for <x.x@xxxx-xxxx.de>: failed to expand \"${extract{1}{:}{${lookup{$local_part@$domain}lsearch{/etc/exim4/domains/$domain/aliases}}}}\": NULL",
        Category::ServerError,
        Outcome::Temporary,
    );
    // http://kb.plesk.com/en/123132 (Postfix's error agent: the delivery transport is missing).
    assert_reads(
        "Mar  6 13:19:33 vps415 postfix/error[21724]: 0A1322CF16C: to=<>, relay=none, delay=0.07, delays=0.03/0.01/0/0.02, dsn=4.3.0, status=deferred (mail transport unavailable)",
        Category::ServerError,
        Outcome::Temporary,
    );
    // https://lists.amavis.org/pipermail/amavis-users/2013-August/002450.html (amavisd's
    // "451 4.5.0 Error in processing" to Postfix, joined from the archive's wrapped quote).
    assert_reads(
        "Aug  7 13:33:43 mail postfix/smtp[27108]: 9EB99700176: to=<abcl at>, relay=[]:10024, conn_use=9, delay=17503, delays=17414/76/0/13, dsn=4.5.0, status=deferred (host [] said: 451 4.5.0 Error in processing, id=27311-09-9, quar+notif FAILED: mail_dispatch: no recognized protocol name: 0 at /usr/sbin/amavisd line 8516. (in reply to end of DATA command))",
        Category::ServerError,
        Outcome::Temporary,
    );
}

/// Daemons' own error lines that name a fault but no message: server_error, and no outcome for
/// any mail (Dovecot src/master/service-process.c; rmilter src/libspamd.c).
#[test]
fn daemon_faults_without_a_message_have_no_outcome() {
    // https://github.com/lejmr/iredmail-docker/issues/37
    assert_reads(
        "dovecot: master: Error: service(lmtp): Initial status notification not received in 30 seconds, killing the process",
        Category::ServerError,
        Outcome::Unknown,
    );
    // https://github.com/r-raymond/nixos-mailserver/issues/90
    assert_reads("rmilter[9968]: <6c7cb98904>; cannot parse reply from rspamd: bad top object", Category::ServerError, Outcome::Unknown);
}

/// Connections and lookups that failed for now (LABELS.md §2 Q1, §3).
#[test]
fn failed_connections_and_lookups_are_network_errors() {
    // https://github.com/docker-mailserver/docker-mailserver/issues/2317 (Dovecot's LMTP socket is missing).
    assert_reads(
        "Dec  7 22:36:10 mail postfix/lmtp[1248]: E7D7BE2001E9: to=<my@gmail.com>, relay=none, delay=0.08, delays=0.07/0.01/0/0, dsn=4.4.1, status=deferred (connect to mail.mymailserverdomain.com[/var/run/dovecot/lmtp]: No such file or directory)",
        Category::NetworkError,
        Outcome::Temporary,
    );
    // http://kb.plesk.com/en/123132 (qmgr could not reach a delivery transport).
    assert_reads(
        "Mar  6 13:19:33 vps415 postfix/qmgr[14111]: warning: connect to transport private/ Connection refused",
        Category::NetworkError,
        Outcome::Temporary,
    );
    // https://github.com/r-raymond/nixos-mailserver/issues/90: a DNS lookup of a list zone
    // that timed out is no listing (rspamd src/plugins/lua/rbl.lua).
    let rbl_timeout =
        "Feb 23 10:24:04 turtle rspamd[1145]: <f46034>; lua; rbl.lua:67: error looking up 20.11.188.131.zen.spamhaus.org: query timed out";
    assert_reads(rbl_timeout, Category::NetworkError, Outcome::Temporary);
    // https://github.com/mailcow/mailcow-dockerized/issues/2400
    assert_reads(
        "delivery temporarily suspended: lost connection with alt4.gmail-smtp-in.l.google.com[64.233.177.26] while receiving the initial server greeting",
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// Mailbox, sender, blocklist and protocol refusals in receiving servers' logs.
#[test]
fn refusals_in_receiving_servers_logs_name_their_cause() {
    // https://webx.net/mailbox-quota-exceeded-cpanel-manages-mailbox-quotas/ (cPanel Exim, "**" = failed).
    assert_reads(
        "2013-10-24 07:17:45 1VZ4sD-0000ab-11 ** email@example.org R=virtual_user_maildir_overquota: Mailbox quota exceeded",
        Category::MailboxFull,
        Outcome::Permanent,
    );
    // https://github.com/fail2ban/fail2ban/pull/1686 (Postfix reject_rbl_client, a 454).
    assert_reads(
        "Dec 30 18:19:15 xxx postfix-incoming/smtpd[1574]: NOQUEUE: reject: RCPT from badguy.example.com[93.184.216.34]: 454 4.7.1 Service unavailable; Client host [93.184.216.34] blocked using rbl.example.com; http://www.example.com/query?ip=93.184.216.34; from=<spammer@example.com> to=<goodguy@example.com> proto=ESMTP helo=<badguy.example.com>",
        Category::SenderBlocklisted,
        Outcome::Temporary,
    );
    // https://github.com/Mailu/Mailu/issues/2475 (the envelope sender is refused; Mailu replied).
    let spoof = "smtp_1       | 2022-10-13T18:22:07.423873+02:00 af0ed861f43f postfix/smtpd[420]: NOQUEUE: reject: RCPT from outbyoip10.pod29.euw1.zdsys.com[188.172.137.55]: 554 5.7.1 <help@domain-redacted.support>: Sender address rejected: Access denied; from=<help@domain-redacted.support> to=<user3-redacted+zendesk@domain-redacted.llc> proto=ESMTP helo=<outbyoip10.pod29.euw1.zdsys.com>";
    assert_reads(spoof, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(spoof), None);
    // https://github.com/crowdsecurity/hub/issues/1100 (reject_non_fqdn_helo_hostname).
    assert_reads(
        "2024-08-26T01:33:38.572449+00:00 laurencejones postfix/smtpd[60203]: NOQUEUE: reject: RCPT from unknown[94.141.120.122]: 504 5.5.2 <WIN-9QL4SDRB93L>: Helo command rejected: need fully-qualified hostname; from=<spameri@tiscali.it> to=<spameri@tiscali.it> proto=ESMTP helo=<WIN-9QL4SDRB93L>",
        Category::ProtocolSyntax,
        Outcome::Permanent,
    );
    // https://github.com/DigitalRuby/IPBan/issues/87 (Exchange SmtpReceive protocol log: AUTH refused).
    assert_reads(
        "2020-04-02T08:31:07.381Z,SRV-XCH03\\External Authenticated Relay,08D7D4D2EFBC4D65,15,192.168.0.101:10587,180.60.60.60:24175,*,,Inbound AUTH LOGIN failed because of LogonDenied",
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // https://github.com/hestiacp/hestiacp/issues/4132 (Exim's routing-loop text, refused for now).
    assert_reads(
        "2023-11-06 01:17:28 H=mail-vs1-f41.google.com [209.85.217.41] X=TLS1.3:ECDHE_SECP256R1__RSA_PSS_RSAE_SHA256__AES_128_GCM:128 CV=no SNI=\"mail.yyy.com\" F=<yyy@gmail.com> temporarily rejected RCPT <sales@yyy.com>: lowest numbered MX record points to local host",
        Category::RoutingLoop,
        Outcome::Temporary,
    );
    // https://github.com/vstakhov/rmilter/issues/166 (rspamd's greylist verdict in rmilter's summary).
    assert_reads(
        "Nov 24 06:12:32 elf rmilter[42984]: <b283e344ec>; msg done: queue_id: <uAO1CQpS038171>; message id: <853761479875007@web23m.yandex.ru>; ip: 87.250.230.156; from: <>; rcpt: <vivat_tender@vivat-retail.ru> (1 total); user: unauthorized; spam scan: greylisted, action: greylist; virus scan: skipped, spamd greylist; dkim: skipped, spamd greylist",
        Category::Greylisted,
        Outcome::Temporary,
    );
}

/// Lines that tell a message went on: Exim's "=>" and the content filter's hand-back.
#[test]
fn deliveries_and_filter_passes_read_as_success() {
    // https://www.catalyst2.com/knowledgebase/exim-log-files-and-exigrep/
    assert_reads(
        "2020-02-09 10:31:43 1j0jsN-0002hA-Li => sales R=virtual_user T=dovecot_virtual_delivery",
        Category::Delivered,
        Outcome::Success,
    );
    // https://github.com/darold/sendmailanalyzer/issues/32 (amavisd let the message through).
    assert_reads(
        "Nov  5 12:04:24 destroyer amavis[1282]: (01282-01) Passed, <***@***.com> -> <***@***.com>, quarantine S68df6LqJbl7, Message-ID: <100216.142193907.201511051804145510819.1144933885@***.com>,",
        Category::Delivered,
        Outcome::Success,
    );
    assert_eq!(
        software_of("Nov  5 12:04:24 destroyer amavis[1282]: (01282-01) S68df6LqJbl7 FWD from <***@***.com> -> <***@***.com>, BODY=7BIT 250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 925141A1A9B").as_deref(),
        Some("amavis")
    );
}

/// No row of this round whose source tells a failure reads as a success.
#[test]
fn no_failure_of_the_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr20-s19.jsonl"));
}
