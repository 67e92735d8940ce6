//! Errors of applications and libraries that send mail, as their users paste them in issues
//! (round fr25, session 20; tests/corpus/dev-fr25-s20.jsonl). Each text is quoted from the
//! page named beside it; the expected values are read from that page, the program's source and
//! tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A login the server refused, in the words of the library or app that tried it.
#[test]
fn refused_logins_read_as_auth_failures() {
    assert_all_read(
        &[
            // https://github.com/go-gitea/gitea/issues/24899 (Gitea, gomail; Postfix SASL's 535 5.7.8).
            "Failed to send a testing email to \"<redacted>\": gomail: could not send email 1: failed to authenticate SMTP: 535 5.7.8 Error: authentication failed: authentication failure",
            // https://github.com/jstedfast/MailKit/issues/1360 (Exchange's 5.7.3 through MailKit).
            "MailKit.Net.Smtp.SmtpCommandException: 5.7.3 Authentication unsuccessful",
            // https://github.com/postalserver/postal/issues/414 (curl's CURLE_LOGIN_DENIED).
            "curl: (67) Login denied",
            // https://github.com/datawookie/emayili/issues/45 (R emayili over libcurl).
            "Error in curl_fetch_memory(url, handle = h) : Login denied",
            // https://github.com/MailCore/mailcore2/issues/646 (MailCore2, MCOErrorAuthentication).
            "Error Domain=MCOErrorDomain Code=5 \"Unable to authenticate with the current session's credentials.\"",
            // https://github.com/yegor256/netbout/issues/245 (JavaMail refuses the login in protocolConnect).
            "Caused by: javax.mail.AuthenticationFailedException: failed to connect",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // https://github.com/mailgun/documentation/issues/132: Mailgun's own words name Mailgun.
    let mailgun = "535 5.7.0 Mailgun is not loving your login or password";
    assert_reads(mailgun, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(mailgun).as_deref(), Some("mailgun"));
    // https://github.com/triplea-game/triplea/issues/12505: Exchange Online's server id names Microsoft.
    let outlook = "Unable to send email, check SMTP server credentials: jakarta.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful [YQZPR01CA0021.CANPRD01.PROD.OUTLOOK.COM 2024-04-13T15:44:48.786Z 08DC5BA2C153C1D0]";
    assert_reads(outlook, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(outlook).as_deref(), Some("microsoft"));
    // https://github.com/home-assistant/core/issues/176732: Gmail's BadCredentials reply (gsmtp).
    let gmail = "Mail Test: Error executing script. Unexpected error for call_service at pos 1: (535, b'5.7.8 Username and Password not accepted. For more information, go to\\n5.7.8  https://support.google.com/mail/?p=BadCredentials 5a478bee46e88-31429f9d44fsm8882266eec.1 - gsmtp')";
    assert_reads(gmail, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
    // https://github.com/jstedfast/MailKit/issues/686: MailKit's SmtpStatusCode name names MailKit
    // (MailKit/Net/Smtp/SmtpStatusCode.cs: AuthenticationInvalidCredentials = 535).
    let status_name = "AuthenticationInvalidCredentials: 5.7.3 Authentication unsuccessful";
    assert_reads(status_name, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(software_of(status_name).as_deref(), Some("mailkit"));
}

/// No connection, no greeting, a dropped session: network errors, failed for now (LABELS.md §3).
#[test]
fn connections_that_never_came_up_are_temporary_network_errors() {
    assert_all_read(
        &[
            // https://github.com/uselagoon/lagoon/issues/1115 (ssmtp's stderr through PHP-FPM).
            "WARNING: [pool www] child 1220 said into stderr: \"sendmail: Cannot open mailhub:25\"",
            // https://github.com/Mailu/Mailu/issues/1187 (Postfix, outbound port 25 blocked).
            "Sep 30 16:41:31 mail postfix/smtp[289]: connect to mail.appmaildev.com[13.67.59.48]:25: Operation timed out",
            "Sep 30 16:41:31 mail postfix/smtp[289]: A4EDF75B1: to=<test-ac88bd75@appmaildev.com>, relay=none, delay=574, delays=543/0.06/30/0, dsn=4.4.1, status=deferred (connect to mail.appmaildev.com[13.67.59.48]:25: Operation timed out)",
            // https://github.com/opensourceBIM/BIMserver/issues/76 (JavaMail).
            "Could not connect to SMTP host: mail.server.com, port: 25",
            // https://github.com/PX4/PX4-Autopilot/issues/4575 (Jenkins Mailer).
            "ERROR: Could not connect to SMTP host: localhost, port: 25",
            // Nodemailer's greeting timeout: https://github.com/nodemailer/nodemailer/issues/1470,
            // https://github.com/docmost/docmost/issues/276, https://github.com/Mailtrain-org/mailtrain/issues/278.
            "[2022-09-30 12:34:18] ERROR [w1e7Rr1bIfE] Greeting never received",
            "ERROR [EmailProcessor] Error processing send-email job. Reason: Greeting never received",
            "ERR! Mail Error: Greeting never received",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // https://github.com/thingsboard/thingsboard/issues/1439: the program names its configured
    // host, so its provider (LABELS.md §4), reached or not.
    let gmail = "Could not connect to SMTP host: smtp.gmail.com, port: 587;";
    assert_reads(gmail, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
    // https://github.com/go-gitea/gitea/issues/22287: the lookup of the configured SMTP host
    // failed; Gitea's setting key names Gitea.
    let gitea =
        "2022/12/30 21:49:49 ...es/setting/mailer.go:263:tryResolveAddr() [W] could not look up mailer.SMTP_ADDR: lookup : no such host";
    assert_reads(gitea, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(gitea).as_deref(), Some("gitea"));
}

/// TLS that cannot work as set up (LABELS.md §3, §5), and a server that wants TLS first.
#[test]
fn tls_mismatches_and_tls_demands() {
    assert_all_read(
        &[
            // https://github.com/go-gitea/gitea/issues/32154 (a handshake_failure alert).
            "gomail: could not send email 1: could not initiate SMTP session: remote error: tls: handshake failure",
            // https://github.com/Wei-Shaw/sub2api/issues/1470 (implicit TLS to a STARTTLS port).
            "Failed to send test email: tls dial: tls: first record does not look like a TLS handshake",
            // https://github.com/ozimov/spring-boot-email-tools/issues/68 (certificate not trusted).
            "org.springframework.mail.MailSendException: Mail server connection failed; nested exception is javax.mail.MessagingException: Could not convert socket to TLS;\n  nested exception is:\n\tjavax.net.ssl.SSLHandshakeException: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            // https://github.com/mattermost/mattermost/issues/5493 (Go net/smtp PlainAuth without TLS).
            "[2017/06/20 10:00:52 CEST] [EROR] /api/v3/admin/test_email:SendMail code=500 rid=[CENSORED] uid=[CENSORED] ip=[CENSORED], [CENSORED] Failed to authenticate on SMTP server [details: unencrypted connection]",
            // https://github.com/myloveCc/NETCore.MailKit/issues/6.
            "SmtpCommandException: Must issue a STARTTLS command first",
        ],
        Category::TlsRequired,
        Outcome::Permanent,
    );
    // https://github.com/deanproxy/eMail/issues/53: Gmail (gsmtp) wants STARTTLS first.
    let gmail = "email: FATAL: Smtp error: 530 5.7.0 Must issue a STARTTLS command first. s31sm1331632ywa.30 - gsmtp";
    assert_reads(gmail, Category::TlsRequired, Outcome::Permanent);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
}

/// Refusals of the sender, the recipient's domain or a malformed address.
#[test]
fn refused_senders_recipients_and_addresses() {
    assert_all_read(
        &[
            // https://github.com/TryGhost/Ghost/issues/10089 (Postfix reject_sender_login_mismatch).
            "NOQUEUE: reject: RCPT from unknown[192.168.128.1]: 553 5.7.1 <ghost@notanengineer.com>: Sender address rejected: not owned by user test@notanengineer.com; from=<ghost@notanengineer.com> to=<test2@notanengineer.com> proto=ESMTP helo=<[127.0.0.1]>",
            // https://github.com/mattermost/mattermost/issues/19125 (an empty MAIL FROM refused).
            "Connection unsuccessful: Connection unsuccessful: failed to close connection to the SMTP server: 550 <> Sender Rejected - MAILFROM must be a valid domain. Ensure the mailfrom domain: \"\" has a valid MX or A record.",
        ],
        Category::SenderRejected,
        Outcome::Permanent,
    );
    // https://github.com/fewlinesco/bamboo_smtp/issues/50: Amazon SES's unverified identity.
    let ses = "554 Message rejected: Email address is not verified.";
    assert_reads(ses, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(ses).as_deref(), Some("amazon_ses"));
    // https://github.com/mattermost/mattermost/pull/8140: Exchange Online's SendAsDenied.
    let send_as = "[2018/02/08 13:59:58 UTC] [EROR] /api/v4/email/test:SendMail code=500 rid=dyr8n7q5bjgctda7b69kzs4eqe uid=tn4ndpia6b8iiyhpi7y5ijx6rc ip=89.16.153.196 Failed to close connection to SMTP server [details: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.";
    assert_reads(send_as, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(send_as).as_deref(), Some("microsoft"));
    // https://github.com/hitobito/hitobito/issues/3810 (Postfix: the recipient's domain does not resolve).
    assert_reads(
        "Exception: Net::SMTPServerBusy 450 4.1.2 <example-email@siehe-glitchtip.ch>: Recipient address rejected: Domain not found (Net::SMTPServerBusy)",
        Category::DomainUnknown,
        Outcome::Temporary,
    );
    // https://github.com/djangocon/2016.djangocon.us-archived/issues/33 (an empty recipient).
    assert_reads(
        "SMTPRecipientsRefused at /account/password/reset/\n{'': (501, 'Recipient syntax error')}",
        Category::MessageFormat,
        Outcome::Permanent,
    );
}

/// Program wrappers that name no cause still tell a failure for good where the program gives up:
/// Grafana without SMTP set up, Nodemailer's bare EENVELOPE sentence (src/data/knowledge/outcomes.tsv).
#[test]
fn wrappers_without_a_cause_still_fail_for_good() {
    assert_all_read(
        &[
            // https://github.com/grafana/grafana/issues/6944 (pkg/services/notifications/mailer.go).
            "t=2016-12-13T14:59:22+0000 lvl=eror msg=\"Failed to send alert notification email\" logger=alerting.notifier.email error=\"Grafana mailing/smtp options not configured, contact your Grafana admin\"",
            // https://github.com/TryGhost/docker-library-ghost/issues/222, https://github.com/TryGhost/Ghost/issues/10089.
            "Error sending email! Error sending email: Failed to send email. Reason: Can't send mail - all recipients were rejected. Please check your email settings and resend the invitation.",
            "Failed to send email. Reason: Can't send mail - all recipients were rejected.",
        ],
        Category::Unknown,
        Outcome::Permanent,
    );
    // With the reply appended, the reply decides (https://nodemailer.com/errors, EENVELOPE).
    assert_reads(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
}

/// Whatever else is read, no failure of this round reads as a success.
#[test]
fn no_failure_of_the_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr25-s20.jsonl"));
    // https://github.com/dthree/mailit/issues/7: an HTTP status in JSON beside Nodemailer's
    // greeting timeout is no SMTP success either.
    assert_ne!(explain("{\"success\":false,\"status\":503,\"message\":\"Greeting never received\"}").outcome, Outcome::Success);
}
