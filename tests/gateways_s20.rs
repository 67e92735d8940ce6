//! Security gateways and filtering services in the mail path, session 20 (round gw4): Cisco
//! Secure Email (AsyncOS), Proofpoint (hosted PPS and Essentials), Sophos XGS Email Protection,
//! seppmail.cloud and Postini, as their replies and log lines are quoted on the pages named
//! beside each text. Expected values are read from those pages and tests/corpus/LABELS.md, never
//! from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A gateway's DMARC refusal worded after its policy filler: the named cause (the sender domain's
/// DMARC policy) beats "Local Policy Violation" (LABELS.md, general order 2). The Postfix log line
/// is quoted by the ALSA list admin at
/// https://lore.kernel.org/alsa-devel/e671d525-ac9b-bb83-936b-728a12644852@perex.cz/ (joined on one
/// line; the mail wrapped it).
#[test]
fn dmarc_reject_behind_local_policy_words_is_authentication() {
    let log = "Oct  5 07:29:12 alsa0 postfix/smtp[23459]: AFEC9839: to=<arnaud.pouliquen@foss.st.com>, \
               relay=mxa-00178001.gslb.pphosted.com[185.132.182.106]:25, delay=51, \
               delays=50/0.19/0.48/0.33, dsn=5.7.0, status=bounced (host \
               mxa-00178001.gslb.pphosted.com[185.132.182.106] said: 550 5.7.0 Local Policy \
               Violation - DMARC Reject (in reply to end of DATA command))";
    assert_reads(log, Category::SenderAuthentication, Outcome::Permanent);
    // The pphosted.com host that replied names Proofpoint (LABELS.md §4).
    assert_eq!(provider_of(log).as_deref(), Some("proofpoint"));
    assert_eq!(software_of(log).as_deref(), Some("postfix"));
    // The reply alone, as a gateway sends it.
    assert_reads("550 5.7.0 Local Policy Violation - DMARC Reject", Category::SenderAuthentication, Outcome::Permanent);
}

/// AsyncOS's default SPF reply pair of a listener, from Cisco's CLI reference ("Reject text:
/// #5.7.1 SPF unauthorized mail is prohibited.", "Defer code: 451", "Defer text: #4.4.3 Temporary
/// error occurred during SPF verification.",
/// https://manualsbrain.com/en/manuals/1700579/?page=292): both name Cisco, both are about the
/// sender's SPF; the defer is temporary.
#[test]
fn asyncos_spf_reply_pair_names_cisco() {
    let reject = "550 #5.7.1 SPF unauthorized mail is prohibited.";
    let defer = "451 #4.4.3 Temporary error occurred during SPF verification.";
    assert_reads(reject, Category::SenderAuthentication, Outcome::Permanent);
    assert_reads(defer, Category::SenderAuthentication, Outcome::Temporary);
    assert_eq!(provider_of(reject).as_deref(), Some("cisco"));
    assert_eq!(provider_of(defer).as_deref(), Some("cisco"));
}

/// Cisco's reputation reject banner, as a hosting helpdesk quotes it
/// (https://helpdesk.westnic.net/hc/en-us/articles/360022883414-MTA-poor-reputation) and as a
/// Postfix log line in postfix-parser's tests
/// (https://github.com/msimerson/postfix-parser/blob/master/test/index.js): LABELS.md §1 files the
/// wording under sender_reputation.
#[test]
fn cisco_poor_reputation_banner() {
    let reply = "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation.";
    assert_reads(reply, Category::SenderReputation, Outcome::Permanent);
    assert_eq!(provider_of(reply).as_deref(), Some("cisco"));
    let log = "3mR69k6Fm0z7sX4: host smtp2.hiltonhhonors.net[159.127.185.42] refused to talk to me: \
               554-smtp2.hiltonhhonors.net 554 Your access to this mail system has been rejected due to \
               the sending MTA's poor reputation. If you believe that this failure is in error, please \
               contact the intended recipient via alternate means.";
    assert_reads(log, Category::SenderReputation, Outcome::Permanent);
    assert_eq!(provider_of(log).as_deref(), Some("cisco"));
}

/// Unknown recipients at gateway MX hosts, from a Postfix bounce quoted on a kernel list
/// (https://lore.kernel.org/all/7e409619-0e36-4cb5-9db9-b7bf1effc920@seco.com/): the host that
/// answered names the gateway (iphmx.com for Cisco, pphosted.com for Proofpoint).
#[test]
fn unknown_recipients_at_gateway_hosts() {
    let cisco = "<cyrille.pitchen@atmel.com>: host mx1.microchip.iphmx.com[68.232.147.91] said:\n    \
                 550 #5.1.0 Address rejected. (in reply to RCPT TO command)";
    let proofpoint = "<rafalo@cadence.com>: host mxa-0014ca01.gslb.pphosted.com[208.86.201.193] said:\n    \
                      550 5.1.1 User Unknown (in reply to DATA command)";
    assert_reads(cisco, Category::MailboxUnknown, Outcome::Permanent);
    assert_reads(proofpoint, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(cisco).as_deref(), Some("cisco"));
    assert_eq!(provider_of(proofpoint).as_deref(), Some("proofpoint"));
}

/// Proofpoint Essentials' MX turning a connection away because its scanners are full
/// (postfix-parser's test fixture, https://github.com/msimerson/postfix-parser/blob/master/test/index.js):
/// X.3.2 and "busy" read as the server not taking mail now (LABELS.md §2 Q4), for now.
#[test]
fn proofpoint_screening_ports_busy_is_a_deferral() {
    let log = "3mS03L6qGtz7sVr: host mx1-us1.ppe-hosted.com[67.231.154.163] refused to talk to me: \
               421 4.3.2 All screening ports are busy";
    assert_reads(log, Category::ServerUnavailable, Outcome::Temporary);
    assert_eq!(provider_of(log).as_deref(), Some("proofpoint"));
}

/// Gateways rejecting on a public blocklist: the Sophos XGS Email Protection log and reply quoted at
/// https://lab53.uk/resolving-false-positives-in-sophos-firewall-email-protection/, and seppmail.cloud's
/// example reject message
/// (https://docs.seppmail.com/en/cloud/c06_scf_01_maqs_02_message-details_rejected.html). None of
/// the texts carries a gateway's own token, so none names a provider (LABELS.md §4).
#[test]
fn gateway_rbl_rejections_name_the_list_not_the_gateway() {
    for text in [
        "mail action=reject rule=RBL-Block source_ip=13.107.42.16 rbl=bl.spamcop.net message=\"Listed in RBL\"",
        "550 5.7.1 Rejected - listed in bl.spamcop.net",
        "client [82.165.159.35] blocked using combined.mail.abusix.zone",
    ] {
        assert_eq!(category_of(text), Category::SenderBlocklisted, "{text}");
        assert_eq!(provider_of(text), None, "{text}");
    }
}

/// A Cisco ESA logging a destination's full mail system before trying the next SMTP route
/// (https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/117875-technote-esa-00.html):
/// X.3.1 "Mail system full", 4yz, for now.
#[test]
fn esa_logs_a_full_destination_as_storage() {
    assert_reads("4.3.1 - Mail system full ('452', [4.3.1 Insufficent system resources'])", Category::ServerStorage, Outcome::Temporary);
}

#[test]
fn no_gateway_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-gw4-s20.jsonl"));
}
