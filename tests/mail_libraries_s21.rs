//! Send errors that mail libraries and frameworks print, as users paste them in public issue
//! threads (round fr35, session 21): Swoosh and Bamboo over gen_smtp, fastapi-mail over
//! aiosmtplib, Symfony Mailer under Laravel and Magento, Zend Mail, Simple Java Mail, Jakarta and
//! Spring Mail, gomail, Ruby's OpenSSL under Net::SMTP, Nodemailer under Bun, Deno's connect.
//! Each text is quoted from the source named beside it; the expected values are read from that
//! source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A TLS handshake that fails on a lasting mismatch (implicit TLS spoken to a STARTTLS port,
/// "wrong version number", "unknown protocol", a fatal alert, a certificate the client does not
/// trust or whose name does not match) is tls_failed, permanent (LABELS.md §3), in each
/// library's own words.
#[test]
fn tls_handshake_failures_in_library_words() {
    assert_all_read(
        &[
            // https://github.com/OpenFn/lightning/issues/4602
            "08:43:16.754 [error] Failed to send email: {:retries_exceeded, {:temporary_failure, ~c\"w.x.y.z\", :tls_failed}}",
            // https://github.com/swoosh/swoosh/issues/411
            "** (MatchError) no match of right hand side value:\n  {:error, {:tls_alert, {:unexpected_message, \n  'TLS client: In state hello received UNDEFINED ALERT: Fatal - Unexpected Message\\n'}}}",
            // https://github.com/symfony/symfony/issues/60636
            "Connection could not be established with host \"ssl://smtp.mailersend.net:587\": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\n  error:0A00010B:SSL routines::wrong version number",
            // https://github.com/laravel/framework/issues/53861
            "Connection could not be established with host \\\"ssl://smtp.resend.com:587\\\": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\\nerror:0A00010B:SSL routines::wrong version number",
            // https://github.com/laravel/framework/issues/53861
            "Connection could not be established with host \\\"ssl://smtp.gmail.com:587\\\": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\\nerror:1408F10B:SSL routines:ssl3_get_record:wrong version number",
            // https://github.com/magepal/magento2-gmail-smtp-app/issues/197
            "Connection could not be established with host “ssl://email-smtp.eu-central-1.amazonaws.com:587”: stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages: error:0A00010B:SSL routines::wrong version number.",
            // https://github.com/magepal/magento2-gmail-smtp-app/issues/138
            "Warning: stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages: error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol in /home/boxesbox/staging.boxes2boxes.ca/vendor/magento/zendframework1/library/Zend/Mail/Protocol/Abstract.php on line 282",
            // https://github.com/magento/magento2/issues/40028
            "Connection could not be established with host \"ssl://localhost:587\": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages: error:140770FC:SSL routines:SSL23_GET_SERVER_HELL",
            // https://github.com/bfosberry/GameSocial/issues/175
            "(OpenSSL::SSL::SSLError) \"hostname \\\"smtp.gmail.com\\\" does not match the server certificate\"",
            // https://github.com/adamcooke/staytus/issues/38
            "[Worker(host:v-status-001-prod.prod.symcpe.net pid:8323)] Job Issue#send_notifications (id=2) FAILED (3 prior attempts) with OpenSSL::SSL::SSLError: hostname \"smtp.<hostname>.net\" does not match the server certificate",
            // https://github.com/future-architect/vuls/issues/278
            "\"Failed to report, err: Failed to send emails: x509: certificate signed by unknown authority\"",
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
}

/// Erlang/OTP ssl's alert wording (ssl_alert.erl: reason {tls_alert, ...}, "received SERVER
/// ALERT: Fatal - ...") names a failed handshake whatever mail client passes it on.
#[test]
fn erlang_ssl_alerts_read_as_tls_failures() {
    // https://github.com/swoosh/swoosh/issues/411 (Swoosh's SMTP adapter, ssl: true on port 587)
    assert_reads("** (MatchError) no match of right hand side value:\n  {:error, {:tls_alert, {:unexpected_message, \n  'TLS client: In state hello received UNDEFINED ALERT: Fatal - Unexpected Message\\n'}}}", Category::TlsFailed, Outcome::Permanent);
}

/// A connection that was refused, timed out or got no greeting is network_error, temporary
/// (LABELS.md §2 Q1, §3), also inside a framework's "check your credentials" sentence.
#[test]
fn connections_that_fail_before_any_reply() {
    assert_all_read(
        &[
            // https://github.com/sabuhish/fastapi-mail/issues/111
            "fastapi_mail.errors.ConnectionErrors: Exception raised Timed out waiting for server ready message, check your credentials or email service configuration",
            // https://github.com/mageplaza/magento-2-smtp/issues/397
            "Next Magento\\Framework\\Exception\\MailException: cannot connect to host; error = stream_socket_client(): Unable to connect to tcp://mail.dimyoficial.com:587 (Connection refused) (errno = 0 ) in /cache/vendor/mageplaza/module-smtp/Mail/Transport.php:141",
            // https://github.com/open-metadata/OpenMetadata/issues/22356
            "ERROR [2025-07-15 03:18:17,858] [dw-318 - PUT /api/v1/system/email/test] o.o.s.r.s.SystemResource - Failed in sending mail. Message: Was unable to connect to SMTP server\norg.simplejavamail.mailer.internal.MailerException: Was unable to connect to SMTP server",
            // https://github.com/oven-sh/bun/issues/3003
            "error: Failed to connect\n code: \"ECONNECTION\"\n\n      at connect (node:net:222:18)\n      at /mnt/c/Users/Administrator/Documents/Bun/q/node_modules/nodemailer/lib/smtp-connection/index.js:354:35",
            // https://github.com/denoland/deploy_feedback/issues/194
            "TimedOut: Connection timed out (os error 110)\n     at async Object.connect (deno:ext/net/01_net.js:333:17)\n     at async file:///src/mod.ts:1:14",
            // https://github.com/sharsil/mailcat/issues/7
            "Timed out connecting to alt1.gmail-smtp-in.l.google.com. on port 25",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // aiosmtplib's own text (smtp.py _create_connection) names the library under fastapi-mail,
    // and its connect-timeout text names it under mailcat.
    assert_eq!(software_of("fastapi_mail.errors.ConnectionErrors: Exception raised Timed out waiting for server ready message, check your credentials or email service configuration").as_deref(), Some("aiosmtplib"));
    assert_eq!(software_of("Timed out connecting to alt1.gmail-smtp-in.l.google.com. on port 25").as_deref(), Some("aiosmtplib"));
}

/// The server's AUTH refusal carried inside the library's wrapper is auth_failed, permanent;
/// Gmail's BadCredentials wording names Google.
#[test]
fn auth_refusals_inside_library_wrappers() {
    assert_all_read(
        &[
            // https://github.com/sabuhish/fastapi-mail/issues/113
            "fastapi_mail.errors.ConnectionErrors: Exception raised (535, '5.7.8 Username and Password not accepted. Learn more at\\n5.7.8  https://support.google.com/mail/?p=BadCredentials l33-20020a0568302b2100b005cdad9100desm5879477otv.40 - gsmtp'), check your credentials or email service configuration",
            // https://github.com/sabuhish/fastapi-mail/issues/145
            "Exception raised (535, 'Incorrect authentication data'), check your credentials or email service configuration",
            // https://github.com/codemation/easyauth/issues/29
            "fastapi_mail.errors.ConnectionErrors: Exception raised (535, '5.7.8 Username and Password not accepted.",
            // https://github.com/xhit/go-simple-mail/issues/69
            "Mail Error on Auth: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
    assert_eq!(provider_of("fastapi_mail.errors.ConnectionErrors: Exception raised (535, '5.7.8 Username and Password not accepted. Learn more at\\n5.7.8  https://support.google.com/mail/?p=BadCredentials l33-20020a0568302b2100b005cdad9100desm5879477otv.40 - gsmtp'), check your credentials or email service configuration").as_deref(), Some("google"));
}

/// Exchange's "451 5.7.3 STARTTLS is required to send mail" inside Jakarta/Spring Mail's
/// exceptions: the server demands TLS (LABELS.md §5), 4yz so temporary.
#[test]
fn servers_that_demand_starttls() {
    assert_all_read(
        &[
            // https://github.com/apache/hertzbeat/issues/2365
            "[Email Notify Error] Failed messages: org.eclipse.angus.mail.smtp.SMTPSendFailedException: 451 5.7.3 STARTTLS is required to send mail [SG2PR02CA0073.apcprd02.prod.outlook.com 2024-07-24T03:43:18.298Z 08DCAB6EB788477A]",
            // https://github.com/nedimf/maildroid/issues/29
            "com.sun.mail.smtp.SMTPSendFailedException: 451 5.7.3 STARTTLS is required to send mail",
        ],
        Category::TlsRequired,
        Outcome::Temporary,
    );
    assert_eq!(provider_of("[Email Notify Error] Failed messages: org.eclipse.angus.mail.smtp.SMTPSendFailedException: 451 5.7.3 STARTTLS is required to send mail [SG2PR02CA0073.apcprd02.prod.outlook.com 2024-07-24T03:43:18.298Z 08DCAB6EB788477A]").as_deref(), Some("microsoft"));
}

/// Other replies carried by a wrapper keep the reply's meaning: gomail around Postfix's
/// "503 5.5.2 Need rcpt command", Swift Mailer around "550 5.7.1 Relaying denied".
#[test]
fn replies_carried_by_wrappers() {
    // https://github.com/Hell0W0rld0/Github_Hunter_By_Golang/issues/4
    assert_reads("panic: gomail: could not send email 1: 503 5.5.2 Need rcpt command", Category::ProtocolSequence, Outcome::Permanent);
    // https://github.com/overtrue/laravel-mail-aliyun/issues/13
    assert_reads("[2020-07-25 08:44:50] local.ERROR: Expected response code 250 but got code \"550\", with message \"550 5.7.1 Relaying denied\n\" {\"exception\":\"[object] (Swift_TransportException(code: 550): Expected response code 250 but got code \\\"550\\\", with message \\\"550 5.7.1 Relaying denied", Category::RelayDenied, Outcome::Permanent);
}

/// The endpoint the client was set to use names the provider of a library's own error
/// (LABELS.md §4): Resend, Amazon SES.
#[test]
fn submission_hosts_name_the_provider() {
    // https://github.com/laravel/framework/issues/53861
    assert_eq!(provider_of("Connection could not be established with host \\\"ssl://smtp.resend.com:587\\\": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\\nerror:0A00010B:SSL routines::wrong version number").as_deref(), Some("resend"));
    // https://github.com/magepal/magento2-gmail-smtp-app/issues/197
    assert_eq!(provider_of("Connection could not be established with host “ssl://email-smtp.eu-central-1.amazonaws.com:587”: stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages: error:0A00010B:SSL routines::wrong version number.").as_deref(), Some("amazon_ses"));
}

/// Simple Java Mail's generic wrappers with the cause left out name nothing (LABELS.md §3).
#[test]
fn wrappers_without_a_cause_stay_unknown() {
    assert_all_read(
        &[
            // https://github.com/bbottema/simple-java-mail/issues/276
            "\"msg\": \"Failed to send email [<1158311587.1.1663815840084@pal>], reason: **Third party error**\",",
            // https://github.com/bbottema/simple-java-mail/issues/483
            "org.simplejavamail.mailer.internal.MailerException: Failed to send email [ID: '<2027227708.1.1702386582319@[192.168.16.2]>'], reason: Unknown error",
        ],
        Category::Unknown,
        Outcome::Unknown,
    );
}

#[test]
fn no_fr35_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr35-s21.jsonl"));
}
