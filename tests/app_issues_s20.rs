//! Texts that users of programs which send mail but are not mail software (monitoring, forums,
//! helpdesks, CMSs, wikis) paste in those programs' GitHub issues (round fr32, session 20). Each
//! text is quoted from the issue named beside it; the expected values are read from that page,
//! the mail program's source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A connection that broke off, could not be made or found no server (LABELS.md §2 Q1): no
/// reply code, so temporary (§3).
#[test]
fn connections_that_failed_before_any_reply_are_network_errors() {
    assert_all_read(
        &[
            // https://github.com/prometheus/alertmanager/issues/377 (Go's io.EOF after the try).
            r#"level=warning msg="Notify attempt 1 failed: EOF" source="notify.go:193""#,
            // https://github.com/prometheus/alertmanager/issues/1829 (smarthost name not found).
            r#"level=error ts=2019-04-10T10:35:38.517695841Z caller=dispatch.go:280 component=dispatcher msg="Notify for alerts failed" num_alerts=1 err="dial tcp: lookup smtp.xxx.com on 172.xx.xx.10:53: no such host""#,
            // https://github.com/flarum/framework/issues/2469 (SwiftMailer, host name not resolved).
            "Swift_TransportException: Connection could not be established with host mail.roughnecktek.net :stream_socket_client(): php_network_getaddresses: getaddrinfo failed: no address associated with name",
            // https://github.com/NodeBB/NodeBB/issues/9331 (Nodemailer's connection timeout).
            "2021-02-26T18:45:49.828Z [4567/38] - error: admin.email.test\nError: Connection timeout\n    at SMTPConnection._formatError (/usr/src/app/node_modules/nodemailer/lib/smtp-connection/index.js:774:19)",
            // https://github.com/renlok/WeBid/issues/170 and
            // https://github.com/apigee/apigee-devportal-kickstart-drupal/issues/385 (PHPMailer).
            "16-03-2016, 09:41:37: My NOTICE [1024] ---->PHPMailer error: SMTP connect() failed. on class_email_handler.php line 451",
            "Error sending e-mail from xxx@xxx.com to xxx@xxx.com: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
            // https://github.com/getsentry/self-hosted/issues/1901 (Sentry's mail task).
            "ConnectionRefusedError: [Errno 111] Connection refused\n04:41:06 [ERROR] celery.app.trace: Task sentry.tasks.email.send_email[a6c8dea1-6a40-4c1a-8443-18c3399020f1] raised unexpected: ConnectionRefusedError(111, 'Connection refused')",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // https://github.com/ahwayakchih/openshift-nodebb/issues/12: Nodemailer's own words.
    let greeting = "17/2 03:09 [201897] - ^[[33mwarn^[[39m: [emailer.smtp] Unable to send `digest` email to uid 1!!\n17/2 03:09 [201897] - ^[[31merror^[[39m: [plugins] filter:email.send,  Greeting never received";
    assert_reads(greeting, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(greeting).as_deref(), Some("nodemailer"));
    // https://github.com/prometheus/alertmanager/issues/693: the smarthost is the user's own
    // provider, NetEase (LABELS.md §4), though the dial never happened.
    let no_port = r#"time="2017-04-05T10:18:29Z" level=error msg="Notify for 12 alerts failed: dial tcp: missing port in address smtp.163.com" source="dispatch.go:246""#;
    assert_eq!(category_of(no_port), Category::NetworkError);
    assert_eq!(provider_of(no_port).as_deref(), Some("netease"));
}

/// A refusal that names the envelope sender (LABELS.md §1 Q5), and the other refusals of a
/// submission server, permanent by their 5yz codes.
#[test]
fn submission_servers_refusals_read_by_their_cause() {
    // https://github.com/in2code-de/femanager/issues/404 (Domainfactory relay, TYPO3).
    assert_reads(
        r#"Expected response code "250" but got code "550", with message "550 "envelope sender not allowed""#,
        Category::SenderRejected,
        Outcome::Permanent,
    );
    // https://github.com/NodeBB/NodeBB/issues/9704 (Postfix's login/sender mismatch via Nodemailer).
    assert_reads(
        "Error: Can't send mail - all recipients were rejected: 553 5.7.1 <no-reply@www.fintechee.org>: Sender address rejected: not owned by user noreply@fintechee.org",
        Category::SenderRejected,
        Outcome::Permanent,
    );
    // https://github.com/healthchecks/healthchecks/issues/494
    assert_reads("smtplib.SMTPAuthenticationError: (535, b'5.7.3 Authentication unsuccessful')", Category::AuthFailed, Outcome::Permanent);
    // https://github.com/osTicket/osTicket-1.7/issues/860
    assert_reads(
        r"PHP Warning:  mail(): SMTP server response: 530 Authentication required to send mail from  in D:\support.vakrangee.in\upload\include\pear\Mail\mail.php on line 153",
        Category::AuthRequired,
        Outcome::Permanent,
    );
    // https://github.com/exceedone/exment/issues/1153 (DATA without an accepted RCPT).
    assert_reads(
        "[2022-05-07 10:18:04] local.ERROR: Swift_TransportException: Expected response code 354 but got code \"503\", with message \"503 RCPT command expected\n\"",
        Category::ProtocolSequence,
        Outcome::Permanent,
    );
    // https://github.com/fluxbb/fluxbb/pull/49 (Exim's fixed 501 reply to a bad EHLO argument).
    assert_reads(
        "Error: Unable to send email. SMTP server: 501 Syntactically invalid EHLO argument(s)",
        Category::ProtocolSyntax,
        Outcome::Permanent,
    );
    // https://github.com/Geeklog-Core/geeklog/issues/831 (the message itself judged spam).
    assert_reads(
        r#"Thu 01 Feb 2018 18:57:40 UTC - IP ADDRESS - (550) - Expected response code 250 but got code "550", with message "550 This message was classified as SPAM and may not be delivered"#,
        Category::SpamContent,
        Outcome::Permanent,
    );
}

/// Implicit TLS against a plain-text port fails the same way every time (LABELS.md §3).
#[test]
fn tls_against_a_plain_port_is_a_lasting_tls_failure() {
    // https://github.com/mondediefr/docker-flarum/issues/134
    let proton = "Swift_TransportException: Connection could not be established with host smtp.protonmail.ch :stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\nerror:1408F10B:SSL routines:ssl3_get_record:wrong version number";
    assert_reads(proton, Category::TlsFailed, Outcome::Permanent);
    assert_eq!(provider_of(proton).as_deref(), Some("proton"));
    // https://github.com/NodeBB/NodeBB/issues/9796
    assert_reads(
        "139737218475904:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl",
        Category::TlsFailed,
        Outcome::Permanent,
    );
}

/// The local or receiving mail system's own trouble (LABELS.md §2 Q5) and a program's requeue.
#[test]
fn local_mail_system_failures_and_requeues() {
    // https://github.com/Icinga/icinga2/issues/1627: sendmail's submission program cannot enter
    // its client queue as Icinga's user.
    let msp = "[2014-05-27 17:38:40 +0000] <Q #0x7f47f8f63b10 W #0x7f47f8f63c00> warning/icinga: Notification command 'Object of type 'icinga::Array'' for object 'localhost!procs' failed; exit status: 78, output: WARNING: RunAsUser for MSP ignored, check group ids (egid=498, want=51)\ncan not chdir(/var/spool/clientmqueue/): Permission denied\nProgram mode requires special privileges, e.g., root or TrustedUser.";
    assert_eq!(category_of(msp), Category::ServerError);
    assert_eq!(software_of(msp).as_deref(), Some("sendmail"));
    // https://github.com/Wynncraft/Issues/issues/2545 (Exim's 451 through PEAR Net_SMTP).
    assert_reads(
        "The Mailer returned: Failed to add recipient: {EMAIL ADDRESS} [SMTP: Invalid response code received from server (code: 451, response: Temporary local problem - please try later)]",
        Category::ServerError,
        Outcome::Temporary,
    );
    // https://github.com/znuny/Znuny/issues/722: Znuny keeps the message queued.
    let requeue = "Kernel::System::Email | Error sending message using backend 'Kernel::System::Email::SMTPTLS'.\nKernel::System::MailQueue | Temporary problem returned from server, requeuing message for sending. Message: SMTPCode: 235, ErrorMessage:\nKernel::System::MailQueue | Message could not be sent! Error message:";
    assert_eq!(smtp_explain::explain(requeue).outcome, Outcome::Temporary);
}

/// No row of this round whose source tells a failure reads as a success.
#[test]
fn no_fr32_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr32-s20.jsonl"));
}
