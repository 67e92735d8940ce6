//! Sending services' API errors and event payloads (session 15), and replies of the big providers
//! and sending services as people paste them (round fr22, session 19), and services' own texts from
//! their SDKs and documentation (round esp2, session 20: SocketLabs, Zoho Campaigns, Mailtrap,
//! Amazon SES, Brevo, Postmark); rows of the knowledge pack in src/data/knowledge/: markers.tsv,
//! phrases.tsv, outcomes.tsv. Each text is a service's own sample or a real text from a public
//! page; the expected values are read from the service's documentation of that field or error, not
//! from the program's output.

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

const KUMO: &str = "kumomta";
const POSTAL: &str = "postal";

/// KumoMTA's own responses in its log records, from its docs and kumod's source.
#[test]
fn kumomtas_own_responses_name_their_cause() {
    // docs/reference/kumo/make_egress_path/consecutive_connection_failures_before_delay.md:
    // no host of the destination could be reached, again and again (RFC 3463 X.4.1).
    let no_answer = "451 4.4.1 No answer from any hosts listed in MX";
    assert_reads(no_answer, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(no_answer).as_deref(), Some(KUMO));
    assert_eq!(provider_of(no_answer), None);

    // docs/reference/kumo.dns/set_mta_sts_enabled.md: the destination's MTA-STS policy allows
    // none of its own MX hosts; the destination has to fix it, KumoMTA keeps the message.
    let mta_sts = "451 4.4.4 failed to resolve queue random-domain-example.com: MTA-STS enforce \
                   policy for random-domain-example.com permits none of its MX hosts \
                   [\"mx01.mail.icloud.com.\", \"mx02.mail.icloud.com.\"]; allowed mx patterns: \
                   [\"*.mx.cloudflare.net\"]. The destination is undeliverable until its MTA-STS \
                   policy is corrected.";
    assert_reads(mta_sts, Category::ReceiverMisconfigured, Outcome::Temporary);
    assert_eq!(software_of(mta_sts).as_deref(), Some(KUMO));

    // docs/reference/kumo/suspend_delivery_when_spool_unhealthy.md: the message could not be
    // read back from KumoMTA's own spool; no SMTP transaction was started.
    assert_reads(
        "{\"type\": \"TransientFailure\", \"response\": {\"code\": 400, \"content\": \"KumoMTA \
         internal: error in deliver_message: IO error: No such file or directory: ...\"}}",
        Category::ServerError,
        Outcome::Temporary,
    );

    // crates/integration-tests/src/test/eightbitmime.rs: a Bounce record; the destination lacks
    // the 8BITMIME extension the 8-bit body needs.
    let eightbit = "from=<sender@example.com> to=<recip@example.com> why='KumoMTA internal: DATA \
                    is 8bit, destination does not support 8BITMIME. Conversion via \
                    msg:check_fix_conformance during reception is required' subject=\"x\"";
    assert_eq!(category_of(eightbit), Category::NotImplemented);
    assert_ne!(explain(eightbit).outcome, Outcome::Success);

    // docs/reference/kumo/make_egress_path/dispatcher_progress_watchdog_timeout.md.
    let watchdog = "{\"type\": \"Delayed\", \"response\": {\"code\": 451, \"content\": \
                    \"dispatcher watchdog aborted task; phase=DeliveringMessage detail=\\\"lua: \
                    send\\\" session=db5e6704-05d3-4c8b-9cac-e3edd39e5c7a\"}}";
    assert_eq!(software_of(watchdog).as_deref(), Some(KUMO));
    assert_eq!(explain(watchdog).outcome, Outcome::Temporary);
}

/// Postal's delivery details (app/senders/smtp_sender.rb, app/lib/message_dequeuer/*.rb).
#[test]
fn postals_delivery_details_name_postal() {
    // https://github.com/postalserver/postal/issues/367: Postal's HardFail detail, then Gmail's
    // refusal for the sending domain's very low reputation (LABELS §1 Q3).
    let hard_fail = "Permanent SMTP delivery error when sending to gmail-smtp-in.l.google.com \
                     (108.177.xx.xx)\n550-5.7.1 [81.xx.xx.xx 19] Our system has detected that \
                     this message is 550-5.7.1 likely suspicious due to the very low reputation \
                     of the sending 550-5.7.1 domain. To best protect our users from spam, the \
                     message has been 550-5.7.1 blocked. Please visit 550 5.7.1 \
                     https://support.google.com/mail/answer/188131 for more information. \
                     l5si8427546wrg.365 - gsmtp";
    assert_reads(hard_fail, Category::SenderReputation, Outcome::Permanent);
    assert_eq!(provider_of(hard_fail).as_deref(), Some("google"));
    assert_eq!(software_of(hard_fail).as_deref(), Some(POSTAL));

    // outgoing_message_processor.rb: held because the address is on the suppression list.
    let suppressed = "Recipient (user@example.com) is on the suppression list (reason: too many \
                      hard fails)";
    assert_reads(suppressed, Category::Suppressed, Outcome::Permanent);
    assert_eq!(software_of(suppressed).as_deref(), Some(POSTAL));

    // single_message_processor.rb: the customer's mail server in Postal is suspended (§5).
    let suspended = "Mail server has been suspended. No e-mails can be processed at present. \
                     Contact support for assistance.";
    assert_reads(suspended, Category::SenderAccountBlocked, Outcome::Permanent);
    assert_eq!(software_of(suspended).as_deref(), Some(POSTAL));

    // outgoing_message_processor.rb: the server's send limit is reached, the message is held.
    let held = "Message held because send limit (500) has been reached.";
    assert_eq!(category_of(held), Category::RateLimited);
    assert_eq!(software_of(held).as_deref(), Some(POSTAL));
    assert_ne!(explain(held).outcome, Outcome::Success);
}

/// Haraka outbound (outbound/hmail.js): its temporary failures are retried.
#[test]
fn harakas_outbound_temp_fails_are_temporary() {
    // https://github.com/haraka/Haraka/issues/2520 (hmail.js temp_fail).
    let tried_all = "Oct 17 13:10:59  haraka[23821]: [INFO] \
                     [7B6260E0-240F-4AAD-9E52-1188B0D14DC5.1.1] [outbound] Temp failing \
                     1539758017236_1539762057544_6_23821_XrUdrN_11_subdomain.domain.com for 4096 \
                     seconds: Tried all MXs";
    assert_eq!(explain(tried_all).outcome, Outcome::Temporary);
    assert_eq!(software_of(tried_all).as_deref(), Some("haraka"));

    // https://github.com/haraka/Haraka/issues/2222: the remote MX timed out waiting for the
    // data and closed the connection; Haraka's debug line for the temporary failure.
    let timeout = "2017-10-18T13:14:54.666Z [DEBUG] [-] [core] Temp fail for: Upstream error: 421 \
                   Enter message, ending with \".\" on a line by itself mx1.bon.at SMTP incoming \
                   data timeout - closing connection.";
    assert_reads(timeout, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(timeout).as_deref(), Some("haraka"));
}

/// PowerMTA accounting "b" records as the port25-bouncehandler README prints them
/// (https://github.com/magicdude4eva/port25-bouncehandler): the bounceCat field names PowerMTA.
#[test]
fn powermta_bounce_records_name_powermta() {
    let bad_domain = "b,2016-05-29 01:10:51+0200,bad-domain,vmta-mymta04,mailwizz@example.com,\
                      XXX@domain.com,sourcemta.domain.com (0.0.0.0),1.1.1.1,,5.1.2 (bad \
                      destination system: no such domain),";
    assert_reads(bad_domain, Category::DomainUnknown, Outcome::Permanent);
    assert_eq!(software_of(bad_domain).as_deref(), Some("powermta"));

    let bad_mailbox = "b,2016-05-29 01:10:23+0200,bad-mailbox,vmta-mymta03,mailwizz@example.com,\
                       YYY@anotherdomain.com,sourcemta.domain.com (0.0.0.0),1.1.1.1,,5.1.1 (bad \
                       destination mailbox address),mx1.destindomain.com (2.2.2.2)";
    assert_reads(bad_mailbox, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(software_of(bad_mailbox).as_deref(), Some("powermta"));
}

/// Events where the ESP itself refused to send: the ESP is the provider (LABELS §4), and the
/// address or the message is what it refused. Payloads from django-anymail's tests
/// (tests/test_<esp>_webhooks.py).
#[test]
fn an_esp_that_refused_by_itself_is_the_provider() {
    for (text, category, provider) in [
        // Brevo's blocked event: the contact is on the account's blocklist.
        (
            "{\"event\": \"blocked\", \"email\": \"recipient@example.com\", \"reason\": \"blocked : \
             due to blacklist user\"}",
            Category::Suppressed,
            "brevo",
        ),
        // Mailjet's blocked event: it takes the domain for a misspelling and will not send.
        (
            "{\"event\": \"blocked\", \"email\": \"bad@example.com\", \"error_related_to\": \
             \"domain\", \"error\": \"typofix\"}",
            Category::DomainUnknown,
            "mailjet",
        ),
        // Resend's bounce event for an address on the account-level suppression list.
        (
            "\"type\": \"email.bounced\", \"bounce\": {\"message\": \"Resend has suppressed \
             sending to this address because it is on the account-level suppression list. This \
             does not count toward your bounce rate metric\"}",
            Category::Suppressed,
            "resend",
        ),
        // SendGrid's dropped events name its own suppression lists.
        (
            "\"event\": \"dropped\", \"sg_message_id\": \
             \"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0\", \"reason\": \"Bounced \
             Address\", \"status\": \"5.0.0\"",
            Category::Suppressed,
            "sendgrid",
        ),
        (
            "\"sg_event_id\": \"oxy9OLwMTAy5EsuZn1qhIg\", \"sg_message_id\": \
             \"filter0199p1las1.4745.5717FB6F5.0\", \"reason\": \"Unsubscribed Address\", \
             \"event\": \"dropped\"",
            Category::Suppressed,
            "sendgrid",
        ),
        // Amazon SES's Reject event: it found a virus in the message ("Bad content").
        (
            "\"eventType\": \"Reject\", \"mail\": {\"destination\": [\"recipient@example.com\"]}, \
             \"reject\": {\"reason\": \"Bad content\"}",
            Category::VirusDetected,
            "amazon_ses",
        ),
        // Mailgun's legacy dropped events, codes 605 and 607: its own suppression lists.
        (
            "{\"code\": \"605\", \"description\": \"Not delivering to previously bounced \
             address\", \"reason\": \"hardfail\", \"event\": \"dropped\"}",
            Category::Suppressed,
            "mailgun",
        ),
    ] {
        assert_reads(text, category, Outcome::Permanent);
        assert_eq!(provider_of(text).as_deref(), Some(provider), "{text}");
    }
}

/// Events that carry the ESP's reading of a failure elsewhere: no server of a known provider
/// replied, so no provider is named (LABELS §4), and the outcome follows the event.
#[test]
fn esp_events_about_the_destination_name_the_cause() {
    // Mailjet's hard bounce for a domain that does not exist.
    let invalid_domain = "{\"event\": \"bounce\", \"email\": \"invalid@invalid\", \"blocked\": \
                          true, \"hard_bounce\": true, \"error_related_to\": \"domain\", \
                          \"error\": \"invalid domain\"}";
    assert_reads(invalid_domain, Category::DomainUnknown, Outcome::Permanent);
    assert_eq!(provider_of(invalid_domain), None);

    // SendGrid's deferred event: the recipient's server throttled SendGrid's IPs; still retried.
    let throttled = "\"response\": \"Email was deferred due to the following reason(s): [IPs were \
                     throttled by recipient server]\", \"event\": \"deferred\", \"attempt\": \"1\"";
    assert_reads(throttled, Category::RateLimited, Outcome::Temporary);
    assert_eq!(provider_of(throttled), None);

    // Brevo's soft bounce when it finds no MX for the domain.
    let no_mx = "{\"event\": \"soft_bounce\", \"email\": \"recipient@no-mx.example.com\", \
                 \"reason\": \"undefined Unable to find MX of domain no-mx.example.com\"}";
    assert_eq!(category_of(no_mx), Category::DomainUnknown);
    assert_eq!(provider_of(no_mx), None);

    // SparkPost's generation_failure event: its template could not be rendered, so no message
    // was built (as in the dev row pm-s15-0026).
    let render = "\"type\": \"generation_failure\", \"error_code\": \"554\", \"raw_rcpt_to\": \
                  \"recipient@example.com\", \"raw_reason\": \"554 5.3.3 [internal] Error while \
                  rendering part html: ...\", \"template_id\": \"test-template\"";
    assert_reads(render, Category::MessageFormat, Outcome::Permanent);

    // Mailgun's failed event carrying the receiver's greylisting reply.
    assert_reads(
        "\"event\": \"failed\", \"severity\": \"temporary\", \"reason\": \"greylisted\", \
         \"delivery-status\": {\"mx-host\": \"mx.example.com\", \"attempt-no\": 1, \
         \"description\": \"Recipient address rejected: Greylisted\", \"code\": 450, \
         \"message\": \"Recipient address rejected: Greylisted\"}",
        Category::Greylisted,
        Outcome::Temporary,
    );
}

/// None of this round's failure records reads as a success.
#[test]
fn no_failure_record_reads_as_success() {
    for text in [
        "451 4.4.4 MX didn't resolve to any hosts",
        "Message held because send limit (500) has been reached.",
        "{\"code\": \"499\", \"description\": \"Unable to connect to MX servers: [example.com]\", \
         \"reason\": \"old\", \"event\": \"dropped\"}",
        "\"type\": \"email.bounced\", \"bounce\": {\"message\": \"The recipient's email provider \
         sent a hard bounce message, but didn't specify the reason for the hard bounce.\"}",
        "\"event_name\": \"transactional_email_status\", \"status\": \"spam\", \"email\": \
         \"to@example.com\", \"delivery_info\": {\"delivery_status\": \"err_spam_rejected\", \
         \"destination_response\": \"550 Spam rejected\"}",
    ] {
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
}

/// Yahoo's TS* deferrals share one sentence whatever the TSS number: LABELS.md §1 files them
/// with complaints and poor reputation, and 421 is temporary.
#[test]
fn yahoos_complaints_and_volume_deferrals_are_sender_reputation() {
    for text in [
        // https://community.fortinet.com/t5/FortiMail/Troubleshooting-Tip-How-to-resolve-421-4-7-0-TSS05-Messages-from/ta-p/380206
        "421 4.7.0 [TSS05] Messages from x.x.x.x temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
        // https://secuserve.zammad.com/help/en-us/5-f-a-q/397-deferred-yahoo-said-421-4-7-0-tss04
        "host mx-eu.mail.am0.yahoodns.net[*********] said:\n421 4.7.0 [TSS04] Messages from ********* temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes\n(in reply to MAIL FROM command)",
    ] {
        assert_reads(text, Category::SenderReputation, Outcome::Temporary);
        assert_eq!(provider_of(text).as_deref(), Some("yahoo"), "{text}");
    }
}

/// Amazon SES parses each message and refuses a malformed one with "554 Transaction failed:
/// <parser message>": a message-format failure, told by SES.
#[test]
fn amazon_ses_parser_refusals_are_message_format() {
    for text in [
        // https://github.com/jeffaco/duplicacy-util/issues/36
        "Error: gomail: could not send email 1: 554 Transaction failed: Expected '/', got ;",
        // https://github.com/xreef/EMailSender/issues/49
        "Sending message error (554 Transaction failed: Duplicate header 'Content-Type'.)",
        // https://github.com/smartinez87/exception_notification/issues/132
        "Net::SMTPFatalError (554 Transaction failed: Missing final '@domain'",
        // https://github.com/mailcow/mailcow-dockerized/issues/4052
        "554 Transaction failed: Duplicate header 'DKIM-Signature'",
        // https://github.com/magepal/magento2-gmail-smtp-app/issues/153 (shown without its code)
        "Transaction failed: Expected disposition, got =",
    ] {
        assert_reads(text, Category::MessageFormat, Outcome::Permanent);
        assert_eq!(provider_of(text).as_deref(), Some("amazon_ses"), "{text}");
    }
}

/// Gmail's DMARC refusal quotes the sender's domain (here yahoo.com); the server that replied
/// is Google's.
#[test]
fn gmails_dmarc_refusal_names_google_not_the_quoted_domain() {
    for text in [
        // https://github.com/forwardemail/free-email-forwarding/issues/39
        "550: Message failed: 550-5.7.1 Unauthenticated email from yahoo.com is not accepted due to domain's",
        // https://github.com/nodemailer/nodemailer/issues/469
        "Unauthenticated email from yahoo.com is not accepted due to domain\\'s\\n550-5.7.1 DMARC policy",
    ] {
        assert_reads(text, Category::SenderAuthentication, Outcome::Permanent);
        assert_eq!(provider_of(text).as_deref(), Some("google"), "{text}");
    }
}

/// Brevo's API refusal of a request without a usable api-key header
/// (https://github.com/WPManageNinja/fluent-smtp/issues/283). Its outcome is left out: the
/// HTTP status 401 is read as an SMTP 4xx code today (see the round's report).
#[test]
fn brevos_missing_api_key_is_an_authentication_failure() {
    let text = "\"authentication not found in headers\" (401)";
    assert_eq!(category_of(text), Category::AuthFailed);
    assert_eq!(provider_of(text).as_deref(), Some("brevo"));
}

/// Texts of this round that already read right: account restrictions, logins and recipients.
#[test]
fn the_rounds_other_provider_replies_read_as_their_sources_say() {
    // https://github.com/cachethq/cachet/issues/3052: Zoho stops the sending account.
    let zoho = "Expected response code 250 but got code \"550\", with message \"550 5.4.6 Unusual sending activity detected. <a href=https://www.zoho.com/mail/help/usage-policy.html target=_blank>Learn more.</a> To unblock <a href=https://mail.zoho.com/UnblockMe target=_blank>Click here.</a>";
    assert_reads(zoho, Category::SenderAccountBlocked, Outcome::Permanent);
    assert_eq!(provider_of(zoho).as_deref(), Some("zoho"));
    // https://github.com/zonque/AlRide/issues/7: Mailgun's sandbox domain (LABELS.md §5).
    let mailgun = "Net::SMTPFatalError (554 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in domain settings.";
    assert_reads(mailgun, Category::SenderAccountBlocked, Outcome::Permanent);
    assert_eq!(provider_of(mailgun).as_deref(), Some("mailgun"));
    // https://github.com/lukevella/rallly/issues/3154 and https://github.com/pppscn/SmsForwarder/issues/631
    assert_all_read(
        &[
            "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
            "Failed to send email: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // https://github.com/nodemailer/nodemailer/issues/1116 and https://github.com/bakercp/ofxSMTP/issues/13
    for text in [
        "{ Error: Invalid login: 534-5.7.9 Application-specific password required. Learn more at\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor o13sm2119833lfg.90 - gsmtp",
        "Exception: Login using LOGIN password failed: 535-5.7.8 Username and Password not accepted. Learn more at\n535 5.7.8  https://support.google.com/mail/answer/14257 j88sm1532869qgf.7 - gsmtp",
    ] {
        assert_reads(text, Category::AuthFailed, Outcome::Permanent);
        assert_eq!(provider_of(text).as_deref(), Some("google"), "{text}");
    }
    // https://github.com/postalserver/postal/issues/253: Yahoo has no such account.
    let yahoo = "host mta5.am0.yahoodns.net[66.196.118.36] said: 554 delivery error: dd This user doesn't have a yahoo.com account (wnbrwnuirwnbunrw943n894n9bn3459bn3459@yahoo.com) [0] - mta1284.mail.bf1.yahoo.com (in reply to end of DATA command)";
    assert_reads(yahoo, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(yahoo).as_deref(), Some("yahoo"));
    // https://github.com/dexie/Dexie.js/issues/2163: Gmail's 421 names no cause (LABELS.md § General order).
    assert_reads(
        "Error: Server terminates connection. response=421 4.7.0 Try again later, closing connection.",
        Category::ServerUnavailable,
        Outcome::Temporary,
    );
}

/// No failure of this round reads as a success.
#[test]
fn no_failure_of_the_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr22-s19.jsonl"));
}

/// A sending service stopping its own customer's account is `sender_account_blocked`
/// (LABELS.md §5): the fix is in the sender's account at that service.
#[test]
fn a_service_stopping_its_customers_account_is_sender_account_blocked() {
    assert_all_read(
        &[
            // Zoho Campaigns email API errors 400015, 400016, 400026
            // (https://www.zoho.com/campaigns/help/emailapi/error-codes.html).
            "Your account license expired.",
            "You do not have sufficient credits to perform this action.",
            "Your trial period has ended",
            // Amazon SES SendBulkEmail status ACCOUNT_SUSPENDED
            // (https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_BulkEmailEntryResult.html).
            "ACCOUNT_SUSPENDED: Your account has been shut down because of issues related to your email sending practices.",
            // Amazon SES BulkEmailDestinationStatus (AWS SDK for Kotlin reference).
            "AccountSendingPaused: Email sending for the Amazon SES account was disabled using the UpdateAccountSendingEnabled operation.",
            "ConfigurationSetSendingPaused: Email sending for this configuration set was disabled using the UpdateConfigurationSetSendingEnabled operation.",
            // Postmark API error 413 (https://gist.github.com/abhijit-hota/27f385c8bf90028adc893bdf91482547).
            "Account May Not Send",
        ],
        Category::SenderAccountBlocked,
        Outcome::Permanent,
    );
}

/// The service's own fixed sentences name it (LABELS.md §4: its documented fixed text), and a
/// licence that expired on the sender's side is not the receiving side's licence.
#[test]
fn the_services_fixed_sentences_name_the_service() {
    // SES's ACCOUNT_SUSPENDED and ACCOUNT_THROTTLED sentences, its v2 exception message and the
    // operation names it cites.
    for text in [
        "ACCOUNT_SUSPENDED: Your account has been shut down because of issues related to your email sending practices.",
        "ACCOUNT_THROTTLED: The number of emails you can send has been reduced because your account has exceeded its allocated sending limit.",
        "ACCOUNT_DAILY_QUOTA_EXCEEDED: You have reached or exceeded the maximum number of emails you can send from your account in a 24-hour period.",
        "MAIL_FROM_DOMAIN_NOT_VERIFIED: The sender's email address or domain was not verified.",
        "The message can’t be sent because the sending domain isn’t verified.",
        "AccountSendingPaused: Email sending for the Amazon SES account was disabled using the UpdateAccountSendingEnabled operation.",
    ] {
        assert_eq!(provider_of(text).as_deref(), Some("amazon_ses"), "{text}");
    }
    // Postmark API errors 413, 401 and 400.
    for text in ["Account May Not Send", "Sender signature not confirmed", "Sender Signature not found"] {
        assert_eq!(provider_of(text).as_deref(), Some("postmark"), "{text}");
    }
    // Mailtrap's SMTP refusal, as Nodemailer prints it (Mailtrap docs,
    // troubleshooting/sending-from-domain-not-allowed.md), and its Suspension event.
    let mailtrap_smtp = "Error: Mail command failed: 550 5.7.1 Sending from domain is not allowed";
    assert_eq!(provider_of(mailtrap_smtp).as_deref(), Some("mailtrap"));
    assert_reads(mailtrap_smtp, Category::SenderRejected, Outcome::Permanent);
    // Zoho Campaigns email API error 400009.
    assert_eq!(provider_of("Sender domain not authenticated. Please authenticate your domain before sending.").as_deref(), Some("zoho"));
    // The receiving side's "422 License Expired" keeps its own reading.
    assert_ne!(category_of("Your account license expired."), category_of("smtp;422 License Expired"));
}

/// Brevo's IP-authorization refusals (WP Mail SMTP's Brevo page,
/// https://wpmailsmtp.com/docs/brevo-unauthorized-not-verified/): the customer's own account
/// setting at Brevo restricts the client IP, so the fix is in that account (LABELS.md §5), not a
/// receiver's block of the IP.
#[test]
fn brevos_ip_authorization_is_the_senders_account_setting() {
    for text in ["unauthorized: IP not authorized", "unauthorized: not verified"] {
        assert_eq!(category_of(text), Category::SenderAccountBlocked, "{text}");
        assert_eq!(provider_of(text).as_deref(), Some("brevo"), "{text}");
    }
}

/// The service refuses a From address or domain its customer has not verified with it.
#[test]
fn an_unverified_sending_domain_is_a_refused_sender() {
    assert_all_read(
        &[
            // SES v2 MailFromDomainNotVerifiedException (botocore reference).
            "The message can’t be sent because the sending domain isn’t verified.",
            // SES SendBulkEmail status.
            "MAIL_FROM_DOMAIN_NOT_VERIFIED: The sender's email address or domain was not verified.",
            // Zoho Campaigns email API error 400009.
            "Sender domain not authenticated. Please authenticate your domain before sending.",
            // Postmark API errors 401 and 400.
            "Sender signature not confirmed",
            "Sender Signature not found",
            // SocketLabs SDK, SendResult.InvalidFromAddress (socketlabs-csharp SendResponse.cs).
            "An invalid from address was found on the message",
        ],
        Category::SenderRejected,
        Outcome::Permanent,
    );
    // Mailtrap's Suspension event (analytics/statuses-and-events.md): the message is held and
    // the domain re-checked, so it failed for now.
    let held = "Email was sent from an unverified domain. We’ll re-check the domain status 10 more times. If it’s verified during this time, an email will be sent.";
    assert_reads(held, Category::SenderRejected, Outcome::Temporary);
    assert_eq!(provider_of(held).as_deref(), Some("mailtrap"));
}

/// SocketLabs Injection API SDK results (socketlabs-csharp, src/SocketLabs/InjectionApi/
/// SendResponse.cs): SocketLabs has no provider entry and these texts carry no token of it.
#[test]
fn socketlabs_sdk_results_read_as_their_causes() {
    assert_reads("Message size has exceeded the size limit", Category::MessageTooLarge, Outcome::Permanent);
    assert_all_read(
        &[
            "Message exceeded maximum recipient count in the message",
            "SDK Validation Error : Message exceeded maximum recipient count in the message",
        ],
        Category::TooManyRecipients,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            "The ServerId/ApiKey combination is invalid",
            "SDK Validation Error : Authentication Validation Failed, Missing or invalid ServerId or ApiKey",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // SendResult.OverQuota: a count of the account's own mail (LABELS.md §2 Q3).
    assert_reads("The account is over the send quota, rate limit exceeded", Category::RateLimited, Outcome::Temporary);
    // SendResult.Timeout: no code, a timeout is failed for now (LABELS.md §3).
    assert_reads("A timeout occurred sending the message", Category::NetworkError, Outcome::Temporary);
    for text in ["Message size has exceeded the size limit", "The ServerId/ApiKey combination is invalid"] {
        assert_eq!(provider_of(text), None, "{text}");
    }
}

/// Counts of the account's own mail at Amazon SES are rate limits, failed for now.
#[test]
fn ses_account_counts_are_rate_limits() {
    assert_all_read(
        &[
            "ACCOUNT_THROTTLED: The number of emails you can send has been reduced because your account has exceeded its allocated sending limit.",
            "ACCOUNT_DAILY_QUOTA_EXCEEDED: You have reached or exceeded the maximum number of emails you can send from your account in a 24-hour period.",
        ],
        Category::RateLimited,
        Outcome::Temporary,
    );
}

/// Mailtrap's bounce categories as its Email Logs and webhooks describe them
/// (documentation/email-api-smtp/bounce-categorization.md in mailtrap/mailtrap-docs).
#[test]
fn mailtrap_bounce_categories_read_as_their_causes() {
    let greylisting = "The email was temporarily rejected by the recipient's server to determine whether the sender was legitimate or not.";
    assert_reads(greylisting, Category::Greylisted, Outcome::Temporary);
    assert_eq!(provider_of(greylisting).as_deref(), Some("mailtrap"));
    let content = "The email content triggered content filters and was rejected by the recipient's server.";
    assert_eq!(category_of(content), Category::SpamContent);
    assert_eq!(provider_of(content).as_deref(), Some("mailtrap"));
    assert_eq!(
        category_of("The email was bounced because the recipient's email address is invalid or does not exist."),
        Category::MailboxUnknown
    );
}

/// No failure of this round's corpus file reads as a success.
#[test]
fn no_sending_service_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-esp2-s20.jsonl"));
}
