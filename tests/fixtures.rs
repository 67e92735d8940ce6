//! Runs every fixture under `tests/fixtures/` (any depth, `*.txt`).
//!
//! Fixture file format (one file holds many cases):
//!
//! ```text
//! # comment lines before the first case
//! === case-name
//! source: https://where.the.reply.comes.from/ (required)
//! crlf: true                      (optional: input lines end in CRLF)
//! expect.code: 550                (basic code, or "none")
//! expect.enhanced: 5.1.1          (or "none")
//! expect.category: mailbox_unknown
//! expect.outcome: permanent
//! expect.who_acts: sender
//! expect.retry: never
//! expect.provider: google         (or "none")
//! expect.blocklist: spamhaus      (or "none")
//! expect.stage: rcpt_to           (or "none")
//! expect.hard_bounce: true
//! expect.sisimai: userunknown
//! expect.recognized: true
//! expect.recipient: bob@example.com
//! expect.input_kind: reply
//! expect.count: 3                 (number of explanations from explain_all)
//! expect[2].category: mailbox_full (the same keys for explain_all()[1])
//! --- input
//! the input, verbatim, up to the next "=== " line or the end of the file
//! ```
//!
//! Expectations are written from the source's documentation, not from the program's output.

use std::fs;
use std::path::{Path, PathBuf};

use smtp_explain::{explain_all, Explanation, Options};

struct Case {
    file: PathBuf,
    name: String,
    source: Option<String>,
    expectations: Vec<(usize, String, String)>,
    input: String,
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

fn parse_file(path: &Path) -> Vec<Case> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut cases = Vec::new();
    let mut current: Option<Case> = None;
    let mut in_input = false;
    let mut crlf = false;
    let mut input_lines: Vec<&str> = Vec::new();
    let finish = |case: Option<Case>, lines: &mut Vec<&str>, crlf: bool, cases: &mut Vec<Case>| {
        if let Some(mut case) = case {
            while lines.last().is_some_and(|l| l.trim().is_empty()) {
                lines.pop();
            }
            case.input = lines.join(if crlf { "\r\n" } else { "\n" });
            cases.push(case);
        }
        lines.clear();
    };
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("=== ") {
            finish(current.take(), &mut input_lines, crlf, &mut cases);
            current = Some(Case {
                file: path.to_path_buf(),
                name: name.trim().to_string(),
                source: None,
                expectations: Vec::new(),
                input: String::new(),
            });
            in_input = false;
            crlf = false;
            continue;
        }
        let Some(case) = current.as_mut() else { continue };
        if in_input {
            input_lines.push(line);
        } else if line.trim() == "--- input" {
            in_input = true;
        } else if line.trim().is_empty() || line.starts_with('#') {
            continue;
        } else if let Some((key, value)) = line.split_once(':') {
            let (key, value) = (key.trim(), value.trim().to_string());
            if key == "source" {
                case.source = Some(value);
            } else if key == "crlf" {
                crlf = value == "true";
            } else if let Some(field) = key.strip_prefix("expect.") {
                case.expectations.push((1, field.to_string(), value));
            } else if let Some(rest) = key.strip_prefix("expect[") {
                let (index, field) = rest.split_once("].").unwrap_or_else(|| panic!("{}: bad key {key}", path.display()));
                let index: usize = index.parse().unwrap_or_else(|_| panic!("{}: bad index in {key}", path.display()));
                case.expectations.push((index, field.to_string(), value));
            } else {
                panic!("{}: case {}: unknown key {key}", path.display(), case.name);
            }
        } else {
            panic!("{}: case {}: unreadable line {line:?}", path.display(), case.name);
        }
    }
    finish(current.take(), &mut input_lines, crlf, &mut cases);
    cases
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "none".to_string(), |v| v.to_string())
}

/// The value of one expectation key, as the explanation has it.
fn actual(e: &Explanation, field: &str) -> Option<String> {
    Some(match field {
        "code" => opt(e.reply.as_ref().and_then(|r| r.code)),
        "enhanced" => opt(e.reply.as_ref().and_then(|r| r.enhanced.clone())),
        "category" => e.category.id.to_string(),
        "outcome" => e.outcome.to_string(),
        "who_acts" => e.who_acts.to_string(),
        "retry" => e.retry.to_string(),
        "provider" => opt(e.provider.as_ref().map(|p| p.id.as_ref())),
        "software" => opt(e.software.as_ref().map(|s| s.id.as_ref())),
        "blocklist" => opt(e.blocklist.as_ref().map(|b| b.id.as_ref())),
        "stage" => opt(e.stage),
        "hard_bounce" => e.interop.hard_bounce.to_string(),
        "sisimai" => e.interop.sisimai.to_string(),
        "recognized" => e.recognized.to_string(),
        "recipient" => opt(e.recipient.clone()),
        "input_kind" => serde_json::to_value(e.input_kind).ok()?.as_str()?.to_string(),
        "confidence" => e.confidence.to_string(),
        _ => return None,
    })
}

#[test]
fn every_fixture_explains_as_documented() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = Vec::new();
    collect(&root, &mut files);
    let cases: Vec<Case> = files.iter().flat_map(|f| parse_file(f)).collect();
    assert!(!cases.is_empty(), "no fixtures found under {}", root.display());
    let mut failures = Vec::new();
    let mut names = std::collections::HashSet::new();
    for case in &cases {
        let place = format!("{}: {}", case.file.strip_prefix(&root).unwrap_or(&case.file).display(), case.name);
        if !names.insert((case.file.clone(), case.name.clone())) {
            failures.push(format!("{place}: duplicate case name"));
        }
        if case.source.as_deref().is_none_or(str::is_empty) {
            failures.push(format!("{place}: no source"));
        }
        if case.expectations.is_empty() {
            failures.push(format!("{place}: no expectations"));
        }
        let all = explain_all(&case.input, &Options::default());
        for (index, field, expected) in &case.expectations {
            if field == "count" {
                if all.len().to_string() != *expected {
                    failures.push(format!("{place}: count: expected {expected}, got {}", all.len()));
                }
                continue;
            }
            let Some(explanation) = all.get(index - 1) else {
                failures.push(format!("{place}: no explanation #{index}"));
                continue;
            };
            match actual(explanation, field) {
                None => failures.push(format!("{place}: unknown expectation key {field}")),
                Some(got) if got != *expected => {
                    failures.push(format!("{place}: {field}: expected {expected}, got {got}  [title: {}]", explanation.title))
                }
                Some(_) => {}
            }
        }
    }
    println!("{} fixture cases in {} files", cases.len(), files.len());
    assert!(failures.is_empty(), "{} of {} fixture cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
