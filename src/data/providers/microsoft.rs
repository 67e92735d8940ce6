//! Microsoft (Outlook.com, Exchange Online): how to recognise its replies and what its own codes and wording mean.
//!
//! Sources:
//! - NDRs in Exchange Online, https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
//!   (72 rows, read from a parsed copy in https://github.com/singhrastu/rastu.tech,
//!   build/sources/microsoft-parsed.json; the per-code "Fix email delivery issues" pages it links
//!   are the help URLs below).
//! - Outlook.com postmaster troubleshooting, https://postmaster.live.com/pm/troubleshooting.aspx (stored copy of 2025-12-03:
//!   RP-001..003, SC-001..004, DY-001..002, OU-001..002, 550 5.7.515).
//! - Outlook.com requirements for high-volume senders (5.7.515), https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730.
//! - Authenticated client SMTP submission (5.7.139), https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission.
//! - Exchange Server NDRs (RESOLVER.*, STOREDRV.*, QUEUE.Expired, ROUTING.*), https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.
//! - Field reports for tokens Microsoft does not document ((S3150), (S3140), (S3114), (S775), (S8001),
//!   (S8002), (AS3130), AS(...)): public bounces cited row by row.
//!
//! Notes:
//! - Ranges of the reference are covered by wording: 4.7.500-699 and 4.7.850-899 ("Access denied,
//!   please try again later"), 5.7.606-649 ("banned sending IP", plus 5.7.606 as a code rule),
//!   5.7.700-749 ("tenant has exceeded threshold", "traffic not accepted from this IP").
//! - Codes that only Microsoft uses this way (5.5.0, 5.1.10, 5.4.14, 5.7.12, 5.7.13, 5.7.57, 5.7.139 ...)
//!   are code-only rules: they apply only when Microsoft was recognised. Generic wording that other
//!   servers use too ("Relay access denied", "Unable to relay", "Sender denied") carries the code
//!   Microsoft pairs it with, so a random server's reply is not taken for Microsoft's.
//! - "Too many recipients" (4.5.3), "Message expired" (4.4.7, 5.4.300) and "Routing loop detected"
//!   (5.4.6/5.4.14) are code rules for the same reason.
//!
//! Checked 2026-12-06 (markers and rules added that day): "Office 365" in the NDR of
//! https://pastebin.com/gJSdfVeR (source of row d-0610).

use crate::data::citations::{
    FIELD_MANUAL_550, MS_CLIENT_SMTP_SUBMISSION, MS_DELIST_PORTAL, MS_EXCHANGE_SERVER_NDR,
    MS_EXO_NDR, MS_EXO_SENDING_LIMITS, MS_FIX_451_4_7_500_699_ASXXX, MS_FIX_550_5_0_350,
    MS_FIX_550_5_1_10, MS_FIX_550_5_7_1, MS_FIX_5_7_700_THROUGH_5_7_750, MS_SMTP_DANE,
    OUTLOOK_HIGH_VOLUME_SENDERS, OUTLOOK_POSTMASTER_TROUBLESHOOTING,
};
use crate::data::{ProviderMarker, ProviderRule};

/// Microsoft's article on the Outlook REST API's (and Graph's) refusal of a mailbox that is no
/// valid Microsoft 365 mailbox (HTTP 404, MailboxNotEnabledForRESTAPI or MailboxNotSupportedForRESTAPI).
const GRAPH_REST_MAILBOX: &str = "https://learn.microsoft.com/en-us/exchange/troubleshoot/user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error";

provider! {
    id: "microsoft",
    name: "Microsoft (Outlook.com, Exchange Online)",
    kind: Mailbox,
    help_url: MS_EXO_NDR,
    source: MS_EXO_NDR,
    checked: "2026-11-28",
    hosts: [
        "learn.microsoft.com",
        "support.microsoft.com",
        "postmaster.live.com",
        "techcommunity.microsoft.com",
    ],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Exchange Online Protection and Outlook.com host names
    marker!("protection.outlook.com", Strong),
    marker!("prod.outlook.com", Strong),
    marker!("outlook.office365.com", Strong),
    marker!("smtp.office365.com", Medium),
    marker!("mx1.hotmail.com", Medium),
    marker!("mx2.hotmail.com", Medium),
    marker!("mx3.hotmail.com", Medium),
    marker!("mx4.hotmail.com", Medium),
    // The service's name in the sender -> service -> recipient diagram of Exchange Online's NDRs
    // ("Your message to x couldn't be delivered. ... x Office 365 y Action Required", as in
    // https://pastebin.com/gJSdfVeR; Microsoft Learn, "What's included in an NDR",
    // https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online):
    // only inside the finding.
    marker!("office 365", Weak),
    marker!("hotmail.com", Weak),
    marker!("outlook.com", Weak),
    marker!("live.com", Weak),
    marker!("msn.com", Weak),
    // Help links that only Microsoft's replies carry
    marker!("go.microsoft.com/fwlink", Medium),
    marker!("aka.ms/postmaster", Strong),
    marker!("postmaster.live.com", Strong),
    marker!("mail.live.com/mail/troubleshooting.aspx", Strong),
    marker!("sender.office.com", Strong),
    marker!("substrate.office.com", Strong),
    marker!("aka.ms/smtp_auth_disabled", Strong),
    // Wording and tags of Microsoft's filters
    marker!("service unavailable, client host", Strong),
    marker!("part of their network is on our block list", Strong),
    marker!(software "[name=protocol filter agent]", Strong),
    // Exchange Server's own wording, which any Exchange server writes, not only Microsoft's
    // service ("550 5.7.1 Unable to relay", "530 5.7.1 Client was not authenticated", "535 5.7.3
    // Authentication unsuccessful"; Exchange Server NDRs,
    // https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages):
    // software tokens, so that Microsoft's rules read the reply without naming its service as the
    // one that answered. A host name or tag of the service beside them still names it.
    marker!(software "unable to relay", Strong),
    marker!(software "client was not authenticated", Strong),
    marker!(software "authentication unsuccessful", Strong),
    // Exchange Online's own form of the first ("530 5.7.57 Client was not authenticated to send
    // anonymous mail during MAIL FROM", NDRs in Exchange Online) names the service.
    marker!("client was not authenticated to send anonymous mail", Strong),
    marker!("(s3150)", Strong),
    marker!("(s3140)", Strong),
    marker!("(s3113)", Strong),
    marker!("(s3114)", Strong),
    marker!("(s843)", Strong),
    marker!("(s775)", Strong),
    marker!("(s8001)", Strong),
    marker!("(s8002)", Strong),
    marker!("(as3130)", Strong),
    marker!("(as3140)", Strong),
    marker!("(as3150)", Strong),
    marker!("(as843)", Strong),
    marker!("(as16012607)", Strong),
    marker!("(as16012609)", Strong),
    marker!("as(7555)", Strong),
    marker!("as(201806281)", Strong),
    // Exchange Online's tag on its Spamhaus refusals ("... blocked using Spamhaus ... AS(1450)
    // [XX0PEPF...prod.outlook.com ...]", quoted in
    // https://github.com/forwardemail/forwardemail.net/blob/master/helpers/get-bounce-info.js).
    marker!("as(1450)", Strong),
    // Outlook.com's tag on "550 5.5.0 Requested action not taken: mailbox unavailable"
    // (Outlook.com's "user unknown", https://www.spamresource.com/2023/09/microsoft-multiple-types-of-invalid.html).
    marker!("(s2017062302)", Strong),
    // The delisting address and anti-spam tag of its "550 5.7.511 Access denied, banned sender"
    // refusal ("... forward this message to delist@messaging.microsoft.com ... AS(508)
    // [AM5EUR02FT019.eop-EUR02.prod.protection.outlook.com]", https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt).
    marker!("delist@messaging.microsoft.com", Strong),
    marker!("as(508)", Strong),
    // Wording only Microsoft's services write (Exchange Online's tenant, connector and DANE
    // checks; Outlook.com's IPv6 rule), after Microsoft's NDR pages as quoted in Sisimai's table
    // https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/microsoft.rb:
    // 4.4.4 "hosted tenant which has no mail-enabled subscriptions", 5.7.51
    // RestrictDomainsToIPAddresses / RestrictDomainsToCertificate, 4.4.318
    // "(SuspiciousRemoteServerError)", 4.7.26 "must pass either SPF or DKIM validation, this
    // message is not signed", 5.7.509 "does not pass DMARC verification", 4/5.7.323 "tlsa-invalid",
    // 4/5.7.324 "dnssec-invalid".
    marker!("hosted tenant which has no mail-enabled subscriptions", Strong),
    marker!("restrictdomainstoipaddresses", Strong),
    marker!("restrictdomainstocertificate", Strong),
    marker!("suspiciousremoteservererror", Strong),
    marker!("must pass either spf or dkim validation", Strong),
    marker!("does not pass dmarc verification", Medium),
    marker!("tlsa-invalid", Strong),
    marker!("dnssec-invalid", Strong),
    // Exchange Online's relay refusal of a hybrid tenant ("550 5.7.64 TenantAttribution; Relay
    // Access Denied ATTR36") and the article it links to
    // (https://learn.microsoft.com/en-us/exchange/troubleshoot/hybrid-configuration-wizard-errors/relay-access-denied-attr36-ndr).
    marker!("attr36", Strong),
    marker!("support.microsoft.com/kb/3169958", Strong),
    // Exchange component codes (Exchange Online and Exchange Server): they name the software,
    // which many organisations run on their own servers, not Microsoft's service.
    marker!(software "resolver.adr.", Strong),
    // ... except Exchange Online's recipient lookup of 5.1.10 ("550 5.1.10
    // RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", Fix error code
    // 550 5.1.10 in Exchange Online; Exchange Server writes RecipNotFound under 5.1.1).
    marker!("resolver.adr.recipientnotfound", Strong),
    marker!(software "resolver.rst.", Strong),
    marker!(software "storedrv.", Strong),
    marker!(software "queue.expired", Strong),
    marker!(software "routing.noconnectorforaddresstype", Strong),
    marker!(software "smtpsend.", Strong),
    marker!(software "[message=socket error", Medium),
    // Wording of Microsoft's own limits and checks
    marker!("tenant external recipient rate limit", Strong),
    marker!("onmicrosoft.com", Medium),
    marker!("per hour message receive limit", Strong),
    marker!("limit for the number of messages they can receive per hour", Strong),
    marker!("journaling archive is disabled", Strong),
    marker!("client not authenticated to send mail", Medium),
    marker!("sender was not authenticated", Medium),
    marker!("*sendasdenied*", Strong),
    // Microsoft Graph, the HTTP API that Microsoft 365 and Outlook.com mail is sent through: its
    // host and the error codes and words of its sendMail refusals
    // (https://learn.microsoft.com/en-us/graph/errors, https://learn.microsoft.com/en-us/graph/api/user-sendmail,
    // https://learn.microsoft.com/en-us/graph/outlook-send-mail-from-other-user).
    marker!("graph.microsoft.com", Strong),
    marker!("erroraccessdenied", Medium),
    marker!("access is denied. check credentials and try again", Strong),
    marker!("nopermissionsinaccesstoken", Strong),
    marker!("mailboxnotenabledforrestapi", Strong),
    marker!("mailboxnotsupportedforrestapi", Strong),
    marker!("rest api is not yet supported for this mailbox", Strong),
    marker!("does not have the right to send mail on behalf of the specified sending account", Strong),
    marker!("tenantattribution", Strong),
    marker!("smtpclientauthentication", Strong),
    marker!("basic authentication is disabled", Medium),
    // Outlook.com's own notice for a domain it cannot reach (Sisimai's Outlook module,
    // https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/outlook.rb).
    marker!("the mail could not be delivered to the recipient because the domain is not reachable", Medium),
    // Exchange Online's submission refusal of a sender its outbound spam filter has restricted
    // ("554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; ... WASCL UserAction verdict",
    // https://github.com/nodemailer/nodemailer/issues/1486, smtp.office365.com): the service's
    // own filter, not the Exchange software alone.
    marker!("outboundspamexception", Strong),
    // Outlook.com's block-list refusal cut before "(S3150)": its own sentence ("550 5.7.1
    // Unfortunately, messages from [ip] weren't sent. Please contact your Internet service provider
    // since part of their network is on our block list", https://postmaster.live.com/pm/troubleshooting.aspx;
    // SMTP Field Manual data/codes/550.json, provider "outlook").
    marker!("weren't sent. please contact your internet service provider", Strong),
    // Exchange Online's Spamhaus refusal of the MAIL FROM domain ("550 5.7.1 Service unavailable,
    // MailFrom domain is listed in Spamhaus ... (S8002)", SMTP Field Manual data/codes/550.json).
    marker!("mailfrom domain is listed in spamhaus", Strong),
    // Exchange Online's refusals of SMTP AUTH, with the reason after a comma ("535 5.7.139
    // Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant", "...,
    // basic authentication is disabled", "..., the user credentials were incorrect", "..., the
    // request did not meet the criteria to be authenticated successfully"; Authenticated client
    // SMTP submission, https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission).
    // Exchange Server's own "5.7.3 Authentication unsuccessful" has no reason and is no marker.
    marker!("authentication unsuccessful,", Strong),
    // The help link Exchange Online appends to its 5.4.1 refusals ("For more information see
    // https://aka.ms/EXOSmtpErrors", NDRs in Exchange Online).
    marker!("aka.ms/exosmtperrors", Strong),
    // Hotmail's older name in the same policy refusals ("550 SC-001 Mail rejected by Windows Live
    // Hotmail for policy reasons", PHP Bounce Handler's table,
    // https://github.com/cfortune/PHP-Bounce-Handler/blob/master/bounce_responses.php).
    marker!("rejected by windows live hotmail", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    // Exchange Online non-delivery reports: recipient problems
    rule!("recipient_not_found", "resolver.adr.recipnotfound", "", MailboxUnknown, _, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online", MS_EXCHANGE_SERVER_NDR, "2026-11-28"),
    rule!("ex_recipient_not_found", "resolver.adr.exrecipnotfound", "", MailboxUnknown, _, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online", MS_EXCHANGE_SERVER_NDR, "2026-11-28"),
    rule!("recipient_not_found_lookup", "resolver.adr.recipientnotfound", "", MailboxUnknown, _, _, MS_FIX_550_5_1_10, "https://pastebin.com/4FtmzT9E", "2026-11-28"),
    rule!("recipient_not_found_5110", "", "5.1.10", MailboxUnknown, _, _, MS_FIX_550_5_1_10, MS_EXO_NDR, "2026-11-28"),
    // Outlook.com's own notice (Sisimai's Outlook module): the recipient's domain cannot be reached;
    // it comes with 554 5.5.0, which otherwise reads as an unknown mailbox.
    rule!("domain_not_reachable", "the mail could not be delivered to the recipient because the domain is not reachable", "", DomainUnknown, Sender, AfterFix, "", "https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/outlook.rb", "2026-12-06"),
    rule!("mailbox_unavailable", "", "5.5.0", MailboxUnknown, _, _, MS_FIX_550_5_1_10, MS_EXO_NDR, "2026-11-28"),
    rule!("sender_denied", "sender denied", "5.1.0", MailboxUnknown, _, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-1-0-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("dbeb_access_denied", "recipient address rejected: access denied", "5.4.1", MailboxUnknown, _, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-directory-based-edge-blocking", MS_EXO_NDR, "2026-11-28"),
    rule!("recipient_rejected_access_denied", "recipient address rejected: access denied", "5.7.504", MailboxUnknown, _, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("banned_recipient", "access denied, banned recipient", "", MailboxDisabled, _, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("recipient_size_limit", "resolver.rst.recipsizelimit", "", MessageTooLarge, _, _, "", MS_EXCHANGE_SERVER_NDR, "2026-11-28"),
    rule!("recipient_limit", "resolver.adr.reciplimit", "", TooManyRecipients, _, _, "", MS_EXCHANGE_SERVER_NDR, "2026-11-28"),
    rule!("not_authorized", "resolver.rst.notauthorized", "", PolicyRejected, Sender, _, MS_FIX_550_5_7_1, MS_EXCHANGE_SERVER_NDR, "2026-11-28"),
    rule!("auth_required_group", "resolver.rst.authrequired", "", PolicyRejected, RecipientAdmin, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-133-in-exchange-online", MS_EXCHANGE_SERVER_NDR, "2026-11-28"),
    rule!("delivery_not_authorized", "delivery not authorized", "5.7.1", PolicyRejected, Sender, _, MS_FIX_550_5_7_1, MS_EXO_NDR, "2026-11-28"),
    rule!("sender_not_allowed_group", "sender not in allowed-senders list", "", PolicyRejected, Sender, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-124-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("sender_not_authenticated_org", "sender was not authenticated by organization", "", PolicyRejected, RecipientAdmin, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-12-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("sender_not_authenticated_group", "sender not authenticated for group", "", PolicyRejected, RecipientAdmin, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-133-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("sender_not_authenticated_mailbox", "sender was not authenticated for mailbox", "", PolicyRejected, RecipientAdmin, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-134-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("sender_not_authenticated_public_folder", "sender was not authenticated for public folder", "", PolicyRejected, RecipientAdmin, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-13-or-5-7-135-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("sender_not_authenticated_mail_user", "", "5.7.136", PolicyRejected, RecipientAdmin, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-136-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("sender_not_authenticated_org_code", "", "5.7.12", PolicyRejected, RecipientAdmin, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-12-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("sender_not_authenticated_public_folder_code", "", "5.7.13", PolicyRejected, RecipientAdmin, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-13-or-5-7-135-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    // Exchange Online: recipient's limits
    rule!("recipient_hourly_limit_from_sender", "", "5.2.121", RateLimited, Sender, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("recipient_hourly_limit", "", "5.2.122", RateLimited, Sender, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("recipient_thread_limit", "recipient thread limit exceeded", "", MailboxBusy, _, _, "", MS_EXCHANGE_SERVER_NDR, "2026-11-28"),
    rule!("quota_exceeded", "quotaexceededexception", "", MailboxFull, _, _, "", "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/microsoft.rb", "2026-11-28"),
    // Exchange Online: routing, expiry and loops
    rule!("message_expired_447", "", "4.4.7", Expired, RecipientAdmin, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-4-4-7-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("queue_expired", "queue.expired", "", Expired, RecipientAdmin, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-4-4-7-in-exchange-online", MS_EXCHANGE_SERVER_NDR, "2026-11-28"),
    rule!("message_expired_54300", "", "5.4.300", Expired, RecipientAdmin, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("connection_refused", "", "4.4.316", NetworkError, RecipientAdmin, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("routing_loop", "", "5.4.14", RoutingLoop, SenderAdmin, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-4-6-through-5-4-20-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("hop_count_exceeded", "hop count exceeded - possible mail loop", "", RoutingLoop, SenderAdmin, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-4-6-through-5-4-20-in-exchange-online", MS_EXCHANGE_SERVER_NDR, "2026-11-28"),
    rule!("too_many_envelope_recipients", "", "4.5.3", TooManyRecipients, Nobody, Automatic, "", MS_EXO_NDR, "2026-11-28"),
    rule!("relay_access_denied", "relay access denied", "5.4.1", RelayDenied, RecipientAdmin, _, "https://support.microsoft.com/topic/c0e98a8e-81db-49c2-9bf1-32a1734d3e77", MS_EXO_NDR, "2026-11-28"),
    rule!("tenant_attribution", "tenantattribution", "", RelayDenied, SenderAdmin, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-64-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("no_connector", "routing.noconnectorforaddresstype", "", NetworkError, SenderAdmin, AfterFix, "", MS_EXCHANGE_SERVER_NDR, "2026-11-28"),
    rule!("nonexistent_domain", "smtpsend.dns.nonexistentdomain", "", DomainUnknown, _, _, "", MS_EXCHANGE_SERVER_NDR, "2026-11-28"),
    rule!("mta_sts_mx", "mx hosts of", "", ReceiverMisconfigured, RecipientAdmin, _, "https://learn.microsoft.com/en-us/purview/enhancing-mail-flow-with-mta-sts", MS_EXO_NDR, "2026-11-28"),
    rule!("mta_sts_certificate", "remote certificate failed mta-sts", "", TlsFailed, RecipientAdmin, _, "https://learn.microsoft.com/en-us/purview/enhancing-mail-flow-with-mta-sts", MS_EXO_NDR, "2026-11-28"),
    rule!("dane_starttls_not_supported", "starttls-not-supported", "", TlsFailed, RecipientAdmin, _, MS_SMTP_DANE, MS_EXO_NDR, "2026-11-28"),
    rule!("dane_certificate_expired", "certificate-expired", "", TlsFailed, RecipientAdmin, _, MS_SMTP_DANE, MS_EXO_NDR, "2026-11-28"),
    rule!("dane_tlsa_invalid", "tlsa-invalid", "", TlsFailed, RecipientAdmin, _, MS_SMTP_DANE, MS_EXO_NDR, "2026-11-28"),
    rule!("dane_dnssec_invalid", "dnssec-invalid", "", ReceiverMisconfigured, RecipientAdmin, _, MS_SMTP_DANE, MS_EXO_NDR, "2026-11-28"),
    rule!("dane_host_mismatch", "certificate-host-mismatch", "", TlsFailed, RecipientAdmin, _, MS_SMTP_DANE, MS_EXO_NDR, "2026-11-28"),
    // Exchange Online: sender limits and blocked senders
    rule!("daily_recipient_limit", "daily limit for message recipients", "", RateLimited, Sender, _, MS_EXO_SENDING_LIMITS, MS_EXO_NDR, "2026-11-28"),
    rule!("daily_recipient_limit_code", "", "5.1.90", RateLimited, Sender, _, MS_EXO_SENDING_LIMITS, MS_EXO_NDR, "2026-11-28"),
    rule!("submission_quota_exceeded", "submission quota exceeded", "", RateLimited, Sender, _, MS_EXO_SENDING_LIMITS, MS_EXO_NDR, "2026-11-28"),
    rule!("trial_tenant_external_limit", "", "5.7.232", RateLimited, SenderAdmin, Later, "", MS_EXO_NDR, "2026-11-28"),
    rule!("tenant_external_limit", "", "5.7.233", RateLimited, SenderAdmin, Later, "", MS_EXO_NDR, "2026-11-28"),
    rule!("moera_external_limit", "", "5.7.236", RateLimited, SenderAdmin, AfterFix, "", MS_EXO_NDR, "2026-11-28"),
    rule!("bad_outbound_sender", "bad outbound sender", "", SenderAccountBlocked, _, _, "https://support.microsoft.com/topic/e323f21d-4460-4be1-999c-c9c0cc6be4b4", MS_EXO_NDR, "2026-11-28"),
    rule!("spam_abuse_detected", "spam abuse detected", "", SenderAccountBlocked, _, _, MS_FIX_451_4_7_500_699_ASXXX, MS_EXO_NDR, "2026-11-28"),
    rule!("banned_sender", "access denied, banned sender", "", SenderAccountBlocked, _, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("banned_sender_account_502", "access denied, banned sender", "5.7.502", SenderAccountBlocked, _, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("banned_sender_account_503", "access denied, banned sender", "5.7.503", SenderAccountBlocked, _, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("banned_sender_ip", "access denied, banned sender", "5.7.511", SenderIpBlocked, _, _, MS_DELIST_PORTAL, MS_EXO_NDR, "2026-11-28"),
    rule!("banned_sender_domain", "access denied, banned sender", "5.7.800", SenderRejected, _, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("banned_sending_ip", "banned sending ip", "", SenderIpBlocked, _, _, MS_DELIST_PORTAL, MS_EXO_NDR, "2026-11-28"),
    rule!("banned_sending_ip_code", "", "5.7.606", SenderIpBlocked, _, _, MS_DELIST_PORTAL, MS_EXO_NDR, "2026-11-28"),
    rule!("suspicious_activity_deferred", "access denied, please try again later", "", SenderReputation, Nobody, Automatic, MS_FIX_451_4_7_500_699_ASXXX, MS_EXO_NDR, "2026-11-28"),
    rule!("server_busy_from", "server busy. please try again later from", "", RateLimited, Nobody, _, MS_FIX_451_4_7_500_699_ASXXX, "https://wordtothewise.com/2017/10/troubleshooting-and-codes", "2026-11-28"),
    rule!("ip_reputation_rate_limited", "rate limited due to ip reputation", "", SenderReputation, _, Automatic, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "https://forum.directadmin.com/threads/hotmail-ip-has-been-temporarily-rate-limited-due-to-ip-reputation-for-e-mail-delivery-information-see-https-aka-ms-postmaster-s775.82240/post-400368", "2026-11-28"),
    rule!("pfa_agent_busy", "pfa agent busy", "", ServerUnavailable, _, _, "", "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/microsoft.rb", "2026-11-28"),
    rule!("tenant_threshold", "tenant has exceeded threshold", "", SenderAccountBlocked, _, _, MS_FIX_5_7_700_THROUGH_5_7_750, MS_EXO_NDR, "2026-11-28"),
    rule!("traffic_not_accepted", "traffic not accepted from this ip", "", SenderIpBlocked, _, _, MS_FIX_5_7_700_THROUGH_5_7_750, MS_EXO_NDR, "2026-11-28"),
    rule!("unregistered_domains", "client blocked from sending from unregistered domains", "", SenderAccountBlocked, _, _, MS_FIX_5_7_700_THROUGH_5_7_750, MS_EXO_NDR, "2026-11-28"),
    rule!("tenant_block_list", "tenant allow block list", "", PolicyRejected, _, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("external_forwarding_blocked", "does not allow external forwarding", "", PolicyRejected, _, _, "https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding", MS_EXO_NDR, "2026-11-28"),
    rule!("journaling_not_supported", "", "5.3.190", PolicyRejected, _, _, "", MS_EXO_NDR, "2026-11-28"),
    // Exchange Online: sender identity and authentication
    rule!("ipv6_unauthenticated", "must pass either spf or dkim validation", "", SenderAuthentication, _, _, "https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/support-for-anonymous-inbound-email-messages-over-ipv6", MS_EXO_NDR, "2026-11-28"),
    rule!("ipv6_no_ptr", "must have a reverse dns record", "", ReverseDns, _, _, "https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/support-for-anonymous-inbound-email-messages-over-ipv6", MS_EXO_NDR, "2026-11-28"),
    rule!("spf_violation", "rejected because of sender policy framework violation", "", SenderAuthentication, _, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-23-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("forwarded_not_permitted", "", "5.7.367", SenderAuthentication, _, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/forwarded-message-rejected-5-7-367-ndr", MS_EXO_NDR, "2026-11-28"),
    rule!("dmarc_reject", "does not pass dmarc verification", "", SenderAuthentication, _, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("high_volume_auth", "meet the required authentication level", "", SenderAuthentication, _, _, OUTLOOK_HIGH_VOLUME_SENDERS, OUTLOOK_HIGH_VOLUME_SENDERS, "2025-08-02"),
    rule!("high_volume_auth_code", "", "5.7.515", SenderAuthentication, _, _, OUTLOOK_HIGH_VOLUME_SENDERS, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "2025-12-03"),
    rule!("bad_helo", "access denied, bad helo", "", SenderRejected, _, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("rejected_by_recipient", "access denied, rejected by recipient", "", SenderIpBlocked, Sender, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("customer_block_list", "using customer block list", "", SenderIpBlocked, Sender, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("ipv6_limit", "has exceeded permitted limits within", "", RateLimited, _, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("no_ipv6", "does not accept email over ipv6", "", PolicyRejected, _, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("from_not_compliant", "must be rfc 5322 section 3.6.2 compliant", "", MessageFormat, _, _, "", MS_EXO_NDR, "2026-11-28"),
    rule!("invalid_characters", "", "5.6.11", MessageFormat, _, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-6-11-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("dg_ref_too_long", "x-dg-ref header is too long", "", MessageFormat, _, _, MS_FIX_550_5_0_350, MS_EXO_NDR, "2026-11-28"),
    rule!("nested_attachments", "policy violation detected (as345)", "", AttachmentBlocked, _, _, MS_FIX_550_5_0_350, MS_EXO_NDR, "2026-11-28"),
    rule!("generic_50350", "", "5.0.350", PolicyRejected, RecipientAdmin, _, MS_FIX_550_5_0_350, MS_EXO_NDR, "2026-11-28"),
    rule!("unable_to_relay", "unable to relay", "550", RelayDenied, _, _, MS_FIX_550_5_7_1, MS_EXO_NDR, "2026-11-28"),
    rule!("client_not_authenticated", "client was not authenticated", "", AuthRequired, _, _, MS_FIX_550_5_7_1, MS_EXO_NDR, "2026-11-28"),
    rule!("anonymous_mail_from", "client was not authenticated to send anonymous mail", "5.7.57", AuthRequired, _, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-57-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    // 5.7.57 carrying the failed sign-in before it ("Client not authenticated to send mail. Error: 535
    // 5.7.3 Authentication unsuccessful"): the client did sign in, and the password or account was refused.
    rule!("failed_sign_in", "authentication unsuccessful", "5.7.57", AuthFailed, _, _, MS_CLIENT_SMTP_SUBMISSION, "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/3124", "2026-12-08"),
    rule!("anonymous_not_allowed", "", "5.7.57", AuthRequired, _, _, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-57-in-exchange-online", MS_EXO_NDR, "2026-11-28"),
    rule!("smtp_auth_disabled", "", "5.7.139", AuthFailed, SenderAdmin, _, MS_CLIENT_SMTP_SUBMISSION, MS_CLIENT_SMTP_SUBMISSION, "2026-11-28"),
    rule!("auth_unsuccessful", "authentication unsuccessful", "5.7.3", AuthFailed, _, _, MS_CLIENT_SMTP_SUBMISSION, "https://pastebin.com/FvafB7Wu", "2026-11-28"),
    rule!("basic_auth_retired", "basic authentication is not supported for client submission", "", AuthFailed, SenderAdmin, _, MS_CLIENT_SMTP_SUBMISSION, "https://techcommunity.microsoft.com/blog/exchange/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth/4114750", "2026-11-28"),
    rule!("send_as_denied", "*sendasdenied*", "", SenderRejected, _, _, "", MS_EXCHANGE_SERVER_NDR, "2026-11-28"),
    // Microsoft Graph's 404 MailboxNotEnabledForRESTAPI / MailboxNotSupportedForRESTAPI ("The mailbox
    // is either inactive, soft-deleted, or is hosted on-premise", "REST API is not yet supported
    // for this mailbox"): the account the app sends as has no usable Exchange Online mailbox
    // (no licence, inactive or deleted, or on an on-premises Exchange server). Its own side must act.
    rule!("graph_mailbox_not_enabled", "*forrestapi", "", SenderAccountBlocked, SenderAdmin, AfterFix, GRAPH_REST_MAILBOX, GRAPH_REST_MAILBOX, "2026-12-06"),
    // Outlook.com consumer service (postmaster troubleshooting codes)
    rule!("rp_001", "rp-001", "421", RateLimited, _, _, OUTLOOK_POSTMASTER_TROUBLESHOOTING, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "2025-12-03"),
    rule!("rp_002", "rp-002", "421", RateLimited, _, _, OUTLOOK_POSTMASTER_TROUBLESHOOTING, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "2025-12-03"),
    rule!("rp_003", "rp-003", "421", RateLimited, _, _, OUTLOOK_POSTMASTER_TROUBLESHOOTING, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "2025-12-03"),
    rule!("sc_001", "sc-001", "550", SenderReputation, _, _, OUTLOOK_POSTMASTER_TROUBLESHOOTING, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "2025-12-03"),
    rule!("sc_002", "sc-002", "550", SenderIpBlocked, _, _, OUTLOOK_POSTMASTER_TROUBLESHOOTING, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "2025-12-03"),
    rule!("sc_003", "sc-003", "550", SenderIpBlocked, _, _, OUTLOOK_POSTMASTER_TROUBLESHOOTING, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "2025-12-03"),
    // SC-004: "A block has been placed against your IP address because we have received complaints".
    rule!("sc_004", "sc-004", "550", SenderReputation, _, _, OUTLOOK_POSTMASTER_TROUBLESHOOTING, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "2025-12-03"),
    rule!("dy_001", "dy-001", "550", SenderIpBlocked, _, _, OUTLOOK_POSTMASTER_TROUBLESHOOTING, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "2025-12-03"),
    rule!("dy_002", "dy-002", "550", SenderIpBlocked, _, _, OUTLOOK_POSTMASTER_TROUBLESHOOTING, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "2025-12-03"),
    rule!("ou_001", "ou-001", "550", SenderBlocklisted, _, _, OUTLOOK_POSTMASTER_TROUBLESHOOTING, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "2025-12-03"),
    rule!("ou_002", "ou-002", "550", SenderReputation, _, _, OUTLOOK_POSTMASTER_TROUBLESHOOTING, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "2025-12-03"),
    // Anti-spam codes in brackets (field-observed; Microsoft publishes no list)
    rule!("network_block_list", "part of their network is on our block list", "", SenderIpBlocked, _, _, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "https://pastebin.com/uFD81FD2", "2026-11-28"),
    rule!("block_list_s3150", "(s3150)", "5.7.1", SenderIpBlocked, _, _, OUTLOOK_POSTMASTER_TROUBLESHOOTING, "https://www.engagor.ai/resources/blog/microsoft-s3150-most-frustrating-error-code", "2026-11-28"),
    rule!("spamhaus_client_ip", "(as3130)", "", SenderBlocklisted, _, _, "", OUTLOOK_POSTMASTER_TROUBLESHOOTING, "2025-12-03"),
    rule!("spamhaus_helo_domain", "(s8001)", "", SenderBlocklisted, _, _, "", "https://www.suped.com/learn/blocklists/why-does-outlook-say-my-domain-is-listed-in-spamhaus-when-it-is-not", "2026-11-28"),
    rule!("spamhaus_mail_from_domain", "(s8002)", "", SenderBlocklisted, _, _, "", FIELD_MANUAL_550, "2026-11-28"),
];
