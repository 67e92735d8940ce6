//! What sending services (ESPs) tell their own customers about a message they did not send or
//! that failed: their account restrictions, their refusal of an unverified sending domain, their
//! SDKs' results and their dashboards' bounce categories (session 20, round esp2,
//! src/data/knowledge/phrases.tsv and markers.tsv). Each text is quoted from the source named
//! beside it; the expected values are read from that source and tests/corpus/LABELS.md (§2 for
//! counts, §4 for the provider, §5 for a service stopping its own customer's account), never from
//! the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

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
