//! Replies, bounces and logs of less common mail servers (session 18, round ms): Apache James,
//! Zimbra, MDaemon and MailEnable. Each text is quoted from the program's source or the page
//! named beside it; the expected category, outcome and program are read from that source and
//! tests/corpus/LABELS.md, never from the tool's output. James paths are under
//! https://github.com/apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a/, Zimbra's
//! under https://github.com/Zimbra/zm-mailbox/blob/2b7f9787c69ed6b95ce37a415ba27c50f1091c72/.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// James's own fastfail and hook replies: each names its cause and is written by James alone,
/// so the reader names James too.
#[test]
fn james_replies_name_their_cause_and_james() {
    for (text, category, outcome) in [
        // protocols/smtp/.../fastfail/AbstractGreylistHandler.java (TO_FAST, TEMPORARY_REJECT): greylisting.
        ("451 4.3.0 Temporary rejected: Reconnect to fast. Please try again later", Category::Greylisted, Outcome::Temporary),
        ("451 4.3.0 Temporary rejected: Please try again later", Category::Greylisted, Outcome::Temporary),
        // .../fastfail/MaxRcptHandler.java: past maxRcpt; the basic code 452 makes it temporary.
        ("452 5.5.3 Requested action not taken: max recipients reached", Category::TooManyRecipients, Outcome::Temporary),
        // .../fastfail/ValidSenderDomainHandler.java: the MAIL FROM domain has no MX (LABELS §1 Q5).
        ("501 5.1.7 sender user@example.com contains a domain with no valid MX records", Category::SenderRejected, Outcome::Permanent),
        // .../core/AbstractSenderAuthIdentifyVerificationHook.java: the signed-in user may not use this sender.
        ("503 5.7.1 Incorrect Authentication for Specified Email Address", Category::SenderRejected, Outcome::Permanent),
        // .../fastfail/ResolvableEhloHeloHandler.java: the HELO name does not resolve (prints the Optional).
        ("501 5.5.4 Provided EHLO/HELO Optional[mail.example.com] can not resolved.", Category::ReverseDns, Outcome::Permanent),
        // smtpserver/fastfail/AllowedUnauthenticatedSender.java: only listed senders may skip the login.
        (
            "550 5.7.1 Sender <alice@example.com> is not allowed for unauthenticated connection from 192.0.2.1",
            Category::AuthRequired,
            Outcome::Permanent,
        ),
        // smtpserver/EnforceHeaderLimitationsMessageHook.java: too many header lines (deny-soft, 452).
        ("452 Header Lines are too many", Category::MessageFormat, Outcome::Temporary),
        // .../fastfail/MaxUnknownCmdHandler.java: too many unknown commands, then disconnect.
        ("521 Closing connection as too many unknown commands received", Category::ProtocolSyntax, Outcome::Permanent),
        // smtpserver/DataLineJamesMessageHookHandler.java: a bare LF in DATA (SMTP smuggling guard).
        ("500 5.0.0 line delimiter must be CRLF", Category::MessageFormat, Outcome::Permanent),
        // protocols-lmtp/.../hook/MailboxDeliverToRecipientHandler.java: the mailbox is over quota.
        ("552 5.2.2 Over Quota error when delivering message to <bob@example.com>", Category::MailboxFull, Outcome::Permanent),
        // protocols-lmtp/.../MailetContainerHandler.java: handing the message on failed inside James.
        ("451 4.0.0 Temporary error deliver message <bob@example.com>", Category::ServerError, Outcome::Temporary),
        // .../esmtp/AuthCmdHandler.java ALREADY_AUTH: a second AUTH in a signed-in session.
        (
            "503 5.5.0 User has previously authenticated.  Further authentication is not required!",
            Category::ProtocolSequence,
            Outcome::Permanent,
        ),
        // .../core/HeloCmdHandler.java: the HELO argument is neither a domain nor an address.
        ("501 5.5.2 Invalid domain name or ip supplied as HELO argument", Category::ProtocolSyntax, Outcome::Permanent),
    ] {
        assert_reads(text, category, outcome);
        assert_eq!(software_of(text).as_deref(), Some("james"), "{text}");
        assert_eq!(provider_of(text), None, "{text}");
    }
}

/// James's generic replies still read right, but their words are shared with other servers, so
/// no program is named from them.
#[test]
fn james_generic_replies_read_right_without_naming_a_program() {
    // .../core/AbstractAuthRequiredToRelayRcptHook.java: AUTH_REQUIRED and RELAYING_DENIED.
    assert_reads("530 5.7.1 Authentication Required", Category::AuthRequired, Outcome::Permanent);
    assert_reads("550 5.7.1 Requested action not taken: relaying denied", Category::RelayDenied, Outcome::Permanent);
    // .../fastfail/AbstractValidRcptHandler.java: unknown local user; a failed lookup defers.
    assert_reads("550 5.1.1 Unknown user: bob@example.com", Category::MailboxUnknown, Outcome::Permanent);
    assert_reads("451 4.0.0 Unexpected error for bob@example.com", Category::ServerError, Outcome::Temporary);
    // .../esmtp/AuthCmdHandler.java: refused credentials, a cancelled exchange, an unknown SASL mechanism.
    assert_reads("535 Authentication Failed", Category::AuthFailed, Outcome::Permanent);
    assert_reads("501 5.7.1 Authentication aborted", Category::AuthFailed, Outcome::Permanent);
    assert_reads("504 Unrecognized Authentication Type", Category::NotImplemented, Outcome::Permanent);
    // smtpserver/tls/EnforceMtaSts.java: MAIL on a clear-text session.
    assert_reads("571 StartTLS required", Category::TlsRequired, Outcome::Permanent);
    // The DNSRBL sentence is James's and Mireka's (DnsblsChecker) alike: no program from it.
    let dnsbl = "554 5.7.1 Rejected: unauthenticated e-mail from /192.0.2.1 is restricted.  Contact the postmaster for details.";
    assert_reads(dnsbl, Category::SenderBlocklisted, Outcome::Permanent);
    assert_eq!(software_of(dnsbl), None);
}

/// James RemoteDelivery's bounce: the reason under the recipient says why it gave up.
#[test]
fn james_remote_delivery_bounces_read_their_reason() {
    // remote/delivery/Bouncer.java explanationText with MailDelivrer.handleNoTargetServer's reason.
    let no_dns = "Hi. This is the James mail server at mail.example.com.\n\
I'm afraid I wasn't able to deliver your message to the following addresses.\n\
This is a permanent error; I've given up. Sorry it didn't work out. Below\n\
I include the list of recipients and the reason why I was unable to deliver\n\
your message.\n\n\
bob@nodomain.example\n\
There are no DNS entries for the hostname nodomain.example.  I cannot determine where to send this message.";
    assert_reads(no_dns, Category::DomainUnknown, Outcome::Permanent);
    assert_eq!(software_of(no_dns).as_deref(), Some("james"));
    // Bouncer.java's UnknownHostException branch, read like the "Host unknown" bounce rows.
    let unknown_host = "Hi. This is the James mail server at mail.example.com.\n\
I'm afraid I wasn't able to deliver your message to the following addresses.\n\
This is a permanent error; I've given up. Sorry it didn't work out. Below\n\
I include the list of recipients and the reason why I was unable to deliver\n\
your message.\n\n\
bob@example.net\n\
Unknown host: mx.example.net\n\
This could be a DNS server error, a typo, or a problem with the recipient's mail server.";
    assert_reads(unknown_host, Category::DomainUnknown, Outcome::Permanent);
    assert_eq!(software_of(unknown_host).as_deref(), Some("james"));
}

/// Zimbra's mailbox server: its exceptions carry its package name, and its own partial-failure
/// notice names the refused address.
#[test]
fn zimbra_exceptions_and_its_partial_failure_notice() {
    // zm-mailbox store/.../mailbox/MailServiceException.java (QUOTA_EXCEEDED, DOMAIN_QUOTA_EXCEEDED, MESSAGE_TOO_BIG).
    for (text, category) in [
        ("com.zimbra.cs.mailbox.MailServiceException: mailbox exceeded quota of 1073741824 bytes", Category::MailboxFull),
        ("com.zimbra.cs.mailbox.MailServiceException: domain exceeded aggregate quota of 53687091200 bytes", Category::MailboxFull),
        ("com.zimbra.cs.mailbox.MailServiceException: Message of size 31457280 exceeded allowed size", Category::MessageTooLarge),
    ] {
        assert_eq!(category_of(text), category, "{text}");
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
        assert_eq!(software_of(text).as_deref(), Some("zimbra"), "{text}");
    }
    // zm-mailbox common/.../util/MailUtil.java populateFailureDeliveryMessageFields: "invalid" addresses
    // are the ones the MTA refused at RCPT.
    let notice = "Subject: Send Partial Failure Notice\n\nYour message \"Quarterly report\" sent on March 4, 2025 at 10:15 AM \
Coordinated Universal Time could not be delivered to one or more recipients.\n\nFor further assistance, please send mail to \
postmaster.\n\nbob@example.com:Invalid Address";
    assert_reads(notice, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(software_of(notice).as_deref(), Some("zimbra"));
}

/// MDaemon's session log and MailEnable's notice fields name their program.
#[test]
fn mdaemon_and_mailenable_texts_name_their_program() {
    // https://pastebin.com/rWCiGDGh: MDaemon's greylisting deferral and its "RSET? Well, OK".
    let mdaemon = "Wed 2019-08-07 15:25:27.258: <-- RCPT To:<user@>\n\
Wed 2019-08-07 15:25:27.275: --> 451 4.3.0 Greylisting in progress\n\
Wed 2019-08-07 15:25:27.482: <-- DATA\n\
Wed 2019-08-07 15:25:27.482: --> 503 5.5.1 Bad command sequence\n\
Wed 2019-08-07 15:25:27.655: <-- RSET\n\
Wed 2019-08-07 15:25:27.656: --> 250 2.0.0 RSET? Well, OK";
    assert_reads(mdaemon, Category::Greylisted, Outcome::Temporary);
    assert_eq!(software_of(mdaemon).as_deref(), Some("mdaemon"));
    // https://pastebin.com/a3CnB5k5: MailEnable's notice; the sending domain's disk quota is used up.
    let mailenable = "Title: Delivery Status Notification (Failure)\n\
received from: \"do_not_reply\" (postmaster@bh-plesk-web5.webhostbox.net)\n\
ME_REASON: 522 5.7.1 MailDomain qaa-uae.com Disk quota has been exceeded\n\
ME_MSG: C9903896A6114E459D7CDE4A19B71316.MAI";
    assert_reads(mailenable, Category::MailboxFull, Outcome::Permanent);
    assert_eq!(software_of(mailenable).as_deref(), Some("mailenable"));
    // https://www.mailenable.com/kb/content/article.asp?ID=ME020226: its debug log's over-quota entry (no code; whether
    // the message bounced is a setting, so only the category and the program are asserted).
    let debug_log = "Mailbox (Mailbox) on postoffice (Postoffice) has exceeded its quota";
    assert_eq!(category_of(debug_log), Category::MailboxFull);
    assert_ne!(explain(debug_log).outcome, Outcome::Success);
    assert_eq!(software_of(debug_log).as_deref(), Some("mailenable"));
}
