//! A fresh sample of texts as new users bring them (session 17, round fr): app dialogs,
//! library errors, log lines, hosts' bounce lists and relay replies from pages that were not
//! corpus sources before (tests/corpus/dev-fr-s17.jsonl). Each text is quoted from the page or
//! program source named beside it; the expected values are read from that source and
//! tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Postfix's smtp client defers with "client TLS configuration problem" when its own TLS policy
/// for the destination is invalid (postfix/src/smtp/smtp_tls_policy.c MARK_INVALID,
/// smtp_proto.c); a log that says deferred is temporary (LABELS.md §3), and the words are
/// Postfix's own.
#[test]
fn postfix_client_tls_configuration_problem_is_a_tls_failure() {
    // Mailu/Mailu#1973, as the SMTP container logs it.
    let fragment = "(status=deferred (client TLS configuration problem))";
    assert_reads(fragment, Category::TlsFailed, Outcome::Temporary);
    assert_eq!(software_of(fragment).as_deref(), Some("postfix"));
    // The whole line the fragment comes from, in Postfix's smtp log form (dsn=4.7.5 as
    // smtp_tls_policy.c sets it).
    let line = "Jan  3 10:00:00 mx postfix/smtp[123]: 4F1A2B3C4D: to=<a@example.com>, relay=none, \
                delay=0.1, delays=0/0/0/0, dsn=4.7.5, status=deferred (client TLS configuration problem)";
    assert_reads(line, Category::TlsFailed, Outcome::Temporary);
}

/// A count of the sender's own mail is a rate limit, whatever the enhanced code's subject
/// (LABELS.md general order 2, §2 Q3).
#[test]
fn sending_limits_are_rate_limits() {
    assert_all_read(
        &[
            // Emailit's SMTP relay, https://emailit.com/docs/smtp/troubleshooting/ (X.4.5 would
            // read as congestion, X.5.3 as too many recipients).
            "452 4.4.5 Messages per second limit exceeded",
            "452 4.5.3 Daily message limit exceeded",
        ],
        Category::RateLimited,
        Outcome::Temporary,
    );
    // cPanel's Exim hourly limits; the message over the limit is discarded
    // (https://inmotionhosting.com/support/email/domain-exceeded-max-emails-per-hour,
    // https://mail.my.ultrawebhosting.com/knowledgebase/414/).
    for text in [
        "Domain example.com has exceeded the max emails per hour (313/250 (125%)) allowed. Message discarded.",
        "Domain has exceeded the max defers and failures per hour (10/10 (58%)) allowed. Message discarded.",
    ] {
        assert_eq!(category_of(text), Category::RateLimited, "{text}");
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
    // Gmail's daily quota through Python's smtplib (iiuni/projektzapisy#960): 'gsmtp' names Google.
    let gmail = "SMTPDataError: (550, b'5.4.5 Daily user sending quota exceeded. s124sm6149838wme.29 - gsmtp')";
    assert_reads(gmail, Category::RateLimited, Outcome::Permanent);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
}

/// A full recipient mailbox in a host's list of bounce texts (https://www.exedo.nl/mailmeldingen).
#[test]
fn an_exceeded_mailbox_limit_is_a_full_mailbox() {
    let text = "The recipient has exceeded their mailbox limit";
    assert_eq!(category_of(text), Category::MailboxFull);
    assert_ne!(explain(text).outcome, Outcome::Success);
}

/// Polish renderings of the submission server's answers in a mail program's help
/// (https://www.jzk.pl/baza-wiedzy/problemy-z-wysylaniem-poczty): wrong login details, a
/// connection that requires logging in or encryption, a domain that takes no mail.
#[test]
fn polish_submission_answers() {
    assert_eq!(category_of("Niewłaściwe dane logowania."), Category::AuthFailed);
    assert_eq!(category_of("Nieprawidłowe dane logowania"), Category::AuthFailed);
    assert_eq!(category_of("Połączenie wymaga zalogowania."), Category::AuthRequired);
    assert_eq!(category_of("Połączenie wymaga szyfrowania."), Category::TlsRequired);
    assert_eq!(category_of("Ta domena nie przyjmuje poczty."), Category::DomainNoMail);
    for text in ["Niewłaściwe dane logowania.", "Połączenie wymaga zalogowania."] {
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
}

/// msmtp's configuration error (msmtp src/msmtp.c "account %s not found: no configuration file
/// available"), as cron prints it through the sendmail link (marlam/msmtp#63), names msmtp.
#[test]
fn msmtps_missing_configuration_names_msmtp() {
    let text =
        "Dec 10 11:46:01 RequestTracker.ultraimage.us crond[738]: sendmail: account default not found: no configuration file available";
    assert_eq!(software_of(text).as_deref(), Some("msmtp"));
    assert_ne!(explain(text).outcome, Outcome::Success);
}

/// Texts of the sample that already read right, kept so that they stay so.
#[test]
fn fresh_texts_that_read_right() {
    // Exchange Online's 503 to DATA before any accepted recipient, in Invoice Ninja's log
    // (invoiceninja/invoiceninja#3482): a bad sequence of commands, RFC 5321 503.
    let exo = "[2020-03-06 22:59:05] production.ERROR: Expected response code 354 but got code \"503\", with message \
               \"503 5.5.2 Need rcpt command [DM6NAM12FT026.eop-nam12.prod.protection.outlook.com] \"";
    assert_reads(exo, Category::ProtocolSequence, Outcome::Permanent);
    assert_eq!(provider_of(exo).as_deref(), Some("microsoft"));
    // A first-seen triplet deferred by a greylisting policy (simplefastwebsites.com, 451 4.7.1 greylisting page).
    assert_reads(
        "451 4.7.1 <user@example.com>: Recipient address rejected: Greylisted, try again in 300 seconds",
        Category::Greylisted,
        Outcome::Temporary,
    );
    // Ruby's connect timeout in a Mastodon mailer job (mastodon/mastodon#6947): failed for now (LABELS.md §3).
    assert_reads("Net::OpenTimeout: execution expired", Category::NetworkError, Outcome::Temporary);
    // Apache Commons Email's wrapper names no cause, but the server it was set to use is
    // NetEase's (apache/dolphinscheduler#6073; LABELS.md §4).
    let commons = "ERROR org.apache.dolphinscheduler.plugin.alert.email.MailSender - Send email to [540957506@qq.com] \
                   failed org.apache.commons.mail.EmailException: Sending the email to the following server failed : smtp.126.com:25";
    assert_eq!(provider_of(commons).as_deref(), Some("netease"));
    // iOS Mail's alert when the outgoing server will not relay (bestapplesolution.blogspot.com).
    assert_eq!(
        category_of(
            "a copy has been placed in your Outbox. The recipient [email address] was rejected by the server because it does not allow relaying."
        ),
        Category::RelayDenied
    );
    // Mailgun's sandbox refusal through Python's smtplib (domino14/Webolith#219) names Mailgun.
    assert_eq!(
        provider_of(
            "(554, 'Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.')"
        )
        .as_deref(),
        Some("mailgun")
    );
}

/// No failure of the sample reads as delivered, including the library errors that quote a
/// 2xx or 3xx reply they did not expect (swiftmailer/swiftmailer#1300, dart-mailer/mailer#5).
#[test]
fn no_fresh_failure_reads_as_success() {
    for text in [
        "A problem occurred while sending the email. Please revise your settings. (Error: Email could not be sent. Check your mail server log)",
        "local.ERROR: Expected response code 354 but got code \"250\", with message \"250 Accepted\n\"",
        "Uncaught Error: Could not send email: 354 go ahead",
        "Exception 'Swift_TransportException' with message 'Expected response code 250 but got code \"\", with message \"\"'",
        "451 SPF lookup failure (#4.3.0)",
        "\"SMTPDataError\" (451,b'4.3.0 pymilter: untrapped exception in pythonfilter')",
        "Failed to authenticate on SMTP server with username \"helpdesk_logistica@[OMISS.]\" using 1 possible authenticators. Authenticator XOAUTH2 returned Swift_TransportException",
        "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: lettre::transport::smtp::Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: MailSystem, detail: Four }) }', service/examples/send.rs:9:45",
        "SMTP error from remote mail server after end of data:\n550 Action not taken",
        "2019-03-31 13:33:00 ERROR (Thread-2) [homeassistant.components.notify.smtp] Login not possible. Please check your setting and/or your credentials",
        "421 Message temporarily deferred - [numeric code]",
        "ErrorInfo: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
        "Oops!! SMTP Error: Could not authenticate",
        "Failed to connect (1) Failed to connect to SMTP server.",
        "SMTP error from remote mail server after RCPT TO:<email@adres.nl>: 554 No relaying allowed - psmtp",
        "SMTP error from remote mail server after RCPT TO:<email@adres.nl>  host mail.adres.nl [xxx.xx.x.xx]: 550 5.1.0 Recipient rejected.",
        "Retry timeout exceeded",
        "550 High probability of spam",
        "#5.1.0 Address rejected emailadres@domein.nl (in reply to RCPT TO command)",
        "RELAYING NOT ALLOWED (550 Relay Disabled)",
        "Your IP address has been restricted due to heavy usage.",
        "454 Temporary authentication failure",
        "Send Email fail！Accout or SMTP verification error ！",
        "SEVERE: Unable to send Email message",
        "512 – Nie ma takiej domeny",
        "521 – Nieaktywna skrzynka pocztowa",
        "550 Relay Not Permitted",
    ] {
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
}
