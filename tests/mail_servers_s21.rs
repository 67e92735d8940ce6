//! Fixed reject, defer and bounce texts of mail servers, read in their own source (round ms6,
//! session 21): Citadel, XMail, Zimbra's Postfix header_checks template, OpenSMTPD, Courier and
//! Haraka's core plugins. Each text is quoted from the source named beside it; the expected values
//! are read from that source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

// Sources, each at the commit read:
// Citadel  https://github.com/mingodad/citadel/blob/63a41edbab07ba009a64ece492c41282c654c58b/citadel/
// XMail    https://github.com/GerHobbelt/xmail/blob/33bf2eb3bdca4e79d8b6339d5ff9f8583c046cf7/
// Zimbra   https://github.com/Zimbra/zm-mta/blob/d13735534490ab208d98399cc77b21bcaa47c904/postfix_header_checks.in
// OpenSMTPD https://github.com/OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee/usr.sbin/smtpd/
// Courier  https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier/
// Haraka   https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/plugins/

/// A program's fixed text written only by its DNS blocklist check is a blocklist (LABELS.md §1 Q2).
#[test]
fn blocklist_checks_read_as_blocklisted() {
    assert_all_read(
        &[
            // Citadel locate_host.c#L133 (rbl_check), sent with 550 by serv_smtp.c.
            "550 Message rejected due to known spammer source IP address",
            // XMail SMTPSvr.cpp#L466 (a CustMapsList zone, its name filled in).
            "550 Denied due inclusion of your IP inside (zen.spamhaus.org)",
        ],
        Category::SenderBlocklisted,
        Outcome::Permanent,
    );
}

/// Refusals that name the sender address or its domain (LABELS.md §1 Q5).
#[test]
fn sender_checks_read_as_sender_rejected() {
    assert_all_read(
        &[
            // Citadel serv_smtp.c#L906 (c_rfc822_strict_from = reject).
            "550 Invalid sender 'ceo@example.com' - rejecting this message.",
            // XMail SMTPSvr.cpp#L939 (CheckMailerDomain).
            "505 Your domain has no DNS/MX entries",
            // XMail SMTPSvr.cpp#L952 (spam-address.tab).
            "504 You are registered as spammer",
            // Courier submit.C#L1122 (bofh badfrom).
            "517 Sender rejected: spammer@example.com",
            // Haraka queue/smtp_forward.js#L101, auth/auth_base.js#L254, rcpt_to.host_list_base.js#L42.
            "550 Spoofed MAIL FROM",
            "550 Envelope domain 'example.com' doesn't match AUTH domain 'example.org'",
            "550 Mail from domain 'example.com' is not allowed from your host",
        ],
        Category::SenderRejected,
        Outcome::Permanent,
    );
}

/// The server wants a login first (taxonomy auth_required).
#[test]
fn login_demands_read_as_auth_required() {
    assert_all_read(
        &[
            // Citadel serv_smtp.c#L700 and #L733.
            "550 You must log in to send mail from example.com",
            "550 You must log in to send mail on this port.",
            // XMail SMTPSvr.cpp#L961 (EnableAuthSMTP-POP3).
            "504 You did not authenticate properly using SMTP-after-POP3",
            // courieresmtpd.C#L1409 (AUTH_REQUIRED).
            "535 Authentication required.",
        ],
        Category::AuthRequired,
        Outcome::Permanent,
    );
}

/// The server demands TLS of the client (LABELS.md §5: the other direction from tls_failed).
#[test]
fn tls_demands_read_as_tls_required() {
    // XMail SMTPSvr.cpp#L1001.
    assert_reads("503 Bad sequence of commands (TLS needed for this session)", Category::TlsRequired, Outcome::Permanent);
    // courieresmtpd.C#L1093 (ESMTP_TLS_REQUIRED, no STARTTLS to offer).
    let courier = "440 TLS not available,  but it's required for this connection.";
    assert_reads(courier, Category::TlsRequired, Outcome::Temporary);
    assert_eq!(software_of(courier).as_deref(), Some("courier"));
}

/// A local account's own state: disabled, over quota, unknown.
#[test]
fn local_mailbox_states() {
    // XMail SMTPSvr.cpp#L1483 (ReceiveEnable off).
    assert_reads("550 Account disabled <user@example.com>", Category::MailboxDisabled, Outcome::Permanent);
    // XMail SMTPSvr.cpp#L1503.
    assert_reads(
        "552 Requested mail action aborted: exceeded storage allocation - <user@example.com>",
        Category::MailboxFull,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            // Citadel internet_addressing.c#L745.
            "550 Invalid recipient: nobody@example.com",
            // XMail SMTPSvr.cpp#L1543 (no account found).
            "550 Mailbox unavailable <nobody@example.com>",
        ],
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
}

/// The sender's own server restricts the account (LABELS.md §5).
#[test]
fn citadel_internet_mail_permission_is_an_account_restriction() {
    // Citadel serv_smtp.c#L776.
    assert_reads(
        "551 <bob@example.com> - you do not have permission to send Internet mail",
        Category::SenderAccountBlocked,
        Outcome::Permanent,
    );
    // serv_smtp.c#L787: a recipient elsewhere from a client that is not local.
    assert_reads("551 <someone@example.net> - relaying denied", Category::RelayDenied, Outcome::Permanent);
}

/// A server that is full as a whole is unavailable, not a rate limit on one sender (LABELS.md §2 Q4).
#[test]
fn server_wide_limits_read_as_unavailable() {
    assert_all_read(
        &[
            // Citadel serv_smtp.c#L184 (the session limit).
            "451 Too many connections are already open; please try again later.",
            // XMail SMTPSvr.cpp#L3324 (SMTPMaxThreads reached, ERR_SERVER_BUSY).
            "421 [XMail 1.27 ESMTP Server] - Server too busy, retry later",
        ],
        Category::ServerUnavailable,
        Outcome::Temporary,
    );
}

/// Content verdicts and content rules.
#[test]
fn content_filters() {
    // Citadel modules/spam/serv_spam.c#L173 and modules/clamav/serv_virus.c#L183.
    assert_reads("550 message rejected by spam filter", Category::SpamContent, Outcome::Permanent);
    assert_reads("550 message rejected by virus filter", Category::VirusDetected, Outcome::Permanent);
    // Haraka prevent_credential_leaks.js#L40 (data_post, 550).
    let leak = "550 Credential leak detected: never give out your username/password to anyone!";
    assert_reads(leak, Category::ContentPolicy, Outcome::Permanent);
    assert_eq!(software_of(leak).as_deref(), Some("haraka"));
    // Zimbra postfix_header_checks.in, answered by Postfix cleanup as 550 5.7.1 <text>.
    let zimbra = [
        "550 5.7.1 For security reasons we reject attachments of this type",
        "550 5.7.1 Attachment type not allowed. File \"invoice.exe\" has the unacceptable extension \"exe\"",
    ];
    assert_all_read(&zimbra, Category::AttachmentBlocked, Outcome::Permanent);
    for text in zimbra {
        assert_eq!(software_of(text).as_deref(), Some("zimbra"), "{text}");
    }
}

/// Size and recipient limits.
#[test]
fn size_and_recipient_limits() {
    // Courier submit2.C#L633 (SIZELIMIT).
    assert_reads(
        "523 Message length (31457280 bytes) exceeds administrative limit(20971520).",
        Category::MessageTooLarge,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            // XMail SMTPSvr.cpp#L1677; Courier submit.C#L1623.
            "552 Too many recipients",
            "531 Too many recipients.",
        ],
        Category::TooManyRecipients,
        Outcome::Permanent,
    );
    // OpenSMTPD smtp_session.c#L1611 (max-rcpt).
    let opensmtpd = "451 4.5.3 Too many recipients: Too many recipients";
    assert_reads(opensmtpd, Category::TooManyRecipients, Outcome::Temporary);
    assert_eq!(software_of(opensmtpd).as_deref(), Some("opensmtpd"));
}

/// OpenSMTPD's newer smtpd replies and mta log results.
#[test]
fn opensmtpd_replies_and_mta_results() {
    // smtp_session.c#L2855, #L1838, #L2498.
    assert_reads("500 5.4.6 Routing loop detected: Loop detected", Category::RoutingLoop, Outcome::Permanent);
    assert_reads(
        "504 5.7.4 Security features not supported: AUTH method \"CRAM-MD5\" not supported",
        Category::NotImplemented,
        Outcome::Permanent,
    );
    let notify = "553 NOTIFY option NEVER cannot be combined with other options";
    assert_reads(notify, Category::ProtocolSyntax, Outcome::Permanent);
    assert_eq!(software_of(notify).as_deref(), Some("opensmtpd"));
    // mta.c#L1107 (null MX) and #L1088, #L1228, written by mta_log.
    assert_reads(
        "Dec  8 01:40:12 mx smtpd[4821]: 5f1c2a7e9b3d4f60 mta delivery evpid=5f1c2a7e9b3d4f61 from=<alice@example.org> to=<bob@example.net> rcpt=<-> source=\"-\" relay=\"example.net\" delay=0s result=\"PermFail\" stat=\"Domain does not accept mail\"",
        Category::DomainNoMail,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            "Dec  8 01:41:30 mx smtpd[4821]: 5f1c2a7e9b3d4f60 mta delivery evpid=6a0d3b8f1c2e4a71 from=<alice@example.org> to=<carol@example.com> rcpt=<-> source=\"-\" relay=\"example.com\" delay=2m result=\"TempFail\" stat=\"Temporary failure in MX lookup\"",
            "Dec  8 01:42:05 mx smtpd[4821]: 5f1c2a7e9b3d4f60 mta delivery evpid=7b1e4c9a2d3f5b82 from=<alice@example.org> to=<dave@example.com> rcpt=<-> source=\"-\" relay=\"example.com\" delay=4h result=\"TempFail\" stat=\"Address family mismatch on destination MXs\"",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// Courier's backscatter suppression and Citadel's give-up bounce.
#[test]
fn suppression_and_give_up() {
    // Courier submit.C#L1318 (an address that failed within TRACK_NHOURS).
    assert_reads("556 Address unavailable.", Category::Suppressed, Outcome::Permanent);
    // Citadel modules/smtp/smtp_util.c#L181.
    assert_reads(
        "A message you sent could not be delivered to some or all of its recipients\ndue to prolonged unavailability of its destination(s).\nGiving up on the following addresses:\n\n",
        Category::Expired,
        Outcome::Permanent,
    );
}

#[test]
fn no_ms6_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-ms6-s21.jsonl"));
}
