//! DNS blocklists and their zones: the token in a reply that names the zone, what kind of
//! listing it is and where to look the address up. Texts per kind: `zone.<kind>.*`
//! (`src/i18n/en/providers/blocklists.txt`).
//!
//! Order and matching: the classifier takes the zone hit that starts first in the input (for
//! hits starting at the same place, the shorter one). Rows are therefore written so that the
//! more specific token of one list starts earlier than the generic one (`spamhaus.org/sbl/query/sblcss`
//! starts before `sbl/query/sbl`), and generic tokens that would start at the same place as a
//! specific one (a bare `spamhaus`) are left out. Within a list, more specific rows come first.
//!
//! Sources: the Spamhaus zone and return-code table
//! <https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html>,
//! each operator's lookup page (on the operator's `HOSTS`), and the field reports named per row.
//! SORBS was shut down on 5 June 2024 and NiX Spam (ix.dnsbl.manitu.net) on 16 January 2025:
//! their rows have the kind `defunct`.

use super::citations::{
    FIELD_MANUAL_550, FREE_EMAIL_FORWARDING_ISSUE_259, HIJACKTHIS_ISSUE_190,
    MAILCOW_LOGS_VIEWER_ISSUE_62, ORANGE_POSTMASTER, PROOFPOINT_IPCHECK, REACHER_SMTP_PARSER,
    SISIMAI_RHOST_MESSAGELABS, SPAMHAUS_ZONES, TECHZINE_SORBS_SHUTDOWN, TRENDMICRO_ERS,
    URIBL_REFUSED, ZONEMTA_BOUNCES,
};
use super::BlocklistZone;

macro_rules! zone {
    ($pattern:literal, $provider:literal, $zone:literal, $kind:literal, $url:literal, $source:expr) => {
        BlocklistZone {
            pattern: $pattern,
            provider: $provider,
            zone: $zone,
            kind: $kind,
            lookup_url: $url,
            source: provenance!($source),
            checked: provenance!("2026-11-28"),
        }
    };
}

/// Known blocklist zones. More specific patterns first for the same list.
#[rustfmt::skip]
const BLOCKLIST_ZONES_ROWS: &[BlocklistZone] = &[
    zone!("zen.dq.spamhaus.net", "spamhaus", "Spamhaus ZEN (Data Query Service)", "spamhaus_combined", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("sbl.dq.spamhaus.net", "spamhaus", "Spamhaus SBL (Data Query Service)", "spamhaus_sbl", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("xbl.dq.spamhaus.net", "spamhaus", "Spamhaus XBL (Data Query Service)", "spamhaus_xbl", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("pbl.dq.spamhaus.net", "spamhaus", "Spamhaus PBL (Data Query Service)", "spamhaus_pbl", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("dbl.dq.spamhaus.net", "spamhaus", "Spamhaus DBL (Data Query Service)", "domain", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("zrd.dq.spamhaus.net", "spamhaus", "Spamhaus ZRD (Data Query Service)", "spamhaus_zrd", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("sbl-xbl.spamhaus.org", "spamhaus", "Spamhaus SBL-XBL", "spamhaus_combined", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("zen.spamhaus.org", "spamhaus", "Spamhaus ZEN", "spamhaus_combined", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("sbl.spamhaus.org", "spamhaus", "Spamhaus SBL", "spamhaus_sbl", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("xbl.spamhaus.org", "spamhaus", "Spamhaus XBL", "spamhaus_xbl", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("pbl.spamhaus.org", "spamhaus", "Spamhaus PBL", "spamhaus_pbl", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("dbl.spamhaus.org", "spamhaus", "Spamhaus DBL", "domain", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("cbl.abuseat.org", "spamhaus", "CBL (now part of Spamhaus XBL)", "spamhaus_xbl", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("spamhaus.org/sbl/query/sblcss*", "spamhaus", "Spamhaus SBL CSS", "spamhaus_css", "https://check.spamhaus.org/", "https://github.com/reacherhq/check-if-email-exists/issues/1110"),
    zone!("sbl/query/sbl*", "spamhaus", "Spamhaus SBL", "spamhaus_sbl", "https://check.spamhaus.org/", "https://github.com/QubesOS/qubes-issues/issues/4304"),
    zone!("spamhaus.org/css", "spamhaus", "Spamhaus SBL CSS", "spamhaus_css", "https://check.spamhaus.org/", SPAMHAUS_ZONES),
    zone!("spamhaus.org/pbl", "spamhaus", "Spamhaus PBL", "spamhaus_pbl", "https://check.spamhaus.org/", SISIMAI_RHOST_MESSAGELABS),
    zone!("spamhaus.org/xbl", "spamhaus", "Spamhaus XBL", "spamhaus_xbl", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("spamhaus.org/dbl", "spamhaus", "Spamhaus DBL", "domain", "https://check.spamhaus.org/", FIELD_MANUAL_550),
    zone!("spamhaus.org/zen", "spamhaus", "Spamhaus ZEN", "spamhaus_combined", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("spamhaus.org/query/dbl", "spamhaus", "Spamhaus DBL", "domain", "https://check.spamhaus.org/", "https://github.com/haraka/haraka-plugin-uribl/issues/2"),
    zone!("spamhaus.org/query/domain", "spamhaus", "Spamhaus DBL", "domain", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("spamhaus.org/query/ip", "spamhaus", "Spamhaus", "spamhaus_combined", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("spamhaus.org/query/bl", "spamhaus", "Spamhaus", "spamhaus_combined", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("spamhaus.org/lookup", "spamhaus", "Spamhaus", "spamhaus_combined", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("spamhaus.org/listed", "spamhaus", "Spamhaus", "spamhaus_combined", "https://check.spamhaus.org/", ORANGE_POSTMASTER),
    zone!("domain is listed in spamhaus", "spamhaus", "Spamhaus DBL", "domain", "https://check.spamhaus.org/", FIELD_MANUAL_550),
    zone!("spamhaus dbl", "spamhaus", "Spamhaus DBL", "domain", "https://check.spamhaus.org/", FIELD_MANUAL_550),
    zone!("spamhaus sbl-xbl", "spamhaus", "Spamhaus SBL-XBL", "spamhaus_combined", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("listing in spamhaus sbl", "spamhaus", "Spamhaus SBL", "spamhaus_sbl", "https://check.spamhaus.org/", "https://github.com/sendgrid/docs/issues/6275"),
    zone!("spamhaus xbl", "spamhaus", "Spamhaus XBL", "spamhaus_xbl", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("spamhaus-xbl", "spamhaus", "Spamhaus XBL", "spamhaus_xbl", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("shxbl", "spamhaus", "Spamhaus XBL", "spamhaus_xbl", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("exploits block list", "spamhaus", "Spamhaus XBL", "spamhaus_xbl", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("spamhaus pbl", "spamhaus", "Spamhaus PBL", "spamhaus_pbl", "https://check.spamhaus.org/", "https://github.com/forwardemail/forwardemail.net/blob/master/helpers/get-bounce-info.js"),
    zone!("policy block list", "spamhaus", "Spamhaus PBL", "spamhaus_pbl", "https://check.spamhaus.org/", "https://github.com/osm-fr/infrastructure/issues/207"),
    zone!("your ip is in the pbl", "spamhaus", "Spamhaus PBL", "spamhaus_pbl", "https://check.spamhaus.org/", SISIMAI_RHOST_MESSAGELABS),
    zone!("blocked using spamhaus", "spamhaus", "Spamhaus", "spamhaus_combined", "https://check.spamhaus.org/", "https://github.com/mysociety/writetothem/issues/285"),
    zone!("blocked by spamhaus", "spamhaus", "Spamhaus", "spamhaus_combined", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("blacklisted by spamhaus", "spamhaus", "Spamhaus", "spamhaus_combined", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("listed at spamhaus", "spamhaus", "Spamhaus", "spamhaus_combined", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("listed on the spamhaus", "spamhaus", "Spamhaus", "spamhaus_combined", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("in spamhaus's list", "spamhaus", "Spamhaus", "spamhaus_combined", "https://check.spamhaus.org/", ZONEMTA_BOUNCES),
    zone!("bl.spamcop.net", "spamcop", "SpamCop Blocking List", "ip", "https://www.spamcop.net/bl.shtml", "https://www.spamcop.net/bl.shtml"),
    zone!("spamcop.net/bl.shtml", "spamcop", "SpamCop Blocking List", "ip", "https://www.spamcop.net/bl.shtml", REACHER_SMTP_PARSER),
    zone!("ip in scbl", "spamcop", "SpamCop Blocking List", "ip", "https://www.spamcop.net/bl.shtml", "http://zimhosts.com/clients/knowledgebase/364/EML114-Why-do-I-get-the-message-550-IP-in-XBL-SBL-PBL-RBL-or-SCBL-when-sending-mail.html"),
    zone!("dul.dnsbl.sorbs.net", "sorbs", "SORBS DUHL (dynamic IP ranges)", "defunct", "https://www.sorbs.net/", TECHZINE_SORBS_SHUTDOWN),
    zone!("spam.dnsbl.sorbs.net", "sorbs", "SORBS SPAM", "defunct", "https://www.sorbs.net/", TECHZINE_SORBS_SHUTDOWN),
    zone!("web.dnsbl.sorbs.net", "sorbs", "SORBS WEB", "defunct", "https://www.sorbs.net/", TECHZINE_SORBS_SHUTDOWN),
    zone!("smtp.dnsbl.sorbs.net", "sorbs", "SORBS SMTP (open relays)", "defunct", "https://www.sorbs.net/", TECHZINE_SORBS_SHUTDOWN),
    zone!("problems.dnsbl.sorbs.net", "sorbs", "SORBS PROBLEMS", "defunct", "https://www.sorbs.net/", TECHZINE_SORBS_SHUTDOWN),
    zone!("escalations.dnsbl.sorbs.net", "sorbs", "SORBS ESCALATIONS", "defunct", "https://www.sorbs.net/", TECHZINE_SORBS_SHUTDOWN),
    zone!("dnsbl.sorbs.net", "sorbs", "SORBS", "defunct", "https://www.sorbs.net/", TECHZINE_SORBS_SHUTDOWN),
    zone!("sorbs.net/lookup", "sorbs", "SORBS", "defunct", "https://www.sorbs.net/", ZONEMTA_BOUNCES),
    zone!("sorbs dnsbl", "sorbs", "SORBS", "defunct", "https://www.sorbs.net/", ZONEMTA_BOUNCES),
    zone!("blocked by sorbs", "sorbs", "SORBS", "defunct", "https://www.sorbs.net/", ZONEMTA_BOUNCES),
    zone!("dnsbl-1.uceprotect.net", "uceprotect", "UCEPROTECT Level 1", "ip", "https://www.uceprotect.net/en/rblcheck.php", MAILCOW_LOGS_VIEWER_ISSUE_62),
    zone!("uceprotect-level 1", "uceprotect", "UCEPROTECT Level 1", "ip", "https://www.uceprotect.net/en/rblcheck.php", HIJACKTHIS_ISSUE_190),
    zone!("uceprotect-level1", "uceprotect", "UCEPROTECT Level 1", "ip", "https://www.uceprotect.net/en/rblcheck.php", MAILCOW_LOGS_VIEWER_ISSUE_62),
    zone!("uceprotectl1", "uceprotect", "UCEPROTECT Level 1", "ip", "https://www.uceprotect.net/en/rblcheck.php", FREE_EMAIL_FORWARDING_ISSUE_259),
    zone!("dnsbl-2.uceprotect.net", "uceprotect", "UCEPROTECT Level 2", "uceprotect_level2", "https://www.uceprotect.net/en/rblcheck.php", MAILCOW_LOGS_VIEWER_ISSUE_62),
    zone!("uceprotect-level 2", "uceprotect", "UCEPROTECT Level 2", "uceprotect_level2", "https://www.uceprotect.net/en/rblcheck.php", HIJACKTHIS_ISSUE_190),
    zone!("uceprotect-level2", "uceprotect", "UCEPROTECT Level 2", "uceprotect_level2", "https://www.uceprotect.net/en/rblcheck.php", MAILCOW_LOGS_VIEWER_ISSUE_62),
    zone!("uceprotectl2", "uceprotect", "UCEPROTECT Level 2", "uceprotect_level2", "https://www.uceprotect.net/en/rblcheck.php", FREE_EMAIL_FORWARDING_ISSUE_259),
    zone!("dnsbl-3.uceprotect.net", "uceprotect", "UCEPROTECT Level 3", "uceprotect_level3", "https://www.uceprotect.net/en/rblcheck.php", MAILCOW_LOGS_VIEWER_ISSUE_62),
    zone!("uceprotect-level 3", "uceprotect", "UCEPROTECT Level 3", "uceprotect_level3", "https://www.uceprotect.net/en/rblcheck.php", HIJACKTHIS_ISSUE_190),
    zone!("uceprotect-level3", "uceprotect", "UCEPROTECT Level 3", "uceprotect_level3", "https://www.uceprotect.net/en/rblcheck.php", MAILCOW_LOGS_VIEWER_ISSUE_62),
    zone!("uceprotectl3", "uceprotect", "UCEPROTECT Level 3", "uceprotect_level3", "https://www.uceprotect.net/en/rblcheck.php", FREE_EMAIL_FORWARDING_ISSUE_259),
    zone!("uceprotect.net/rblcheck.php", "uceprotect", "UCEPROTECT", "ip", "https://www.uceprotect.net/en/rblcheck.php", HIJACKTHIS_ISSUE_190),
    zone!("b.barracudacentral.org", "barracuda", "Barracuda Reputation Block List", "reputation", "https://www.barracudacentral.org/lookups", REACHER_SMTP_PARSER),
    zone!("barracudacentral.org", "barracuda", "Barracuda Reputation Block List", "reputation", "https://www.barracudacentral.org/lookups", "https://www.barracudacentral.org/lookups"),
    zone!("barracuda reputation", "barracuda", "Barracuda Reputation Block List", "reputation", "https://www.barracudacentral.org/lookups", "https://github.com/thunderbird/mailstrom/issues/162"),
    zone!("barracudanetworks.com/reputation", "barracuda", "Barracuda Reputation Block List", "reputation", "https://www.barracudacentral.org/lookups", "https://github.com/getconversio/email-deep-validator/pull/20"),
    zone!("csi.cloudmark.com", "cloudmark", "Cloudmark Sender Intelligence (CSI)", "reputation", "https://csi.cloudmark.com/reset-request/", ORANGE_POSTMASTER),
    zone!("cloudmark sender intelligence", "cloudmark", "Cloudmark Sender Intelligence (CSI)", "reputation", "https://csi.cloudmark.com/reset-request/", "https://github.com/Mailu/Mailu/issues/1458"),
    zone!("cloudmark poor reputation sender", "cloudmark", "Cloudmark Sender Intelligence (CSI)", "reputation", "https://csi.cloudmark.com/reset-request/", ZONEMTA_BOUNCES),
    zone!("ers-dul", "trendmicro", "Trend Micro ERS Dynamic User List", "dynamic", "https://servicecentral.trendmicro.com/en-US/ers/", "https://github.com/thunderbird/mailstrom/issues/197"),
    zone!("dul.mail-abuse.com", "trendmicro", "Trend Micro MAPS DUL", "dynamic", "https://servicecentral.trendmicro.com/en-US/ers/", TRENDMICRO_ERS),
    zone!("ers-rbl", "trendmicro", "Trend Micro Email Reputation Services", "reputation", "https://servicecentral.trendmicro.com/en-US/ers/", TRENDMICRO_ERS),
    zone!("r.mail-abuse.com", "trendmicro", "Trend Micro RBL+", "reputation", "https://servicecentral.trendmicro.com/en-US/ers/", TRENDMICRO_ERS),
    zone!("mail-abuse.com/cgi-bin/lookup", "trendmicro", "Trend Micro RBL+", "reputation", "https://servicecentral.trendmicro.com/en-US/ers/", "https://github.com/zone-eu/zone-mta/pull/177"),
    zone!("trend micro rbl", "trendmicro", "Trend Micro RBL+", "reputation", "https://servicecentral.trendmicro.com/en-US/ers/", "https://github.com/zone-eu/zone-mta/pull/177"),
    zone!("trend micro email reputation", "trendmicro", "Trend Micro Email Reputation Services", "reputation", "https://servicecentral.trendmicro.com/en-US/ers/", REACHER_SMTP_PARSER),
    zone!("servicecentral.trendmicro.com/en-us/ers", "trendmicro", "Trend Micro Email Reputation Services", "reputation", "https://servicecentral.trendmicro.com/en-US/ers/", "https://github.com/thunderbird/mailstrom/issues/197"),
    zone!("ers.trendmicro.com", "trendmicro", "Trend Micro Email Reputation Services", "reputation", "https://servicecentral.trendmicro.com/en-US/ers/", TRENDMICRO_ERS),
    zone!("ipcheck.proofpoint.com", "proofpoint", "Proofpoint IP reputation", "reputation", "https://ipcheck.proofpoint.com/", "https://github.com/LukeSmithxyz/emailwiz/issues/233"),
    zone!("support.proofpoint.com/dnsbl-lookup.cgi", "proofpoint", "Proofpoint IP reputation", "reputation", "https://ipcheck.proofpoint.com/", "https://github.com/docker-mailserver/docker-mailserver/issues/22"),
    zone!("proofpoint dynamic reputation", "proofpoint", "Proofpoint Dynamic Reputation", "reputation", "https://ipcheck.proofpoint.com/", "https://github.com/ActiveCampaign/smtp-field-manual/pull/35"),
    zone!("proofpoint reputation services", "proofpoint", "Proofpoint IP reputation", "reputation", "https://ipcheck.proofpoint.com/", REACHER_SMTP_PARSER),
    zone!("prs.proofpoint.com", "proofpoint", "Proofpoint Dynamic Reputation", "reputation", "https://ipcheck.proofpoint.com/", PROOFPOINT_IPCHECK),
    zone!("combined.mail.abusix.zone", "abusix", "Abusix Mail Intelligence", "ip", "https://lookup.abusix.com/", REACHER_SMTP_PARSER),
    zone!("mail.abusix.zone", "abusix", "Abusix Mail Intelligence", "ip", "https://lookup.abusix.com/", "https://lookup.abusix.com/"),
    zone!("abusix blacklist", "abusix", "Abusix Mail Intelligence", "ip", "https://lookup.abusix.com/", REACHER_SMTP_PARSER),
    zone!("ix.dnsbl.manitu.net", "nixspam", "NiX Spam (ix.dnsbl.manitu.net)", "defunct", "https://www.nixspam.net/", "https://github.com/Mailu/Mailu/issues/3766"),
    zone!("dnsbl.manitu.net", "nixspam", "NiX Spam", "defunct", "https://www.nixspam.net/", "https://github.com/mitodl/micromasters/issues/2958"),
    zone!("psbl.surriel.com", "psbl", "Passive Spam Block List (PSBL)", "ip", "https://psbl.org/", "https://github.com/rikvanriel/spamikaze/issues/1"),
    zone!("psbl.org", "psbl", "Passive Spam Block List (PSBL)", "ip", "https://psbl.org/", "https://psbl.org/"),
    zone!("multi.surbl.org", "surbl", "SURBL", "domain", "https://www.surbl.org/", "https://github.com/anonaddy/anonaddy/issues/696"),
    zone!("surbl.org", "surbl", "SURBL", "domain", "https://www.surbl.org/", "https://github.com/anonaddy/anonaddy/issues/696"),
    zone!("multi.uribl.com", "uribl", "URIBL", "domain", "https://uribl.com/", ZONEMTA_BOUNCES),
    zone!("black.uribl.com", "uribl", "URIBL black", "domain", "https://uribl.com/", URIBL_REFUSED),
];
packed!(
    /// Known blocklist zones.
    pub static BLOCKLIST_ZONES: BlocklistZone { pattern, provider, zone, kind, lookup_url } = BLOCKLIST_ZONES_ROWS
);
