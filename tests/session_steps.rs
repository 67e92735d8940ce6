//! A success reply to one step of the session (the greeting, a login, the sender, a recipient,
//! the closing) says nothing about the message: its card must not say the message was accepted
//! (RFC 5321 §4.2.3, RFC 4954 §6, RFC 3463 §3.2). In a whole session, the reply to the message
//! decides, not the "221 Bye" after it.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

const ACCEPTED_TITLE: &str = "The server accepted the message";

#[test]
fn a_step_reply_alone_is_not_told_as_an_accepted_message() {
    for input in [
        "220 mx.example.com ESMTP Postfix",
        "221 2.0.0 Bye",
        "235 2.7.0 Authentication successful",
        "250 2.1.0 Sender OK",
        "250 2.1.5 Recipient OK",
        "251 User not local; will forward to <bob@example.org>",
        "214 2.0.0 This is a help message",
    ] {
        let e = explain(input);
        assert_eq!(e.category.id, Category::Delivered, "{input}");
        assert_eq!(e.outcome, Outcome::Success, "{input}");
        assert_ne!(e.title, ACCEPTED_TITLE, "{input}");
        assert!(e.summary.contains("does not show that the message was sent"), "{input}: {}", e.summary);
    }
}

#[test]
fn the_reply_to_the_message_keeps_its_accepted_card() {
    for input in ["250 2.0.0 Ok: queued as 4XyZ1234", "250 OK id=1tAbCd-000123-4E"] {
        let e = explain(input);
        assert_eq!(e.title, ACCEPTED_TITLE, "{input}");
    }
}

#[test]
fn a_session_is_read_through_its_message_reply_not_the_closing_one() {
    let session = "220 mx.example.com ESMTP\nEHLO client.example.org\n250 mx.example.com\nMAIL FROM:<a@example.org>\n250 2.1.0 Ok\nRCPT TO:<b@example.com>\n250 2.1.5 Ok\nDATA\n354 End data with <CR><LF>.<CR><LF>\n.\n250 2.0.0 Ok: queued as ABC123\nQUIT\n221 2.0.0 Bye";
    let e = explain(session);
    let reply = e.reply.as_ref().expect("a reply");
    assert_eq!(reply.code, Some(250));
    assert!(reply.text.contains("queued as ABC123"), "{}", reply.text);
    assert_eq!(e.title, ACCEPTED_TITLE);
    // A failure in the same session still decides over the closing reply.
    let refused = session.replace(
        "250 2.1.5 Ok\nDATA\n354 End data with <CR><LF>.<CR><LF>\n.\n250 2.0.0 Ok: queued as ABC123",
        "550 5.1.1 <b@example.com>: Recipient address rejected: User unknown",
    );
    assert_reads(&refused, Category::MailboxUnknown, Outcome::Permanent);
}
