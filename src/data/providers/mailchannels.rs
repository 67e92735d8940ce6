//! MailChannels, the outbound relay and filter that many web hosts send their customers' mail
//! through: how to recognise its replies.
//!
//! Its refusals link to console.mailchannels.net with the hosting account and a transaction id,
//! and carry a bracket tag that names the control that fired ("550 5.7.1 [CODE] reason"). The tags
//! documented by MailChannels have rules; the others ([CS], [FBL]) name the service only.
//!
//! Sources: public bounces from smtp.mailchannels.net, https://pastebin.com/Jys2dJ18,
//! https://pastebin.com/BihkfJpV, https://pastebin.com/HNbr7fgk; MailChannels' documented tags:
//! outbound filtering <https://docs.mailchannels.com/outbound/smtp-errors> ([SS], [RBL], [ESA]) and
//! <https://docs.mailchannels.com/outbound/unblock-senders> ([ESA] is a manual block of the sender),
//! the Email API's sending policies <https://docs.mailchannels.com/email-api/sending-policies>
//! ([BFD], [ESA], [BR], [UNS]), inbound filtering <https://docs.mailchannels.com/inbound/smtp-errors>
//! ([S09], [S10], [IB_FEB]), the [ESR] article
//! <https://support.mailchannels.com/hc/en-us/articles/202223280-Fixing-the-5-7-1-ESR-error>, and a
//! host's page quoting its relay's [CSR] refusal
//! <https://www.thiswebhost.com/clients/knowledgebase/554/I-am-receiving-an-error-sending-e-mail.html>.

use crate::data::{ProviderMarker, ProviderRule};

const MC_OUTBOUND: &str = "https://docs.mailchannels.com/outbound/smtp-errors";
const MC_UNBLOCK: &str = "https://docs.mailchannels.com/outbound/unblock-senders";
const MC_POLICIES: &str = "https://docs.mailchannels.com/email-api/sending-policies";
const MC_INBOUND: &str = "https://docs.mailchannels.com/inbound/smtp-errors";

provider! {
    id: "mailchannels",
    name: "MailChannels",
    kind: SendingService,
    help_url: "https://www.mailchannels.com/",
    source: "https://pastebin.com/Jys2dJ18",
    checked: "2026-12-05",
    hosts: ["www.mailchannels.com", "docs.mailchannels.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("console.mailchannels.net", Strong),
    marker!("smtp.mailchannels.net", Weak),
    marker!("relay.mailchannels.net", Weak),
    marker!("mailchannels.net", Weak),
    // Its documented bracket tags, with the words after them where the tag alone is short.
    marker!("[ss]", Medium),
    marker!("[rbl] sender blocked", Strong),
    marker!("[esa] sender blocked", Strong),
    marker!("[esr]", Medium),
    marker!("[csr] our system has detected", Strong),
    marker!("[bfd] sender prohibited by spf", Strong),
    marker!("[br] our system has detected", Strong),
    marker!("[uns] recipient has unsubscribed", Strong),
    marker!("[s09] try again later", Strong),
    marker!("[s10] blocked", Strong),
    marker!("[ib_feb]", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("spam_signature", "[ss]", "", SpamContent, Sender, AfterFix, MC_OUTBOUND, MC_OUTBOUND, "2026-12-06"),
    rule!("blocklisted", "[rbl] sender blocked", "", SenderBlocklisted, SenderAdmin, AfterFix, MC_OUTBOUND, MC_OUTBOUND, "2026-12-06"),
    rule!("sender_blocked", "[esa] sender blocked", "", SenderAccountBlocked, SenderAdmin, AfterFix, MC_UNBLOCK, MC_UNBLOCK, "2026-12-06"),
    rule!("abuse_block", "[esr]", "", SenderAccountBlocked, SenderAdmin, AfterFix, MC_OUTBOUND, "https://support.mailchannels.com/hc/en-us/articles/202223280-Fixing-the-5-7-1-ESR-error", "2026-12-06"),
    rule!("compromised_sender", "[csr] our system has detected", "", SenderAccountBlocked, SenderAdmin, AfterFix, MC_OUTBOUND, "https://www.thiswebhost.com/clients/knowledgebase/554/I-am-receiving-an-error-sending-e-mail.html", "2026-12-06"),
    rule!("spf_prohibited", "[bfd] sender prohibited by spf", "", SenderAuthentication, SenderAdmin, AfterFix, MC_POLICIES, MC_POLICIES, "2026-12-06"),
    rule!("invalid_recipients", "[br] our system has detected", "", SenderAccountBlocked, SenderAdmin, AfterFix, MC_POLICIES, MC_POLICIES, "2026-12-06"),
    rule!("unsubscribed", "[uns] recipient has unsubscribed", "", Suppressed, Sender, Never, MC_POLICIES, MC_POLICIES, "2026-12-06"),
    rule!("greylisted", "[s09] try again later", "", Greylisted, Nobody, Automatic, MC_INBOUND, MC_INBOUND, "2026-12-06"),
    rule!("ip_blocked", "[s10] blocked", "", SenderIpBlocked, SenderAdmin, AfterFix, MC_INBOUND, MC_INBOUND, "2026-12-06"),
    rule!("attachment_type", "[ib_feb]", "", AttachmentBlocked, Sender, AfterFix, MC_INBOUND, MC_INBOUND, "2026-12-06"),
];
