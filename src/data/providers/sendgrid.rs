//! Twilio SendGrid, a sending service: how to recognise it in a reply or an error.
//!
//! Its SMTP host names show up when a program or mail server sends through it, in connection
//! and login errors as much as in replies. SendGrid's own bounce notices start "This is an automatically generated message from SendGrid."
//!
//! Sources: SendGrid, "Integrating with the SMTP API" (smtp.sendgrid.net),
//! https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api;
//! the Inbound Parse MX host mx.sendgrid.net, "Configure the inbound parse webhook",
//! https://www.twilio.com/docs/sendgrid/for-developers/parsing-email/setting-up-the-inbound-parse-webhook;
//! Sisimai's SendGrid notice reader (facts only), https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/SendGrid.pm.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "sendgrid",
    name: "Twilio SendGrid",
    kind: SendingService,
    help_url: "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api",
    source: "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api",
    checked: "2026-12-05",
    hosts: ["www.twilio.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("smtp.sendgrid.net", Weak),
    // Inbound Parse MX (Twilio docs, setting-up-the-inbound-parse-webhook).
    marker!("mx.sendgrid.net", Medium),
    marker!("automatically generated message from sendgrid", Strong),
    // SendGrid's own refusals at submission: an unverified From address ("550 The from address
    // does not match a verified Sender Identity ...", https://github.com/sahat/hackathon-starter/issues/1083)
    // and an exhausted plan ("451 Authentication failed: Maximum credits exceeded" from
    // smtp.sendgrid.net, Adobe Commerce knowledge base "Emails not sent when SendGrid credits
    // exceeded on Adobe Commerce"). Both name SendGrid whatever the recipient's domain.
    marker!("does not match a verified sender identity", Strong),
    marker!("maximum credits exceeded", Strong),
    marker!("sendgrid.net", Weak),
    // Anymail (Django) reports an ESP's API refusal as "<ESP> API response <status> (<reason>)"
    // (github.com/anymail/django-anymail, anymail/exceptions.py, describe_response; the ESP name
    // is the backend's esp_name).
    marker!("sendgrid api response", Strong),
    // The error body of SendGrid's v3 Web API: a list of {message, field, help}
    // (SendGrid, "Mail Send errors", https://www.twilio.com/docs/sendgrid/api-reference/mail-send/errors;
    // https://github.com/sendgrid/docs/issues/5060).
    marker!("\"field\": null, \"help\": null", Strong),
    marker!("\"field\":null,\"help\":null", Strong),
    // SendGrid's SMTP banner ("220 SG ESMTP service ready at ismtpd0003p1lon1.sendgrid.net",
    // https://github.com/sendgrid/docs/issues/2491, https://github.com/sendgrid/docs/issues/2191).
    // Its login refusal "535 Authentication failed: Bad username / password" is not a marker:
    // readers of the dev corpus did not take the wording alone as SendGrid's.
    marker!("sg esmtp service ready", Strong),
    // The ESP's HTTP API host: it shows up only in errors of calls to that API, which the ESP
    // itself answered (unlike its SMTP host names, which also appear in headers of mail it sent).
    marker!("api.sendgrid.com", Strong),
    marker!("sendgrid.api-docs.io", Strong),
    // SendGrid's own client libraries in the stack traces of the errors they raise for an API
    // refusal: @sendgrid/client (github.com/sendgrid/sendgrid-nodejs, packages/client) and
    // python_http_client (github.com/sendgrid/python-http-client).
    marker!("@sendgrid/client", Strong),
    marker!("@sendgrid\\client", Strong),
    marker!("python_http_client", Strong),
    // SendGrid's API refusal of a wrong or revoked key ("The provided authorization grant is
    // invalid, expired, or revoked", https://github.com/sendgrid/sendgrid-php/issues/793) and a
    // header only its API responses carry (x-sg-elas-acl, same page).
    marker!("the provided authorization grant is invalid, expired", Strong),
    marker!("x-sg-elas-acl", Strong),
    // SendGrid's API refusal of a wrong API key (HTTP 401, "Permission denied, wrong credentials",
    // https://github.com/sendgrid/docs/issues/6059, https://github.com/sendgrid/sendgrid-php/issues/831).
    marker!("permission denied, wrong credentials", Strong),
    // SendGrid's documentation links in its SMTP refusals ("... Visit
    // https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender
    // Identity requirements", https://github.com/chatwoot/chatwoot/issues/2541).
    marker!("sendgrid.com/docs", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // SendGrid's own bounce reason for an address whose domain does not exist, in its bounce
    // records: https://github.com/sisimai/set-of-emails/blob/master/obsoleted/json-sendgrid-11.json.
    // Its refusal of a From address that no verified Sender Identity covers
    // (https://github.com/sahat/hackathon-starter/issues/1083), and of any more mail once the
    // plan's credits are spent (its API's 401 "Maximum credits exceeded",
    // https://pastebin.com/gjwkzPWn).
    rule!("unverified_sender", "does not match a verified sender identity", "", SenderRejected, SenderAdmin, AfterFix, "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/sender-identity", "https://github.com/sahat/hackathon-starter/issues/1083", "2026-12-06"),
    rule!("credits_exceeded", "maximum credits exceeded", "", RateLimited, SenderAdmin, AfterFix, "", "https://pastebin.com/gjwkzPWn", "2026-12-06"),
    // SendGrid's SMTP relay refuses a login with 535 ("Authentication failed: Bad username /
    // password", or "... The provided authorization grant is invalid, expired, or revoked" for a
    // deleted key): its user name is the literal string "apikey" and its password an API key
    // with Mail Send permission ("Integrating with the SMTP API"; "SMTP Errors and
    // Troubleshooting", https://www.twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting).
    // Code-only: it applies when SendGrid was recognised (its host or banner), since the wording
    // alone does not name it.
    rule!("smtp_login", "", "535", AuthFailed, _, _, "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting", "2026-12-06"),
    rule!("domain_unknown", "mail domain mentioned in email address is unknown", "", DomainUnknown, Sender, AfterFix, "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api", "https://github.com/sisimai/set-of-emails/blob/master/obsoleted/json-sendgrid-11.json", "2026-12-06"),
];
