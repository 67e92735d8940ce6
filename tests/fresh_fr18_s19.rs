//! Round fr18 (session 19): what people paste from non-English pages when their mail fails —
//! Chinese, Russian, Czech, German, Dutch, Japanese, Turkish, Italian and French help pages,
//! blogs and issue threads (tests/corpus/dev-fr18-s19.jsonl). Each text is quoted from the page
//! named beside it; the expected values are read from that page and tests/corpus/LABELS.md,
//! never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// qmail-remote's texts for a connection that failed or broke before any reply: failed for now
/// (LABELS.md §2 Q1, §3), and qmail's own words name it.
#[test]
fn qmail_remotes_connection_texts_are_temporary_network_errors() {
    // Quoted on sumari.jp (Japanese list of English error mails); qmail-remote.c temp_noconn()
    // and dropped() (https://github.com/notqmail/notqmail/blob/master/qmail-remote.c).
    for text in ["Sorry, I wasn’t able to establish an SMTP connection", "Connected to xxx.xxx.xxx.xxx but connection died"] {
        assert_reads(text, Category::NetworkError, Outcome::Temporary);
        assert_eq!(software_of(text).as_deref(), Some("qmail"), "{text}");
    }
}

/// Connections refused, timed out or dropped, as Windows, Python and Postfix print them on the
/// reporters' machines (several in the system's own language): network_error, temporary (§3).
#[test]
fn refused_timed_out_and_dropped_connections_are_network_errors() {
    assert_all_read(
        &[
            // KaidiGuo/keyword_based_Sina_weibo_crawler#5 (Chinese Windows text of WinError 10060).
            "[WinError 10060] 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。\nfailed to send mail",
            // dereklee0310/RussianFishing4Script#22, the same timeout in its TimeoutError form.
            "TimeoutError: [WinError 10060] 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。",
            // Significant-Gravitas/Auto-GPT-Plugins#95: WinError 10061 (refused), machine-translated
            // from a localized Windows message.
            "SYSTEM:  Command send_email returned: Error: [WinError 10061] Unable to connect due to positive rejection by the target computer.",
            // GuoRong-X/Email_cheat_L#2, LeslieLeung/heimdallr#169, FeeiCN/GSIL#33 (Python smtplib).
            "Error Connection unexpectedly closed",
            "SMTPException: Connection unexpectedly closed",
            "smtplib.SMTPServerDisconnected: Connection unexpectedly closed: [Errno 104] Connection reset by peer",
            // AMICRON-MAILOFFICE help (German table of bounce reasons).
            "connection timed out",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // kdhaitang.com (Chinese admin's blog): Postfix could not reach Gmail's MX. Never reached, so
    // no provider (LABELS.md §4).
    let text = "connect to gmail-smtp-in.l.google.com[142.250.153.27]:25: Connection refused";
    assert_reads(text, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(text), None);
}

/// Logins the server refused, in a Chinese app's result line and in a Japanese manual's list.
#[test]
fn refused_logins_are_auth_failures() {
    // twikoojs/twikoo#840: Nodemailer's "Invalid login" inside Twikoo's Chinese test result;
    // Microsoft refuses basic authentication (5.7.139).
    let text = "测试结果：{\"result\":{\"message\":\"SMTP 邮箱配置异常：Invalid login: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [SG2PR01CA0193.apcprd01.prod.exchangelabs.com 2025-09-03T06:32:18.104Z 08DDEA236178B5C2]\"}}";
    assert_reads(text, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("microsoft"));
    // ingage.jp (Re:lation manual): wrong ID or password for the sending server.
    assert_all_read(
        &["535 Authentication Failed", "535 5.7.3 Authentication unsuccessful", "535 Authentication Credentials Invalid"],
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // IONOS help (German): user name or password stored wrongly in the mail program. (Its
    // provider is a label question: Gmail's "Send mail as" writes the same words.)
    assert_reads("535 Authentication failure: SMTP AUTH failed with the remote server", Category::AuthFailed, Outcome::Permanent);
    // blog.email.it: Outlook Express's Italian dialog; the server wants a login first (§1 note on
    // submission, "not logged in").
    assert_reads(
        "Impossibile inviare il messaggio. Uno dei destinatari non è stato accettato dal server. L’indirizzo di posta elettronica non accettato è “casella@dominio.it”. Oggetto ‘oggetto’, Account: ‘nome account’, Server: ‘smtp.email.it’, Protocollo: SMTP, Risposta del server: ’553 5.7.1 <casella@email.it>: Sender address rejected: not logged in‘, Porta: 25, Protezione (SSL): No, Errore del server: 553, Numero di errore: 0x800CCC79",
        Category::AuthRequired,
        Outcome::Permanent,
    );
}

/// Unknown and full mailboxes quoted on Japanese, Czech, German and Turkish pages.
#[test]
fn unknown_and_full_mailboxes() {
    assert_all_read(
        &[
            // faq.megaegg.jp (qmail's fixed text).
            "Sorry, no mailbox here by that name.(#5.1.1)",
            // ionos.de help; backlink.name (Turkish list of 550 texts).
            "550 Unknown User",
            "550 No such person at this address",
            "550 Recipient Rejected: No account by that name here",
            // kozyatagibilisim.com (Turkish IT blog): an Exchange NDR for a departed employee.
            "Your message to emre.demir@firma.com.tr couldn't be delivered.\nemre.demir@firma.com.tr wasn't found at firma.com.tr.\nDiagnostic information for administrators:\nGenerating server: DC01.corp.firma.com.tr\nemre.demir@firma.com.tr\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound;\nnot found'",
        ],
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            "Recipient's mailbox is full, message returned to sender.(#5.2.2)",
            "550 Quota Exceeded",
            // wiki.aspone.cz (Czech): qmail's chkuser.
            "552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)",
            // blog.ixirhost.com (Turkish): an Exim bounce.
            "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\nMailbox quota exceeded",
            // backlink.name: a 550 is permanent whatever "try again later" says.
            "550 This user’s mailbox is full ([email protected]) – Try again later",
        ],
        Category::MailboxFull,
        Outcome::Permanent,
    );
}

/// Refusals about the message or the sender, quoted on German, Dutch, Czech, Japanese and
/// Chinese pages.
#[test]
fn refusals_of_the_message_or_the_sender() {
    // lug-s.org: the list server refuses mail by its MIME type (HTML mail, attachments). The list
    // is about the content type, not about the sender (LABELS.md §1 Q1/Q2).
    let text = "550 E507 Blacklisted MIME type";
    assert_reads(text, Category::ContentPolicy, Outcome::Permanent);
    assert_ne!(category_of(text), Category::SenderBlocklisted);
    assert_reads("550 isnich@gibtsni.cht: unrouteable mail domain", Category::DomainUnknown, Outcome::Permanent);
    assert_reads("550 relay not permitted", Category::RelayDenied, Outcome::Permanent);
    // vdx.nl: an unencoded non-ASCII Subject header.
    assert_reads("550 Subject contains invalid characters", Category::MessageFormat, Outcome::Permanent);
    // wiki.aspone.cz: the recipient's own blacklist holds the sender (§1 Q5); a spam verdict on
    // the message (§1 Q1).
    assert_reads("550 5.1.1 <xxx> sender is blacklisted", Category::SenderRejected, Outcome::Permanent);
    assert_reads("552 5.2.0 0biL1i00V1cmcpM01biL4w spam detected", Category::SpamContent, Outcome::Permanent);
    // sumari.jp: Barracuda's anti-spoofing refusal.
    let text = "550 rejecting spoofed message";
    assert_reads(text, Category::SenderAuthentication, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("barracuda"));
    // yisu.com (Chinese Q&A): QQ Mail's connection-frequency limit.
    let text = "550 Connection frequency limited";
    assert_reads(text, Category::RateLimited, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("tencent"));
    // jeanboulanger.com (French blog): the message is too big.
    assert_eq!(category_of("Message file too big"), Category::MessageTooLarge);
}

/// Texts that name no cause stay unknown rather than guessed (LABELS.md §3).
#[test]
fn causeless_texts_stay_unknown() {
    for text in [
        // NC22/webMCR#86 (Russian: "RCPT TO error"); gSpotx2f/luci-app-internet-detector#17.
        "00:00:21 25-11-2014 < [SMPT] Ошибка RCPT TO Line: 369",
        "mod_email: An error occured while sending message",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::Unknown, "{text}");
        assert_ne!(e.outcome, Outcome::Success, "{text}");
    }
}

/// No row of the round's corpus file whose source tells a failure reads as a success.
#[test]
fn no_failure_of_the_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr18-s19.jsonl"));
}
