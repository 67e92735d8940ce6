//! Mail apps' send errors as users retype or paste them on help pages and in issues (round fr33,
//! session 20: Mailbird, iOS and macOS Mail, Outlook for Mac, Windows Mail, BlueMail, Gmail's and
//! Yahoo's apps; src/data/knowledge/phrases.tsv and outcomes.tsv). Each text is quoted from the page
//! named beside it; the expected values are read from that page and tests/corpus/LABELS.md, never
//! from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Connection failures in the apps' own words carry no reply: failed for now (LABELS.md §2 Q1, §3).
#[test]
fn the_apps_own_connection_failures_are_network_errors_for_now() {
    assert_all_read(
        &[
            // iPhone Mail, https://pixelation.org/iphone-emails-not-sending-why-your-outbox-is-stuck-and-how-to-actually-fix-it-37o
            "The connection to the server failed",
            // Outlook for Mac error 3253, https://www.bitvare.com/blog/mac-outlook-error-3253-server-connection-failed
            "Connection to the Outlook Server had either failed or dropped.",
            // Windows Mail 0x80072746, https://www.vividrepairs.co.uk/windows-mail-error-0x80072746-fix
            "An existing connection was forcibly closed by the remote host",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// An outgoing server that refuses the sending address itself, or names a public list
/// (LABELS.md §1 Q2, Q4), as Mailbird's help lists them:
/// https://support.getmailbird.com/hc/en-us/articles/39690426358679-SMTP-server-rejected-the-connection-because-your-IP-is-blacklisted
#[test]
fn an_outgoing_server_refusing_the_senders_ip_is_a_block_not_a_network_error() {
    let refused = "connection refused from <IP>";
    assert_eq!(category_of(refused), Category::SenderIpBlocked);
    let listed = "blacklisted in Abusix Mail Intelligence";
    assert_eq!(category_of(listed), Category::SenderBlocklisted);
    for text in [refused, listed] {
        assert_ne!(smtp_explain::explain(text).outcome, Outcome::Success, "{text}");
    }
    // A plain refused connection with no "from <address>" stays a network failure.
    assert_eq!(category_of("connect to smtp.example.com:587: Connection refused"), Category::NetworkError);
}

/// Limits and restrictions the app or the sending service puts on the sender's own account and
/// messages (LABELS.md §5), from https://super-mail.app/docs/reference/troubleshooting/ and the
/// Gmail triage table of https://thetoolstrunk.com/?p=15593.
#[test]
fn the_senders_own_limits_name_their_cause() {
    assert_reads("Send failed: attachment too large", Category::MessageTooLarge, Outcome::Permanent);
    assert_reads("You have reached a limit", Category::RateLimited, Outcome::Temporary);
    assert_eq!(category_of("Send failed: sending paused"), Category::SenderAccountBlocked);
    assert_eq!(category_of("Sync paused: credentials expired"), Category::AuthFailed);
}

/// BlueMail's explanations beside the provider's code (https://help2.bluemail.me/help/smtp-error-codes/):
/// a busy receiving server is the cause, not the timeout it led to (LABELS.md §2 Q4).
#[test]
fn bluemails_code_explanations_read_by_their_cause() {
    assert_reads(
        "447 – Your message timed out because the receiving server was busy. Try resending your message after some time.",
        Category::ServerUnavailable,
        Outcome::Temporary,
    );
    assert_reads("452 – Command aborted due to insufficient system storage on the server.", Category::ServerStorage, Outcome::Temporary);
}

/// Yahoo Mail's German notice says only "temporarily cannot be sent": no cause, but for now.
/// http://www.mailhilfe.de/beitrag-fehlermeldung-e-mails-knnen-vorbergehend-nicht-gesendet-werden-beheben-3769-html
#[test]
fn a_temporary_notice_without_a_cause_is_temporary() {
    assert_eq!(smtp_explain::explain("E-Mails können vorübergehend nicht gesendet werden").outcome, Outcome::Temporary);
}

/// No row of the round whose source tells a failure reads as a success.
#[test]
fn no_fr33_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr33-s20.jsonl"));
}
