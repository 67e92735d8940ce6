//! A fresh sample of what mail administrators paste on forums and issue trackers (round fr12,
//! session 19, tests/corpus/dev-fr12-s19.jsonl): mail-server log lines, including the ones that
//! are no delivery result at all (connections, TLS set-up, passed checks, queue notes), and raw
//! replies. Each text is quoted from the page or program source named beside it; the expected
//! values are read from that source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Lines about a connection, a TLS set-up that worked, a check that passed or a queue step name
/// no failure: category unknown, no outcome (as the corpus labels connect/disconnect lines).
#[test]
fn connection_notes_and_passed_checks_name_no_failure() {
    assert_all_read(
        &[
            // Stalwart, https://github.com/stalwartlabs/webadmin/issues/107 (TLS 1.3 set up with a client).
            "2025-09-10T06:32:27Z INFO TLS handshake (tls.handshake) listenerId = \"smtp\", localPort = 25, remoteIp = 40.92.21.53, remotePort = 65473, listenerId = \"smtp\", version = \"TLSv1_3\", details = \"TLS13_AES_256_GCM_SHA384\"",
            // Same page: Stalwart's smtp.spf-ehlo-pass event ("SPF EHLO check passed", crates/trc enums_impl.rs).
            "2025-09-10T06:32:27Z INFO SPF EHLO check passed (smtp.spf-ehlo-pass) listenerId = \"smtp\", localPort = 25, remoteIp = 40.92.21.53, remotePort = 65473, domain= \"NAM12-BN8-obe.outbound.protection.outlook.com\", result = SPF check passed (spf.pass), elapsed = 5ms",
            // Haraka spf plugin's result line, https://github.com/haraka/Haraka/issues/2302 (result=None refuses nothing).
            "[INFO] [2C7C93D1-B97F-4A3F-AB56-6B2B710BD34C] [spf] identity=helo ip=50.87.144.192 domain=\"localhost.localdomain\" mfrom=<postmaster@localhost.localdomain> result=None",
            // Haraka connection and TLS notes, https://github.com/haraka/Haraka/issues/3085.
            "[INFO] [9FF66D2E-3A69-4DFC-B8F7-B96191138C93] [tls] secured: cipher=TLS_AES_256_GCM_SHA384 version=TLSv1.3 verified=false",
            "[NOTICE] [9FF66D2E-3A69-4DFC-B8F7-B96191138C93] [core] connect ip=2.147.161.237 port=33667 local_ip=37.32.31.54 local_port=25",
            // Haraka outbound progress, https://github.com/haraka/Haraka/issues/1814.
            "[INFO] [C3C947A6-116E-45EA-94EA-A3E1383BA9D3.1] [outbound] Looking up A records for: gmail-smtp-in.l.google.com",
            "[INFO] [C3C947A6-116E-45EA-94EA-A3E1383BA9D3.1] [outbound] Attempting to deliver to: 74.125.200.27:25 (0) (0)",
            // Postfix postscreen, anvil, smtpd and qmgr notes (docker-mailserver#1369, #95, #1411; zammad#2652).
            "Feb 14 18:47:40 mail postfix/postscreen[1748]: PASS OLD [159.89.187.50]:51960",
            "Mar  3 12:21:24 mail postfix/anvil[719]: statistics: max connection count 1 for (smtp:52.72.171.135) at Mar  3 12:18:04",
            "Mar  3 11:39:34 mail postfix/smtpd[1096]: disconnect from internet.nl[62.204.66.10] ehlo=1 starttls=0/1 commands=1/2",
            "Jul  6 15:34:23 staff postfix/qmgr[62249]: 04C1A233EE: from=<noreply@support.libraryofcode.us>, size=1027, nrcpt=1 (queue active)",
            // SLmail's inbound log, as its manual documents the lines (seattlelab.com, 095_inbound_log.htm).
            "Accepting connection from [IP:SOCKET] DNSNAME",
            "Session Terminating. Active for H:M:S.THT",
        ],
        Category::Unknown,
        Outcome::Unknown,
    );
}

/// Hosts that only connected to us, or were only looked up, did not reply: no provider (LABELS §4).
#[test]
fn a_host_that_only_connected_or_was_looked_up_names_no_provider() {
    for text in [
        // https://github.com/openssl/openssl/issues/22926: Outlook.com's outbound host is the client.
        "postfix/smtpd[1920086]: lost connection after STARTTLS from mail-db8eur05olkn2025.outbound.protection.outlook.com[40.92.89.25]",
        // https://github.com/haraka/Haraka/issues/1814: Gmail's MX is only resolved.
        "[INFO] [C3C947A6-116E-45EA-94EA-A3E1383BA9D3.1] [outbound] Looking up A records for: gmail-smtp-in.l.google.com",
        // https://github.com/maxking/docker-mailman/issues/341: Google is the sending client Exim refused.
        "2019-08-08 20:00:06 H=mail-ot1-f53.google.com [209.85.210.53] F=<tommylikehu@gmail.com> rejected RCPT <postorius@tommylike.me>: Unrouteable addres",
    ] {
        assert_eq!(provider_of(text), None, "{text}");
    }
}

/// OpenSSL's handshake errors in Postfix logs are lasting mismatches (LABELS §3: permanent); a
/// client that dropped the session after STARTTLS broke the handshake off (temporary).
#[test]
fn tls_handshake_problems_are_tls_failures() {
    assert_all_read(
        &[
            // https://github.com/openssl/openssl/issues/22926
            "postfix/smtpd[1920086]: warning: TLS library problem: error:0A000102:SSL routines::unsupported protocol:../ssl/statem/statem_srvr.c:1657:",
            // https://github.com/mailcow/mailcow-dockerized/issues/787
            "warning: TLS library problem: error:1409441A:SSL routines:ssl3_read_bytes:tlsv1 alert decode error:../ssl/record/rec_layer_s3.c:1399:SSL alert number 50:",
            // https://github.com/ray-delossantos/smtp.cr/issues/4 (the client did not trust the certificate).
            "warning: TLS library problem: 10407:error:14094418:SSL routines:SSL3_READ_BYTES:tlsv1 alert unknown ca:s3_pkt.c:1256:SSL alert number 48",
            // https://github.com/docker-mailserver/docker-mailserver/issues/1411
            "Mar  3 11:39:34 mail postfix/smtpd[1096]: warning: TLS library problem: error:1417D18C:SSL routines:tls_process_client_hello:version too low:../ssl/statem/statem_srvr.c:989:",
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
    // Postfix smtpd.c "lost connection after %s from %s", https://github.com/openssl/openssl/issues/22926.
    assert_reads(
        "postfix/smtpd[1920086]: lost connection after STARTTLS from mail-db8eur05olkn2025.outbound.protection.outlook.com[40.92.89.25]",
        Category::TlsFailed,
        Outcome::Temporary,
    );
}

/// Failures inside the receiving system (LABELS §2 Q5), the milter tempfail text included.
#[test]
fn the_receiving_systems_own_failures_are_server_errors() {
    assert_all_read(
        &[
            // Postfix milter8.c tempfail text, https://github.com/suitenumerique/messages/issues/393.
            "postfix/cleanup: milter-reject: END-OF-MESSAGE: 4.7.1 Service unavailable - try again later",
            // Fastmail's authentication_milter timing out inside its callback, then tempfailing,
            // https://github.com/fastmail/authentication_milter/issues/165.
            "Mar 21 12:45:54 mail authentication_milter[503643]: NOQUEUE.C321CA7C0A7: ERROR: Connect callback error Timeout - Connect callback timeout",
            "Mar 21 12:45:54 mail authentication_milter[503643]: NOQUEUE.C321CA7C0A7: ERROR: TempFail set",
            // Postfix cleanup's queue file failure in a Mailu transcript, https://github.com/Mailu/Mailu/issues/4053.
            "Out: 451 4.3.0 Error: queue file write error",
        ],
        Category::ServerError,
        Outcome::Temporary,
    );
    // Dovecot's assertion panic and its unreadable settings (src/lib/macros.h i_assert; i_fatal
    // "Error reading configuration: %s"), as admins pasted them: the line says nothing of the
    // message's fate. https://github.com/mailcow/mailcow-dockerized/issues/1440,
    // https://github.com/modoboa/modoboa/issues/797
    assert_all_read(
        &[
            "5/28/2018, 8:41:17 AM | crit | lmtp(****@forestproperties.com)<540><SEgyI+34C1scAgAA4LTwUA>: Panic: file ostream.c: line 394 (o_stream_send_istream): assertion failed: (!_outstream->finished)",
            "ubuntu dovecot: lmtp(2885): Fatal: Error reading configuration: Invalid settings: postmaster_address setting not given",
        ],
        Category::ServerError,
        Outcome::Unknown,
    );
}

/// Connections that failed or broke off, and lookups that failed for now (LABELS §2 Q1, §3).
#[test]
fn failed_connections_and_lookups_are_network_errors_for_now() {
    assert_all_read(
        &[
            // qmail-send deferral, https://serveraide.com/qmail-throws-error-cname-lookup-failed-temporarily-157885
            "Jun 22 05:20:47 221832-web1 qmail: 1308738047.397431 delivery 1040373: deferral: CNAME_lookup_failed_temporarily._(#4.4.3)/",
            // Postfix mailq reason quoted in https://github.com/Zimbra/zm-mailbox/pull/14
            "(delivery temporarily suspended: connect to example.com[XXX.XXX.XXX.XXX]:7025: Connection refused)",
            // Haraka outbound, https://github.com/haraka/Haraka/issues/2754
            "2020-02-04T03:19:47.793Z [ERROR] [B840081E-6CB8-4FB5-ADD9-5827973462E9.1.1] [outbound] Remote end 142.250.4.26:25 closed connection while we were processing mail. Trying next MX.",
            // Postal's SMTP server writing to a client that hung up, https://github.com/postalserver/postal/issues/556
            "[smtp.1:24380] [2018-04-02T19:06:43.432] ERROR -- : [QZXWRG] Errno::EPIPE: Broken pipe",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// Refusals and results whose cause the text names.
#[test]
fn refusals_and_results_read_from_their_words() {
    // Plesk's greylisting handler deferring, https://talk.plesk.com/threads/qmail-configuration.94593
    assert_reads(
        "call_handlers: DEFER during call '/usr/local/psa/handlers/info/05-grey-xxxxxx/executable' handler",
        Category::Greylisted,
        Outcome::Temporary,
    );
    // Sendmail check_rcpt: the sender's domain does not exist (LABELS §1 Q5),
    // https://github.com/fail2ban/fail2ban/issues/4035
    assert_reads(
        "Jul 12 06:56:33 batman sm-mta[50725]: 56C4uVws050725: ruleset=check_rcpt, arg1=<hostmaster@ch.freebsd.org>, relay=service.odvxe.cn [107.174.70.145] (may be forged), reject=553 5.1.8 <hostmaster@ch.freebsd.org>... Domain of sender address auto-confirm.gvsfulx@service.odvxe.cn does not exist",
        Category::SenderRejected,
        Outcome::Permanent,
    );
    // Postfix delivery line, https://postfixinsights.pages.dev/docs/guides/find-why-email-bounced-postfix/
    assert_reads(
        "Jun 17 10:22:33 mail postfix/smtp[12345]: E1234567890ABC: to=<user@acme.io>, relay=mail.acme.io[192.0.2.1]:25, delay=0.45, delays=0.01/0.02/0.15/0.27, dsn=5.1.1, status=bounced (550 5.1.1 <user@acme.io> user unknown)",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    // Spamhaus's "open resolver" answer: the receiving server's DNS setup, not a listing.
    // https://github.com/springcomp/self-hosted-simplelogin/issues/37, https://github.com/mailserver2/mailserver/pull/90
    assert_all_read(
        &[
            "NOQUEUE: reject: RCPT from <redacted>: 554 5.7.1 Service unavailable; Client host [redacted] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/46.38.225.230/",
            "554 5.7.1 Service unavailable; Sender address [user@gmail.com] blocked using\ndbl.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/13.66.150.136/",
        ],
        Category::ReceiverMisconfigured,
        Outcome::Permanent,
    );
    // An operator's kumo.reject() text naming no cause (LABELS §1 Q6), https://github.com/KumoCorp/kumomta/issues/79
    assert_reads("550 rejecting all mail just because", Category::PolicyRejected, Outcome::Permanent);
    // Postal's 502 (RFC 5321: command not implemented), https://github.com/postalserver/postal/issues/556
    assert_reads(
        "[smtp.1:24380] [2018-04-02T19:06:43.431] DEBUG -- : [QZXWRG] => 502 Invalid/unsupported command",
        Category::NotImplemented,
        Outcome::Permanent,
    );
    // KumoMTA cannot parse an envelope address, https://github.com/KumoCorp/kumomta/issues/495
    // (the text carries no code, so only the category is read).
    assert_eq!(
        category_of("Error in SmtpServerSession: Invalid EnvelopeAddress value \"info@\"@example.com: expected user@domain form, but after splitting by @ there are 3 fields"),
        Category::ProtocolSyntax
    );
    // maddy's rDNS note: the session goes on without a name (internal/endpoint/smtp/session.go),
    // https://github.com/foxcpp/maddy/issues/486
    assert_reads(
        "May 04 09:13:30 helix maddy[158504]: smtp: rDNS error        {\"reason\":\"Name or service not known\",\"src_ip\":\"IP2:47582\"}",
        Category::ReverseDns,
        Outcome::Unknown,
    );
    // Delivery records: Sendmail stat=Sent (http://www.44342.com/mail-f448-t10475-p1.htm) and
    // Postfix status=sent (https://github.com/zammad/zammad/issues/2652).
    assert_all_read(
        &[
            "date host sendmail[pid]: sendmailid: to= XXXX@XXXXX.COM , ctladdr=usr (0/0), delay=00:00:00, xdelay=00:00:00, mailer=relay, pri=30288, relay=[host] [host], dsn=version, stat=Sent (sendmailid Message accepted for delivery)",
            "Jul  6 15:34:54 staff postfix/smtp[18164]: 04C1A233EE: to=<emailtrytest@znuny.com>, relay=arber.znuny.com[88.198.51.81]:25, delay=428, delays=397/0.04/1.5/29, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as CC88260608)",
        ],
        Category::Delivered,
        Outcome::Success,
    );
}

/// The log formats name the program that wrote them.
#[test]
fn log_formats_name_their_mail_program() {
    for (text, program) in [
        ("[NOTICE] [9FF66D2E-3A69-4DFC-B8F7-B96191138C93] [core] connect ip=2.147.161.237 port=33667 local_ip=37.32.31.54 local_port=25", "haraka"),
        ("[INFO] [C3C947A6-116E-45EA-94EA-A3E1383BA9D3.1] [outbound] Attempting to deliver to: 74.125.200.27:25 (0) (0)", "haraka"),
        ("2025-09-10T06:32:27Z INFO TLS handshake (tls.handshake) listenerId = \"smtp\", localPort = 25, remoteIp = 40.92.21.53, remotePort = 65473, listenerId = \"smtp\", version = \"TLSv1_3\", details = \"TLS13_AES_256_GCM_SHA384\"", "stalwart"),
        ("May 04 09:13:30 helix maddy[158504]: smtp: rDNS error        {\"reason\":\"Name or service not known\",\"src_ip\":\"IP2:47582\"}", "maddy"),
        ("call_handlers: DEFER during call '/usr/local/psa/handlers/info/05-grey-xxxxxx/executable' handler", "plesk"),
        ("Error in SmtpServerSession: Invalid EnvelopeAddress value \"info@\"@example.com: expected user@domain form, but after splitting by @ there are 3 fields", "kumomta"),
        ("[smtp.1:24380] [2018-04-02T19:06:43.431] DEBUG -- : [QZXWRG] => 502 Invalid/unsupported command", "postal"),
        ("Jun 22 05:20:47 221832-web1 qmail: 1308738047.397431 delivery 1040373: deferral: CNAME_lookup_failed_temporarily._(#4.4.3)/", "qmail"),
    ] {
        assert_eq!(software_of(text).as_deref(), Some(program), "{text}");
    }
}

/// Whatever else a row gets, no failure of this sample reads as a success.
#[test]
fn no_failure_of_the_sample_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr12-s19.jsonl"));
    // The 250 inside a bounced LMTP line is the wrong reply Postfix quotes, not a delivery
    // (https://lists.andrew.cmu.edu/pipermail/info-cyrus/2007-February/025207.html).
    let lmtp = "Feb 13 13:05:48 HOST postfix/lmtp[11370]: DBC8F384FC: to=<...>, orig_to=<...>, relay=public/lmtp[public/lmtp], delay=1, status=bounced (host public/lmtp[public/lmtp] said: 250 2.1.5 ok (in reply to DATA command))";
    assert_eq!(explain(lmtp).outcome, Outcome::Permanent);
}
