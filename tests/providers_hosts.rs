//! Web hosts' and hosted-mail services' own refusal, deferral and limit texts (round hs, session
//! 18, src/data/knowledge/phrases.tsv and markers.tsv; round fr34, session 20: hosting companies'
//! and regional mail systems' notices). Each text is quoted from the page named beside it; the
//! expected category, provider and outcome are read from that page and tests/corpus/LABELS.md,
//! never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A failure must never read as delivered.
#[track_caller]
fn assert_failure(text: &str, category: Category) {
    let e = explain(text);
    assert_eq!(e.category.id, category, "{text}");
    assert_ne!(e.outcome, Outcome::Success, "{text}");
}

/// A host's limit on its own customer's outgoing mail is a count of the sender's mail
/// (LABELS.md §2 Q3), not a full mailbox, although the hosts call it a "quota".
#[test]
fn a_hosts_sending_quota_is_a_rate_limit_not_a_full_mailbox() {
    for text in [
        // DreamHost, SMTP quota overview: the rejection notice past 100 recipients an hour.
        // https://help.dreamhost.com/hc/en-us/articles/215730467-SMTP-quota-overview
        "Policy Rejection- Quota Exceeded",
        "Policy Rejection—Quota Exceeded",
        // AwardSpace: its messages-per-period limit was reached.
        // https://www.awardspace.com/kb/message-count-quota-exceeded/
        "Message count quota exceeded",
        // Gandi's postmaster page: its limit on authenticated submissions. https://postmaster.gandi.net/
        "sasl_rate_limit per %",
    ] {
        assert_failure(text, Category::RateLimited);
    }
    // Bluehost's bounce table: several mails sent in one session, over its limit.
    // https://www.bluehost.com/help/article/what-does-my-email-bounce-mean
    assert_reads("SMTP 550 (\"fromemail\" max messages per session)", Category::RateLimited, Outcome::Permanent);
    assert_eq!(provider_of("sasl_rate_limit per %").as_deref(), Some("gandi"));
}

/// Bluehost's tags: GL/GL is a greylisting recipient account (LABELS.md §2 Q2, a provider's
/// documented text), GL/BL a recipient who blacklisted the sender (§1 Q5).
/// https://www.bluehost.com/help/article/what-does-my-email-bounce-mean
#[test]
fn bluehosts_greylisting_and_blacklisting_tags() {
    assert_reads("SMTP 452 (\"toemail\" requested action aborted: try again later - GL/GL)", Category::Greylisted, Outcome::Temporary);
    assert_reads("SMTP 550 (\"toemail\" recipient rejected GL/BL)", Category::SenderRejected, Outcome::Permanent);
}

/// Gandi's "Reject for policy reason. RULEn_m": the rule code names the filter (§General 1: a
/// provider's documented code decides over its template sentence). https://postmaster.gandi.net/
#[test]
fn gandis_rule_codes_name_the_filter_that_refused() {
    assert_failure("Reject for policy reason. RULE1_1", Category::VirusDetected);
    for text in [
        "Reject for policy reason. RULE2_1",
        "Reject for policy reason. RULE2_2",
        "Reject for policy reason. RULE3_1",
        "Reject for policy reason. RULE3_2",
    ] {
        assert_failure(text, Category::SpamContent);
        assert_eq!(provider_of(text).as_deref(), Some("gandi"), "{text}");
    }
    // A client host Gandi blocks because it looks infected: its own rule, no public list (§1 Q4).
    assert_failure("blocked you maybe infected", Category::SenderIpBlocked);
}

/// MXroute's automated blocks refuse the connecting IP with a 554 for hours (§1 Q4), and its
/// admins ban sending or recipient addresses.
/// https://docs.mxroute.com/docs/troubleshooting/smtp-blocks.html
/// https://docs.mxroute.com/docs/troubleshooting/blocked-addresses.html
#[test]
fn mxroutes_ip_blocks_and_address_bans() {
    for text in [
        "Your IP is sending excessive rejected recipients. Please contact support.",
        "Your IP is generating excessive authentication failures. Please contact support.",
        "Your IP address is flooding our SMTP server with abusive requests, please contact support.",
        "Your IP is sending excessive rejected messages. Please contact support.",
    ] {
        assert_failure(text, Category::SenderIpBlocked);
        assert_eq!(provider_of(text).as_deref(), Some("mxroute"), "{text}");
    }
    assert_failure("Your sending address has been blocked by admins", Category::SenderRejected);
    assert_failure("Your recipient address has been blocked by admins", Category::PolicyRejected);
    assert_eq!(provider_of("Your sending address has been blocked by admins").as_deref(), Some("mxroute"));
}

/// A host stopping its own customer's sending is the customer's account restriction (LABELS.md §5).
#[test]
fn a_host_restricting_its_customers_sending_is_an_account_block() {
    // Rackspace's notice to the account administrator. https://www.3plains.com/help/aup-email-policy/
    let rackspace = "Attention: Rackspace Account Administrator\n\nWe have blocked the following email, which was sent from one of the email accounts for which you are listed as the administrator:\n\nThis email was blocked and not delivered in compliance with the bulk mail restrictions as outlined in our Acceptable Use Policy (AUP).";
    assert_failure(rackspace, Category::SenderAccountBlocked);
    assert_eq!(provider_of(rackspace).as_deref(), Some("rackspace"));
    // A cPanel host's Exim log, the domain suspended after its rate-limit hits. https://pastebin.com/cVhrByU6
    assert_failure(
        "2015-06-08 23:47:10 H=([192.168.1.2]) [197.38.14.35]:1908 rejected DATA: This domain is temporarily suspended from sending out mail [ Authenticated ID: info@monacointerior.com ]",
        Category::SenderAccountBlocked,
    );
}

/// Replies that name the host that refused: Infomaniak's gateway naming the Abusix zone (§1 Q2),
/// Fastmail's MX refusing a bare sender (§1 Q5).
#[test]
fn replies_name_the_host_that_refused() {
    // https://github.com/thunderbird/mailstrom/issues/251
    let infomaniak = "<MYEMAIL@etik.com> (host 'mta-gw.infomaniak.ch' rejected command 'DATA' with code 554 (5.7.1) 'Service unavailable; Client host [5.60.96.8] blocked using xxx.combined.mail.abusix.zone; https://lookup.abusix.com/search?q=5.60.96.8')";
    assert_reads(infomaniak, Category::SenderBlocklisted, Outcome::Permanent);
    assert_eq!(provider_of(infomaniak).as_deref(), Some("infomaniak"));
    // https://github.com/jimkang/knowledge/blob/master/email.md
    let fastmail = "Jul 21 21:04:00 smallcatlabs-disruption-pod postfix/smtp[19654]: 42AE5DF3AD: to=<jimkang@fastmail.com>, relay=in1-smtp.messagingengine.com[66.111.4.72]:25, delay=1.1,delays=0.02/0.01/1.1/0.02, dsn=5.5.2, status=bounced (host in1-smtp.messagingengine.com[66.111.4.72] said: 504 5.5.2 <root@smallcatlabs-disruption-pod>: Sender address rejected: need fully-qualified address (in reply to RCPT TO command))";
    assert_reads(fastmail, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(fastmail).as_deref(), Some("fastmail"));
}

// Round fr34 (session 20): hosting companies' and regional mail systems' notices (Infomaniak, DirectMail, IONOS, Strato, dogado, Gandi; Ruby's net-smtp classes).

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
