//! Programs wrap the server's reply in their own words: the reply inside decides, and the
//! wrapper's other numbers (the code it expected, a time, a port) are never the reply.

use smtp_explain::{explain, Outcome};

fn codes(input: &str) -> (Option<u16>, Option<String>) {
    let e = explain(input);
    e.reply.map_or((None, None), |r| (r.code, r.enhanced))
}

#[test]
fn the_code_a_wrapper_expected_is_not_the_reply() {
    // Symfony Mailer, Swift Mailer and Laravel print the expected code first.
    let e = explain(r#"Expected response code "354" but got code "503", with message "503 5.5.1 Error: need RCPT command"."#);
    assert_eq!(e.reply.as_ref().and_then(|r| r.code), Some(503));
    assert_ne!(e.outcome, Outcome::Intermediate);
    assert_eq!(e.outcome, Outcome::Permanent);
    let e = explain("Expected response code 250 but got code \"550\", with message \"550 5.7.1 Relaying denied\".");
    assert_eq!(e.reply.as_ref().and_then(|r| r.code), Some(550));
    // With no reply at all, nothing is a success.
    let e = explain("Expected response code 250 but got an empty response");
    assert!(e.reply.as_ref().and_then(|r| r.code).is_none());
    assert_ne!(e.outcome, Outcome::Success);
}

#[test]
fn times_and_ports_are_not_reply_codes() {
    assert_eq!(codes("2024-01-01 15:22:19,436 ERROR could not send mail").0, None);
    assert_eq!(codes("2024-01-01 15:22:19.550 ERROR could not send mail").0, None);
    assert_eq!(codes("Failed to connect to smtp.example.com:587").0, None);
}

#[test]
fn quoted_codes_pair_with_their_basic_code() {
    assert_eq!(codes(r#"421, "4.7.0", Try again later, closing connection."#), (Some(421), Some("4.7.0".into())));
    let python =
        "smtplib.SMTPRecipientsRefused: {'bob@example.com': (550, b'5.1.1 <bob@example.com>: Recipient address rejected: User unknown')}";
    assert_eq!(codes(python), (Some(550), Some("5.1.1".into())));
    let e = explain(python);
    assert_eq!(e.category.id, smtp_explain::Category::MailboxUnknown);
    assert!(e.reply.is_some_and(|r| r.text.starts_with("<bob@example.com>: Recipient address rejected")));
}

#[test]
fn a_success_code_beside_words_of_failure_is_not_a_success() {
    let e = explain("250 2.1.5 Ok\nError: connection timed out while sending the message");
    assert_ne!(e.outcome, Outcome::Success);
    assert_ne!(e.category.id, smtp_explain::Category::Delivered);
    // A plain success stays a success.
    assert_eq!(explain("250 2.0.0 Ok: queued as 4F9D1A").outcome, Outcome::Success);
}

#[test]
fn a_success_code_beside_clear_failure_words_is_never_a_success() {
    // Words inside the reply that name a failure beyond doubt, and a mail program's error
    // report around a 2xx number: the reply code alone does not make it a success.
    for input in
        ["235 authentication failed", "250 OK\nSMTP Error: Could not authenticate.", "SMTP Fehler: Authentifizierung fehlgeschlagen. (250)"]
    {
        let e = explain(input);
        assert_ne!(e.outcome, Outcome::Success, "{input:?} told as a success");
    }
    // A plain success stays one.
    assert_eq!(explain("250 2.0.0 Ok: queued as 4F3A2C0001").outcome, Outcome::Success);
    assert_eq!(explain("235 2.7.0 Authentication successful").outcome, Outcome::Success);
}
