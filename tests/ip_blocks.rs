//! The receiving side blocks the connecting IP on its own list (`sender_ip_blocked`), and its
//! borders: the knowledge pack's s15 rows (src/data/knowledge/phrases.tsv, markers.tsv) on real
//! texts. Expected values are read from each source (a mail program's code or a provider's page),
//! following tests/corpus/LABELS.md §1.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Fixed replies that mail programs and providers write when the client's IP or range is refused
/// by the receiver itself: each names the connecting address, no public list.
#[test]
fn own_ip_block_replies_read_as_sender_ip_blocked() {
    for (text, outcome) in [
        // Exim's reply when host_reject_connection matches the client (src/src/smtp_in.c).
        ("554 SMTP service not available", Outcome::Permanent),
        // Microsoft KB 886692: servers on dynamically assigned addresses are refused.
        (
            "550 5.7.1 Your IP address 192.0.2.7 appears to be dynamically assigned. Please smarthost your mail through your ISP's mail server. If your IP is static or for more information, please contact us at bypass address@microsoft.com.",
            Outcome::Permanent,
        ),
        // MXroute Expert Spam Filtering (https://docs.mxroute.com/docs/expert-spam-filtering.html).
        ("550 Unauthenticated mail not allowed from this range", Outcome::Permanent),
        // http://www.jotop.com/help/emailapply/emailapply_show_10820.html: (1) outside the allowed
        // range, (2) on the system's deny list.
        ("554 Unwelcome connection rejected (1)", Outcome::Permanent),
        ("554 Unwelcome connection rejected (2)", Outcome::Permanent),
        // A Korean ISP's filter; the words name the IP block over X.3.2's subject
        // (http://blog.jinbo.net/007/archive/20051107).
        (
            "421 4.3.2 Your IP(192.0.2.9) is filtered and this connection will be closed. You must register your IP to spammaster@example.com",
            Outcome::Temporary,
        ),
    ] {
        assert_reads(text, Category::SenderIpBlocked, outcome);
    }
}

/// The same words with the code their program uses for something else keep that meaning: Exim's
/// "451 SMTP service not available" is its own getsockopt() failure, not a block of the client.
#[test]
fn code_bound_ip_block_words_need_their_code() {
    assert_ne!(category_of("451 SMTP service not available"), Category::SenderIpBlocked);
}

/// Exchange Server's Connection Filter agent answers an address on its IP Block list with a default
/// response that names the connecting IP (Set-IPBlockListConfig); a receive connector's "Client
/// does not have permissions to submit" is a login or relay right instead.
#[test]
fn exchange_ip_block_list_response_is_an_ip_block() {
    let e = explain(
        "550 5.7.1 External client with IP address 192.0.2.3 does not have permissions to submit to this server. Visit http://support.microsoft.com/kb/928123 for more information.",
    );
    assert_eq!(e.category.id, Category::SenderIpBlocked);
    assert_eq!(e.software.map(|s| s.id.to_string()).as_deref(), Some("exchange"));
    assert_ne!(category_of("550 5.7.1 Client does not have permissions to submit to this server"), Category::SenderIpBlocked);
}

/// Sendmail's check_relay ruleset and TCP wrappers judge the connecting host (cf/m4/proto.m4,
/// sendmail/conf.c); a DNS list named in the same line still decides.
#[test]
fn sendmail_connection_refusals_are_ip_blocks() {
    assert_eq!(
        category_of(
            "Mar  3 10:01:02 mx sm-mta[1234]: ruleset=check_relay, arg1=host.example.com, arg2=192.0.2.1, relay=host.example.com [192.0.2.1], reject=550 5.7.1 Access denied"
        ),
        Category::SenderIpBlocked
    );
    assert_eq!(
        category_of("Mar  3 10:01:02 mx sm-mta[1234]: NOQUEUE: tcpwrappers (host.example.com, 192.0.2.1) rejection"),
        Category::SenderIpBlocked
    );
    assert_eq!(
        category_of(
            "Mar  3 10:01:02 mx sm-mta[1234]: ruleset=check_relay, arg1=host.example.com, arg2=192.0.2.1, relay=host.example.com [192.0.2.1], reject=550 5.7.1 Rejected: 192.0.2.1 listed at zen.spamhaus.org"
        ),
        Category::SenderBlocklisted
    );
}

/// Barricade MX's access map refuses a client on its own list (its reply list, #120).
#[test]
fn smtpf_access_map_refusal_is_an_ip_block() {
    assert_eq!(category_of("550 5.7.1 host mail.example.com [192.0.2.1] black listed #120"), Category::SenderIpBlocked);
}

/// Ipswitch IMail's log line for a client on its access-control list
/// (http://support.ipswitch.com/kb/IM-20050718-DM01.htm).
#[test]
fn imail_access_control_log_line_is_an_ip_block() {
    assert_eq!(category_of("Denied access from 192.0.2.44"), Category::SenderIpBlocked);
}

/// Microsoft's hosted filters are named by their own hosts and addresses: KB 886692's reply, and
/// FrontBridge (Microsoft's hosted filtering, later Forefront Online Protection).
#[test]
fn microsofts_older_filters_are_named() {
    for text in [
        "550 5.7.1 Your IP address 192.0.2.7 appears to be dynamically assigned. Please smarthost your mail through your ISP's mail server.",
        "<mhart@example.com>: host mail.global.frontbridge.com[216.32.181.22] said: 550\n<example.com[192.0.2.5]>: Client host rejected: Access Denied (in reply\nto RCPT TO command)",
    ] {
        let e = explain(text);
        assert_eq!(e.provider.map(|p| p.id.to_string()).as_deref(), Some("microsoft"), "{text}");
    }
}

/// Borders that stay where LABELS.md §1 puts them: a public list named in the reply wins over the
/// IP words, and a submission client refused by Postfix's client restrictions is a missing login.
#[test]
fn public_lists_and_submission_refusals_keep_their_category() {
    // Spamhaus named (https://pastebin.com/xuQckw3r).
    assert_eq!(
        category_of(
            "550 5.7.1 Service unavailable, Client host [202.131.88.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/202.131.88.1 (AS16012611)"
        ),
        Category::SenderBlocklisted
    );
    // Barracuda's BRBL named (https://pastebin.com/FreqNBvG).
    assert_eq!(category_of("554 Refused. Your IP address is listed in the RBL at b.barracudacentral.org"), Category::SenderBlocklisted);
    // A Postfix submission service refusing a client that did not log in (LABELS.md §1).
    assert_eq!(
        category_of(
            "Dec 22 19:25:22 mail postfix/submission/smtpd[1706504]: NOQUEUE: reject: RCPT from unknown[10.156.186.2]: 554 5.7.1 <unknown[10.156.186.2]>: Client host rejected: Access denied; from=<a@example.net> to=<b@example.net> proto=ESMTP helo=<localhost>"
        ),
        Category::AuthRequired
    );
}
