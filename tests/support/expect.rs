//! What `explain` says of one text, in the forms the test files compare. A test file takes it
//! with `#[path = "support/expect.rs"] mod expect;` and `use expect::*;`.

#![allow(dead_code)]

use smtp_explain::{explain, Category, Outcome};

pub fn category_of(text: &str) -> Category {
    explain(text).category.id
}

pub fn provider_of(text: &str) -> Option<String> {
    explain(text).provider.map(|p| p.id.to_string())
}

pub fn software_of(text: &str) -> Option<String> {
    explain(text).software.map(|s| s.id.to_string())
}

/// `text` reads as `category` with `outcome`; the message names the text when it does not.
#[track_caller]
pub fn assert_reads(text: &str, category: Category, outcome: Outcome) {
    let e = explain(text);
    assert_eq!((e.category.id, e.outcome), (category, outcome), "{text}");
}

/// Each text reads as `category` with `outcome`.
#[track_caller]
pub fn assert_all_read(texts: &[&str], category: Category, outcome: Outcome) {
    for text in texts {
        assert_reads(text, category, outcome);
    }
}

/// No row of a corpus file (JSON Lines, `tests/corpus/`) whose source tells a failure
/// (temporary or permanent) reads as a success, whatever else the reader gets right or wrong.
#[track_caller]
pub fn assert_no_failure_reads_as_success(corpus: &str) {
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("a JSON row");
        if matches!(row["outcome"].as_str(), Some("temporary" | "permanent")) {
            let text = row["text"].as_str().expect("a text");
            assert_ne!(explain(text).outcome, Outcome::Success, "{}", row["id"]);
        }
    }
}
