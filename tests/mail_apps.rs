//! What mail apps show when sending fails (round cl2, session 18): the app's wrapper names the
//! stage, the server's reply inside it (when there is one) decides the category, and an app's own
//! words with no reply decide it alone (tests/corpus/LABELS.md §2–§5). Each text is quoted from
//! the source named beside it; the expected values are read from that source and LABELS.md,
//! never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Mutt's wrapper around a failed $sendmail program names mutt; msmtp's EX_IOERR (74, "I/O
/// error.") is an input/output error on the connection (msmtp src/msmtp.c exitcode_net/tls/smtp),
/// a network failure, temporary by LABELS.md §3. An exec failure names no cause.
#[test]
fn mutts_sendmail_exit_statuses() {
    // LukeSmithxyz/mutt-wizard#506.
    let io = "msmtp: could not send mail (account ...)\n\nError sending message, child exited 74 (I/O error.)";
    assert_reads(io, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(io).as_deref(), Some("mutt"));
    // LukeSmithxyz/mutt-wizard#139: the sendmail program could not be run at all.
    let exec = "Error sending message, child exited 127 (Exec error.).\nCould not send the message.";
    assert_eq!(category_of(exec), Category::Unknown);
    assert_eq!(software_of(exec).as_deref(), Some("mutt"));
    assert_ne!(explain(exec).outcome, Outcome::Success);
}

/// KMail's SMTP library KSMTP: a lost socket (src/job.cpp Job::connectionLost()) and a message
/// that needs SMTPUTF8 from a server that does not offer it (src/sendjob.cpp doStart()).
#[test]
fn ksmtps_own_failures() {
    assert_reads("Connection to server lost.", Category::NetworkError, Outcome::Temporary);
    let utf8 = "The message needs and server does not support UTF-8 email addresses";
    assert_reads(utf8, Category::NotImplemented, Outcome::Permanent);
    assert_eq!(software_of(utf8).as_deref(), Some("kmail"));
}

/// The reply inside decides: a host that allows only its own domains in the From header names
/// the sender's domain (LABELS.md §1 Q5); a server that wants a login first wants authentication.
#[test]
fn the_embedded_reply_decides() {
    // the-djmaze/snappymail#478: the server's two-line 550 as it was sent (SnappyMail's log shows
    // the line break inside the quotes).
    assert_reads(
        "550-\"Your IP: 198.54.120.203 : Your domain party1033.com is not allowed in\n550 header From\"",
        Category::SenderRejected,
        Outcome::Permanent,
    );
    // support.toast.net KB a120: Outlook Express / Windows Mail quoting the server's reply to MAIL FROM.
    assert_reads(
        "The message could not be sent because the server rejected the sender's e-mail address.. ..'503 Authentication is required",
        Category::AuthRequired,
        Outcome::Permanent,
    );
}

/// iOS Mail's login alert names the outgoing server it was set to use (LABELS.md §4): Zoho.
#[test]
fn ios_mail_names_the_users_own_provider() {
    // help.zoho.com community topic "If you cannot send email from your iPhone, try this easy fix".
    let text = "The user name or password for \"SMTP:[my username here]@ zoho.com@smtp.zoho.com\" is incorrect.";
    assert_eq!(category_of(text), Category::AuthFailed);
    assert_eq!(provider_of(text).as_deref(), Some("zoho"));
    assert_eq!(software_of(text).as_deref(), Some("ios_mail"));
}

/// Wrappers with no reply and no cause stay unknown, and name their program; none of these
/// failures reads as a success.
#[test]
fn bare_wrappers_name_the_app_and_never_read_as_success() {
    // the-djmaze/snappymail#478: SnappyMail's notification 302 CantSendMessage.
    let snappy = "[2022-08-05 00:18:14.879][f24ab670] SERVICE[WARNING]: CantSendMessage[302]";
    assert_eq!(category_of(snappy), Category::Unknown);
    assert_eq!(software_of(snappy).as_deref(), Some("snappymail"));
    for text in [
        snappy,
        "msmtp: could not send mail (account ...)\n\nError sending message, child exited 74 (I/O error.)",
        "Connection to server lost.",
        "The message needs and server does not support UTF-8 email addresses",
        // emersion/hydroxide#313: the bridge's go-smtp reply as Thunderbird showed it.
        "Please authenticate first",
        // root-io/vmail#79: Thunderbird's DATA-stage wrapper around Postfix's 4.3.5.
        "An Outgoing server (SMTP) error occurred while sending mail. \n    The server responded:  4.3.5 <DATA>: Data command rejected: Server configuration problem.",
    ] {
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
}
