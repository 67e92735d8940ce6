//! The receiving server's own trouble, its limits and its demand for TLS, as the mail programs
//! write them (session 15, src/data/knowledge/phrases.tsv). Each text is quoted from the
//! program's source or the provider's page named beside it; the expected category is read from
//! that source and tests/corpus/LABELS.md §2, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A failure inside the receiving system (LABELS.md §2 Q5): its queue, its authentication
/// back end, its lookups.
#[test]
fn the_receiving_servers_own_failures_are_server_errors() {
    for text in [
        // Exim smtp_in.c: an authenticator deferred (its password lookup or daemon failed for now).
        "435 Unable to authenticate at present",
        // Exim receive.c: the message could not be written to Exim's own queue.
        "451 Error while writing spool file",
        "451 Error in writing spool file",
        // Postfix global/cleanup_strerror.c, as smtpd answers it: cleanup could not write the queue file.
        "451 4.3.0 Error: queue file write error",
        // Sendmail mail.local/mail.local.c: the user database lookup failed for now.
        "451 4.3.0 User database failure; retry later",
        // hMailServer source/Server/SMTP/SMTPConnection.cpp: the message arrived but could not be stored.
        "554 Your message was received but it could not be saved. Please retry later.",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::ServerError, "{text}");
        assert_ne!(e.outcome, Outcome::Success, "{text}");
    }
    // A 4xx refusal is temporary (RFC 5321 §4.2.1).
    assert_eq!(explain("435 Unable to authenticate at present").outcome, Outcome::Temporary);
}

/// A server that takes no mail from anyone right now (LABELS.md §2 Q4), against a limit on one
/// client's own connections (§2 Q3).
#[test]
fn a_full_server_is_unavailable_and_one_clients_count_is_a_rate_limit() {
    for text in [
        // Exchange Receive connector, MaxInboundConnection (all clients together;
        // https://learn.microsoft.com/en-us/powershell/module/exchange/new-receiveconnector).
        "421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel",
        // Exim daemon.c, smtp_accept_max; Exim smtp_in.c, smtp_load_reserve.
        "421 Too many concurrent SMTP connections; please try again later.",
        "421 Too much load; please try again later.",
        // Haraka plugins/toobusy.js (DENYSOFTDISCONNECT answers 421); maddy internal/target/remote/remote.go.
        "421 Too busy; please try again later",
        "451 4.4.5 High load, try again later",
    ] {
        assert_eq!(category_of(text), Category::ServerUnavailable, "{text}");
    }
    for text in [
        // Exchange Receive connector, MaxInboundConnectionPerSource (this client's connections).
        "421 4.3.2 The maximum number of concurrent connections has exceeded a limit, closing transmission channel",
        // Exim daemon.c, smtp_accept_max_per_host.
        "421 Too many concurrent SMTP connections from this IP address; please try again later.",
        // Stalwart crates/smtp/src/inbound/mail.rs and data.rs: its rate and per-session limits.
        "452 4.4.5 Rate limit exceeded, try again later.",
        "452 4.4.5 Maximum number of messages per session exceeded.",
        // Zoho Mail's sending-rate block (https://help.zoho.com/portal/fr/community/topic/outgoing-email-being-blocked):
        // the words decide over X.4.6, whose registry subject is a routing loop.
        "550 5.4.6 mail rate exceeded limit",
        // Exchange Online's SMTP AUTH limits (MicrosoftDocs OfficeDocs-Support,
        // Exchange/ExchangeOnline/send-emails/smtp-submission-improvements.md): more than three
        // connections of one mailbox at once, and the daily recipient limit.
        "432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded",
        "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException",
        // The same per-mailbox limit in Microsoft's newer wording (Exchange team blog, 2018).
        "432 4.3.2 concurrent connection limit exceeded",
    ] {
        assert_eq!(category_of(text), Category::RateLimited, "{text}");
    }
}

/// RFC 3207 §4: the server takes no mail commands before STARTTLS, also when the reply is
/// quoted without its first word, and Courier's own wording.
#[test]
fn a_demand_for_starttls_is_tls_required() {
    for text in [
        "530 5.7.0 Must issue a STARTTLS command first",
        "Verify the email address in your account properties. Server responded: 530 5.7.0. Issue a STARTTLS command first.",
        "400 STARTTLS is required first.",
    ] {
        assert_eq!(category_of(text), Category::TlsRequired, "{text}");
    }
}

/// Postfix BACKSCATTER_README's header_checks refusal names the sender address it calls forged
/// (LABELS.md §1 Q5), not a generic policy.
#[test]
fn a_forged_sender_refusal_is_a_sender_refusal() {
    assert_reads("550 5.7.1 forged sender address in From: header: user@domain.tld", Category::SenderRejected, Outcome::Permanent);
}
