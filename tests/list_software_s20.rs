//! Texts from mailing-list and newsletter software and the people who run it (session 20, round
//! fr29): Mailman, Sympa, LISTSERV, ezmlm, listmonk, Keila, Mailtrain with ZoneMTA, Mautic,
//! Discourse, Sendy, Mandrill. Each text is quoted from the page or source named beside it; the
//! expected values are read from that source and tests/corpus/LABELS.md, never from the tool's
//! output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// ZoneMTA's "HTTP Sender Config" plugin answers 442 with the error of its failed HTTP lookup
/// (plugins/core/http-config.js sets err.responseCode = 442): the mail server failed inside
/// (LABELS.md §2 Q5), and a 4yz code is temporary.
#[test]
fn zonemta_plugin_failures_are_server_errors() {
    assert_all_read(
        &[
            // https://github.com/Mailtrain-org/mailtrain/issues/782
            "Nov 14 17:28:46 test node[20825]: ERR! Mail Error: Mail command failed: 442 Invalid status code 404",
            // https://github.com/Mailtrain-org/mailtrain/issues/396
            "Mar 13 14:59:22 mailtrain node[1096]: ERR! Mail Send Error: Mail command failed: 442 connect ECONNREFUSED 127.0.0.1:80",
        ],
        Category::ServerError,
        Outcome::Temporary,
    );
    // ZoneMTA's own log of the same failure names the plugin by its title (issue 782).
    let log =
        r#"Nov 14 17:28:46 test zone-mta[21023]: (Plugins) "HTTP Sender Config" for "smtp:mail_from" failed with: Invalid status code 404"#;
    assert_eq!(category_of(log), Category::ServerError);
    assert_eq!(software_of(log).as_deref(), Some("zonemta"));
}

/// A list program or forum that stops sending to an address because of its bounces suppresses
/// it on its own side: Mailman 2's disabled.txt notice and Discourse's skipped-email reason.
#[test]
fn list_software_bounce_suppressions_are_suppressed() {
    assert_all_read(
        &[
            // Mailman 2 templates/en/disabled.txt
            // (https://github.com/terencehonles/mailman/blob/586d9bddbf2c3ba3716da3468da458a66c86d2a1/templates/en/disabled.txt)
            "Your membership in the mailing list %(listname)s has been disabled due\nto excessive bounces.  You will not get any more messages from this\nlist until you re-enable your membership.",
            // Discourse's SkippedEmailLog reason exceeded_bounces_limit, as its admin log shows it
            // (https://meta.discourse.org/t/unrevoke-email-and-logging-of-non-sent-messages-for-revoked-email/174209).
            "Exceeded bounce_score_threshold",
        ],
        Category::Suppressed,
        Outcome::Permanent,
    );
    assert_eq!(software_of("Exceeded bounce_score_threshold").as_deref(), Some("discourse"));
}

/// Bounces that list owners get: unknown addresses, domains that do not resolve.
#[test]
fn list_owners_bounces_name_the_unknown_address() {
    assert_all_read(
        &[
            // LISTSERV notice quoting the domain-map refusal (https://its.uiowa.edu/support/article/3958).
            "Possible delivery error .... email address lookup in domain map failed",
            "Possible delivery error .... User unknown",
            // Exim bounce read by a Sendy bounce script (https://github.com/ircf/sendy_smtp_bounce/issues/5).
            "SMTP error from remote mail server after RCPT TO:<bouncetest@tribulant.com>:\n    550 No such person at this address.",
            // Mailtrain v2 over nodemailer (https://github.com/Mailtrain-org/mailtrain/issues/790).
            "ERR! Senders Sending message to 1:8 failed with error: Can't send mail - all recipients were rejected: 550 5.1.1 <no-existing@example.com>: Recipient address rejected: User unknown in virtual mailbox table.",
            // Exchange NDR in Mautic's monitored inbox (https://github.com/mautic/mautic/issues/5780).
            "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
        ],
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    // Postfix relaying Mautic's mail to a domain with no host (https://github.com/mautic/mautic/issues/435).
    assert_reads(
        "May 19 12:27:03 mautic postfix/smtp[8445]: C6870729E: to=<fake.lead@nonexistent.test>, relay=none, delay=0.49, delays=0.4/0.01/0.09/0, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=nonexistent.test type=AAAA: Host not found)",
        Category::DomainUnknown,
        Outcome::Permanent,
    );
}

/// A refusal whose only cause is an unnamed "blacklisted" host reads as a public list
/// (LABELS.md §1 Q2), LISTSERV's error monitoring report quoting the subscriber's MX
/// (http://lists.mailscanner.info/pipermail/mailscanner/2001-October/000189.html).
#[test]
fn an_unnamed_blacklisting_is_a_blocklist() {
    assert_reads(
        "Last error: Mailer said: \"550 mail from\n                   rejected: administrative prohibition\n                            (host is blacklisted)\"",
        Category::SenderBlocklisted,
        Outcome::Permanent,
    );
}

/// Failures of the list host itself, and of the sender's own login.
#[test]
fn list_hosts_and_senders_own_failures() {
    // Postfix's 4.3.0 "mail transport unavailable" (deliver_pass.c): a failure inside the mail
    // system, seen in Mailman bounce notices
    // (http://www.python.org/pipermail/mailman-users/2014-June/077255.html).
    assert_reads("4.3.0 mail transport unavailable", Category::ServerError, Outcome::Temporary);
    assert_eq!(software_of("4.3.0 mail transport unavailable").as_deref(), Some("postfix"));
    // Sympa's queue program called with the wrong arguments (https://github.com/sympa-community/sympa/issues/1349).
    assert_reads(
        "Remote Server returned '554 5.3.0 < #5.3.0 x-unix; /usr/libexec/sympa/queue: usage error, one one list-name argument expected.>'",
        Category::ServerError,
        Outcome::Permanent,
    );
    // Keila over gen_smtp: the login refused (https://github.com/pentacent/keila/issues/314).
    assert_reads(
        r#"[warning] Failed sending email to user@example.com for campaign nmc_G4LyxgjB: {:no_more_hosts, {:permanent_failure, ~c"mail.example.com", :auth_failed}}"#,
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // listmonk: the connection to the relay broke (https://github.com/knadh/listmonk/issues/2307).
    assert_reads(
        "error sending message in campaign База Интернет-магазинов часть 2 (notissimus.com): subscriber 20419: write tcp 172.22.47.2:34430->5.8.75.169:1127: write: broken pipe",
        Category::NetworkError,
        Outcome::Temporary,
    );
    // Sympa subscriber's DSN with a bare policy refusal (https://github.com/sympa-community/sympa/issues/1166).
    assert_reads(
        "Final-Recipient: rfc822; xxxx@yyyy.fr\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 Policy reason",
        Category::PolicyRejected,
        Outcome::Permanent,
    );
}

/// Words that tell the outcome without a code: a sender that has given up, a delay notice.
#[test]
fn give_up_and_delay_wording_tell_the_outcome() {
    // An undeliverable notice a Sendy sender got through Amazon SES
    // (https://sendy.co/forum/discussion/comment/2175).
    let gave_up = "Delivery failed to xxxxxxx@domain.com.\nAn error occurred while trying to deliver this message to the recipient's email\naddress. We will not try to redeliver this message for you.";
    assert_eq!(smtp_explain::explain(gave_up).outcome, Outcome::Permanent);
    // A delay notice's subject reaching a Sympa list's -owner address
    // (https://github.com/sympa-community/sympa/issues/397).
    assert_eq!(smtp_explain::explain("Delivery delayed:[«listname»] «subject of mail»").outcome, Outcome::Temporary);
}

/// Notes of the list programs' bounce processors that tell no delivery's fate stay unknown:
/// Mailman 2's "Uncaught bounce notification", ezmlm's warning, listmonk and Sympa logs.
#[test]
fn bounce_processor_notes_name_no_cause() {
    assert_all_read(
        &[
            // Mailman 2 Mailman/Queue/BounceRunner.py (maybe_forward)
            // (https://github.com/jurov/gnu-mailman/blob/1355bcecbf14107106cb468c14637d88f6c787c9/Mailman/Queue/BounceRunner.py).
            "The attached message was received as a bounce, but either the bounce format\nwas not recognized, or no member addresses could be extracted from it.  This\nmailing list has been configured to send all unrecognized bounce messages to\nthe list administrator(s).",
            // listmonk (https://github.com/knadh/listmonk/issues/2225, /589).
            "2024/12/27  bounced subscriber ( / ) not found",
            "bounce.go:139: error scanning bounce mailbox: unknown response. Neither -ERR, nor +OK",
        ],
        Category::Unknown,
        Outcome::Unknown,
    );
}

/// Mandrill's invalid-sender rejection refuses the sender (https://github.com/bevacqua/campaign/issues/5),
/// also as Go's Mandrill client prints it (https://github.com/Clever/http-science/pull/20).
#[test]
fn mandrill_invalid_sender_is_the_sender_refused() {
    let go = r#"Status:"rejected", RejectionReason:"invalid-sender""#;
    assert_reads(go, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(go).as_deref(), Some("mandrill"));
    let text = r#"null[{"email":"someone@gmail.com","status":"rejected","_id":"abb52466555d416896a65fb8c35b6361","reject_reason":"invalid-sender"}]"#;
    assert_reads(text, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("mandrill"));
}

/// Ghost's Mailgun provider logs "Sent message (<ms>ms)" once Mailgun accepted the batch
/// (ghost/email-service/lib/MailgunEmailProvider.js; the log line from
/// https://github.com/TryGhost/Ghost/issues/16869).
#[test]
fn ghosts_sent_message_log_is_a_success() {
    assert_reads("[2023-05-25 11:27:52] INFO Sent message (223ms)", Category::Delivered, Outcome::Success);
}

/// No row of this round whose source tells a failure reads as a success.
#[test]
fn no_failure_of_this_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr29-s20.jsonl"));
}
