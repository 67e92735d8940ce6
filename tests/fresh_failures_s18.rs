//! A fresh, unpicked sample of what people paste when mail fails (round fr10, session 18):
//! replies, mail log lines, client and library errors and bounce notices, each quoted from the
//! page named beside it. Expected values are read from those pages and tests/corpus/LABELS.md,
//! never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Mailchimp's list API will not add back a member whose address bounced: the list service keeps
/// the address suppressed, and nothing is sent to it.
/// https://github.com/ibericode/mailchimp-for-wordpress/issues/318
#[test]
fn a_list_service_that_will_not_resubscribe_a_bounced_address_suppresses_it() {
    assert_reads("{email} has bounced, and cannot be resubscribed", Category::Suppressed, Outcome::Permanent);
}

/// Connection failures seen from libraries and apps: refused, timed out, closed, a server name
/// that does not resolve. Failed for now (LABELS.md §2 Q1, §3).
#[test]
fn library_connection_failures_are_network_errors_for_now() {
    assert_all_read(
        &[
            // https://github.com/goauthentik/authentik/issues/10257
            "authentik.events.models.NotificationTransportError: [Errno 111] Connection refused",
            // https://github.com/ceph/ceph/pull/30738
            "server = smtplib.SMTP('name-does-not-resolve', 25)\n...\nsocket.gaierror: [Errno -2] Name or service not known",
            // https://github.com/scudre/alarm-central-station-receiver/issues/14
            "SMTPServerDisconnected: Connection unexpectedly closed",
            // https://github.com/OnyxfireInc/OnyxBackupVM/issues/20
            "2020-07-20 20:40:50 - ERROR: (!) Email report failed to send: Connection unexpectedly closed: timed out [ service:send_email():384 ]",
            // https://github.com/andyedinborough/aenetmail/issues/173
            "Unable to read data from the transport connection: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
            // https://github.com/ltb-project/self-service-password/issues/657
            "send_mail: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// A 250 to MAIL FROM followed by a timeout is no success: the session broke off. Gmail's server
/// answered ("gsmtp"). https://github.com/nilnull/AIM/issues/24
#[test]
fn a_step_accepted_then_a_timeout_is_a_network_error_not_a_success() {
    let text = "From Response :250 2.1.0 OK d17sm11257454wrg.26 - gsmtp Sent Response :Error in reading response from server. Unable to read data from the transport connection: Connection timed out.";
    assert_reads(text, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("google"));
}

/// Implicit TLS against a plain-text port fails the same way every time (LABELS.md §3).
/// https://github.com/ceph/ceph/pull/30738
#[test]
fn implicit_tls_against_a_plain_port_is_a_lasting_tls_failure() {
    assert_reads("ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1056)", Category::TlsFailed, Outcome::Permanent);
}

/// Replies and notices about the recipient's address, as people quote them.
#[test]
fn unknown_recipients_as_people_quote_them() {
    for text in [
        // http://ask-leo.com/why_does_email_bounce.html (a sendmail transcript)
        "550 5.1.1 <somewhere@example.com>... User unknown",
        // https://support.yourhosting.nl/support/solutions/articles/80001083637-als-je-mail-bij-de-heeg-niet-aankomt
        "550 No such recipient here",
        // http://gma-thatpillowguy.com/index-617.html (Gmail's wording)
        "550 5.1.1 The email account that you tried to reach does not exist",
    ] {
        assert_reads(text, Category::MailboxUnknown, Outcome::Permanent);
    }
    assert_eq!(provider_of("550 5.1.1 The email account that you tried to reach does not exist").as_deref(), Some("google"));
}

/// Refusals of the sender: relaying, Gmail's direct-delivery rule, Hotmail's SC-001, Forward
/// Email's SPF/DKIM demand, and a recipient server that greylists.
#[test]
fn refusals_of_the_sender_keep_their_causes() {
    // http://ask-leo.com/why_does_email_bounce.html
    assert_reads("553 sorry, relaying denied from your location [10.10.10.10] (#5.7.1)", Category::RelayDenied, Outcome::Permanent);
    // https://github.com/openfoodfacts/openfoodfacts-server/issues/6110 (Exim log, Gmail's reply)
    let gmail = "2021-12-03 06:36:19 1msI9j-000XTg-MK ** contact@openfoodfacts.org R=dnslookup T=remote_smtp H=aspmx.l.google.com [66.102.1.26] X=TLS1.2:ECDHE_ECDSA_CHACHA20_POLY1305:256 CV=yes DN=\"CN=mx.google.com\": SMTP error from remote mail server after end of data: 550-5.7.1 [213.36.253.206] The IP you're using to send mail is not authorized to\\n550-5.7.1 send email directly to our servers. Please use the SMTP relay at your\\n550-5.7.1 service provider instead.";
    assert_reads(gmail, Category::SenderIpBlocked, Outcome::Permanent);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
    // https://github.com/mailcow/mailcow/issues/374 (Outlook.com documents SC-001 as reputation)
    let hotmail = "<example@hotmail.de>: host mx1.hotmail.com[65.54.188.72] said: 550 SC-001\n    (BAY004-MC1F10) Unfortunately, messages from 85.192.293.100 weren't sent.\n    Please contact your Internet service provider since part of their network\n    is on our block list. You can also refer your provider to\n    http://mail.live.com/mail/troubleshooting.aspx#errors. (in reply to MAIL\n    FROM command)";
    assert_reads(hotmail, Category::SenderReputation, Outcome::Permanent);
    assert_eq!(provider_of(hotmail).as_deref(), Some("microsoft"));
    // https://github.com/forwardemail/free-email-forwarding/issues/29
    let forward = "The message was rejected because of Sender Policy Framework violation -> 550 Please ensure the email service you are sending from either has SPF, DKIM, or is a top-ranked <30K Alexa.com domain. You can most likely resolve this problem by searching on Google for \"$serviceName SPF DKIM setup\" (be sure to replace $serviceName with your email service provider, e.g. \"Zoho\"). If you continue to have issues, please see https://forwardemail.net or file an issue on GitHub at https://github.com/niftylettuce/forward-email. We'd be glad to help out! -- @niftylettuce If you need help with email-forwarding setup or troubleshooting please visit https://forwardemail.net";
    assert_reads(forward, Category::SenderAuthentication, Outcome::Permanent);
    // https://github.com/mail-in-a-box/mailinabox/issues/1445
    assert_reads(
        "SMTP error from remote mail server after RCPT TO:<jeff@my.miab.domain>: 450 4.2.0 <jeff@ my.miab.domain >: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/my.miab.domain.html",
        Category::Greylisted,
        Outcome::Temporary,
    );
}

/// The receiving server's own misconfiguration (Postfix smtpd_check.c, X.3.5), wrapped by
/// Twisted. https://github.com/globaleaks/globaleaks-whistleblowing-software/issues/547
#[test]
fn a_receiving_servers_configuration_error_is_a_server_error() {
    assert_reads(
        "SMTPDeliveryError: 451 No recipients accepted\nglobaleaks-stackexception@lists.globaleaks.org: 451 4.3.5 <tor31.anonymizer.ccc.de[217.115.10.131]>: Client host rejected: Server configuration error",
        Category::ServerError,
        Outcome::Temporary,
    );
}

/// Texts whose cause the sample leaves open still never read as a success.
#[test]
fn no_failure_of_the_sample_reads_as_a_success() {
    for text in [
        // https://github.com/postalserver/postal/issues/2906
        "2024-04-02 19:09:37 +0000 ERROR  POST /login/reset (500) event=request exception_class=Errno::ECONNREFUSED exception_message=Connection refused - connect(2) for \"127.0.0.1\" port 2525",
        // https://thatim.com/cannot-send-mail-the-message-was-rejected-by-the-server-iphone
        "Cannot send mail the message was rejected by the server",
        // https://github.com/nodemailer/nodemailer/issues/382
        "Error: No recipients defined] code: 'EENVELOPE'",
        // https://github.com/nodemailer/nodemailer-smtp-transport/issues/22
        "Error: Can't send mail - all recipients were rejected",
        // https://github.com/rllynch/pi_garage_alert/issues/9
        "Exception sending email: <class 'smtplib.SMTPException'>",
        // http://museum-web2.sakuraha.jp/20040701103314/support/post/manual/trouble/smtp_451.html
        "Warning: could not send message for past 4 hours",
        // https://e-dimensionz.com/whmcs/index.php?rp=/knowledgebase/727/Domain-has-exceeded-the-max-defers-and-failures-per-hour-allowed.html
        "Domain has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.",
    ] {
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
    // Sendmail's delay warning: still being tried.
    assert_eq!(explain("Warning: could not send message for past 4 hours").outcome, Outcome::Temporary);
}

/// Fixed texts that name their program: Sendmail's delay warning (sendmail/envelope.c) and
/// Postfix's answer when one of its restrictions is misconfigured (smtpd_check.c).
#[test]
fn fixed_texts_name_their_program() {
    // http://museum-web2.sakuraha.jp/20040701103314/support/post/manual/trouble/smtp_451.html
    assert_eq!(software_of("Warning: could not send message for past 4 hours").as_deref(), Some("sendmail"));
    // https://github.com/globaleaks/globaleaks-whistleblowing-software/issues/547
    assert_eq!(
        software_of("451 4.3.5 <tor31.anonymizer.ccc.de[217.115.10.131]>: Client host rejected: Server configuration error").as_deref(),
        Some("postfix")
    );
}
