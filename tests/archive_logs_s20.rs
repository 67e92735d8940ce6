//! Mail servers' log lines and replies as admins paste them into mailing-list archives, forums
//! and their own notes when they ask for help (session 20, round fr30; rows
//! tests/corpus/dev-fr30-s20.jsonl). Each text is quoted from the page named beside it; the
//! expected values are read from that page, the program's source and tests/corpus/LABELS.md,
//! never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// The POP3 response code IN-USE (RFC 2449 §8.1.1): another session holds the mailbox's lock.
#[test]
fn a_pop3_in_use_reply_is_a_busy_mailbox() {
    // https://gitea.evolix.org/evolix/wiki/raw/branch/master/HowtoDovecot.md (Dovecot's pop3).
    assert_reads("-ERR [IN-USE] Couldn't open INBOX: Timeout while waiting for lock", Category::MailboxBusy, Outcome::Temporary);
}

/// Postfix's lookup tables of a type the build lacks (util/dict_open.c, dict_surrogate.c): the
/// receiving system's own configuration fails (LABELS.md §2 Q5).
#[test]
fn postfix_tables_of_an_unsupported_type_are_a_local_fault() {
    // https://blog.shige.idani.jp/2012/08/ (Gentoo's Postfix built without Berkeley DB).
    for text in [
        "Aug 7 03:10:08 stem postfix/local[6104]: error: unsupported dictionary type: btree",
        "Aug 7 03:10:08 stem postfix/local[6104]: warning: btree:/etc/mail/aliases is unavailable. unsupported dictionary type: btree",
    ] {
        assert_eq!(category_of(text), Category::ServerError, "{text}");
        assert_eq!(software_of(text).as_deref(), Some("postfix"), "{text}");
    }
    // The delivery that follows: deferred with dsn=4.3.0.
    assert_reads(
        "Aug 7 03:10:08 stem postfix/local[6104]: F2B7915F402B: to=<root@**********>, orig_to=<root>, relay=local, delay=1.7, delays=1.7/0/0/0.02, dsn=4.3.0, status=deferred (alias database unavailable)",
        Category::ServerError,
        Outcome::Temporary,
    );
}

/// Sendmail's collect.c when the message body stops coming ("421 4.4.1 collect: %s on
/// connection from %s"): a broken connection, tried again (LABELS.md §2 Q1, §3).
#[test]
fn sendmail_collect_timeouts_are_network_errors() {
    // https://access.redhat.com/solutions/106773, the message part of the maillog line (the whole
    // syslog line is left to the log-line gate, see the round's report).
    assert_reads(
        "SYSERR(root): collect: read timeout on connection from XXX.XXX.com, from=<support.XXX>",
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// A SASL client with no usable mechanism (Cyrus SASL_NOMECH) cannot log in at all: the
/// missing extension, not refused credentials (LABELS.md §5).
#[test]
fn a_sasl_client_without_a_usable_mechanism_is_not_implemented() {
    // http://toroid.org/etc/sysadmin (Postfix relaying through smtp-relay.gmail.com).
    assert_reads("SASL authentication failure: No worthy mechs found", Category::NotImplemented, Outcome::Permanent);
    // Postfix smtp_sasl_glue.c defers it with 4.7.0.
    assert_reads(
        "SASL authentication failed; cannot authenticate to server[]: no mechanism available",
        Category::NotImplemented,
        Outcome::Temporary,
    );
    // The server's own refusal of the login stays a refused login.
    // https://www.brandonchecketts.com/archives/increasing-the-number-of-simultaneous-sasl-authentication-servers-with-postfix
    let bounce = "Technical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 535 535 5.7.0 Error: authentication failed: authentication failure (SMTP AUTH failed with the remote server) (state 7).";
    assert_reads(bounce, Category::AuthFailed, Outcome::Permanent);
    // The author's own Postfix replied, not Google (LABELS.md §4).
    assert_eq!(provider_of(bounce), None);
}

/// Postfix smtpd's failed server-side handshake: broken off, tried again (LABELS.md §3).
#[test]
fn an_ssl_accept_error_is_a_temporary_tls_failure() {
    // https://serverdevworker.com/5846770da (Google's sending host is the client here, no provider).
    let text = "SSL_accept error from mail-wi0-x230.google.com: -1";
    assert_reads(text, Category::TlsFailed, Outcome::Temporary);
    assert_eq!(provider_of(text), None);
}

/// Connections that died or were never made, in qmail's, Exim's and Sendmail's words.
#[test]
fn broken_connections_in_mta_logs_are_temporary_network_errors() {
    assert_all_read(
        &[
            // https://kb.odin.com/es/116265
            "Jan 17 12:09:46 qm07 splogger: 1295233786.151853 delivery 155804: deferral: Connected_to_10.1.11.206_but_connection_died._(#4.4.2)/",
            // https://github.com/Exim/exim/wiki/Q0617
            "1999-08-26 14:51:19 11IVsE-000MuP-00 == example@example.com T=smtp defer\n(-34): some host address lookups failed and retry time not reached for\nother hosts or connection limit reached",
            // https://perfectmail.com/kb/deferred_connection_timed_out
            "stat=Deferred: Connection timed out with...",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// Results and notes that are no failure: a delivery reads as a success, a connection or queue
/// note as no result at all.
#[test]
fn deliveries_succeed_and_notes_tell_no_result() {
    // https://www.mail-archive.com/postfix-users@postfix.org/msg106443.html (Wietse Venema).
    assert_reads(
        "Aug 24 09:20:50 wzv postfix/smtp[2009999]: 4c8vgk2lXhzNcrX: to=<wie...@porcupine.org>, orig_to=<wietse>, relay=spike.porcupine.org[168.100.3.2]:25,conn_use=2, delay=0.31, delays=0.06/0.05/0.07/0.12, tls=encrypt/(requiretls), dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4c8vgk3xlZzJrNm)",
        Category::Delivered,
        Outcome::Success,
    );
    // https://flylib.com/books/en/2.161.1.453/1/ (sendmail's stat= equate).
    assert_reads("stat=Sent (HAA03001 Message accepted for delivery)", Category::Delivered, Outcome::Success);
    assert_reads("stat=User unknown", Category::MailboxUnknown, Outcome::Permanent);
    // https://www.brandonchecketts.com/archives/increasing-the-number-of-simultaneous-sasl-authentication-servers-with-postfix
    assert_reads(
        "Jul  5 12:43:39 mail postfix/smtpd[13602]: connect from mail-bk0-f50.google.com[209.85.214.50]",
        Category::Unknown,
        Outcome::Unknown,
    );
}

/// Sendmail-style results in IceWarp's list of mail log errors and a procmail quota bounce.
#[test]
fn queue_results_name_their_cause() {
    // https://support.icewarp.com/hc/en-us/articles/115003479468-What-are-the-SMTP-errors-that-can-appear-in-the-mail-logs-
    assert_reads("00:13:43 Deferred: 453 fred@example.com... User fred mailbox full", Category::MailboxFull, Outcome::Temporary);
    assert_reads("14:04:27 rejected 550 <fred@example.com>... Relaying denied", Category::RelayDenied, Outcome::Permanent);
    assert_reads("11:10:17 AEH41708: Cannot send message within 5 days", Category::Expired, Outcome::Permanent);
    // https://www.nttbiz.jp/hosting_user/faq_op/node/193
    assert_reads(
        "----- The following addresses had permanent fatal errors -----\n<xxx@xxx.xxx>\n(reason: can't create (user) output file)\n----- Transcript of session follows -----\nprocmail: Quota exceeded while writing \"xxx\"\n550 5.0.0",
        Category::MailboxFull,
        Outcome::Permanent,
    );
}

/// Refused SASL logins in Postfix's and Dovecot's own logs (LABELS.md §5 does not apply: the
/// server checked the credentials and said no).
#[test]
fn refused_sasl_logins_in_server_logs_are_auth_failures() {
    assert_all_read(
        &[
            // https://serverdevworker.com/19918170e
            "Dec 11 20:15:37 HOST postfix/smtpd[642]: warning: HOST[x.x.x.x]: SASL LOGIN authentication failed: UGFzc3dvcmQ6",
            "auth: Debug: client out: FAIL    1   reason=Password mismatch",
            // https://newbedev.com/sasl-login-authentication-failed-ugfzc3dvcmq6-find-the-username
            "postfix/smtpd[123]: xsasl_dovecot_handle_reply: auth reply: FAIL?5?user=info",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
}

/// Postfix smtpd's notes about a connecting client refuse nothing (smtpd_peer.c): no result.
#[test]
fn notes_about_a_connecting_client_tell_no_result() {
    // https://newbedev.com/sasl-login-authentication-failed-ugfzc3dvcmq6-find-the-username
    assert_reads(
        "Jan  7 22:14:27 ip-99-99-99-99 postfix/smtpd[22274]: warning: 91.200.12.140: hostname vps863.hidehost.net verification failed: No address associated with hostname",
        Category::Unknown,
        Outcome::Unknown,
    );
    // https://www.kaijia.me/2017/08/ugfzc3dvcmq6-in-mail-log-explained/
    assert_reads(
        "Aug 11 16:08:21 mta postfix/smtpd[1593]: disconnect from unknown[IP] ehlo=1 auth=0/1 commands=1/2",
        Category::Unknown,
        Outcome::Unknown,
    );
}

/// No row of the round whose source tells a failure reads as a success.
#[test]
fn no_failure_of_the_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr30-s20.jsonl"));
}
