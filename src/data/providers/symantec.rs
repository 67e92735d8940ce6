//! Symantec Email Security.cloud (Broadcom, MessageLabs): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources: Broadcom knowledge-base articles on Email Security.cloud rejections (https://knowledge.broadcom.com/external/article/164955,
//! articles 165165, 162137, 162152, 162232, 164767, 165163, 173082, 173867, 175407, as listed with their
//! reply texts in https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb), the IP reputation lookup and removal page
//! https://ipremoval.sms.symantec.com/, and replies in the SMTP Field Manual data and
//! https://github.com/sisimai/set-of-emails/blob/master/maildir/mac/rhost-messagelabs-01.eml.

use crate::data::citations::SISIMAI_RHOST_MESSAGELABS;
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "symantec",
    name: "Symantec Email Security.cloud (Broadcom, MessageLabs)",
    kind: Gateway,
    help_url: "https://ipremoval.sms.symantec.com/",
    source: "https://knowledge.broadcom.com/external/article/164955",
    checked: "2026-11-28",
    hosts: ["ipremoval.sms.symantec.com", "knowledge.broadcom.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("messagelabs.com", Medium),
    // The sender address of its own failure notices (a host name inside an address does not
    // count, so the whole address is the marker), Sisimai's MessageLabs module,
    // https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/lhost/messagelabs.rb.
    marker!("mailer-daemon@messagelabs.com", Strong),
    marker!("symanteccloud.com", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("message_filtered", "message filtered. refer to the troubleshooting page", "", SpamContent, _, _, "https://knowledge.broadcom.com/external/article/173867", "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/553.json", "2026-11-28"),
    rule!("relay_not_configured", "as a relay, but i have not been configured", "", RelayDenied, _, _, "https://knowledge.broadcom.com/external/article/162137", "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/553.json", "2026-11-28"),
    rule!("smtp_auth", "please turn on smtp authentication in your mail client", "", AuthRequired, _, _, "https://knowledge.broadcom.com/external/article/162137", "https://github.com/sisimai/set-of-emails/blob/master/maildir/mac/rhost-messagelabs-01.eml", "2026-11-28"),
    rule!("connection_rejected", "connection rejected by policy", "", SenderReputation, _, _, "https://ipremoval.sms.symantec.com/", "https://knowledge.broadcom.com/external/article/164955", "2026-11-28"),
    rule!("pbl", "mail rejected because your ip is in the pbl", "", SenderBlocklisted, _, _, "https://knowledge.broadcom.com/external/article/165165", SISIMAI_RHOST_MESSAGELABS, "2026-11-28"),
    rule!("email_blocked", "sorry, your email address has been bl*", "", SenderRejected, Recipient, AfterFix, "https://knowledge.broadcom.com/external/article/173082", SISIMAI_RHOST_MESSAGELABS, "2026-11-28"),
    rule!("domain_blocked", "sorry, your domain has been bl*", "", SenderRejected, Recipient, AfterFix, "https://knowledge.broadcom.com/external/article/173082", SISIMAI_RHOST_MESSAGELABS, "2026-11-28"),
    rule!("ip_blocked", "sorry, your ip address has been bl*", "", SenderIpBlocked, _, _, "https://knowledge.broadcom.com/external/article/165165", SISIMAI_RHOST_MESSAGELABS, "2026-11-28"),
    rule!("domain_auth_fail", "domain authentication fail", "", SenderAuthentication, _, _, "https://knowledge.broadcom.com/external/article/175407", SISIMAI_RHOST_MESSAGELABS, "2026-11-28"),
    rule!("tls_required", "tls/sslv3 connection required", "", TlsRequired, SenderAdmin, _, "https://knowledge.broadcom.com/external/article/162152", SISIMAI_RHOST_MESSAGELABS, "2026-11-28"),
    rule!("stray_linefeeds", "stray linefeeds in message", "", MessageFormat, _, _, "", SISIMAI_RHOST_MESSAGELABS, "2026-11-28"),
    rule!("not_rfc5322", "has detected that this message is not rfc 5322", "", MessageFormat, _, _, "", SISIMAI_RHOST_MESSAGELABS, "2026-11-28"),
    rule!("too_many_messages", "too many messages", "460", RateLimited, _, _, "https://knowledge.broadcom.com/external/article/164767", SISIMAI_RHOST_MESSAGELABS, "2026-11-28"),
    rule!("envelope_domain_not_allowed", "sender envelope domain not allowed for sender ip address", "", RelayDenied, SenderAdmin, _, "", SISIMAI_RHOST_MESSAGELABS, "2026-11-28"),
];
