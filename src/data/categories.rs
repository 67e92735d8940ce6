//! Defaults and crosswalks of every category, one row per `Category`, in `Category::ALL`
//! order (checked by `tests/taxonomy.rs`).
//!
//! Sources of the crosswalks (checked 2026-11):
//! - Sisimai reason names, current as of Sisimai 5.6.0 (2026-02-02), which merged `toomanyconn`
//!   and `speeding` into `ratelimited`, merged `exceedlimit` and `mesgtoobig` into
//!   `emailtoolarge`, and moved attachment errors from `policyviolation` to `contenterror`:
//!   <https://libsisimai.org/en/reason/>, the reason constants in
//!   <https://github.com/sisimai/go-sisimai/blob/main/eb/reason.go> and the release notes in
//!   <https://github.com/sisimai/go-sisimai/blob/main/ChangeLog.md> (the Ruby gem 5.6.0 renamed
//!   `mesgtoobig.rb` to `emailtoolarge.rb` and added `ratelimited.rb` the same way). Retired names
//!   are listed in `SISIMAI_ALIASES`. Where a row's choice follows Sisimai's own status-code
//!   table (`smtp/status/lib.go`), the comment says so.
//! - SendGrid bounce and block classifications (seven values: Content, Frequency or Volume Too
//!   High, Invalid Address, Mailbox Unavailable, Reputation, Technical Failure, Unclassified):
//!   <https://www.twilio.com/docs/sendgrid/ui/analytics-and-reporting/bounce-and-block-classifications>
//!   and the `Classification` enum of the Bounces API
//!   <https://www.twilio.com/docs/sendgrid/api-reference/bounces-api>.
//! - Amazon SES `bounceType` / `bounceSubType`:
//!   <https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html>. `Permanent` goes with
//!   General, NoEmail, Suppressed, OnAccountSuppressionList; `Transient` with General,
//!   MailboxFull, MessageTooLarge, ContentRejected, AttachmentRejected; `Undetermined` with
//!   Undetermined. SES says a `Permanent` bounce means "remove this address", so only rows whose
//!   permanent failure is about the address itself (`hard_bounce`) use `Permanent`; failures
//!   caused by the sender, the content or a server use `Transient`.
//! - SparkPost bounce classes: <https://support.sparkpost.com/docs/deliverability/bounce-classification-codes>
//!   (10 and 30 and 90 are hard, 25 and 80 admin, 50–54 block, 1 undetermined, the rest soft).
//! - Postmark bounce `Type` names: <https://postmarkapp.com/developer/api/bounce-api#bounce-types>
//!   (the same list as the `BounceType` enum of the official `postmark` npm client).
//!
//! The crosswalk columns describe a permanent failure; `explain::interop` adjusts SES, SparkPost
//! and Postmark values for a temporary one.

use super::CategoryEntry;
use crate::taxonomy::Category;
use crate::taxonomy::{Category as C, Retry as R, WhoActs as W};

macro_rules! row {
    ($cat:ident, $who:ident, $rt:ident, $rp:ident, $hard:expr, $sisimai:literal, $sendgrid:literal,
     $ses_type:literal / $ses_sub:literal, $sparkpost:literal, $postmark:literal) => {
        CategoryEntry {
            category: C::$cat,
            who_acts: W::$who,
            retry_temporary: R::$rt,
            retry_permanent: R::$rp,
            hard_bounce: $hard,
            sisimai: $sisimai,
            sendgrid: $sendgrid,
            ses_type: $ses_type,
            ses_subtype: $ses_sub,
            sparkpost: $sparkpost,
            postmark: $postmark,
        }
    };
}

/// One row per category, in `Category::ALL` order.
#[rustfmt::skip]
const CATEGORIES_ROWS: &[CategoryEntry] = &[
    //   category              who acts        retry 4xx   retry 5xx  hard   sisimai            sendgrid                        SES type / subtype                          sparkpost postmark
    // Not failures: explain() reports nobody/never for success and intermediate outcomes anyway.
    // None of the services has a "delivered" bounce value, so their "cannot tell" values stand in.
    row!(Delivered,            Nobody,         Never,      Never,    false, "delivered",       "Unclassified",                 "Undetermined" / "Undetermined",             1,  "Unknown"),
    row!(Intermediate,         Nobody,         Never,      Never,    false, "undefined",       "Unclassified",                 "Undetermined" / "Undetermined",             1,  "Unknown"),
    // A complaint is not a bounce: SES and SendGrid report it as an event of its own, so their
    // bounce columns say nothing; Sisimai reads ARF reports as `feedback`, Postmark's bounce
    // types include `SpamComplaint`. Whoever sends must stop mailing that address.
    row!(Complaint,            Sender,         Never,      Never,    false, "feedback",        "Unclassified",                 "Undetermined" / "Undetermined",             1,  "SpamComplaint"),
    // SES: NoEmail is the subtype for "the target address does not exist".
    row!(MailboxUnknown,       Sender,         AfterFix,   AfterFix, true,  "userunknown",     "Invalid Address",              "Permanent" / "NoEmail",                    10,  "HardBounce"),
    // A temporarily disabled mailbox (4.2.1) may come back, so the sending server's own retries
    // are the right advice. Sisimai files disabled accounts (5.7.13) under suspend, a soft reason;
    // Postmark's own definition puts "account disabled" under SoftBounce. It still counts as a
    // hard bounce here: mailing disabled accounts again harms the sender at large providers.
    row!(MailboxDisabled,      Sender,         Automatic,  Never,    true,  "suspend",         "Mailbox Unavailable",          "Permanent" / "General",                    10,  "SoftBounce"),
    row!(MailboxMoved,         Sender,         AfterFix,   AfterFix, true,  "hasmoved",        "Invalid Address",              "Permanent" / "General",                    10,  "AddressChange"),
    row!(MailboxFull,          Recipient,      Automatic,  Later,    false, "mailboxfull",     "Mailbox Unavailable",          "Transient" / "MailboxFull",                22,  "SoftBounce"),
    // Sisimai has no "busy" reason; its own examples file a temporarily locked mailbox under suspend.
    row!(MailboxBusy,          Nobody,         Automatic,  Later,    false, "suspend",         "Mailbox Unavailable",          "Transient" / "General",                    20,  "SoftBounce"),
    // The row describes a domain that does not exist (permanent): an invalid address for SparkPost
    // (10) and Postmark (HardBounce). Their DNS classes (21, DnsError) are soft, for lookups that
    // failed for now.
    row!(DomainUnknown,        Sender,         Automatic,  AfterFix, true,  "hostunknown",     "Invalid Address",              "Permanent" / "General",                    10,  "HardBounce"),
    // Null MX (RFC 7505): the domain will never take mail, so resending the same message is useless.
    row!(DomainNoMail,         Sender,         AfterFix,   Never,    true,  "notaccept",       "Invalid Address",              "Permanent" / "General",                    10,  "HardBounce"),
    // SendGrid does not document where size limits go; Content (the message itself) is a guess.
    row!(MessageTooLarge,      Sender,         AfterFix,   AfterFix, false, "emailtoolarge",   "Content",                      "Transient" / "MessageTooLarge",            23,  "SoftBounce"),
    // Sisimai maps X.5.3 (too many recipients) to its rate-limit reason. A 452 "too many
    // recipients" makes the sending server deliver the rest later by itself (RFC 5321 §4.5.3.1.10).
    row!(TooManyRecipients,    Sender,         Automatic,  AfterFix, false, "ratelimited",     "Frequency or Volume Too High", "Transient" / "General",                    20,  "SoftBounce"),
    row!(RateLimited,          SenderAdmin,    Automatic,  Later,    false, "ratelimited",     "Frequency or Volume Too High", "Transient" / "General",                    20,  "SoftBounce"),
    // Sisimai has no greylisting reason; its status table files the usual 4.7.1 under blocked.
    // SendGrid has no class for a deliberate first-time deferral. SparkPost 70 is "temporarily
    // delayed", which is exactly what greylisting does.
    row!(Greylisted,           Nobody,         Automatic,  Later,    false, "blocked",         "Unclassified",                 "Transient" / "General",                    70,  "Transient"),
    row!(SpamContent,          Sender,         AfterFix,   AfterFix, false, "spamdetected",    "Content",                      "Transient" / "ContentRejected",            52,  "SpamNotification"),
    // SparkPost has no virus class; 50 is its generic "blocked by the receiver".
    row!(VirusDetected,        Sender,         AfterFix,   AfterFix, false, "virusdetected",   "Content",                      "Transient" / "ContentRejected",            50,  "VirusNotification"),
    // Sisimai 5.6.0 moved attachment errors from policyviolation to contenterror.
    row!(AttachmentBlocked,    Sender,         AfterFix,   AfterFix, false, "contenterror",    "Content",                      "Transient" / "AttachmentRejected",         53,  "Blocked"),
    row!(ContentPolicy,        Sender,         AfterFix,   AfterFix, false, "policyviolation", "Content",                      "Transient" / "ContentRejected",            50,  "Blocked"),
    // No Postmark type describes a malformed message (BadEmailAddress is about the address).
    row!(MessageFormat,        ClientSoftware, AfterFix,   AfterFix, false, "notcompliantrfc", "Technical Failure",            "Transient" / "General",                    40,  "Unknown"),
    row!(SenderIpBlocked,      SenderAdmin,    AfterFix,   AfterFix, false, "blocked",         "Reputation",                   "Transient" / "General",                    50,  "Blocked"),
    // SparkPost 51: "blocked by the receiver as coming from a known spam source".
    row!(SenderBlocklisted,    SenderAdmin,    AfterFix,   AfterFix, false, "blocked",         "Reputation",                   "Transient" / "General",                    51,  "Blocked"),
    row!(SenderReputation,     SenderAdmin,    AfterFix,   AfterFix, false, "badreputation",   "Reputation",                   "Transient" / "General",                    51,  "Blocked"),
    row!(SenderRejected,       SenderAdmin,    AfterFix,   AfterFix, false, "rejected",        "Reputation",                   "Transient" / "General",                    50,  "Blocked"),
    row!(SenderAuthentication, SenderAdmin,    AfterFix,   AfterFix, false, "authfailure",     "Technical Failure",            "Transient" / "General",                    50,  "DMARCPolicy"),
    row!(ReverseDns,           SenderAdmin,    AfterFix,   AfterFix, false, "requireptr",      "Technical Failure",            "Transient" / "General",                    50,  "Blocked"),
    // The next rows are refusals by the sender's own submission server; SparkPost's nearest class
    // is 25 (refused by the sending platform's own policy), Postmark's is SMTPApiError.
    row!(AuthRequired,         ClientSoftware, AfterFix,   AfterFix, false, "securityerror",   "Technical Failure",            "Transient" / "General",                    25,  "SMTPApiError"),
    // A temporary login failure (454 4.7.0) is a server-side hiccup; a mail program does not
    // queue and retry a login, so the advice is to try again later by hand.
    row!(AuthFailed,           Sender,         Later,      AfterFix, false, "securityerror",   "Technical Failure",            "Transient" / "General",                    25,  "SMTPApiError"),
    row!(TlsRequired,          ClientSoftware, AfterFix,   AfterFix, false, "failedstarttls",  "Technical Failure",            "Transient" / "General",                    25,  "SMTPApiError"),
    row!(TlsFailed,            SenderAdmin,    Automatic,  AfterFix, false, "failedstarttls",  "Technical Failure",            "Transient" / "General",                    40,  "Transient"),
    // Most people meet "relay access denied" when their mail program sends without signing in
    // to the outgoing server, so the program's settings are what to fix first.
    row!(RelayDenied,          ClientSoftware, AfterFix,   AfterFix, false, "norelaying",      "Technical Failure",            "Transient" / "General",                    54,  "Blocked"),
    // A temporary refusal without a stated rule is retried by the sending server.
    row!(PolicyRejected,       SenderAdmin,    Automatic,  AfterFix, false, "policyviolation", "Reputation",                   "Transient" / "General",                    50,  "Blocked"),
    // A daily sending limit clears by itself, so a temporary refusal means "later"; a permanent
    // one (suspended or compromised account) needs the provider to lift it. For a sending
    // service this is an account error, not a bounce, so SendGrid has no class for it.
    row!(SenderAccountBlocked, SenderAdmin,    Later,      AfterFix, false, "securityerror",   "Unclassified",                 "Transient" / "General",                    25,  "SMTPApiError"),
    // Only the recipient's admin can fix their setup, so a permanent refusal repeats until then.
    row!(ReceiverMisconfigured,RecipientAdmin, Automatic,  AfterFix, false, "systemerror",     "Technical Failure",            "Transient" / "General",                    40,  "Transient"),
    row!(ServerUnavailable,    Nobody,         Automatic,  Later,    false, "systemerror",     "Technical Failure",            "Transient" / "General",                    70,  "Transient"),
    row!(ServerError,          RecipientAdmin, Automatic,  Later,    false, "systemerror",     "Technical Failure",            "Transient" / "General",                    40,  "Transient"),
    row!(ServerStorage,        RecipientAdmin, Automatic,  Later,    false, "systemfull",      "Technical Failure",            "Transient" / "General",                    20,  "SoftBounce"),
    row!(ProtocolSyntax,       ClientSoftware, AfterFix,   AfterFix, false, "syntaxerror",     "Technical Failure",            "Transient" / "General",                    40,  "SMTPApiError"),
    row!(ProtocolSequence,     ClientSoftware, AfterFix,   AfterFix, false, "syntaxerror",     "Technical Failure",            "Transient" / "General",                    40,  "SMTPApiError"),
    row!(NotImplemented,       ClientSoftware, AfterFix,   AfterFix, false, "syntaxerror",     "Technical Failure",            "Transient" / "General",                    40,  "SMTPApiError"),
    row!(NetworkError,         SenderAdmin,    Automatic,  Later,    false, "networkerror",    "Technical Failure",            "Transient" / "General",                    24,  "Transient"),
    // Once delivery is given up, the message is lost unless the sender sends it again (or
    // reaches the recipient another way); "nobody" would wrongly say it sorts itself out.
    row!(Expired,              Sender,         Automatic,  Later,    false, "expired",         "Technical Failure",            "Transient" / "General",                    24,  "Transient"),
    // Sisimai's status table files X.4.6 (routing loop) under networkerror. A loop is not the
    // address's fault, so it is not a hard bounce for Postmark either.
    row!(RoutingLoop,          RecipientAdmin, Automatic,  AfterFix, false, "networkerror",    "Technical Failure",            "Transient" / "General",                    40,  "Unknown"),
    // Whoever runs the sending service can lift a suppression once the address is confirmed to
    // work, so "after a fix", not "never". SES: the account-level list covers both bounces and
    // complaints. SparkPost's official table has no suppression class; 25 ("failed by the
    // platform's configured policies") fits. SendGrid drops such sends without a bounce class.
    row!(Suppressed,           SenderAdmin,    AfterFix,   AfterFix, true,  "suppressed",      "Invalid Address",              "Permanent" / "OnAccountSuppressionList",   25,  "ManuallyDeactivated"),
    // "Nobody" would claim it worked or sorts itself out; with nothing known, the sender's
    // mail admin is the one who can look further. A 4yz is still retried by the sending server.
    row!(Unknown,              SenderAdmin,    Automatic,  Later,    false, "undefined",       "Unclassified",                 "Undetermined" / "Undetermined",             1,  "Unknown"),
];
packed!(
    /// One row per category, in `Category::ALL` order.
    pub static CATEGORIES: CategoryEntry { sisimai, sendgrid, ses_type, ses_subtype, postmark } = CATEGORIES_ROWS
);

/// Sisimai reason names that were renamed or merged, with the name they map to now (sorted by
/// the old name). Source: the v5.6.0 release notes of go-sisimai (#308, #309).
pub static SISIMAI_ALIASES: &[(&str, &str)] = &[
    ("exceedlimit", "emailtoolarge"),
    ("mesgtoobig", "emailtoolarge"),
    ("speeding", "ratelimited"),
    ("toomanyconn", "ratelimited"),
];

/// Categories whose borders are hard to draw from a reply's words: the same reply reads as
/// either member of a group to different people (our own corpus labellers disagreed on them,
/// and so do the providers' help pages). A result in a group is certain only when the reply's
/// own wording names it; otherwise confidence stays medium and the neighbours that scored are
/// named as alternatives. Source: the disagreements in `tests/corpus/dev.jsonl` (labels) and
/// the overlapping definitions in `src/i18n/en/categories.txt`.
pub static NEIGHBOURS: &[&[Category]] = &[
    &[Category::SenderIpBlocked, Category::SenderBlocklisted, Category::SenderReputation, Category::RateLimited],
    &[Category::PolicyRejected, Category::ContentPolicy, Category::SpamContent, Category::AttachmentBlocked],
    &[Category::DomainUnknown, Category::DomainNoMail],
    &[Category::ServerUnavailable, Category::ServerError, Category::ServerStorage, Category::ReceiverMisconfigured],
    // Temporary refusals that say only "try again later" (tests/corpus/LABELS.md §2).
    &[Category::ServerUnavailable, Category::ServerError, Category::Greylisted, Category::RateLimited],
    &[Category::ProtocolSyntax, Category::ProtocolSequence, Category::NotImplemented, Category::MessageFormat],
    &[Category::MailboxUnknown, Category::MailboxDisabled],
    &[Category::SenderRejected, Category::SenderAuthentication],
    // "Relaying denied" is what many servers say to a sender domain they do not serve.
    &[Category::SenderRejected, Category::RelayDenied],
];

/// The other members of `category`'s group in [`NEIGHBOURS`].
pub fn neighbours(category: Category) -> impl Iterator<Item = Category> {
    NEIGHBOURS.iter().filter(move |group| group.contains(&category)).flat_map(|group| group.iter().copied()).filter(move |c| *c != category)
}
