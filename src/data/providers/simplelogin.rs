//! SimpleLogin (Proton's email alias service): how to recognise its replies and what its own codes mean.
//!
//! SimpleLogin answers for the aliases it forwards; its replies carry a code `SL Ennn`. The codes and
//! the cases that return them are in its public source code.
//!
//! Sources: SimpleLogin's reply codes, https://github.com/simple-login/app/blob/master/app/email/status.py,
//! and where they are used, https://github.com/simple-login/app/blob/master/email_handler.py.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "simplelogin",
    name: "SimpleLogin",
    kind: Mailbox,
    help_url: "https://simplelogin.io/",
    source: "https://github.com/simple-login/app/blob/master/app/email/status.py",
    checked: "2026-12-05",
    hosts: ["simplelogin.io"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("simplelogin", Weak),
    marker!("simplelogin.co", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("sl_e502", "sl e502", "", MailboxUnknown, _, _, "", "https://github.com/simple-login/app/blob/master/app/email/status.py", "2026-12-05"),
    rule!("sl_e515", "sl e515", "", MailboxUnknown, _, _, "", "https://github.com/simple-login/app/blob/master/app/email/status.py", "2026-12-05"),
    rule!("sl_e504", "sl e504", "", MailboxDisabled, _, _, "", "https://github.com/simple-login/app/blob/master/app/email/status.py", "2026-12-05"),
    rule!("sl_e518", "sl e518", "", MailboxDisabled, _, _, "", "https://github.com/simple-login/app/blob/master/app/email/status.py", "2026-12-05"),
    rule!("sl_e519", "sl e519", "", SpamContent, _, _, "", "https://github.com/simple-login/app/blob/master/app/email/status.py", "2026-12-05"),
    rule!("sl_e506", "sl e506", "", SpamContent, Sender, _, "", "https://github.com/simple-login/app/blob/master/app/email/status.py", "2026-12-05"),
    rule!("sl_e520", "sl e520", "", ReceiverMisconfigured, RecipientAdmin, AfterFix, "", "https://github.com/simple-login/app/blob/master/app/email/status.py", "2026-12-05"),
    rule!("sl_e522", "sl e522", "", RateLimited, Nobody, Later, "", "https://github.com/simple-login/app/blob/master/app/email/status.py", "2026-12-05"),
    rule!("sl_e525", "sl e525", "", RoutingLoop, _, _, "", "https://github.com/simple-login/app/blob/master/app/email/status.py", "2026-12-05"),
    rule!("sl_e526", "sl e526", "", TooManyRecipients, _, _, "", "https://github.com/simple-login/app/blob/master/app/email/status.py", "2026-12-05"),
    rule!("sl_e402", "sl e402", "", ServerError, Nobody, Automatic, "", "https://github.com/simple-login/app/blob/master/app/email/status.py", "2026-12-05"),
];
