//! The `smtp-explain` command as a mail admin uses it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_smtp-explain"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

const GMAIL: &str = "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550 5.1.1 double-checking the recipient's email address - gsmtp";

#[test]
fn json_of_the_gmail_unknown_user_reply() {
    let out = run(&["--json", GMAIL], None);
    assert!(out.status.success());
    let e: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(e["reply"]["code"], 550);
    assert_eq!(e["reply"]["enhanced"], "5.1.1");
    assert_eq!(e["category"]["id"], "mailbox_unknown");
    assert_eq!(e["interop"]["sisimai"], "userunknown");
    assert_eq!(e["interop"]["hardBounce"], true);
    assert_eq!(e["whoActs"], "sender");
    assert_eq!(e["provider"]["id"], "google");
}

#[test]
fn the_same_reply_from_stdin() {
    let out = run(&["--json"], Some(GMAIL));
    let e: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(e["category"]["id"], "mailbox_unknown");
}

#[test]
fn a_bare_421_explains_a_temporary_failure() {
    let out = run(&["421"], None);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("temporary failure"), "{text}");
    assert!(text.contains("421"), "{text}");
    let json: Value = serde_json::from_str(&stdout(&run(&["--json", "421"], None))).unwrap();
    assert_eq!(json["outcome"], "temporary");
}

#[test]
fn text_output_reads_like_an_explanation() {
    let text = stdout(&run(&[GMAIL], None));
    for label in ["What happened", "Who acts", "What you can do", "Codes", "5.1.1"] {
        assert!(text.contains(label), "missing {label:?} in\n{text}");
    }
}

#[test]
fn list_codes_json_lists_the_whole_dictionary() {
    let out = run(&["--list-codes", "--json"], None);
    let entries: Vec<Value> = serde_json::from_str(&stdout(&out)).unwrap();
    let enhanced = entries.iter().filter(|e| e["kind"] == "enhanced").count();
    let basic = entries.iter().filter(|e| e["kind"] == "basic").count();
    assert_eq!(enhanced, 81);
    assert!(basic >= 45, "{basic} basic codes");
    for e in &entries {
        assert!(
            e["code"].is_string()
                && e["title"].as_str().is_some_and(|t| !t.is_empty())
                && e["source"].as_str().is_some_and(|s| !s.is_empty()),
            "{e}"
        );
    }
    let text = stdout(&run(&["--list-codes"], None));
    assert!(text.lines().count() >= 126);
}

#[test]
fn lines_mode_explains_each_log_line() {
    let log = "postfix/smtp[1]: A1: to=<a@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n\npostfix/smtp[2]: B2: to=<b@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=4.2.2, status=deferred (host mx.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))\n";
    let text = stdout(&run(&["--lines"], Some(log)));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("1: permanent 550 5.1.1 [mailbox_unknown]"), "{}", lines[0]);
    assert!(lines[1].starts_with("3: temporary 452 4.2.2 [mailbox_full]"), "{}", lines[1]);
    let json = stdout(&run(&["--lines", "--json"], Some(log)));
    let parsed: Vec<Value> = json.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(parsed.len(), 2);
    assert_eq!(parsed[1]["recipient"], "b@example.org");
}

#[test]
fn all_mode_gives_one_explanation_per_recipient() {
    let bounce = "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; b@example.org\nAction: failed\nStatus: 5.2.2\n";
    let json = stdout(&run(&["--all", "--json"], Some(bounce)));
    assert_eq!(json.lines().count(), 2);
}

#[test]
fn usage_errors_exit_with_2_and_help_and_version_with_0() {
    let bad = run(&["--frobnicate"], None);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown option --frobnicate"));
    assert_eq!(run(&["--audience", "root", "421"], None).status.code(), Some(2));
    assert_eq!(run(&["--lines", "421"], None).status.code(), Some(2));
    let help = run(&["--help"], None);
    assert!(help.status.success() && stdout(&help).contains("Usage: smtp-explain"));
    let version = run(&["--version"], None);
    assert!(version.status.success() && stdout(&version).starts_with("smtp-explain "));
}

#[test]
fn categories_listing() {
    let list: Vec<Value> = serde_json::from_str(&stdout(&run(&["--categories", "--json"], None))).unwrap();
    assert!(list.len() >= 40);
    assert!(list.iter().all(|c| c["interop"]["sisimai"].is_string()));
}

// ---------------------------------------------------------------------------------------------
// Issue 11: terminal safety, lossy input, colour, streaming --lines, the pre-filter, --summary,
// the language from the locale.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};

/// Runs the binary with raw bytes on stdin and extra environment.
fn run_bytes(args: &[&OsStr], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_smtp-explain"));
    command.args(args).env_remove("NO_COLOR").env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("runs");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn os(args: &[&str]) -> Vec<&'static OsStr> {
    args.iter().map(|a| OsStr::new(Box::leak(a.to_string().into_boxed_str()))).collect()
}

/// Panics when the output holds a byte or character a terminal would act on.
fn assert_terminal_safe(what: &str, bytes: &[u8]) {
    for (i, &b) in bytes.iter().enumerate() {
        assert!(b == b'\n' || (b >= 0x20 && b != 0x7f), "{what}: control byte {b:#04x} at {i} in\n{}", String::from_utf8_lossy(bytes));
    }
    let text = String::from_utf8_lossy(bytes);
    for c in text.chars() {
        let bad = ('\u{80}'..='\u{9f}').contains(&c) || ('\u{202a}'..='\u{202e}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c);
        assert!(!bad, "{what}: raw {c:?} in\n{text}");
    }
}

const HOSTILE_REPLY: &[u8] = b"550 5.1.1 <a\x1b]0;x\x07@b.c>: User unknown\x1b[2J \xc2\x9b31m \xe2\x80\xae\xe2\x81\xa6 \x7f";
const HOSTILE_LOG: &[u8] = b"Dec  5 10:00:00 mx postfix/smtp[1]: 4AB: to=<a\x1b[2J\xe2\x80\xae@b.example>, relay=mx\x1b]0;pwned\x07.b.example[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.b.example[192.0.2.1] said: 550 5.1.1 <a\x1b[2J@b.example>: \xc2\x9bUser unknown\x07 (in reply to RCPT TO command))\n";

#[test]
fn output_never_holds_a_control_character() {
    let cases: &[(&[&str], &[u8])] = &[
        (&[], HOSTILE_REPLY),
        (&["--json"], HOSTILE_REPLY),
        (&["--all"], HOSTILE_REPLY),
        (&["--all", "--json"], HOSTILE_REPLY),
        (&["--audience", "admin"], HOSTILE_REPLY),
        (&["--lines"], HOSTILE_REPLY),
        (&["--lines", "--json"], HOSTILE_REPLY),
        (&["--lines"], HOSTILE_LOG),
        (&["--lines", "--json"], HOSTILE_LOG),
        (&["--summary", "--lines"], HOSTILE_LOG),
        (&["--summary", "--lines", "--json"], HOSTILE_LOG),
        (&["--summary"], HOSTILE_REPLY),
        (&["--summary", "--json"], HOSTILE_REPLY),
    ];
    for (args, input) in cases {
        let out = run_bytes(&os(args), input, &[]);
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(!out.stdout.is_empty(), "{args:?} printed nothing");
        assert_terminal_safe(&format!("{args:?}"), &out.stdout);
    }
    // The escapes are shown, so the admin sees what the server sent.
    let text = run_bytes(&os(&["--lines"]), HOSTILE_LOG, &[]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("\\x1b[2J\\u{202e}@b.example"), "{text}");
    // JSON keeps the characters (escaped), so a JSON reader gets the server's text back.
    let json = run_bytes(&os(&["--json"]), HOSTILE_REPLY, &[]);
    let value: Value = serde_json::from_slice(&json.stdout).unwrap();
    let reply = value["reply"]["text"].as_str().unwrap();
    assert!(reply.contains('\u{1b}') && reply.contains('\u{9b}') && reply.contains('\u{202e}') && reply.contains('\u{7f}'), "{reply:?}");
    // Arguments and error messages too.
    let arg = run_bytes(&[OsStr::new("550 5.1.1 user \x1b]0;x\x07unknown")], b"", &[]);
    assert_terminal_safe("argument", &arg.stdout);
    let bad = run_bytes(&[OsStr::new("--bad\x1b[2J")], b"", &[]);
    assert_eq!(bad.status.code(), Some(2));
    assert_terminal_safe("stderr", &bad.stderr);
}

#[test]
#[cfg(unix)]
fn non_utf8_arguments_and_input_are_read_lossily() {
    use std::os::unix::ffi::OsStrExt;
    let arg = OsStr::from_bytes(b"550 5.1.1 <b\xff\xfe@example.org>: User unknown");
    let out = run_bytes(&[arg], b"", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8(out.stdout).unwrap().contains("5.1.1"));
    let json = run_bytes(&[OsStr::new("--json"), arg], b"", &[]);
    let value: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["reply"]["enhanced"], "5.1.1");
    // A file name that is not UTF-8 is opened as it is.
    let dir = scratch_dir("non-utf8");
    let name = dir.join(OsStr::from_bytes(b"bounce-\xff.eml"));
    std::fs::write(&name, "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n").unwrap();
    let out = run_bytes(&[OsStr::new("--summary"), OsStr::new("--json"), name.as_os_str()], b"", &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap()["messages"], 1);
    // A non-UTF-8 option value is an error message, not a panic.
    let bad = run_bytes(&[OsStr::new("--audience"), OsStr::from_bytes(b"\xff")], b"", &[]);
    assert_eq!(bad.status.code(), Some(2));
    for args in [
        &[][..],
        &["--json"][..],
        &["--lines"][..],
        &["--lines", "--json"][..],
        &["--all"][..],
        &["--summary"][..],
        &["--summary", "--lines"][..],
    ] {
        let input = b"550 5.1.1 <\xff\xfe\xc3@example.org>: User unknown \xe9t\xe9\n\xff\xff\n452 4.2.2 Mailbox full\r\n";
        let out = run_bytes(&os(args), input, &[]);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).expect("output is UTF-8");
        assert!(text.contains("5.1.1") || text.contains("mailbox_unknown"), "{args:?}: {text}");
    }
}

#[test]
fn colour_only_on_request_or_on_a_terminal() {
    let has_escape = |args: &[&str], env: &[(&str, &str)]| run_bytes(&os(args), b"", env).stdout.contains(&0x1b);
    // Output to a pipe: no colour by default.
    assert!(!has_escape(&["421"], &[]));
    assert!(!has_escape(&["--color=auto", "421"], &[]));
    assert!(has_escape(&["--color=always", "421"], &[]));
    assert!(has_escape(&["--color", "always", "421"], &[]));
    assert!(has_escape(&["--color", "421"], &[]));
    assert!(!has_escape(&["--color=never", "421"], &[]));
    // NO_COLOR (any non-empty value) turns colour off in auto mode; an explicit --color wins.
    assert!(!has_escape(&["421"], &[("NO_COLOR", "1")]));
    assert!(has_escape(&["--color=always", "421"], &[("NO_COLOR", "1")]));
    assert!(!has_escape(&["--color=always", "--json", "421"], &[]));
    // With colour on, the only escapes are our own SGR sequences; the server's stay escaped.
    for args in [&["--color=always"][..], &["--color=always", "--lines"][..], &["--color=always", "--summary"][..]] {
        let out = run_bytes(&os(args), HOSTILE_LOG, &[]).stdout;
        assert!(out.contains(&0x1b), "{args:?}");
        let text = String::from_utf8(out).unwrap();
        for (i, _) in text.match_indices('\u{1b}') {
            let sgr = &text[i + 1..];
            let end = sgr.find('m').expect("SGR ends with m");
            assert!(
                sgr.starts_with('[') && sgr[1..end].bytes().all(|b| b.is_ascii_digit() || b == b';'),
                "{args:?}: {:?}",
                &sgr[..end.min(20)]
            );
        }
        let plain: String =
            text.split('\u{1b}').enumerate().map(|(i, part)| if i == 0 { part } else { &part[part.find('m').unwrap() + 1..] }).collect();
        assert_terminal_safe(&format!("{args:?} without SGR"), plain.as_bytes());
    }
    let bad = run_bytes(&os(&["--color=sometimes", "421"]), b"", &[]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn lines_are_printed_as_soon_as_they_are_read() {
    // Like `tail -f mail.log | smtp-explain --lines`: stdin stays open.
    let mut child = Command::new(env!("CARGO_BIN_EXE_smtp-explain"))
        .args(["--lines"])
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let output = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(output).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    let timeout = std::time::Duration::from_secs(20);
    input.write_all(b"Dec  5 10:00:00 mx postfix/smtpd[1]: connect from unknown[192.0.2.1]\n").unwrap();
    input.write_all(b"Dec  5 10:00:01 mx postfix/smtp[2]: 4AB: to=<a@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n").unwrap();
    input.flush().unwrap();
    let first = rx.recv_timeout(timeout).expect("the first result comes before the input ends");
    assert!(first.starts_with("2: permanent 550 5.1.1 [mailbox_unknown]"), "{first}");
    input.write_all(b"Dec  5 10:00:02 mx postfix/smtp[3]: 4AC: to=<b@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=4.2.2, status=deferred (host mx.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))\n").unwrap();
    input.flush().unwrap();
    let second = rx.recv_timeout(timeout).expect("the second result comes before the input ends");
    assert!(second.starts_with("3: temporary 452 4.2.2 [mailbox_full]"), "{second}");
    drop(input);
    assert!(child.wait().unwrap().success());
}

/// Delivery lines in the shapes of Postfix, Exim, Sendmail, qmail, OpenSMTPD, Exchange message
/// tracking, Haraka, PowerMTA and KumoMTA logs (made-up addresses and ids).
const DELIVERY_LINES: &str = r#"Dec  5 10:00:01 mx postfix/smtp[2001]: 4AB12CD34E: to=<bob@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9F8E7D)
Dec  5 10:00:02 mx postfix/smtpd[2002]: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table; from=<a@example.net> to=<nobody@example.org> proto=ESMTP helo=<x.example.net>
Dec  5 10:00:03 mx postfix/smtp[2003]: 4AB12CD34F: host mx.example.org[192.0.2.1] refused to talk to me: 554 5.7.1 Service refused
Dec  5 10:00:04 mx postfix/postscreen[2004]: NOQUEUE: reject: RCPT from [203.0.113.5]:40000: 550 5.7.1 Service unavailable; client [203.0.113.5] blocked using zen.spamhaus.org; from=<a@example.net>, to=<b@example.org>, proto=ESMTP, helo=<x>
Dec  5 10:00:05 mx postfix/cleanup[2005]: 4AB12CD350: milter-reject: END-OF-MESSAGE from x[203.0.113.5]: 5.7.1 Spam message rejected; from=<a@example.net> to=<b@example.org> proto=ESMTP helo=<x>
2026-12-05 10:00:06 1tJ2Ab-00000A-1a ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 5.1.1 User unknown
2026-12-05 10:00:07 1tJ2Ab-00000A-1b == bob@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 451 4.7.1 Greylisted, try again later
2026-12-05 10:00:08 1tJ2Ab-00000A-1c => bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.1] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 Ok: queued as 4AB12"
2026-12-05 10:00:09 H=(helo.example.net) [203.0.113.5] F=<a@example.net> rejected RCPT <b@example.org>: relay not permitted
Dec  5 10:00:10 mx sm-mta[2010]: 4B5AbCd0123456: to=<bob@example.org>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120000, relay=mx.example.org. [192.0.2.1], dsn=5.1.1, stat=User unknown
Dec  5 10:00:11 mx sm-mta[2011]: 4B5AbCd0123457: ruleset=check_rcpt, arg1=<b@example.org>, relay=x [203.0.113.5], reject=550 5.7.1 <b@example.org>... Relaying denied
@400000006751b2c01234abcd delivery 42: failure: 192.0.2.1_does_not_like_recipient./Remote_host_said:_550_5.1.1_User_unknown/Giving_up_on_192.0.2.1./
@400000006751b2c01234abce delivery 44: deferral: Connected_to_192.0.2.1_but_greeting_failed./
Dec  5 10:00:12 mx smtpd[2012]: 1a2b3c4d5e6f7a8b mta delivery evpid=1a2b3c4d5e6f7a8b from=<a@example.net> to=<b@example.org> rcpt=<-> source="192.0.2.10" relay="192.0.2.1 (mx.example.org)" delay=2s result="PermFail" stat="550 5.1.1 User unknown"
2026-12-05T10:00:13.123Z,,,,EX01,,,SMTP,FAIL,08DC1234567890AB,<abc@example.net>,1a2b3c4d-0000-0000-0000-000000000000,bob@example.org,550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup,1234,1,,,Hello,a@example.net,a@example.net,
[NOTICE] [5F1A2B3C-1111-2222-3333-444455556666.1.1] [outbound] delivered file=1733390000000_0_1234_abcd_1_mx host=mx.example.org ip=192.0.2.1 port=25 mode=SMTP tls=Y auth=N response="250 2.0.0 OK queued" delay=1.2 fails=0 rcpts=1/0/0
b,2026-12-05 10:00:14+0000,2026-12-05 09:59:59+0000,a@example.net,b@example.org,failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 User unknown,mx.example.org (192.0.2.1)
{"type":"Bounce","id":"d7ef1c2a","sender":"a@example.net","recipient":"b@example.org","queue":"example.org","size":1234,"response":{"code":550,"enhanced_code":{"class":5,"subject":1,"detail":1},"content":"User unknown","command":"RCPT TO:<b@example.org>"}}
Dec  5 10:00:15 mx sm-mta[2015]: 4B5AbCd0123458: to=<bob@example.org>, delay=00:00:01, mailer=esmtp, pri=120000, relay=mx.example.org. [192.0.2.1], dsn=2.0.0, stat=Sent (4AB Message accepted for delivery)
Dec  5 10:00:16 mx dovecot: lmtp(bob)<2016><AbCdEf>: msgid=<x@example.net>: rejected: Quota exceeded (mailbox for user is full)
Error 421.
SMTP Error (550): Failed to add recipient "example@mydomain.com" (Error: No such user)
"#;

/// Lines of the same logs that are not about a delivery.
const OTHER_LINES: &str = r#"Dec  5 10:00:00 mx postfix/smtpd[2101]: connect from unknown[203.0.113.5]
Dec  5 10:00:00 mx postfix/smtpd[2101]: disconnect from unknown[203.0.113.5] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5
Dec  5 10:00:00 mx postfix/smtpd[2101]: 4AB12CD34E: client=mail.example.net[203.0.113.5], sasl_method=PLAIN, sasl_username=a@example.net
Dec  5 10:00:00 mx postfix/cleanup[2102]: 4AB12CD34E: message-id=<20261205.250@example.net>
Dec  5 10:00:00 mx postfix/qmgr[911]: 4AB12CD34E: from=<a@example.net>, size=2500, nrcpt=1 (queue active)
Dec  5 10:00:00 mx postfix/qmgr[911]: 4AB12CD34E: removed
Dec  5 10:00:00 mx postfix/smtpd[2101]: warning: hostname mail.example.net does not resolve to address 203.0.113.5: Name or service not known
Dec  5 10:00:00 mx opendkim[812]: 4AB12CD34E: DKIM-Signature field added (s=mail, d=example.net)
Dec  5 10:00:00 mx postfix/postscreen[2103]: CONNECT from [203.0.113.5]:42500 to [192.0.2.10]:25
Dec  5 10:00:00 mx postfix/postscreen[2103]: PASS OLD [203.0.113.5]:42500
Dec  5 10:00:00 mx postfix/anvil[2104]: statistics: max connection rate 3/60s for (smtp:203.0.113.5) at Dec  5 10:00:00
Dec  5 10:00:00 mx dovecot: imap-login: Login: user=<a@example.net>, method=PLAIN, rip=203.0.113.5, lip=192.0.2.10, mpid=25012, TLS, session=<AbCd>
Dec  5 10:00:00 mx postfix/bounce[2105]: 4AB12CD34E: sender non-delivery notification: 5CD67EF89A
2026-12-05 10:00:00 1tJ2Ab-00000A-1a <= a@example.net H=mail.example.net [203.0.113.5] P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S=2500 id=20261205.250@example.net
2026-12-05 10:00:00 1tJ2Ab-00000A-1a Completed
Dec  5 10:00:00 mx CRON[2106]: (root) CMD (test -x /usr/sbin/anacron || run-parts --report /etc/cron.daily)
Dec  5 10:00:00 mx postfix/smtpd[2101]: lost connection after AUTH from unknown[203.0.113.5]
Dec  5 10:00:00 mx postfix/smtpd[2101]: 4AB12CD34E: client=unknown[250.1.2.3]
"#;

fn printed_line_numbers(log: &str) -> Vec<u64> {
    let out = run(&["--lines", "--json"], Some(log));
    stdout(&out).lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["line"].as_u64().unwrap()).collect()
}

#[test]
fn lines_not_about_a_delivery_print_nothing() {
    assert_eq!(printed_line_numbers(OTHER_LINES), Vec::<u64>::new());
    let text = stdout(&run(&["--lines"], Some(OTHER_LINES)));
    assert_eq!(text, "");
}

#[test]
fn the_pre_filter_keeps_every_delivery_line() {
    // Each line the library explains on its own is printed by --lines, under its own number,
    // also when mixed with other lines.
    let mut mixed = String::new();
    let mut expected = Vec::new();
    let others: Vec<&str> = OTHER_LINES.lines().collect();
    for (i, line) in DELIVERY_LINES.lines().enumerate() {
        mixed.push_str(others[i % others.len()]);
        mixed.push('\n');
        mixed.push_str(line);
        mixed.push('\n');
        let alone: Value = serde_json::from_str(&stdout(&run(&["--json", line], None))).unwrap();
        if alone["recognized"] == true || !alone["reply"].is_null() {
            expected.push(2 * i as u64 + 2);
        }
    }
    assert!(expected.len() >= DELIVERY_LINES.lines().count() - 3, "{expected:?}");
    assert_eq!(printed_line_numbers(&mixed), expected);
}

/// Single-line inputs of the fixtures that are log lines.
fn fixture_log_lines() -> Vec<String> {
    let mut lines = Vec::new();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/generic")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for block in text.split("\n=== ").skip(1) {
            let Some((head, input)) = block.split_once("\n--- input\n") else { continue };
            let input = input.trim();
            if head.contains("expect.input_kind: log_line") && !input.contains('\n') {
                lines.push(input.to_string());
            }
        }
    }
    lines
}

#[test]
fn the_pre_filter_keeps_the_log_lines_of_the_fixtures() {
    let lines = fixture_log_lines();
    assert!(lines.len() >= 10, "{}", lines.len());
    let log = lines.join("\n") + "\n";
    assert_eq!(printed_line_numbers(&log), (1..=lines.len() as u64).collect::<Vec<_>>(), "{log}");
}

#[test]
fn long_lines_are_cut_and_crlf_ends_are_dropped() {
    let mut log = String::from("550 5.1.1 <a@example.org>: User unknown");
    log.push_str(&"x".repeat(3 << 20));
    log.push_str("\r\n452 4.2.2 <b@example.org>: Mailbox full\r\n\r\n421 4.7.0 Try again later");
    let out = run(&["--lines", "--json"], Some(&log));
    assert!(out.status.success());
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.iter().map(|r| r["line"].as_u64().unwrap()).collect::<Vec<_>>(), vec![1, 2, 4]);
    assert_eq!(rows[0]["reply"]["enhanced"], "5.1.1");
    assert_eq!(rows[1]["reply"]["enhanced"], "4.2.2");
    assert_eq!(rows[2]["reply"]["code"], 421);
}

#[test]
fn one_thread_or_many_give_the_same_lines_in_order() {
    let mut log = String::new();
    for i in 0..3000 {
        log.push_str(OTHER_LINES.lines().nth(i % 18).unwrap());
        log.push('\n');
        log.push_str(&format!("Dec  5 10:00:01 mx postfix/smtp[1]: Q{i}: to=<u{i}@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n"));
    }
    let one = stdout(&run(&["--lines", "--jobs", "1"], Some(&log)));
    let four = stdout(&run(&["--lines", "--jobs=4"], Some(&log)));
    assert_eq!(one.lines().count(), 3000);
    assert_eq!(one, four);
    assert!(one.lines().nth(2999).unwrap().starts_with("6000: "));
    assert_eq!(run(&["--lines", "--jobs", "0"], Some("")).status.code(), Some(2));
}

fn summary_of(args: &[&str], stdin: Option<&str>) -> Value {
    let out = run(args, stdin);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_str(&stdout(&out)).unwrap()
}

fn count(table: &Value, key: &str) -> u64 {
    table.as_array().unwrap().iter().find(|r| r["key"] == key).map_or(0, |r| r["count"].as_u64().unwrap())
}

#[test]
fn summary_of_a_log() {
    let mut log = String::from(OTHER_LINES);
    for (i, domain) in ["example.org", "example.org", "example.net"].iter().enumerate() {
        log.push_str(&format!("Dec  5 10:00:0{i} mx postfix/smtp[1]: Q{i}: to=<user{i}@{domain}>, relay=mx.{domain}[192.0.2.{i}]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.{domain}[192.0.2.{i}] said: 550 5.1.1 <user{i}@{domain}>: Recipient address rejected: User unknown in table {i}{i}{i}7 (in reply to RCPT TO command))\n"));
    }
    log.push_str("Dec  5 10:00:09 mx postfix/smtp[1]: Q9: to=<x@example.com>, relay=mx.example.com[192.0.2.9]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ABC)\n");
    let s = summary_of(&["--summary", "--lines", "--json"], Some(&log));
    assert_eq!(s["lines"], 22);
    assert_eq!(s["skippedLines"], 18);
    assert_eq!(s["unrecognizedLines"], 0);
    assert_eq!(s["results"], 4);
    assert_eq!(count(&s["categories"], "mailbox_unknown"), 3);
    assert_eq!(count(&s["categories"], "delivered"), 1);
    assert_eq!(count(&s["outcomes"], "permanent"), 3);
    assert_eq!(count(&s["recipientDomains"], "example.org"), 2);
    assert_eq!(count(&s["recipientDomains"], "example.net"), 1);
    let hosts = s["remoteHosts"].as_array().unwrap();
    assert!(hosts.iter().any(|h| h["key"].as_str().unwrap().contains("mx.example.org")), "{hosts:?}");
    // Addresses and numbers are masked, so the three replies group as one.
    let top = &s["topReplies"][0];
    assert_eq!(top["count"], 3, "{}", s["topReplies"]);
    let reply = top["reply"].as_str().unwrap();
    assert!(reply.starts_with("550 5.1.1") && reply.contains("<address>") && !reply.contains("user0"), "{reply}");
    // The same in text, and from a file given as a path.
    let dir = scratch_dir("log");
    let path = dir.join("mail.log");
    std::fs::write(&path, &log).unwrap();
    let text = stdout(&run(&["--summary", "--lines", path.to_str().unwrap()], None));
    for heading in [
        "4 results from 22 lines",
        "Categories",
        "mailbox_unknown",
        "Recipient domains",
        "example.org",
        "Remote hosts",
        "Most frequent failure replies",
        "Providers",
        "Outcomes",
    ] {
        assert!(text.contains(heading), "missing {heading:?} in\n{text}");
    }
}

fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("smtp-explain-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const DSN_TWO: &str = "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nTo: a@example.net\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 550 5.1.1 <a@example.org>: User unknown\n\nFinal-Recipient: rfc822; b@example.com\nAction: failed\nStatus: 5.2.2\nRemote-MTA: dns; mx.example.com\nDiagnostic-Code: smtp; 552 5.2.2 <b@example.com>: Mailbox full\n\n--B--\n";
const DSN_ONE: &str = "From: MAILER-DAEMON@mx.example.net\nSubject: Delivery Status Notification (Failure)\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; c@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <c@example.org>: User unknown\n";

#[test]
fn summary_of_an_mbox_and_a_maildir() {
    let mbox = format!("From MAILER-DAEMON Sat Dec  5 10:00:00 2026\n{DSN_TWO}\nFrom MAILER-DAEMON Sat Dec  5 10:00:01 2026\n{DSN_ONE}");
    let s = summary_of(&["--summary", "--json"], Some(&mbox));
    assert_eq!(s["messages"], 2, "{s}");
    assert_eq!(s["results"], 3, "{s}");
    assert_eq!(count(&s["categories"], "mailbox_unknown"), 2, "{s}");
    assert_eq!(count(&s["categories"], "mailbox_full"), 1, "{s}");
    assert_eq!(count(&s["recipientDomains"], "example.org"), 2, "{s}");
    assert_eq!(count(&s["recipientDomains"], "example.com"), 1, "{s}");
    // Messages are explained on worker threads: the counts do not depend on how many.
    let many = mbox.repeat(20);
    assert_eq!(
        stdout(&run(&["--summary", "--json", "--jobs", "1"], Some(&many))),
        stdout(&run(&["--summary", "--json", "--jobs", "3"], Some(&many)))
    );
    assert_eq!(summary_of(&["--summary", "--json", "--jobs", "3"], Some(&many))["results"], 60);
    // A maildir: messages in cur/ and new/, tmp/ ignored.
    let dir = scratch_dir("maildir");
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    std::fs::write(dir.join("cur/1733390000.1.mx:2,S"), DSN_TWO).unwrap();
    std::fs::write(dir.join("new/1733390001.2.mx"), DSN_ONE).unwrap();
    std::fs::write(dir.join("tmp/1733390002.3.mx"), DSN_ONE).unwrap();
    let s = summary_of(&["--summary", "--json", dir.to_str().unwrap()], None);
    assert_eq!(s["messages"], 2, "{s}");
    assert_eq!(s["results"], 3, "{s}");
    // An mbox file and a plain folder of messages as paths.
    let files = scratch_dir("files");
    std::fs::write(files.join("bounces.mbox"), &mbox).unwrap();
    std::fs::write(files.join("one.eml"), DSN_ONE).unwrap();
    let s =
        summary_of(&["--summary", "--json", files.join("bounces.mbox").to_str().unwrap(), files.join("one.eml").to_str().unwrap()], None);
    assert_eq!(s["messages"], 3, "{s}");
    assert_eq!(s["results"], 4, "{s}");
    let text = stdout(&run(&["--summary", files.to_str().unwrap()], None));
    assert!(text.starts_with("4 results from 3 messages"), "{text}");
    // A missing path is an error.
    assert_eq!(run(&["--summary", "/nonexistent/smtp-explain"], None).status.code(), Some(1));
}

#[test]
fn the_language_comes_from_the_locale() {
    let version = |args: &[&str], env: &[(&str, &str)]| String::from_utf8(run_bytes(&os(args), b"", env).stdout).unwrap();
    assert!(version(&["--version"], &[]).contains("language: en (default)"));
    assert!(version(&["--version"], &[("LANG", "fr_FR.UTF-8")]).contains("language: fr-FR (from LANG=fr_FR.UTF-8); texts in fr"));
    assert!(version(&["--version"], &[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "de_DE")]).contains("language: de-DE (from LC_MESSAGES"));
    assert!(version(&["--version"], &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "pt_BR.UTF-8@euro")]).contains("language: pt-BR (from LC_ALL"));
    assert!(version(&["--version"], &[("LANG", "C.UTF-8")]).contains("language: en (default)"));
    assert!(version(&["--version"], &[("LANG", "POSIX")]).contains("language: en (default)"));
    assert!(version(&["--version", "--lang", "es"], &[("LANG", "fr_FR.UTF-8")]).contains("language: es (from --lang)"));
    // The test-only catalog `qps` (built in by the `testing` feature) stands for a shipped
    // language: the locale picks it, for the explanation and the CLI's own labels.
    let json: Value =
        serde_json::from_slice(&run_bytes(&os(&["--json", "552 5.3.4 too big"]), b"", &[("LANG", "qps_PLOC.UTF-8")]).stdout).unwrap();
    assert_eq!(json["lang"], "qps");
    let text = String::from_utf8(run_bytes(&os(&["552 5.3.4 too big"]), b"", &[("LC_ALL", "qps.UTF-8")]).stdout).unwrap();
    assert!(text.contains("[Ŵĥåţ ĥåþþêñêð]"), "{text}");
    assert!(version(&["--version"], &[("LANG", "qps_PLOC.UTF-8")]).contains("texts in qps"));
    // --lang wins over the locale; an unshipped language falls back to English.
    let json: Value =
        serde_json::from_slice(&run_bytes(&os(&["--json", "--lang", "en", "552"]), b"", &[("LANG", "qps_PLOC.UTF-8")]).stdout).unwrap();
    assert_eq!(json["lang"], "en");
    let json: Value = serde_json::from_slice(&run_bytes(&os(&["--json", "421"]), b"", &[("LANG", "sv_SE.UTF-8")]).stdout).unwrap();
    assert_eq!((json["lang"].as_str(), json["outcome"].as_str()), (Some("en"), Some("temporary")));
}

#[test]
fn help_describes_the_new_options() {
    let help = stdout(&run(&["--help"], None));
    for option in ["--lines", "--summary", "--color", "NO_COLOR", "--lang", "LC_ALL", "--jobs", "not about", "escaped"] {
        assert!(help.contains(option), "help lacks {option}");
    }
}

// The binary's pure modules, tested directly (the binary target itself has `test = false`).
#[path = "../src/cli/filter.rs"]
#[allow(dead_code)]
mod filter;
#[path = "../src/cli/safe.rs"]
#[allow(dead_code)]
mod safe;

#[test]
fn pre_filter_rules() {
    let keep = |line: &str| filter::may_be_delivery(line.as_bytes());
    for line in DELIVERY_LINES.lines() {
        assert!(keep(line), "dropped {line}");
    }
    for line in OTHER_LINES.lines() {
        assert!(!keep(line), "kept {line}");
    }
    // Reply codes stand alone; numbers joined to dots, colons and brackets are not codes.
    for line in [
        "550 user unknown",
        "x 421-",
        "said:550",
        "(#5.1.1)",
        "\"code\":550,",
        "smtp;554 no",
        "reject=550 x",
        "Error 421.",
        "x [4.7.1] y",
        "5.1.1",
    ] {
        assert!(keep(line), "dropped {line:?}");
    }
    for line in [
        "x 10:25:11 y",
        "[203.0.113.5]",
        "port 2525 x",
        "x 199 y",
        "x 560 y",
        "x 5.1.1.1 y",
        "x 2.5 y",
        "v1.250 x",
        "SHA384:256 x",
        "ab550 x",
        "x 5505 y",
        "rejectedness",
        "x-250 y",
    ] {
        assert!(!keep(line), "kept {line:?}");
    }
    assert!(keep("x stat=Sent") && keep("x status=sent") && keep("dsn=5.0.0") && !keep("xstat=1") && !keep("estatus=1"));
    assert!(keep("host said: hi") && keep("delivery 1: success: ok") && keep("delivery 1: failure: x") && keep("delivery 1: deferral: x"));
    assert!(
        keep("id ** a@b")
            && keep("id == a@b")
            && keep("id => a@b")
            && keep("id -> a@b")
            && keep("id *> a@b")
            && !keep("id <= a@b")
            && !keep("a**b")
    );
    // Sendmail's own lines about an address carry `>... ` and no `stat=` (sendmail/err.c usrerr).
    assert!(keep("sm-mta[7]: 0B7A0: <bob@example.com>... User unknown") && !keep("x >..y") && !keep("x ...y"));
    assert!(keep("H=x rejected RCPT <a@b>: no") && keep("msgid=<x>: rejected: Quota") && !keep("x rejectedly"));
    assert!(!keep("") && !keep("5") && !keep("55") && keep("550"));
}

/// Terminal columns of a line: CJK wide characters take two (the main East Asian Wide blocks).
fn columns(line: &str) -> usize {
    line.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 | 0xFF00..=0xFF60 => {
                2
            }
            _ => 1,
        })
        .sum()
}

#[test]
fn japanese_and_chinese_text_wraps_and_lines_up_in_terminal_columns() {
    for lang in ["ja", "zh-Hans", "ko"] {
        let out = stdout(&run(&["--lang", lang, "552 5.3.4 Message size exceeds fixed maximum message size"], None));
        assert!(out.chars().any(|c| ('\u{3040}'..='\u{9FFF}').contains(&c) || ('\u{AC00}'..='\u{D7A3}').contains(&c)), "{lang}: {out}");
        // The field block: label padded to 14 columns, value from column 14, wrapped at 88.
        for line in out.lines().filter(|l| !l.starts_with("  ") && !l.contains("http")) {
            assert!(columns(line) <= 88, "{lang}: {} columns: {line}", columns(line));
        }
        // The field block: after the title, the code line and a blank line.
        let fields: Vec<&str> = out.lines().skip(3).take_while(|l| !l.is_empty()).collect();
        assert!(fields.len() >= 3, "{lang}: {out}");
        for line in &fields {
            let label_end = line.char_indices().scan(0, |col, (i, c)| {
                let before = *col;
                *col += columns(&c.to_string());
                Some((i, before))
            });
            // The value starts at column 14 on every field line (continuations are indented).
            let value_start = label_end.filter(|&(_, col)| col == 14).map(|(i, _)| i).next();
            let value_start = value_start.unwrap_or_else(|| panic!("{lang}: no column 14 in {line:?}"));
            assert!(line[..value_start].ends_with(' '), "{lang}: value not at column 14: {line:?}");
            assert!(!line[value_start..].starts_with(' '), "{lang}: value not at column 14: {line:?}");
        }
    }
}

/// `--lines` remembers what lines of one shape print (ids, numbers and address local parts
/// masked): a log of such lines prints exactly what each line prints alone, also where the
/// masked parts matter (an address or a number a rule reads, a reply code of odd digits).
/// A log of lines of few shapes: the delivery lines and a few more where masked parts matter,
/// each four times with other digits and other address local parts.
fn lines_of_few_shapes() -> Vec<String> {
    let mut lines: Vec<String> = DELIVERY_LINES.lines().map(String::from).collect();
    lines.extend(
        [
            "554 IP:11.22.33.44 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)",
            "Diagnostic-Code: SMTP; 598 <unknown[192.0.2.1]>: Client host rejected: Access denied",
            "562 Authentication failure: SMTP AUTH failed with the remote server",
            "Dec  5 10:00:01 mx postfix/smtp[2001]: 4AB12CD34E: to=<bob@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.27.27]:25, delay=0.5, dsn=4.2.2, status=deferred (host gmail-smtp-in.l.google.com[142.250.27.27] said: 452 4.2.2 The email account that you tried to reach is over quota. - gsmtp (in reply to RCPT TO command))",
        ]
        .map(String::from),
    );
    let locals = ["bob", "alice.7", "x_y", "tosa", "gmail.fan", "postmaster"];
    let mut log = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        for k in 0..4 {
            // Other digits (every k-th one turned) and another local part of each address.
            let mut turned = 0;
            let digits: String = line
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d)
                        if k > 0 && {
                            turned += 1;
                            turned % (k + 1) == 0
                        } =>
                    {
                        char::from_digit((d + k as u32) % 10, 10).unwrap()
                    }
                    _ => c,
                })
                .collect();
            let local = locals[(i + k) % locals.len()];
            let varied: String = digits
                .split('@')
                .enumerate()
                .map(|(j, part)| {
                    if j + 1 == digits.split('@').count() {
                        return part.to_string();
                    }
                    let keep = part.rfind(|c: char| !(c.is_ascii_alphanumeric() || "._-+".contains(c))).map_or(0, |p| p + 1);
                    format!("{}{local}@", &part[..keep])
                })
                .collect::<String>();
            log.push(varied);
        }
    }
    // Two addresses of one shape, at times the same (which one is the recipient is then not
    // told), at times not, and in either order.
    for (reply, to) in [("bob", "bob"), ("dave", "dave"), ("alice", "carol"), ("judy", "judy"), ("erin", "frank"), ("oscar", "peggy")] {
        log.push(format!("Dec  5 00:02:41 mx1 postfix/smtpd[2093]: NOQUEUE: reject: RCPT from mail.example.net[198.51.100.144]: 554 5.7.1 <{reply}@example.org>: Relay access denied; from=<x@example.net> to=<{to}@example.org> proto=ESMTP helo=<mail.example.net>"));
        log.push(format!("Dec  5 00:02:42 mx1 postfix/smtp[3093]: 4AB12CD34E: to=<{to}@outlook.com>, relay=mx.outlook.com[192.0.2.7]:25, delay=0.5, dsn=5.2.2, status=bounced (host mx.outlook.com[192.0.2.7] said: 552 5.2.2 <{reply}@outlook.com>: Recipient address rejected: Mailbox full (in reply to RCPT TO command))"));
    }
    log
}

#[test]
fn lines_of_one_shape_print_what_each_prints_alone() {
    let log = lines_of_few_shapes();
    let all = stdout(&run(&["--lines", "--jobs", "1"], Some(&(log.join("\n") + "\n"))));
    let mut alone = String::new();
    for (i, line) in log.iter().enumerate() {
        let out = stdout(&run(&["--lines"], Some(&format!("{line}\n"))));
        if let Some(rest) = out.strip_prefix("1: ") {
            alone.push_str(&format!("{}: {rest}", i + 1));
        }
    }
    assert_eq!(all, alone);
}

/// `--summary --lines` counts lines of a shape seen before from the same memo: the summary of
/// a log of such lines is the sum of what each line counts as alone.
#[test]
fn summary_of_lines_of_one_shape_is_the_sum_of_each_line_alone() {
    use std::collections::BTreeMap;
    let log = lines_of_few_shapes();
    let summary = |text: &str, jobs: &str| -> Value {
        serde_json::from_str(&stdout(&run(&["--summary", "--lines", "--json", "--jobs", jobs], Some(text)))).unwrap()
    };
    let tables = ["outcomes", "categories", "providers", "recipientDomains", "remoteHosts", "topReplies"];
    let numbers = ["lines", "results", "skippedLines", "unrecognizedLines", "bytes"];
    let rows = |table: &Value| -> BTreeMap<String, u64> {
        let key = |row: &Value| row.get("key").or_else(|| row.get("reply")).and_then(Value::as_str).unwrap().to_string();
        table.as_array().unwrap().iter().map(|row| (key(row), row["count"].as_u64().unwrap())).collect()
    };
    let mut sum: BTreeMap<&str, BTreeMap<String, u64>> = BTreeMap::new();
    let mut totals: BTreeMap<&str, u64> = BTreeMap::new();
    for line in &log {
        let alone = summary(&format!("{line}\n"), "1");
        for table in tables {
            for (key, n) in rows(&alone[table]) {
                *sum.entry(table).or_default().entry(key).or_default() += n;
            }
        }
        for number in numbers {
            *totals.entry(number).or_default() += alone[number].as_u64().unwrap();
        }
    }
    for jobs in ["1", "2"] {
        let all = summary(&(log.join("\n") + "\n"), jobs);
        for number in numbers {
            assert_eq!(all[number].as_u64(), Some(totals[number]), "{number} with --jobs {jobs}");
        }
        for table in tables {
            let whole = rows(&all[table]);
            let added = sum.get(table).cloned().unwrap_or_default();
            if table == "topReplies" {
                // Only the most frequent replies are listed.
                assert!(whole.iter().all(|(k, n)| added.get(k) == Some(n)), "{table} with --jobs {jobs}: {whole:?} {added:?}");
            } else {
                assert_eq!(whole, added, "{table} with --jobs {jobs}");
            }
        }
    }
}

/// A Postfix log as a small relay writes it (as `benches/genlog.py` makes it, in short): per
/// message a connect, `client=`, `message-id=`, `from=`, deliveries with `delay=`, `delays=`,
/// `dsn=` and `status=sent|deferred|bounced (...)`, `removed` and a disconnect; queue ids,
/// process ids, times, delays, local parts and numbers vary from line to line. Deterministic.
fn typical_postfix_log(messages: usize) -> String {
    struct Rng(u64, u64);
    impl Rng {
        fn next(&mut self, n: u64) -> u64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }
        fn stamp(&mut self) -> String {
            self.1 += self.next(3);
            let s = self.1;
            format!("Dec  5 {:02}:{:02}:{:02} mx1", s / 3600 % 24, s / 60 % 60, s % 60)
        }
        fn hex(&mut self) -> String {
            format!("{:010X}", self.next(1 << 40))
        }
    }
    let mut r = Rng(11, 0);
    let names = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"];
    let domains = ["example.org", "example.net", "gmail.com", "outlook.com", "yahoo.com", "gmx.de", "orange.fr", "web.de"];
    let sent = [
        "250 2.0.0 OK  1733390000 a640c23a62f3a-aa5f3b7e1c2si123456766b.123 - gsmtp",
        "250 2.0.0 Ok: queued as 2D133187C8",
        "250 ok dirdel",
    ];
    let failed = [
        ("4.7.1", "deferred", "host {relay} said: 451 4.7.1 Greylisting in action, please come back later (in reply to RCPT TO command)"),
        ("4.2.2", "deferred", "host {relay} said: 452 4.2.2 The email account that you tried to reach is over quota. - gsmtp (in reply to RCPT TO command)"),
        ("4.4.1", "deferred", "connect to {relay}: Connection timed out"),
        ("5.1.1", "bounced", "host {relay} said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. - gsmtp (in reply to RCPT TO command)"),
        ("5.7.1", "bounced", "host {relay} said: 554 5.7.1 Service unavailable; Client host [192.0.2.{n}] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.{n} (in reply to RCPT TO command)"),
    ];
    let mut log = String::new();
    for _ in 0..messages {
        let (pid, ip, q) = (1000 + r.next(90000), format!("198.51.100.{}", 1 + r.next(254)), r.hex());
        let sender = format!("{}@{}", names[r.next(10) as usize], domains[r.next(8) as usize]);
        log += &format!("{} postfix/smtpd[{pid}]: connect from mail.example.net[{ip}]\n", r.stamp());
        log +=
            &format!("{} postfix/smtpd[{pid}]: {q}: client=mail.example.net[{ip}], sasl_method=PLAIN, sasl_username={sender}\n", r.stamp());
        let (cleanup, mid, n) = (1000 + r.next(90000), r.hex(), r.next(1 << 30));
        log += &format!("{} postfix/cleanup[{cleanup}]: {q}: message-id=<{mid}.{n}@example.net>\n", r.stamp());
        let size = 900 + r.next(200000);
        log += &format!("{} postfix/qmgr[911]: {q}: from=<{sender}>, size={size}, nrcpt=1 (queue active)\n", r.stamp());
        log += &format!(
            "{} postfix/smtpd[{pid}]: disconnect from mail.example.net[{ip}] ehlo=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=6\n",
            r.stamp()
        );
        let domain = domains[r.next(8) as usize];
        let rcpt = format!("{}.{}@{domain}", names[r.next(10) as usize], 1 + r.next(999));
        let relay = format!("mx.{domain}[203.0.113.{}]:25", 1 + r.next(254));
        let d: Vec<u64> = (0..8).map(|k| r.next(if k % 2 == 0 { 3 } else { 100 })).collect();
        let delays = format!("delay={}.{:02}, delays={}.{:02}/0.{:02}/0.{:02}/{}.{:02}", d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]);
        let line = if r.next(100) < 86 {
            format!("dsn=2.0.0, status=sent ({})", sent[r.next(3) as usize])
        } else {
            let (dsn, status, reply) = failed[r.next(5) as usize];
            let reply = reply.replace("{relay}", relay.rsplit_once(':').unwrap().0).replace("{n}", &(1 + r.next(254)).to_string());
            format!("dsn={dsn}, status={status} ({reply})")
        };
        let (stamp, spid) = (r.stamp(), 1000 + r.next(90000));
        log += &format!("{stamp} postfix/smtp[{spid}]: {q}: to=<{rcpt}>, relay={relay}, {delays}, {line}\n");
        log += &format!("{} postfix/qmgr[911]: {q}: removed\n", r.stamp());
    }
    log
}

/// The memo of `--lines` is used on a typical Postfix log: nearly every delivery line is
/// answered from what lines of its shape gave (a part of each line that a rule reads, as a
/// software marker on `delays=` once did, keeps the varying numbers unmasked: every line is
/// then explained in full, all output stays right and only the speed falls, to a quarter).
#[test]
fn the_lines_memo_answers_most_lines_of_a_typical_postfix_log() {
    let log = typical_postfix_log(3000);
    for args in [&["--lines", "--jobs", "1"][..], &["--lines", "--jobs", "2"], &["--summary", "--lines", "--jobs", "1"]] {
        let out = run_bytes(&os(args), log.as_bytes(), &[("SMTP_EXPLAIN_MEMO_STATS", "1")]);
        assert!(out.status.success());
        let stats = String::from_utf8_lossy(&out.stderr);
        let numbers: Vec<u64> = stats.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect();
        let [answered, full] = numbers[..] else { panic!("no memo counts in {stats:?}") };
        // One delivery line per message, and the connect lines the pre-filter keeps.
        assert!(answered + full >= 3000, "{args:?}: {stats}");
        assert!(answered * 100 >= (answered + full) * 75, "{args:?}: the memo answered too few lines: {stats}");
    }
}
