//! Fuzzes explain_all(): at least one explanation, no panic, spans inside the input, JSON works.
//! Run locally with nightly: `cargo +nightly fuzz run explain_all`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let all = smtp_explain::explain_all(&input, &smtp_explain::Options::default());
    assert!(!all.is_empty());
    for e in all {
        for span in &e.evidence {
            assert!(span.start < span.end && span.end <= input.len());
            assert!(input.is_char_boundary(span.start) && input.is_char_boundary(span.end));
        }
        serde_json::to_string(&e).expect("serializes");
    }
});
