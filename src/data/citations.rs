//! Source URLs that several knowledge rows cite, named once. A row that is the only one to
//! cite a page writes the URL itself; when a second row cites it, it moves here.
//!
//! Names: `<PUBLISHER>_<PAGE>` (`GOOGLE_A_3726730` is support.google.com/a/answer/3726730,
//! `FIELD_MANUAL_550` the 550 file of the SMTP Field Manual data, `SISIMAI_RHOST_ZOHO`
//! Sisimai's Zoho table). Sorted by name.

/// Apple, "Postmaster information for iCloud Mail".
pub const APPLE_102322: &str = "https://support.apple.com/en-us/102322";
/// Comcast's former postmaster list of mail error codes.
pub const COMCAST_POSTMASTER_CODES: &str = "http://postmaster.comcast.net/mail-error-codes.html";
/// Cox, "Email error codes".
pub const COX_ERROR_CODES: &str = "https://www.cox.com/residential/support/email-error-codes.html";
/// A public report quoting GMX, WEB.DE and IONOS replies.
pub const EMAILWIZ_ISSUE_82: &str = "https://github.com/LukeSmithxyz/emailwiz/issues/82";
/// Fastmail, "Why messages bounce back".
pub const FASTMAIL_BOUNCES: &str =
    "https://fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back";
/// SMTP Field Manual data: real replies with code 421.
pub const FIELD_MANUAL_421: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json";
/// SMTP Field Manual data: real replies with code 450.
pub const FIELD_MANUAL_450: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/450.json";
/// SMTP Field Manual data: real replies with code 451.
pub const FIELD_MANUAL_451: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/451.json";
/// SMTP Field Manual data: real replies with code 550.
pub const FIELD_MANUAL_550: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json";
/// SMTP Field Manual data: real replies with code 552.
pub const FIELD_MANUAL_552: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/552.json";
/// SMTP Field Manual data: real replies with code 554.
pub const FIELD_MANUAL_554: &str =
    "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json";
/// A public report quoting blocklist rejections.
pub const FREE_EMAIL_FORWARDING_ISSUE_259: &str =
    "https://github.com/forwardemail/free-email-forwarding/issues/259";
/// Gmail help: messages blocked for bulk or spam-like content.
pub const GMAIL_188131: &str = "https://support.google.com/mail/answer/188131";
/// Gmail, "Email sender guidelines", authentication part.
pub const GMAIL_81126_AUTHENTICATION: &str =
    "https://support.google.com/mail/answer/81126#authentication";
/// Google help link that Gmail replies carry.
pub const GMAIL_P_BLOCKED_MESSAGE: &str = "https://support.google.com/mail/?p=BlockedMessage";
/// Google help link that Gmail replies carry.
pub const GMAIL_P_HELO: &str = "https://support.google.com/mail/?p=helo";
/// Google help link that Gmail replies carry.
pub const GMAIL_P_RFC_MESSAGE_NON_COMPLIANT: &str =
    "https://support.google.com/mail/?p=RfcMessageNonCompliant";
/// Google help link that Gmail replies carry.
pub const GMAIL_P_UNSOLICITED_RATE_LIMIT_ERROR: &str =
    "https://support.google.com/mail/?p=UnsolicitedRateLimitError";
/// GMX postmaster, "Error messages".
pub const GMX_ERROR_MESSAGES: &str = "https://postmaster.gmx.net/en/error-messages";
/// GoDaddy, "Fix rejected email with a bounce error".
pub const GODADDY_40685: &str =
    "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685";
/// Google account sign-in troubleshooter.
pub const GOOGLE_ACCOUNTS_2402620: &str =
    "https://support.google.com/accounts/troubleshooter/2402620";
/// Google Workspace help: email routing and delivery (relay and routing errors).
pub const GOOGLE_A_3221692: &str = "https://support.google.com/a/answer/3221692";
/// Google, "Gmail SMTP errors and codes".
pub const GOOGLE_A_3726730: &str = "https://support.google.com/a/answer/3726730";
/// Google help link that Gmail replies carry.
pub const GOOGLE_A_P_HEADER_LIMITS: &str = "https://support.google.com/a?p=header-limits";
/// A public report quoting blocklist rejections.
pub const HIJACKTHIS_ISSUE_190: &str = "https://github.com/dragokas/hijackthis/issues/190";
/// IONOS help: error messages of its mail servers.
pub const IONOS_2425: &str = "https://www.ionos.com/help/index.php?id=2425";
/// La Poste's LPN codes, as listed by Postmastery (deliverability consultants).
pub const LAPOSTE_POSTMASTERY: &str =
    "https://www.postmastery.com/laposte-net-postmaster-smtp-error-codes-lpn/";
/// A public report quoting blocklist rejections.
pub const MAILCOW_LOGS_VIEWER_ISSUE_62: &str =
    "https://github.com/ShlomiPorush/mailcow-logs-viewer/issues/62";
/// Mimecast, "Policies: Mimecast SMTP error codes".
pub const MIMECAST_ERROR_CODES: &str =
    "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes";
/// Microsoft, authenticated client SMTP submission in Exchange Online.
pub const MS_CLIENT_SMTP_SUBMISSION: &str =
    "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission";
/// Microsoft, the delist portal for the Office 365 blocked senders list.
pub const MS_DELIST_PORTAL: &str =
    "https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis";
/// Microsoft, NDRs and bounce messages of Exchange Server.
pub const MS_EXCHANGE_SERVER_NDR: &str =
    "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages";
/// Microsoft, "NDRs in Exchange Online".
pub const MS_EXO_NDR: &str =
    "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online";
/// Microsoft, Exchange Online sending limits.
pub const MS_EXO_SENDING_LIMITS: &str =
    "https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#sending-limits";
/// Microsoft: fixing one Exchange Online NDR code.
pub const MS_FIX_451_4_7_500_699_ASXXX: &str =
    "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online";
/// Microsoft: fixing one Exchange Online NDR code.
pub const MS_FIX_550_5_0_350: &str =
    "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-0-350-in-exchange-online";
/// Microsoft: fixing one Exchange Online NDR code.
pub const MS_FIX_550_5_1_10: &str =
    "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-1-10-in-exchange-online";
/// Microsoft: fixing one Exchange Online NDR code.
pub const MS_FIX_550_5_7_1: &str =
    "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-7-1-in-exchange-online";
/// Microsoft: fixing one Exchange Online NDR code.
pub const MS_FIX_5_7_700_THROUGH_5_7_750: &str =
    "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750";
/// Microsoft, how SMTP DANE works.
pub const MS_SMTP_DANE: &str =
    "https://learn.microsoft.com/en-us/microsoft-365/compliance/how-smtp-dane-works";
/// Orange postmaster site.
pub const ORANGE_POSTMASTER: &str = "https://postmaster.orange.fr/";
/// Microsoft, Outlook's requirements for high-volume senders.
pub const OUTLOOK_HIGH_VOLUME_SENDERS: &str =
    "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730";
/// Outlook.com postmaster troubleshooting page.
pub const OUTLOOK_POSTMASTER_TROUBLESHOOTING: &str =
    "https://postmaster.live.com/pm/troubleshooting.aspx";
/// Proofpoint's IP reputation lookup.
pub const PROOFPOINT_IPCHECK: &str = "https://ipcheck.proofpoint.com/";
/// Proton, "SMTP errors".
pub const PROTON_SMTP_ERRORS: &str = "https://proton.me/support/smtp-errors";
/// Reacher's SMTP reply parser (check-if-email-exists), which quotes real replies.
pub const REACHER_SMTP_PARSER: &str =
    "https://github.com/reacherhq/check-if-email-exists/blob/master/core/src/smtp/parser.rs";
/// Amazon SES documentation.
pub const SES_NOTIFICATION_CONTENTS: &str =
    "https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html";
/// Amazon SES documentation.
pub const SES_QUOTA_ERRORS: &str =
    "https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html";
/// Amazon SES documentation.
pub const SES_SUPPRESSION_LIST: &str =
    "https://docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html";
/// Sisimai's table of franceptt reply wording (real, anonymised replies; facts only).
pub const SISIMAI_RHOST_FRANCEPTT: &str =
    "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/franceptt.rb";
/// Sisimai's table of google reply wording (real, anonymised replies; facts only).
pub const SISIMAI_RHOST_GOOGLE: &str =
    "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/google.rb";
/// Sisimai's table of messagelabs reply wording (real, anonymised replies; facts only).
pub const SISIMAI_RHOST_MESSAGELABS: &str =
    "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/messagelabs.rb";
/// Sisimai's table of mimecast reply wording (real, anonymised replies; facts only).
pub const SISIMAI_RHOST_MIMECAST: &str =
    "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/mimecast.rb";
/// Sisimai's table of tencent reply wording (real, anonymised replies; facts only).
pub const SISIMAI_RHOST_TENCENT: &str =
    "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/tencent.rb";
/// Sisimai's table of yahooinc reply wording (real, anonymised replies; facts only).
pub const SISIMAI_RHOST_YAHOOINC: &str =
    "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/yahooinc.rb";
/// Sisimai's table of zoho reply wording (real, anonymised replies; facts only).
pub const SISIMAI_RHOST_ZOHO: &str =
    "https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/rhost/zoho.rb";
/// Spamhaus, on public mirrors and their return codes.
pub const SPAMHAUS_RETURN_CODES: &str =
    "https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now/";
/// Spamhaus, zones and return codes of its datasets.
pub const SPAMHAUS_ZONES: &str =
    "https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html";
/// Spectrum Business, "Understanding email error codes".
pub const SPECTRUM_ERROR_CODES: &str =
    "https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes";
/// Cisco Talos reputation center.
pub const TALOS_REPUTATION: &str = "https://talosintelligence.com/reputation_center";
/// News of the SORBS shutdown (June 2024).
pub const TECHZINE_SORBS_SHUTDOWN: &str =
    "https://www.techzine.eu/news/security/120916/proofpoint-discontinues-anti-spam-service-sorbs/";
/// Trend Micro Email Reputation Services.
pub const TRENDMICRO_ERS: &str = "https://servicecentral.trendmicro.com/en-US/ers/";
/// URIBL, on refused queries.
pub const URIBL_REFUSED: &str = "https://uribl.com/refused.shtml";
/// WEB.DE postmaster, "Fehlermeldungen" (error messages).
pub const WEBDE_FEHLERMELDUNGEN: &str = "https://postmaster.web.de/de/fehlermeldungen";
/// Xfinity, "Email errors".
pub const XFINITY_EMAIL_ERRORS: &str = "https://www.xfinity.com/support/articles/email-errors";
/// Yahoo Sender Hub, "SMTP error codes".
pub const YAHOO_ERROR_CODES: &str = "https://senders.yahooinc.com/smtp-error-codes/";
/// Yandex Mail help on bounces.
pub const YANDEX_BOUNCES: &str = "https://yandex.com/support/mail/bounces/yandex.html";
/// Zoho Mail, "Reasons an email is marked as spam".
pub const ZOHO_SPAM_REASON: &str = "https://www.zoho.com/mail/help/spam-reason.html";
/// ZoneMTA's bounce table (config/bounces.txt), real reply wording.
pub const ZONEMTA_BOUNCES: &str =
    "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt";
