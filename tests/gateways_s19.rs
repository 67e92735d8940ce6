//! Mail security gateways' own reject and defer texts (session 19, round gw3): Mimecast's numbered
//! reasons, Symantec Email Security.cloud (MessageLabs) replies from Broadcom's knowledge base,
//! Trend Micro InterScan Messaging Security. Each text is quoted from the source named beside it;
//! the expected category, provider and outcome are read from that source and
//! tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Mimecast's SMTP error code list
/// (https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes,
/// its codes and reasons as https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb
/// lists them): the recipient domain's MX points at a Mimecast host that takes no inbound mail,
/// so the recipient's own DNS is at fault.
#[test]
fn mimecasts_wrong_inbound_hostname_is_the_receivers_misconfiguration() {
    let deferred = "451 the incorrect hostname used for inbounds";
    let refused = "550 the incorrect hostname used for inbounds";
    assert_reads(deferred, Category::ReceiverMisconfigured, Outcome::Temporary);
    assert_reads(refused, Category::ReceiverMisconfigured, Outcome::Permanent);
    assert_eq!(provider_of(deferred).as_deref(), Some("mimecast"));
    assert_eq!(provider_of(refused).as_deref(), Some("mimecast"));
}

/// Mimecast's account limits on concurrent connections (same list): too many inbound connections
/// for the account ("Account service is temporarily unavailable", default 20) and too many
/// outbound ones ("Exceeding outbound thread limit") are counts of the sender's own traffic
/// (LABELS.md §2 Q3), not a server that is down.
#[test]
fn mimecasts_connection_limits_are_rate_limits() {
    let inbound = "451 account service is temporarily unavailable";
    let outbound = "550 exceeding outbound thread limit";
    assert_reads(inbound, Category::RateLimited, Outcome::Temporary);
    assert_reads(outbound, Category::RateLimited, Outcome::Permanent);
    assert_eq!(provider_of(inbound).as_deref(), Some("mimecast"));
    assert_eq!(provider_of(outbound).as_deref(), Some("mimecast"));
    // Mimecast at full load (same list): the server as a whole, §2 Q4.
    let load = "451 unable to process connection at this time";
    assert_reads(load, Category::ServerUnavailable, Outcome::Temporary);
    assert_eq!(provider_of(load).as_deref(), Some("mimecast"));
}

/// Mimecast's Blocked Senders policies refuse the sender (LABELS.md §1 Q5), in the dashless
/// form of "Administrative prohibition - envelope blocked" too (same list).
#[test]
fn mimecasts_blocked_senders_texts_refuse_the_sender() {
    let texts = [
        "550 administrative prohibition envelope blocked",
        "550 rejected by header-based manually blocked senders - block for manual block",
        "550 rejected by header-based blocked senders - block policy for header from",
        "550 envelope rejected - block policy for envelope from address",
    ];
    assert_all_read(&texts, Category::SenderRejected, Outcome::Permanent);
    for text in texts {
        assert_eq!(provider_of(text).as_deref(), Some("mimecast"), "{text}");
    }
}

/// Mimecast's other documented reasons (same list), each read from its description there.
#[test]
fn mimecasts_other_reasons() {
    assert_reads("451 open relay not allowed", Category::RelayDenied, Outcome::Temporary);
    assert_reads("451 account inbounds disabled", Category::ReceiverMisconfigured, Outcome::Temporary);
    assert_reads("550 anti-spoofing policy - inbound not allowed", Category::SenderAuthentication, Outcome::Permanent);
    assert_reads("550 message bounced due to content examination policy", Category::ContentPolicy, Outcome::Permanent);
    assert_reads("554 host network not allowed", Category::SenderIpBlocked, Outcome::Permanent);
    assert_reads("553 this route requires encryption (tls)", Category::TlsRequired, Outcome::Permanent);
    assert_reads("554 maximum email size exceeded", Category::MessageTooLarge, Outcome::Permanent);
    assert_reads("550 local ct ip reputation - (reject)", Category::SenderReputation, Outcome::Permanent);
    assert_reads("451 ip temporarily blacklisted", Category::RateLimited, Outcome::Temporary);
    assert_eq!(provider_of("554 host network not allowed").as_deref(), Some("mimecast"));
}

/// Symantec Email Security.cloud's own replies, as Broadcom's knowledge base documents them
/// (listed with their articles in
/// https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb).
#[test]
fn symantec_email_security_cloud_replies() {
    // KB 164955: the sending IP has a negative reputation with Symantec.
    let reputation = "501 Connection rejected by policy [7.7] 20805, please visit www.messagelabs.com/support for more details about this error message.";
    assert_reads(reputation, Category::SenderReputation, Outcome::Permanent);
    assert_eq!(provider_of(reputation).as_deref(), Some("symantec"));
    // KB 165165: the IP is in the Spamhaus PBL, a public list (LABELS.md §1 Q2).
    assert_reads(
        "553-mail rejected because your IP is in the PBL. See http://www.spamhaus.org/pbl",
        Category::SenderBlocklisted,
        Outcome::Permanent,
    );
    // KB 173082: the customer's own blocked senders list, not a public one (§1 order 1).
    assert_all_read(
        &["553-Sorry, your email address has been blacklisted", "553-Sorry, your domain has been blacklisted"],
        Category::SenderRejected,
        Outcome::Permanent,
    );
    assert_reads("553-Sorry, your IP address has been blacklisted", Category::SenderIpBlocked, Outcome::Permanent);
    // KB 162152: Boundary Encryption demands TLS.
    assert_reads("451 TLS/SSLv3 Connection required. (#4.7.1)", Category::TlsRequired, Outcome::Temporary);
    // KB 162137: an address or IP the service is not set to relay for.
    let relay = "You are trying to use me [server-X.tower-x.messagelabs.com] as a relay, but I have not been configured to let you [IP, address] do this.";
    assert_eq!(category_of(relay), Category::RelayDenied);
    assert_eq!(provider_of(relay).as_deref(), Some("symantec"));
    // Broadcom KB 442583: the Track and Trace reason for a sender on the customer's Blocked
    // Senders list.
    assert_eq!(category_of("Sender domain in blacklist"), Category::SenderRejected);
}

/// Trend Micro InterScan Messaging Security refuses a recipient domain missing from its Relay
/// Domains list (https://success.trendmicro.com/dcx/s/solution/1106332-550-domain-of-forward-path-is-not-allowed-error-message-appears-when-sending-mails-in-interscan-me).
#[test]
fn interscan_refuses_a_domain_it_does_not_relay_for() {
    assert_reads("550 domain of forward-path is not allowed", Category::RelayDenied, Outcome::Permanent);
}

/// No row of the round's sample whose source tells a failure reads as a success.
#[test]
fn no_gateway_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-gw3-s19.jsonl"));
}
