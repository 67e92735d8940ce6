//! Reject, defer and bounce texts of open-source mail servers, mined from their sources in round
//! ms2 (session 20; rules in src/data/knowledge/phrases.tsv, outcomes.tsv, software.tsv). Each
//! text is quoted from the program's source file named beside it; the expected values are read
//! from that source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A sender's demand for TLS the destination cannot meet (REQUIRETLS, MTA-STS), as mox words its
/// own delivery errors: a TLS failure (LABELS.md §5, like a client that requires STARTTLS).
#[test]
fn mox_requiretls_and_mta_sts_refusals_are_tls_failures() {
    // mox queue/direct.go: no MX host offers REQUIRETLS (its smtpclient.Error says "permanent").
    assert_reads("destination servers do not support requiretls, permanent", Category::TlsFailed, Outcome::Permanent);
    // mox queue/direct.go: the MX host is outside the enforced MTA-STS policy (§3: lasting mismatch).
    assert_reads("mx host %s does not match enforced mta-sts policy with hosts %s", Category::TlsFailed, Outcome::Permanent);
    // mox queue/direct.go, the log line of the same refusal.
    assert_eq!(category_of("mx host does not match mta-sts policy in mode enforce, skipping"), Category::TlsFailed);
    // mox smtpclient/client.go ErrRequireTLSUnsupported.
    let text = "remote smtp server does not implement requiretls extension, required for delivery, transient";
    assert_eq!(category_of(text), Category::TlsFailed);
    for text in [
        "destination servers do not support requiretls, permanent",
        "remote smtp server does not implement requiretls extension, required for delivery, transient",
        "message too large for remote smtp server: message is %d bytes, remote has a %d bytes maximum size, permanent",
    ] {
        assert_eq!(software_of(text).as_deref(), Some("mox"), "{text}");
    }
}

/// A client that must log in finds none of its mechanisms offered (LABELS.md §5): the server
/// lacks the feature, whatever the password.
#[test]
fn no_matching_sasl_mechanism_is_not_implemented() {
    // mox smtpclient/client.go.
    assert_reads("no matching authentication mechanisms, server supports %s, permanent", Category::NotImplemented, Outcome::Permanent);
}

/// Dovecot's replies about TLS and login (src/lib-smtp, src/login-common, src/submission-login).
#[test]
fn dovecot_tls_and_login_replies() {
    // smtp-server-cmd-starttls.c: STARTTLS on a listener without TLS; the server cannot do TLS.
    assert_reads("502 5.5.1 TLS support is not enabled.", Category::TlsFailed, Outcome::Permanent);
    // login-common.h AUTH_CLEARTEXT_DISABLED_MSG, sent 530 5.7.0 by submission-login: TLS first.
    let text = "530 5.7.0 Cleartext authentication disallowed on non-secure (SSL/TLS) connections.";
    assert_reads(text, Category::TlsRequired, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("dovecot"));
    // Dovecot 2.3's spelling of the same text (AUTH_PLAINTEXT_DISABLED_MSG), in POP3.
    assert_eq!(category_of("-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections."), Category::TlsRequired);
    // submission-proxy.c with login-proxy.h LOGIN_PROXY_FAILURE_MSG: the backend is down for now.
    assert_reads("454 4.7.0 Account is temporarily unavailable.", Category::ServerUnavailable, Outcome::Temporary);
    // submission-commands.c: an anonymous login may not send.
    let text = "554 5.7.1 Access denied (anonymous user)";
    assert_reads(text, Category::AuthRequired, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("dovecot"));
}

/// hMailServer's default DNSBL and SURBL reject texts (DBScripts/CreateTablesMYSQL.sql), sent as
/// "550 " + text before DATA and "554 " + text after it (SMTPConnection.cpp).
#[test]
fn hmailserver_list_names_read_as_lists() {
    // SpamCop lists sending IPs: a named public blocklist (LABELS.md §1 Q2).
    assert_reads("550 Rejected by SpamCop.", Category::SenderBlocklisted, Outcome::Permanent);
    assert_reads("550 Rejected by Spamhaus.", Category::SenderBlocklisted, Outcome::Permanent);
    // SURBL lists domains in message bodies: the content is judged (LABELS.md §1, two cues).
    assert_reads("554 Rejected by SURBL.", Category::SpamContent, Outcome::Permanent);
    // SpamTestSpamAssassin.cpp: hMailServer's own text, naming the filter it asked.
    assert_reads("554 Tagged as Spam by SpamAssassin", Category::SpamContent, Outcome::Permanent);
}

/// Stalwart's DSN lines (crates/smtp/src/queue/dsn.rs) for its own local delivery
/// (crates/email/src/message/delivery.rs, wrapped by crates/smtp/src/outbound/local.rs).
#[test]
fn stalwart_dsn_lines_name_stalwart_and_the_cause() {
    let full =
        "<jane@example.org> (host 'localhost' rejected command 'RCPT TO:<jane@example.org>' with code 451 (4.3.0) 'Mailbox over quota.')";
    assert_reads(full, Category::MailboxFull, Outcome::Temporary);
    assert_eq!(software_of(full).as_deref(), Some("stalwart"));
    let unknown =
        "<jane@example.org> (host 'localhost' rejected command 'RCPT TO:<jane@example.org>' with code 550 (5.5.0) 'Mailbox not found.')";
    assert_reads(unknown, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(software_of(unknown).as_deref(), Some("stalwart"));
    // crates/smtp/src/inbound/mod.rs: the server is going down.
    assert_reads("421 4.3.0 Server shutting down.", Category::ServerUnavailable, Outcome::Temporary);
}

/// A recipient's Sieve filter refused the message (Cyrus imap/lmtp_sieve.c): a refusal by the
/// recipient's rule, not retried.
#[test]
fn cyrus_sieve_reject_notice() {
    let text = "Your message was automatically rejected by Sieve, a mail\nfiltering language.\n\nThe following reason was given:\n%s";
    assert_reads(text, Category::PolicyRejected, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("cyrus"));
}

/// Postal's delivery details (app/senders/smtp_sender.rb, incoming_message_processor.rb).
#[test]
fn postal_delivery_details() {
    assert_eq!(explain_outcome("Permanent SMTP delivery error when sending to #{@current_endpoint}"), Outcome::Permanent);
    assert_eq!(explain_outcome("Temporary SMTP delivery error when sending to #{@current_endpoint}"), Outcome::Temporary);
    let text = "Message is spam and the route specifies it should be failed.";
    assert_eq!(category_of(text), Category::SpamContent);
    assert_eq!(software_of(text).as_deref(), Some("postal"));
}

fn explain_outcome(text: &str) -> Outcome {
    smtp_explain::explain(text).outcome
}

/// No row of this round's corpus file that tells a failure reads as a success.
#[test]
fn no_failure_of_this_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-ms2-s20.jsonl"));
}

/// Apache James's answer to STARTTLS where TLS is off (protocols/smtp/.../esmtp/StartTlsCmdHandler.java):
/// the server cannot do TLS.
#[test]
fn james_starttls_refusal_is_a_tls_failure() {
    assert_reads("500 5.5.1 Command STARTTLS unrecognized.", Category::TlsFailed, Outcome::Permanent);
}
