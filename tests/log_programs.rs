//! Mail log lines: the knowledge pack's s15-logs rows (src/data/knowledge/phrases.tsv,
//! outcomes.tsv, software.tsv) on log lines of Sendmail, Exim, SA-Exim, rspamd, Postfix and
//! Courier. Each expected value is read from the program's source that writes the line (cited
//! beside it), following tests/corpus/LABELS.md.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Sendmail's greet_pause: a client that talks before the greeting has every command refused
/// ("rejecting commands from %s [%s] due to pre-greeting traffic after %d seconds",
/// sendmail/srvrsmtp.c): a protocol order fault of the client.
#[test]
fn sendmail_pre_greeting_traffic_is_a_protocol_sequence_fault() {
    let text = "Feb 27 10:53:06 batman sm-mta[44307]: s1R9r60D044307: rejecting commands from  [209.15.212.253] due to pre-greeting traffic after 0 seconds";
    let e = explain(text);
    assert_eq!(e.category.id, Category::ProtocolSequence);
    assert_eq!(software_of(text).as_deref(), Some("sendmail"));
}

/// Exim drops a client past smtp_max_synprot_errors ("SMTP call from %s dropped: too many syntax
/// or protocol errors (last command was ...)", src/src/smtp_in.c); the line names Exim.
#[test]
fn exim_too_many_syntax_errors_is_protocol_syntax_and_names_exim() {
    let text =
        "2013-06-02 09:22:06 SMTP call from [192.0.2.109] dropped: too many syntax or protocol errors (last command was \"AUTH LOGIN\")";
    let e = explain(text);
    assert_eq!(e.category.id, Category::ProtocolSyntax);
    assert_eq!(software_of(text).as_deref(), Some("exim"));
}

/// SA-Exim's actions on a scanned message (sa-exim.c): all are verdicts on this message's spam
/// score; "silently tossed" is accepted and thrown away (never delivered), "teergrubed" and
/// "temporarily rejected" end in a 451 (LOCAL_SCAN_TEMPREJECT), "permanently rejected" in a 550.
#[test]
fn sa_exim_actions_are_spam_verdicts_with_their_outcome() {
    for (text, outcome) in [
        (
            "2013-12-29 15:34:12 1VxHRO-000NiI-Ly SA: Action: silently tossed message: score=31.0 required=5.0 trigger=30.0 (scanned in 6/6 secs | Message-Id: 1VxHRO-000NiI-Ly). From <a@example.org> (host=h.example.org [192.0.2.1]) for me@example.com",
            Outcome::Permanent,
        ),
        (
            "2004-03-10 08:27:18 1B16Y8-0001UP-4R SA: Action: permanently rejected message: hits=14.8 required=7.0 trigger=11.0 ( scanned in 2/2 secs | Message-Id: x@example.org). From <a@example.org> (host=h [127.0.0.1]) for b@example.org",
            Outcome::Permanent,
        ),
        (
            "2013-12-30 00:24:50 1VxPit-000MMd-U4 SA: Action: temporarily rejected message: score=8.2 required=5.0 trigger=8.0 (scanned in 6/6 secs | Message-Id: x@example.org). From <a@example.org> (host=h [192.0.2.1]) for c@example.com",
            Outcome::Temporary,
        ),
        (
            "2013-12-30 00:24:50 1VxPit-000MMd-U4 SA: Action: teergrubed sender until full configured duration of 300 secs: score=25.2 required=5.0 trigger=25.0 (scanned in 6/6 secs | Message-Id: x@example.org). From <a@example.org> (host=h [192.0.2.1]) for c@example.com",
            Outcome::Temporary,
        ),
    ] {
        assert_reads(text, Category::SpamContent, outcome);
    }
}

/// rspamd's "soft reject" action is a temporary refusal (METRIC_ACTION_SOFT_REJECT,
/// src/libserver/cfg_utils.cxx); its ratelimit module sets it with 'Ratelimit "to" exceeded'.
#[test]
fn rspamd_soft_reject_is_temporary() {
    let ratelimit = "2023-10-07 23:00:48 #240148(rspamd_proxy) <517fe0>; proxy; rspamd_add_passthrough_result: <x@example.org>: set pre-result to 'soft reject' (no score): 'Ratelimit \"to\" exceeded' from ratelimit(1)";
    let e = explain(ratelimit);
    assert_eq!(e.category.id, Category::RateLimited);
    assert_eq!(e.outcome, Outcome::Temporary);
    // The summary line names the action and no cause: a temporary refusal of unknown cause.
    let summary = "2023-10-07 23:00:48 #240148(rspamd_proxy) <517fe0>; proxy; rspamd_task_write_log: id: <x@example.org>, qid: <30080C08FB>, ip: 192.0.2.142, from: <b@example.net>, (default: F (soft reject): [0.00/20.00] [ASN(0.00){asn:11377, ipnet:192.0.2.0/24, country:US;}]), len: 12761, time: 59.903ms, dns req: 1";
    assert_eq!(explain(summary).outcome, Outcome::Temporary);
}

/// Postfix local(8)/virtual(8) prefix a failed maildir write with "maildir delivery failed: "
/// (src/virtual/maildir.c): the receiving server could not store the message; Postfix defers.
#[test]
fn postfix_maildir_delivery_failure_is_a_server_error() {
    let text = "Sep  6 07:33:33 mx postfix/virtual[1234]: 4ABC: to=<bob@example.org>, relay=virtual, delay=0.1, delays=0/0/0/0.1, dsn=4.2.0, status=deferred (maildir delivery failed: create maildir file /var/vmail/example.org/bob/tmp/1.P1: Permission denied)";
    assert_reads(text, Category::ServerError, Outcome::Temporary);
}

/// Courier's ESMTP server logs as courieresmtpd ("error,relay=...", courieresmtpd.C).
#[test]
fn courieresmtpd_names_courier() {
    let text = "Aug 14 12:51:05 mail.server courieresmtpd[425070]: error,relay=::ffff:192.0.2.3,port=43632,msg=\"535 Authentication failed.\",cmd: AUTH LOGIN user@example.com";
    let e = explain(text);
    assert_eq!(e.category.id, Category::AuthFailed);
    assert_eq!(software_of(text).as_deref(), Some("courier"));
}

/// Haraka outbound (outbound/hmail.js): "bouncing mail: %s" is logged as it gives the message up
/// and sends the bounce (permanent, also for "Too many failures"); "Nowhere to deliver mail to
/// for domain" has DSN X.1.2 (bad destination system); a failed forced TLS check is retried.
#[test]
fn haraka_outbound_lines() {
    let gave_up = "[INFO] [7B6260E0-240F-4AAD-9E52-1188B0D14DC5.1.1] [outbound] bouncing mail: Too many failures (Tried all MXs)";
    let e = explain(gave_up);
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(software_of(gave_up).as_deref(), Some("haraka"));

    let nowhere =
        "[INFO] [7B6260E0-240F-4AAD-9E52-1188B0D14DC5.1.1] [outbound] bouncing mail: Nowhere to deliver mail to for domain: example.org";
    let e = explain(nowhere);
    assert_eq!(e.category.id, Category::DomainUnknown);
    assert_eq!(e.outcome, Outcome::Permanent);

    let tls = "[INFO] [7B6260E0-240F-4AAD-9E52-1188B0D14DC5.1.1] [outbound] Temp failing 1539758017236_1539762057544_6_23821_XrUdrN_11_host for 64 seconds: Host failed TLS verification required by configuration.";
    let e = explain(tls);
    assert_eq!(e.category.id, Category::TlsFailed);
    assert_eq!(e.outcome, Outcome::Temporary);
    assert_eq!(software_of(tls).as_deref(), Some("haraka"));
}

/// A KumoMTA JSON log record (https://docs.kumomta.com/reference/log_record/): its
/// "bounce_classification" field names the program; the record's type and response decide.
#[test]
fn kumomta_log_record_names_kumomta() {
    let text = r#"{"type":"Bounce","id":"abc","sender":"a@example.org","recipient":"c@example.com","queue":"example.com","site":"","size":1234,"response":{"code":550,"enhanced_code":{"class":5,"subject":1,"detail":1},"content":"User unknown","command":"RCPT TO:<c@example.com>\r\n"},"num_attempts":1,"bounce_classification":"InvalidRecipient"}"#;
    let e = explain(text);
    assert_eq!(e.category.id, Category::MailboxUnknown);
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("kumomta"));
}

/// Exim's smtp transport fails an address once all its hosts have failed past the retry timeout
/// ("all hosts for '%s' have been failing for a long time (and retry time not reached)",
/// transports/smtp.c): the message expired and is bounced.
#[test]
fn exim_all_hosts_failing_for_a_long_time_is_expired() {
    let text = "1999-03-02 09:44:33 10HmbA-000000005vi-0000 ** userx@test.ex R=r1 T=t1 : all hosts for 'test.ex' have been failing for a long time (and retry time not reached)";
    assert_reads(text, Category::Expired, Outcome::Permanent);
}

/// Sendmail's STARTTLS line with verify=FAIL: "cert presented but could not be verified"
/// (cf/README); the line is written after every handshake and tells no delivery outcome.
#[test]
fn sendmail_starttls_verify_fail_is_an_untrusted_certificate_of_unknown_outcome() {
    let text = "Feb 8 15:55:59 vault sm-mta[13071]: STARTTLS=client, relay=mx.example.org., version=TLSv1.3, verify=FAIL, cipher=TLS_AES_256_GCM_SHA384, bits=256/256";
    assert_reads(text, Category::TlsFailed, Outcome::Unknown);
}

/// Sendmail writes a recipient's result after the address ("%s... %s", usrerr): such a line is
/// about a delivery even with no code, while a warning about a connecting client stays skipped.
#[test]
fn sendmails_result_after_the_address_is_explained() {
    let e = smtp_explain::explain("Jan 10 10:00:00 mail sendmail[1234]: x0AA: <bob@example.com>... No such user here");
    assert!(e.recognized);
    assert_eq!(e.category.id, smtp_explain::Category::MailboxUnknown);
    let skipped = smtp_explain::explain(
        "Jan 10 10:00:00 mail postfix/smtpd[1234]: warning: hostname host.example does not resolve to address 192.0.2.7",
    );
    assert!(!skipped.recognized);
}
