//! Basic reply codes of RFC 5321, RFC 821 and the SMTP extensions, sorted by code (checked by
//! a test). Meanings in plain words are in the catalog under `code.<code>`.
//!
//! `title` is the reply text the defining document gives (placeholders such as `<domain>` at
//! the start are left out). Codes that no RFC gives a reply text for, and that appear only as
//! associated basic codes in the IANA registry table of RFC 5248 §2.4 (422, 430, 524, 533),
//! carry the sample text of the enhanced code they are listed with.
//!
//! `source`: the first entry is the defining document and section; further entries (after `; `)
//! are other documents that define a use of the same code.
//!
//! `category`: what the code most likely stands for when the reply text says nothing more. Every
//! 2yz is `Delivered` and every 3yz `Intermediate` (the classifier overrides both from the
//! outcome anyway). Where the choice is not obvious, the comment on the row says why.
//!
//! Sources (section numbers checked against the RFC texts, 2026-11):
//! RFC 5321 §3.1, §3.4, §3.5.3, §3.8, §4.1.1.11, §4.2.2–§4.2.3, §4.5.3.1.10
//! <https://www.rfc-editor.org/rfc/rfc5321>; RFC 821 §4.2.1–§4.2.2; RFC 1845 (checkpoint/restart,
//! experimental); RFC 1870 §6 (SIZE); RFC 1985 §5.1 (ETRN); RFC 2645 §5.2.1 (ATRN); RFC 3207 §4
//! (STARTTLS); RFC 4954 §4, §6 (AUTH); RFC 5248 §2.4 (registry table); RFC 6531 §3.7.4.2;
//! RFC 7504 §3, §4 (521, 556); RFC 7505 §4.1 (null MX).

use super::BasicEntry;
use crate::taxonomy::Category as C;

macro_rules! basic {
    ($code:literal, $cat:ident, $title:literal, $source:literal) => {
        BasicEntry { code: $code, title: $title, source: $source, category: C::$cat }
    };
}

/// Every registered basic reply code, sorted by code.
#[rustfmt::skip]
const BASIC_CODES_ROWS: &[BasicEntry] = &[
    // 2yz: positive completion.
    basic!(211, Delivered,         "System status, or system help reply", "RFC 5321 §4.2.3; RFC 821 §4.2.2"),
    basic!(214, Delivered,         "Help message", "RFC 5321 §4.2.3; RFC 821 §4.2.2"),
    basic!(220, Delivered,         "Service ready", "RFC 5321 §4.2.3; RFC 3207 §4; RFC 821 §4.2.2"),
    basic!(221, Delivered,         "Service closing transmission channel", "RFC 5321 §4.2.3; RFC 821 §4.2.2"),
    basic!(235, Delivered,         "Authentication Succeeded", "RFC 4954 §6"),
    basic!(250, Delivered,         "Requested mail action okay, completed", "RFC 5321 §4.2.3; RFC 1985 §5.1; RFC 821 §4.2.2"),
    basic!(251, Delivered,         "User not local; will forward to <forward-path>", "RFC 5321 §4.2.3; RFC 5321 §3.4; RFC 1985 §5.1; RFC 821 §4.2.2"),
    basic!(252, Delivered,         "Cannot VRFY user, but will accept message and attempt delivery", "RFC 5321 §4.2.3; RFC 5321 §3.5.3; RFC 1985 §5.1; RFC 6531 §3.7.4.2"),
    basic!(253, Delivered,         "OK, <n> pending messages for node <x> started", "RFC 1985 §5.1"),
    // 3yz: positive intermediate.
    basic!(334, Intermediate,      "Server challenge (base64 text follows)", "RFC 4954 §4"),
    basic!(354, Intermediate,      "Start mail input; end with <CRLF>.<CRLF>", "RFC 5321 §4.2.3; RFC 821 §4.2.2"),
    // 355 answers MAIL FROM with a TRANSID when an interrupted transfer can resume.
    basic!(355, Intermediate,      "Octet-offset is the transaction offset", "RFC 1845"),
    // 4yz: transient negative completion.
    basic!(421, ServerUnavailable, "Service not available, closing transmission channel", "RFC 5321 §4.2.3; RFC 5321 §3.8; RFC 821 §4.2.2"),
    // No RFC reply text; RFC 5248 lists 422 with X.7.12. Seen in practice with other meanings
    // (Barracuda "License Expired"), so only the registry pairing is recorded here.
    basic!(422, AuthFailed,        "A password transition is needed", "RFC 5248 §2.4"),
    // No RFC reply text; RFC 5248 lists 430 with X.5.1 only. Nothing says what it stands for
    // on its own, so it adds no category (the digits and the wording decide).
    basic!(430, Unknown,           "Invalid command", "RFC 5248 §2.4"),
    // The user has to log in once with PLAIN before the chosen mechanism works: a refused login.
    basic!(432, AuthFailed,        "A password transition is needed", "RFC 4954 §6"),
    // RFC 5321: "mailbox busy or temporarily blocked for policy reasons". Greylisting also
    // uses 450, but it says so in the text, which the phrase table recognises.
    basic!(450, MailboxBusy,       "Requested mail action not taken: mailbox unavailable", "RFC 5321 §4.2.3; RFC 2645 §5.2.1; RFC 821 §4.2.2"),
    basic!(451, ServerError,       "Requested action aborted: local error in processing", "RFC 5321 §4.2.3; RFC 2645 §5.2.1; RFC 821 §4.2.2"),
    // Also "too many recipients" (RFC 5321 §4.5.3.1.10) and a temporary SIZE refusal
    // (RFC 1870 §6); without text the RFC meaning, lack of storage, is the default.
    basic!(452, ServerStorage,     "Requested action not taken: insufficient system storage", "RFC 5321 §4.2.3; RFC 5321 §4.5.3.1.10; RFC 1870 §6; RFC 821 §4.2.2"),
    // ATRN's "no mail queued for you". Outside ATRN, RFC 5248 pairs 453 with X.3.2 (system
    // not accepting network messages), which is how it is read here.
    basic!(453, ServerUnavailable, "You have no mail", "RFC 2645 §5.2.1; RFC 5248 §2.4"),
    // STARTTLS's temporary refusal; RFC 4954 reuses 454 for "Temporary authentication failure".
    basic!(454, TlsFailed,         "TLS not available due to temporary reason", "RFC 3207 §4; RFC 4954 §6"),
    basic!(455, NotImplemented,    "Server unable to accommodate parameters", "RFC 5321 §4.2.3; RFC 5321 §4.1.1.11"),
    basic!(458, ServerError,       "Unable to queue messages for node <x>", "RFC 1985 §5.1"),
    basic!(459, PolicyRejected,    "Node <x> not allowed: <reason>", "RFC 1985 §5.1"),
    // 5yz: permanent negative completion.
    basic!(500, ProtocolSyntax,    "Syntax error, command unrecognized", "RFC 5321 §4.2.3; RFC 4954 §6; RFC 821 §4.2.2"),
    basic!(501, ProtocolSyntax,    "Syntax error in parameters or arguments", "RFC 5321 §4.2.3; RFC 3207 §4; RFC 1870 §6; RFC 821 §4.2.2"),
    basic!(502, NotImplemented,    "Command not implemented", "RFC 5321 §4.2.3; RFC 821 §4.2.2"),
    basic!(503, ProtocolSequence,  "Bad sequence of commands", "RFC 5321 §4.2.3; RFC 821 §4.2.2"),
    basic!(504, NotImplemented,    "Command parameter not implemented", "RFC 5321 §4.2.3; RFC 821 §4.2.2"),
    // A host that never accepts mail; the nearest category is "the domain takes no mail".
    // Some providers (AOL, AT&T) have used 521 for blocks, which their wording shows.
    basic!(521, DomainNoMail,      "Host does not accept mail", "RFC 7504 §3"),
    basic!(523, TlsRequired,       "Encryption Needed", "RFC 5248 §2.4"),
    // No RFC reply text; RFC 5248 lists 524 with X.7.11.
    basic!(524, TlsRequired,       "Encryption required for requested authentication mechanism", "RFC 5248 §2.4"),
    // After a successful login to an account the provider has disabled: the sender's account.
    basic!(525, SenderAccountBlocked, "User Account Disabled", "RFC 5248 §2.4"),
    // RFC 3207 §4 also uses 530 for "Must issue a STARTTLS command first" (with 5.7.0); the
    // login reading is the more common one, and STARTTLS wording is matched as a phrase.
    basic!(530, AuthRequired,      "Authentication required", "RFC 4954 §6; RFC 3207 §4"),
    // No RFC reply text; RFC 5248 lists 533 with X.7.1.
    basic!(533, PolicyRejected,    "Delivery not authorized, message refused", "RFC 5248 §2.4"),
    basic!(534, AuthFailed,        "Authentication mechanism is too weak", "RFC 4954 §6"),
    basic!(535, AuthFailed,        "Authentication credentials invalid", "RFC 4954 §6"),
    basic!(538, TlsRequired,       "Encryption required for requested authentication mechanism", "RFC 4954 §6"),
    // Used for everything from unknown users to blocks; only the policy reading is safe.
    basic!(550, PolicyRejected,    "Requested action not taken: mailbox unavailable", "RFC 5321 §4.2.3; RFC 6531 §3.7.4.2; RFC 7505 §4.1; RFC 821 §4.2.2"),
    // The server names the address to use instead. Some servers misuse 551 for relay refusals,
    // which their wording ("relay") shows.
    basic!(551, MailboxMoved,      "User not local; please try <forward-path>", "RFC 5321 §4.2.3; RFC 5321 §3.4; RFC 821 §4.2.2"),
    // "Exceeded storage allocation" once meant the mailbox quota, but RFC 1870 §6 gives 552 to
    // a message above the fixed size limit, and RFC 3463 §3.3 wants a full mailbox reported as
    // a persistent transient failure (4yz). A bare 552 therefore most likely means the size;
    // quota wording ("mailbox full", "over quota") wins over the code through the phrases.
    basic!(552, MessageTooLarge,   "Requested mail action aborted: exceeded storage allocation", "RFC 5321 §4.2.3; RFC 1870 §6; RFC 821 §4.2.2"),
    // "Mailbox name not allowed (e.g., mailbox syntax incorrect)": the address is not usable.
    // qmail answers relaying refusals with 553 too; its wording ("rcpthosts") tells.
    basic!(553, MailboxUnknown,    "Requested action not taken: mailbox name not allowed", "RFC 5321 §4.2.3; RFC 6531 §3.7.4.2; RFC 821 §4.2.2"),
    // Also the greeting of a server that takes no mail from this client (RFC 5321 §3.1).
    basic!(554, PolicyRejected,    "Transaction failed", "RFC 5321 §4.2.3; RFC 5321 §3.1; RFC 3207 §4.1; RFC 821 §4.2.2"),
    basic!(555, NotImplemented,    "MAIL FROM/RCPT TO parameters not recognized or not implemented", "RFC 5321 §4.2.3; RFC 5321 §4.1.1.11"),
    basic!(556, DomainNoMail,      "Domain does not accept mail", "RFC 7504 §4; RFC 7505 §4.1"),
];
packed!(
    /// Every registered basic reply code, sorted by code.
    pub static BASIC_CODES: BasicEntry { title, source } = BASIC_CODES_ROWS
);
