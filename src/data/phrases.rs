//! Reply wording that tells the category or the SMTP stage. Patterns are lowercase and match
//! ASCII-case-insensitively on word boundaries; all of them (with the provider, blocklist and
//! client tables) go into one automaton that scans the input once.
//!
//! The patterns are the short strings the servers themselves send, collected from the sources
//! named above each group. The main ones:
//! - Sisimai reason patterns (`sisimai/rb-sisimai`, `lib/sisimai/reason/*.rb`, `lib/sisimai/lhost/*.rb`,
//!   `lib/sisimai/rhost/*.rb`), which quote the MTAs' source files (Postfix, Exim, qmail, Sendmail).
//! - The SMTP Field Manual data (`ActiveCampaign/smtp-field-manual`, `data/codes/*.json`).
//! - Zone-MTA's bounce rules with real examples (`zone-eu/zone-mta`, `config/bounces.txt`).
//! - The Postfix source (`postfix/src/smtp/smtp_proto.c`, `smtpd`), Exim and qmail strings as
//!   quoted by Sisimai, RFC 5321 §4.2.3 and RFC 3207 / RFC 4954 reply texts.
//! - The mail programs' own source, read directly (each group names its file and URL): Postfix
//!   (smtpd, smtpd_check, postscreen, smtp client, local, bounce templates), Exim (smtp_in, receive,
//!   acl, verify, configure.default, transports, routers), Sendmail (srvrsmtp, collect, deliver,
//!   cf/m4/proto.m4), qmail (notqmail), OpenSMTPD, Haraka, maddy, Stalwart, Postal, Dovecot,
//!   hMailServer, Courier, rspamd, amavisd, spamass-milter, postgrey, milter-greylist, Proxmox Mail
//!   Gateway, and control-panel Exim templates (HestiaCP/Vesta, cPanel's RBL ACL).
//! - What language runtimes print for failures with no reply (resolver, socket and TLS errors of
//!   glibc/BSD, Go, the JDK, .NET, Ruby, Node.js, rustls), from their documentation and source.
//!
//! How to choose the strength (weights in `src/classify.rs`: Strong 5, Medium 3, Weak 1; an
//! enhanced code weighs 3, a basic code 1): Strong only when the words name the cause beyond
//! doubt, so that they overrule a contradicting enhanced code; Medium for wording that usually
//! means the category but also turns up elsewhere; Weak for generic words ("rejected", "policy").
//! Weak phrases never stop the "the server gave no reason" reading.
//!
//! The long tail of one program's own wording (policy daemons, filters, mail servers mined from
//! their sources) lives in `knowledge/phrases.tsv`: native builds compile it in, the WebAssembly
//! build loads it after the first card.
//!
//! Patterns that start or end with `*` skip the word-boundary check on that side; CJK phrases
//! need it, since their neighbouring characters count as word characters.

use super::{Lang, PhraseRule, RuleCode, StagePhrase, Strength as S};
use crate::taxonomy::{Category as C, Stage};

macro_rules! phrase {
    ($pattern:literal, $cat:ident, $strength:ident) => {
        PhraseRule { pattern: $pattern, category: C::$cat, strength: S::$strength, lang: Lang::new("en"), code: RuleCode::Any }
    };
    ($pattern:literal, $cat:ident, $strength:ident, $lang:literal) => {
        PhraseRule { pattern: $pattern, category: C::$cat, strength: S::$strength, lang: Lang::new($lang), code: RuleCode::Any }
    };
    // Words whose meaning depends on the code beside them: they count only with that code.
    (code $code:literal, $pattern:literal, $cat:ident, $strength:ident) => {
        PhraseRule { pattern: $pattern, category: C::$cat, strength: S::$strength, lang: Lang::new("en"), code: RuleCode::parse($code) }
    };
}

/// Phrases that point at a category.
#[rustfmt::skip]
const PHRASES_ROWS: &[PhraseRule] = &[





    // --- mailbox_unknown ---
    // Common recipient-check wordings of many servers, as in the bounces of Sisimai's corpus
    // (set-of-emails) and twisted1919/bounce-handler's rule list. ("Mailbox unavailable" is
    // RFC 5321's wording of both 450, busy, and 550, not found: the code decides.)
    phrase!("invalid user", MailboxUnknown, Medium),
    // RFC 5321 §4.2.3: "550 Requested action not taken: mailbox unavailable (e.g., mailbox not
    // found, no access, or command rejected for policy reasons)"; with 550 the address most
    // often does not exist (Hotmail's and Exchange's unknown-user reply); weak, as the RFC's
    // other readings stay possible. With 450 it means busy.
    phrase!(code "550", "mailbox unavailable", MailboxUnknown, Weak),
    phrase!(code "550", "mailbox not available", MailboxUnknown, Weak),
    phrase!("recipient doesn't exist", MailboxUnknown, Strong),
    phrase!("does not have an account here", MailboxUnknown, Strong),
    phrase!("recipient cannot be verified", MailboxUnknown, Medium),
    // Postfix smtpd ("User unknown in local recipient table"), Sendmail ("... User unknown"),
    // qmail-local.c ("Sorry, no mailbox here by that name. (#5.1.1)"), Exim, Exchange resolver
    // codes (Sisimai lhost/exchange2007.rb), Gmail/iCloud/Yahoo/Zoho/Comcast replies in the SMTP
    // Field Manual data/codes/550.json and 554.json, Sisimai reason/userunknown.rb.
    phrase!("user unknown", MailboxUnknown, Strong),
    // RFC 3464 §A example ("550 'x@vnet.IBM.COM' is not a registered gateway user"); Gmail's
    // "Address not found" notice ("because the address couldn't be found").
    phrase!("is not a registered gateway user", MailboxUnknown, Strong),
    phrase!("the address couldn't be found", MailboxUnknown, Strong),
    phrase!("the address could not be found", MailboxUnknown, Strong),
    phrase!("unknown user", MailboxUnknown, Strong),
    phrase!("user not known", MailboxUnknown, Strong),
    phrase!("user is unknown", MailboxUnknown, Strong),
    phrase!("no such user", MailboxUnknown, Strong),
    phrase!("no such mailbox", MailboxUnknown, Strong),
    phrase!("no such recipient", MailboxUnknown, Strong),
    phrase!("no such address", MailboxUnknown, Strong),
    phrase!("no such person at this address", MailboxUnknown, Strong),
    phrase!("no mailbox here by that name", MailboxUnknown, Strong),
    phrase!("no mailbox by that name is currently available", MailboxUnknown, Strong),
    phrase!("no account by that name", MailboxUnknown, Strong),
    phrase!("mailbox not found", MailboxUnknown, Strong),
    phrase!("mailbox does not exist", MailboxUnknown, Strong),
    phrase!("user does not exist", MailboxUnknown, Strong),
    phrase!("user not found", MailboxUnknown, Strong),
    phrase!("recipient does not exist", MailboxUnknown, Strong),
    phrase!("recipient not found", MailboxUnknown, Strong),
    phrase!("address does not exist", MailboxUnknown, Strong),
    phrase!("account does not exist", MailboxUnknown, Strong),
    phrase!("the email account that you tried to reach does not exist", MailboxUnknown, Strong),
    phrase!("unknown recipient", MailboxUnknown, Strong),
    phrase!("recipient unknown", MailboxUnknown, Strong),
    phrase!("unknown mailbox", MailboxUnknown, Strong),
    phrase!("unknown local part", MailboxUnknown, Strong),
    phrase!("addressee unknown", MailboxUnknown, Strong),
    phrase!("invalid recipient", MailboxUnknown, Strong),
    phrase!("not a valid recipient", MailboxUnknown, Strong),
    phrase!("not a valid mailbox", MailboxUnknown, Strong),
    phrase!("is not a known user", MailboxUnknown, Strong),
    phrase!("this user doesn't have a", MailboxUnknown, Strong),
    phrase!("resolver.adr.recipnotfound", MailboxUnknown, Strong),
    phrase!("resolver.adr.exrecipnotfound", MailboxUnknown, Strong),
    phrase!("resolver.adr.recipientnotfound", MailboxUnknown, Strong),
    phrase!("recipient not found by smtp address lookup", MailboxUnknown, Strong),
    // Seznam.cz (napoveda.seznam.cz/uzivatel-neexistuje): "5.1.1 szn; User hasn't got the service mapped".
    phrase!("user hasn't got the service mapped", MailboxUnknown, Strong),
    // Dovecot LMTP (https://github.com/dovecot/core/blob/main/src/lmtp/lmtp-recipient.c: "550 5.1.1 User doesn't exist: %s"); Stalwart
    // (https://github.com/stalwartlabs/mail-server/blob/main/crates/smtp/src/inbound/session.rs: "501 5.1.3 Bad destination mailbox address syntax").
    phrase!("user doesn't exist", MailboxUnknown, Strong),
    // Lotus Domino/Notes ("User ... not listed in Domino Directory", "User not listed in public Name & Address
    // Book") and Ipswitch IMail ("Invalid final delivery userid"), as quoted in Sisimai lhost/domino.rb,
    // lhost/notes.rb and lhost/imailserver.rb (https://github.com/sisimai/rb-sisimai/tree/master/lib/sisimai/lhost).
    phrase!("not listed in domino directory", MailboxUnknown, Strong),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/userunknown.rb).
    phrase!("email address could not be found", MailboxUnknown, Strong),
    phrase!("no mail box available for this user", MailboxUnknown, Strong),
    phrase!("no mailbox found", MailboxUnknown, Strong),
    phrase!("not a valid user here", MailboxUnknown, Strong),
    phrase!("not in my validrcptto list", MailboxUnknown, Strong),
    phrase!("in my badrcptto list", MailboxUnknown, Strong),
    phrase!("sorry, badrcptto", MailboxUnknown, Strong),
    phrase!("this email address is wrong or no longer valid", MailboxUnknown, Strong),
    phrase!("recipient is not accepted", MailboxUnknown, Medium),
    phrase!("not listed in public name & address book", MailboxUnknown, Strong),
    phrase!("invalid final delivery userid", MailboxUnknown, Strong),
    // McAfee/MXLogic gateway ("550 <addr>... User not exist", Sisimai sample lhost-mcafee-05).
    phrase!("user not exist", MailboxUnknown, Strong),
    phrase!("invalid mailbox", MailboxUnknown, Medium),
    phrase!("invalid address", MailboxUnknown, Medium),
    phrase!("bad address syntax", MessageFormat, Medium),
    phrase!("malformed address", MailboxUnknown, Medium),
    phrase!("address unknown", MailboxUnknown, Medium),
    phrase!("not our customer", MailboxUnknown, Medium),
    phrase!("is no longer valid", MailboxUnknown, Medium),
    // Exim "Unrouteable address": no router accepted the address; in practice an unknown local
    // user (Exim test suite bounce in p5-sisimai issue #93, fail2ban issue #1762 log line).
    phrase!("unrouteable address", MailboxUnknown, Medium),
    // hMailServer ("421 Recipient not in route list", hmailserver issue #21).
    phrase!("not in route list", MailboxUnknown, Strong),
    // SMTP Field Manual 550.json/554.json (Proofpoint "User email address is marked as invalid",
    // ZeroSpam "Recipient address rejected: Not in recipient list"); Sisimai userunknown.rb lists
    // "5.1.0 address rejected" (hint only: the words also start sender refusals).
    phrase!("marked as invalid", MailboxUnknown, Strong),
    phrase!("not in recipient list", MailboxUnknown, Strong),
    phrase!("address rejected", MailboxUnknown, Weak),
    // "Recipient address rejected: Access denied": Microsoft's directory-based edge blocking reads
    // it with 5.4.1 (its rules in src/data/providers/microsoft.rs); with 5.7.1 it is Postfix's
    // access-table REJECT (the block "general causes, session 5").
    // A bare "does not exist" only hints (it is said of domains and senders too). The RFC 5321 text
    // of 450/550, "mailbox unavailable", is left out: it says nothing the code does not say.
    phrase!("does not exist", MailboxUnknown, Weak),
    // Their wording in other languages (web.de, Orange, QQ Mail, DTI, Domino ...) is in the knowledge pack.

    // --- mailbox_disabled ---
    // Common wordings of disabled or unconfirmed recipient accounts (Sisimai reason/suspend and
    // bounce-handler's rule list).
    phrase!("user disabled", MailboxDisabled, Strong),
    phrase!("is now disabled", MailboxDisabled, Medium),
    phrase!("account not activated", MailboxDisabled, Strong),
    phrase!("account expired", MailboxDisabled, Medium),
    // Gmail 5.2.1 "The email account that you tried to reach is disabled", Yahoo "This mailbox is
    // disabled (554.30)" / "This account has been disabled or discontinued" (SMTP Field Manual
    // 554.json, sitepackage.de), GMX "User is inactive", mail.ee "Inactive user" (Zone-MTA),
    // Tencent "is a deactivated mailbox", Sisimai reason/suspend.rb and reason/filtered.rb.
    phrase!("mailbox disabled", MailboxDisabled, Strong),
    phrase!("mailbox is disabled", MailboxDisabled, Strong),
    phrase!("account is disabled", MailboxDisabled, Medium),
    phrase!("the email account that you tried to reach is disabled", MailboxDisabled, Strong),
    phrase!("this account has been disabled or discontinued", MailboxDisabled, Strong),
    phrase!("account has been disabled", MailboxDisabled, Medium),
    phrase!("mailbox currently suspended", MailboxDisabled, Strong),
    phrase!("is currently suspended", MailboxDisabled, Medium),
    phrase!("user suspended", MailboxDisabled, Strong),
    phrase!("mailbox is frozen", MailboxDisabled, Strong),
    phrase!("is a deactivated mailbox", MailboxDisabled, Strong),
    phrase!("inactive user", MailboxDisabled, Strong),
    phrase!("user is inactive", MailboxDisabled, Strong),
    phrase!("mailbox is inactive", MailboxDisabled, Medium),
    phrase!("account inactive", MailboxDisabled, Medium),
    phrase!("temporarily inactive", MailboxDisabled, Medium),
    phrase!("account closed", MailboxDisabled, Medium),
    phrase!("expired account", MailboxDisabled, Medium),
    // mail.ru ("Local mailbox ... is unavailable: user is terminated", manyuanrong/deno-smtp issue #45).
    phrase!("user is terminated", MailboxDisabled, Strong),
    // "Recipient address rejected: Inactive MailBox, not poped for more than 6 months" (SMTP Field
    // Manual issue #11).
    phrase!("inactive mailbox", MailboxDisabled, Strong),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/, suspend.rb and userunknown.rb).
    phrase!("this address no longer accepts mail", MailboxDisabled, Strong),
    phrase!("archived recipient", MailboxDisabled, Strong),
    phrase!("inactive account", MailboxDisabled, Strong),
    phrase!("this account has been temporarily suspended", MailboxDisabled, Strong),
    phrase!("account is locked email bounced", MailboxDisabled, Strong),

    // --- mailbox_moved ---
    // RFC 5321 §4.2.3 (551 "User not local; please try <forward-path>"), Sisimai reason/hasmoved.rb.
    phrase!("user not local", MailboxMoved, Medium),
    phrase!("has been replaced by", MailboxMoved, Medium),
    phrase!("user has moved", MailboxMoved, Strong),

    // --- mailbox_full ---
    // Sisimai reason/mailboxfull.rb, Exim appendfile.c "mailbox is full" (quoted in Sisimai
    // lhost/exim.rb), Dovecot "Quota exceeded (mailbox for user is full)" (Deutsche Telekom
    // example, Sisimai lhost/deutschetelekom.rb), Gmail 452/552 "over quota", iCloud "user is
    // overquota", Yandex "Mailbox size limit exceeded", GMX "Quota exceeded" (SMTP Field Manual
    // 552.json), Exchange "QuotaExceededException", web.de (sitepackage.de), Orange (franceptt.rb),
    // QQ Mail bounce keywords (qqmailbox.com), latinmail.com (p5-sisimai issue #66).
    phrase!("mailbox full", MailboxFull, Strong),
    // "552 5.2.5 Folder full" (SMTP Field Manual data).
    phrase!("folder full", MailboxFull, Strong),
    phrase!("mailbox is full", MailboxFull, Strong),
    phrase!("full mailbox", MailboxFull, Medium),
    phrase!("mailbox for user is full", MailboxFull, Strong),
    phrase!("mailfolder is full", MailboxFull, Strong),
    phrase!("over quota", MailboxFull, Strong),
    phrase!("overquota", MailboxFull, Strong),
    phrase!("quota exceeded", MailboxFull, Medium),
    phrase!("disk quota exceeded", MailboxFull, Strong),
    phrase!("quota violation", MailboxFull, Medium),
    phrase!("over the allowed quota", MailboxFull, Strong),
    phrase!("mailbox size limit exceeded", MailboxFull, Strong),
    phrase!("mailbox would exceed maximum allowed storage", MailboxFull, Strong),
    phrase!("exceeding its mailbox quota", MailboxFull, Strong),
    phrase!("out of storage space", MailboxFull, Strong),
    phrase!("quotaexceededexception", MailboxFull, Strong),
    phrase!("user has exhausted allowed storage space", MailboxFull, Strong),
    phrase!("user has too many messages on the server", MailboxFull, Strong),
    phrase!("the user's space has been used up", MailboxFull, Strong),
    phrase!("does not have enough space", MailboxFull, Medium),
    // RFC 5321 552 text ("exceeded storage allocation"), read as the mailbox quota by Sisimai
    // reason/mailboxfull.rb. Weak: a bare 552 with this text stays a "no reason" reply.
    phrase!("exceeded storage allocation", MailboxFull, Weak),
    // Biglobe ("The number of messages in recipient's mailbox exceeded the local limit", Sisimai
    // sample jp-biglobe-1, reason/mailboxfull.rb).
    phrase!("mailbox exceeded the local limit", MailboxFull, Strong),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/mailboxfull.rb).
    phrase!("account is exceeding their quota", MailboxFull, Strong),
    phrase!("diskspace quota", MailboxFull, Medium),
    phrase!("mailbox quota usage exceeded", MailboxFull, Strong),
    phrase!("not enough storage space in", MailboxFull, Medium),
    phrase!("user is over the quota", MailboxFull, Strong),
    phrase!("too much mail data", MailboxFull, Medium),
    // Postfix local(8) mailbox_size_limit: writing the mailbox fails with EFBIG (https://github.com/vdukhovni/postfix/blob/master/postfix/src/local/mailbox.c:
    // "cannot update mailbox %s for user %s. error writing message: File too large").
    phrase!("error writing message: file too large", MailboxFull, Strong),
    // Exim appendfile transport (https://github.com/Exim/exim/blob/master/src/src/transports/appendfile.c: "mailbox quota exceeded", "maildir
    // quota exceeded", "(quota exceeded while writing to file %s)", "(MTA-imposed quota exceeded
    // while writing to %s)").
    phrase!("mailbox quota exceeded", MailboxFull, Strong),
    // Exim appendfile (Sisimai https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/exim.rb: "error: quota exceed").
    phrase!("quota exceeded while writing to", MailboxFull, Strong),

    // --- mailbox_busy ---
    // RFC 5321 §4.2.3 (450 "mailbox busy"), Comcast "Recipient temporarily unavailable" (SMTP Field
    // Manual 450.json), Sisimai reason/suspend.rb ("temporary locked").
    phrase!("mailbox busy", MailboxBusy, Strong),
    phrase!("mailbox is busy", MailboxBusy, Strong),
    phrase!("mailbox locked", MailboxBusy, Strong),
    phrase!("mailbox is locked", MailboxBusy, Strong),
    phrase!("mailbox in use", MailboxBusy, Medium),
    phrase!("recipient temporarily unavailable", MailboxBusy, Medium),
    phrase!("temporarily locked", MailboxBusy, Medium),
    // Dovecot LMTP (https://github.com/dovecot/core/blob/main/src/lmtp/lmtp-local.c: "Too many concurrent deliveries for user").
    phrase!("too many concurrent deliveries for user", MailboxBusy, Medium),

    // --- domain_unknown ---
    // Exim's dnslookup router: "<domain> is not local, and can't route by DNS".
    phrase!("can't route by dns", DomainUnknown, Medium),
    // Postfix smtp_addr.c ("Host or domain name not found. Name service error for name=...
    // type=MX: Host not found"), Sendmail ("Host unknown (Name server: ...: host not found)"),
    // qmail-remote.c ("Sorry, I couldn't find any host named ..."), Exim ("Unrouteable address"),
    // Exchange ("SMTPSEND.DNS.NonExistentDomain"), Sisimai reason/hostunknown.rb.
    phrase!("host or domain name not found", DomainUnknown, Medium),
    phrase!("host not found", DomainUnknown, Weak),
    phrase!("host unknown", DomainUnknown, Strong),
    phrase!("unknown host", DomainUnknown, Medium),
    phrase!("no such domain", DomainUnknown, Strong),
    phrase!("domain does not exist", DomainUnknown, Strong),
    phrase!("domain not found", DomainUnknown, Weak),
    phrase!("recipient address rejected: domain not found", DomainUnknown, Strong),
    phrase!("domain must exist", DomainUnknown, Medium),
    phrase!("unknown domain", DomainUnknown, Medium),
    phrase!("unrouteable mail domain", DomainUnknown, Medium),
    phrase!("mail domain mentioned in email address is unknown", DomainUnknown, Strong),
    phrase!("smtpsend.dns.nonexistentdomain", DomainUnknown, Strong),
    phrase!("couldn't find any host named", DomainUnknown, Strong),
    phrase!("couldn't find any host by that name", DomainUnknown, Strong),
    phrase!("couldn't find a mail exchanger or ip address", DomainUnknown, Medium),
    phrase!("dns records for the destination computer could not be found", DomainUnknown, Medium),
    // Gmail's resolver report ("DNS Error: 80480947 DNS type 'mx' lookup of haineko.org responded with code
    // NXDOMAIN"; "... responded with code NOERROR" when the name exists but has no MX nor address; Sisimai
    // samples rhost-gsuite-05, rhost-gsuite-03, rfc3464-52).
    phrase!("responded with code nxdomain", DomainUnknown, Strong),
    phrase!("responded with code noerror", DomainNoMail, Medium),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/, hostunknown.rb and notaccept.rb).
    phrase!("the account or domain may not exist", DomainUnknown, Medium),
    // Exim's delivery error (Sisimai https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/exim.rb quoting transports/smtp.c: "all host address lookups failed
    // permanently"); Gmail (Sisimai https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/gmail.rb: "DNS Error: Domain name not found").
    phrase!("no mx record found for domain", DomainNoMail, Medium),
    // OpenSMTPD (https://github.com/OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee/usr.sbin/smtpd/mta.c: "No MX found for domain", "No MX found for destination", "Destination seem to reject
    // all mails"); Gmail (Sisimai https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/gmail.rb: "DNS Error: DNS server returned answer with no data", gsuite.rb
    // "had no relevant answers").
    phrase!("no mx found for domain", DomainNoMail, Medium),
    phrase!("had no relevant answers", DomainNoMail, Medium),
    // Haraka outbound (https://github.com/haraka/Haraka/blob/master/outbound/hmail.js: "No MX for %s", "No Such Domain: %s").
    phrase!("no mx for", DomainUnknown, Medium),

    // --- domain_no_mail ---
    // RFC 7504 §3/§4 ("Host does not accept mail", "Domain does not accept mail"), RFC 7505 null
    // MX, Postfix "does not accept mail (nullMX)", Exim dnslookup.c "an MX or SRV record indicated
    // no SMTP service" (Sisimai lhost/exim.rb), iCloud "host/domain does not accept mail".
    phrase!("does not accept mail", DomainNoMail, Strong),
    phrase!("nullmx", DomainNoMail, Strong),
    phrase!("null mx", DomainNoMail, Strong),
    phrase!("an mx or srv record indicated no smtp service", DomainNoMail, Strong),
    // The same words about the SENDER's domain are a refused sender (RFC 7505 §4.2: 550 5.7.27
    // "Sender address has null MX"; Postfix smtpd_check.c reject_unknown_sender_domain:
    // "Sender address rejected: Domain %s does not accept mail (nullMX)", and "Sender address
    // rejected: Domain not found"): the refusal names the sender, not the recipient's domain (with
    // the 5.7.27 code this outweighs the two null-MX words above).
    phrase!("sender address rejected: domain", SenderRejected, Strong),

    // --- message_too_large ---
    // Postfix ("Error: message file too big", "Message size exceeds fixed limit", client "message
    // size N exceeds size limit N of server"), Sendmail/Exchange ("Message size exceeds fixed
    // maximum message size"), Exim ("Message size exceeds maximum permitted"), 1&1 ("Mail size
    // limit exceeded", Sisimai lhost/einsundeins.rb), Exchange RESOLVER.RST.RecipSizeLimit, Orange
    // ("Taille limite du message atteinte"), Sisimai reason/mesgtoobig.rb and emailtoolarge.rb.
    phrase!("message too large", MessageTooLarge, Strong),
    phrase!("message too big", MessageTooLarge, Strong),
    phrase!("message is too large", MessageTooLarge, Strong),
    phrase!("message is too big", MessageTooLarge, Strong),
    phrase!("message file too big", MessageTooLarge, Strong),
    phrase!("message size exceeds", MessageTooLarge, Strong),
    phrase!("exceeds size limit", MessageTooLarge, Strong),
    phrase!("max message size exceeded", MessageTooLarge, Strong),
    phrase!("exceeded maximum inbound message size", MessageTooLarge, Strong),
    phrase!("message length exceeds administrative limit", MessageTooLarge, Strong),
    phrase!("mail size limit exceeded", MessageTooLarge, Strong),
    phrase!("message size limit", MessageTooLarge, Strong),
    phrase!("message size limits", MessageTooLarge, Strong),
    phrase!("resolver.rst.recipsizelimit", MessageTooLarge, Strong),
    phrase!("resolver.rst.sendsizelimit", MessageTooLarge, Strong),

    // --- too_many_recipients ---
    // Postfix ("452 4.5.3 Error: too many recipients"), Exim recipients_max ("too many
    // recipients"), Exchange RESOLVER.ADR.RecipLimit (Sisimai lhost/exchange2007.rb). Medium on
    // purpose: "too many recipients this hour" is a rate limit.
    phrase!("too many recipients", TooManyRecipients, Medium),
    phrase!("resolver.adr.reciplimit", TooManyRecipients, Strong),

    // --- rate_limited ---
    // Sendmail daemon.c ("Too many SMTP sessions for this host"), Exim ("Too many concurrent SMTP
    // connections from this IP address"), Gmail 450 4.2.1 ("receiving mail at a rate that
    // prevents additional messages from being delivered", "receiving mail too quickly"), iCloud
    // ("deferred due to excessive volume"), Yandex ("exceeded message rate limit"), Exchange Online
    // ("maximum number of concurrent connections", "Submission quota exceeded", "Organization queue
    // quota exceeded"), Amazon SES ("Throttling failure: Maximum sending rate exceeded"), cPanel
    // ("has exceeded the max emails per hour"), Orange ("Trop de connexions"), QQ ("frequency
    // limited"), Sisimai reason/ratelimited.rb, speeding.rb, toomanyconn.rb; SMTP Field Manual.
    phrase!("too many recipients this hour", RateLimited, Strong),
    phrase!("rate limit", RateLimited, Medium),
    phrase!("rate limited", RateLimited, Medium),
    phrase!("rate-limited", RateLimited, Medium),
    phrase!("rate limiting", RateLimited, Medium),
    phrase!("rate limit exceeded", RateLimited, Strong),
    phrase!("message rate limit", RateLimited, Strong),
    phrase!("too many connections", RateLimited, Strong),
    phrase!("too many concurrent smtp connections", RateLimited, Strong),
    phrase!("too many smtp sessions", RateLimited, Strong),
    phrase!("maximum number of concurrent connections", RateLimited, Strong),
    phrase!("please try again slower", RateLimited, Strong),
    phrase!("receiving mail at a rate that prevents additional messages from being delivered", RateLimited, Strong),
    phrase!("receiving mail too quickly", RateLimited, Strong),
    phrase!("deferred due to excessive volume", RateLimited, Strong),
    phrase!("unexpected volume", RateLimited, Medium),
    phrase!("throttling failure", RateLimited, Strong),
    phrase!("maximum sending rate exceeded", RateLimited, Strong),
    phrase!("daily message quota exceeded", RateLimited, Strong),
    phrase!("sending quota exceeded", RateLimited, Strong),
    phrase!("submission quota exceeded", RateLimited, Strong),
    phrase!("queue quota exceeded", RateLimited, Strong),
    phrase!("daily user sending limit exceeded", RateLimited, Strong),
    phrase!("sending limit exceeded", RateLimited, Medium),
    phrase!("has exceeded the max emails per hour", RateLimited, Strong),
    phrase!("max defers and failures per hour", RateLimited, Strong),
    phrase!("limit for the number of messages", RateLimited, Medium),
    phrase!("max message per connection reached", RateLimited, Medium),
    phrase!("too many errors", RateLimited, Medium),
    phrase!("frequency limited", RateLimited, Strong),
    // Sisimai sample email-exim-56 ("You've reached your daily relay quota").
    phrase!("daily relay quota", RateLimited, Strong),
    // Postfix smtpd anvil limits (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c: "450 4.7.1 Error: too many recipients from
    // %s", "too much mail from %s", "too many AUTH commands from %s", "421 4.7.0 %s Error: too many
    // new TLS sessions from %s").
    phrase!("too many recipients from", RateLimited, Strong),
    phrase!("too much mail from", RateLimited, Strong),
    phrase!("too many auth commands from", RateLimited, Strong),
    phrase!("too many new tls sessions", RateLimited, Strong),
    // Exim smtp_in.c (https://github.com/Exim/exim/blob/master/src/src/smtp_in.c: "421 too many messages in this connection"); HestiaCP/Vesta
    // exim4.conf template (https://github.com/hestiacp/hestiacp/blob/main/install/deb/exim/exim4.conf.template: "Email account ... is sending too many emails - rate overlimit").
    phrase!("too many messages in this connection", RateLimited, Medium),
    phrase!("is sending too many emails", RateLimited, Strong),
    phrase!("rate overlimit", RateLimited, Strong),
    // rspamd ratelimit (https://github.com/rspamd/rspamd/blob/master/src/plugins/lua/ratelimit.lua: 'Ratelimit "%s" exceeded'); OpenSMTPD
    // (https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd/smtp_session.c: "452 Too many messages sent"); Stalwart (https://github.com/stalwartlabs/mail-server/blob/main/crates/smtp/src/inbound/data.rs: "452 4.4.5 Maximum
    // number of messages per session exceeded"); Postal (https://github.com/postalserver/postal/blob/main/app/lib/message_dequeuer/outgoing_message_processor.rb:
    // "Message held because send limit (%d) has been reached").
    phrase!("ratelimit", RateLimited, Medium),
    phrase!("too many messages sent", RateLimited, Strong),
    // OpenSMTPD prefixes the reply with the RFC 3463 title of its code: "452 4.5.3 Too many
    // recipients: Too many messages sent" is its per-session message limit, not a recipient count.
    phrase!("too many recipients: too many messages sent", RateLimited, Strong),
    phrase!("maximum number of messages per session exceeded", RateLimited, Strong),
    phrase!("because send limit", RateLimited, Strong),
    // Sendmail srvrsmtp.c (https://github.com/deepin-community/sendmail/blob/master/sendmail/srvrsmtp.c: "421 4.7.0 %s Too many bad recipients; closing
    // connection", BAD_RCPT_THROTTLE).
    phrase!("too many bad recipients", RateLimited, Medium),
    phrase!("slow down", RateLimited, Medium),

    // --- greylisted ---
    // postgrey ("Greylisted, see http://postgrey.schweikert.ch/help/<domain>.html"), milter-greylist
    // ("Greylisting in action, please come back later"), Barracuda ("Greylisted for 5 minutes"),
    // ZeroSpam ("greylisted for 60 seconds", SMTP Field Manual 450.json), rspamd greylist and
    // Exim ACL greylisting ("Deferred due to greylisting"). A bare "try again later" is left out:
    // it follows rate limits and outages as often as greylisting.
    phrase!("greylisted", Greylisted, Strong),
    phrase!("greylisting in action", Greylisted, Strong),
    phrase!("greylisting", Greylisted, Strong),
    phrase!("greylist", Greylisted, Strong),
    phrase!("graylisted", Greylisted, Strong),
    phrase!("postgrey", Greylisted, Strong),
    // Proxmox Mail Gateway's greylisting defer (https://github.com/proxmox/pmg-api/blob/09158948b9568e8123f4319f47ddb10b9a292a78/src/bin/pmgpolicy#L687: "defer_if_permit Service is unavailable (try
    // later)", returned only by its greylist check), as Postfix sends it: "450 4.7.1 <x>: Recipient address
    // rejected: Service is unavailable (try later)".
    phrase!("service is unavailable (try later)", Greylisted, Strong),

    // --- spam_content ---
    // Content filters' verdicts in common wordings (SpamAssassin-style scores, "junk mail";
    // Sisimai reason/spamdetected and bounce-handler's rule list).
    phrase!("scored too high on spam", SpamContent, Strong),
    phrase!("junk mail", SpamContent, Medium),
    phrase!("considered as spam", SpamContent, Strong),
    phrase!("may consider spam", SpamContent, Strong),
    // SpamAssassin/cPanel ("The mail server detected your message as spam", "spam points"), rspamd
    // ("Spam message rejected"), Amavis ("Reject, id=... - SPAM"), Barracuda ("Message content
    // rejected, UBE", "rejected due to spam URL in content"), Exchange ("Message rejected as spam
    // by Content Filtering"), Gmail ("likely unsolicited mail"), Yandex ("rejected under suspicion
    // of SPAM"), Zoho ("Email flagged as Spam"), mail.ru/Rambler ("spam message rejected"), QQ
    // ("content rejected", "suspected spam"), Sisimai reason/spamdetected.rb.
    phrase!("spam", SpamContent, Medium),
    phrase!("spam detected", SpamContent, Strong),
    phrase!("detected as spam", SpamContent, Strong),
    phrase!("identified as spam", SpamContent, Strong),
    phrase!("classified as spam", SpamContent, Strong),
    phrase!("considered spam", SpamContent, Strong),
    phrase!("flagged as spam", SpamContent, Strong),
    phrase!("rejected as spam", SpamContent, Strong),
    phrase!("looks like spam", SpamContent, Strong),
    phrase!("appears to be spam", SpamContent, Strong),
    phrase!("high probability of spam", SpamContent, Strong),
    phrase!("suspicion of spam", SpamContent, Strong),
    phrase!("spam message rejected", SpamContent, Strong),
    phrase!("spam points", SpamContent, Strong),
    phrase!("spam score", SpamContent, Strong),
    phrase!("spam-like characteristics", SpamContent, Strong),
    phrase!("spam url", SpamContent, Strong),
    phrase!("spam filter", SpamContent, Medium),
    phrase!("spam filtering", SpamContent, Medium),
    phrase!("spamassassin", SpamContent, Medium),
    phrase!("suspected spam", SpamContent, Medium),
    phrase!("message content rejected", SpamContent, Strong),
    phrase!("content rejected", SpamContent, Medium),
    phrase!("likely unsolicited mail", SpamContent, Strong),
    phrase!("unsolicited bulk e-mail", SpamContent, Strong),
    phrase!("unsolicited", SpamContent, Weak),
    phrase!("bulk mail", SpamContent, Medium),
    phrase!("bulk email", SpamContent, Medium),
    phrase!("phishing", SpamContent, Medium),
    phrase!("uribl", SpamContent, Medium),
    // NetEase 163.com ("554 DT:SPM ... please see http://mail.163.com/help/help_spam_16.htm",
    // Vincedream/NodeMail issue #20; Sisimai spamdetected.rb), SMTP Field Manual issue #11 ("The
    // recipient definitively does not want your mail ... We may feed it to a spam blacklist").
    phrase!("dt:spm", SpamContent, Strong),
    // rspamd scanners (lualib/lua_scanners/*.lua, https://github.com/rspamd/rspamd/blob/master/lualib/lua_scanners/razor.lua: "${SCANNER}: spam
    // message found", dcc.lua "bulk message found"); amavisd (amavisd %smtp_reason_by_ccat (https://gitlab.com/amavis/amavis/-/blob/master/amavisd), as quoted in sisimai/rb-sisimai lib/sisimai/lhost/amavis.rb: "Reject, id=%n - spam", "- spammy");
    // spamass-milter default reject text (https://github.com/andybalholm/spamass-milter/blob/master/spamass-milter.cpp: "Blocked by SpamAssassin"); Haraka data.signatures
    // (https://github.com/haraka/Haraka/blob/master/plugins/data.signatures.js: "Mail matches a known spam signature"); Postal
    // (https://github.com/postalserver/postal/blob/main/app/lib/message_dequeuer/outgoing_message_processor.rb: "Message is likely spam").
    phrase!("spam message found", SpamContent, Strong),
    phrase!("bulk message found", SpamContent, Medium),
    phrase!("- spam", SpamContent, Strong),
    phrase!("blocked by spamassassin", SpamContent, Strong),
    // Courier (https://github.com/svarshavchik/courier/blob/master/courier/submit2.C: "550 Spam refused.").
    phrase!("spam refused", SpamContent, Strong),
    phrase!("message is likely spam", SpamContent, Strong),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/spamdetected.rb).
    phrase!("appears to be unsolicited", SpamContent, Strong),
    phrase!("spamprofiler", SpamContent, Strong),
    phrase!("spamming not allowed", SpamContent, Strong),
    phrase!("failed several antispam checks", SpamContent, Strong),

    // --- complaint ---
    // ARF feedback reports: the `Feedback-Type:` field of RFC 5965 §3.1 (abuse, fraud, virus,
    // not-spam ...) and the report's own MIME type `message/feedback-report` (RFC 5965 §3).
    phrase!("feedback-type: abuse", Complaint, Strong),
    phrase!("feedback-type: fraud", Complaint, Strong),
    phrase!("message/feedback-report", Complaint, Strong),

    // --- virus_detected ---
    // ClamAV/Exim ("This message contains malware", "contains a virus"), Amavis ("Reject, id=... -
    // INFECTED: <name>"), Zoho ("virus [name] detected by Zoho Mail", SMTP Field Manual 552.json),
    // Coremail ("Virus found"),
    // Sisimai reason/virusdetected.rb, Zone-MTA ("rejected due to virus").
    phrase!("virus", VirusDetected, Medium),
    phrase!("virus detected", VirusDetected, Strong),
    phrase!("virus found", VirusDetected, Strong),
    phrase!("contains a virus", VirusDetected, Strong),
    phrase!("infected with a virus", VirusDetected, Strong),
    phrase!("contains malware", VirusDetected, Strong),
    phrase!("malware", VirusDetected, Medium),
    phrase!("- infected:", VirusDetected, Strong),
    phrase!("clamav", VirusDetected, Medium),
    phrase!("eicar", VirusDetected, Strong),
    // rspamd ICAP scanner (https://github.com/rspamd/rspamd/blob/master/lualib/lua_scanners/icap.lua: "threat found with icap scanner").
    phrase!("threat found", VirusDetected, Medium),

    // --- attachment_blocked ---
    // Gmail ("Our system detected an illegal attachment on your message", "executable files are
    // not allowed in compressed files"), Amavis ("Reject, id=... - BANNED: <file>"), Sisimai
    // reason/virusdetected.rb and policyviolation.rb.
    phrase!("illegal attachment", AttachmentBlocked, Strong),
    phrase!("executable files are not allowed", AttachmentBlocked, Strong),
    phrase!("potentially executable attachment", AttachmentBlocked, Strong),
    phrase!("this form of attachment has been used by recent viruses", AttachmentBlocked, Strong),
    phrase!("- banned:", AttachmentBlocked, Strong),
    phrase!("prohibited file type", AttachmentBlocked, Strong),
    // amavisd (amavisd %smtp_reason_by_ccat (https://gitlab.com/amavis/amavis/-/blob/master/amavisd), as quoted in sisimai/rb-sisimai lib/sisimai/lhost/amavis.rb: "- UNCHECKED: encrypted", "- UNCHECKED: over limits": the scanner could not look
    // inside an attachment).
    phrase!("- unchecked", AttachmentBlocked, Medium),
    // Gmail 552 5.7.0 "This message was blocked because its content presents a potential security
    // issue" (its help page points at attachment content guidelines).
    phrase!("potential security issue", AttachmentBlocked, Medium),

    // --- content_policy ---
    // Exchange/Microsoft 365 transport rules ("TRANSPORT.RULES.RejectMessage; the message was
    // rejected by organization policy", "Message bounced due to organizational settings"), Gmail
    // custom policies ("gcdp"), Sisimai reason/policyviolation.rb.
    phrase!("transport.rules.rejectmessage", ContentPolicy, Strong),
    phrase!("rejected by organization policy", ContentPolicy, Medium),
    phrase!("message bounced due to organizational settings", ContentPolicy, Strong),
    phrase!("gcdp", ContentPolicy, Medium),
    phrase!("content policy", ContentPolicy, Medium),
    phrase!("rejecting banned content", ContentPolicy, Medium),
    // Amazon SES inbound receiving rules ("550 5.2.0 Message Filtered", Sisimai sample lhost-receivingses-07).
    phrase!("message filtered", ContentPolicy, Medium),

    // --- message_format ---
    // Gmail ("not RFC 5322 compliant", "?p=RfcMessageNonCompliant", "Messages missing a valid
    // Message-ID header are not accepted", "multiple addresses in From"), Microsoft 5.7.512 ("Message
    // must be RFC 5322 section 3.6.2 compliant"), Yahoo ("Headers are not RFC compliant"), Postfix
    // ("bare <LF> received"), Sisimai reason/contenterror.rb and notcompliantrfc.rb.
    phrase!("rfc 5322 compliant", MessageFormat, Strong),
    phrase!("must be rfc 5322", MessageFormat, Strong),
    phrase!("not rfc compliant", MessageFormat, Strong),
    phrase!("rfcmessagenoncompliant", MessageFormat, Strong),
    phrase!("missing a valid message-id", MessageFormat, Strong),
    phrase!("with multiple addresses", MessageFormat, Medium),
    phrase!("duplicate header", MessageFormat, Strong),
    phrase!("header error", MessageFormat, Medium),
    phrase!("invalid mime headers", MessageFormat, Strong),
    phrase!("improper use of 8-bit data in message header", MessageFormat, Strong),
    phrase!("bare <lf>", MessageFormat, Strong),
    phrase!("line length exceeded", MessageFormat, Medium),
    // A line of the message longer than the receiver allows (RFC 5322 §2.1.1: 998 characters),
    // refused after the body was sent ("500 Line limit exceeded", Sisimai set-of-emails
    // lhost-exim-58): the message's format, not the commands' syntax.
    phrase!("line limit exceeded", MessageFormat, Strong),
    // Exim configure.default (https://github.com/Exim/exim/blob/master/src/src/configure.default: "maximum allowed line length is 998 octets",
    // "header syntax"), receive.c (https://github.com/Exim/exim/blob/master/src/src/receive.c: "552 A message header line is too long", "552
    // Message header is ridiculously long", "552 Message header not CRLF terminated").
    phrase!("maximum allowed line length is 998 octets", MessageFormat, Strong),
    phrase!("header line is too long", MessageFormat, Strong),
    phrase!("message header is ridiculously long", MessageFormat, Strong),
    phrase!("not crlf terminated", MessageFormat, Medium),
    // amavisd (amavisd %smtp_reason_by_ccat (https://gitlab.com/amavis/amavis/-/blob/master/amavisd), as quoted in sisimai/rb-sisimai lib/sisimai/lhost/amavis.rb: "- BAD HEADER: MIME error", "nonencoded 8-bit character", "duplicate header
    // field" ...); OpenSMTPD (https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd/smtp_session.c: "Message is not RFC 2822 compliant"); maddy
    // (https://github.com/foxcpp/maddy/blob/master/internal/check/authorize_sender/authorize_sender.go, endpoint/smtp/submission.go: "Multiple From addresses are not allowed", "Missing From header", "Malformed From
    // header", "Malformed Date header", "Message header size exceeds limit"); Stalwart
    // (https://github.com/stalwartlabs/mail-server/blob/main/crates/smtp/src/inbound/data.rs: "550 5.7.7 Failed to parse message").
    phrase!("- bad header", MessageFormat, Strong),
    phrase!("rfc 2822 compliant", MessageFormat, Strong),
    phrase!("message header size exceeds limit", MessageFormat, Strong),
    phrase!("failed to parse message", MessageFormat, Medium),
    // hMailServer (https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP/SMTPConnection.cpp: "554 Rejected - Message containing bare LF's."); qmail-smtpd
    // (https://github.com/notqmail/notqmail/blob/master/qmail-smtpd.c: "451 See https://cr.yp.to/docs/smtplf.html." for a bare LF); Courier
    // (https://github.com/svarshavchik/courier/blob/master/courier/submit.C: "534 Message header size exceeds policy limit.").
    phrase!("bare lf's", MessageFormat, Strong),
    phrase!("docs/smtplf.html", MessageFormat, Strong),
    phrase!("header size exceeds policy limit", MessageFormat, Strong),
    // Sendmail collect.c / deliver.c (https://github.com/deepin-community/sendmail/blob/master/sendmail/collect.c: "552 Headers too large (%d max)", "554 NUL byte
    // not allowed", "554 Eight bit data not allowed").
    phrase!("headers too large", MessageFormat, Strong),
    phrase!("nul byte not allowed", MessageFormat, Strong),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/, contenterror.rb and policyviolation.rb).
    phrase!("header are not accepted", MessageFormat, Medium),

    // --- sender_ip_blocked ---
    // Microsoft 5.7.606 ("Access denied, banned sending IP", Zone-MTA), Outlook.com ("Not currently
    // accepting mail from your IP"), Gmail ("The IP you're using to send mail is not authorized to
    // send email directly to our servers"), Sendmail srvrsmtp.c ("Rejecting open proxy"), mail.ru
    // ("hosts with dynamic IP"), Orange ("Adresse IP source bloquee pour incident de spam",
    // franceptt.rb), QQ ("suspected spam ip"), Postfix ("Client host rejected"), Sisimai reason/blocked.rb.
    phrase!("banned sending ip", SenderIpBlocked, Strong),
    phrase!("not currently accepting mail from your ip", SenderIpBlocked, Strong),
    phrase!("not authorized to send email directly to our servers", SenderIpBlocked, Strong),
    phrase!("rejecting open proxy", SenderIpBlocked, Strong),
    phrase!("please use the smtp server of your isp", SenderIpBlocked, Strong),
    phrase!("suspected spam ip", SenderIpBlocked, Strong),
    phrase!("hosts with dynamic ip", SenderIpBlocked, Medium),
    phrase!("dynamic ip", SenderIpBlocked, Medium),
    phrase!("client host blocked", SenderIpBlocked, Medium),
    phrase!("ip blocked", SenderIpBlocked, Medium),
    phrase!("blocked for abuse", SenderIpBlocked, Medium),
    phrase!("you are not allowed to connect", SenderIpBlocked, Strong),
    // Zone-MTA bounces.txt ("550 #5.7.1 Your access to submit messages to this e-mail system has been
    // rejected"), SMTP Field Manual issue #11 ("550 ip in prison").
    phrase!("access to submit messages to this e-mail system has been rejected", SenderIpBlocked, Strong),
    phrase!("ip in prison", SenderIpBlocked, Medium),
    phrase!("your access to this mail system has been rejected", SenderIpBlocked, Medium),
    phrase!("client host rejected", SenderIpBlocked, Weak),
    // Postfix check_client_access / check_reverse_client_hostname_access REJECT without text
    // (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_check.c: "<%s>: Client host rejected: Access denied", "Unverified Client host").
    phrase!("client host rejected: access denied", SenderIpBlocked, Medium),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/, blocked.rb and rejected.rb).
    phrase!("no access from mail server", SenderIpBlocked, Medium),
    phrase!("sender ip address rejected", SenderIpBlocked, Medium),
    // Amazon SES inbound, when the recipient's IP address filter lists the sending IP ("550 5.7.1
    // IP address blacklisted by recipient"; Sisimai set-of-emails lhost-sendmail-36, and
    // https://docs.aws.amazon.com/ses/latest/dg/receiving-email-ip-filtering-console-walkthrough.html).
    phrase!("ip address blacklisted by recipient", SenderIpBlocked, Strong),
    // T-Online marks refusals by its own IP block list with "(BL)" (Zone-MTA bounces.txt; Sisimai
    // sendmail-16 sample).
    phrase!("(bl)", SenderIpBlocked, Medium),

    // --- sender_blocklisted ---
    // Postfix reject_rbl_client ("Service unavailable; Client host [ip] blocked using <zone>"),
    // Exim dnslists ("rejected because <ip> is in a black list at <zone>"), Comcast ("found on one
    // or more DNSBLs"), Spamhaus/SORBS/Cloudmark/Trend Micro replies collected in Zone-MTA
    // config/bounces.txt. The zone names themselves are in the blocklist table.
    phrase!("blocked using", SenderBlocklisted, Strong),
    phrase!("dnsbl", SenderBlocklisted, Strong),
    phrase!("dnsbls", SenderBlocklisted, Strong),
    phrase!("realtime block list", SenderBlocklisted, Strong),
    phrase!("rejected due to listing in", SenderBlocklisted, Strong),
    phrase!("is in a black list", SenderBlocklisted, Strong),
    phrase!("black list", SenderBlocklisted, Medium),
    phrase!("blacklisted", SenderBlocklisted, Medium),
    phrase!("blacklist", SenderBlocklisted, Medium),
    phrase!("blocklist", SenderBlocklisted, Medium),
    phrase!("block list", SenderBlocklisted, Medium),
    phrase!("rbl", SenderBlocklisted, Medium),
    phrase!("listed at", SenderBlocklisted, Medium),
    // Zone-MTA bounces.txt ("550 The sending IP (1.2.3.4) is listed on https://spamrl.com/").
    phrase!("is listed on", SenderBlocklisted, Medium),
    // cPanel's Exim DNSBL ACL ("JunkMail rejected - <host> [<ip>] is in an RBL, see ...", real logs
    // and bounces on pastebin.com/JYPME5GB and pastebin.com/ZR4Gcwca); Exim ACLs written as
    // "rejected because $sender_host_address is in a blacklist at $dnslist_domain" (pastebin.com/esg5NR6U).
    phrase!("junkmail rejected", SenderBlocklisted, Strong),
    phrase!("is in an rbl", SenderBlocklisted, Strong),
    phrase!("is in a blacklist at", SenderBlocklisted, Strong),
    phrase!("spamhaus", SenderBlocklisted, Weak),

    // --- sender_reputation ---
    // Cisco/IronPort ("rejected due to the sending MTA's poor reputation"), Gmail ("very low
    // reputation of the sending IP address/domain"), Hornetsecurity ("address has a bad
    // reputation"), Cloudmark ("Poor Reputation Sender"), Yahoo ("deferred due to user complaints"),
    // Sisimai reason/badreputation.rb.
    phrase!("poor reputation", SenderReputation, Strong),
    phrase!("bad reputation", SenderReputation, Strong),
    phrase!("low reputation", SenderReputation, Strong),
    // Gmail ("Our system has detected an unusual rate of unsolicited mail originating from your IP
    // address", Zone-MTA bounces.txt, SMTP Field Manual 421.json).
    phrase!("unusual rate", SenderReputation, Strong),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/blocked.rb).
    phrase!("too many unwanted messages have been sent from the following ip address", SenderReputation, Strong),
    phrase!("reputation", SenderReputation, Medium),
    phrase!("user complaints", SenderReputation, Medium),
    phrase!("too many invalid recipients", SenderReputation, Medium),

    // --- sender_rejected ---
    // Google Groups' notice, in every language it is sent in ("the group you tried to contact
    // may not exist, or you may not have permission to post messages to the group"), always
    // ends with its help link (Sisimai corpus, lhost-googlegroups-*). It names no one reason (a
    // missing group or a group that takes no posts from this sender): a refusal by the group's
    // rules, as every dev row reads it. Sisimai's "rejected" is kept in the crosswalk only.
    phrase!("groups.google.com/support", PolicyRejected, Strong),
    phrase!("may not have permission to post messages to the group", PolicyRejected, Strong),
    // Postfix ("Sender address rejected: Domain not found", "Sender address rejected: not owned by
    // user"), Exim callout ("Sender verify failed"), Sendmail ("Domain of sender address ... does not
    // exist"), Exchange 5.7.60 ("Client does not have permissions to send as this sender",
    // "SendAsDeniedException"), qmail badmailfrom, Orange ("Emetteur invalide. Invalid Sender"),
    // Zone-MTA ("Blacklisted by recipient"), Sisimai reason/rejected.rb.
    phrase!("sender address rejected", SenderRejected, Strong),
    // Postfix smtpd_sender_login_maps: the sender address needs a signed-in client
    // ("553 5.7.1 <a@b>: Sender address rejected: not logged in", home-assistant/core#154774).
    phrase!("sender address rejected: not logged in", AuthRequired, Strong),
    phrase!("not logged in", AuthRequired, Medium),
    phrase!("sender address rejected: domain not found", SenderRejected, Strong),
    phrase!("sender rejected", SenderRejected, Medium),
    phrase!("sender verify failed", SenderRejected, Strong),
    phrase!("sender verification failed", SenderRejected, Strong),
    phrase!("domain of sender address", SenderRejected, Strong),
    phrase!("not owned by user", SenderRejected, Strong),
    phrase!("does not have permissions to send as this sender", SenderRejected, Strong),
    phrase!("sendasdenied", SenderRejected, Strong),
    // Microsoft Graph sendMail's refusal of a From it may not send as (403 "ErrorSendAsDenied",
    // "The user account which was used to submit this request does not have the right to send mail
    // on behalf of the specified sending account", https://learn.microsoft.com/en-us/graph/outlook-send-mail-from-other-user).
    phrase!("does not have the right to send mail on behalf of the specified sending account", SenderRejected, Strong),
    // SparkPost's API error 7001: the From's domain is not a sending domain of the account
    // ("No sending domain specified", https://github.com/SparkPost/developers.sparkpost.com/issues/501).
    phrase!("no sending domain specified", SenderRejected, Strong),
    phrase!("sendasdeniedexception", SenderRejected, Strong),
    phrase!("invalid sender", SenderRejected, Medium),
    phrase!("null sender is not allowed", SenderRejected, Strong),
    phrase!("badmailfrom", SenderRejected, Strong),
    phrase!("blacklisted by recipient", SenderRejected, Strong),
    // Postfix reject_unlisted_sender (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_check.c: "<%s>: Sender address rejected: User
    // unknown in local recipient table"): the sender's address, not the recipient's.
    phrase!("sender address rejected: user unknown", SenderRejected, Strong),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/rejected.rb).
    phrase!("sender was rejected", SenderRejected, Medium),
    phrase!("unroutable sender address", SenderRejected, Strong),
    phrase!("from: domain is invalid", SenderRejected, Medium),
    // Exim acl.c (https://github.com/Exim/exim/blob/master/src/src/acl.c: verify = sender "Could not complete sender verify" / "... callout"),
    // verify.c header_sender (https://github.com/Exim/exim/blob/master/src/src/verify.c: "there is no valid sender in any header line").
    phrase!("could not complete sender verify", SenderRejected, Medium),
    phrase!("no valid sender in any header line", SenderRejected, Medium),
    // maddy (https://github.com/foxcpp/maddy/blob/master/internal/check/authorize_sender/authorize_sender.go, check/dns/dns.go: "Unauthorized use of sender address", "Domain in MAIL FROM does not have
    // any MX records"); Stalwart (https://github.com/stalwartlabs/mail-server/blob/main/crates/smtp/src/inbound/mail.rs: "501 5.5.4 You are not allowed to send from this
    // address", "550 5.7.1 Sender address not allowed"); Postal (https://github.com/postalserver/postal/blob/main/app/lib/smtp_server/client.rb: "530
    // From/Sender name is not valid"); Haraka smtp_forward (https://github.com/haraka/Haraka/blob/master/plugins/queue/smtp_forward.js: "Spoofed
    // MAIL FROM").
    phrase!("unauthorized use of sender address", SenderRejected, Strong),
    phrase!("domain in mail from does not have any mx records", SenderRejected, Strong),
    phrase!("not allowed to send from this address", SenderRejected, Strong),
    phrase!("from/sender name is not valid", SenderRejected, Medium),
    // qmail-smtpd's "mfcheck" patch (err_hmf: "553 sorry, your envelope sender domain must exist (#5.7.1)") and
    // Plan 9 upas smtpd ("554 5.1.8 Sender domain must exist: %s", 9front sys/src/cmd/upas/smtp/smtpd.c): the
    // sender's domain, not the recipient's.
    phrase!("sender domain must exist", SenderRejected, Strong),

    // --- sender_authentication ---
    // Gmail 5.7.26 ("Unauthenticated email from ... is not accepted due to domain's DMARC policy",
    // "the sender is unauthenticated"), Yandex/Zoho ("Email rejected per DMARC policy"), iCloud
    // ("rejected due to ...'s DMARC policy"), QQ ("spf check failed", "dmarc check failed"), Orange
    // ("Message refuse, verification DMARC en echec", "SPF/DNS de votre nom de domaine"),
    // Barracuda ("rejecting spoofed message"), Mimecast ("Anti-Spoofing policy"), Sisimai
    // reason/authfailure.rb. The bare words are weak: they also appear in quoted headers.
    phrase!("dmarc policy", SenderAuthentication, Strong),
    phrase!("dmarc check failed", SenderAuthentication, Strong),
    phrase!("dmarc verification failed", SenderAuthentication, Strong),
    phrase!("dmarc authentication failed", SenderAuthentication, Strong),
    phrase!("failed dmarc", SenderAuthentication, Strong),
    phrase!("unauthenticated email", SenderAuthentication, Strong),
    phrase!("sender is unauthenticated", SenderAuthentication, Strong),
    phrase!("spf check failed", SenderAuthentication, Strong),
    phrase!("spf check: fail", SenderAuthentication, Strong),
    phrase!("spf fail", SenderAuthentication, Strong),
    phrase!("spf failure", SenderAuthentication, Strong),
    phrase!("sender policy framework", SenderAuthentication, Strong),
    phrase!("dkim signature verification failed", SenderAuthentication, Strong),
    // maddy checks (https://github.com/foxcpp/maddy/blob/master/internal/check/spf/spf.go: "SPF authentication failed", "soft-failed", "Neutral SPF result
    // is not permitted"; https://github.com/foxcpp/maddy/blob/master/internal/check/dkim/dkim.go: "No passing DKIM signatures"); Stalwart (https://github.com/stalwartlabs/mail-server/blob/main/crates/smtp/src/inbound/ehlo.rs,
    // mail.rs, data.rs: "No passing DKIM signatures found", "Temporary SPF validation error", "ARC
    // validation failed").
    phrase!("spf authentication failed", SenderAuthentication, Strong),
    phrase!("no passing dkim signatures", SenderAuthentication, Strong),
    phrase!("temporary spf validation error", SenderAuthentication, Medium),
    phrase!("arc validation failed", SenderAuthentication, Strong),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/, authfailure.rb and blocked.rb).
    phrase!("please inspect your spf settings", SenderAuthentication, Strong),
    // hMailServer anti-spam (https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/Common/AntiSpam/SpamTestSPF.cpp: "Blocked by SPF.", SpamTestDKIM.cpp:
    // "Rejected by DKIM.").
    phrase!("blocked by spf", SenderAuthentication, Strong),
    phrase!("rejected by dkim", SenderAuthentication, Strong),
    phrase!("rejecting spoofed message", SenderAuthentication, Medium),
    phrase!("anti-spoofing", SenderAuthentication, Medium),
    phrase!("dmarc", SenderAuthentication, Weak),
    phrase!("spf", SenderAuthentication, Weak),
    phrase!("dkim", SenderAuthentication, Weak),

    // --- reverse_dns ---
    // Postfix reject_unknown_client_hostname ("Client host rejected: cannot find your hostname",
    // "cannot find your reverse hostname"), Gmail ("does not have a PTR record setup"), AT&T ("Fix
    // reverse DNS for ..."), GMX ("Bad DNS PTR resource record"), Sisimai reason/requireptr.rb,
    // Exim sample email-exim-46 ("Missing reverse DNS for ..."), Sisimai requireptr.rb pair
    // ("service permits N unverifyable sending IPs").
    phrase!("cannot find your hostname", ReverseDns, Strong),
    phrase!("cannot find your reverse hostname", ReverseDns, Strong),
    phrase!("cannot resolve your address", ReverseDns, Strong),
    phrase!("ip name lookup failed", ReverseDns, Strong),
    phrase!("does not have a ptr record", ReverseDns, Strong),
    phrase!("no ptr record", ReverseDns, Strong),
    phrase!("bad dns ptr resource record", ReverseDns, Strong),
    phrase!("fix reverse dns", ReverseDns, Strong),
    phrase!("reverse dns", ReverseDns, Medium),
    // Real Exim bounces in the Sisimai corpus (lhost-exim samples): "554 5.7.1 Reverse DNS
    // failed.", "Reverse DNS lookup for host ... failed permanently".
    phrase!("reverse dns failed", ReverseDns, Strong),
    phrase!("reverse dns lookup", ReverseDns, Strong),
    phrase!("rdns", ReverseDns, Medium),
    phrase!("ptr record", ReverseDns, Medium),
    phrase!("generic dns ptr", ReverseDns, Strong),
    phrase!("missing reverse dns", ReverseDns, Strong),
    phrase!("unverifyable sending ips", ReverseDns, Strong),
    // HELO checks (Postfix reject_non_fqdn_helo_hostname, reject_invalid_helo_hostname): the
    // name the client gave in HELO is not a domain name at all ("localhost", "WIN-9QL4SDRB93L"),
    // and Postfix answers with a syntax code (504/501 5.5.2): the argument of the command is
    // malformed (RFC 5321 §4.1.1.1), nothing was looked up in DNS. "Host not found" below is
    // the DNS check, fixed where the PTR name is.
    phrase!("need fully-qualified hostname", ProtocolSyntax, Medium),
    phrase!("helo command rejected", ReverseDns, Weak),
    phrase!("unresolvable relay host name", ReverseDns, Medium),
    // Postfix smtpd_check.c (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_check.c: reject_unknown_helo_hostname "<%s>: Helo
    // command rejected: Host not found", reject_invalid_helo_hostname "Invalid name").
    phrase!("helo command rejected: host not found", ReverseDns, Strong),
    phrase!("helo command rejected: invalid name", ProtocolSyntax, Medium),
    // HestiaCP/Vesta exim4.conf template (https://github.com/hestiacp/hestiacp/blob/main/install/deb/exim/exim4.conf.template: "Access denied - Invalid HELO name (See RFC2821
    // 4.1.3)", "Helo name contains an IP address").
    phrase!("invalid helo name", ReverseDns, Medium),
    // Haraka (https://github.com/haraka/Haraka/blob/master/connection.js: "554 rDNS Lookup Failed", "421 rDNS Temporary Failure"); maddy
    // (https://github.com/foxcpp/maddy/blob/master/internal/check/dns/dns.go: "rDNS name does not match source hostname"); Stalwart (https://github.com/stalwartlabs/mail-server/blob/main/crates/smtp/src/inbound/mail.rs: "550 5.7.25
    // Reverse DNS validation failed", "451 4.7.25 Temporary error validating reverse DNS", ehlo.rs
    // "550 5.5.0 Invalid EHLO domain").
    phrase!("rdns name does not match", ReverseDns, Strong),
    phrase!("reverse dns validation failed", ReverseDns, Strong),
    phrase!("temporary error validating reverse dns", ReverseDns, Strong),
    phrase!("invalid ehlo domain", ReverseDns, Medium),
    // Sendmail cf/m4/proto.m4 (https://github.com/deepin-community/sendmail/blob/master/cf/m4/proto.m4: "450 Relaying temporarily denied. Cannot resolve PTR record
    // for %s", "550 bogus HELO name used: %s").
    phrase!("cannot resolve ptr record for", ReverseDns, Strong),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/requireptr.rb).
    phrase!("bogus helo name used", ReverseDns, Medium),

    // --- auth_required ---
    // RFC 4954 §6 (530 "Authentication required"), Exchange 5.7.57 ("Client was not authenticated
    // to send anonymous mail during MAIL FROM"), cPanel ("Please turn on SMTP Authentication in your
    // mail client"), Orange ("Authentification requise"), Sisimai reason/securityerror.rb.
    phrase!("authentication required", AuthRequired, Medium),
    phrase!("authentication is required", AuthRequired, Strong),
    phrase!("client was not authenticated", AuthRequired, Strong),
    phrase!("must be authenticated", AuthRequired, Strong),
    phrase!("requires authentication", AuthRequired, Strong),
    phrase!("please turn on smtp authentication", AuthRequired, Strong),
    phrase!("authentication turned on in your email client", AuthRequired, Strong),
    phrase!("unauthenticated senders not allowed", AuthRequired, Strong),
    // HestiaCP/Vesta exim4.conf template (https://github.com/hestiacp/hestiacp/blob/main/install/deb/exim/exim4.conf.template: "smtp auth required").
    phrase!("smtp auth required", AuthRequired, Strong),
    // OpenSMTPD (https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd/smtp_session.c: "530 Must issue an AUTH command first"); Stalwart (https://github.com/stalwartlabs/mail-server/blob/main/crates/smtp/src/inbound/session.rs:
    // "503 5.5.1 You must authenticate first").
    phrase!("must issue an auth command first", AuthRequired, Strong),
    phrase!("you must authenticate first", AuthRequired, Strong),
    // Sendmail cf/m4/proto.m4 (https://github.com/deepin-community/sendmail/blob/master/cf/m4/proto.m4: "550 Relaying denied. Proper authentication required.").
    phrase!("relaying denied. proper authentication required", AuthRequired, Strong),

    // --- auth_failed ---
    // Exim's smtp transport: "authentication required but authentication attempt(s) failed".
    phrase!("authentication attempt(s) failed", AuthFailed, Strong),
    // RFC 4954 §6 (535 "Authentication credentials invalid"), Postfix ("Error: authentication
    // failed"), Postfix client ("SASL authentication failed; server ... said"), Exim ("Incorrect
    // authentication data"), Exchange Online 5.7.3/5.7.139 ("Authentication unsuccessful",
    // "SmtpClientAuthentication is disabled for the Tenant"), Gmail 535/534 ("Username and Password
    // not accepted", "Application-specific password required", "Please log in via your web browser").
    phrase!("authentication failed", AuthFailed, Strong),
    phrase!("authentication failure", AuthFailed, Strong),
    // The IMAP response codes mail apps quote when the sign-in fails (RFC 5530 §3,
    // https://www.rfc-editor.org/rfc/rfc5530#section-3: AUTHENTICATIONFAILED, AUTHORIZATIONFAILED).
    phrase!("[authenticationfailed]", AuthFailed, Strong),
    // Sendmail srvrsmtp.c logs "AUTH failure (%s): %s" when a login fails.
    phrase!("auth failure", AuthFailed, Strong),
    phrase!("authentication unsuccessful", AuthFailed, Strong),
    phrase!("authentication credentials invalid", AuthFailed, Strong),
    phrase!("incorrect authentication data", AuthFailed, Strong),
    phrase!("invalid credentials", AuthFailed, Strong),
    phrase!("username and password not accepted", AuthFailed, Strong),
    phrase!("badcredentials", AuthFailed, Strong),
    phrase!("application-specific password required", AuthFailed, Strong),
    phrase!("please log in via your web browser", AuthFailed, Strong),
    phrase!("smtpclientauthentication is disabled", AuthFailed, Strong),
    phrase!("basic authentication is disabled", AuthFailed, Strong),
    phrase!("authentication mechanism is too weak", AuthFailed, Strong),
    // A login that failed because the server's own login service did not answer, not because of
    // the password: RFC 4954 §6 ("454 4.7.0 Temporary authentication failure ... due to a temporary
    // server failure. The client SHOULD NOT prompt the user for another password"), which Postfix
    // sends when its SASL backend fails (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_sasl_glue.c:
    // "454 4.7.0 Temporary authentication failure: %s"); its Dovecot client's words for a lost
    // auth service (https://github.com/vdukhovni/postfix/blob/master/postfix/src/xsasl/xsasl_dovecot_server.c:
    // "Connection lost to authentication server").
    phrase!("temporary authentication failure", ServerError, Strong),
    // With RFC 4954's own code beside them ("454 ... Temporary authentication ...") the words cannot
    // be a password refusal: they outweigh the "authentication failure" inside them and a client's
    // login-error wrapper around them.
    phrase!(code "454", "temporary authentication", ServerError, Strong),
    phrase!("connection lost to authentication server", ServerError, Strong),
    // The same in Postfix smtpd's reply and log ("535 5.7.8 Error: authentication failed: %s",
    // "SASL %s authentication failed: %s", smtpd_sasl_glue.c above): the reason after the colon says
    // the login service failed, whatever "authentication failed" before it suggests.
    phrase!("authentication failed: connection lost to authentication server", ServerError, Strong),
    // Sending through an HTTP API with a token that does not carry the mail permission: Microsoft
    // Graph sendMail (https://learn.microsoft.com/en-us/graph/errors: 403 "ErrorAccessDenied",
    // "Access is denied. Check credentials and try again."; 401/403 "NoPermissionsInAccessToken",
    // https://learn.microsoft.com/en-us/graph/resolve-auth-errors) and the Gmail API (403 reason
    // "insufficientPermissions", message "Insufficient Permission", as printed by
    // google-api-python-client's HttpError: `returned "Insufficient Permission"`;
    // https://developers.google.com/gmail/api/guides/handle-errors).
    phrase!("access is denied. check credentials and try again", AuthFailed, Strong),
    phrase!("erroraccessdenied", AuthFailed, Medium),
    phrase!("nopermissionsinaccesstoken", AuthFailed, Strong),
    // SendGrid's API refusal of a wrong API key (401, https://github.com/sendgrid/docs/issues/6059).
    phrase!("permission denied, wrong credentials", AuthFailed, Strong),
    phrase!("insufficientpermissions", AuthFailed, Strong),
    // The sending services' refusals of a wrong, missing or revoked API key or token, with or
    // without the HTTP status beside them: Postmark ErrorCode 10 "Request does not contain a
    // valid Server token" (https://postmarkapp.com/developer/api/overview#error-codes), SendGrid's "The provided authorization grant is invalid, expired, or revoked" (401, also
    // its SMTP relay's answer, where the password is an API key:
    // https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api),
    // Resend's `invalid_api_key` / "API key is invalid" and `missing_api_key` (https://resend.com/docs/api-reference/errors).
    phrase!("api key is invalid", AuthFailed, Strong),
    phrase!("invalid_api_key", AuthFailed, Strong),
    phrase!("missing api key", AuthFailed, Strong),
    phrase!("missing_api_key", AuthFailed, Strong),
    phrase!("returned \"insufficient permission\"", AuthFailed, Strong),
    // Postfix smtpd (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_sasl_proto.c: "501 5.7.0 Authentication aborted").
    phrase!("authentication aborted", AuthFailed, Medium),
    // hMailServer (https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP/SMTPConnection.cpp: "550 Login credentials no longer valid. Please re-authenticate.").
    phrase!("authentication mechanism not supported", AuthFailed, Medium),
    phrase!("invalid credential", AuthFailed, Strong),

    // --- tls_required ---
    // RFC 3207 §4 (530 "Must issue a STARTTLS command first"), RFC 4954 §6 (538 "Encryption required
    // for requested authentication mechanism"), RFC 5248 (523 "Encryption Needed"), Sisimai
    // reason/failedstarttls.rb ("STARTTLS is required to send mail").
    phrase!("must issue a starttls command first", TlsRequired, Strong),
    phrase!("starttls is required", TlsRequired, Strong),
    phrase!("starttls required", TlsRequired, Strong),
    phrase!("encryption required", TlsRequired, Strong),
    phrase!("encryption needed", TlsRequired, Strong),
    phrase!("tls is required", TlsRequired, Medium),
    phrase!("tls required", TlsRequired, Medium),
    // Postfix reject_plaintext_session (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_check.c: "Session encryption is required").
    phrase!("session encryption is required", TlsRequired, Strong),
    // maddy (https://github.com/foxcpp/maddy/blob/master/internal/endpoint/smtp/session.go: "TLS conversation required").
    phrase!("tls conversation required", TlsRequired, Strong),
    // hMailServer (https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP/SMTPConnection.cpp: "530 Must issue STARTTLS first.", "530 A SSL/TLS-connection
    // is required for authentication."); Courier (https://github.com/svarshavchik/courier/blob/master/courier/module.esmtp/courieresmtpd.C: "400 STARTTLS is required first.").
    phrase!("starttls is required first", TlsRequired, Strong),

    // --- tls_failed ---
    // Exim's own transport errors (src/transports/smtp.c, src/tls-openssl.c, src/tls-gnu.c,
    // src/dane*.c; the Exim test suite's log lines): "TLS session: (...)", "DANE error: ...".
    phrase!("tls session:", TlsFailed, Strong),
    phrase!("dane error", TlsFailed, Strong),
    phrase!("ssl verify error", TlsFailed, Medium),
    // Postfix smtp_proto.c ("Cannot start TLS: handshake failure", "TLS is required, but host ...
    // refused to start TLS", "TLS is required, but was not offered by host", "REQUIRETLS Failure"),
    // Postfix smtpd ("454 4.7.0 TLS not available due to local problem"), SendGrid ("TLS required but
    // not supported", Sisimai failedstarttls.rb), OpenSSL verify errors as logged by MTAs.
    phrase!("cannot start tls", TlsFailed, Strong),
    phrase!("refused to start tls", TlsFailed, Strong),
    phrase!("but was not offered by host", TlsFailed, Strong),
    phrase!("tls required but not supported", TlsFailed, Strong),
    phrase!("tls not available", TlsFailed, Medium),
    // Exim smtp_in.c (https://github.com/Exim/exim/blob/master/src/src/smtp_in.c: "454 TLS currently unavailable"), transports/smtp.c
    // (https://github.com/Exim/exim/blob/master/src/src/transports/smtp.c: "a TLS session is required, but an attempt to start TLS failed" / "but
    // the server did not offer TLS support"), tls-openssl.c ("(SSL_connect) Server certificate revoked").
    phrase!("tls currently unavailable", TlsFailed, Medium),
    // Sendmail srvrsmtp.c (https://github.com/deepin-community/sendmail/blob/master/sendmail/srvrsmtp.c: "454 4.3.3 TLS currently not available").
    phrase!("a tls session is required", TlsFailed, Strong),
    phrase!("server certificate revoked", TlsFailed, Strong),
    // OpenSMTPD (https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd/mta.c: "TLS required for relaying"); maddy remote target (https://github.com/foxcpp/maddy/blob/master/internal/target/remote/*.go:
    // "TLS is required but unsupported or failed (enforced by DANE)", "TLS is required but unavailable
    // or failed (MTA-STS)", "TLS it not available or unauthenticated but required", "Recipient server TLS
    // certificate is not trusted", "Failed to establish the MX record authenticity"); Haraka outbound
    // (https://github.com/haraka/Haraka/blob/master/outbound/hmail.js: "No TLS available but required by configuration").
    phrase!("tls is required but unavailable or failed", TlsFailed, Strong),
    phrase!("no tls available but required", TlsFailed, Strong),
    phrase!("tls negotiation failed", TlsFailed, Strong),
    phrase!("tls handshake failed", TlsFailed, Strong),
    phrase!("handshake failure", TlsFailed, Medium),
    phrase!("certificate verify failed", TlsFailed, Strong),
    phrase!("server certificate not trusted", TlsFailed, Strong),
    phrase!("server certificate not verified", TlsFailed, Strong),
    phrase!("certificate has expired", TlsFailed, Strong),
    phrase!("self-signed certificate", TlsFailed, Strong),
    phrase!("self signed certificate", TlsFailed, Strong),
    phrase!("unable to get local issuer certificate", TlsFailed, Strong),
    phrase!("wrong version number", TlsFailed, Strong),
    phrase!("no shared cipher", TlsFailed, Strong),
    // TLS errors as runtimes print them: Go crypto/x509 ("x509: certificate signed by unknown authority",
    // "x509: certificate is valid for %s, not %s") and crypto/tls ("tls: first record does not look like a
    // TLS handshake"); OpenJDK sun.security ("PKIX path building failed", "unable to find valid certification
    // path to requested target", "No subject alternative DNS name matching %s found", "Unrecognized SSL
    // message, plaintext connection?", "No appropriate protocol", "Received fatal alert: handshake_failure");
    // Ruby openssl ssl.rb post_connection_check ('hostname "%s" does not match the server certificate');
    // Node.js lib/tls.js ("Hostname/IP does not match certificate's altnames") and OpenSSL verify texts
    // ("unable to verify the first certificate"); rustls, as lettre prints it ("invalid peer certificate:
    // UnknownIssuer"); OpenSSL alert texts ("sslv3 alert handshake failure", "tlsv1 alert ...", "SSL routines").
    phrase!("certificate signed by unknown authority", TlsFailed, Strong),
    phrase!("x509: certificate is valid for", TlsFailed, Strong),
    phrase!("first record does not look like a tls handshake", TlsFailed, Strong),
    phrase!("pkix path building failed", TlsFailed, Strong),
    phrase!("unable to find valid certification path", TlsFailed, Strong),
    phrase!("no subject alternative dns name matching", TlsFailed, Strong),
    phrase!("unrecognized ssl message", TlsFailed, Strong),
    phrase!("no appropriate protocol", TlsFailed, Strong),
    phrase!("handshake_failure", TlsFailed, Medium),
    phrase!("does not match the server certificate", TlsFailed, Strong),
    phrase!("does not match certificate's altnames", TlsFailed, Strong),
    phrase!("unable to verify the first certificate", TlsFailed, Strong),
    phrase!("invalid peer certificate", TlsFailed, Strong),
    phrase!("sslv3 alert handshake failure", TlsFailed, Strong),
    phrase!("tlsv1 alert", TlsFailed, Medium),
    phrase!("ssl routines", TlsFailed, Medium),

    // --- relay_denied ---
    // Postfix ("Relay access denied"), Sendmail ("Relaying denied"), qmail ("Sorry, that domain
    // isn't in my list of allowed rcpthosts"), Exchange ("Unable to relay"), Exim ("relay not
    // permitted"), Zoho ("Relaying disallowed"), Mimecast ("Open relay not allowed"), Symantec ("you
    // are trying to use me ... as a relay"), MailEnable, Sisimai reason/norelaying.rb.
    phrase!("relay access denied", RelayDenied, Strong),
    phrase!("relaying denied", RelayDenied, Strong),
    phrase!("relay denied", RelayDenied, Strong),
    phrase!("relay not permitted", RelayDenied, Strong),
    phrase!("relaying not permitted", RelayDenied, Strong),
    phrase!("relay not allowed", RelayDenied, Strong),
    phrase!("relaying disallowed", RelayDenied, Strong),
    phrase!("not allowed to relay", RelayDenied, Strong),
    phrase!("not permitted to relay", RelayDenied, Strong),
    phrase!("unable to relay", RelayDenied, Strong),
    phrase!("we do not relay", RelayDenied, Strong),
    phrase!("in my list of allowed rcpthosts", RelayDenied, Strong),
    phrase!("insecure mail relay", RelayDenied, Strong),
    phrase!("as a relay", RelayDenied, Medium),
    phrase!("when attempting to send to a non-local e-mail address", RelayDenied, Strong),
    // Haraka (https://github.com/haraka/Haraka/blob/master/connection.js: "550 I cannot deliver mail for <rcpt>" when no plugin accepts the
    // recipient, i.e. it is not local and relaying is off); Dovecot submission (https://github.com/dovecot/core/blob/main/src/submission:
    // "551 5.7.1 Select another host to act as your forwarder").
    phrase!("i cannot deliver mail for", RelayDenied, Strong),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/norelaying.rb).
    phrase!("no relaying", RelayDenied, Strong),
    phrase!("not a gateway", RelayDenied, Medium),
    // Sendmail cf/m4/proto.m4 (https://github.com/deepin-community/sendmail/blob/master/cf/m4/proto.m4: "550 Relaying denied. IP name lookup failed [%s]", "550
    // Relaying denied. IP name possibly forged [%s]": relaying refused, the failed lookup is only why the
    // client was not recognised).
    phrase!("relaying denied. ip name lookup failed", RelayDenied, Strong),
    phrase!("relaying denied. ip name possibly forged", RelayDenied, Strong),
    // hMailServer (https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP/SMTPConnection.cpp: "550 Delivery is not allowed to this address.": the IP
    // range's relay options forbid this sender/recipient pair).
    phrase!("delivery is not allowed to this address", RelayDenied, Strong),

    // --- policy_rejected ---
    // Generic refusals: Exim ("administrative prohibition"), Yahoo ("Message not accepted for policy
    // reasons"), iCloud ("Message rejected due to local policy"), Zone-MTA ("Local Policy
    // Violation"), Exchange RESOLVER.RST.NotAuthorized / AuthRequired (Sisimai lhost/exchange2007.rb),
    // AOL ("only accepting mail from specific email addresses"), Sisimai reason/policyviolation.rb.
    // The bare words "rejected", "denied", "blocked", "policy" are left out on purpose: they
    // occur inside the specific phrases of other categories ("relay access denied", "DMARC
    // policy", "blocked using") and would add up against them, while the reply code already
    // gives the policy reading when nothing more specific is said.
    phrase!("administrative prohibition", PolicyRejected, Medium),
    phrase!("not accepted for policy reasons", PolicyRejected, Medium),
    phrase!("rejected for policy reasons", PolicyRejected, Medium),
    phrase!("due to local policy", PolicyRejected, Medium),
    phrase!("local policy violation", PolicyRejected, Medium),
    phrase!("denied by policy", PolicyRejected, Medium),
    phrase!("blocked by policy", PolicyRejected, Medium),
    phrase!("resolver.rst.notauthorized", PolicyRejected, Strong),
    phrase!("resolver.rst.authrequired", PolicyRejected, Strong),
    phrase!("only accepting mail from specific email addresses", PolicyRejected, Strong),
    phrase!("by non-member to a members-only list", PolicyRejected, Strong),
    phrase!("closed mailing list", PolicyRejected, Medium),
    phrase!("refused due to recipient preferences", PolicyRejected, Medium),
    // Postfix reject_multi_recipient_bounce (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_check.c: "Data command rejected:
    // Multi-recipient bounce").
    phrase!("multi-recipient bounce", PolicyRejected, Medium),
    // Exim configure.default (https://github.com/Exim/exim/blob/master/src/src/configure.default: "Restricted characters in address", also in
    // the HestiaCP template https://github.com/hestiacp/hestiacp/blob/main/install/deb/exim/exim4.conf.template).
    phrase!("restricted characters in address", PolicyRejected, Medium),
    // Haraka (https://github.com/haraka/Haraka/blob/master/connection.js: "554 Your mail is not welcome here"); Postal
    // (https://github.com/postalserver/postal/blob/main/app/lib/smtp_server/client.rb: "550 Route does not accept incoming messages").
    phrase!("route does not accept incoming messages", PolicyRejected, Medium),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/, filtered.rb and policyviolation.rb).
    phrase!("delivery not authorized", PolicyRejected, Weak),
    phrase!("policy violation", PolicyRejected, Weak),

    // --- sender_account_blocked ---
    // Microsoft 365 ("Access denied, bad outbound sender", "WASCL UserAction verdict is not None",
    // "OutboundSpamException"), mail.ru ("message sending for this account is disabled",
    // mailout.ru), Zoho ("Unusual sending activity detected", reply quoted in public issue trackers).
    phrase!("bad outbound sender", SenderAccountBlocked, Strong),
    phrase!("outboundspamexception", SenderAccountBlocked, Strong),
    phrase!("wascl", SenderAccountBlocked, Strong),
    phrase!("message sending for this account is disabled", SenderAccountBlocked, Strong),
    phrase!("unusual sending activity detected", SenderAccountBlocked, Strong),
    // Postal (https://github.com/postalserver/postal/blob/main/app/lib/smtp_server/client.rb: "535 Mail server has been suspended").
    phrase!("mail server has been suspended", SenderAccountBlocked, Strong),

    // --- receiver_misconfigured ---
    // Spamhaus return codes as Postfix shows them ("Error: open resolver; https://www.spamhaus.org/
    // returnc/pub/...", SOURCES.md §3.6), URIBL ("Query Refused. See http://uribl.com/refused.shtml",
    // Zone-MTA), Sendmail 554 5.3.5 ("Local configuration error"), Exim ("all relevant MX records
    // point to non-existent hosts"), Barracuda ("License Expired", SMTP Field Manual 421.json), hot.ee
    // ("Server configuration problem", Zone-MTA), Sisimai reason/systemerror.rb.
    phrase!("open resolver", ReceiverMisconfigured, Strong),
    phrase!("error: open resolver", ReceiverMisconfigured, Strong),
    phrase!("query refused", ReceiverMisconfigured, Strong),
    phrase!("local configuration error", ReceiverMisconfigured, Strong),
    phrase!("mail system configuration error", ReceiverMisconfigured, Strong),
    phrase!("server configuration error", ReceiverMisconfigured, Strong),
    phrase!("server configuration problem", ReceiverMisconfigured, Medium),
    phrase!("misconfigured", ReceiverMisconfigured, Medium),
    phrase!("all relevant mx records point to non-existent hosts", ReceiverMisconfigured, Strong),
    // Exchange hybrid without a mailbox database (Sisimai reason/systemerror.rb, "Recipient deferred
    // because there is no Mdb").
    phrase!("there is no mdb", ReceiverMisconfigured, Strong),
    // Sendmail cf/m4/proto.m4 (https://github.com/deepin-community/sendmail/blob/master/cf/m4/proto.m4: "550 Illegal MX record for host %s", "Invalid MX record for host").
    phrase!("illegal mx record for host", ReceiverMisconfigured, Strong),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/systemerror.rb).
    phrase!("could not load drd for domain", ReceiverMisconfigured, Medium),
    phrase!("system config error", ReceiverMisconfigured, Strong),
    // Courier (https://github.com/svarshavchik/courier/blob/master/courier/courier/module.esmtp/libesmtp.C: "This domain's DNS violates RFC 1035."); qmail-remote (https://github.com/notqmail/notqmail/blob/master/qmail-remote.c: "Sorry. Although I'm listed as a
    // best-preference MX or A for that host, it isn't in my control/locals file"); Exim (https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/deliver.c:
    // "delivery to file forbidden", "delivery to pipe forbidden").
    phrase!("listed as a best-preference mx", ReceiverMisconfigured, Strong),

    // --- server_unavailable ---
    // RFC 5321 §4.2.3 (421 "Service not available"), postscreen ("450 4.3.2 Service currently
    // unavailable"), Yandex ("service is currently unavailable"), Symantec ("Service Temporarily
    // Unavailable", SMTP Field Manual 421.json), RFC 3463 X.3.2 text.
    phrase!("service currently unavailable", ServerUnavailable, Medium),
    phrase!("service is currently unavailable", ServerUnavailable, Medium),
    phrase!("service temporarily unavailable", ServerUnavailable, Medium),
    phrase!("system not accepting network messages", ServerUnavailable, Medium),
    phrase!("server busy", ServerUnavailable, Medium),
    phrase!("server is busy", ServerUnavailable, Medium),
    phrase!("too busy", ServerUnavailable, Medium),
    // Exim smtp_in.c / daemon.c (https://github.com/Exim/exim/blob/master/src/src/smtp_in.c, https://github.com/Exim/exim/blob/master/src/src/daemon.c: "421 %s: Too much load; please try
    // again later").
    phrase!("too much load", ServerUnavailable, Medium),
    // maddy (https://github.com/foxcpp/maddy/blob/master/internal/endpoint/smtp/session.go: "High load, try again later").
    phrase!("high load", ServerUnavailable, Medium),
    // Momentum (https://support.sparkpost.com/momentum/4/message-responses: "4.3.0 Resource limitations, please try later").
    phrase!("temporarily unavailable", ServerUnavailable, Weak),
    phrase!("service not available", ServerUnavailable, Weak),
    phrase!("service unavailable", ServerUnavailable, Weak),

    // --- server_error ---
    // Exim ("Temporary local problem - please try later"), Office 365 ("Temporary server error.
    // Please try again later. PRX4", SMTP Field Manual 451.json), Gmail ("Mail server temporarily
    // rejected message"), Microsoft ("internal error reading data"), qmail ("qq temporary problem",
    // "qq trouble ..."), qmail-ldap ("Unable to contact LDAP server"), Sisimai reason/systemerror.rb.
    phrase!("temporary local problem", ServerError, Medium),
    phrase!("temporary server error", ServerError, Medium),
    phrase!("mail server temporarily rejected message", ServerError, Medium),
    phrase!("internal error", ServerError, Medium),
    phrase!("internal server error", ServerError, Medium),
    phrase!("system error", ServerError, Medium),
    phrase!("qq temporary problem", ServerError, Medium),
    phrase!("qq trouble", ServerError, Medium),
    phrase!("unable to contact ldap server", ServerError, Medium),
    phrase!("out of memory", ServerError, Medium),
    // hMailServer ("Your message was received but it could not be saved", hmailserver issue #92).
    phrase!("could not be saved", ServerError, Medium),
    phrase!("local error in processing", ServerError, Weak),
    // Postfix smtpd (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c: "421 4.3.0 %s Server local data error", "Server local
    // error"; https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_check.c: "<%s>: Temporary lookup failure") and smtp client
    // (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtp/smtp_trouble.c: "local data error while talking to %s").
    phrase!("server local data error", ServerError, Medium),
    phrase!("server local error", ServerError, Medium),
    phrase!("temporary lookup failure", ServerError, Medium),
    phrase!("local data error while talking to", ServerError, Medium),
    // Exim smtp_in.c (https://github.com/Exim/exim/blob/master/src/src/smtp_in.c: "435 Unable to authenticate at present": the server's
    // authentication back end failed).
    phrase!("unable to authenticate at present", ServerError, Medium),
    // Courier (https://github.com/svarshavchik/courier/blob/master/courier/cdfilters.C: "432 Mail filters temporarily unavailable."); qmail (https://github.com/notqmail/notqmail/blob/master/qmail-smtpd.c: "451 qqt
    // failure"; https://github.com/notqmail/notqmail/blob/master/qmail-local.c: "Temporary error on maildir delivery. (#4.3.0)", "Timeout on maildir
    // delivery. (#4.3.0)").
    phrase!("qqt failure", ServerError, Medium),
    // Exim (https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/transports/pipe.c: "local delivery failed"); qmail-local ("bad interpreter: No such file or
    // directory", Sisimai https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/qmail.rb).
    phrase!("local delivery failed", ServerError, Medium),
    // Postfix cleanup's "451 4.3.0 Error: queue file write error" (also Zone-MTA's wording): the
    // queue file could not be written, a full disk being only one cause among a failing milter
    // or filter and a broken queue directory; Postfix itself gives 4.3.0, not the 4.3.1 of a full
    // system, and Sisimai files it under SystemError
    // (https://github.com/sisimai/go-sisimai/blob/a0630263bf5baae6063dc96154cf0e6b6aab9b47/reason/why-systemerror.go).
    phrase!("queue file write error", ServerError, Medium),

    // --- server_storage ---
    // Sendmail ("452 4.4.5 Insufficient disk space; try again later"), Microsoft ("452 4.3.1
    // Insufficient system resources", SMTP Field Manual 452.json), Sisimai reason/systemfull.rb
    // ("mail system full").
    phrase!("insufficient disk space", ServerStorage, Strong),
    phrase!("insufficient system resources", ServerStorage, Medium),
    phrase!("mail system full", ServerStorage, Strong),
    phrase!("no space left on device", ServerStorage, Strong),
    phrase!("not enough disk space", ServerStorage, Medium),
    phrase!("disk full", ServerStorage, Medium),
    phrase!("insufficient system storage", ServerStorage, Weak),
    // Exim smtp_in.c (https://github.com/Exim/exim/blob/master/src/src/smtp_in.c: "452 Space shortage, please try later").
    phrase!("space shortage", ServerStorage, Strong),
    // Sendmail collect.c (https://github.com/deepin-community/sendmail/blob/master/sendmail/collect.c: "421 4.3.1 Out of disk space for temp file").
    phrase!("out of disk space", ServerStorage, Strong),

    // --- protocol_syntax ---
    // RFC 5321 §4.2.3 (500/501 texts), Postfix ("Error: command not recognized", "Error: bad syntax"),
    // Exim ("unrecognized command"), Coremail ("500 syntax error").
    phrase!("command not recognized", ProtocolSyntax, Strong),
    phrase!("command unrecognized", ProtocolSyntax, Strong),
    phrase!("unrecognized command", ProtocolSyntax, Strong),
    phrase!("unknown command", ProtocolSyntax, Strong),
    phrase!("syntax error", ProtocolSyntax, Medium),
    phrase!("bad syntax", ProtocolSyntax, Medium),
    phrase!("invalid command", ProtocolSyntax, Medium),
    phrase!("line too long", ProtocolSyntax, Medium),
    // Postfix smtpd (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c: "500 5.5.2 %s Error: command too long").
    phrase!("command too long", ProtocolSyntax, Strong),

    // --- protocol_sequence ---
    // RFC 5321 §4.2.3 (503 "Bad sequence of commands"), Postfix ("Error: need MAIL command", "Error:
    // need RCPT command", "Error: nested MAIL command", "Error: send HELO/EHLO first", "Improper use of
    // SMTP command pipelining"), Sendmail ("Need MAIL before RCPT", "Need RCPT (recipient)", "Sender
    // already specified", "Polite people say HELO first"), Exim ("Valid RCPT command must precede
    // DATA", "SMTP synchronization error").
    phrase!("bad sequence of commands", ProtocolSequence, Medium),
    phrase!("need mail", ProtocolSequence, Strong),
    phrase!("need rcpt", ProtocolSequence, Strong),
    phrase!("nested mail command", ProtocolSequence, Strong),
    phrase!("helo/ehlo first", ProtocolSequence, Strong),
    phrase!("ehlo/helo first", ProtocolSequence, Strong),
    phrase!("say helo first", ProtocolSequence, Strong),
    phrase!("sender already specified", ProtocolSequence, Strong),
    phrase!("valid rcpt command must precede data", ProtocolSequence, Strong),
    phrase!("improper use of smtp command pipelining", ProtocolSequence, Strong),
    phrase!("synchronization error", ProtocolSequence, Strong),
    // Postfix smtpd (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c: "554 5.5.0 Error: SMTP protocol synchronization", "503 5.5.1
    // Error: MAIL transaction in progress", "Error: already authenticated").
    phrase!("smtp protocol synchronization", ProtocolSequence, Strong),
    phrase!("already authenticated", ProtocolSequence, Medium),
    // Exim smtp_in.c (https://github.com/Exim/exim/blob/master/src/src/smtp_in.c: "503 No sender yet given", "503 sender not yet given", "503
    // Sender already given", "503 MAIL FROM:<sender> command must precede DATA", "503 RCPT
    // TO:<recipient> must precede DATA"); HestiaCP exim4.conf template (https://github.com/hestiacp/hestiacp/blob/main/install/deb/exim/exim4.conf.template: "HELO required before MAIL").
    phrase!("sender not yet given", ProtocolSequence, Strong),
    // hMailServer (https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP/SMTPConnection.cpp: "503 Must have sender first.", "503 Must have sender and
    // recipient first."); qmail-smtpd (https://github.com/notqmail/notqmail/blob/master/qmail-smtpd.c: "503 MAIL first (#5.5.1)", "503 RCPT first (#5.5.1)").
    phrase!("mail first (#5.5.1)", ProtocolSequence, Strong),
    phrase!("rcpt first (#5.5.1)", ProtocolSequence, Strong),

    // --- not_implemented ---
    // RFC 5321 §4.2.3 (502/504/555 texts), Postfix ("555 5.5.4 Unsupported option"), Postfix client
    // ("message requires SMTPUTF8, but no server was found that supports SMTPUTF8"), PHPMailer ("Server
    // does not support SMTPUTF8 needed to send to Unicode addresses").
    phrase!("command not implemented", NotImplemented, Medium),
    phrase!("not implemented", NotImplemented, Medium),
    phrase!("unsupported option", NotImplemented, Strong),
    phrase!("requires smtputf8", NotImplemented, Strong),
    phrase!("does not support smtputf8", NotImplemented, Strong),
    // Sendmail deliver.c / usersmtp.c (https://github.com/deepin-community/sendmail/blob/master/sendmail/deliver.c: "554 Cannot send 8-bit data to 7-bit
    // destination"; "504 SMTPUTF8 required but not offered", "... not enabled").
    phrase!("not supported", NotImplemented, Weak),
    // Postfix smtpd (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_sasl_proto.c: "503 5.5.1 Error: authentication not enabled":
    // AUTH sent to a server or port that offers none).
    phrase!("authentication not enabled", NotImplemented, Strong),

    // --- network_error ---
    // Exim's transport and router texts (src/transports/smtp.c "Remote host closed connection
    // in response to ...", src/host.c "host lookup ... did not complete (DNS timeout?)").
    phrase!("remote host closed connection", NetworkError, Strong),
    phrase!("did not complete (dns timeout", NetworkError, Strong),
    // Postfix smtp_connect.c / smtp_trouble.c ("connect to host[ip]:25: Connection timed out",
    // "Connection refused", "No route to host", "Network is unreachable", "lost connection with
    // ... while ...", "conversation with ... timed out while ...", "Host or domain name not found.
    // ... Host not found, try again"), qmail-remote.c ("Sorry, I wasn't able to establish an SMTP
    // connection"), glibc resolver ("Temporary failure in name resolution"), Sisimai
    // reason/networkerror.rb. Medium, so that an expiry notice that quotes them stays "expired".
    phrase!("connection timed out", NetworkError, Medium),
    phrase!("connection refused", NetworkError, Medium),
    phrase!("connection reset", NetworkError, Medium),
    phrase!("connection dropped", NetworkError, Medium),
    phrase!("connection closed", NetworkError, Medium),
    phrase!("lost connection with", NetworkError, Medium),
    phrase!("timed out while", NetworkError, Medium),
    phrase!("no route to host", NetworkError, Strong),
    // RFC 3464 §A example ("Status: 4.0.0 (hpnjld.njd.jp.com: host name lookup failure)").
    phrase!("host name lookup failure", NetworkError, Strong),
    phrase!("network is unreachable", NetworkError, Strong),
    phrase!("host is unreachable", NetworkError, Strong),
    phrase!("host not found, try again", NetworkError, Strong),
    phrase!("temporary failure in name resolution", NetworkError, Strong),
    phrase!("malformed or unexpected name server reply", NetworkError, Medium),
    phrase!("wasn't able to establish an smtp connection", NetworkError, Medium),
    phrase!("unable to connect", NetworkError, Medium),
    phrase!("could not connect", NetworkError, Medium),
    phrase!("failed to connect", NetworkError, Medium),
    phrase!("broken pipe", NetworkError, Medium),
    phrase!("read timeout", NetworkError, Medium),
    // Exim "retry time not reached for any host for '<domain>'": earlier attempts to every host
    // failed (ix-ai/smtp issue #8); the long-failure variant is an expiry (below).
    phrase!("retry time not reached", NetworkError, Medium),
    // Exim deliver.c / routers/dnslookup.c / smtp_in.c (https://github.com/Exim/exim/blob/master/src/src/deliver.c: "Retry time not yet reached";
    // https://github.com/Exim/exim/blob/master/src/src/routers/dnslookup.c: "host lookup did not complete"; https://github.com/Exim/exim/blob/master/src/src/smtp_in.c: "421 SMTP command
    // timeout", receive.c "421 Lost incoming connection").
    phrase!("host lookup did not complete", NetworkError, Medium),
    phrase!("smtp command timeout", NetworkError, Medium),
    // Haraka outbound (https://github.com/haraka/Haraka/blob/master/outbound/hmail.js: "Temporary MX lookup error for %s", "DNS lookup failure:
    // %s", "Tried all MXs"); OpenSMTPD (https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd/mta.c: "Temporary failure in MX lookup"); maddy
    // (https://github.com/foxcpp/maddy/blob/master/internal/target/remote/connect.go, smtpconn/smtpconn.go: "No usable MXs, last err: ...", "Network I/O error").
    phrase!("dns lookup failure", NetworkError, Medium),
    phrase!("tried all mxs", NetworkError, Medium),
    // Sisimai reason patterns, which quote the mail programs and providers (https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/reason/, networkerror.rb and expired.rb).
    phrase!("malformed name server reply", NetworkError, Medium),
    phrase!("timeout waiting for input", NetworkError, Medium),
    // OpenSMTPD's delivery agent (https://github.com/OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee/usr.sbin/smtpd/mta.c: "Network error on destination MXs", "No valid route to remote
    // MX", "No valid route to destination", "Address family mismatch on destination MXs", "All routes to
    // destination blocked", "bad DNS lookup error code", "Could not retrieve source address"); Courier
    // (https://github.com/svarshavchik/courier/blob/master/courier/courier/module.esmtp/libesmtp.C: "DNS lookup failed."); Gmail's own delay reports (Sisimai https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/gmail.rb: "DNS Error: Could not
    // contact DNS servers", "The recipient server did not accept our requests to connect").
    phrase!("network error on destination mxs", NetworkError, Strong),
    phrase!("dns lookup failed", NetworkError, Medium),
    phrase!("did not accept our requests to connect", NetworkError, Strong),
    // hMailServer (https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP/SMTPConnection.cpp:
    // "421 Connection timeout." to an idle client); Nodemailer ("Connection timeout", ETIMEDOUT).
    phrase!("connection timeout", NetworkError, Medium),
    // Sendmail (https://github.com/deepin-community/sendmail/blob/master/cf/m4/proto.m4: "450 MX lookup failure for %s", "450 Can not check MX records for recipient
    // host %s"; https://github.com/deepin-community/sendmail/blob/master/sendmail/recipient.c: "451 4.4.1 open timeout on %s"; srvrsmtp.c: "421 4.4.1 %s Lost input
    // channel from %s").
    phrase!("mx lookup failure for", NetworkError, Medium),
    phrase!("open timeout on", NetworkError, Medium),
    phrase!("lost input channel from", NetworkError, Medium),
    phrase!("timed out", NetworkError, Weak),
    // Failures with no reply as runtimes and libraries print them. Resolver texts: glibc gai_strerror()
    // ("Name or service not known", "No address associated with hostname"; also printed for a mail
    // server's own name by PHP, Python, Ruby), BSD/macOS gai_strerror ("nodename nor servname provided,
    // or not known"), getaddrinfo() in Node.js/PHP/Ruby messages, Go's resolver (net/dnsclient_unix.go:
    // "no such host", "server misbehaving"); sockets: strerror(EADDRNOTAVAIL) "Cannot assign requested
    // address", Go net "i/o timeout", Java SocketTimeoutException ("connect timed out", "Read timed out"),
    // Ruby Timeout::Error ("execution expired"); Symfony Mailer / Swift Mailer for a server that closed
    // without a word (Transport/Smtp/SmtpTransport.php: 'Expected response code "250" but got empty code.',
    // Swift AbstractSmtpTransport.php: "Expected response code 250 but got an empty response").
    phrase!("name or service not known", NetworkError, Medium),
    phrase!("nodename nor servname provided", NetworkError, Medium),
    phrase!("no address associated with hostname", NetworkError, Medium),
    phrase!("getaddrinfo", NetworkError, Medium),
    phrase!("could not resolve host", NetworkError, Medium),
    phrase!("no such host", NetworkError, Medium),
    phrase!("server misbehaving", NetworkError, Medium),
    phrase!("cannot assign requested address", NetworkError, Strong),
    phrase!("i/o timeout", NetworkError, Medium),
    phrase!("connect timed out", NetworkError, Medium),
    phrase!("read timed out", NetworkError, Medium),
    phrase!("execution expired", NetworkError, Medium),
    phrase!("but got an empty response", NetworkError, Strong),
    phrase!("but got empty code", NetworkError, Strong),

    // --- expired ---
    // Exim retry.c / smtp.c ("retry timeout exceeded", "retry time not reached for any host after a
    // long failure period", "all hosts have been failing for a long time"), qmail-send.c ("I'm not
    // going to try again; this message has been in the queue too long."), Exchange ("QUEUE.Expired;
    // message expired"), Sendmail ("Cannot send message for 5 days", "Message could not be delivered
    // for 12 hours / Message will be deleted from queue", sendmail-10 sample), Lotus Domino ("Delivery time
    // expired"), Sisimai reason/expired.rb.
    phrase!("retry timeout exceeded", Expired, Strong),
    phrase!("retry time not reached for any host after a long failure period", Expired, Strong),
    phrase!("all hosts have been failing for a long time", Expired, Medium),
    // The same smtp.c format string with the domain inserted ("all hosts%s have been failing for a
    // long time %s": "all hosts for 'example.com' have been failing ...").
    phrase!("have been failing for a long time", Expired, Medium),
    phrase!("in the queue too long", Expired, Strong),
    // qmail's give-up line; weak, so that a stated cause ("Mailbox Full", qmail-06 sample) still wins.
    phrase!("i'm not going to try again", Expired, Weak),
    // Weak: Sendmail's expiry says "Message could not be delivered for 5 days" and then "Message will be
    // deleted from queue" (which decides), while Postfix's delay notice says "Your message could not be
    // delivered for more than 4 hour(s). It will be retried ..." (bounce_templates.c), no expiry at all.
    phrase!("message could not be delivered for", Expired, Weak),
    phrase!("message will be deleted from queue", Expired, Strong),
    phrase!("message expired", Expired, Strong),
    phrase!("queue.expired", Expired, Strong),
    phrase!("delivery time expired", Expired, Strong),
    phrase!("cannot send message for", Expired, Medium),
    phrase!("was not reachable within the allowed queue period", Expired, Strong),
    phrase!("could not deliver the message in the time limit specified", Expired, Strong),
    phrase!("message timed out", Expired, Medium),
    // OpenSMTPD (https://github.com/OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee/usr.sbin/smtpd/queue.c: "Envelope expired"); DragonFly Mail Agent (Sisimai https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/dragonfly.rb: "Could not
    // deliver for the last ...").
    phrase!("envelope expired", Expired, Strong),
    phrase!("could not deliver for the last", Expired, Strong),
    phrase!("unable to deliver message after multiple retries", Expired, Strong),

    // --- routing_loop ---
    // Postfix ("mail for <domain> loops back to myself", cleanup "mail forwarding loop for"),
    // Sendmail ("Too many hops", "mail loops back to me (MX problem?)"), Exim ("Too many \"Received\"
    // headers - suspected mail loop"), qmail ("This message is looping: it already has my
    // Delivered-To line"), Exchange ("Hop count exceeded - possible mail loop",
    // "SMTPSEND.DNS.MxLoopback"), Sisimai reason/networkerror.rb and systemerror.rb.
    phrase!("loops back to myself", RoutingLoop, Strong),
    phrase!("loops back to me", RoutingLoop, Strong),
    phrase!("mail forwarding loop", RoutingLoop, Strong),
    phrase!("too many hops", RoutingLoop, Strong),
    phrase!("hop count exceeded", RoutingLoop, Strong),
    phrase!("suspected mail loop", RoutingLoop, Strong),
    phrase!("this message is looping", RoutingLoop, Strong),
    phrase!("routing loop", RoutingLoop, Strong),
    phrase!("mail loop", RoutingLoop, Medium),
    phrase!("loop detected", RoutingLoop, Medium),
    phrase!("message looping", RoutingLoop, Strong),
    // Stalwart (https://github.com/stalwartlabs/mail-server/blob/main/crates/smtp/src/inbound/data.rs: "450 4.4.6 Too many Received headers. Possible loop detected.").
    phrase!("too many received headers", RoutingLoop, Strong),
    // Exim ("Too many \"Received\" headers - suspected mail loop"); Lotus Notes ("Message has exceeded maximum
    // hop count", Sisimai https://github.com/sisimai/rb-sisimai/blob/9c4a18472ab13e0382c3dec7ffbea39f2e187c91/lib/sisimai/lhost/notes.rb).
    phrase!("too many \"received\" headers", RoutingLoop, Strong),
    phrase!("forwarding loop", RoutingLoop, Medium),
    // Postfix smtp client (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtp/smtp_proto.c: "host %s greeted me with my own hostname %s",
    // "host %s replied to HELO/EHLO with my own hostname %s": the MX points back at the sender).
    phrase!("with my own hostname", RoutingLoop, Strong),

    // --- suppressed ---
    // Amazon SES ("Amazon SES has suppressed sending to this address because it has a recent history
    // of bouncing as an invalid address", bounceSubType Suppressed), Mailgun ("Not delivering to
    // previously bounced address", SparkDevNetwork/Rock issue #2082), SendGrid drop reasons ("Bounced
    // Address", "Unsubscribed Address", "Spam Reporting Address"), Postmark ("marked as inactive"),
    // Postal ("Recipient added to suppression list").
    phrase!("has suppressed sending to this address", Suppressed, Strong),
    phrase!("recent history of bouncing", Suppressed, Strong),
    phrase!("previously bounced address", Suppressed, Strong),
    phrase!("marked your messages as spam", Suppressed, Strong),
    phrase!("unsubscribed address", Suppressed, Strong),
    phrase!("spam reporting address", Suppressed, Strong),
    phrase!("bounced address", Suppressed, Medium),
    phrase!("marked as inactive", Suppressed, Medium),
    phrase!("suppression list", Suppressed, Medium),
    phrase!("suppressed", Suppressed, Medium),

    // --- wording of mail programs ---
    // The same strings are client rows in clients.rs; they are here too so that the category holds
    // when a generic headline of the program ("Cannot Send Mail", "Sending of the message failed.")
    // comes first. Thunderbird composeMsgs.properties; iOS Mail (SOURCES.md §4.5).
    phrase!("does not allow relaying", RelayDenied, Strong),
    phrase!("unable to authenticate to outgoing server", AuthFailed, Strong),
    phrase!("doesn't advertise that feature", TlsFailed, Strong),
    phrase!("the server may be unavailable or is refusing smtp connections", NetworkError, Strong),
    phrase!("was lost in the middle of the transaction", NetworkError, Strong),
    phrase!("the message was rejected by the server", PolicyRejected, Medium),

    // Wording in other languages is in knowledge/phrases.tsv (the knowledge pack).

    // --- whole bounce notices (sisimai branch): keep these rows together, at the end ---
    // Wording of bounce notices, from Sisimai's sample bounces (github.com/sisimai/set-of-emails,
    // maildir/bsd; the file named in each comment).
    // Verizon Wireless MMS gateway ("Message could not be delivered to mobile. Error: No valid
    // recipients for this MM"; lhost-verizon-01).
    phrase!("no valid recipients for this mm", MailboxUnknown, Medium),
    // au/EZweb ("Your message was not delivered within 0 days and 1 hours. Remote host is not
    // responding."; lhost-ezweb-05). The row is in the
    // mined-sources block near the top (one row per pattern).
    phrase!("remote host is not responding", NetworkError, Medium),
    // Postfix access tables answering for a disabled mailbox ("Recipient address rejected: User
    // account disabled", "Disabled recipient address"; lhost-dragonfly-21, -27).
    phrase!("recipient address rejected: user account disabled", MailboxDisabled, Strong),
    phrase!("disabled recipient address", MailboxDisabled, Strong),
    // Outlook.com ("The mail could not be delivered to the recipient because the domain is not
    // reachable. Please check the domain and try again."; lhost-outlook-03, rhost-outlook-03). The row is in the
    // mined-sources block near the top (one row per pattern).
    // Gmail SPF refusal ("... has an SPF record with a hard fail policy (-all) but it fails to
    // pass SPF checks with the ip ..."; lhost-sendmail-60).
    phrase!("fails to pass spf checks", SenderAuthentication, Strong),
    // fml mailing list manager refusing a non-member sender ("You are not a member of this
    // mailing list <list@example.org>."; lhost-fml-02).
    phrase!("you are not a member of this mailing list", SenderRejected, Strong),
    // au/EZweb ("The user(s) account is disabled."; lhost-ezweb-03).
    phrase!("the user(s) account is disabled", MailboxDisabled, Strong),
    // Zoho Mail ("ERROR_CODE :421, ERROR_CODE :, Host not reachable."; lhost-zoho-05). The row is in the
    // mined-sources block near the top (one row per pattern).
    // An authentication failure report (RFC 6591 §3.1: "Feedback-Type: auth-failure", with
    // "Auth-Failure: dmarc" or dkim, spf ...): the message failed the sender's authentication, not
    // a login (arf-18, arf-20).
    phrase!("feedback-type: auth-failure", SenderAuthentication, Strong),
    // iCloud refusing the connecting client in its greeting ("<<< 554 st11p00im-smtpin013.me.com
    // ESMTP not accepting connections"; lhost-sendmail-56): the server will not talk to this
    // client (RFC 5321 §3.1, a 554 greeting).
    phrase!("esmtp not accepting connections", SenderIpBlocked, Strong),
    // Courier's Sender ID check (RFC 4407: the Purported Responsible Address of the headers):
    // "550 5.7.1 can't determine Purported Responsible Address" (lhost-courier-03). The row is in the
    // mined-sources block near the top (one row per pattern).
    // ===== BEGIN block "general causes, session 5" (providers helper s5, issue 10) =====
    // Postfix's access(5) table answering REJECT without a text: "<addr>: Recipient address
    // rejected: Access denied", a local policy refusal (MAIL_ERROR_POLICY, 5.7.1), not an unknown
    // mailbox (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_check.c,
    // check_table_result(): '*cmd_text ? cmd_text : "Access denied"').
    phrase!(code "5.7.1", "recipient address rejected: access denied", PolicyRejected, Medium),
    // ===== END block "general causes, session 5" =====
    // ===== BEGIN block "general causes, session 6" (general helper s6, issue 10) =====
    // Node.js tls.checkServerIdentity(), the error Nodemailer passes on when the server's
    // certificate names another host (https://github.com/nodejs/node/blob/v0.12.18/lib/tls.js:
    // "Hostname/IP doesn't match certificate's altnames"; later versions: "does not match").
    phrase!("match certificate's altnames", TlsFailed, Strong),
    // A DKIM check refusing unsigned mail (chatmail relay's reply as its issue quotes it,
    // https://github.com/chatmail/relay/issues/525: "554 5.7.1 No valid DKIM signature found").
    phrase!("no valid dkim signature", SenderAuthentication, Strong),
    // "Timeout" on its own, as programs print a session that stopped answering ("Smtp error:
    // Timeout(10) while trying to read from SMTP server", "421 Timeout waiting for data from
    // client"): generic, a hint beside "timed out" (RFC 5321 §4.5.3.2 names the SMTP timeouts).
    phrase!("timeout", NetworkError, Weak),
    // ===== END block "general causes, session 6" =====
    // Exim's smtp_in.c, RCPT TO in batched SMTP without a domain ("501 recipient address must
    // contain a domain", https://github.com/Exim/exim/blob/master/src/src/smtp_in.c), as msmtp
    // passes it on (https://github.com/sunweaver/nextcloud-high-performance-backend-setup/issues/61).
    phrase!("recipient address must contain a domain", MessageFormat, Strong),
    // A bare CR in the message (RFC 5322 §2.3 forbids CR and LF apart from CRLF): "552 5.2.0
    // Message contains bare CR and is violating 822.bis section 2.3" (https://github.com/marlam/msmtp/issues/145).
    phrase!("message contains bare cr", MessageFormat, Strong),
    // ===== BEGIN block "general causes, session 6, round 2" (general helper s6-general2, issue 10) =====
    // Connection failures in the words mail programs log when the peer goes away or cannot be
    // found, none of which carries a code: Haraka's outbound "Remote end <ip>:25 closed connection
    // while we were processing mail" (https://github.com/haraka/Haraka/blob/master/outbound/hmail.js),
    // Perl's Net::SMTP wrappers
    // "Can't connect to <host>" (OTRS, Kernel/System/Email/SMTP.pm) and the hostname-resolution
    // failures mail clients and hosted systems show ("Hostname cannot be resolved").
    phrase!("closed connection", NetworkError, Medium),
    phrase!("can't connect to", NetworkError, Medium),
    phrase!("cannot be resolved", NetworkError, Medium),
    // Stalwart's local delivery when looking up the recipient's account fails: "451 4.3.0 Address
    // lookup failed." (crates/email/src/message/delivery.rs, TemporaryFailure after "Failed to
    // lookup recipient."), a failure inside the receiving system (LABELS §2 Q5).
    phrase!("address lookup failed", ServerError, Medium),
    // Postfix's smtp client when the peer's certificate fails verification ("certificate
    // verification failed for <host>[<ip>]:25: untrusted issuer ...", "...: self-signed
    // certificate", https://github.com/vdukhovni/postfix/blob/master/postfix/src/tls/tls_verify.c).
    phrase!("certificate verification failed", TlsFailed, Strong),
    // qmail's relay refusal names its control file "rcpthosts" in every wording, translated ones
    // too ("553 este domínio não consta na minha lista de rcpthosts autorizados (#5.7.1)" as
    // Microsoft's Portuguese Outlook help quotes it); "relaying denied" in Portuguese is in the knowledge pack.
    phrase!("rcpthosts", RelayDenied, Strong),
    // A submission server refusing a From/sender domain the account may not use ("You are not
    // allowed to use the domain hotmail.com as a sender domain", PHPMailer/PHPMailer#304).
    phrase!("not allowed to use the domain", SenderRejected, Medium),
    // An address that does not parse is a malformed message, not an unknown mailbox: Postfix's
    // smtpd answers "501 5.1.3 Bad recipient address syntax" / "501 5.1.7 Bad sender address
    // syntax" (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c), and
    // RFC 3463 §3.2 gives X.1.3 "Bad destination mailbox address syntax". The sender's is the
    // sending program's own MAIL FROM argument that does not parse (RFC 5321 §4.2.2, 501 "Syntax
    // error in parameters or arguments"): a command the server could not parse.
    phrase!("bad recipient address syntax", MessageFormat, Strong),
    phrase!("bad sender address syntax", ProtocolSyntax, Strong),
    // More ways clients say the connection never came up: "The connection to the SMTP server
    // failed." (webmail and CMS mailers), "Cannot connect to server", and Outlook's German "Von
    // Outlook kann keine Verbindung mit dem Postausgangsserver (SMTP) hergestellt werden".
    phrase!("connection to the smtp server failed", NetworkError, Strong),
    phrase!("cannot connect to", NetworkError, Medium),
    phrase!("keine verbindung mit dem postausgangsserver", NetworkError, Strong, "de"),
    // A full store named as "storage" ("552 recipient storage full, try again later"): RFC 3463
    // §3.3 X.2.2 "Mailbox full"; 552 alone would otherwise read as a size limit.
    phrase!("storage full", MailboxFull, Strong),
    // A recipient account locked by its provider ("550 user is locked. (邮箱被锁)" from Coremail and
    // NetEase systems, "550 <addr>: User status is locked."): the mailbox is disabled.
    phrase!("user is locked", MailboxDisabled, Strong),
    phrase!("user status is locked", MailboxDisabled, Strong),
    // Google Workspace's inbound gateway setting that accepts mail only from listed IPs ("421,
    // 4.7.0, IP not in whitelist for RCPT domain, closing connection", Google's SMTP error
    // reference, https://support.google.com/a/answer/3726730).
    phrase!("ip not in whitelist", SenderIpBlocked, Strong),
    // A per-recipient receive-rate limit ("452 4.1.1 <addr> too many recent messages; Try again later").
    phrase!("too many recent messages", RateLimited, Strong),
    // The next hop lacks an extension the message needs: SMTPUTF8 (RFC 6531 §3.2: "local-part of
    // envelope contains utf8 but remote server did not offer SMTPUTF8", as Gmail words it) or
    // REQUIRETLS (RFC 8689 §4.2: "Server does not support REQUIRETLS extension").
    phrase!("did not offer smtputf8", NotImplemented, Strong),
    phrase!("does not support requiretls", NotImplemented, Strong),
    // Coremail's refusal to relay for an unauthenticated client ("550 Local user only or
    // Authentication mechanism"; its help lists "Requested action not taken: Local user only",
    // https://www.icoremail.vip/support/).
    phrase!("local user only or authentication mechanism", AuthRequired, Strong),
    // Session and DoS limits: "500 The number of sessions exceeds the maximum", Google's SMTP
    // relay "421, 4.7.0, Try again later, closing connection. This usually indicates a Denial of
    // Service (DoS) for the SMTP relay at the HELO stage" (https://support.google.com/a/answer/3726730).
    phrase!("number of sessions exceeds", RateLimited, Strong),
    phrase!("indicates a denial of service", RateLimited, Strong),
    // The receiving system's own faults: Exchange Online's "451 4.4.0 Message failed to be
    // replicated: No healthy secondary server available", and "452 4.3.1 Temporary System Error".
    phrase!("failed to be replicated", ServerError, Strong),
    phrase!("temporary system error", ServerError, Strong),
    // Unknown recipients in more programs' words: Exim's router ('unknown local-part "bob" in
    // domain "example.com"', https://github.com/Exim/exim/blob/master/src/src/routers/redirect.c),
    // Exchange Online's NDR ("bob wasn't found at example.com."), "557 Email address - bob@... -
    // is not available here", "User not a member of domain", "540 Error: Wrong recipients"
    // (Amazon SES's wrapper "Unknown address error" is no reason of its own).
    phrase!("unknown local-part", MailboxUnknown, Strong),
    phrase!("wasn't found at", MailboxUnknown, Strong),
    phrase!("is not available here", MailboxUnknown, Medium),
    phrase!("not a member of domain", MailboxUnknown, Strong),
    phrase!("wrong recipients", MailboxUnknown, Medium),
    // A recipient's own refusal ("553 User refused to receive this mail.").
    phrase!("refused to receive this mail", PolicyRejected, Strong),
    // Single wordings of mail programs seen in bounces, each naming its cause plainly:
    // a full store ("ErrMsg=Mailbox space not enough (space limit is 10240KB)"), an inactive
    // account ("550 5.1.1 <bob@...> inactive recipient rejected", chello/UPC), a local path that
    // does not exist ("450 user path no exist"), Sendmail's loop check ("554 5.0.0 MX list for
    // example.com points back to mx.example.net", https://github.com/Sendmail/sendmail/blob/master/sendmail/domain.c),
    // a refused login ("553 AUTH FAILED"), a body that does not parse ("554 5.5.2 Invalid data in
    // message", "MIME/REJECT: Invalid structure"), a second greeting (MailKit: "You already said
    // HELO"), a virus scanner's verdict ("554 5.7.1 Infected: PUA.Pdf.Trojan..."), Exchange's
    // "client does not have permission to send as this sender", an unaligned DMARC identity
    // ("4.7.32 ... there is no DMARC alignment"), and policy refusals named as such ("Policy
    // rejection on the target address", "Mailbox delivery restricted by policy").
    phrase!("space not enough", MailboxFull, Strong),
    phrase!("inactive recipient", MailboxDisabled, Strong),
    phrase!("path no exist", MailboxUnknown, Strong),
    phrase!("points back to", ReceiverMisconfigured, Strong),
    phrase!("auth failed", AuthFailed, Medium),
    phrase!("invalid data in message", MessageFormat, Strong),
    phrase!("invalid structure", MessageFormat, Medium),
    phrase!("already said helo", ProtocolSequence, Strong),
    phrase!("infected:", VirusDetected, Strong),
    phrase!("permission to send as this sender", SenderRejected, Strong),
    phrase!("no dmarc alignment", SenderAuthentication, Strong),
    phrase!("policy rejection on", PolicyRejected, Strong),
    phrase!("restricted by policy", PolicyRejected, Strong),
    // Content filters' verdicts ("550 Content reject. FAAAANsG60M9BmDT.1" from NetEase, "SpamTrap=reject
    // mode ... Message blocked by ... SpamTrap Technology", "550 The mail may contain inappropriate
    // words or content."), refused envelope senders ("550 Verify mailfrom failed,blocked", Exim's
    // test suite "550 unacceptable mail-from", Roundcube quoting "Your FROM address ... must match
    // your authenticated email user"), and a per-IP sending limit worded "You sent to many mails
    // from different domains in the last 10 minutes".
    phrase!("content reject", SpamContent, Medium),
    phrase!("spamtrap", SpamContent, Medium),
    phrase!("inappropriate words", SpamContent, Strong),
    phrase!("verify mailfrom failed", SenderRejected, Strong),
    phrase!("unacceptable mail-from", SenderRejected, Strong),
    phrase!("must match your authenticated", SenderRejected, Strong),
    phrase!("sent to many mails", RateLimited, Strong),
    // ===== END block "general causes, session 6, round 2" =====
    // ===== BEGIN block "general causes, session 6, round 3" (general helper s6-general3, issue 10) =====
    // 552 beside a store that is full: RFC 5321 §4.2.2 gives 552 "Requested mail action aborted:
    // exceeded storage allocation", which Sisimai reads as a full mailbox
    // (https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/reason/mailboxfull.rb); mail
    // systems shorten it ("552 Requested mail action aborted: storage allocation") or name the
    // box ("552 <addr> is full"), as the bounce tables of Chinese mail hosts quote them
    // (https://juduo.cc/club/3824545.html). Only with 552, since "is full" alone also names disks
    // and queues.
    phrase!(code "552", "storage allocation", MailboxFull, Medium),
    phrase!(code "552", "is full", MailboxFull, Medium),
    // A daily sending allowance used up: hosting SMTP services ("Errore: MAX RCPT TO DAILY
    // LIMIT", https://netfabric.freshdesk.com/support/solutions/articles/6000236440-problemi-invio-posta-italiano-),
    // Gmail's "Daily user sending limit exceeded" (https://support.google.com/a/answer/3726730).
    phrase!("daily limit", RateLimited, Medium),
    phrase!("daily user sending limit", RateLimited, Strong),
    // Too many RCPT commands for one message, in the words of Alibaba Cloud DirectMail's code
    // table ("556 The number of RCPTs is over size"; RFC 5321 §4.5.3.1.8 sets the recipients buffer).
    phrase!("number of rcpts", TooManyRecipients, Strong),
    // The host to connect to cannot be reached, word order reversed ("427 Socks Connect to
    // UNREACHABLE host", the same table); "host unreachable" is read above.
    phrase!("unreachable host", NetworkError, Medium),
    // A refused sender domain in Sendmail's access-map wording as Coremail's bounce help quotes it
    // ("550 5.0.0 ... Mail originating from that domain is not welcome here",
    // https://638010.9e2tpqybs.asia/coremail/help/rejectmail_zh_CN.jsp).
    phrase!("from that domain is not welcome", SenderRejected, Strong),
    // Exchange's refusal of a command before the greeting ("503 5.5.2 Send hello first"): a
    // command out of order (RFC 5321 §4.1.4), though its enhanced code says syntax.
    phrase!("send hello first", ProtocolSequence, Strong),
    // A sending service's own list of addresses it will not send to: Amazon SES called its
    // suppression list a blacklist and answered "554 Message rejected: Address blacklisted."
    // (https://aws.amazon.com/blogs/ses/goodbye-blacklist-introducing-the-suppression-list/).
    phrase!("message rejected: address blacklisted", Suppressed, Strong),
    // A recipient that takes no attachments or embedded images (AOL's notice "... could not be
    // delivered because they are not accepting mail with attachments or embedded images").
    phrase!("not accepting mail with attachments", AttachmentBlocked, Strong),
    // ===== END block "general causes, session 6, round 3" =====
];
packed!(
    /// Phrases that point at a category.
    pub static PHRASES: PhraseRule { pattern } = PHRASES_ROWS
);

/// Every phrase row: [`PHRASES`], then the knowledge pack's (`knowledge/phrases.tsv`: wording
/// in other languages), once it is loaded.
pub fn phrase_rules() -> impl Iterator<Item = &'static PhraseRule> {
    PHRASES.iter().chain(super::knowledge::phrases())
}

/// The `i`th row of [`phrase_rules`].
pub fn phrase(i: usize) -> &'static PhraseRule {
    PHRASES.get(i).unwrap_or_else(|| &super::knowledge::phrases()[i - PHRASES.len()])
}

/// The number of rows of [`phrase_rules`].
pub fn phrase_count() -> usize {
    PHRASES.len() + super::knowledge::phrases().len()
}

/// Wording that says which command the reply answered.
///
/// Sources: Postfix `src/smtp/smtp_proto.c` (`xfer_request[]`: "(in reply to %s)"; `xfer_states[]`
/// and the HELO/STARTTLS code: "while %s" after "lost connection with" / "timed out";
/// "refused to talk to me" for a refused greeting or EHLO), Postfix smtpd logs ("NOQUEUE: reject:
/// RCPT from ..."), Exim `transports/smtp.c` ("SMTP error from remote mail server after RCPT
/// TO:<...>", "after MAIL FROM", "after end of data", "after initial connection", quoted in Sisimai
/// lhost/exim.rb and SOURCES.md §4.6), qmail-remote.c (quoted in Sisimai lhost/qmail.rb), Sendmail
/// transcripts (">>> RCPT To:<...>"), Nodemailer `lib/smtp-connection/index.js` ("Recipient command
/// failed", "Mail command failed", "Data command failed", "Greeting never received"), PHPMailer
/// `src/SMTP.php` ("SMTP ERROR: RCPT TO command failed", "Password command failed", "DATA END
/// command failed"), delay notices of Postfix, Exim, Sendmail, Exchange and Gmail.
#[rustfmt::skip]
const STAGE_PHRASES_ROWS: &[StagePhrase] = &[
    // Postfix client.
    StagePhrase { pattern: "in reply to rcpt to command", stage: Stage::RcptTo },
    // Postfix smtpd's recipient restrictions (src/smtpd/smtpd_check.c, "Recipient address
    // rejected"): only ever in reply to RCPT TO.
    StagePhrase { pattern: "recipient address rejected", stage: Stage::RcptTo },
    StagePhrase { pattern: "in reply to mail from command", stage: Stage::MailFrom },
    StagePhrase { pattern: "in reply to end of data command", stage: Stage::EndOfData },
    StagePhrase { pattern: "in reply to data command", stage: Stage::Data },
    StagePhrase { pattern: "refused to talk to me", stage: Stage::Greeting },
    StagePhrase { pattern: "while receiving the initial server greeting", stage: Stage::Greeting },
    StagePhrase { pattern: "while performing the ehlo handshake", stage: Stage::Helo },
    StagePhrase { pattern: "while performing the helo handshake", stage: Stage::Helo },
    StagePhrase { pattern: "while performing the lhlo handshake", stage: Stage::Helo },
    StagePhrase { pattern: "while receiving the starttls response", stage: Stage::Starttls },
    StagePhrase { pattern: "while sending mail from", stage: Stage::MailFrom },
    StagePhrase { pattern: "while sending rcpt to", stage: Stage::RcptTo },
    StagePhrase { pattern: "while sending data command", stage: Stage::Data },
    StagePhrase { pattern: "while sending end of data", stage: Stage::EndOfData },
    StagePhrase { pattern: "refused to start tls", stage: Stage::Starttls },
    StagePhrase { pattern: "cannot start tls", stage: Stage::Starttls },
    StagePhrase { pattern: "sasl authentication failed", stage: Stage::Auth },
    // Replies that only an AUTH command gets: Postfix smtpd SASL ("535 5.7.8 Error: authentication
    // failed"), Exim ("535 Incorrect authentication data"), Exchange Online ("535 5.7.3
    // Authentication unsuccessful"), Gmail ("535-5.7.8 Username and Password not accepted",
    // "534-5.7.9 Application-specific password required", "534-5.7.14 Please log in via your web
    // browser"), RFC 4954 §6 ("535 5.7.8 Authentication credentials invalid").
    StagePhrase { pattern: "error: authentication failed", stage: Stage::Auth },
    StagePhrase { pattern: "incorrect authentication data", stage: Stage::Auth },
    StagePhrase { pattern: "authentication unsuccessful", stage: Stage::Auth },
    StagePhrase { pattern: "username and password not accepted", stage: Stage::Auth },
    StagePhrase { pattern: "application-specific password required", stage: Stage::Auth },
    StagePhrase { pattern: "please log in via your web browser", stage: Stage::Auth },
    StagePhrase { pattern: "authentication credentials invalid", stage: Stage::Auth },
    // Postfix smtpd_sasl_glue.c ("501 5.7.0 Authentication aborted").
    StagePhrase { pattern: "authentication aborted", stage: Stage::Auth },
    // Symfony Mailer / Swift Mailer name the reply they waited for ('Expected response code "235"', "Expected
    // response code 354"): 235 only answers AUTH, 354 only DATA, 220 the greeting (SmtpTransport.php,
    // EsmtpTransport.php, AbstractSmtpTransport.php).
    StagePhrase { pattern: "expected response code 235", stage: Stage::Auth },
    StagePhrase { pattern: "expected response code \"235\"", stage: Stage::Auth },
    StagePhrase { pattern: "expected response code 354", stage: Stage::Data },
    StagePhrase { pattern: "expected response code \"354\"", stage: Stage::Data },
    StagePhrase { pattern: "expected response code 220", stage: Stage::Greeting },
    StagePhrase { pattern: "expected response code \"220\"", stage: Stage::Greeting },
    // Postfix server (smtpd) log lines.
    StagePhrase { pattern: "reject: connect from", stage: Stage::Greeting },
    StagePhrase { pattern: "reject: ehlo from", stage: Stage::Helo },
    StagePhrase { pattern: "reject: helo from", stage: Stage::Helo },
    StagePhrase { pattern: "reject: mail from", stage: Stage::MailFrom },
    StagePhrase { pattern: "reject: rcpt from", stage: Stage::RcptTo },
    StagePhrase { pattern: "reject: data from", stage: Stage::Data },
    StagePhrase { pattern: "reject: end-of-message from", stage: Stage::EndOfData },
    // Sendmail's reject log lines name the ruleset that refused (cf/m4/proto.m4: check_mail runs on MAIL
    // FROM, check_rcpt on RCPT TO; "ruleset=check_mail, arg1=<a@b>, relay=..., reject=553 ...").
    StagePhrase { pattern: "ruleset=check_mail", stage: Stage::MailFrom },
    StagePhrase { pattern: "ruleset=check_rcpt", stage: Stage::RcptTo },
    // Exim.
    StagePhrase { pattern: "after rcpt to", stage: Stage::RcptTo },
    StagePhrase { pattern: "after mail from", stage: Stage::MailFrom },
    StagePhrase { pattern: "after end of data", stage: Stage::EndOfData },
    StagePhrase { pattern: "after pipelined rcpt to", stage: Stage::RcptTo },
    StagePhrase { pattern: "after pipelined mail from", stage: Stage::MailFrom },
    StagePhrase { pattern: "mail server after data", stage: Stage::Data },
    StagePhrase { pattern: "after initial connection", stage: Stage::Greeting },
    StagePhrase { pattern: "after ehlo", stage: Stage::Helo },
    StagePhrase { pattern: "after helo", stage: Stage::Helo },
    StagePhrase { pattern: "after starttls", stage: Stage::Starttls },
    StagePhrase { pattern: "after auth", stage: Stage::Auth },
    StagePhrase { pattern: "rejected rcpt", stage: Stage::RcptTo },
    StagePhrase { pattern: "rejected after data", stage: Stage::EndOfData },
    StagePhrase { pattern: "rejected ehlo", stage: Stage::Helo },
    StagePhrase { pattern: "rejected helo", stage: Stage::Helo },
    // qmail-remote.c.
    StagePhrase { pattern: "but greeting failed", stage: Stage::Greeting },
    StagePhrase { pattern: "but my name was rejected", stage: Stage::Helo },
    StagePhrase { pattern: "but sender was rejected", stage: Stage::MailFrom },
    StagePhrase { pattern: "does not like recipient", stage: Stage::RcptTo },
    StagePhrase { pattern: "failed on data command", stage: Stage::Data },
    StagePhrase { pattern: "failed after i sent the message", stage: Stage::EndOfData },
    // qmail-ldap ("Sorry, no SMTP connection got far enough; most progress was RCPT TO response",
    // Sisimai lhost/qmail.rb ReCommands, sample email-qmail-01).
    StagePhrase { pattern: "most progress was rcpt to", stage: Stage::RcptTo },
    // OpenSMTPD smtp-in log ("Failed command on session ...: \"RCPT TO:<...>\" => 451 ...",
    // OpenSMTPD issue #546).
    StagePhrase { pattern: "\"rcpt to:", stage: Stage::RcptTo },
    StagePhrase { pattern: "\"mail from:", stage: Stage::MailFrom },
    // Sendmail and Courier transcripts.
    StagePhrase { pattern: ">>> rcpt to", stage: Stage::RcptTo },
    StagePhrase { pattern: ">>> mail from", stage: Stage::MailFrom },
    StagePhrase { pattern: ">>> data", stage: Stage::Data },
    // Nodemailer.
    StagePhrase { pattern: "recipient command failed", stage: Stage::RcptTo },
    StagePhrase { pattern: "mail command failed", stage: Stage::MailFrom },
    StagePhrase { pattern: "data command failed", stage: Stage::Data },
    StagePhrase { pattern: "greeting never received", stage: Stage::Greeting },
    StagePhrase { pattern: "invalid greeting", stage: Stage::Greeting },
    StagePhrase { pattern: "error initiating tls", stage: Stage::Starttls },
    StagePhrase { pattern: "invalid login", stage: Stage::Auth },
    StagePhrase { pattern: "error: message failed", stage: Stage::EndOfData },
    // PHPMailer (SMTP::sendCommand "<command> command failed").
    StagePhrase { pattern: "rcpt to command failed", stage: Stage::RcptTo },
    StagePhrase { pattern: "mail from command failed", stage: Stage::MailFrom },
    StagePhrase { pattern: "data end command failed", stage: Stage::EndOfData },
    StagePhrase { pattern: "password command failed", stage: Stage::Auth },
    StagePhrase { pattern: "username command failed", stage: Stage::Auth },
    StagePhrase { pattern: "auth command failed", stage: Stage::Auth },
    StagePhrase { pattern: "starttls command failed", stage: Stage::Starttls },
    StagePhrase { pattern: "ehlo command failed", stage: Stage::Helo },
    StagePhrase { pattern: "helo command failed", stage: Stage::Helo },
    StagePhrase { pattern: "failed to connect to server", stage: Stage::Connection },
    // Thunderbird (composeMsgs.properties: errorSendingRcptCommand, errorSendingFromCommand,
    // smtpAuthFailure, startTlsFailed, smtpSendRequestRefused), iOS Mail (SOURCES.md §4.5),
    // Roundcube ("SMTP Error (550): Failed to add recipient ...", dirtsimple/poste.io issue #26).
    StagePhrase { pattern: "please check the message recipient", stage: Stage::RcptTo },
    StagePhrase { pattern: "please verify that your email address is correct in your account settings", stage: Stage::MailFrom },
    StagePhrase { pattern: "unable to authenticate to outgoing server", stage: Stage::Auth },
    StagePhrase { pattern: "doesn't advertise that feature", stage: Stage::Starttls },
    StagePhrase { pattern: "connecting to outgoing server (smtp)", stage: Stage::Connection },
    StagePhrase { pattern: "does not allow relaying", stage: Stage::RcptTo },
    StagePhrase { pattern: "the sender address was rejected by the server", stage: Stage::MailFrom },
    StagePhrase { pattern: "failed to add recipient", stage: Stage::RcptTo },
    // Connection failures as MTAs log them (Postfix "connect to host[ip]:25: ...").
    StagePhrase { pattern: "connection refused", stage: Stage::Connection },
    StagePhrase { pattern: "cannot assign requested address", stage: Stage::Connection },
    // OpenSMTPD debug output names its session states ("MTA_INIT -> MTA_BANNER").
    StagePhrase { pattern: "mta_init -> mta_banner", stage: Stage::Greeting },
    StagePhrase { pattern: "connection timed out", stage: Stage::Connection },
    StagePhrase { pattern: "no route to host", stage: Stage::Connection },
    StagePhrase { pattern: "network is unreachable", stage: Stage::Connection },
    // Delay notices: Postfix ("THIS IS A WARNING ONLY"), Exim ("No action is required on your part.
    // Delivery attempts will continue", "Delay reason:"), Sendmail ("Warning: could not send message
    // for past 4 hours", "Will keep trying until message is 5 days old"), Exchange ("Delivery is
    // delayed to these recipients or groups"), Gmail ("Gmail will retry for N more hours").
    StagePhrase { pattern: "this is a warning only", stage: Stage::Delayed },
    StagePhrase { pattern: "delivery attempts will continue", stage: Stage::Delayed },
    StagePhrase { pattern: "delay reason", stage: Stage::Delayed },
    StagePhrase { pattern: "could not send message for past", stage: Stage::Delayed },
    StagePhrase { pattern: "will keep trying until message is", stage: Stage::Delayed },
    StagePhrase { pattern: "delivery is delayed to these recipients", stage: Stage::Delayed },
    StagePhrase { pattern: "gmail will retry for", stage: Stage::Delayed },
    // --- whole bounce notices (sisimai branch) ---
    // Commands named by the notices of mail systems, as in Sisimai's sample bounces
    // (github.com/sisimai/set-of-emails maildir/bsd): GMX/1&1 ("SMTP error from remote server
    // after RCPT command:", lhost-gmx-03), Yahoo ("Remote host said: 550 ... [RCPT_TO]",
    // lhost-yahoo-05), Oracle Communications Messaging Server ("Reason: Remote SMTP server has
    // rejected address", lhost-messagingserver-09; its reply to RCPT TO).
    StagePhrase { pattern: "after rcpt command", stage: Stage::RcptTo },
    StagePhrase { pattern: "after mail command", stage: Stage::MailFrom },
    StagePhrase { pattern: "after data command", stage: Stage::Data },
    StagePhrase { pattern: "[rcpt_to]", stage: Stage::RcptTo },
    StagePhrase { pattern: "[mail_from]", stage: Stage::MailFrom },
    StagePhrase { pattern: "server has rejected address", stage: Stage::RcptTo },
    // X3's notices name the command before the host that answered ("SMTP:RCPT host 192.0.2.8: 553
    // 5.3.0 ... No such user here", lhost-x3-01 and -03).
    StagePhrase { pattern: "smtp:rcpt host", stage: Stage::RcptTo },
    // DragonFly Mail Agent ("mx.example.net [192.0.2.25] did not like our RCPT TO:", "... did not
    // like our final DATA:"; lhost-dragonfly-*).
    StagePhrase { pattern: "did not like our rcpt to", stage: Stage::RcptTo },
    StagePhrase { pattern: "did not like our mail from", stage: Stage::MailFrom },
    StagePhrase { pattern: "did not like our final data", stage: Stage::EndOfData },
    // Gmail delay notices ("Delivery to the following recipient has been delayed:", "Message will
    // be retried for 2 more day(s)"; lhost-gmail-08, -17).
    StagePhrase { pattern: "recipient has been delayed", stage: Stage::Delayed },
    StagePhrase { pattern: "message will be retried for", stage: Stage::Delayed },
    // Gmail ("The recipient server did not accept our requests to connect."; lhost-gmail-10).
    StagePhrase { pattern: "did not accept our requests to connect", stage: Stage::Connection },
    // Zoho Mail ("Host not reachable."; lhost-zoho-05), EZweb ("Remote host is not responding.";
    // lhost-ezweb-05).
    StagePhrase { pattern: "host not reachable", stage: Stage::Connection },
    StagePhrase { pattern: "remote host is not responding", stage: Stage::Connection },
];
packed!(
    /// Phrases that tell the SMTP stage.
    pub static STAGE_PHRASES: StagePhrase { pattern } = STAGE_PHRASES_ROWS
);

/// Reply texts that give no reason at all: when the whole text is one of these (ignoring
/// case, punctuation and provider tags), the explanation says the server did not say why.
///
/// Sources: the reply texts of RFC 5321 §4.2.3 (421, 450, 451, 550, 552, 554 and the 554
/// greeting of §3.1), .NET `System.Net.Mail` resource strings (`SmtpLocalErrorInProcessing`,
/// `SmtpMailboxUnavailable`, `SmtpTransactionFailed`), and bare refusals seen in the SMTP Field
/// Manual data (Barracuda "550 Blocked", Yahoo "Requested mail action aborted") and Zone-MTA's
/// bounces.txt. Texts that name a cause (storage, syntax, size, TLS ...) are left out.
const NO_REASON_TEXTS_ROWS: &[&str] = &[
    "service not available, closing transmission channel",
    "service not available",
    "service unavailable",
    "requested mail action not taken: mailbox unavailable",
    "requested mail action not taken",
    "requested action not taken: mailbox unavailable",
    "requested action not taken",
    "requested action aborted: local error in processing",
    "requested action aborted",
    "requested mail action aborted",
    "requested mail action aborted: exceeded storage allocation",
    "local error in processing",
    "error in processing",
    "mailbox unavailable",
    "transaction failed",
    "no smtp service here",
    "command rejected",
    "rejected",
    "access denied",
    "denied",
    "refused",
    "blocked",
    "message rejected",
    "message refused",
    "message blocked",
    "mail rejected",
    "not accepted",
    "message not accepted",
    "not allowed",
    "recipient rejected",
    "recipient address rejected",
    "address rejected",
    "rcpt rejected",
    "delivery failed",
    "delivery error",
    "permanent failure",
    "permanent error",
    "temporary failure",
    "temporary error",
    "try again later",
    "please try again later",
    "temporary failure, please try again later",
    "unknown error",
    "error",
    "failed",
];
packed!(
    /// Reply texts that give no reason at all.
    pub static NO_REASON_TEXTS: [&str] = NO_REASON_TEXTS_ROWS
);
