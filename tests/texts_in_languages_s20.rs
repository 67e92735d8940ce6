//! Texts quoted on non-English pages (round fr27, session 20): Chinese, Japanese, Korean, Russian,
//! German, French and Polish blogs, help pages and issues that print a reply, a log line, a bounce
//! or a client's error, in English or in the page's language. Each text is quoted from the page
//! named beside it; the expected values are read from that page and tests/corpus/LABELS.md, never
//! from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A count of the sender's own mail (LABELS.md §2 Q3), and the provider whose tag the text carries.
#[test]
fn alibabas_sending_frequency_limit_is_a_rate_limit_of_aliyun() {
    // https://aliyun123.cn/news/568.html: Alibaba Cloud enterprise mail returns this when a sender
    // passes its per-minute, hourly or daily sending count; sending resumes after a pause. No code,
    // and the text does not say the sender gave up: temporary.
    let text = "Reject by behaviour spamANTISPAM_BAT[01201311R196xxxxx, c01a1xxxxx]: too frequently sending";
    assert_reads(text, Category::RateLimited, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("aliyun"));
}

/// An unowned listing of the sending IP reads as a public blocklist (LABELS.md §1 Q2).
#[test]
fn an_ip_listed_without_a_list_name_is_blocklisted() {
    // https://www.stc.de/post-vom-mailer-daemon/ (German guide to mailer-daemon bounces).
    assert_reads("Remote host said: 550 5.7.1 IP listed on RB.", Category::SenderBlocklisted, Outcome::Permanent);
}

/// Outlook's 0x800CCC79 dialog with the server's "Relaying denied" in the help page's language.
#[test]
fn outlooks_relay_dialog_in_polish_is_a_relay_refusal() {
    // https://support.microsoft.com/pl-pl/help/290842/ (Microsoft KB 290842, Polish).
    let text = "Nie można wysłać wiadomości, ponieważ jeden z adresatów został odrzucony przez serwer. \
                Odrzucony adres e-mail to: '<osoba@microsoft.com>'. Temat: '<Test>', Konto: '<Test>', \
                Serwer: '<smtp.microsoft.com>', Protokół: SMTP, Odpowiedź serwera: '550 <osoba@microsoft.com>... \
                Odmowa przekazywania', Port: 25, Zabezpieczenia (SSL): Nie, Błąd serwera: 550, Numer błędu: 0x800CCC79";
    assert_reads(text, Category::RelayDenied, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("outlook"));
}

/// QQ Mail's refusal of a bad From header names Tencent by its fixed sentence.
#[test]
fn qq_mails_from_header_refusal_names_tencent() {
    // https://juejin.cn/post/7222822313006284837: Python smtplib through QQ Mail.
    let text = "(550, b'The \"From\" header is missing or invalid. Please follow RFC5322, RFC2047, RFC822 \
                standard protocol. 帮助系统 ')";
    assert_reads(text, Category::MessageFormat, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("tencent"));
}

/// Exim's LMTP delivery words a refusal "LMTP error after <command>: <reply>" (transports/lmtp.c).
#[test]
fn exims_lmtp_refusal_names_exim_and_the_reply_decides() {
    // http://rzdoro.ru/scan/poterya-pochtovyh-soobshchenii-oshibki-pochtovoi-sistemy-soobshcheniya-s.html
    let text = "LMTP error after end of data: 552 5.2.2 Over quota";
    assert_reads(text, Category::MailboxFull, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("exim"));
}

/// "Unroutable address" in a returned mail: the domain part could not be routed (no such domain, no
/// MX or A record), as the Russian page and sisimai's hostunknown.rb both explain it.
#[test]
fn an_unroutable_address_is_an_unknown_domain() {
    // http://rzdoro.ru/scan/poterya-pochtovyh-soobshchenii-oshibki-pochtovoi-sistemy-soobshcheniya-s.html
    assert_reads("Unroutable address", Category::DomainUnknown, Outcome::Permanent);
}

/// Postfix log lines explained on French and Chinese pages: relay refusals and refused senders.
#[test]
fn postfix_refusals_quoted_on_french_and_chinese_pages() {
    assert_all_read(
        &[
            // https://oneweb.ovh/blog/694/
            "Mar 26 08:39:28 ip-188-121-62-120 postfix/smtpd[15509]: NOQUEUE: reject: RCPT from \
             114-43-8-239.dynamic.hinet.net[114.43.8.239]: 554 5.7.1 <sanjinn232@yahoo.com.tw>: Relay access denied; \
             from=<123@yahoo.com> to=<sanjinn232@yahoo.com.tw> proto=SMTP helo=<188.121.62.120>",
            // https://blog.csdn.net/congchenjin2969/article/details/100485477
            "Jan 18 15:20:26 www postfix/smtpd[23419]: NOQUEUE: reject: RCPT from unknown[124.200.70.112]: 554 5.7.1 \
             < wan695@gmail.com>: Relay access denied; from=< from@from.com> to=< to@to.com> proto=ESMTP helo=",
        ],
        Category::RelayDenied,
        Outcome::Permanent,
    );
    // https://oneweb.ovh/blog/694/: the sender's domain does not resolve (LABELS.md §1 Q5), 450.
    assert_reads(
        "Mar 26 10:37:21 ip-188-121-62-120 postfix/smtpd[18288]: NOQUEUE: reject: RCPT from \
         boo2.boosthoster.com[198.57.168.145]: 450 4.1.8 <shoppi12@shoppingmadeez.net>: Sender address rejected: \
         Domain not found; from=<shoppi12@shoppingmadeez.net> to=<info@one-web.be> proto=ESMTP helo=",
        Category::SenderRejected,
        Outcome::Temporary,
    );
}

/// Delivery log lines read as delivered (Japanese and German pages).
#[test]
fn delivery_log_lines_read_as_delivered() {
    assert_all_read(
        &[
            // https://okwave.jp/guide/g2093.html
            "Oct 3 03:14:48 mail postfix/smtp[17776]: 5E54C38C181: to=, relay=to.example.com[210.*.*.*]:25, \
             delay=3.3, delays=0.05/0.01/0.95/2.3, dsn=2.0.0, status=sent (250 2.0.0 OK 1191348889 v55si8442915pyh)",
            // https://faq.myloc.de/index.php?action=faq&cat=27&id=155&artlang=de
            "Apr 5 10:34:22 testserver sendmail<29927>: l358XSQG028484: to=support@myloc.de, ctladdr=test@myloc.de \
             (0/0), delay=00:00:13, xdelay=00:00:04, mailer=local, pri=30446, dsn=2.0.0, stat=Sent",
        ],
        Category::Delivered,
        Outcome::Success,
    );
}

/// Client and library errors quoted on Chinese and Korean pages.
#[test]
fn client_errors_quoted_on_chinese_and_korean_pages() {
    // https://github.com/bjdgyc/anylink/issues/5: a connection timeout, no code (LABELS.md §3).
    assert_reads(
        "2021/01/12 14:22:30 common.go:96: [Error] Mail Error: SMTP Connection timed out",
        Category::NetworkError,
        Outcome::Temporary,
    );
    // https://zhjwpku.com/2017/02/14/smtp-auth-extension-not-supported-by-server.html: EHLO offered no
    // AUTH before STARTTLS (LABELS.md §5).
    let text = "smtplib.SMTPException: SMTP AUTH extension not supported by server.";
    assert_reads(text, Category::NotImplemented, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("python_smtplib"));
    // https://jw910911.tistory.com/174: Amazon SES in sandbox mode refuses an unverified identity.
    let text = "Message failed: 554 Message rejected: Email address is not verified. The following identities \
                failed the check in region AP-NORTHEAST-2";
    assert_reads(text, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("amazon_ses"));
    // https://e-com-net.com/article/1687531642194833408.htm: Alibaba Mail refused the login.
    assert_reads("AuthenticationFailedException: 526 Authentication failure[0]", Category::AuthFailed, Outcome::Permanent);
}

/// No row of this round whose page tells a failure reads as a success.
#[test]
fn no_failure_of_round_fr27_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr27-s20.jsonl"));
}
