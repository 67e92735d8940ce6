//! Mail servers and filters outside the big providers, by their own fixed texts (session 17,
//! s17-sw, src/data/knowledge/phrases.tsv, software.tsv, outcomes.tsv). Each text is quoted from
//! the program's source, its documentation or a public issue named beside it; the expected
//! category, outcome and program are read from that source and tests/corpus/LABELS.md, never from
//! the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

const DOVECOT_USERIP_LIMIT: &str = "May 14 15:16:30 mail dovecot: imap-login: Maximum number of connections from user+IP exceeded (mail_max_userip_connections=10): user=<redacted>, method=PLAIN, rip=<redacted>, lip=<redacted>, TLS, session=<redacted>";

/// Dovecot's login processes refuse a login over `mail_max_userip_connections`
/// (src/login-common/sasl-proxy.c): the user's own clients hold too many sessions, a count that
/// frees up by itself (LABELS.md §2 Q3).
#[test]
fn dovecots_per_user_and_ip_session_limit_is_a_temporary_rate_limit() {
    assert_all_read(
        &[
            // https://github.com/docker-mailserver/docker-mailserver/issues/1165
            DOVECOT_USERIP_LIMIT,
            // https://github.com/NethServer/dev/issues/7091
            "mail dovecot[179614]: imap-login: Disconnected: Maximum number of connections from user+IP exceeded (mail_max_userip_connections=20): user=<xxxxxxx>, method=PLAIN, rip=10.5.4.1, lip=10.5.4.1",
            // Apple Mail quoting it, https://github.com/mail-in-a-box/mailinabox/pull/1799
            "The server returned the error: Maximum number of connections from user+IP exceeded (mail_max_userip_connections=20)",
        ],
        Category::RateLimited,
        Outcome::Temporary,
    );
    assert_eq!(software_of(DOVECOT_USERIP_LIMIT).as_deref(), Some("dovecot"));
}

/// Dovecot's alert to a client that logged in without TLS where TLS is demanded
/// (src/login-common/client-common-auth.c; quoted by iRedMail's errors page,
/// https://github.com/iredmail/docs/blob/660be8ba6d423f3e2c730a294328f91cd8fc3158/en_US/faq/1-errors.md):
/// the client has to turn SSL/TLS on.
#[test]
fn dovecots_no_tls_login_alert_asks_for_tls() {
    let text = "[ALERT] Plaintext authentication not allowed without SSL/TLS, but your client did it anyway. If anyone was listening, the password was exposed.";
    assert_eq!(category_of(text), Category::TlsRequired);
    assert_eq!(software_of(text).as_deref(), Some("dovecot"));
}

/// Dovecot LMTP refuses RCPT TO:<> (src/lmtp/lmtp-commands.c): the command is malformed, whatever
/// the 5.1.1 beside it says.
#[test]
fn dovecot_lmtps_empty_recipient_path_is_a_syntax_error() {
    let text = "550 5.1.1 Unacceptable TO: Empty path not allowed";
    assert_reads(text, Category::ProtocolSyntax, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("dovecot"));
}

/// Cyrus lmtpd fills its LMTP templates (imap/lmtp_err.et) with imap_err.et's texts
/// (https://github.com/cyrusimap/cyrus-imapd/blob/1f3a12931114d95a12c938d043d53a2cbcaf3eca/imap/imap_err.et).
#[test]
fn cyrus_lmtpd_tells_a_busy_mailbox_from_a_down_backend() {
    // IMAP_MAILBOX_RESERVED through LMTP_MAILBOX_DISABLED "451 4.2.1 %s": held by another operation.
    assert_reads("451 4.2.1 Mailbox is currently reserved", Category::MailboxBusy, Outcome::Temporary);
    // IMAP_LIMIT_USER through LMTP_SERVER_BUSY "451 4.4.5 %s": too many deliveries wait on one
    // recipient's locks (cyrusimap/cyrus-imapd#5032).
    assert_reads("451 4.4.5 Too many connections from this user", Category::MailboxBusy, Outcome::Temporary);
    // IMAP_SERVER_UNAVAILABLE through LMTP_SERVER_FAILURE "451 4.4.3 %s": a murder backend is down.
    assert_reads("451 4.4.3 Server(s) unavailable to complete operation", Category::ServerUnavailable, Outcome::Temporary);
    // LMTP_USER_UNKNOWN_LONG before LMTP_USER_UNKNOWN.
    let unknown = "550-Mailbox unknown.  Either there is no mailbox associated with this\n550-name or you do not have authorization to see it.\n550 5.1.1 User unknown";
    assert_reads(unknown, Category::MailboxUnknown, Outcome::Permanent);
    for text in [unknown, "451 4.2.1 Mailbox is currently reserved", "554 5.6.0 Message contains bare newlines"] {
        assert_eq!(software_of(text).as_deref(), Some("cyrus"), "{text}");
    }
}

/// The same words without Cyrus's 451 speak of the user's own sessions, not of a busy mailbox.
#[test]
fn too_many_connections_from_this_user_is_a_busy_mailbox_only_beside_a_451() {
    assert_ne!(category_of("Too many connections from this user"), Category::MailboxBusy);
}

/// chasquid's replies (internal/smtpsrv/conn.go at
/// https://github.com/albertito/chasquid/blob/ca2538b9745a448170dbd078c65b97c8821c33f9/internal/smtpsrv/conn.go).
#[test]
fn chasquids_replies_name_it_and_their_cause() {
    // The domain came over TLS before and now comes without it.
    assert_reads("550 5.7.3 Security level check failed", Category::TlsRequired, Outcome::Permanent);
    assert_reads("550 5.1.1 Destination address is unknown (user does not exist)", Category::MailboxUnknown, Outcome::Permanent);
    for text in [
        "550 5.7.3 Security level check failed",
        "550 5.1.1 Destination address is unknown (user does not exist)",
        "550 5.7.9 Mail to submission port must be authenticated",
    ] {
        assert_eq!(software_of(text).as_deref(), Some("chasquid"), "{text}");
    }
}

/// iRedAPD's forged-sender check, in the older wording iRedMail's errors page lists: the client
/// has to log in; "spam" speaks of the forged sender, not of the content (LABELS.md §1 Q1).
#[test]
fn iredapds_forged_sender_reply_asks_for_a_login() {
    let text = "SMTP AUTH is required, or it is a spam with forged sender domain";
    assert_eq!(category_of(text), Category::AuthRequired);
}

/// iRedAPD answers its throttle with the action REJECT (libs/__init__.py,
/// https://github.com/iredmail/iRedAPD/blob/60b2eed4a577a5a09aacc64d64d29d3402143221/libs/__init__.py):
/// a refusal, not a deferral.
#[test]
fn iredapds_throttle_refusal_is_permanent() {
    assert_reads("REJECT Throttling quota exceeded", Category::RateLimited, Outcome::Permanent);
}

/// courier-pythonfilter's filters, run inside Courier (filters/*.py at
/// https://github.com/szepeviktor/courier-pythonfilter/blob/033ef61cc8459fccb2fd9a2fc33d05114ac041fe/filters/).
#[test]
fn courier_pythonfilters_replies_name_their_cause_and_courier() {
    // attachments.py: a blocked file type, not a sender on a list.
    let attachment = "554 The extension of the attached file is blacklisted";
    assert_reads(attachment, Category::AttachmentBlocked, Outcome::Permanent);
    // clamav.py: the scanner could not scan; no virus was found.
    assert_reads("430 Virus scanner error: %s", Category::ServerError, Outcome::Temporary);
    // comeagain.py: 'a greylisting technique', the first message is deferred on purpose.
    let comeagain = "421 Please send the message again to prove you are not spamware or virusware.";
    assert_reads(comeagain, Category::Greylisted, Outcome::Temporary);
    // dialback.py: the sender domain's MX refused the sender address (Courier's 517 is its sender code).
    assert_reads("517 Sender does not exist: %s", Category::SenderRejected, Outcome::Permanent);
    // localsenders.py: a local sender address must log in.
    let local = "517 Policy requires local senders to authenticate.";
    assert_reads(local, Category::AuthRequired, Outcome::Permanent);
    for text in [attachment, comeagain, local, "501 Mail loop - already have my Delivered-To: header."] {
        assert_eq!(software_of(text).as_deref(), Some("courier"), "{text}");
    }
}
