//! Round fr21 (session 19): texts from self-hosted apps' and newsletter tools' issue threads
//! (listmonk, Mautic, Alertmanager, Ghost with Mailgun, Zammad, Synapse, Vaultwarden) and the
//! Amazon SES blog. Each text is quoted from the page named beside it; the expected values are
//! read from that page and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A count of this sender's mail (LABELS §2 Q3) names the cause over the X.3.0 catch-all.
#[test]
fn a_providers_daily_count_is_a_rate_limit() {
    // knadh/listmonk#789 (Infomaniak's SMTP, its FAQ 2065 linked in the reply).
    let text = "2022/04/28 14:38:01error sending message in campaign [REDACTED]: subscriber \
                2572b6a1-3e78-4d9e-9494-ffcb2d9533a7: 451 4.3.0 You have reached the maximum number of \
                sent emails within a 24-hours period. For more information: https://faq.infomaniak.com/2065";
    assert_reads(text, Category::RateLimited, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("infomaniak"));

    // https://aws.amazon.com/blogs/messaging-and-targeting/what-happens-when-you-reach-your-sending-limits/
    for text in ["ThrottlingException – Daily message quota exceeded", "ThrottlingException – Maximum sending rate exceeded"] {
        assert_eq!(category_of(text), Category::RateLimited, "{text}");
        assert_eq!(provider_of(text).as_deref(), Some("amazon_ses"), "{text}");
    }
}

/// Alertmanager's own sign-in errors (prometheus/alertmanager notify/email/email.go) and Go
/// net/smtp's PlainAuth check (auth.go).
#[test]
fn alertmanagers_and_go_net_smtps_sign_in_errors() {
    // prometheus/alertmanager#2051: the server offers only NTLM (LABELS §5: a mechanism the
    // client knows is missing).
    assert_reads("find auth mechanism: unknown auth mechanism: NTLM", Category::NotImplemented, Outcome::Permanent);
    // prometheus/alertmanager#1721: no password configured for the offered mechanisms.
    assert_eq!(
        category_of(
            "level=error ts=2019-01-23T15:49:04.898510015Z caller=notify.go:332 component=dispatcher \
             msg=\"Error on notify\" err=\"missing password for PLAIN auth mechanism; missing password \
             for LOGIN auth mechanism\""
        ),
        Category::AuthFailed
    );
    // prometheus/alertmanager#1174: PlainAuth's host differs from the server's name.
    let text = "level=error ts=2018-01-02T06:48:12.366058027Z caller=notify.go:303 component=dispatcher \
                msg=\"Error on notify\" err=\"*smtp.plainAuth failed: wrong host name\"";
    assert_reads(text, Category::TlsFailed, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("go_net_smtp"));
    // prometheus/alertmanager#1358: Go will not send PLAIN without TLS.
    assert_eq!(
        category_of(
            "level=error ts=2018-05-03T03:18:35.632974975Z caller=dispatch.go:266 component=dispatcher \
             msg=\"Notify for alerts failed\" num_alerts=2 err=\"*smtp.plainAuth failed: unencrypted connection\""
        ),
        Category::TlsRequired
    );
    // prometheus/alertmanager#355: an on-premises Exchange server wants a login first.
    assert_reads("530 5.7.1 Client was not authenticated", Category::AuthRequired, Outcome::Permanent);
}

/// Mailgun restricting its own customer (LABELS §5) against its per-window recipient cap.
#[test]
fn mailguns_account_refusals_and_its_recipient_cap() {
    // TryGhost/Ghost#20599.
    let text = "EmailError: Forbidden: Domain m.iconic99s.com is not allowed to send: Account Terminated";
    assert_reads(text, Category::SenderAccountBlocked, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("mailgun"));
    // mailgun/mailgun-java#50 (HTTP 420, "try again after").
    let text = "feign.FeignException$FeignClientException: [420 status code 420] during [POST] to \
                [https://api.mailgun.net/v3/mail.cslpay.io/messages] [MailgunMessagesApi#sendMessage(String,Message)]: \
                [{\"message\":\"Domain mail.cslpay.io is not allowed to send: recipient limit exceeded, try again \
                after Mon, 25 Aug 2025 07:00:31 UTC\"}";
    assert_reads(text, Category::RateLimited, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("mailgun"));
}

/// A relay refusing an address it keeps on its list of known bouncers (mautic/mautic#10162).
#[test]
fn a_relays_known_to_bounce_list_is_a_suppression() {
    assert_reads(
        "554 5.7.1 : Recipient address rejected: policy rejection: mark@srvapor.eco.br: recipient is known \
         to bounce; see https://www.hostnet.com.br/info/recipient-is-known-to-bounce/",
        Category::Suppressed,
        Outcome::Permanent,
    );
}

/// Dropped connections and timeouts with no reply code are network errors, temporary (LABELS §3).
#[test]
fn dropped_connections_are_temporary_network_errors() {
    assert_all_read(
        &[
            // knadh/listmonk#62 (the maintainer: EOF is the SMTP connection lost).
            "2020/02/14 18:48:37 manager.go:246: error sending message in campaign Test 1: EOF",
            // chatwoot/chatwoot#8227, osunyorg/admin#2742 (Ruby's read timeout on the SMTP socket).
            "Net::ReadTimeout: Net::ReadTimeout with #Socket:(closed)",
            "Net::ReadTimeout with #<TCPSocket:(closed)>",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// No row of this round whose source tells a failure reads as a success.
#[test]
fn no_failure_of_round_fr21_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr21-s19.jsonl"));
}
