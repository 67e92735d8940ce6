//! Log lines of mail servers outside Postfix/Exim/Sendmail as admins paste them (round fr37,
//! session 21): Microsoft Exchange's queue LastError, message tracking RecipientStatus, NDR
//! delivery history and SMTP receive protocol log; MailEnable's activity logs; SOGo's daemon log.
//! Each text is quoted from the source named beside it; the expected values are read from that
//! source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Exchange's Sender ID agent names the check that failed: sender authentication, not a
/// generic 5.7.1 refusal (LABELS.md general order 2).
#[test]
fn exchange_sender_id_refusal_is_an_authentication_failure() {
    assert_all_read(
        &[
            // https://learn.microsoft.com/en-us/answers/questions/1407358/exchange-2016-blocking-emails
            "RecipientStatus         : {[{LED=550 5.7.1 Sender ID (PRA) Not Permitted};{MSG=};{FQDN=};{IP=x.x.x.x};{LRT=}]}",
        ],
        Category::SenderAuthentication,
        Outcome::Permanent,
    );
}

/// Schannel's "Security status InvalidToken/IllegalMessage" is a failed TLS handshake; the queue
/// retries, so temporary (LABELS.md §3).
#[test]
fn exchange_schannel_failures_are_tls_failures() {
    assert_all_read(
        &[
            // https://learn.microsoft.com/en-us/answers/questions/234456/exchange-2013-dag-one-in-3-outgoing-mails-to-one-d
            "LastError : [{LRT=15-01-21 23:50:05};{LED=450 4.7.0 Proxy session setup failed on Frontend with '451 4.4.0 Primary target IP address responded with: \"451 4.4.0 Security\n\nstatus InvalidToken.\" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate\n\nhosts. The last endpoint attempted was 2a0X:3cXX:XX2:XXX::XX00:25'};{FQDN=MAILSERVER.DOMAIN.LOCAL};{IP=192.168.12.4}]",
            // https://learn.microsoft.com/en-us/answers/questions/2114505/o365-to-exchange-2019-on-prem-emails-stuck
            "Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=451 4.4.0 Security status IllegalMessage].",
        ],
        Category::TlsFailed,
        Outcome::Temporary,
    );
}

/// Refused, timed-out, reset and unreachable connections in Exchange's queue and NDR history are
/// network errors, retried (LABELS.md §2 Q1).
#[test]
fn exchange_connection_failures_are_network_errors() {
    assert_all_read(
        &[
            // https://learn.microsoft.com/en-us/answers/questions/2247914/exchange-2019-periodic-email-delivery-issues-in-da
            "{LED=451 4.4.395 Target host responded with error. -> 421 4.4.2 Connection dropped due to ConnectionReset}",
            // https://learn.microsoft.com/en-us/answers/questions/1377740/issue-receiving-mail-from-microsft365-in-exchange
            "Reason: [{LED=450 4.4.316 Connection refused [Message=Socket error code 10061].",
            // https://learn.microsoft.com/en-us/answers/questions/137109/installed-new-exchange-2016-mailbox-server-into-20
            "10/21/2020 10:43:36 AM - Server at edgesync - default-first-site-name to internet (2xx.xx.xx.xx) returned '451 4.4.397 Error communicating with target host. -> 421 4.2.1 Unable to connect -> SocketTimedout: Socket error code 10060'",
            // https://learn.microsoft.com/en-us/answers/questions/336454/exchange-to-office-365-hybrid-mail-flow
            "Server at domain.mail.onmicrosoft.com (52.47.64.127) returned '451 4.4.397 Error communicating with target host. -> 421 4.2.1 Unable to connect -> SocketConnectionRefused: Socket error code 10061'",
            // https://lore.kernel.org/qemu-devel/8e725955-8696-4809-a23a-87e390cccb5e@kaod.org/
            "2024/10/1 上午 06:43:04 - Server at nongnu.org (2001:470:142:3::10) returned '451 4.4.397 Error communicating with target host. -> 421 4.2.1 Unable to connect ->\n> SocketError: Failed to connect. Winsock error code: 10051, Win32 error code: 10051'",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// "Message expired ->" is Exchange giving the message up, whatever failed before.
#[test]
fn exchange_expired_messages_are_expired() {
    assert_all_read(
        &[
            // https://learn.microsoft.com/en-us/answers/questions/1037084/can-not-send-emails-to-anyone-with-an-@bigpond-com
            "550 5.4.300 Message expired -> 451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped due to ConnectionReset",
        ],
        Category::Expired,
        Outcome::Permanent,
    );
}

/// Refused logins in Exchange's receive log and MailEnable's activity logs.
#[test]
fn refused_logins_in_server_logs_are_auth_failures() {
    assert_all_read(
        &[
            // https://github.com/DigitalRuby/IPBan/blob/55be9aae8d12739c85442860276c83dd9622fcf3/IPBanTests/TestData/LogFiles/Exchange/smtp_auth_unsuccessful.log
            "2020-04-02T08:29:10.249Z,SRV-XCH03\\External Authenticated Relay,08D7D4D2EFBC4D5E,13,192.168.0.101:10587,90.30.30.30:58556,>,535 5.7.3 Authentication unsuccessful,",
            // https://github.com/DigitalRuby/IPBan/blob/55be9aae8d12739c85442860276c83dd9622fcf3/IPBanCore/ipban.config
            "09/01/20 00:00:19\tSMTP-IN\t6468E5679CDC4F53AFB8064FA9FA29E6.MAI\t2816\t21.74.49.152\tAUTH\tdmNjMjAxOQ==\t535 Invalid Username or Password\t34\t14\tuser.name@domain.com\t",
            "05/24/21 00:02:38\tIMAP-IN\t\t3404\t55.55.55.56\tLOGIN\tLOGIN \"user@domain.com\" \"********\"\t001 NO LOGIN Failed - Invalid username or password.\t53\t42\t\t",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // An AUTH mechanism the connector does not offer (504 5.7.4).
    assert_reads(
        "2021-04-03T03:59:48.135Z,SRV-XCH03\\External Authenticated Relay,08D7D4D2EFBC3E30,11,192.168.2.101:10587,27.255.75.110:62262,>,504 5.7.4 Unrecognized authentication type,",
        Category::NotImplemented,
        Outcome::Permanent,
    );
}

/// Lines that are not about a delivery: TLS notes, session set-up, daemon start-up.
#[test]
fn informational_server_log_lines_tell_no_failure() {
    assert_all_read(
        &[
            // https://github.com/DigitalRuby/IPBan/blob/55be9aae8d12739c85442860276c83dd9622fcf3/IPBanTests/TestData/LogFiles/Exchange/smtp_auth_unsuccessful.log
            "2020-04-02T08:31:07.211Z,SRV-XCH03\\External Authenticated Relay,08D7D4D2EFBC4D65,7,192.168.0.101:10587,180.60.60.60:24175,*,,\"TLS protocol SP_PROT_TLS1_2_SERVER negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA_384 with strength 0 bits and key exchange algorithm CALG_ECDH_EPHEM with strength 256 bits\"",
            // https://github.com/DigitalRuby/IPBan/blob/55be9aae8d12739c85442860276c83dd9622fcf3/IPBanTests/TestData/LogFiles/Exchange/smtp_auth_successful.log
            "2020-04-02T07:57:37.708Z,SRV-XCH03\\External Authenticated Relay,08D7D4D2EFBC4CC6,19,192.168.0.101:10587,180.20.20.20:50767,*,,Proxy session was successfully set up. Session foruser@example.com will now be proxied",
            // https://github.com/mailcow/mailcow-dockerized/issues/4078
            "May  1 16:35:14 024cd2544c0c sogod [112]: <0x0x55db35b21260[WOHttpAdaptor]> notified the watchdog that we are ready,",
            // https://github.com/mailcow/mailcow-dockerized/issues/1591
            "sogo-mailcow_1       | 2018-07-19T20:49:41.595514789Z Jul 19 22:49:41 cde2315872bf sogod [12]: <0x0x56362a3938a0[WOWatchDog]> child spawned with pid 59",
        ],
        Category::Unknown,
        Outcome::Unknown,
    );
    // The client broke the session off: a network error that tells no delivery outcome.
    assert_reads(
        "2020-04-02T07:57:40.532Z,SRV-XCH03\\External Authenticated Relay,08D7D4D2EFBC4CC6,21,192.168.0.101:10587,180.20.20.20:50767,-,,Remote(ConnectionReset)",
        Category::NetworkError,
        Outcome::Unknown,
    );
    // A DAG peer accepted the shadow copy (HAREDIRECT): a 250, not a failure.
    assert_reads(
        "SourceContext : DAGSERVER50.domain.local=250 2.6.0 d6b4ad351482463aa4ec2fcc9211e93e@DAGSERVERIL08.domain.local [InternalId=DAGSERVER50.domain.local, Hostname=190735202648087] Queued mail for\n\nredundancy",
        Category::Delivered,
        Outcome::Success,
    );
}

/// The log formats name their program.
#[test]
fn server_log_formats_name_their_program() {
    // https://github.com/mailcow/mailcow-dockerized/issues/4078
    let sogo = "May  1 16:35:14 024cd2544c0c sogod [112]: <0x0x55db35b21260[WOHttpAdaptor]> notified the watchdog that we are ready,";
    assert_eq!(software_of(sogo).as_deref(), Some("sogo"));
    // https://learn.microsoft.com/en-us/answers/questions/2247914/exchange-2019-periodic-email-delivery-issues-in-da
    let queue = "{LED=451 4.4.395 Target host responded with error. -> 421 4.3.2 Service not available}";
    assert_eq!(software_of(queue).as_deref(), Some("exchange"));
    // https://learn.microsoft.com/en-us/answers/questions/1407358/exchange-2016-blocking-emails
    let tracking = "RecipientStatus         : {[{LED=550 5.7.1 Sender ID (PRA) Not Permitted};{MSG=};{FQDN=};{IP=x.x.x.x};{LRT=}]}";
    assert_eq!(software_of(tracking).as_deref(), Some("exchange"));
}

#[test]
fn no_failure_in_the_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr37-s21.jsonl"));
}
