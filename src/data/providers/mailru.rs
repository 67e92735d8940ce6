//! Mail.ru: how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Mail.ru postmaster help https://help.mail.ru/mail-help/postmaster, the unblock form linked
//! from its spam rejections (help.mail.ru/notspam-support), and Mail.ru replies in the SMTP Field
//! Manual data (https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json).
//!
//! Checked 2026-12-06 (markers and rules added that day): "Message was not accepted -- invalid
//! mailbox", in https://pastebin.com/UWADPXYL and in the SMTP Field Manual's data/codes/550.json.

use crate::data::citations::FIELD_MANUAL_550;
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mailru",
    name: "Mail.ru",
    kind: Mailbox,
    help_url: "https://help.mail.ru/mail-help/postmaster",
    source: "https://help.mail.ru/mail-help/postmaster",
    checked: "2026-11-28",
    hosts: ["help.mail.ru"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("notspam-support", Strong),
    marker!("mxs.mail.ru", Medium),
    marker!("corp.mail.ru", Medium),
    marker!("help.mail.ru", Medium),
    // The sentence that opens Mail.ru's refusals of a recipient ("550 Message was not accepted --
    // invalid mailbox.  Local mailbox x@mail.ru is unavailable: user not found / account is
    // disabled / user is terminated", https://pastebin.com/UWADPXYL and the SMTP Field Manual's
    // https://github.com/ActiveCampaign/smtp-field-manual/blob/main/data/codes/550.json): it stands
    // without a host name in client errors and bounce handlers' logs.
    marker!("message was not accepted -- invalid mailbox", Strong),
    marker!("mail.ru", Weak),
    marker!("inbox.ru", Weak),
    marker!("list.ru", Weak),
    marker!("bk.ru", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("spam_rejected", "notspam-support", "", SpamContent, _, _, "", FIELD_MANUAL_550, "2026-11-28"),
    rule!("account_disabled", "is unavailable: account is disabled", "", MailboxDisabled, _, _, "", FIELD_MANUAL_550, "2026-11-28"),
    rule!("user_terminated", "is unavailable: user is terminated", "", MailboxDisabled, _, _, "", "https://github.com/manyuanrong/deno-smtp/issues/45", "2026-11-28"),
    rule!("sending_disabled", "message sending for this account is disabled", "", SenderAccountBlocked, _, _, "", "https://mailout.ru/2015/09", "2026-11-28"),
];
