//! Round fr22 (session 19): replies of the big providers and sending services as people paste
//! them in issues and help pages. Each text is quoted from the page named beside it; the
//! expected values are read from that page and tests/corpus/LABELS.md, never from the tool's
//! output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

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
