//! Sending services' API errors and event payloads (session 15, rows of the knowledge pack in
//! src/data/knowledge/: markers.tsv, phrases.tsv, outcomes.tsv). Each text is a service's own
//! sample or a real text from a public page; the expected values are read from the service's
//! documentation of that field or error, not from the program's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Postmark's bounce webhook and bounce records: a HardBounce is Postmark's "unknown user,
/// mailbox not found", and Postmark marks the address inactive (it will not send to it again).
#[test]
fn postmark_hard_bounce_records_are_unknown_mailboxes_for_good() {
    for text in [
        // The bounce webhook sample, https://postmarkapp.com/email-webhooks.
        "{\n    \"ID\": 42,\n    \"Type\": \"HardBounce\",\n    \"TypeCode\": 1,\n    \"Name\": \"Hard bounce\",\n    \"Tag\": \"Test\",\n    \"MessageID\": \"883953f4-6105-42a2-a16a-77a8eac79483\",\n    \"Description\": \"The server was unable to deliver your message (ex: unknown user, mailbox not found).\",\n    \"Details\": \"Test bounce details\",\n    \"Email\": \"john@example.com\",\n    \"BouncedAt\": \"2014-08-01T13:28:10.2735393-04:00\",\n    \"DumpAvailable\": true,\n    \"Inactive\": true,\n    \"CanActivate\": true,\n    \"Subject\": \"Test subject\"\n  }",
        // A bounce record without its description, as the .NET client's wiki prints it
        // (https://github.com/ActiveCampaign/postmark-dotnet/wiki/Using-the-Bounce-API).
        "{\n\"ID\": 123456789,\n\"Type\": \"HardBounce\",\n\"MessageID\" : \"d12c2f1c-60f3-4258-b163-d17052546ae4\",\n\"TypeCode\" : 1,\n\"Details\": \"test bounce\",\n\"Email\": \"john.appleseed@example.com\",\n\"DumpAvailable\": true,\n\"Inactive\": true,\n\"CanActivate\": true\n}",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::MailboxUnknown, "{text}");
        assert_eq!(e.outcome, Outcome::Permanent, "{text}");
        assert_eq!(provider_of(text).as_deref(), Some("postmark"), "{text}");
    }
}

/// Postmark's API error 412: an account pending approval may only send within its own domain
/// (https://postmarkapp.com/developer/api/overview#error-codes); the text is from
/// https://github.com/edenlabllc/ehealth.api/issues/151.
#[test]
fn postmark_pending_account_is_a_restricted_account() {
    let text = "There was a problem sending the email through the Postmark API.\nHere is the response:\n\"{\\\"ErrorCode\\\":412,\\\"Message\\\":\\\"While your account is pending approval, all recipient addresses must share the same domain as the 'From' address. The domain of the 'From' address is 'ehealth.world', but you are attempting to send email to the following domain: 'gmail.com'.\\\"}\"";
    let e = explain(text);
    assert_eq!(e.category.id, Category::SenderAccountBlocked);
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("postmark"));
}

/// Mailgun's "failed" event: severity "temporary" means Mailgun will retry, "permanent" that it
/// dropped the message (https://help.mailgun.com/hc/en-us/articles/203661564-Events-Logs-Message-Event-Types).
#[test]
fn mailgun_failed_events_tell_the_outcome_by_severity() {
    // https://github.com/anymail/django-anymail/issues/130: a retried failure, no cause named.
    let retried = "{\n  \"event\": \"failed\",\n  \"reason\": \"generic\",\n  \"severity\": \"temporary\"\n}";
    assert_eq!(explain(retried).outcome, Outcome::Temporary);
    let dropped = "{\n  \"event\": \"failed\",\n  \"reason\": \"generic\",\n  \"severity\": \"permanent\"\n}";
    assert_eq!(explain(dropped).outcome, Outcome::Permanent);
    // An event with Mailgun's own fields names Mailgun (https://pastebin.com/UA4tVYcU, the fields
    // of https://documentation.mailgun.com/en/latest/api-events.html#event-structure).
    let event = "{\n\"severity\": \"temporary\",\n\"recipient-domain\": \"seznam.cz\",\n\"event\": \"failed\",\n\"reason\": \"generic\",\n\"user-variables\": {},\n\"log-level\": \"warn\"\n}";
    assert_eq!(provider_of(event).as_deref(), Some("mailgun"));
    assert_eq!(explain(event).outcome, Outcome::Temporary);
}

/// MailChannels' Domain Lockdown refusal (https://docs.mailchannels.com/email-api/sending-policies)
/// names MailChannels; it refuses the sender for its domain, with no SPF/DKIM/DMARC words, so it
/// reads as a refused sender (tests/corpus/LABELS.md §1 Q5). The text is Exim's report of it,
/// https://mydashboard.webhostingm.com/knowledgebase/641/Domain-Lockdown-and-SMTP-Error-550-5.7.1-Sender-Not-Authorized.html.
#[test]
fn mailchannels_domain_lockdown_is_a_refused_sender() {
    let text = "TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after end of data: 550 5.7.1 This sender is not authorized to send from example_domain.com.";
    let e = explain(text);
    assert_eq!(e.category.id, Category::SenderRejected);
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("mailchannels"));
}

/// Mailtrap's Python SDK raises `AuthorizationError` for its API's 401
/// (railsware/mailtrap-python, mailtrap/exceptions.py); the text is from
/// https://github.com/mailtrap/mailtrap-python/issues/3.
#[test]
fn mailtrap_sdk_authorization_error_is_a_refused_token() {
    let text = "mailtrap.exceptions.AuthorizationError: Unauthorized";
    let e = explain(text);
    assert_eq!(e.category.id, Category::AuthFailed);
    assert_eq!(provider_of(text).as_deref(), Some("mailtrap"));
}

/// Resend's validation error for a malformed recipient (https://resend.com/docs/api-reference/errors);
/// the text is from https://github.com/resend/resend-python/issues/65.
#[test]
fn resend_malformed_recipient_is_a_request_format_error() {
    let text = "Invalid 'to' field. The email address needs to follow the email@example.com or Name <email@example.com> format.";
    assert_eq!(explain(text).category.id, Category::MessageFormat);
}

/// SendGrid's refusal of an API key without the mail.send permission (Twilio error 60604,
/// https://twilio.com/docs/api/errors/60604); the text is from
/// https://github.com/sendgrid/sendgrid-php/issues/181.
#[test]
fn sendgrid_key_without_send_permission_is_a_refused_credential() {
    let text = "{\n  \"errors\": [\"Authenticated user is not authorized to send mail\"],\n  \"message\": \"error\"\n}";
    let e = explain(text);
    assert_eq!(e.category.id, Category::AuthFailed);
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("sendgrid"));
}

/// Resend's missing_api_key error (https://resend.com/docs/api-reference/errors): the request
/// carried no key, so the service asks for a login.
#[test]
fn resend_missing_key_asks_for_credentials() {
    let text = "Missing API key in the authorization header.";
    assert_eq!(explain(text).category.id, Category::AuthRequired);
    assert_eq!(provider_of(text).as_deref(), Some("resend"));
}
