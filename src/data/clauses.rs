//! What a refusal names as its object. Servers word the same refusal in endless ways ("Client
//! host rejected", "Rejected because bad IP", "IP not in whitelist", "Sender address denied"),
//! but the clause almost always names the thing refused beside a refusal word. When a reply
//! does that and no clearer wording decides, the object tells the category.
//!
//! Sources: the clause forms of Postfix `smtpd_check.c` ("Client host rejected: …", "Sender
//! address rejected: …", https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd_check.c#L1270),
//! Exim's ACL `message =` texts and RFC 5321 §4.2.2 (550 "mailbox unavailable (e.g., … command
//! rejected for policy reasons)"): the refused thing is a noun phrase next to the verb.
//!
//! Objects and words are lowercase ASCII words separated by one space.

use crate::taxonomy::Category as C;

/// The thing refused, and the category its refusal means. Longer objects come first: "sender
/// ip" is the address the mail came from, not the sender.
pub static REFUSED_OBJECTS: &[(&str, C)] = &[
    ("sender ip address", C::SenderIpBlocked),
    ("sender ip", C::SenderIpBlocked),
    ("client host", C::SenderIpBlocked),
    ("client ip", C::SenderIpBlocked),
    ("client address", C::SenderIpBlocked),
    ("connecting ip", C::SenderIpBlocked),
    ("connecting host", C::SenderIpBlocked),
    ("sending ip", C::SenderIpBlocked),
    ("source ip", C::SenderIpBlocked),
    ("ip address", C::SenderIpBlocked),
    ("ip addresses", C::SenderIpBlocked),
    ("your host", C::SenderIpBlocked),
    // Gordano GMS's ban of a connecting address: "550 Your server has been banned from this
    // server" (https://www.gordano.com/knowledge-base/what-is-alert-8002/).
    ("your mail server", C::SenderIpBlocked),
    ("your server", C::SenderIpBlocked),
    ("your network", C::SenderIpBlocked),
    ("ip", C::SenderIpBlocked),
    ("ips", C::SenderIpBlocked),
    ("sender address", C::SenderRejected),
    ("sender domain", C::SenderRejected),
    ("sending domain", C::SenderRejected),
    ("from address", C::SenderRejected),
    ("envelope sender", C::SenderRejected),
    ("return path", C::SenderRejected),
    ("sender", C::SenderRejected),
    ("attachment", C::AttachmentBlocked),
    ("attachments", C::AttachmentBlocked),
    ("file type", C::AttachmentBlocked),
    ("relaying", C::RelayDenied),
    ("relay", C::RelayDenied),
];

/// Words of refusal (single words, or a few in a row).
pub static REFUSAL_WORDS: &[&str] = &[
    "reject",
    "rejected",
    "rejecting",
    "refused",
    "refuse",
    "denied",
    "deny",
    "blocked",
    "banned",
    "blacklisted",
    "blocklisted",
    "forbidden",
    "prohibited",
    "disallowed",
    "unacceptable",
    "not allowed",
    "not permitted",
    "not accepted",
    "not authorized",
    "not authorised",
    "not welcome",
    // RFC 5321 §4.2.3 names "no access" among the readings of 550; sendmail-era access
    // tables answer "550 Sorry, no access for this ip" (quoted in University of Maryland's
    // bounce guide, http://helpdesk.umd.edu/documents/3/3025/).
    "no access",
    "not in whitelist",
    "not whitelisted",
    "bad",
    "don t like",
];

/// How many words may stand between the object and the refusal word.
pub const CLAUSE_WINDOW: usize = 4;

/// Only the start of a reply is read for its clause: the cause comes first.
pub const CLAUSE_WORDS: usize = 48;

/// What a notice says does not exist, and the category that means ("The domain example.org
/// couldn't be found", "Address resolution of example.org failed: Domain name not found", "the
/// email address you entered couldn't be found"). Read like [`REFUSED_OBJECTS`], only when no
/// clearer wording decides. Longer objects come first.
pub static MISSING_OBJECTS: &[(&str, C)] = &[
    ("domain name", C::DomainUnknown),
    ("mail domain", C::DomainUnknown),
    ("recipient domain", C::DomainUnknown),
    ("domain", C::DomainUnknown),
    ("email address", C::MailboxUnknown),
    ("e mail address", C::MailboxUnknown),
    ("recipient address", C::MailboxUnknown),
    ("mailbox", C::MailboxUnknown),
    ("recipient", C::MailboxUnknown),
    ("user", C::MailboxUnknown),
    ("account", C::MailboxUnknown),
    // The same nouns in the languages notices and hosts' translations use (ASCII words only: the
    // clause reader splits at other letters). French (Exchange's "L'adresse de messagerie que vous
    // avez entrée est introuvable", https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-exchange2007-06.eml),
    // Spanish and Italian (Gmail's "La dirección de correo electrónico del destinatario no existe",
    // https://support.google.com/mail/answer/6596?hl=es-419; "Indirizzo inesistente", cfortune/PHP-Bounce-Handler
    // bounce_responses.php), German ("Das E-Mail-Konto, das Sie kontaktieren möchten, ist nicht vorhanden",
    // https://support.google.com/mail/bin/answer.py?hl=de&answer=82454), Dutch.
    ("adresse de messagerie", C::MailboxUnknown),
    ("nom de domaine", C::DomainUnknown),
    ("domaine", C::DomainUnknown),
    ("dominio", C::DomainUnknown),
    ("domein", C::DomainUnknown),
    ("domínio", C::DomainUnknown),
    ("domäne", C::DomainUnknown),
    ("adresse", C::MailboxUnknown),
    ("dirección", C::MailboxUnknown),
    ("endereço", C::MailboxUnknown),
    ("destinatário", C::MailboxUnknown),
    ("empfänger", C::MailboxUnknown),
    ("destinataire", C::MailboxUnknown),
    ("utilisateur", C::MailboxUnknown),
    ("destinatario", C::MailboxUnknown),
    ("indirizzo", C::MailboxUnknown),
    ("usuario", C::MailboxUnknown),
    ("utente", C::MailboxUnknown),
    ("cuenta", C::MailboxUnknown),
    ("konto", C::MailboxUnknown),
    ("postfach", C::MailboxUnknown),
    ("benutzer", C::MailboxUnknown),
    ("adres", C::MailboxUnknown),
    ("ontvanger", C::MailboxUnknown),
];

/// Words that say a thing does not exist (RFC 5321 §4.2.3 550 "mailbox unavailable (e.g.,
/// mailbox not found)"; the wording of notices: "doesn't exist", "couldn't be found").
pub static MISSING_WORDS: &[&str] = &[
    "does not exist",
    "doesn t exist",
    "did not exist",
    "not exist",
    "no longer exists",
    "not found",
    "was not found",
    "wasn t found",
    "couldn t be found",
    "could not be found",
    "cannot be found",
    "can t be found",
    "nonexistent",
    "non existent",
    // "No such" before the noun: Exim/cPanel "No Such User Here", "550 5.1.1 No such mailbox",
    // Sisimai's user-unknown patterns ("no such mailbox", "no such recipient", "no such user",
    // https://github.com/sisimai/rb-sisimai/blob/master/lib/sisimai/reason/userunknown.rb), and
    // other servers' "There is no such active account" (Cisco AsyncOS bounce-log example).
    "no such",
    // French "n'existe pas", "est introuvable", "inexistant(e)"; Spanish "no existe", "no se ha
    // encontrado", "no encontrado(a)"; Portuguese "não existe", "não (foi) encontrado(a)"; Italian
    // "non esiste", "inesistente", "non trovato(a)", "non è stato trovato"; German "existiert
    // nicht", "ist nicht vorhanden", "nicht gefunden"; Dutch "bestaat niet", "niet gevonden" (the
    // sources of the nouns above).
    "n existe pas",
    "existe pas",
    "est introuvable",
    "introuvable",
    "inexistant",
    "inexistante",
    "no existe",
    "no se ha encontrado",
    "não existe",
    "não foi encontrado",
    "não foi encontrada",
    "não encontrado",
    "não encontrada",
    "no encontrado",
    "no encontrada",
    "inexistente",
    "non esiste",
    "non trovato",
    "non trovata",
    "non è stato trovato",
    "non è stata trovata",
    "inesistente",
    "existiert nicht",
    "nicht vorhanden",
    "nicht gefunden",
    "bestaat niet",
    "niet gevonden",
];

/// The same reading for writing without spaces (Chinese, Japanese, Korean): a word of
/// [`CJK_MISSING_WORDS`] with an object of [`CJK_MISSING_OBJECTS`] ending at most
/// [`CJK_WINDOW`] characters before it ("收件人地址不存在", "该用户不存在", "對方用戶不存在",
/// "宛先のアドレスは存在しません", "수신자 주소가 존재하지 않습니다"). The wordings are those the
/// phrase rows quote from Tencent's, gromox's, tnet's and the other hosts' notices (see
/// knowledge/phrases.tsv); the reading covers their variants ("收件人地址" beside "收件人邮件地址").
pub const CJK_WINDOW: usize = 6;

/// What a CJK notice says does not exist. Longer objects come first.
pub static CJK_MISSING_OBJECTS: &[(&str, C)] = &[
    ("域名", C::DomainUnknown),
    ("網域", C::DomainUnknown),
    ("ドメイン", C::DomainUnknown),
    ("도메인", C::DomainUnknown),
    ("收件人", C::MailboxUnknown),
    ("收件者", C::MailboxUnknown),
    ("地址", C::MailboxUnknown),
    ("位址", C::MailboxUnknown),
    ("邮箱", C::MailboxUnknown),
    ("郵箱", C::MailboxUnknown),
    ("信箱", C::MailboxUnknown),
    ("用户", C::MailboxUnknown),
    ("用戶", C::MailboxUnknown),
    ("账号", C::MailboxUnknown),
    ("帳號", C::MailboxUnknown),
    ("账户", C::MailboxUnknown),
    ("帳戶", C::MailboxUnknown),
    ("アドレス", C::MailboxUnknown),
    ("宛先", C::MailboxUnknown),
    ("ユーザ", C::MailboxUnknown),
    ("アカウント", C::MailboxUnknown),
    ("주소", C::MailboxUnknown),
    ("수신자", C::MailboxUnknown),
    ("사용자", C::MailboxUnknown),
    ("계정", C::MailboxUnknown),
];

/// Words that say a thing does not exist, in Chinese, Japanese and Korean.
pub static CJK_MISSING_WORDS: &[&str] = &["不存在", "存在しません", "存在しない", "見つかりません", "みつかりません", "존재하지 않", "없는 주소", "찾을 수 없"];

