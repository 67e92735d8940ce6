//! Fuzzes whole messages: the data is the body of a multipart/report bounce (or, with a leading
//! 0xff byte, a whole message of its own), so the MIME, transfer-encoding and charset decoding
//! runs on every input. Run locally with nightly: `cargo +nightly fuzz run message`.
#![no_main]

use libfuzzer_sys::fuzz_target;

const HEAD: &str = "From: MAILER-DAEMON@example.net\r\nTo: a@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n\
MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\n";

fuzz_target!(|data: &[u8]| {
    let body = String::from_utf8_lossy(data);
    let input = match data.first() {
        Some(0xff) => body.into_owned(),
        _ => format!("{HEAD}{body}"),
    };
    for e in smtp_explain::explain_all(&input, &smtp_explain::Options::default()) {
        for span in &e.evidence {
            assert!(span.start < span.end && span.end <= input.len());
            assert!(input.is_char_boundary(span.start) && input.is_char_boundary(span.end));
        }
        serde_json::to_string(&e).expect("serializes");
    }
});
