//! GoDaddy (Workspace Email, secureserver.net): how to recognise its replies and what its own
//! codes and wording mean.
//!
//! GoDaddy's inbound servers (`smtp.secureserver.net`) end their
//! refusals with a code `IBnnn`, rate-limit refusals also with the short link
//! `http://x.co/rlbounce`.
//!
//! Sources:
//! - GoDaddy Help, "Fix rejected email with a bounce error":
//!   <https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685> (also the older
//!   article 3568); the code list is quoted in Sisimai's GoDaddy table (github.com/sisimai/rb-sisimai,
//!   `lib/sisimai/rhost/godaddy.rb`).
//! - Field reports: Sisimai sample bounces `set-of-emails/maildir/bsd/rhost-godaddy-0N.eml`,
//!   ZoneMTA's bounce rules (github.com/zone-eu/zone-mta, `config/bounces.txt`) and a hosting
//!   provider's note on IB212 (cited in the fixtures).
//!
//! Checked 2026-12-06 (markers and rules added that day): `bizsmtp` in Aruba's banner,
//! https://github.com/OpenSMTPD/OpenSMTPD/issues/483.

use crate::data::citations::GODADDY_40685;
use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "godaddy",
    name: "GoDaddy (Workspace Email)",
    kind: Mailbox,
    help_url: GODADDY_40685,
    source: GODADDY_40685,
    checked: "2026-11-28",
    hosts: ["www.godaddy.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // GoDaddy's bounce codes and rate-limit link.
    marker!("ib007", Strong),
    marker!("ib101", Strong),
    marker!("ib103", Strong),
    marker!("ib104", Strong),
    marker!("ib105", Strong),
    marker!("ib106", Strong),
    marker!("ib108", Strong),
    marker!("ib110", Strong),
    marker!("ib111", Strong),
    marker!("ib112", Strong),
    marker!("ib113", Strong),
    marker!("ib212", Strong),
    marker!("ib401", Strong),
    marker!("ib501", Strong),
    marker!("ib502", Strong),
    marker!("ib504", Strong),
    marker!("ib506", Strong),
    marker!("ib508", Strong),
    marker!("ib510", Strong),
    marker!("ib605", Strong),
    marker!("ib607", Strong),
    marker!("ib705", Strong),
    marker!("x.co/rlbounce", Strong),
    // GoDaddy's mail hosts. Not the banner word `bizsmtp`: the hosted MTA that writes it answers
    // for Aruba (`mxcmd04.ad.aruba.it bizsmtp ...`, https://github.com/OpenSMTPD/OpenSMTPD/issues/483),
    // Ziggo (`mx8.tb.ukmail.iss.as9143.net bizsmtp`, https://github.com/FreeUKGen/MyopicVicar/issues/997)
    // and Forpsi (`cmg1.fe.forpsi.com bizsmtp`, support.forpsi.com/kb/a3302) too.
    marker!("secureserver.net", Medium),
    // Its own sentences, which stand when the IB code is cut off (GoDaddy's bounce-back help,
    // https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568, as quoted in Sisimai's
    // table https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/godaddy.rb):
    // "... Provide a valid From." (IB501, IB502, IB506), "Authentication not allowed on IBSMTP
    // Servers" (IB401), "content judged to be spam by the internet community" (IB212, IB110).
    marker!("provide a valid from", Strong),
    marker!("ibsmtp", Strong),
    marker!("judged to be spam by the internet community", Medium),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // Sender bounces.
    rule!("ib401_auth_on_inbound", "ib401", "", AuthFailed, Sender, AfterFix, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib501_blank_from", "ib501", "", MessageFormat, Sender, AfterFix, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib502_ip_as_from", "ib502", "", MessageFormat, Sender, AfterFix, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib506_from_domain_invalid", "ib506", "", SenderRejected, SenderAdmin, AfterFix, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib508_spf", "ib508", "", SenderAuthentication, SenderAdmin, AfterFix, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib108_reverse_dns", "ib108", "", ReverseDns, SenderAdmin, AfterFix, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    // Content bounces.
    rule!("ib212_spam_content", "ib212", "", SpamContent, _, AfterFix, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib705_virus", "ib705", "", VirusDetected, _, AfterFix, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    // Rate limiting bounces.
    rule!("ib605_too_many_recipients", "ib605", "", TooManyRecipients, Sender, AfterFix, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib007_too_many_sessions", "ib007", "", RateLimited, SenderAdmin, Automatic, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib101_busy", "ib101", "", ServerUnavailable, _, Automatic, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib504_messages_per_hour", "ib504", "", RateLimited, SenderAdmin, Later, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib510_messages_per_session", "ib510", "", RateLimited, SenderAdmin, Automatic, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib607_recipients_per_hour", "ib607", "", RateLimited, SenderAdmin, Later, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    // Temporary IP blocks for spam or invalid recipients (an hour, or the rest of the day).
    rule!("ib110_spam_hour", "ib110", "", SenderIpBlocked, SenderAdmin, Later, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib111_spam_day", "ib111", "", SenderIpBlocked, SenderAdmin, Later, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib112_invalid_recipients_hour", "ib112", "", SenderIpBlocked, SenderAdmin, Later, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib113_invalid_recipients_day", "ib113", "", SenderIpBlocked, SenderAdmin, Later, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    // Remote block list (RBL) bounces.
    rule!("ib103_cloudmark", "ib103", "", SenderBlocklisted, SenderAdmin, AfterFix, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib104_spamhaus_sbl", "ib104", "", SenderBlocklisted, SenderAdmin, AfterFix, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib105_spamhaus_xbl", "ib105", "", SenderBlocklisted, SenderAdmin, AfterFix, GODADDY_40685, GODADDY_40685, "2026-11-28"),
    rule!("ib106_spamhaus_pbl", "ib106", "", SenderBlocklisted, SenderAdmin, AfterFix, GODADDY_40685, GODADDY_40685, "2026-11-28"),
];
