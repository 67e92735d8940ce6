//! Defaults and crosswalks of every category, one row per `Category`, in `Category::ALL`
//! order (checked by a test).
//!
//! Sources of the crosswalks:
//! - Sisimai reason names: <https://libsisimai.org/en/reason/> (current names; retired
//!   names are listed in `SISIMAI_ALIASES`).
//! - SendGrid bounce classifications: <https://www.twilio.com/docs/sendgrid/ui/sending-email/bounces>
//! - Amazon SES bounce types: <https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html>
//! - SparkPost bounce classes: <https://support.sparkpost.com/docs/deliverability/bounce-classification-codes>
//! - Postmark bounce types: <https://postmarkapp.com/developer/api/bounce-api>

use super::CategoryEntry;
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
pub static CATEGORIES: &[CategoryEntry] = &[
    //   category              who acts        retry 4xx   retry 5xx  hard   sisimai            sendgrid               SES type / subtype                     sparkpost postmark
    row!(Delivered,            Nobody,         Automatic,  Never,    false, "delivered",       "Unclassified",        "Undetermined" / "Undetermined",         1,  "Unknown"),
    row!(Intermediate,         Nobody,         Automatic,  Never,    false, "undefined",       "Unclassified",        "Undetermined" / "Undetermined",         1,  "Unknown"),
    row!(MailboxUnknown,       Sender,         AfterFix,   AfterFix, true,  "userunknown",     "Invalid Address",     "Permanent" / "NoEmail",                10,  "HardBounce"),
    row!(MailboxDisabled,      Sender,         Later,      Never,    true,  "suspend",         "Mailbox Unavailable", "Permanent" / "General",                10,  "HardBounce"),
    row!(MailboxMoved,         Sender,         AfterFix,   AfterFix, true,  "hasmoved",        "Invalid Address",     "Permanent" / "General",                10,  "AddressChange"),
    row!(MailboxFull,          Recipient,      Automatic,  Later,    false, "mailboxfull",     "Mailbox Unavailable", "Transient" / "MailboxFull",            22,  "SoftBounce"),
    row!(MailboxBusy,          Nobody,         Automatic,  Later,    false, "onhold",          "Mailbox Unavailable", "Transient" / "General",                20,  "SoftBounce"),
    row!(DomainUnknown,        Sender,         Automatic,  AfterFix, true,  "hostunknown",     "Invalid Address",     "Permanent" / "General",                21,  "DnsError"),
    row!(DomainNoMail,         Sender,         AfterFix,   Never,    true,  "notaccept",       "Invalid Address",     "Permanent" / "General",                10,  "HardBounce"),
    row!(MessageTooLarge,      Sender,         AfterFix,   AfterFix, false, "mesgtoobig",      "Content",             "Transient" / "MessageTooLarge",        23,  "SoftBounce"),
    row!(TooManyRecipients,    Sender,         Automatic,  AfterFix, false, "exceedlimit",     "Frequency or Volume", "Transient" / "General",                20,  "SoftBounce"),
    row!(RateLimited,          SenderAdmin,    Automatic,  Later,    false, "speeding",        "Frequency or Volume", "Transient" / "General",                20,  "SoftBounce"),
    row!(Greylisted,           Nobody,         Automatic,  Later,    false, "blocked",         "Frequency or Volume", "Transient" / "General",                20,  "Transient"),
    row!(SpamContent,          Sender,         AfterFix,   AfterFix, false, "spamdetected",    "Content",             "Transient" / "ContentRejected",        52,  "SpamNotification"),
    row!(VirusDetected,        Sender,         AfterFix,   AfterFix, false, "virusdetected",   "Content",             "Transient" / "ContentRejected",        52,  "VirusNotification"),
    row!(AttachmentBlocked,    Sender,         AfterFix,   AfterFix, false, "policyviolation", "Content",             "Transient" / "AttachmentRejected",     53,  "Blocked"),
    row!(ContentPolicy,        Sender,         AfterFix,   AfterFix, false, "policyviolation", "Content",             "Transient" / "ContentRejected",        50,  "Blocked"),
    row!(MessageFormat,        ClientSoftware, AfterFix,   AfterFix, false, "notcompliantrfc", "Technical",           "Permanent" / "General",                40,  "BadEmailAddress"),
    row!(SenderIpBlocked,      SenderAdmin,    AfterFix,   AfterFix, false, "blocked",         "Reputation",          "Transient" / "General",                50,  "Blocked"),
    row!(SenderBlocklisted,    SenderAdmin,    AfterFix,   AfterFix, false, "blocked",         "Reputation",          "Transient" / "General",                51,  "Blocked"),
    row!(SenderReputation,     SenderAdmin,    AfterFix,   AfterFix, false, "badreputation",   "Reputation",          "Transient" / "General",                51,  "Blocked"),
    row!(SenderRejected,       SenderAdmin,    AfterFix,   AfterFix, false, "rejected",        "Reputation",          "Permanent" / "General",                50,  "Blocked"),
    row!(SenderAuthentication, SenderAdmin,    AfterFix,   AfterFix, false, "authfailure",     "Technical",           "Permanent" / "General",                50,  "DMARCPolicy"),
    row!(ReverseDns,           SenderAdmin,    AfterFix,   AfterFix, false, "requireptr",      "Technical",           "Transient" / "General",                50,  "Blocked"),
    row!(AuthRequired,         ClientSoftware, AfterFix,   AfterFix, false, "securityerror",   "Technical",           "Permanent" / "General",                25,  "SMTPApiError"),
    row!(AuthFailed,           Sender,         AfterFix,   AfterFix, false, "securityerror",   "Technical",           "Permanent" / "General",                25,  "SMTPApiError"),
    row!(TlsRequired,          ClientSoftware, AfterFix,   AfterFix, false, "failedstarttls",  "Technical",           "Transient" / "General",                25,  "Blocked"),
    row!(TlsFailed,            SenderAdmin,    Automatic,  AfterFix, false, "failedstarttls",  "Technical",           "Transient" / "General",                25,  "Transient"),
    row!(RelayDenied,          SenderAdmin,    AfterFix,   AfterFix, false, "norelaying",      "Technical",           "Permanent" / "General",                54,  "Blocked"),
    row!(PolicyRejected,       SenderAdmin,    AfterFix,   AfterFix, false, "policyviolation", "Reputation",          "Permanent" / "General",                50,  "Blocked"),
    row!(SenderAccountBlocked, SenderAdmin,    AfterFix,   AfterFix, false, "securityerror",   "Reputation",          "Permanent" / "General",                25,  "Blocked"),
    row!(ReceiverMisconfigured,RecipientAdmin, Automatic,  Later,    false, "systemerror",     "Technical",           "Transient" / "General",                25,  "Transient"),
    row!(ServerUnavailable,    Nobody,         Automatic,  Later,    false, "systemerror",     "Technical",           "Transient" / "General",                70,  "Transient"),
    row!(ServerError,          RecipientAdmin, Automatic,  Later,    false, "systemerror",     "Technical",           "Transient" / "General",                40,  "Transient"),
    row!(ServerStorage,        RecipientAdmin, Automatic,  Later,    false, "systemfull",      "Technical",           "Transient" / "General",                20,  "SoftBounce"),
    row!(ProtocolSyntax,       ClientSoftware, AfterFix,   AfterFix, false, "syntaxerror",     "Technical",           "Permanent" / "General",                40,  "SMTPApiError"),
    row!(ProtocolSequence,     ClientSoftware, AfterFix,   AfterFix, false, "syntaxerror",     "Technical",           "Permanent" / "General",                40,  "SMTPApiError"),
    row!(NotImplemented,       ClientSoftware, AfterFix,   AfterFix, false, "syntaxerror",     "Technical",           "Permanent" / "General",                40,  "SMTPApiError"),
    row!(NetworkError,         SenderAdmin,    Automatic,  Later,    false, "networkerror",    "Technical",           "Transient" / "General",                24,  "Transient"),
    row!(Expired,              Nobody,         Automatic,  Later,    false, "expired",         "Technical",           "Transient" / "General",                24,  "Transient"),
    row!(RoutingLoop,          RecipientAdmin, Automatic,  AfterFix, false, "networkerror",    "Technical",           "Permanent" / "General",                40,  "HardBounce"),
    row!(Suppressed,           Sender,         Never,      Never,    true,  "suppressed",      "Invalid Address",     "Permanent" / "Suppressed",             26,  "ManuallyDeactivated"),
    row!(Unknown,              Nobody,         Later,      Later,    false, "undefined",       "Unclassified",        "Undetermined" / "Undetermined",         1,  "Unknown"),
];

/// Sisimai reason names that were renamed or merged, with the name they map to now.
pub static SISIMAI_ALIASES: &[(&str, &str)] = &[];
