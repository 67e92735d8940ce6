//! What printers, appliances, self-hosted apps and web frameworks print when sending mail fails
//! (round ap of session 18: tests/corpus/dev-ap-s18.jsonl). Each text is quoted from the page or
//! source named beside it; the expected values are read from that source and
//! tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Devices and apps that drop the server's reply but name the stage themselves: a connection
/// that failed is temporary (LABELS.md §3), a refused or missing login fails until fixed.
#[test]
fn device_status_texts_name_their_cause_without_a_reply() {
    assert_all_read(
        &[
            // ABBYY FlexiCapture's notification settings test: no server at that address or port
            // (https://docs.abbyy.com/flexi-capture/admin-guide/email-notification-smtp).
            "SMTP server connection failed. Check server url or port",
            // Schneider Electric BMENOC0321 e-mail diagnostic code 16#5104.
            "16#5104 Cannot connect to SMTP server",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // Same code table, 16#5108: MAIL FROM refused, the device names a missing login as the cause.
    assert_reads(
        "16#5108 SMTP MAIL request unsuccessful — SMTP server may require authentication",
        Category::AuthRequired,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            // Kyocera send error 1102 (sites.google.com/view/howtoguidesforkyoceraprinters, page 1102).
            "Authentication to the destination has failed",
            // ABBYY FlexiCapture: wrong login or password.
            "SMTP login failed. Check server login or password.",
            // Schneider 16#510D.
            "16#510D Authentication unsuccessful",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
}

/// Apps that only say that sending failed tell no cause; they are never read as delivered.
#[test]
fn bare_app_failures_are_unknown_and_never_success() {
    for text in [
        // HP Color LaserJet Pro MFP through Amazon SES (https://pmcc.net/posts/fixing-hp-scan-to-email-using-postfix).
        "System Failure",
        // HP Smart Tank (https://github.com/Purelymail/purelymail-issues/issues/317).
        "SMTP server error",
        // Keycloak admin console (https://github.com/keycloak/keycloak/issues/26304).
        "Error! Failed to send email",
        // UniFi Network controller log (https://github.com/jacobalberty/unifi-docker/issues/585).
        "WARN event - fail to send email: api.err.SmtpSendFailed",
        // UNMS (https://github.com/Ubiquiti-App/UNMS/issues/10).
        "There was a SMTP error.",
        // Icinga 2 notification log around mail(1) (https://github.com/jjethwa/icinga2/issues/288).
        "terminated with exit code 36, output: mail: cannot send message: Process exited with a non-zero status",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::Unknown, "{text}");
        assert_ne!(e.outcome, Outcome::Success, "{text}");
    }
}

/// The server's reply inside an app's wrapper decides the category (LABELS.md, general order).
#[test]
fn wrapped_replies_are_read_through_the_apps_wrapper() {
    // OPNsense's Monit (https://github.com/opnsense/core/issues/3238): the sender domain has no MX or A record.
    assert_reads(
        "monit[74501]: SMTP: Mailserver response error -- 550 invalid DNS MX or A/AAAA resource record",
        Category::SenderRejected,
        Outcome::Permanent,
    );
    // TrueNAS mail scripts print smtplib's SMTPSenderRefused tuple
    // (https://github.com/JoeSchmuck/Multi-Report/issues/27, https://github.com/oxyde1989/standalone-tn-send-email/issues/12).
    assert_all_read(
        &[
            "KO: (501, b'Mail from address must be same as authorization user.', 'TrueNAS@local.com')",
            "KO: (501, b': sender address must contain a domain', 'MySMTPUserNameHere')",
        ],
        Category::SenderRejected,
        Outcome::Permanent,
    );
    // Laravel through Swift Mailer (https://github.com/stagerightlabs/Centaur/issues/39).
    assert_reads(
        "Swift_TransportException (530) Expected response code 250 but got code \"530\", with message \"530 5.7.1 Authentication required \"",
        Category::AuthRequired,
        Outcome::Permanent,
    );
    // Zulip's Django backend: OpenSMTPD wants AUTH before MAIL FROM (https://github.com/zulip/zulip/issues/94).
    assert_reads(
        "SMTPSenderRefused: (530, '5.5.1 Invalid command: Must issue an AUTH command first', u'Zulip <zulip@domain.tdl>')",
        Category::AuthRequired,
        Outcome::Permanent,
    );
    // DefectDojo's Django backend (https://github.com/DefectDojo/django-DefectDojo/issues/5112).
    assert_reads(
        "smtplib.SMTPSenderRefused: (530, b'5.7.0 Must issue a STARTTLS command first', 'defectdojo')",
        Category::TlsRequired,
        Outcome::Permanent,
    );
    // smtplib's login() where EHLO offered no AUTH (https://github.com/fiduswriter/fiduswriter/issues/85; LABELS.md §5).
    assert_reads("SMTPException(\"SMTP AUTH extension not supported by server.\")", Category::NotImplemented, Outcome::Permanent);
    // Discourse's mail-receiver tempfails RCPT when its API call fails (https://github.com/discourse/discourse/pull/17537).
    assert_reads(
        "450 4.7.1 <recipient@example.com>: Recipient address rejected: Internal error, API request failed",
        Category::ServerError,
        Outcome::Temporary,
    );
    // Spring Boot around Jakarta Mail: the connection closed before any greeting (https://github.com/axllent/mailpit/issues/455).
    assert_reads(
        "Mail server connection failed. Failed messages: jakarta.mail.MessagingException: Got bad greeting from SMTP host: localhost, port: 1025, response: [EOF]",
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// The provider that replied is named from its own words inside the wrapper (LABELS.md §4).
#[test]
fn the_replying_provider_is_named_inside_app_wrappers() {
    // SendGrid refuses basic auth with 2FA (https://github.com/openpolitics/groupthink/issues/459).
    let sendgrid = "Net::SMTPAuthenticationError in ActionMailer::DeliveryJob@mailers\n535 Authentication failed: Basic authentication is not allowed with 2FA enabled. To fix, see https://sendgrid.com/docs/for-developers/sending-email/authentication/#basic-authentication";
    assert_reads(sendgrid, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(sendgrid).as_deref(), Some("sendgrid"));
    // Gmail's WantAuthError on Django's debug page (https://github.com/bavc/signalserver/issues/151).
    let gmail = "SMTPSenderRefused at /password_reset/\n\n(530, b'5.5.1 Authentication Required. Learn more at\\n5.5.1  https://support.google.com/mail/?p=WantAuthError q3sm8571800qte.0 - gsmtp', 'bavc.signalserver@gmail.com')";
    assert_reads(gmail, Category::AuthRequired, Outcome::Permanent);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
}

/// Exchange's refused login reads as one; a stack frame of MailKit names MailKit (clients.tsv).
#[test]
fn exchanges_refused_login_and_mailkits_connect_frame() {
    // Exchange's refused SMTP AUTH, as Microsoft's printer/scanner page lists it
    // (https://github.com/MicrosoftDocs/OfficeDocs-Exchange/pull/2648).
    assert_reads("535 5.7.3 Authentication unsuccessful", Category::AuthFailed, Outcome::Permanent);
    // Bitwarden's server: MailKit's connect timed out (https://github.com/bitwarden/server/issues/618).
    let mailkit = "System.TimeoutException: The operation has timed out.\n   at MailKit.Net.SocketUtils.ConnectAsync(String host, Int32 port, IPEndPoint localEndPoint, Int32 timeout, Boolean doAsync, CancellationToken cancellationToken)\n   at MailKit.MailService.ConnectSocket(String host, Int32 port, Boolean doAsync, CancellationToken cancellationToken)";
    assert_reads(mailkit, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(mailkit).as_deref(), Some("mailkit"));
}
