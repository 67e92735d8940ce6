//! Parser and classifier causes fixed in Rust in session 16 (round rs): families of texts the
//! reading got wrong whatever the knowledge pack says. Each text is quoted from the public page
//! named beside it; the expected values are read from that source and tests/corpus/LABELS.md,
//! never from the tool's output.

use smtp_explain::{explain, Outcome};

fn provider_of(text: &str) -> Option<String> {
    explain(text).provider.map(|p| p.id.to_string())
}

/// Exchange's NDR names the server that answered at the head of a line ("<host> gave this
/// error:", in Italian "<host> ha restituito questo errore:"), as Postfix's "host <host> said:"
/// does: that host's provider answered (LABELS.md §4), not Microsoft, which only wrote the
/// notice (its own host names stand in the diagnostic lines below).
#[test]
fn the_host_an_exchange_ndr_says_returned_the_error_is_who_answered() {
    // https://github.com/anonaddy/anonaddy/issues/757 (an Outlook NDR in Italian; the addy.io
    // alias server refused: its account was disabled)
    let italian = "mail2.anonaddy.me ha restituito questo errore:\n<phz5gwmw@anonaddy.com>: Recipient address rejected: User disabled\n\nInformazioni di diagnostica per gli amministratori:\n\nServer di generazione: DB8P193MB0631.EURP193.PROD.OUTLOOK.COM\nphz5gwmw@anonaddy.com\nmail2.anonaddy.me\nRemote server returned '552 5.2.1 <phz5gwmw@anonaddy.com>: Recipient address rejected: User disabled'";
    assert_eq!(provider_of(italian).as_deref(), Some("addy"));
    let e = explain(italian);
    assert_eq!(e.outcome, Outcome::Permanent);
    // https://github.com/forwardemail/free-email-forwarding/issues/243 (the English template;
    // Forward Email's MX answered)
    let english = "mx1.forwardemail.net rejected your message to the following email addresses:\nXXXX@mailsire.com\n\nmx1.forwardemail.net gave this error:\nRemote server returned an error -> 550 Message was sent successfully to XXXX@mailsire.com, Error for hotmail.com of \"This message has been retried the maximum of (10) times and has permanently failed.\" ";
    assert_eq!(provider_of(english).as_deref(), Some("forwardemail"));
    assert_ne!(explain(english).outcome, Outcome::Success);
}
