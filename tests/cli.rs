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
        assert!(e["code"].is_string() && e["title"].as_str().is_some_and(|t| !t.is_empty()) && e["source"].as_str().is_some_and(|s| !s.is_empty()), "{e}");
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
