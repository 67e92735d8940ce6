//! Reject and defer texts of qpsmtpd's core and plugins (session 20, round ms5,
//! src/data/knowledge/phrases.tsv and outcomes.tsv). Each text is quoted from the qpsmtpd source
//! named beside it (https://github.com/smtpd/qpsmtpd at df5b04d857e6f6602cef0dd4f2c09f163e20672f;
//! the code is the one lib/Qpsmtpd/SMTP.pm answers for that hook); the expected values are read
//! from that source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// plugins/greylisting#L183: the plugin's DENYSOFT text, answered 450 at RCPT; its documentation
/// calls the deferral greylisting (LABELS.md §2 Q2). The core logs the MAIL-hook deferral as
/// "denysoft mail from <addr> (msg)" (lib/Qpsmtpd/SMTP.pm#L408).
#[test]
fn the_greylisting_plugins_deferral_is_greylisting() {
    assert_reads("450 This mail is temporarily denied", Category::Greylisted, Outcome::Temporary);
    assert_reads("12345 denysoft mail from <a@example.net> (This mail is temporarily denied)", Category::Greylisted, Outcome::Temporary);
}

/// plugins/helo: a HELO argument of the wrong form (a bare IP, no dot) is a syntax refusal, like
/// Postfix's "need fully-qualified hostname"; a HELO name that does not resolve or fails
/// forward-confirmed reverse DNS is the sending host's DNS identity (reverse_dns).
#[test]
fn the_helo_plugins_checks_split_by_form_and_dns() {
    assert_all_read(
        &[
            // plugins/helo#L364
            "550 Plain IP is invalid HELO hostname (RFC 2821)",
            // plugins/helo#L393
            "550 HELO name is not fully qualified. Read RFC 2821",
        ],
        Category::ProtocolSyntax,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            // plugins/helo#L429
            "550 HELO hostname did not resolve",
            // plugins/helo#L413
            "550 HELO hostname does not exist",
            // plugins/helo#L486
            "550 That HELO hostname fails FCrDNS",
        ],
        Category::ReverseDns,
        Outcome::Permanent,
    );
}

/// Checks on the message itself at end of data (DENY at data_post is 552).
#[test]
fn checks_on_the_message_itself() {
    // plugins/headers#L136; plugins/bogus_bounce#L83 and #L93 (the form of a bounce).
    assert_all_read(
        &[
            "552 Headers are missing",
            "552 fail, this bounce message does not have 1 recipient",
            "552 a bounce return path must be empty (RFC 3834)",
        ],
        Category::MessageFormat,
        Outcome::Permanent,
    );
    // lib/Qpsmtpd/SMTP.pm#L694: the end-of-data dot came with a bare LF; 421 and hang up.
    assert_reads("421 See http://smtpd.develooper.com/barelf.html", Category::MessageFormat, Outcome::Temporary);
    // plugins/domainkeys#L127: the DomainKeys signature did not verify.
    assert_reads("552 DomainKeys signature validation failed", Category::SenderAuthentication, Outcome::Permanent);
    // plugins/virus/uvscan#L95: an encrypted zip attachment is refused.
    assert_reads("552 We do not accept password-protected zip files!", Category::AttachmentBlocked, Outcome::Permanent);
}

/// The core's own default texts (lib/Qpsmtpd/SMTP.pm).
#[test]
fn the_cores_default_texts() {
    // #L514: no rcpt plugin answered; the server's set-up lacks one.
    assert_reads("450 No plugin decided if relaying is allowed", Category::ReceiverMisconfigured, Outcome::Temporary);
    // #L106 and #L111: a connect plugin refused the client without a text of its own
    // (LABELS.md §1 Q4: the connecting client is refused, no list named).
    assert_reads("550 Connection from you denied, bye bye.", Category::SenderIpBlocked, Outcome::Permanent);
    assert_reads("450 Connection from you temporarily denied, bye bye.", Category::SenderIpBlocked, Outcome::Temporary);
    // plugins/count_unrecognized_commands#L48, answered 521 by unrecognized_command_respond.
    assert_reads(
        "521 Closing connection, 4 unrecognized commands. Perhaps you should read RFC 2821?",
        Category::ProtocolSyntax,
        Outcome::Permanent,
    );
    // #L403: the core's log line for a MAIL FROM refusal (550).
    assert_reads(
        "12345 deny mail from <spammer@example.com> (Your envelope sender is in my badmailfrom list)",
        Category::SenderRejected,
        Outcome::Permanent,
    );
}

/// No row of the round's corpus file (every one a refusal or deferral) reads as a success.
#[test]
fn no_qpsmtpd_refusal_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-ms5-s20.jsonl"));
}
