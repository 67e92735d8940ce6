//! Mail programs outside the big providers, session 15: each program's own fixed replies, log texts
//! and notices name it (`src/data/knowledge/software.tsv`), and the causes they state are read. Every
//! text is built from the program's source file named beside it (only addresses, hosts and numbers
//! filled in).

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

fn software(text: &str) -> Option<String> {
    explain(text).software.map(|s| s.id.to_string())
}

#[test]
fn opensmtpd_replies_and_logs_name_opensmtpd() {
    // usr.sbin/smtpd/smtp_session.c: "530 %s %s: Must issue an AUTH command first" with the
    // status text "Invalid command", and its STARTTLS twin.
    assert_eq!(software("530 5.5.1 Invalid command: Must issue an AUTH command first").as_deref(), Some("opensmtpd"));
    assert_eq!(software("530 5.5.1 Invalid command: Must issue a STARTTLS command first").as_deref(), Some("opensmtpd"));
    // smtp_session.c: "550 %s %s: Message is not RFC 2822 compliant".
    assert_eq!(
        software("550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant").as_deref(),
        Some("opensmtpd")
    );
    // mta_session.c: "%016llx mta error reason=%s".
    assert_eq!(
        software("Dec  6 09:30:02 relay smtpd[51234]: 6f2a7c1e9d3b4a10 mta error reason=Connection refused").as_deref(),
        Some("opensmtpd")
    );
}

#[test]
fn opensmtpd_without_a_route_is_a_network_failure_for_now() {
    // mta.c: "debug: mta-routing: no route available for %s: errors on connector": every route to
    // the destination failed lately; the MTA waits and tries again.
    let e = explain("debug: mta-routing: no route available for [connector:[]->[relay:example.net],0x0]: errors on connector");
    assert_eq!(e.category.id, Category::NetworkError);
    assert_eq!(e.outcome, Outcome::Temporary);
    assert_eq!(e.software.map(|s| s.id.to_string()).as_deref(), Some("opensmtpd"));
}

#[test]
fn haraka_core_and_plugin_texts_name_haraka() {
    // connection.js: the default text when no queue plugin accepted the message.
    assert_eq!(software("451 Queuing declined or disabled, try later").as_deref(), Some("haraka"));
    // haraka-plugin-helo.checks index.js.
    assert_eq!(software("550 HELO is dynamic").as_deref(), Some("haraka"));
    assert_eq!(software("550 HELO host has no forward DNS match").as_deref(), Some("haraka"));
    // haraka-plugin-karma index.js: `very bad karma score: ${score}`.
    assert_eq!(software("550 very bad karma score: -8").as_deref(), Some("haraka"));
}

#[test]
fn stalwart_replies_name_stalwart() {
    // crates/smtp/src/inbound/mail.rs, data.rs, ehlo.rs.
    for text in [
        "550 5.7.25 Reverse DNS validation failed.",
        "451 4.7.24 Temporary SPF validation error.",
        "550 5.7.20 No passing DKIM signatures found.",
        "550 5.7.1 Email rejected per DMARC policy.",
        "451 4.7.1 Email temporarily rejected per DMARC policy.",
    ] {
        assert_eq!(software(text).as_deref(), Some("stalwart"), "{text}");
    }
}

#[test]
fn courier_replies_name_courier() {
    // courier/module.esmtp/courieresmtpd.C and courier/submit.C.
    for text in [
        "502 Polite people say HELO first",
        "534 SIZE=Message too big.",
        "400 STARTTLS is required first.",
        "546 Routing loop detected -- too many Received: headers.",
    ] {
        assert_eq!(software(text).as_deref(), Some("courier"), "{text}");
    }
}

#[test]
fn qmail_and_its_patches_and_front_ends_name_qmail() {
    // notqmail qmail-smtpd.c and qmail.c.
    for text in [
        "502 unimplemented (#5.5.1)",
        "555 syntax error (#5.5.4)",
        "451 timeout (#4.4.2)",
        "421 out of memory (#4.3.0)",
        "451 mail server temporarily rejected message (#4.3.0)",
        // qmail-ldap qmail-smtpd.c and pbscheck.c.
        "553 sorry, relaying denied from your location [192.0.2.61] (#5.7.1)",
        "421 DNS temporary failure at return MX check, try again later (#4.3.0)",
        "552 we don't accept email with this MIME content (#5.3.4)",
        "550 sorry, I don't accept bounce messages with more than one recipient. Go read RFC2821. (#5.7.1)",
        "554 pop before smtp subprogram uncorrectly installed (#5.3.5)",
        // spamdyke (documentation/README.html), which runs only in front of qmail-smtpd.
        "421 Timeout. Talk faster next time.",
        "421 Refused. You have no reverse DNS entry.",
        "554 Refused. Your IP address is blacklisted.",
        "421 Your address has been graylisted. Try again later.",
        // simscan README.
        "554 Your email is considered spam (12.30 spam-hits)",
        "554 Your email was rejected because it contains the Worm.Bagle.AU virus",
    ] {
        assert_eq!(software(text).as_deref(), Some("qmail"), "{text}");
    }
}

#[test]
fn spamdyke_graylisting_reads_as_greylisting() {
    // spamdyke's graylist filter text: a first-time deferral (LABELS.md §2 question 2).
    assert_reads("421 Your address has been graylisted. Try again later.", Category::Greylisted, Outcome::Temporary);
}

#[test]
fn postal_maddy_zimbra_dovecot_and_hmailserver_texts_name_them() {
    // Postal app/lib/smtp_server/client.rb and the message dequeuer.
    assert_eq!(software("550 Invalid server token").as_deref(), Some("postal"));
    assert_eq!(software("Recipient added to suppression list (too many hard fails).").as_deref(), Some("postal"));
    assert_eq!(software("Maximum number of delivery attempts (18) has been reached.").as_deref(), Some("postal"));
    // maddy internal/endpoint/smtp/session.go and internal/target/queue/queue.go.
    assert_eq!(software("451 4.4.5 High load, try again later").as_deref(), Some("maddy"));
    assert_eq!(
        software("queue: not delivered, permanent error        {\"msg_id\":\"2f6f32e9\",\"rcpt\":\"nobody@example.com\"}").as_deref(),
        Some("maddy")
    );
    // Zimbra LmtpReply.java.
    assert_eq!(software("450 4.2.1 Mailbox disabled, not accepting messages").as_deref(), Some("zimbra"));
    // Dovecot src/plugins/quota/quota.c.
    assert_eq!(software("552 5.2.2 <anna@example.org> Too many messages in the mailbox").as_deref(), Some("dovecot"));
    assert_eq!(
        software("552 5.2.3 <anna@example.org> Mail size is larger than the maximum size allowed by server configuration").as_deref(),
        Some("dovecot")
    );
    // hMailServer ExternalDelivery.cpp's bounce body.
    assert_eq!(
        software("   Error Type: SMTP\r\n   Error Description: Inbox is full\r\n   Additional information: The recipients inbox is full.")
            .as_deref(),
        Some("hmailserver")
    );
}

#[test]
fn a_wrapper_program_does_not_take_the_remote_reply_from_exim() {
    // Exim's "Sender verify failed" (acl.c) keeps naming Exim when no other program's own words
    // come before it.
    assert_eq!(software("550 Sender verify failed").as_deref(), Some("exim"));
}

#[test]
fn log_tokens_of_haraka_james_zonemta_postal_and_communigate_name_them() {
    // Haraka logger.js writes '[LEVEL] [uuid] [origin] message'; plugins/queue/smtp_forward.js is
    // the origin of its forwarding lines.
    assert_eq!(
        software("[PROTOCOL] [E0CD1571-0C08-4243-ADA6-827785A0F32E.1] [queue/smtp_forward] S: 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown\\r\\n").as_deref(),
        Some("haraka")
    );
    // Apache James protocols/smtp: DataLineMessageHookHandler.java and MailSizeEsmtpExtension.java.
    assert_eq!(software("Unknown error occurred while processing DATA.").as_deref(), Some("james"));
    assert_eq!(
        software("Rejected message from MaybeSender{mailAddress=Optional.empty} to 192.0.2.8 of size 90000000 exceeding system maximum message size of 73400320 based on SIZE option.").as_deref(),
        Some("james")
    );
    // ZoneMTA lib/sender.js: 'id=%s %s.%s SMTPCLOSE [%s] Connection closed response="%s"'.
    assert_eq!(
        software("info Sender/default/33957[3] 17078b4b170000d8f7.001 SMTPCLOSE [XsBmxvPvwXk] Connection closed response=\"550 5.1.1 No such user\"").as_deref(),
        Some("zonemta")
    );
    // Postal app/views/messages/_deliveries.html.haml: "Support Ref: <log id>".
    assert_eq!(software("421 Service not available\nSupport Ref: THXTUF6C").as_deref(), Some("postal"));
    // CommuniGate Pro's inbound SMTP session names in its log (support.communigate.com article 8944-IAHX-7058).
    assert_eq!(
        software("08:39:16.44 4 SMTPI-29001([192.0.2.5]) got connection on [192.0.2.20:25](example.com) from [192.0.2.5:51534]").as_deref(),
        Some("communigate")
    );
}

#[test]
fn exims_verbose_transcript_names_exim() {
    // src/src/smtp_out.c and smtp_in.c print "SMTP<< " before what the other side said and
    // "SMTP>> " before what Exim sent, in `exim -v` and debug output.
    assert_eq!(
        software("SMTP>> RCPT TO:<someone@example.net>\nSMTP<< 550 5.1.1 <someone@example.net>: Recipient address rejected: User unknown")
            .as_deref(),
        Some("exim")
    );
}

#[test]
fn dovecots_invalid_user_settings_is_its_own_fault_not_an_unknown_mailbox() {
    // lib-storage's ERRSTR_INVALID_USER_SETTINGS (Dovecot up to 2.2): the user's settings could
    // not be set up, a configuration failure on the server; the words "invalid user" do not name
    // an unknown address.
    let e = explain("dovecot: imap(anna@example.org): Error: Invalid user settings. Refer to server log for more information.");
    assert_eq!(e.category.id, Category::ServerError);
}
