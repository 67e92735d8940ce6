//! Mail clients' own send-failure texts, with and without a server reply inside (session 20,
//! round fr28, src/data/knowledge/phrases.tsv and clients.tsv). Each text is quoted from the
//! program's source or the page named beside it; the expected category and outcome are read from
//! that source and tests/corpus/LABELS.md (§3 outcomes without a code, §5 a client's own
//! demands), never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A client set to use STARTTLS whose server does not offer it is a TLS failure (LABELS.md §5),
/// lasting until a setting changes (§3).
#[test]
fn starttls_demanded_and_not_offered_is_a_tls_failure() {
    assert_all_read(
        &[
            // Thunderbird for Android: SmtpTransport.kt throws MissingCapabilityException("STARTTLS"),
            // the setup check prints feature/account/server/validation strings.xml around it.
            "Checking outgoing server settings failed\nThe server is missing this capability:\nSTARTTLS",
            // Evolution, evolution-data-server camel-smtp-transport.c.
            "Failed to connect to SMTP server %s in secure mode: STARTTLS not supported",
            // Claws Mail src/common/smtp.c; NeoMutt send/smtp.c.
            "couldn't start STARTTLS session",
            "Could not negotiate TLS connection",
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
}

/// A server whose EHLO offers no sign-in the client can use lacks an extension the client needs
/// (LABELS.md §5): not_implemented, not a wrong password.
#[test]
fn no_usable_auth_mechanism_is_not_implemented() {
    assert_all_read(
        &[
            // Thunderbird for Android: MissingCapabilityException("AUTH PLAIN").
            "Checking outgoing server settings failed\nThe server is missing this capability:\nAUTH PLAIN",
            // NeoMutt send/smtp.c, SMTP_AUTH_UNAVAIL: none of the server's mechanisms is usable.
            "No authenticators available",
            // Claws Mail src/common/smtp.c smtp_auth: automatic choice, the server lists none it knows.
            "No SMTP AUTH method available",
            // Roundcube en_US smtputf8error: an address needs SMTPUTF8, the server does not offer it.
            "SMTP Error: Server does not support Unicode in email address.",
        ],
        Category::NotImplemented,
        Outcome::Permanent,
    );
}

/// No connection to the server, no reply: failed for now (LABELS.md §3).
#[test]
fn a_connection_that_never_came_is_a_temporary_network_error() {
    assert_all_read(
        &[
            // Thunderbird for Android SmtpTransport.kt.
            "Unable to open connection to SMTP server.",
            // K-9 Mail's notification, cut off by the app (thunderbird/thunderbird-android#1810);
            // Android libcore IoBridge.isConnected.
            "ErrnoException: isConnected failed: ECON...",
            // Gmail's "Send mail as" dialog (docker-mailserver/docker-mailserver#3048).
            "Couldn't reach server. Please double-check the server and port number",
            // Nextcloud Mail src/components/AccountForm.vue; Evolution camel-smtp-transport.c.
            "SMTP server is not reachable",
            "Cannot send message: service not connected.",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// A message over the server's announced SIZE, or over a webmail's own limits, will not go out
/// as it stands.
#[test]
fn size_checks_before_sending_are_message_too_large() {
    assert_all_read(
        &[
            // Thunderbird for Android SmtpTransport.kt; Claws Mail src/common/smtp.c.
            "Message too large for server",
            "Message is too big (Maximum size is %s)",
            // Roundcube en_US smtpsizeerror.
            "SMTP Error: Message size exceeds server limit ($limit)",
            // Horde IMP lib/Compose.php.
            "Your message body has exceeded the limit by body size by %d characters.",
            "Attached file exceeds the attachment size limits. File NOT attached.",
        ],
        Category::MessageTooLarge,
        Outcome::Permanent,
    );
}

/// A count of this sender's mail (LABELS.md §2 Q3), with or without a code.
#[test]
fn sending_quotas_are_rate_limits() {
    assert_all_read(
        &[
            // Junara's sending-limits page.
            "You've reached your sending limit. Don't worry you can send again soon.",
            // EmailArray's troubleshooting page: 300 messages a day.
            "462 Daily send limit reached. Please try again tomorrow",
        ],
        Category::RateLimited,
        Outcome::Temporary,
    );
}

/// Replies carried inside the clients' dialogs keep their own cause.
#[test]
fn replies_inside_dialogs_keep_their_cause() {
    // BT's help page for Outlook error 0x800ccc79: no such BT mailbox.
    assert_reads("Server Response: 550 unknown local user", Category::MailboxUnknown, Outcome::Permanent);
    // EmailArray's common-errors page: the account's own blacklist names the sender (LABELS §1 Q5).
    assert_reads("Sorry, you are blacklisted on this server", Category::SenderRejected, Outcome::Permanent);
    // Thunderbird's dialog with vmail's refusal (root-io/vmail#51): HELO and reverse DNS of the client.
    assert_reads(
        "An Outgoing server (SMTP) error occurred while sending mail. The server responded:  5.7.1 <DATA>: Data command rejected: Blocked - contact postmaster@vmail.me for help - Suspicious HELO [...] and missing reverse DNS [...].",
        Category::ReverseDns,
        Outcome::Permanent,
    );
    // Gmail's "Send mail as" dialog: the user's own server's certificate is not valid for its name.
    assert_reads("TLS Negotiation failed, the certificate doesn't match the host.", Category::TlsFailed, Outcome::Permanent);
    // iCloud's [CS01] refusal as Delta Chat shows the relay's bounce (chatmail/relay#446).
    let icloud = "<chat@casperzandbergen.nl>: host mx02.mail.icloud.com[17.57.155.25] said: 554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137 (in reply to end of DATA command)";
    assert_eq!(provider_of(icloud).as_deref(), Some("apple"));
    assert_reads(icloud, Category::ContentPolicy, Outcome::Permanent);
}

/// Dialogs that carry no reply and name no cause stay unknown rather than guessing.
#[test]
fn dialogs_without_a_cause_stay_unknown() {
    for text in [
        // Twake Mail (linagora/tmail-flutter#2370); Outlook on the web (OfficeDev/office-js#6708).
        "Failure to send your message",
        "Couldn't send this message",
    ] {
        assert_eq!(category_of(text), Category::Unknown, "{text}");
    }
}

/// No row of the round's corpus file whose source tells a failure reads as a success.
#[test]
fn no_client_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr28-s20.jsonl"));
}
