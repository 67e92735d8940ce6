//! Fresh texts of every kind from round fr11 (session 19): regional hosts (inbox.lv, Infomaniak,
//! Hostinger, louhi.fi), Postini, JavaMail, fetchmail, OpenSMTPD, Kerio, Odoo and others
//! (tests/corpus/dev-fr11-s19.jsonl; rules in src/data/knowledge/phrases.tsv, software.tsv,
//! markers.tsv, outcomes.tsv). Each text is quoted from the page named beside it; the expected
//! values are read from that page and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Postini (psmtp) words its deferrals and refusals in a fixed family: a session with the
/// customer's server that broke off is a network failure, retried; a sender held to be a spam
/// source is refused for its standing, not for the message (LABELS.md §1 Q1/Q3).
#[test]
fn postinis_fixed_texts_name_their_causes() {
    // https://www.hostdepot.com/index.php/knowledgebase/77/451-Failed-in-remote-data---psmtp.html
    let text = "451 Failed in remote data - psmtp";
    assert_reads(text, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("google"));
    // http://cms.orlinpilot.com/index.php?/Knowledgebase/Article/View/22/0/451-cant-connect-to-domaincom---psmtp
    assert_reads("451 Can't connect to - psmtp", Category::NetworkError, Outcome::Temporary);
    // https://blog.mxtoolbox.com/2011/09/
    let text = "571 spam source blocked – psmtp";
    assert_reads(text, Category::SenderReputation, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("google"));
}

/// A relay that will not try an address again because it hard-bounced before keeps a
/// suppression list; the mailbox itself was not judged anew.
#[test]
fn a_previously_hard_bounced_address_is_suppressed() {
    // https://github.com/yegor256/netbout/issues/736
    assert_reads(
        "javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550  previously hard-bounced",
        Category::Suppressed,
        Outcome::Permanent,
    );
}

/// A submission server's per-account limits are a count of this sender's mail (LABELS.md §2 Q3),
/// not a first-time deferral, though the reply ends "try again later".
#[test]
fn exceeded_account_limits_are_a_rate_limit() {
    // https://github.com/eclipse-ee4j/angus-mail/issues/160
    assert_reads(
        "'Invalid Addresses' (3x caused by later): 471 4.7.1 <valid@mail.com>: The limits for your account are exceeded. Please try again later.",
        Category::RateLimited,
        Outcome::Temporary,
    );
    // fetchmail handing fetched mail to a local MTA that limits it, https://github.com/kvaps/docker-kolab/issues/12
    let text = "fetchmail: SMTP error: 451 4.7.1 Rate limit exceeded";
    assert_reads(text, Category::RateLimited, Outcome::Temporary);
    assert_eq!(software_of(text).as_deref(), Some("fetchmail"));
}

/// A filter rule on the message's headers is a content rule; Infomaniak's guide lists the
/// wording, links and attachment types it looks for. The text names no provider (LABELS.md §4).
#[test]
fn a_headers_rule_filter_is_a_content_policy() {
    // https://www.infomaniak.com/de/support/faq/admin2/webmail?i=5
    let text = "5.7.0 AV: Message is rejected by headers rule filter.. 554 Please check the message and try again";
    assert_reads(text, Category::ContentPolicy, Outcome::Permanent);
    assert_eq!(provider_of(text), None);
    assert_reads("Spam Message Rejected", Category::SpamContent, Outcome::Permanent);
}

/// A sending service blocking its own customer's sender after abuse: the fix is in the sender's
/// account there (LABELS.md §5).
#[test]
fn a_smarthosts_abuse_block_is_the_senders_account() {
    // https://jetemail.com/docs/outbound/smtp-error-codes/550-5.7.1-[ABUSE]-Sender-blocked
    assert_reads("550 5.7.1 [ABUSE] Sender blocked", Category::SenderAccountBlocked, Outcome::Permanent);
}

/// Malformed input from the client: an address that is no address (what the sender wrote,
/// the X.1.3 reading) and a dialogue the server calls a protocol deviation.
#[test]
fn malformed_addresses_and_protocol_deviations() {
    // https://manuals.gfi.com/en/kerio/mykerio/content/troubleshooting/receiving-emails-via-mykerio-notification-service-does-not-work-1812.html
    let text = "[07/Aug/201815:27:00] {MyKerio} Operation failed Recipient asmith@example.local: Email address format is not valid.";
    assert_reads(text, Category::MessageFormat, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("kerio"));
    // https://github.com/Marak/node_mailer/issues/59
    assert_eq!(category_of("Server responded with 550 esmtp: protocol deviation"), Category::ProtocolSyntax);
    // OpenSMTPD's reply to commands sent ahead without PIPELINING, https://github.com/nextcloud/server/issues/1596
    assert_reads("500 5.5.1 Invalid command: Pipelining not supported", Category::ProtocolSequence, Outcome::Permanent);
}

/// Wording that only one program writes names that program.
#[test]
fn program_markers_of_the_sample() {
    // Postfix reject_unverified_recipient, https://github.com/Mailu/Mailu/issues/1077
    let text = "450 4.1.1 <xxx@xxx>: Recipient address rejected: unverified address: Address lookup failure";
    assert_eq!(software_of(text).as_deref(), Some("postfix"));
    assert_eq!(explain(text).outcome, Outcome::Temporary);
    // Exchange's NDR sentence for 5.7.1 around inbox.lv's inactive-mailbox refusal, http://help.inbox.qa/question/148/31
    let text = "You do not have permission to send to this recipient. For assistance, contact your system administrator.\n                 < server #5.7.1 smtp;554 5.7.1 rejected: Inactive user>";
    assert_reads(text, Category::MailboxDisabled, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("exchange"));
    // Odoo's reason for a mail with no recipients left: nothing is retried, https://github.com/odoo/odoo/issues/14135
    let text = "Error without exception. Probably due do sending an email without computed recipients.";
    assert_eq!(software_of(text).as_deref(), Some("odoo"));
    assert_eq!(explain(text).outcome, Outcome::Permanent);
}

/// Hostinger's outgoing servers name themselves under hostinger.io; the refusal of a From
/// address the login does not own is the sender's (LABELS.md §1 Q5).
#[test]
fn hostingers_submission_refusal_names_hostinger() {
    // https://github.com/RamonSilva20/mapos/issues/1283
    let text = "ERROR - 2021-02-26 14:11:03 --> 220 ESMTP smtp.hostinger.com\nhello: 250-nl-srv-smtpout1.hostinger.io\nstarttls: 220 2.0.0 Ready to start TLS\nhello: 250-nl-srv-smtpout1.hostinger.io\nfrom: 250 2.1.0 Ok\nto: 553 5.7.1 andre_guilherme@msn.com: Sender address rejected: not owned by user teste@andrehoffmann.website\nThe following SMTP error was encountered: 553 5.7.1 andre_guilherme@msn.com: Sender address rejected: not owned by user teste@andrehoffmann.website\nquit: 221 2.0.0 Bye\nUnable to send email using PHP SMTP. Your server might not be configured to send mail using this method.";
    assert_reads(text, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("hostinger"));
}

/// Connection failures without a reply code are failed for now (LABELS.md §3).
#[test]
fn connection_failures_of_the_sample_are_temporary() {
    assert_all_read(
        &[
            // https://github.com/pop-os/pop/issues/447
            "Account provider: GEARY_SERVICE_PROVIDER_OTHER\nService type: GEARY_PROTOCOL_IMAP\nService host: mail.tecnico.ulisboa.pt\nError type: GIOError 38\nMessage: Could not connect to mail.tecnico.ulisboa.pt: Network is unreachable",
            // https://github.com/mpaperno/spampd/issues/25
            "spampd[1944]: WARNING!! Error in process_request eval block: /usr/sbin/spampd: socket connect failure: Connection refused",
            // https://github.com/knadh/listmonk/issues/71
            "Error sending test: write tcp 172.19.0.5:57172->xx.xxx.xxx.xx:587: write: broken pipe",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// No row of the fr11 sample whose source tells a failure reads as a success.
#[test]
fn no_failure_of_the_fr11_sample_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr11-s19.jsonl"));
}

/// fetchmail's syslog form with its process id names fetchmail, not the PHP library whose
/// wording ("SMTP error:") it shares.
#[test]
fn fetchmails_syslog_form_names_fetchmail() {
    // https://github.com/hardware/mailserver/issues/276
    let text = "fetchmail[5616]: SMTP error: 553 5.7.1 <sender@myserver.xxx>: Sender address rejected: not logged in";
    assert_reads(text, Category::AuthRequired, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("fetchmail"));
}
