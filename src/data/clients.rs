//! Error codes and messages of mail clients and libraries that stand for a reply code or a
//! network/auth failure: Outlook HRESULTs (`imnxport.h`), Nodemailer error codes
//! (`lib/errors.js`), PHPMailer, Thunderbird and Apple Mail messages.

use super::ClientError;
use crate::taxonomy::{Category as C, Stage};

/// Known client errors.
#[rustfmt::skip]
pub static CLIENT_ERRORS: &[ClientError] = &[
    ClientError { pattern: "0x800ccc0e", client: "outlook", category: C::NetworkError, basic: None, stage: Some(Stage::Connection),
                  source: "Windows SDK imnxport.h (IXP_E_FAILED_TO_CONNECT)" },
];
