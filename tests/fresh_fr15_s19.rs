//! Round fr15 (session 19): a fresh sample of texts from pages the corpus had not used before
//! (home-server and NAS notifications, monitoring tools, self-hosted apps, library exceptions,
//! relayed bounces). Each text is quoted from the page named beside it; the expected values are
//! read from that page, the program's source and tests/corpus/LABELS.md, never from the tool's
//! output. The rows are tests/corpus/dev-fr15-s19.jsonl.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Connections that failed before any reply (LABELS.md §2 Q1): temporary when the text says
/// nothing of giving up (§3).
#[test]
fn connection_failures_of_monitoring_tools_and_apps_are_network_errors() {
    assert_all_read(
        &[
            // Monit src/sendmail.c, as logged in https://github.com/skynet/monit/issues/2.
            "[2024-04-16T11:04:09+0200] error    : Cannot open a connection to the mailserver localhost:25 -- Operation now in progress",
            // SimpleMonitor's mail alerter on Windows (Python 2), https://github.com/jamesoff/simplemonitor/issues/107.
            "gaierror: [Errno 11001] getaddrinfo failed",
            // ElastAlert calling sendmail in Docker, https://github.com/YelpArchive/elastalert/issues/2375.
            "sendmail: can't connect to remote host (127.0.0.1): Connection refused",
            // Prometheus Alertmanager, https://github.com/prometheus/alertmanager/issues/965.
            "time=\"2017-08-29T19:20:37Z\" level=error msg=\"Error on notify: dial tcp <ip>25: getsockopt: connection refused\" source=\"notify.go:283\"",
            // Apprise in changedetection.io, https://github.com/dgtlmoon/changedetection.io/issues/518.
            "2022-04-04 10:25:35,358 - DEBUG - Socket Exception: Connection unexpectedly closed: timed out",
            // Zammad's notification channel, https://github.com/zammad/zammad/issues/1032.
            "Can't use Channel::Driver::Smtp: #<EOFError: end of file reached>",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // A program's own error names the provider it was set to use (LABELS.md §4).
    // Keycloak to smtp.strato.de, https://github.com/keycloak/keycloak/issues/20769.
    let strato = "org.keycloak.email.EmailException: com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.strato.de, 465; timeout 10000;\n  nested exception is:\n        java.net.SocketTimeoutException: Connect timed out";
    assert_reads(strato, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(strato).as_deref(), Some("strato"));
    // RainLoop to Hostinger, https://github.com/RainLoop/rainloop-webmail/issues/2241.
    let hostinger = "Rainloop showing stream_socket_client(): Unable to connect to tcp://smtp.hostinger.com:587 (Connection timed out)";
    assert_reads(hostinger, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(hostinger).as_deref(), Some("hostinger"));
    // Python 2 prints the socket error without its module; the lookup is smtplib's connect.
    assert_eq!(software_of("gaierror: [Errno 11001] getaddrinfo failed").as_deref(), Some("python_smtplib"));
}

/// Postfix's postqueue when the master daemon is down (postqueue.c): the local mail system is
/// not taking mail right now (LABELS.md §2 Q4).
#[test]
fn postfix_mail_system_down_is_server_unavailable() {
    // https://github.com/nagios-plugins/nagios-plugins/issues/663
    let text = "postqueue: fatal: Queue report unavailable - mail system is down";
    assert_reads(text, Category::ServerUnavailable, Outcome::Temporary);
    assert_eq!(software_of(text).as_deref(), Some("postfix"));
}

/// A client that demands TLS the server cannot give, or a certificate it will not trust, is
/// tls_failed (LABELS.md §5, §3): permanent until a setting or certificate changes.
#[test]
fn tls_demands_and_untrusted_certificates_are_tls_failures() {
    assert_all_read(
        &[
            // Twisted's ESMTP client (twisted/mail/smtp.py, esmtpTLSRequired; the 502 is its own),
            // https://github.com/pixelated/pixelated-user-agent/issues/249.
            "Failure: twisted.mail.smtp.TLSRequiredError: 502 Server does not support secure communication via TLS / SSL",
            // .NET's certificate check on an Italian Windows (Duplicati to smtps://smtp.gmail.com:465),
            // https://github.com/duplicati/duplicati/issues/2737.
            "Invio email fallito: System.Security.Authentication.AuthenticationException: Il certificato remoto non è stato ritenuto valido dalla procedura di convalida.",
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
}

/// Logins refused or missing, and servers without AUTH, as the apps print them.
#[test]
fn sign_in_problems_keep_their_categories() {
    // sSMTP in an Unraid script, https://github.com/SpaceinvaderOne/Unraid_ZFS_Dataset_Snapshot_and_Replications/issues/7.
    assert_reads(
        "ssmtp: Authorization failed (535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6)",
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // Outlook.com with basic authentication off, https://github.com/nodemailer/nodemailer/issues/1685.
    let basic_off = "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.";
    assert_reads(basic_off, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(basic_off).as_deref(), Some("microsoft"));
    // Bosun's alert mail without credentials, https://github.com/bosun-monitor/bosun/issues/2229.
    assert_eq!(
        category_of("error: notify.go:111: failed to send alert cpu.is.too.high{host=*} to [e6monitor@almial.e6yun.cn] 553 authentication is required"),
        Category::AuthRequired
    );
    // smtplib's login() against a server whose EHLO offers no AUTH (LABELS.md §5),
    // https://github.com/jamesoff/simplemonitor/issues/594.
    assert_reads(
        "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
        Category::NotImplemented,
        Outcome::Permanent,
    );
    // Go's net/smtp will not send a password in the clear, https://github.com/mattermost/mattermost-docker/issues/398.
    assert_reads(
        "Connection unsuccessful: Connection unsuccessful: SendMail: Failed to authenticate on SMTP server, unencrypted connection - undefined",
        Category::TlsRequired,
        Outcome::Permanent,
    );
}

/// Refusals relayed by a provider name the server that refused, not the relay (LABELS.md §4).
#[test]
fn relayed_refusals_keep_the_refusing_servers_cause() {
    // Exchange Online's NDR line for a HestiaCP server's SpamCop refusal, https://github.com/hestiacp/hestiacp/issues/4373.
    let spamcop = "Remote server returned '550 5.7.514 Decision Engine classified the mail item was rejected because of IP Block (from outbound normal IP pools) -> 550 Rejected because 40.107.108.117 is in a black list at bl.spamcop.net;Blocked - see https://www.spamcop.net/bl.shtml?40.107.108.117'";
    assert_reads(spamcop, Category::SenderBlocklisted, Outcome::Permanent);
    assert_eq!(provider_of(spamcop), None);
    // Gmail's bounce of the WordCamp app's feedback address, https://github.com/wordpress-mobile/WordCamp-Android/issues/62.
    let gmail = "Delivery to the following recipient failed permanently:\n\n     apps+feedback@wordpressfoundation.org\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain wordpressfoundation.org by wordpressfoundation.org. [66.155.40.24].\n\nThe error that the other server returned was:\n550 No such person at this address";
    assert_reads(gmail, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(gmail), None);
    // Postfix refusing Monit's alert for a domain it does not serve, https://github.com/osm-fr/infrastructure/issues/96.
    assert_reads(
        "NOQUEUE: reject: RCPT from localhost[::1]: 454 4.7.1 <admin-notification@listes.openstreetmap.fr>: Relay access denied; from=<monit@osm211.openstreetmap.fr> to=<admin-notification@listes.openstreetmap.fr> proto=ESMTP helo=<osm211>",
        Category::RelayDenied,
        Outcome::Temporary,
    );
}

/// Wrappers that name no cause stay unknown rather than guessed.
#[test]
fn wrappers_without_a_cause_stay_unknown() {
    for text in [
        // Vaultwarden's SMTP test, https://github.com/dani-garcia/vaultwarden/issues/976.
        "Error sending SMTP test email LetreErr",
        // ZoneMinder's filter, https://github.com/ZoneMinder/zoneminder/issues/3396.
        "zmfilter_1 |   | 1655 | ERR | No email address defined, not sending email | zmfilter.pl",
        // Ghost's bulk mail, https://github.com/TryGhost/Ghost/issues/15437.
        "EmailError: The server encountered an error whilst sending email.",
    ] {
        assert_eq!(category_of(text), Category::Unknown, "{text}");
    }
    assert_eq!(software_of("Error sending SMTP test email LetreErr").as_deref(), Some("lettre"));
}

/// No row of the round whose source tells a failure reads as a success.
#[test]
fn no_failure_of_the_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr15-s19.jsonl"));
}
