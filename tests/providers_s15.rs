//! Provider markers of the knowledge pack added in session 15 (src/data/knowledge/markers.tsv) on
//! real texts: tokens only one provider or sending service writes name it, and tokens of a
//! program that anyone may run do not. Expected providers are read from each text's source.

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Event and API payloads of sending services: their own field names and error messages.
#[test]
fn sending_services_own_payload_words_name_them() {
    for (text, id) in [
        // A SparkPost generation-failure event (https://github.com/SparkPost/support-docs/pull/207).
        (
            "{\n\t\"msys\": {\n\t\t\"gen_event\": {\n\t\t\t\"rcpt_to\": \"johara2661@q.com\",\n\t\t\t\"reason\": \"554 5.3.3 [internal] Error while rendering part text/plain: line 5: substitution value 'STATE' did not exist or was null\"",
            "sparkpost",
        ),
        // Amazon SES's API errors (https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html,
        // https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html).
        ("ThrottlingException: Daily message quota exceeded", "amazon_ses"),
        ("Mail FROM domain is not verified", "amazon_ses"),
        // An SES bounce notification as a log printed it (https://github.com/mozilla/fxa-auth-server/issues/834).
        (
            r#"{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","reportingMTA":"dns; email.example.com","bouncedRecipients":[{"emailAddress":"username@example.com","status":"5.1.1","action":"failed","diagnosticCode":"smtp; 550 5.1.1 <username@example.com>... User"}]}}"#,
            "amazon_ses",
        ),
        // SendGrid's drop reason (https://sendgrid.com/docs/for-developers/tracking-events/event/).
        (r#""event":"dropped", "reason":"Spam Content (if Spam Checker app is enabled)""#, "sendgrid"),
        // Proton Mail Bridge's SMTP refusal (https://github.com/frappe/frappe/issues/41429).
        (
            "smtplib.SMTPDataError: (554, b'5.0.0 Error: The account is not available in Bridge. Verify the outgoing server settings in your mail client and try again')",
            "proton",
        ),
        // Forward Email (https://github.com/forwardemail/free-email-forwarding/issues/120).
        ("550 Invalid forward-email TXT record", "forwardemail"),
    ] {
        assert_eq!(provider_of(text).as_deref(), Some(id), "{text}");
    }
}

/// Mailbox providers' own reply texts and links, in English and in other languages.
#[test]
fn mailbox_providers_own_replies_name_them() {
    for (text, id) in [
        // Microsoft 365's refusal of TLS 1.0/1.1 for SMTP AUTH (https://www.cubesys.com.au/exchange-online-new-endpoint-for-smtp-auth-clients-still-using-tls-1-0-or-tls-1-1-act-before-2022/).
        (
            "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls",
            "microsoft",
        ),
        // Exchange Online's 5.7.705 in German (https://support.microsoft.com/de-de/topic/ndr-fehlercodes-550-5-7-703-550-5-7-705-550-5-7-708-und-550-5-7-750-f5675801-1846-4d1c-9599-5b4e26a9175d).
        ("5.7.705 Zugriff verweigert, Mandant hat den Schwellenwert überschritten.", "microsoft"),
        // The same NDR in Polish, as GoDaddy's Microsoft 365 help lists it
        // (https://pl.godaddy.com/help/co-to-znaczy-ze-poczta-zostala-odbita-3568).
        ("Dzierżawca przekroczył próg", "microsoft"),
        // Microsoft 365's outbound spam filter verdict (https://github.com/WPManageNinja/fluent-smtp/issues/101).
        (
            "Cannot send this mail due to a transient error. Please try again later (0x00004000)., WASCL UserAction verdict is not None. Actual verdict is TransientError.",
            "microsoft",
        ),
        // Interia.pl's temporary block for spam (https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-my-emails-to-interiapl-being-rejected-and-what-can-i-do-about-it).
        ("450 4.7.1 Twoj serwer poczty x.x.x.x zostal tymczasowo zablokowany za spam", "interia"),
        // Apple's Hide My Email relay answering a Postfix client
        // (https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/rhost-apple-05.eml).
        (
            "<test-of-zhzkndneko@privaterelay.appleid.com>: host\n    smtp1.privaterelay.appleid.com[17.57.152.15] said: 550 5.1.1\n    <test-of-zhzkndneko@privaterelay.appleid.com>: user not found (in reply to\n    RCPT TO command)",
            "apple",
        ),
    ] {
        assert_eq!(provider_of(text).as_deref(), Some(id), "{text}");
    }
}

/// Momentum (ecelerity), the MTA behind SparkPost, is also run on premises: its "[internal]" tag
/// alone does not say SparkPost answered (Broadcom's pages quote it from their own gateways).
#[test]
fn an_mta_tag_that_anyone_may_run_names_no_provider() {
    for text in [
        // https://knowledge.broadcom.com/external/article/157525/smtp-code-451-441-internal-connection-wa.html
        "451 4.4.1 [internal] connection was not attempted: domain is marked down (too many connection failures)",
        // https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html
        "554 5.4.7 [internal] exceeded max time without delivery",
    ] {
        assert_eq!(provider_of(text), None, "{text}");
    }
}

/// Status codes that only Microsoft 365 writes name it when no words do; a code that any
/// Exchange server writes names nobody.
#[test]
fn codes_only_microsoft_365_writes_name_it() {
    for text in [
        // Exchange Online's message trace (https://developerpublish.com/microsoft-365-exchange-error-code-4-4-316-connection-refused-messagesocket-error-code-10061/).
        "4.4.316 – Connection refused [Message=Socket error code 10061]",
        // Its hybrid connector deferring to an on-premises server that demands STARTTLS
        // (https://ex-shell.com/2022/10/25/error-450-4-4-317-cannot-connect-to-remote-server-451-5-7-3-starttls-is-required-to-send-mail/).
        "LED=450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]",
    ] {
        assert_eq!(provider_of(text).as_deref(), Some("microsoft"), "{text}");
    }
    // An on-premises Exchange 2010 queue (https://www.sikich.com/insight/exchange-server-message-queue-error-451-4-4-0-dns-query-failed/).
    assert_eq!(provider_of("451 4.4.0 DNS query failed"), None);
}
