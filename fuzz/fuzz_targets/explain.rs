//! Fuzzes explain(): no panic, evidence spans inside the input on char boundaries, JSON works.
//! Run locally with nightly: `cargo +nightly fuzz run explain` (from the repo root).
//! Crashes found here are pinned in tests/properties.rs (`regressions`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let e = smtp_explain::explain(&input);
    for span in &e.evidence {
        assert!(span.start < span.end && span.end <= input.len());
        assert!(input.is_char_boundary(span.start) && input.is_char_boundary(span.end));
    }
    serde_json::to_string(&e).expect("serializes");
});
