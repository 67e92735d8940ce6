//! The IANA "SMTP Enhanced Status Codes" registry (enumerated codes X.0.0 – X.7.30), sorted by
//! subject then detail (checked by a test). Registry:
//! <https://www.iana.org/assignments/smtp-enhanced-status-codes/>. Meanings in plain words are
//! in the catalog under `code.X.<subject>.<detail>`; subject meanings under `subject.<n>`.
//!
//! - `title` is the registry's "Sample Text", letter for letter (its capitals included).
//! - `basic` is the registry's "Associated basic status code" list, sorted. It is empty where the
//!   registry says "Not given", and also where it gives no number: X.0.0 ("Any") and
//!   X.7.17–X.7.19 ("5XX"). For X.7.15 and X.7.16 the registry adds "(other 4XX or 5XX codes are
//!   allowed)"; only the numbers are kept.
//! - `source` is the defining document and section; a second entry names a document the
//!   registry also references or where the code is used.
//! - `category` is what the code stands for when the reply says nothing more. The generic
//!   X.n.0 codes whose real-world use is too mixed to name a cause (X.0.0, X.1.0, X.2.0, X.5.0,
//!   X.7.0) are `Unknown`, which adds no score, so the basic code and the wording decide.
//!
//! Checked against a CSV export of the registry (the copy read lists X.0.0 … X.7.28) and the
//! registration sections of the RFCs: RFC 3463 §3.1–§3.8, RFC 3886 §3.3.4 (as cited by
//! RFC 5248 §2.4), RFC 4468 §5, RFC 4954 §6, RFC 5248 §2.4, RFC 6531 §4.2, RFC 6710 §10,
//! RFC 7293 §15.3, RFC 7372 §3.1–§3.4, RFC 7504 §6, RFC 7505 §4.1, RFC 8617 §10.4, RFC 8689 §7.
//! X.7.28 comes from an Internet-Draft (draft-levine-mailbomb-header), not an RFC; the registry
//! copy read puts its description into the basic-code column and lists no basic code, so none
//! is recorded (450/451/550/551, seen in secondary lists, could not be confirmed).

use super::EnhancedEntry;
use crate::taxonomy::Category as C;

macro_rules! enhanced {
    ($subject:literal, $detail:literal, $cat:ident, $title:literal, [$($basic:literal),*], $source:literal) => {
        EnhancedEntry { subject: $subject, detail: $detail, title: $title, basic: &[$($basic),*],
                        source: $source, category: C::$cat, deprecated: false }
    };
    ($subject:literal, $detail:literal, $cat:ident, $title:literal, [$($basic:literal),*], $source:literal, deprecated) => {
        EnhancedEntry { subject: $subject, detail: $detail, title: $title, basic: &[$($basic),*],
                        source: $source, category: C::$cat, deprecated: true }
    };
}

/// Every enumerated code of the registry, sorted by (subject, detail).
#[rustfmt::skip]
const ENHANCED_CODES_ROWS: &[EnhancedEntry] = &[
    // X.0: other or undefined status (RFC 3463 §3.1). Registry basic code: "Any".
    enhanced!(0, 0, Unknown,              "Other undefined Status", [], "RFC 3463 §3.1"),

    // X.1: addressing status (RFC 3463 §3.2).
    // X.1.0 is used for sender and recipient problems alike ("Sender denied", "Address rejected").
    enhanced!(1, 0, Unknown,              "Other address status", [], "RFC 3463 §3.2"),
    enhanced!(1, 1, MailboxUnknown,       "Bad destination mailbox address", [451, 550], "RFC 3463 §3.2"),
    enhanced!(1, 2, DomainUnknown,        "Bad destination system address", [], "RFC 3463 §3.2"),
    // A malformed recipient address cannot be delivered to either: fix the address.
    enhanced!(1, 3, MailboxUnknown,       "Bad destination mailbox address syntax", [501], "RFC 3463 §3.2"),
    // The address matches several mailboxes; the sender has to give a precise one.
    enhanced!(1, 4, MailboxUnknown,       "Destination mailbox address ambiguous", [], "RFC 3463 §3.2"),
    enhanced!(1, 5, Delivered,            "Destination address valid", [250], "RFC 3463 §3.2"),
    enhanced!(1, 6, MailboxMoved,         "Destination mailbox has moved, No forwarding address", [], "RFC 3463 §3.2"),
    enhanced!(1, 7, SenderRejected,       "Bad sender's mailbox address syntax", [], "RFC 3463 §3.2"),
    enhanced!(1, 8, SenderRejected,       "Bad sender's system address", [451, 501], "RFC 3463 §3.2"),
    // A delivery report status: the address was fine, the next system just cannot report further.
    enhanced!(1, 9, Delivered,            "Message relayed to non-compliant mailer", [], "RFC 3886 §3.3.4; RFC 5248 §2.4"),
    enhanced!(1, 10, DomainNoMail,        "Recipient address has null MX", [556], "RFC 7505 §4.1; RFC 7504 §6"),

    // X.2: mailbox status (RFC 3463 §3.3).
    // X.2.0 is used for many mailbox-side conditions and by greylisting software ("4.2.0 Greylisted").
    enhanced!(2, 0, Unknown,              "Other or undefined mailbox status", [], "RFC 3463 §3.3"),
    enhanced!(2, 1, MailboxDisabled,      "Mailbox disabled, not accepting messages", [], "RFC 3463 §3.3"),
    enhanced!(2, 2, MailboxFull,          "Mailbox full", [552], "RFC 3463 §3.3"),
    enhanced!(2, 3, MessageTooLarge,      "Message length exceeds administrative limit", [552], "RFC 3463 §3.3"),
    // The list could not be expanded on the receiving side: a problem of that system.
    enhanced!(2, 4, ServerError,          "Mailing list expansion problem", [450, 452], "RFC 3463 §3.3"),

    // X.3: mail system status (RFC 3463 §3.4).
    enhanced!(3, 0, ServerError,          "Other or undefined mail system status", [221, 250, 421, 451, 550, 554], "RFC 3463 §3.4"),
    enhanced!(3, 1, ServerStorage,        "Mail system full", [452], "RFC 3463 §3.4"),
    enhanced!(3, 2, ServerUnavailable,    "System not accepting network messages", [453, 521], "RFC 3463 §3.4; RFC 7504 §6"),
    enhanced!(3, 3, NotImplemented,       "System not capable of selected features", [], "RFC 3463 §3.4"),
    enhanced!(3, 4, MessageTooLarge,      "Message too big for system", [552, 554], "RFC 3463 §3.4"),
    enhanced!(3, 5, ReceiverMisconfigured, "System incorrectly configured", [], "RFC 3463 §3.4"),
    // Accepted, only the requested priority was not honoured. Registry: "250 or 251".
    enhanced!(3, 6, Delivered,            "Requested priority was changed", [250, 251], "RFC 6710 §10"),

    // X.4: network and routing status (RFC 3463 §3.5).
    enhanced!(4, 0, NetworkError,         "Other or undefined network or routing status", [], "RFC 3463 §3.5"),
    enhanced!(4, 1, NetworkError,         "No answer from host", [451], "RFC 3463 §3.5"),
    enhanced!(4, 2, NetworkError,         "Bad connection", [421], "RFC 3463 §3.5"),
    // The DNS (or another directory) could not be asked: a lookup failure, not a missing domain.
    enhanced!(4, 3, NetworkError,         "Directory server failure", [451, 550], "RFC 3463 §3.5"),
    // RFC 3463's example is a DNS answer with no route to the domain (only an SOA record).
    enhanced!(4, 4, DomainUnknown,        "Unable to route", [], "RFC 3463 §3.5"),
    enhanced!(4, 5, ServerUnavailable,    "Mail system congestion", [451], "RFC 3463 §3.5"),
    enhanced!(4, 6, RoutingLoop,          "Routing loop detected", [], "RFC 3463 §3.5"),
    enhanced!(4, 7, Expired,              "Delivery time expired", [], "RFC 3463 §3.5"),

    // X.5: mail delivery protocol status (RFC 3463 §3.6).
    // X.5.0 comes with replies as different as 220, 250 and 554 in the registry itself.
    enhanced!(5, 0, Unknown,              "Other or undefined protocol status", [220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554], "RFC 3463 §3.6"),
    // "Out of sequence or unsupported"; most often seen as 503 5.5.1.
    enhanced!(5, 1, ProtocolSequence,     "Invalid command", [430, 500, 501, 503, 530, 550, 554, 555], "RFC 3463 §3.6"),
    enhanced!(5, 2, ProtocolSyntax,       "Syntax error", [500, 501, 502, 550, 555], "RFC 3463 §3.6"),
    enhanced!(5, 3, TooManyRecipients,    "Too many recipients", [451], "RFC 3463 §3.6"),
    enhanced!(5, 4, ProtocolSyntax,       "Invalid command arguments", [451, 501, 502, 503, 504, 550, 555], "RFC 3463 §3.6"),
    enhanced!(5, 5, NotImplemented,       "Wrong protocol version", [], "RFC 3463 §3.6"),
    // The client sent a login line longer than the server accepts: a client-side protocol fault.
    enhanced!(5, 6, ProtocolSyntax,       "Authentication Exchange line is too long", [500], "RFC 4954 §6"),

    // X.6: message content or media status (RFC 3463 §3.7).
    enhanced!(6, 0, MessageFormat,        "Other or undefined media error", [], "RFC 3463 §3.7"),
    enhanced!(6, 1, MessageFormat,        "Media not supported", [], "RFC 3463 §3.7"),
    enhanced!(6, 2, MessageFormat,        "Conversion required and prohibited", [], "RFC 3463 §3.7"),
    enhanced!(6, 3, MessageFormat,        "Conversion required but not supported", [554], "RFC 3463 §3.7"),
    // A warning on a successful delivery.
    enhanced!(6, 4, Delivered,            "Conversion with loss performed", [250], "RFC 3463 §3.7"),
    enhanced!(6, 5, MessageFormat,        "Conversion Failed", [], "RFC 3463 §3.7"),
    // BURL: the submission server could not fetch the message from the IMAP server.
    enhanced!(6, 6, ServerError,          "Message content not available", [554], "RFC 4468 §5"),
    // X.6.7–X.6.9: one side lacks SMTPUTF8, the extension international addresses need.
    enhanced!(6, 7, NotImplemented,       "Non-ASCII addresses not permitted for that sender/recipient", [550, 553], "RFC 6531 §4.2; RFC 6531 §3.5"),
    enhanced!(6, 8, NotImplemented,       "UTF-8 string reply is required, but not permitted by the SMTP client", [252, 550, 553], "RFC 6531 §4.2; RFC 6531 §3.7.4.2"),
    enhanced!(6, 9, NotImplemented,       "UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected", [550], "RFC 6531 §4.2"),
    // The registry gives no sample text for X.6.10, only "This is a duplicate of X.6.8 and is
    // thus deprecated"; the title says that.
    enhanced!(6, 10, NotImplemented,      "Duplicate of X.6.8 (deprecated)", [], "RFC 6531 §4.2", deprecated),

    // X.7: security or policy status (RFC 3463 §3.8).
    // X.7.0 covers missing logins (530), TLS trouble (454) and spam refusals (554) alike.
    enhanced!(7, 0, Unknown,              "Other or undefined security status", [220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550], "RFC 3463 §3.8"),
    enhanced!(7, 1, PolicyRejected,       "Delivery not authorized, message refused", [451, 454, 502, 503, 533, 550, 551], "RFC 3463 §3.8"),
    enhanced!(7, 2, PolicyRejected,       "Mailing list expansion prohibited", [550], "RFC 3463 §3.8"),
    enhanced!(7, 3, PolicyRejected,       "Security conversion required but not possible", [], "RFC 3463 §3.8"),
    // Typically "504 5.7.4 Unrecognized authentication type": the feature is not supported.
    enhanced!(7, 4, NotImplemented,       "Security features not supported", [504], "RFC 3463 §3.8"),
    // Postfix reports certificate verification failures with 4.7.5.
    enhanced!(7, 5, TlsFailed,            "Cryptographic failure", [], "RFC 3463 §3.8"),
    enhanced!(7, 6, TlsFailed,            "Cryptographic algorithm not supported", [], "RFC 3463 §3.8"),
    // A signature over the message did not verify because the message was altered.
    enhanced!(7, 7, SenderAuthentication, "Message integrity failure", [], "RFC 3463 §3.8"),
    enhanced!(7, 8, AuthFailed,           "Authentication credentials invalid", [535, 554], "RFC 4954 §6"),
    enhanced!(7, 9, AuthFailed,           "Authentication mechanism is too weak", [534], "RFC 4954 §6"),
    enhanced!(7, 10, TlsRequired,         "Encryption Needed", [523], "RFC 5248 §2.4"),
    enhanced!(7, 11, TlsRequired,         "Encryption required for requested authentication mechanism", [524, 538], "RFC 4954 §6"),
    enhanced!(7, 12, AuthFailed,          "A password transition is needed", [422, 432], "RFC 4954 §6"),
    enhanced!(7, 13, SenderAccountBlocked, "User Account Disabled", [525], "RFC 5248 §2.4"),
    // The submission server lacks a configured trust with the server holding the content (BURL).
    enhanced!(7, 14, ReceiverMisconfigured, "Trust relationship required", [535, 554], "RFC 5248 §2.4"),
    enhanced!(7, 15, PolicyRejected,      "Priority Level is too low", [450, 550], "RFC 6710 §10"),
    enhanced!(7, 16, MessageTooLarge,     "Message is too big for the specified priority", [552], "RFC 6710 §10"),
    // X.7.17/X.7.18: the intended person no longer owns the mailbox or domain (RRVS). Registry: "5XX".
    enhanced!(7, 17, MailboxMoved,        "Mailbox owner has changed", [], "RFC 7293 §15.3"),
    enhanced!(7, 18, MailboxMoved,        "Domain owner has changed", [], "RFC 7293 §15.3"),
    enhanced!(7, 19, PolicyRejected,      "RRVS test cannot be completed", [], "RFC 7293 §15.3"),
    enhanced!(7, 20, SenderAuthentication, "No passing DKIM signature found", [550], "RFC 7372 §3.1"),
    enhanced!(7, 21, SenderAuthentication, "No acceptable DKIM signature found", [550], "RFC 7372 §3.1"),
    enhanced!(7, 22, SenderAuthentication, "No valid author-matched DKIM signature found", [550], "RFC 7372 §3.1"),
    enhanced!(7, 23, SenderAuthentication, "SPF validation failed", [550], "RFC 7372 §3.2"),
    enhanced!(7, 24, SenderAuthentication, "SPF validation error", [451, 550], "RFC 7372 §3.2"),
    enhanced!(7, 25, ReverseDns,          "Reverse DNS validation failed", [550], "RFC 7372 §3.3"),
    enhanced!(7, 26, SenderAuthentication, "Multiple authentication checks failed", [550], "RFC 7372 §3.4"),
    enhanced!(7, 27, SenderRejected,      "Sender address has null MX", [550], "RFC 7505 §4.1"),
    enhanced!(7, 28, RateLimited,         "Mail flood detected", [], "IANA registration (draft-levine-mailbomb-header)"),
    enhanced!(7, 29, SenderAuthentication, "ARC validation failure", [550], "RFC 8617 §10.4; RFC 8617 §5.2.2"),
    // The next hop cannot promise the encrypted path the sender demanded.
    enhanced!(7, 30, TlsFailed,           "REQUIRETLS support required", [550], "RFC 8689 §7"),
];
packed!(
    /// Every enumerated code of the registry, sorted by (subject, detail).
    pub static ENHANCED_CODES: EnhancedEntry { title, source } = ENHANCED_CODES_ROWS
);
