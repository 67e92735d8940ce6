//! Property tests: explain() never panics, always answers, and keeps its promises about
//! evidence spans, whatever the input. Fuzz-found crashes are pinned in `regressions`.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use smtp_explain::{explain, explain_all, Options};

fn check(input: &str) {
    let all = explain_all(input, &Options::default());
    assert!(!all.is_empty());
    for e in all.iter().chain(std::iter::once(&explain(input))) {
        assert!(!e.title.is_empty() || !e.recognized, "a recognized input has a title: {input:?}");
        for span in &e.evidence {
            assert!(span.start < span.end && span.end <= input.len(), "span {span:?} outside {input:?}");
            assert!(input.is_char_boundary(span.start) && input.is_char_boundary(span.end));
        }
        let mut previous_end = 0;
        for span in &e.evidence {
            assert!(span.start >= previous_end, "evidence spans overlap or are unsorted: {:?}", e.evidence);
            previous_end = span.end;
        }
        serde_json::to_string(e).expect("serializes");
    }
}

/// Pieces that real replies are made of, to reach deep parser paths.
fn reply_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("550".to_string()),
        Just("421-".to_string()),
        Just("5.1.1".to_string()),
        Just("4.7.0 ".to_string()),
        Just("\r\n".to_string()),
        Just("\n".to_string()),
        Just("  ".to_string()),
        Just("-".to_string()),
        Just(".".to_string()),
        Just("Diagnostic-Code: smtp; ".to_string()),
        Just("Status: ".to_string()),
        Just("Action: failed\n".to_string()),
        Just("Final-Recipient: rfc822; a@b\n".to_string()),
        Just("status=bounced (".to_string()),
        Just(" said: ".to_string()),
        Just("(in reply to RCPT TO command))".to_string()),
        Just("to=<x@y>, ".to_string()),
        Just("dsn=5.1.1, ".to_string()),
        Just("user unknown".to_string()),
        Just("gsmtp".to_string()),
        Just("blocked using zen.spamhaus.org".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("#".to_string()),
        Just("'".to_string()),
        Just("(".to_string()),
        Just("é".to_string()),
        Just("😀".to_string()),
        Just("该用户不存在".to_string()),
        Just("6.6.0".to_string()),
        Just("192.0.2.1".to_string()),
        "[0-9]{1,4}",
        "[a-z]{1,8}",
        "\\PC{0,3}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_any_string(input in "\\PC*") {
        check(&input);
    }

    #[test]
    fn never_panics_on_reply_like_text(pieces in proptest::collection::vec(reply_piece(), 0..40)) {
        check(&pieces.concat());
    }

    #[test]
    fn never_panics_on_bytes_read_lossily(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn regressions() {
    // Inputs that once broke an invariant; keep them forever.
    for input in [
        "",
        "\r",
        "550-",
        "550-\r\n550",
        "Diagnostic-Code:",
        "Diagnostic-Code: smtp;",
        "status=bounced (",
        "1.2.3.4.5.6.7",
        "5.1.1.",
        "550 5.1.1\u{0085}x",
        "<@>: host [",
        "550 该用户不存在",
        "550 5.1.1 é x 550-5.1.1 😀 y",
        // A backslash before a multi-byte character inside a quoted reply (fuzzing, 2026-12-06).
        "(550, b'user \\é unknown')",
        "{\"response\": \"550 \\é\"}",
        // An HTML part ending in an unclosed tag whose last character is multi-byte (fuzzing,
        // 2026-12-06).
        "Subject: Undelivered Mail\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<p>550 5.1.1 user unknown</p><é",
        // A multi-byte character where a wrapper's ", with message" would end (fuzzing,
        // 2026-12-06).
        "Expected response code 250 but got code \"550\", with messagé",
    ] {
        check(input);
    }
    // A whole message the `message` fuzz target found (its header, then the fuzzed body read
    // lossily; 2026-12-06: a reply span past the decoded text), kept as a file: it holds
    // control characters.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/fuzz/message-1.txt");
    check(&std::fs::read_to_string(path).expect("fixture reads"));
}

#[test]
fn large_inputs_are_bounded() {
    let big = "550 5.1.1 user unknown\n".repeat(100_000);
    let e = explain(&big);
    assert!(e.warnings.iter().any(|w| w.id == "truncated"));
}

/// A phrase repeated thousands of times in one finding is read as one signal: the same reading
/// as a short text, and at most 32 evidence spans of it, the first ones (not one per copy).
#[test]
fn a_repeated_phrase_gives_a_bounded_evidence_list() {
    let flood = "user unknown ".repeat(50_000);
    let e = explain(&flood);
    assert_eq!(e.category.id, explain("user unknown").category.id);
    assert!(!e.evidence.is_empty() && e.evidence.len() <= 32, "{} spans", e.evidence.len());
    assert_eq!(e.evidence[0].start, 0);
    // A finding with the phrase a few times keeps every span.
    assert_eq!(explain(&"user unknown ".repeat(5)).evidence.len(), 5);
}
