//! Mail clients' own send-failure texts, mined from their sources (session 20, round ms3:
//! src/data/knowledge/clients.tsv, phrases.tsv, outcomes.tsv, markers.tsv, software.tsv).
//! Each text is quoted from the program's source named beside it, with a realistic server reply
//! where the client appends one; the expected values are read from that source and
//! tests/corpus/LABELS.md (§3 for outcomes without a code, §5 for a client's own demands), never
//! from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A client that wants to log in, where the server's EHLO offers no mechanism it can use, is
/// `not_implemented` (LABELS.md §5), in every language the client ships.
#[test]
fn no_usable_auth_mechanism_is_not_implemented() {
    assert_all_read(
        &[
            // KSMTP src/loginjob.cpp selectAuthentication(): neither the preferred mode nor LOGIN
            // nor PLAIN is in the EHLO AUTH list.
            "Could not authenticate to the SMTP server because no matching authentication method has been found",
            // KSMTP po/de/libksmtp6.po, the same message in German.
            "Es kann nicht am SMTP-Server authentifiziert werden, da keine passende Authentifizierungsmethode gefunden wurde.",
            // Geary src/engine/smtp/smtp-client-session.vala: OAuth2 account, no XOAUTH2 in EHLO.
            "GearySmtpError 1: \"Unable to authenticate using OAUTH2 credentials against smtp.example.com:587\"",
            // Trojitá src/qwwsmtpclient/qwwsmtpclient.cpp, wrapped by src/MSA/SMTP.cpp.
            "Sending of the message failed with the following error: Unsupported or unknown authentication scheme",
            // Mailspring send-draft-task.ts + mailsync-process.ts (ErrorNoImplementedAuthMethods).
            "Sorry, Mailspring was unable to deliver this message: Sorry, your SMTP server does not support basic username / password authentication.",
            // Mailspring app/lang/de.json, the same message in German.
            "Entschuldigung, Ihr SMTP-Server unterstützt keine grundlegende Benutzername/Passwort-Authentifizierung.",
        ],
        Category::NotImplemented,
        Outcome::Permanent,
    );
}

/// A client set to require STARTTLS where the server does not offer it, or whose STARTTLS or TLS
/// setting does not match the port, fails on TLS for good until the setting changes (LABELS.md
/// §3, §5).
#[test]
fn tls_the_client_needs_and_does_not_get_is_tls_failed() {
    assert_all_read(
        &[
            // Geary src/engine/smtp/smtp-client-connection.vala (SmtpError.NOT_SUPPORTED).
            "GearySmtpError 3: \"STARTTLS not available for smtp.example.com:587\"",
            // QwwSmtpClient: STARTTLS answered with anything but 220; Trojitá's wrapper.
            "Sending of the message failed with the following error: TLS failed",
            // FairEmail EmailService.java title_service_protocol, with the Android SSLException.
            "Please double check the protocol (SSL/TLS or STARTTLS)\nCould not connect to SMTP host: smtp.example.org, port: 587\nUnable to parse TLS packet header",
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
}

/// Credentials refused, in the clients' own words.
#[test]
fn refused_logins_are_auth_failures() {
    // Geary: every offered mechanism tried and refused; the account's server is Gmail (LABELS.md §4).
    let geary = "GearySmtpError 1: \"Unable to authenticate with smtp.gmail.com:587\"";
    assert_reads(geary, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(geary).as_deref(), Some("google"));
    assert_eq!(software_of(geary).as_deref(), Some("geary"));
    assert_all_read(
        &[
            // Delta Chat core src/stock_str.rs (CannotLogin).
            "Cannot login as \"alice@example.org\". Please check if the email address and the password are correct.",
            // Mailspring: mailcore2 ErrorNeedsConnectToWebmail for '550 5.3.4'.
            "Sorry, Mailspring was unable to deliver this message: The server said you must sign in via your webmail.",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
}

/// The server's own cause decides over the client's wrapper around it (LABELS.md, general
/// order 2): KSMTP's code-based headings, Geary's and FairEmail's frames.
#[test]
fn the_reply_inside_a_clients_wrapper_decides() {
    // KSMTP src/job.cpp: 450/550 are all "Mailbox unavailable", 452/552 all "Insufficient storage".
    assert_reads(
        "Mailbox unavailable. The server said: 4.2.0 <bob@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html",
        Category::Greylisted,
        Outcome::Temporary,
    );
    assert_reads(
        "Insufficient storage space on server. The server said: 4.5.3 Error: too many recipients",
        Category::TooManyRecipients,
        Outcome::Temporary,
    );
    // Geary src/engine/smtp/smtp-client-session.vala, a refused RCPT.
    assert_reads(
        "GearySmtpError 6: \"recipient \"rcpt to:<bob@example.net>\" denied by smtp server: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table\"",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    // FairEmail ServiceSend.java frame, with the POP-before-SMTP reply its FAQ quotes.
    assert_reads(
        "The email server said: 'Invalid Addresses'\nInvalid: bob@example.org\n550 5.7.1.You must check for new mail before sending mail ... Local senders are prohibited to send to local recipients without authentication",
        Category::AuthRequired,
        Outcome::Permanent,
    );
}

/// Mailspring's names for Yahoo's refusals name Yahoo; its "not allowed" is the account's
/// restriction (LABELS.md §5).
#[test]
fn mailsprings_send_errors() {
    let spam = "Sorry, Mailspring was unable to deliver this message: The message has been blocked by Yahoo's outbound spam filter.";
    assert_reads(spam, Category::SpamContent, Outcome::Permanent);
    assert_eq!(provider_of(spam).as_deref(), Some("yahoo"));
    let limit = "Sorry, Mailspring was unable to deliver this message: The message has been blocked by Yahoo - you have exceeded your daily sending limit.";
    assert_eq!(category_of(limit), Category::RateLimited);
    assert_eq!(provider_of(limit).as_deref(), Some("yahoo"));
    assert_reads(
        "Sorry, Mailspring was unable to deliver this message: Sending is not enabled for this account.",
        Category::SenderAccountBlocked,
        Outcome::Permanent,
    );
}

/// Delta Chat core gives up after its retry limit: permanent, though it names no cause (LABELS.md §3).
#[test]
fn delta_chat_giving_up_is_permanent() {
    assert_reads("Number of retries exceeded the limit.", Category::Unknown, Outcome::Permanent);
}

/// No row of this round's corpus file that tells a failure reads as a success.
#[test]
fn no_failure_of_this_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-ms3-s20.jsonl"));
}
