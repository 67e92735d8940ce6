//! Refusal texts of the add-ons and filters that run in front of or inside mail servers
//! (session 18, round qa; tests/corpus/dev-qa-s18.jsonl; rules in src/data/knowledge/): a
//! control panel's Exim ACLs (Hestia), Haraka plugins, milter-greylist, spamass-milter,
//! milter-regex and QMailToaster's qmail patches. Each text is quoted from the source file named
//! beside it; the expected values are read from that source and tests/corpus/LABELS.md, never
//! from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

// Hestia's Exim template, quoted by the first four tests:
// https://github.com/hestiacp/hestiacp/blob/0146129ccf35f8f441a7b8ac8174d9f15dd52296/install/deb/exim/exim4.conf.template

/// Hestia's Exim ACLs (the template above): the sending limits of a hosting
/// user's scripts and of a mailbox are counts of this sender's mail; Exim's log of a message
/// that acl_not_smtp refused (receive.c "rejected by non-SMTP ACL") reports a message not taken.
#[test]
fn hestia_exim_sending_limits_are_rate_limits() {
    let log = "2026-12-07 10:14:02 F=<admin@server.example.com> rejected by non-SMTP ACL: Website of user admin is sending too many emails - rate overlimit = 201.0 / 1h";
    assert_reads(log, Category::RateLimited, Outcome::Permanent);
    assert_eq!(software_of(log).as_deref(), Some("exim"));
    let reply = "550 Email account info@example.com is sending too many emails - rate overlimit = 101.0 / 1h";
    assert_reads(reply, Category::RateLimited, Outcome::Permanent);
    assert_eq!(software_of(reply).as_deref(), Some("exim"));
}

/// Hestia's HELO rules (acl_check_mail): a HELO with an embedded IP that does not match the PTR,
/// a bare IP, and the server's own address are forged or unusable HELO names.
#[test]
fn hestia_exim_helo_rules_are_reverse_dns() {
    assert_all_read(
        &[
            "550 Helo name contains an IP address (HELO was 198-51-100-23.dsl.example.net) and not is valid",
            "550 Access denied - Invalid HELO name (See RFC2821 4.1.3)",
            "550 203.0.113.10 is _my_ address",
        ],
        Category::ReverseDns,
        Outcome::Permanent,
    );
    assert_eq!(software_of("550 203.0.113.10 is _my_ address").as_deref(), Some("exim"));
}

/// Hestia's dnslists rule names the public list it matched: a blocklist, for the reply and for
/// Exim's reject log line alike.
#[test]
fn hestia_exim_black_list_rule_names_the_list() {
    let reply =
        "550-Rejected because 198.51.100.23 is in a black list at zen.spamhaus.org\n550 https://www.spamhaus.org/query/ip/198.51.100.23";
    assert_reads(reply, Category::SenderBlocklisted, Outcome::Permanent);
    assert_eq!(software_of(reply).as_deref(), Some("exim"));
    assert_eq!(
        category_of("2026-12-07 10:16:03 H=mail.example.net [198.51.100.23] F=<news@example.net> rejected RCPT <info@example.org>: Rejected because 198.51.100.23 is in a black list at b.barracudacentral.org"),
        Category::SenderBlocklisted
    );
}

/// Hestia's data and MIME ACLs: a named virus, a SpamAssassin score, a refused file extension.
#[test]
fn hestia_exim_content_rules() {
    assert_reads("550 Message contains a virus (Eicar-Signature) and has been rejected", Category::VirusDetected, Outcome::Permanent);
    assert_reads("550 This message scored 12.4 spam points", Category::SpamContent, Outcome::Permanent);
    assert_reads("550 Blacklisted file extension detected", Category::AttachmentBlocked, Outcome::Permanent);
}

/// haraka-plugin-clamd (index.js#L190-L332): a scanner that could not be reached, timed out or
/// failed is a failure inside the receiver (DENYSOFT, 450), not a virus found; a named virus is.
#[test]
fn haraka_clamd_scanner_failures_are_server_errors() {
    assert_all_read(
        &[
            "450 Error connecting to virus scanner",
            "450 Virus scanner timed out",
            "450 Virus scanner error",
            "450 Error running virus scanner",
        ],
        Category::ServerError,
        Outcome::Temporary,
    );
    assert_reads("550 Message is infected with Eicar-Signature", Category::VirusDetected, Outcome::Permanent);
}

/// haraka-plugin-spamassassin and haraka-plugin-rspamd verdicts and failures.
#[test]
fn haraka_spam_scanners() {
    // haraka-plugin-spamassassin index.js#L250-L255 (score_too_high).
    assert_all_read(
        &["550 spam score exceeded threshold", "550 spam score exceeded relay threshold"],
        Category::SpamContent,
        Outcome::Permanent,
    );
    assert_eq!(software_of("550 spam score exceeded relay threshold").as_deref(), Some("haraka"));
    // haraka-plugin-rspamd index.js#L48 (reject.message) and #L334 (scan timeout).
    assert_reads("550 Detected as spam", Category::SpamContent, Outcome::Permanent);
    assert_reads("450 Rspamd scan timeout", Category::ServerError, Outcome::Temporary);
}

/// haraka-plugin-qmail-deliverable (index.js#L252-L261) repeats qmail-local's reasons: a writable
/// home directory is the receiver set up wrongly, a sticky one is qmail-local's "user is editing
/// his .qmail file" (a busy mailbox), an unreachable lookup daemon a failure inside.
#[test]
fn haraka_qmail_deliverable_deferrals() {
    let writable = "450 Temporarily undeliverable: group/world writable";
    assert_reads(writable, Category::ReceiverMisconfigured, Outcome::Temporary);
    assert_eq!(software_of(writable).as_deref(), Some("haraka"));
    assert_reads("450 Temporarily undeliverable: sticky home directory", Category::MailboxBusy, Outcome::Temporary);
    assert_reads("450 error communicating with qmail-deliverabled.", Category::ServerError, Outcome::Temporary);
    assert_reads("550 mailing lists do not accept null senders", Category::SenderRejected, Outcome::Permanent);
}

/// milter-greylist (milter-greylist.c#L2110, greylist.conf): its greylisting reply with the time
/// left, a dnsrbl blacklist naming CBL, and a content rule against images in HTML.
#[test]
fn milter_greylist_replies() {
    let grey = "451 4.7.1 Greylisting in action, please come back in 00:29:57";
    assert_reads(grey, Category::Greylisted, Outcome::Temporary);
    assert_eq!(software_of(grey).as_deref(), Some("milter_greylist"));
    assert_reads("551 5.7.1 Sender IP caught in CBL blacklist", Category::SenderBlocklisted, Outcome::Permanent);
    assert_reads("551 5.7.1 Sorry, We do not accept images embedded in HTML", Category::ContentPolicy, Outcome::Permanent);
}

/// spamass-milter (spamass-milter.cpp#L380-L389): the default reject text, and its deferral with
/// the codes turned temporary.
#[test]
fn spamass_milter_reject_and_defer() {
    assert_reads("550 5.7.1 Blocked by SpamAssassin", Category::SpamContent, Outcome::Permanent);
    assert_reads("450 4.7.1 Blocked by SpamAssassin", Category::SpamContent, Outcome::Temporary);
}

/// milter-regex's documented examples (milter-regex.8 EXAMPLES, the sample rules file).
#[test]
fn milter_regex_documented_rules() {
    assert_reads("451 4.7.1 Sender IP address not resolving", Category::ReverseDns, Outcome::Temporary);
    assert_reads("554 5.7.1 Malformed HELO (not a domain, no dot)", Category::ReverseDns, Outcome::Permanent);
    assert_reads("554 5.7.1 Malformed RCPT TO (not an email address, not <.*@.*>)", Category::ProtocolSyntax, Outcome::Permanent);
    assert_reads("554 5.7.1 HTML mail not accepted", Category::ContentPolicy, Outcome::Permanent);
    assert_reads("554 5.7.1 executable attachment from non-friends", Category::AttachmentBlocked, Outcome::Permanent);
    // The reject action without a text of its own names no cause.
    assert_reads("554 5.7.1 Command rejected", Category::PolicyRejected, Outcome::Permanent);
}

/// QMailToaster's qmail patches (qmailtoaster-1.3.2.patch chkuser strings, qmail-empf.patch,
/// qmail-require_auth.patch).
#[test]
fn qmailtoaster_patch_replies() {
    // chkuser: the same words for recipient (5.1.3) and sender (5.1.7); the enhanced code tells which.
    assert_reads("553 5.1.3 sorry, mailbox syntax not allowed (chkuser)", Category::ProtocolSyntax, Outcome::Permanent);
    assert_reads("553 5.1.7 sorry, mailbox syntax not allowed (chkuser)", Category::SenderRejected, Outcome::Permanent);
    // eMPF: a policy it could not read defers; a policy that forbids refuses.
    let broken = "454 cannot message info@example.org (#4.3.0 broken policy)";
    assert_reads(broken, Category::ServerError, Outcome::Temporary);
    assert_eq!(software_of(broken).as_deref(), Some("qmail"));
    assert_reads("550 cannot message info@example.org (#5.0.0 denied by policy)", Category::PolicyRejected, Outcome::Permanent);
    // require_auth: started without a checkpassword program, and MAIL before AUTH.
    let misconfigured = "421 REQUIRE_AUTH set without valid AUTH program.";
    assert_reads(misconfigured, Category::ReceiverMisconfigured, Outcome::Temporary);
    assert_eq!(software_of(misconfigured).as_deref(), Some("qmail"));
    assert_reads("503 AUTH first (#5.5.1)", Category::AuthRequired, Outcome::Permanent);
}

/// haraka-plugin-messagesniffer (index.js#L79-L84, #L282): GBUdb's poor reputation for the
/// client IP at connect (554, or 421 when told to retry), and the scanner's spam verdict.
#[test]
fn haraka_messagesniffer_reputation_and_verdict() {
    let poor = "554 Poor GBUdb reputation for [198.51.100.23]";
    assert_reads(poor, Category::SenderReputation, Outcome::Permanent);
    assert_eq!(software_of(poor).as_deref(), Some("haraka"));
    assert_reads("421 Poor GBUdb reputation for [198.51.100.23]", Category::SenderReputation, Outcome::Temporary);
    assert_reads("550 Spam detected by MessageSniffer (code=52 group=undefined)", Category::SpamContent, Outcome::Permanent);
}

/// haraka-plugin-bounce (index.js#L150-L265) and qbox's bouncelimit: refusing bounces names the
/// null sender; a bounce to several recipients is a recipient count; a bounce that carries a
/// Return-Path breaks RFC 3834's form.
#[test]
fn bounce_checks() {
    assert_all_read(
        &["550 Bounces not accepted here", "550 info@example.org does not accept bounces"],
        Category::SenderRejected,
        Outcome::Permanent,
    );
    assert_all_read(
        &["554 this bounce message has too many recipients", "550 Bounces should only have one recipient"],
        Category::TooManyRecipients,
        Outcome::Permanent,
    );
    assert_reads("550 bounce with non-empty Return-Path (RFC 3834)", Category::MessageFormat, Outcome::Permanent);
}

/// haraka-plugin-relay (index.js#L161-L186) and haraka-plugin-avg (index.js#L74-L80).
#[test]
fn haraka_relay_and_avg() {
    assert_all_read(
        &["550 You are not allowed to relay", "550 Mail for that recipient is not accepted here."],
        Category::RelayDenied,
        Outcome::Permanent,
    );
    assert_all_read(&["450 Virus scanner error (AVG)", "450 Virus scanner timeout (AVG)"], Category::ServerError, Outcome::Temporary);
}

/// MIMEDefang's action_bounce and action_tempfail defaults (modules/lib/Mail/MIMEDefang/Actions.pm
/// #L1194, #L1321): a refusal that names no cause, and a deferral that the 4.3.0 code alone reads.
#[test]
fn mimedefang_default_replies() {
    assert_reads("554 5.7.1 Forbidden for policy reasons", Category::PolicyRejected, Outcome::Permanent);
    assert_reads("451 4.3.0 Try again later", Category::ServerError, Outcome::Temporary);
}

/// qbox's qmail-spp plugins (https://github.com/stevemeier/qbox, asncheck.go, badhelo.c,
/// filterservice.go, greylist.go, mfcheck.go, rblcheck.c, require-auth.c, spfcheck.go).
#[test]
fn qbox_qmail_spp_plugins() {
    let asn = "541 Your AS is blocked from delivering mail to this system";
    assert_reads(asn, Category::SenderIpBlocked, Outcome::Permanent);
    assert_eq!(software_of(asn).as_deref(), Some("qmail"));
    assert_reads("550 No hostname provided in HELO/EHLO", Category::ReverseDns, Outcome::Permanent);
    assert_reads("451 Please obey MX configuration", Category::PolicyRejected, Outcome::Temporary);
    assert_reads("451 Greylisting active. Your mail will be accepted on the next attempt.", Category::Greylisted, Outcome::Temporary);
    assert_reads("451 Sender domain does not exist", Category::SenderRejected, Outcome::Temporary);
    assert_reads("451 Sorry, your IP address is blacklisted", Category::SenderBlocklisted, Outcome::Temporary);
    assert_reads("550 Authentication required", Category::AuthRequired, Outcome::Permanent);
    assert_reads("451 SPF check failed", Category::SenderAuthentication, Outcome::Temporary);
}

/// spamilter (src/hndlrs.c): every refusal starts "Rejecting due to security policy - " and
/// every deferral "Temporary failure - "; the cause after the dash decides.
#[test]
fn spamilter_security_policy_family() {
    let see = "Please see: http://www.somedomain.com/policy.html";
    assert_reads(
        &format!("550 5.7.1 Rejecting due to security policy - DNSBL, {see}#dnsbl and http://www.spamcop.net"),
        Category::SenderBlocklisted,
        Outcome::Permanent,
    );
    assert_reads(
        &format!("550 5.7.1 Rejecting due to security policy - Helo or Ehlo MTA greeting expected, {see}#helo"),
        Category::ProtocolSequence,
        Outcome::Permanent,
    );
    assert_reads(
        &format!("450 4.7.1 Temporary failure - Unable to validate Sender address <news@example.net>, {see}#tempfailinvalidsender"),
        Category::SenderRejected,
        Outcome::Temporary,
    );
    assert_reads(
        &format!("550 5.7.1 Rejecting due to security policy - Sender 'news@example.net' has been blacklisted, {see}#blacklistedsender"),
        Category::SenderRejected,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            &format!("550 5.7.1 Rejecting due to security policy - Not deliverable, {see}#undeliverable"),
            &format!("550 5.7.1 Rejecting due to security policy - Recipient undeliverable, {see}#undeliverablerecipient"),
        ],
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    assert_reads(
        &format!("450 4.7.1 Temporary failure - Unable to validate recipient, {see}#tempfailinvalidrecipient"),
        Category::ServerError,
        Outcome::Temporary,
    );
    assert_all_read(
        &[
            &format!("550 5.7.1 Rejecting due to security policy - Inline executable attachement, {see}#attachmentinline"),
            &format!("550 5.7.1 Rejecting due to security policy - Executable attachement, {see}#attachmentbody"),
        ],
        Category::AttachmentBlocked,
        Outcome::Permanent,
    );
    assert_reads(
        &format!("550 5.7.1 Rejecting due to security policy - Country Code 'XX' has been blacklisted, {see}#blacklistedcountrycode"),
        Category::SenderIpBlocked,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            &format!(
                "550 5.7.1 Rejecting due to security policy - Ip address used as MTA hostname '198.51.100.23', {see}#ipusedashostname"
            ),
            &format!(
                "550 5.7.1 Rejecting due to security policy - Invalid source hostname 'mail.example.net', {see}#invalidsourcehostname"
            ),
            &format!("550 5.7.1 Rejecting due to security policy - Helo hostname/ip mismatch, {see}#hostnameipmismatch"),
        ],
        Category::ReverseDns,
        Outcome::Permanent,
    );
    assert_reads("450 4.7.1 Temporary failure - Grey Listed", Category::Greylisted, Outcome::Temporary);
    assert_reads(
        &format!("550 5.7.1 Rejecting due to security policy - Blacklisted body URL, {see}#bodyurl"),
        Category::SpamContent,
        Outcome::Permanent,
    );
    assert_reads("550 5.7.1 Rejecting due to security policy - Content violation", Category::ContentPolicy, Outcome::Permanent);
}

/// amavisd-milter's fixed tempfail (mlfi.c#L292), milter-limit's default reply (Limit.pm#L225)
/// and authentication_milter's DMARC and SMTP-proxy replies (Handler/DMARC.pm, Protocol/SMTP.pm).
#[test]
fn other_milters() {
    assert_reads("451 4.6.0 Content scanner malfunction", Category::ServerError, Outcome::Temporary);
    assert_reads("550 5.7.1 Message limit exceeded", Category::RateLimited, Outcome::Permanent);
    assert_reads("450 4.7.1 Message limit exceeded", Category::RateLimited, Outcome::Temporary);
    assert_reads("550 5.7.0 DMARC policy violation", Category::SenderAuthentication, Outcome::Permanent);
    assert_all_read(&["503 5.5.2 Out of Order", "503 5.5.2 One at a time please"], Category::ProtocolSequence, Outcome::Permanent);
    assert_reads("451 4.0.0 MAIL - That's not right", Category::ServerError, Outcome::Temporary);
}

/// mtpolicyd's default texts (lib/Mail/MtPolicyd/Plugin/*.pm) as Postfix answers a policy
/// service's "reject TEXT" (554 5.7.1) and "defer TEXT" (450 4.7.1).
#[test]
fn mtpolicyd_policy_texts() {
    let grey = "Dec  7 10:20:11 mx1 postfix/smtpd[2211]: NOQUEUE: reject: RCPT from mail.example.net[198.51.100.23]: 450 4.7.1 <info@example.org>: Recipient address rejected: greylisting is active; from=<news@example.net> to=<info@example.org> proto=ESMTP helo=<mail.example.net>";
    assert_reads(grey, Category::Greylisted, Outcome::Temporary);
    assert_eq!(software_of(grey).as_deref(), Some("postfix"));
    assert_reads(
        "554 5.7.1 <info@example.org>: Recipient address rejected: delivery from 198.51.100.23 rejected (https://www.spamhaus.org/query/ip/198.51.100.23)",
        Category::SenderBlocklisted,
        Outcome::Permanent,
    );
    assert_reads(
        "554 5.7.1 <info@example.org>: Recipient address rejected: trapped by honeypod",
        Category::SenderIpBlocked,
        Outcome::Permanent,
    );
    assert_reads(
        "450 4.7.1 <info@example.org>: Recipient address rejected: smtp traffic quota has been exceeded",
        Category::RateLimited,
        Outcome::Temporary,
    );
    assert_reads(
        "554 5.7.1 <info@example.org>: Recipient address rejected: SPF validation failed: See http://www.example.net/why/id=news%40example.net;ip=198.51.100.23;r=mx.example.org",
        Category::SenderAuthentication,
        Outcome::Permanent,
    );
}

/// No text of the sample whose source tells a failure (temporary or permanent) reads as a
/// success, whatever else the reader gets right or wrong.
#[test]
fn no_failure_of_the_sample_reads_as_success() {
    let corpus = include_str!("corpus/dev-qa-s18.jsonl");
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("a JSON row");
        let outcome = row["outcome"].as_str().unwrap();
        if outcome == "temporary" || outcome == "permanent" {
            let text = row["text"].as_str().unwrap();
            assert_ne!(explain(text).outcome, Outcome::Success, "{}", row["id"]);
        }
    }
}
