//! A sending service's HTTP API refusal gets steps about the API request and its key, never a
//! mail program's sign-in or a receiving server's limits: a wrong step is worse than none.

use smtp_explain::{explain, explain_with, Audience, Category, Explanation, Options};

fn admin(input: &str) -> Explanation {
    explain_with(input, &Options { lang: None, audience: Some(Audience::Admin) })
}

/// Every text of the card, joined.
fn card(e: &Explanation) -> String {
    let mut all = vec![e.title.clone(), e.summary.clone()];
    all.extend(e.user_actions.iter().cloned());
    all.extend(e.admin_actions.iter().cloned());
    all.join("\n")
}

fn provider(e: &Explanation) -> Option<&str> {
    e.provider.as_ref().map(|p| p.id.as_ref())
}

#[test]
fn an_api_key_refusal_names_the_key_not_a_password() {
    for (input, service) in [
        // Mailgun's Node client and Anymail (dev rows g5-0002, dp2-s6-0028), and its old body.
        ("[Error: Unauthorized] {\n  status: 401,\n  details: 'Forbidden',\n  type: 'MailgunAPIError'\n}", Some("mailgun")),
        ("Mailgun API response 401 (UNAUTHORIZED): 'Forbidden'", Some("mailgun")),
        ("Mailgun API error: 401 Unauthorized - Forbidden: Invalid private key", Some("mailgun")),
        // SendGrid's Python client (https://github.com/sendgrid/sendgrid-php/issues/793 for the body).
        (
            "python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized\nb'{\"errors\":[{\"message\":\"The provided authorization grant is invalid, expired, or revoked\",\"field\":null,\"help\":null}]}'",
            Some("sendgrid"),
        ),
        // SendGrid's body with no status (https://github.com/sendgrid/docs/issues/6059).
        ("{\"errors\":[{\"message\":\"Permission denied, wrong credentials\",\"field\":null,\"help\":null}]}", Some("sendgrid")),
        // Postmark ErrorCode 10 (https://postmarkapp.com/developer/api/overview#error-codes).
        ("Postmark::InvalidApiKeyError: Request does not contain a valid Server token.", Some("postmark")),
        ("{\"ErrorCode\":10,\"Message\":\"Request does not contain a valid Server token.\"}", Some("postmark")),
        // SparkPost's PHP client (dev row g5-0007's form), Brevo's SDK, Resend's.
        ("SparkPost API error: 401 Unauthorized {\"errors\":[{\"message\":\"Unauthorized.\"}]}", Some("sparkpost")),
        ("Exception when calling TransactionalEmailsApi->send_transac_email: (401)\nReason: Unauthorized\nHTTP response headers: HTTPHeaderDict({'sib-request-id': 'x'})", Some("brevo")),
        ("Resend error: { statusCode: 403, message: 'API key is invalid', name: 'validation_error' }", Some("resend")),
        // Symfony Mailer's HTTP transports name no service.
        ("Unable to send an email: Forbidden (code 401).", None),
    ] {
        let e = admin(input);
        assert_eq!(e.category.id, Category::AuthFailed, "{input}");
        if service.is_some() {
            assert_eq!(provider(&e), service, "{input}");
        }
        let text = card(&e);
        assert!(text.contains("API key"), "{input}\n{text}");
        assert!(!text.to_ascii_lowercase().contains("password"), "{input}\n{text}");
        assert!(!text.contains("mail server"), "{input}\n{text}");
        assert!(!e.user_actions.is_empty() && !e.admin_actions.is_empty(), "{input}");
        // The languages have the same steps.
        let de = explain_with(input, &Options { lang: Some("de".into()), audience: Some(Audience::Admin) });
        let text = card(&de);
        assert!(text.contains("API-Schlüssel"), "{input}\n{text}");
        assert!(!text.contains("Passwort"), "{input}\n{text}");
    }
}

#[test]
fn sendgrid_smtp_relay_login_puts_the_api_key_in_the_password_field() {
    // SendGrid's SMTP relay signs in with the user name "apikey" and an API key as the password
    // (https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api):
    // its own texts say so, and never ask for the account's own password.
    let input = "535 Authentication failed: The provided authorization grant is invalid, expired, or revoked";
    let e = admin(input);
    assert_eq!(e.category.id, Category::AuthFailed);
    assert_eq!(provider(&e), Some("sendgrid"));
    let text = card(&e);
    assert!(text.contains("API key") && text.contains("apikey"), "{text}");
    assert!(!text.contains("mail server"), "{text}");
    for line in text.lines().filter(|l| l.to_ascii_lowercase().contains("password")) {
        assert!(line.contains("API key"), "a password step that is not about the API key: {line}");
    }
    // Languages without SendGrid's texts yet keep the API key steps of the category.
    let de = explain_with(input, &Options { lang: Some("de".into()), audience: Some(Audience::Admin) });
    assert!(card(&de).contains("API-Schlüssel"), "{}", card(&de));
    assert!(!card(&de).contains("Passwort"), "{}", card(&de));
}

#[test]
fn a_mail_servers_sign_in_refusal_keeps_the_password_steps() {
    for input in [
        "535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1-20020a170902 - gsmtp",
        "Error: Invalid login: 535 Authentication failed (code EAUTH)",
        "SMTP Error: Could not authenticate.",
    ] {
        let e = explain(input);
        assert_eq!(e.category.id, Category::AuthFailed, "{input}");
        let text = card(&e);
        assert!(text.contains("password"), "{input}\n{text}");
        assert!(!text.contains("API key"), "{input}\n{text}");
    }
}

#[test]
fn other_api_refusals_speak_of_the_sending_service() {
    for (input, category) in [
        ("Error: Request failed with status code 429 Too Many Requests (api.sendgrid.com)", Category::RateLimited),
        ("{\"name\":\"rate_limit_exceeded\",\"statusCode\":429,\"message\":\"Too many requests. You can only make 2 requests per second.\"}", Category::RateLimited),
        ("Mailgun: 413 Request Entity Too Large", Category::MessageTooLarge),
        ("SendGrid API response 413 (Payload Too Large)", Category::MessageTooLarge),
        // SparkPost 7001 (dev row ad-0012).
        ("400 Bad Request. Content: {\"errors\":[{\"message\":\"No sending domain specified\",\"code\":\"7001\"}]}.", Category::SenderRejected),
        // Postmark's 422 (dev row g5-0005).
        ("#<Postmark::ApiInputError: Invalid 'To' address: 'foo@bar'.>\nerr.status_code\n\t=> 422", Category::MessageFormat),
        // Brevo's 500 (dev row dp2-s6-0043).
        ("[500] Server error: `POST https://api.sendinblue.com/v3/smtp/email` resulted in a `500 Internal Server Error` response:\n{}", Category::ServerError),
    ] {
        let e = admin(input);
        assert_eq!(e.category.id, category, "{input}");
        let text = card(&e);
        assert!(e.title.contains("sending service"), "{input}\n{text}");
        // Steps for a mail server's queue, its announced limits or the recipient's server mislead.
        for wrong in ["postqueue", "postconf", "openssl", "recipient's server", "Postfix", "MX", "mail server"] {
            assert!(!text.contains(wrong), "{input}: {wrong}\n{text}");
        }
        // No mail server queues the request to try it again, and the service is the sender's own.
        assert_ne!(e.retry, smtp_explain::Retry::Automatic, "{input}");
        assert_ne!(e.who_acts, smtp_explain::WhoActs::RecipientAdmin, "{input}");
    }
}

#[test]
fn a_mail_servers_words_that_look_like_http_keep_the_mail_server_steps() {
    // A receiving server's own "500 Internal Server Error", quoted in Gmail's bounce notice
    // (dev row dg2-s6-0013): no sending service's API is involved.
    let e = explain("Delivery to the following recipient failed permanently:\n\n     someone@example.com\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain example.com by mx.example.com. [192.0.2.1].\n\nThe error that the other server returned was:\n500 Internal Server Error");
    assert!(!e.title.contains("sending service"), "{}", e.title);
}

#[test]
fn a_graph_mailbox_without_exchange_online_is_the_senders_own_account() {
    // Microsoft Graph's 404 for a mailbox that is no valid Microsoft 365 mailbox
    // (https://learn.microsoft.com/en-us/exchange/troubleshoot/user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error;
    // fixture graph-mailbox-not-enabled).
    for input in [
        "{\"error\":{\"code\":\"MailboxNotEnabledForRESTAPI\",\"message\":\"The mailbox is either inactive, soft-deleted, or is hosted on-premise.\"}}",
        "HTTP error: 404\nError code: MailboxNotSupportedForRESTAPI\nError message: \"REST API is not yet supported for this mailbox.\"",
    ] {
        let e = admin(input);
        assert_eq!(e.category.id, Category::SenderAccountBlocked, "{input}");
        assert_eq!(provider(&e), Some("microsoft"), "{input}");
        let text = card(&e);
        assert!(text.contains("Exchange Online"), "{input}\n{text}");
        assert!(!text.contains("password"), "{input}\n{text}");
    }
}

#[test]
fn an_api_400_names_the_field_at_fault_or_says_it_named_none() {
    // SendGrid's field errors (https://www.twilio.com/docs/sendgrid/api-reference/mail-send/errors),
    // Mailgun's missing parameter, Resend's missing_required_field: the request as the program built it.
    for input in [
        "HTTP Error 400: Bad Request b'{\"errors\":[{\"message\":\"The content value must be a string at least one character in length.\",\"field\":\"content.0.value\",\"help\":null}]}'",
        "Mailgun API error 400: {\"message\": \"'from' parameter is missing\"}",
        "{\"statusCode\":422,\"name\":\"missing_required_field\",\"message\":\"Missing `to` field.\"}",
    ] {
        let e = admin(input);
        assert_eq!(e.category.id, Category::MessageFormat, "{input}");
        assert!(e.title.contains("sending service"), "{input}: {}", e.title);
    }
    // A bare 400 (dev row dp2-s6-0052's kind): recognised, no cause, and no retry of the same request.
    let e = admin("python_http_client.exceptions.BadRequestsError: HTTP Error 400: Bad Request");
    assert!(e.recognized);
    assert_eq!(e.category.id, Category::Unknown);
    assert_eq!(e.retry, smtp_explain::Retry::AfterFix);
    let text = card(&e);
    assert!(e.title.contains("sending service"), "{text}");
    for wrong in ["No mail server reply", "recipient's address", "postmaster", "blocklists"] {
        assert!(!text.contains(wrong), "{wrong}\n{text}");
    }
}
