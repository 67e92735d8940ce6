//! Bounce notices and replies of hosting companies and regional mail systems (German, Swiss,
//! Japanese and Chinese hosts), as their help pages and their customers' issues quote them
//! (round fr34, session 20; tests/corpus/dev-fr34-s20.jsonl). Each text is quoted from the page
//! named beside it; the expected values are read from that page and tests/corpus/LABELS.md,
//! never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A recipient's server that says the account exists but was switched off by its administrator:
/// a disabled mailbox, not an unknown one, whatever the catch-all 5.1.1 beside the words.
#[test]
fn an_administratively_disabled_account_is_a_disabled_mailbox() {
    // Infomaniak's guide to error reports, its example Postfix bounce.
    let text = "This is the mail system at host smtp-1-1234.mail.infomaniak.ch.\n\
        I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.\n\
        The mail system anna.a@abc.xyz: host mxbw-abc-xyz.abc-ab12.abc.ch[123.456.789.00] said: 550 5.1.1\n\
        anna.a@abc.xyz recipient rejected, account administratively disabled (in reply to RCPT TO command)";
    assert_reads(text, Category::MailboxDisabled, Outcome::Permanent);
    assert_reads(
        "550 5.1.1 <anna.a@abc.xyz> recipient rejected, account administratively disabled",
        Category::MailboxDisabled,
        Outcome::Permanent,
    );
}

/// Alibaba Cloud DirectMail's own refusals (its return-code list): it suppresses spam-trap
/// recipients itself, restricts its customer's account, and cannot reach a host without MX.
#[test]
fn directmails_own_refusals() {
    // https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions
    let honeypot = "561 Honeypot rcptto [@out060104]";
    assert_reads(honeypot, Category::Suppressed, Outcome::Permanent);
    assert_eq!(provider_of(honeypot).as_deref(), Some("aliyun"));
    assert_reads("551 Main account unavailable", Category::SenderAccountBlocked, Outcome::Permanent);
    assert_reads("427 Socks Connect to UNREACHABLE host", Category::NetworkError, Outcome::Temporary);
    // https://alibabacloud.com/help/tc/direct-mail/user-guide/summary-of-common-email-return-codes-and-solutions
    assert_reads("556 The number of RCPTs is over size", Category::TooManyRecipients, Outcome::Permanent);
    assert_reads(
        "436 \"MAIL FROM\" doesn't conform with authentication [@sm060104] (Auth Account:service1@example.com|Mail Account:service2@example.com)",
        Category::SenderRejected,
        Outcome::Temporary,
    );
}

/// Ruby's net-smtp names the reply class in its exception: SMTPServerBusy is only raised for a
/// 4xx reply, so an app's log of the class and the words without the code is still temporary.
#[test]
fn rubys_server_busy_class_is_a_temporary_failure() {
    // hitobito issue 4467 (a Swiss host's Postfix, reject_unknown_recipient_domain).
    assert_reads("Net::SMTPServerBusy - Recipient address rejected: Domain not found", Category::DomainUnknown, Outcome::Temporary);
    // hitobito issue 3886, with the code.
    assert_reads(
        "450 4.1.2 <REDACTED_EMAIL@REDACTED_DOMAIN>: Recipient address rejected: Domain not found (Net::SMTPServerBusy)",
        Category::DomainUnknown,
        Outcome::Temporary,
    );
}

/// Hosts' error-code pages quoting the usual replies: relaying refused, storage used up,
/// an unknown host, a blocklist refusal, a per-domain sending limit.
#[test]
fn hosting_help_pages_replies() {
    // dogado.de/email/features/fehlercodes
    assert_reads("550 Relay not permitted", Category::RelayDenied, Outcome::Permanent);
    assert_reads("552 Requested mail action aborted: exceeded storage allocation", Category::MailboxFull, Outcome::Permanent);
    // jetb.co.jp/errormail
    assert_reads("550 Relaying Denied", Category::RelayDenied, Outcome::Permanent);
    assert_reads("550 Host unknown", Category::DomainUnknown, Outcome::Permanent);
    // docs.gandi.net: Postfix's reject_rbl_client template with a custom tail (Spamhaus CBL).
    assert_reads(
        "554 5.7.1 Service unavailable; Client host [xxx.xxx.xxx.xxx] blocked you may be infected",
        Category::SenderBlocklisted,
        Outcome::Permanent,
    );
    // A German host's KB: cPanel Exim's hourly limit on a domain's failed and deferred mail.
    let exim = "This message was created automatically by mail delivery software.\n\
        A message that you sent could not be delivered to one or more of its\n\
        recipients. This is a permanent error. The following address(es) failed:\n\
        Ihr@empfaenger.de\n\
        Domain Ihre_Domain.de has exceeded the max defers and failures per hour (5/5 (38%)) allowed. Message discarded.";
    assert_reads(exim, Category::RateLimited, Outcome::Permanent);
    assert_eq!(software_of(exim).as_deref(), Some("exim"));
}

/// The providers' own submission hosts name them: IONOS's documented header refusal, Strato's
/// greeting without service.
#[test]
fn submission_hosts_name_their_provider() {
    // magepal/magento2-gmail-smtp-app issue 175: IONOS documents id=2425 c=hd as headers that
    // break RFC 5322, so the case code decides over the generic words.
    let ionos =
        "Transaction failed Reject due to policy restrictions. For explanation visit https://www.ionos.com/help/index.php?id=2425&c=hd";
    assert_eq!(category_of(ionos), Category::MessageFormat);
    assert_eq!(provider_of(ionos).as_deref(), Some("ionos"));
    // evertramos/docker-nextcloud-letsencrypt issue 20.
    let strato = "Expected response code 220 but got code \"421\", with message \"421 smtp.strato.de : No SMTP service (MBL-B)\"";
    assert_eq!(provider_of(strato).as_deref(), Some("strato"));
    assert_eq!(category_of(strato), Category::ServerUnavailable);
}

/// No failure of this round's corpus reads as a success.
#[test]
fn no_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr34-s20.jsonl"));
}
