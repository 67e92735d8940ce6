//! The tokens that tell which provider answered (session 19, round mk,
//! src/data/knowledge/markers.tsv): the providers' own template sentences, client names and
//! product names. Each text is quoted from the page or source file named beside it; the expected
//! provider follows tests/corpus/LABELS.md §4 (whose server replied) and the category and outcome
//! are read from the source and LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Gmail's own template sentences name Google also where its gsmtp tag is not printed.
#[test]
fn gmails_template_sentences_name_google() {
    // sisimai's Google module quotes Gmail's replies (github.com/sisimai/go-sisimai,
    // rhost/for-google.go); Google's list of SMTP errors (support.google.com/a/answer/3726730).
    let spf = "451 4.7.24 The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. For more information, go to Email sender guidelines.";
    assert_eq!(provider_of(spf).as_deref(), Some("google"));
    assert_reads(spf, Category::SenderAuthentication, Outcome::Temporary);

    let hard_fail = "550 5.7.26 The MAIL FROM domain [domain-name] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [ip-address]. To best protect our users from spam and phishing, the message has been blocked. For more information, go to Email sender guidelines.";
    assert_eq!(provider_of(hard_fail).as_deref(), Some("google"));
    assert_reads(hard_fail, Category::SenderAuthentication, Outcome::Permanent);

    let attachments = "552 5.3.4 The number of attachments (num-attachments) exceeds Google's limit of limit attachments. To view our attachment size guidelines, go to Gmail receiving limits in Google Workspace. https://support.google.com/a/answer/1366776";
    assert_eq!(provider_of(attachments).as_deref(), Some("google"));
    assert_reads(attachments, Category::MessageTooLarge, Outcome::Permanent);
}

/// Gmail's recipient refusals open with the same words, also without tag or link.
#[test]
fn gmails_recipient_refusals_name_google() {
    // sisimai rhost/for-google.go (github.com/sisimai/go-sisimai): Gmail's over-quota deferral,
    // quoted with neither the gsmtp tag nor a help link; a full mailbox, temporary by its 452.
    let text = "452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to Clear Google Drive space & increase storage.";
    assert_eq!(provider_of(text).as_deref(), Some("google"));
    assert_reads(text, Category::MailboxFull, Outcome::Temporary);
}

/// Amazon SES's API refusals in its own words.
#[test]
fn sess_api_wording_names_amazon_ses() {
    // The AWS SDK for Go printing SES's Throttling error (https://github.com/aws/aws-sdk/issues/76;
    // https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html).
    let throttled = "Throttling: Maximum sending rate exceeded.\n\tstatus code: 400";
    assert_eq!(provider_of(throttled).as_deref(), Some("amazon_ses"));
    assert_eq!(category_of(throttled), Category::RateLimited);
    // https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html
    assert_eq!(provider_of("There are non-ASCII characters in the email address").as_deref(), Some("amazon_ses"));
}

/// Postmark's API clients name Postmark in their error classes, and its API names its
/// sender signatures.
#[test]
fn postmarks_client_errors_name_postmark() {
    // https://github.com/ActiveCampaign/postmark-rails/issues/31: the From address has no sender
    // signature, a refusal of the sender (LABELS §1 Q5).
    let text = "Postmark::InvalidMessageError (Sender signature not defined for From address.):";
    assert_eq!(provider_of(text).as_deref(), Some("postmark"));
    assert_eq!(category_of(text), Category::SenderRejected);
    // Postmark's bounce types (https://postmarkapp.com/developer/api/bounce-api).
    assert_eq!(provider_of("Manually deactivated — The email was manually deactivated.").as_deref(), Some("postmark"));
    assert_eq!(provider_of("Unknown — Unable to classify the NDR.").as_deref(), Some("postmark"));
}

/// The services' own state in their own words: Mailgun's endpoint, Zoho's 5.4.6 stops, SparkPost's
/// Undetermined class.
#[test]
fn sending_services_name_themselves() {
    // https://github.com/swapmyvote/swapmyvote/issues/295: Mailgun's SMTP endpoint not taking mail
    // for now (LABELS §2 Q4), temporary by its 421.
    let mailgun = "Net::SMTPServerBusy: 421 Mailgun temporarily unavailable, please try again later.";
    assert_eq!(provider_of(mailgun).as_deref(), Some("mailgun"));
    assert_reads(mailgun, Category::ServerUnavailable, Outcome::Temporary);
    // https://github.com/pivorakmeetup/pivorak-web-app/issues/711: Mailgun's hourly cap on an
    // account on probation.
    let probation = "Net::SMTPFatalError: 554 Your account is on probation and domains are limited to 100 messages / hour. Account will be enabled in 341 seconds";
    assert_eq!(provider_of(probation).as_deref(), Some("mailgun"));
    // Zoho Mail's 5.4.6 refusals (help.zoho.com community topics on "Unusual sending activity
    // detected" and "mail rate exceeded limit").
    for text in [
        "Unable to send message;Reason:550 5.4.6 Unusual sending activity detected.",
        "Error: Unable to send message: Reason 550 5.4.6 mail rate exceeded limit",
    ] {
        assert_eq!(provider_of(text).as_deref(), Some("zoho"), "{text}");
        assert_ne!(explain_outcome(text), Outcome::Success, "{text}");
    }
    assert_eq!(category_of("Error: Unable to send message: Reason 550 5.4.6 mail rate exceeded limit"), Category::RateLimited);
    // https://support.sparkpost.com/docs/deliverability/bounce-classification-codes
    assert_eq!(provider_of("The message failed for unspecified reasons.").as_deref(), Some("sparkpost"));
}

/// AOL's disabled-mailbox refusal (Yahoo Inc.), SpamExperts' fixed refusals and the Barracuda
/// Spam & Virus Firewall's name.
#[test]
fn fixed_refusals_and_product_names_name_their_provider() {
    // https://clinician.rgnmed.com/support-admin/bounced-emails; sisimai rhost/for-yahooinc.go.
    let aol = "smtp; 554 30 Sorry, your message to [some_email_address] cannot be delivered. This mailbox is disabled";
    assert_eq!(provider_of(aol).as_deref(), Some("yahoo"));
    assert_reads(aol, Category::MailboxDisabled, Outcome::Permanent);
    // SpamExperts' classification table (github.com/SpamExperts/sekb,
    // docs/4-Incoming_Fitering_Service/13-Classifications.rst).
    for text in ["Message submission is for authorised users only!", "We do not accept message/partial messages here"] {
        assert_eq!(provider_of(text).as_deref(), Some("spamexperts"), "{text}");
    }
    // Exchange's NDR naming the Barracuda appliance as the host that answered
    // (https://td.wku.edu/TDClient/34/Portal/KB/ArticleDet?ID=911).
    let barracuda = "#< #5.0.0 X-Spam-&-Virus-Firewall; host[] said: 550 5.1.1 User unknown (in reply to RCPT TO command)> #SMTP#";
    assert_eq!(provider_of(barracuda).as_deref(), Some("barracuda"));
    assert_reads(barracuda, Category::MailboxUnknown, Outcome::Permanent);
}

/// LABELS §4: a notice quoting another server names that server, a destination never reached
/// names no one, and wording every operator of a program writes names no provider.
#[test]
fn relays_notices_and_program_wording_name_no_provider_of_their_own() {
    // Gmail's notice quoting mx.example.jp (sisimai lhost/via-gmail.go): the quoted server is no
    // known provider.
    let gmail_dsn = "Delivery to the following recipient failed permanently:\n\n     userunknown@example.jp\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain example.jp by mx.example.jp. [192.0.2.59].\n\nThe error that the other server returned was:\n550 5.1.1 <userunknown@example.jp>... User Unknown";
    assert_eq!(provider_of(gmail_dsn), None);
    assert_reads(gmail_dsn, Category::MailboxUnknown, Outcome::Permanent);
    // Zoho Mail's bounce line for a host it could not reach (sisimai lhost/via-zoho.go).
    let unreachable = "[Status: Error, Address: <kijitora@6kaku.example.co.jp>, ResponseCode 421, , Host not reachable.]";
    assert_eq!(provider_of(unreachable), None);
    assert_eq!(category_of(unreachable), Category::NetworkError);
    // Momentum's login refusal, printed on SparkPost's SMTP error page
    // (https://github.com/SparkPost/support-docs/pull/190) but written by every Momentum operator.
    assert_eq!(provider_of("535 5.7.8 Sorry. *** No authentication type succeeded"), None);
}

/// No failure of the round's sample reads as a success.
#[test]
fn no_failure_of_the_mk_sample_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-mk-s19.jsonl"));
}

fn explain_outcome(text: &str) -> Outcome {
    smtp_explain::explain(text).outcome
}
