//! Mail servers' own log texts, mined from their sources (round lg, session 19): the lines that
//! report a delivery failure or deferral, and the lines that are no delivery result at all
//! (TLS notes, configuration and load warnings, connects, statistics, check results), which
//! must never read as a failure. Each text is quoted from the program's test suite, its
//! documentation, an issue, or (said so beside it) its format string with the placeholders
//! filled in; the expected values are read from that source and tests/corpus/LABELS.md, never
//! from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Exim's delivery results from its test suite logs (test/log/*): `**` is a failure, `==` a
/// deferral; the words name the cause.
#[test]
fn exims_delivery_results_name_their_cause() {
    // test/log/0032: the lowest MX is this host itself (routers/rf_self_action.c): a loop.
    assert_reads(
        "1999-03-02 09:44:33 10HmaX-000000005vi-0000 ** userx@mxt1.test.ex R=others : lowest numbered MX record points to local host",
        Category::RoutingLoop,
        Outcome::Permanent,
    );
    // test/log/0135: given up past the retry rules' cutoff.
    assert_reads(
        "1999-03-02 09:44:33 10HmaX-000000005vi-0000 ** b@known.ex: retry timeout exceeded",
        Category::Expired,
        Outcome::Permanent,
    );
    // test/mail/0461.CALLER: the failure notice for hosts that failed too long (transports/smtp.c).
    assert_reads(
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  userx@test.ex\n    all hosts for 'test.ex' have been failing for a long time (and retry time not reached)",
        Category::Expired,
        Outcome::Permanent,
    );
    // test/log/0135: appendfile over quota defers (errno ERRNO_EXIMQUOTA).
    assert_reads(
        "1999-03-02 09:44:33 10HmaX-000000005vi-0000 == c@test.ex R=smart T=local_delivery defer (-22): mailbox is full (MTA-imposed quota exceeded while writing to TESTSUITE/test-mail/c)",
        Category::MailboxFull,
        Outcome::Temporary,
    );
    // test/log/0217, 0904, 0195: connections that broke off and waits for the retry time (LABELS §3).
    assert_all_read(
        &[
            "1999-03-02 09:44:33 10HmbN-000000005vi-0000 == a@test.ex R=client T=send_to_server defer (-18) H=127.0.0.1 [127.0.0.1]: Remote host closed connection in response to pipelined RCPT TO:<c@test.ex>",
            "2017-07-30 18:51:05.712 10HmaY-000000005vi-0000 H=127.0.0.1 [127.0.0.1]: SMTP timeout after end of data (ddd bytes written): Connection timed out",
            "1999-03-02 09:44:33 10HmaX-000000005vi-0000 == userx@myhost.test.ex routing defer (-52): retry time not reached",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // test/log/1107: an incoming client's TLS handshake timed out (LABELS §3: broke off, temporary).
    assert_reads(
        "1999-03-02 09:44:33 TLS error on connection from (timeout.rhu.barb) [127.0.0.1] (tls lib accept fn): timed out",
        Category::TlsFailed,
        Outcome::Temporary,
    );
}

/// The other programs' delivery results: Postfix qmgr, cleanup and postscreen, OpenSMTPD's mta,
/// Haraka outbound, chasquid's and maddy's queue logs.
#[test]
fn the_other_servers_delivery_results_tell_how_they_end() {
    // Postfix qmgr/qmgr_active.c ("%s: from=<%s>, status=%s, returned to sender"; format string filled in).
    assert_reads("A1B2C3D4E5: from=<sender@example.com>, status=expired, returned to sender", Category::Expired, Outcome::Permanent);
    // Postfix cleanup/cleanup_message.c ("%s: message rejected: hopcount exceeded"; format string filled in).
    assert_reads("A1B2C3D4E5: message rejected: hopcount exceeded", Category::RoutingLoop, Outcome::Permanent);
    // Postfix proto/POSTSCREEN_README.html: postscreen's 421 refusals at its limits (placeholders filled in).
    assert_reads(
        "NOQUEUE: reject: CONNECT from [192.0.2.1]:51234: all screening ports busy",
        Category::ServerUnavailable,
        Outcome::Temporary,
    );
    assert_reads("NOQUEUE: reject: CONNECT from [192.0.2.1]:51234: too many connections", Category::RateLimited, Outcome::Temporary);
    // OpenSMTPD mta_session.c: the host refused every message; the route is put down and tried later.
    assert_reads("0a1b2c3d4e5f6a7b mta host-rejects-all-mails", Category::PolicyRejected, Outcome::Temporary);
    // OpenSMTPD mta.c: "smtp-out: Failed to resolve MX for %s: %s" with its "No MX found for domain".
    assert_reads(
        "smtp-out: Failed to resolve MX for [relay:example.org]: No MX found for domain",
        Category::DomainNoMail,
        Outcome::Permanent,
    );
    // Haraka outbound/hmail.js: "recipient %s deferred: %s"; "Remote end %s:%s closed connection ... Trying next MX."
    assert_reads(
        "[NOTICE] [-] [outbound] recipient <user@example.org> deferred: 452 4.2.2 Mailbox full",
        Category::MailboxFull,
        Outcome::Temporary,
    );
    assert_reads(
        "[ERROR] [-] [outbound] Remote end mx.example.org:25 closed connection while we were processing mail. Trying next MX.",
        Category::NetworkError,
        Outcome::Temporary,
    );
    // chasquid internal/maillog/maillog_test.go: a permanent failure with the test's placeholder reason.
    assert_eq!(explain("qid from=from to=to failed (permanent): error").outcome, Outcome::Permanent);
    // maddy, https://github.com/foxcpp/maddy/issues/678: the queue tries again later.
    assert_eq!(
        explain("Feb 17 23:54:35 srv1 maddy[501510]: queue: will retry        {\"attempts_count\":{\"ignorame2@messagenet.it\":1},\"msg_id\":\"c5eb84cd\",\"next_try_delay\":\"14m59.99999903s\",\"rcpts\":[\"ignorame2@messagenet.it\"]}").outcome,
        Outcome::Temporary
    );
}

/// Lines that are no delivery result: TLS notes, configuration and load warnings, connects,
/// start-up and queue bookkeeping, statistics. Whatever cause they name, their outcome is
/// unknown: nothing failed to be delivered.
#[test]
fn notes_that_are_no_delivery_result_never_read_as_failures() {
    for text in [
        // Exim test/log/2000 and 1164: TLS failed on a host outside hosts_require_tls, delivery goes on in clear.
        "1999-03-02 09:44:33 10HmaX-000000005vi-0000 TLS session: (certificate verification failed): certificate invalid: delivering unencrypted to H=127.0.0.1 [127.0.0.1] (not in hosts_require_tls)",
        "1999-03-02 09:44:33 TLS session: (tls lib connect fn): timed out: callout unencrypted to 127.0.0.1 [127.0.0.1] (not in hosts_require_tls)",
        // Exim test/log/0005, 0035, 4500, 0010, 0609: queue runner, daemon start, DKIM result, clients that went away.
        "1999-03-02 09:44:33 Start queue run: pid=p1234",
        "1999-03-02 09:44:33 exim x.yz daemon started: pid=p1234, no queue runs, listening for SMTP on port PORT_D",
        "1999-03-02 09:44:33 10HmaX-000000005vi-0000 DKIM: d=test.ex s=sel c=simple/simple a=rsa-sha1 b=1024 [verification succeeded]",
        "1999-03-02 09:44:33 10HmaY-000000005vi-0000 SMTP connection from CALLER lost while reading message data",
        "1999-03-02 09:44:33 unexpected disconnection while reading SMTP command from (test) [127.0.0.1] D=qqs",
        // Postfix README_FILES/STRESS_README: master's process-limit warning (folded lines joined).
        "Oct  3 20:39:27 spike postfix/master[28905]: warning: service \"smtp\" (25) has reached its process limit \"30\": new clients may experience noticeable delays",
        // Postfix README_FILES/COMPATIBILITY_README: compatibility notes of smtpd, postscreen and tlsproxy.
        "postfix/smtpd[27560]: using backwards-compatible default setting smtputf8_enable=no to accept non-ASCII sender address \"??@example.org\" from localhost[127.0.0.1]",
        "postfix/postscreen[24982]: using backwards-compatible default setting mynetworks_style=subnet to permit request from client \"10.1.1.1\"",
        "postfix/tlsproxy[...] using backwards-compatible default setting tlsproxy_client_security_level=(empty)",
        // Postfix README_FILES/FORWARD_SECRECY_README: "Untrusted" is a TLS level name, not an error.
        "postfix/smtp[process-id]: Untrusted TLS connection established to 127.0.0.1[127.0.0.1]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange ECDHE (P-256) server-signature ECDSA (P-256) server-digest SHA256",
        // Postfix format strings filled in: postscreen's test result (postscreen_smtpd.c), anvil's statistics
        // (anvil.c), the smtp client's PIX note (smtp_proto.c), postscreen's late DNSBL answer (postscreen_dnsbl.c).
        "COMMAND PIPELINING from [192.0.2.1]:51234 after EHLO: MAIL FROM:<sender@example.com>",
        "statistics: max connection rate 3/60s for (smtp:192.0.2.1) at Dec  7 10:00:00",
        "A1B2C3D4E5: enabling PIX workarounds: disable_esmtp delay_dotcrlf for mx.example.com[192.0.2.1]:25",
        "warning: dnsblog reply timeout 10s for zen.spamhaus.org",
        // OpenSMTPD format strings filled in (mta_session.c, smtp_session.c): session and TLS notes.
        "0a1b2c3d4e5f6a7b mta disconnected reason=quit messages=1",
        "0a1b2c3d4e5f6a7b smtp connected address=192.0.2.1 host=mail.example.org",
        "0a1b2c3d4e5f6a7b mta tls ciphers=TLSv1.3:TLS_AES_256_GCM_SHA384:256",
        // Haraka: its connect line (issue 873), the dnsbl plugin's start-up zone check (issue 1912), the outbound
        // queue at start-up (issue 2384), the TLS fallback note (outbound/hmail.js, filled in).
        "[NOTICE] [5973D3E9-1500-4E1C-98B9-E94A310C925A] [core] connect ip=213.121.237.252 port=55759 local_ip=:: local_port=25",
        "[DEBUG] [-] [dnsbl] looking up: 2.0.0.127.zen.spamhaus.org.",
        "[INFO] [-] [core] [outbound] 0 files in my delivery queue",
        "[INFO] [-] [outbound] TLS disabled for mx.example.org because it was marked as non-TLS on 2026-12-07T10:00:00.000Z",
        // chasquid internal/maillog/maillog_test.go: one pass over the queue item is done.
        "qid from=from completed loop, next in 17s",
    ] {
        assert_eq!(explain(text).outcome, Outcome::Unknown, "{text}");
    }
    // The TLS fallback notes still say what went wrong with TLS.
    assert_eq!(
        category_of("1999-03-02 09:44:33 10HmaX-000000005vi-0000 TLS session: (certificate verification failed): certificate invalid: delivering unencrypted to H=127.0.0.1 [127.0.0.1] (not in hosts_require_tls)"),
        Category::TlsFailed
    );
    // postscreen's pipelining test names a protocol fault of the client, not a refusal.
    assert_eq!(
        category_of("COMMAND PIPELINING from [192.0.2.1]:51234 after EHLO: MAIL FROM:<sender@example.com>"),
        Category::ProtocolSequence
    );
    // A TLS session that was set up is no failure of any kind.
    assert_eq!(
        category_of("postfix/smtp[process-id]: Untrusted TLS connection established to 127.0.0.1[127.0.0.1]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange ECDHE (P-256) server-signature ECDSA (P-256) server-digest SHA256"),
        Category::Unknown
    );
}

/// Wording only one program writes names it.
#[test]
fn each_programs_own_log_words_name_it() {
    for (text, program) in [
        ("1999-03-02 09:44:33 TLS error on connection from (timeout.rhu.barb) [127.0.0.1] (tls lib accept fn): timed out", "exim"),
        ("1999-03-02 09:44:33 Start queue run: pid=p1234", "exim"),
        ("1999-03-02 09:44:33 10HmaY-000000005vi-0000 SMTP connection from CALLER lost while reading message data", "exim"),
        ("A1B2C3D4E5: message rejected: hopcount exceeded", "postfix"),
        ("statistics: max connection rate 3/60s for (smtp:192.0.2.1) at Dec  7 10:00:00", "postfix"),
        ("certificate verification failed for mx.example.com[192.0.2.1]:25: untrusted issuer /C=US/O=Example/CN=Example CA", "postfix"),
        ("0a1b2c3d4e5f6a7b mta host-rejects-all-mails", "opensmtpd"),
        ("0a1b2c3d4e5f6a7b smtp connected address=192.0.2.1 host=mail.example.org", "opensmtpd"),
        ("[NOTICE] [-] [outbound] recipient <user@example.org> deferred: 452 4.2.2 Mailbox full", "haraka"),
        ("qid from=from to=to failed (permanent): error", "chasquid"),
    ] {
        assert_eq!(software_of(text).as_deref(), Some(program), "{text}");
    }
}

/// No row of the round's corpus file whose source tells a failure reads as a success.
#[test]
fn no_failure_of_the_rounds_rows_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-lg-s19.jsonl"));
}
