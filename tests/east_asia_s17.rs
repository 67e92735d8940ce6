//! The mail providers of China, Korea and Japan in their own words (session 17, round cn:
//! src/data/knowledge/markers.tsv and phrases.tsv). Each text is quoted from the page or source
//! named beside it; the expected category, provider and outcome are read from that source and
//! tests/corpus/LABELS.md (§4: the provider is the one whose server answered), never from the
//! tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// NetEase (163.com, 126.com, yeah.net) shuts the mailbox to an IMAP client that has not sent
/// an ID command: "Unsafe Login. Please contact kefu@188.com for help". kefu@188.com is
/// NetEase's support mailbox, so the answer names NetEase, bare or wrapped in a client's error;
/// the refusal repeats until the client changes, so it is permanent.
#[test]
fn neteases_unsafe_login_refusal_is_its_policy_whatever_client_wraps_it() {
    let texts = [
        // https://github.com/joeyates/imap-backup/issues/217 (imap-backup debug transcript)
        "C: RUBY0005 EXAMINE INBOX\nS: RUBY0005 NO EXAMINE Unsafe Login. Please contact kefu@188.com for help",
        // https://github.com/smiley22/S22.Imap/issues/167
        "xm002 NO SELECT Unsafe Login. Please contact kefu@188.com for help",
        // https://github.com/mjs/imapclient/issues/544 (Python imaplib)
        "imaplib.IMAP4.error: select failed: SELECT Unsafe Login. Please contact kefu@188.com for help",
        // https://github.com/pimalaya/himalaya/issues/651
        "Error: cannot select IMAP mailbox: unexpected NO response: SELECT Unsafe Login. Please contact kefu@188.com for help",
        // https://github.com/DevXDojo/MrRSS/issues/602
        "Failed to select folder 'INBOX': SELECT unsafe Login. Please contact kefu@188.com for help",
        // https://github.com/magiccode1412/magicmail/issues/5 (Chinese client wrapper)
        "❌ 连接失败：选择 INBOX 失败: imap: NO SELECT Unsafe Login. Please contact kefu@188.com for help",
        // https://github.com/mscdex/node-imap/issues/908 (retyped by the user: "kefy", no space)
        "EXAMINE Unsafe Login.Please contact kefy@188.com for help",
    ];
    assert_all_read(&texts, Category::PolicyRejected, Outcome::Permanent);
    for text in texts {
        assert_eq!(provider_of(text).as_deref(), Some("netease"), "{text}");
    }
}

/// NetEase's submission server refuses an envelope sender other than the signed-in account in
/// words of its own ("553 Mail from must equal authorized user", reported with smtp.126.com).
#[test]
fn neteases_own_sender_mismatch_wording_names_netease() {
    // https://github.com/miguelgrinberg/flasky/issues/540
    let text = "smtplib.SMTPSenderRefused: (553, b'Mail from must equal authorized user', '=?utf-8?q?Flasky_Admin?= <xxx@126.com>')";
    assert_reads(text, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("netease"));
}

/// QQ Mail answers a command it cannot parse (a MAIL FROM whose argument is no plain address)
/// with "502 Invalid input from <ip> to newxmesmtplogicsvr...qq.com.": the client's command is
/// malformed, whatever 502 usually means.
#[test]
fn qq_mails_invalid_input_is_a_malformed_command() {
    // https://github.com/go-gitea/gitea/issues/35788 (Gitea's wrapper around go-mail's error)
    let text = "failed to issue MAIL command: 502 Invalid input from xxxIPxxx to newxmesmtplogicsvrszb20-1.qq.com.";
    assert_reads(text, Category::ProtocolSyntax, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("tencent"));
}

/// Korean size refusals name "the size of the mail" (메일의 크기가).
#[test]
fn korean_size_refusals_are_message_too_large() {
    // Naver's IMAP notice, quoted by https://yellowit.co.kr/ (Naver Outlook IMAP guide).
    let naver =
        "메일 프로그램에서 저장하려는 메일의 크기가 40MB를 초과하였습니다. 네이버 IMAP은 40MB를 초과하는 메일을 저장할 수 없습니다.";
    assert_eq!(category_of(naver), Category::MessageTooLarge);
    assert_eq!(provider_of(naver).as_deref(), Some("naver"));
    // https://foxydog.tistory.com/69, listed there as Naver's return message.
    assert_reads(
        "552 5.3.4 Error: message file too big 보내신 메일의 크기가 커서, 받는 서버에서 수신을 차단하였습니다.",
        Category::MessageTooLarge,
        Outcome::Permanent,
    );
}

/// docomo's and au's answers, as sisimai's docomo and EZweb modules and its sample bounces quote
/// them: the server that answered names the provider (LABELS.md §4), also inside a sendmail,
/// Postfix, Gmail or Office 365 notice.
#[test]
fn docomo_and_au_answers_name_them_inside_other_programs_notices() {
    // https://github.com/sisimai/go-sisimai/blob/ed142ded2c40de1233f82d8405a0acf0b76998c6/rhost/for-nttdocomo.go
    let docomo = "<***@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.138.181.240] said:\n550 Unknown user ***@docomo.ne.jp (in reply to end of DATA\ncommand)";
    assert_reads(docomo, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(docomo).as_deref(), Some("docomo"));
    assert_eq!(software_of(docomo).as_deref(), Some("postfix"));
    // https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-office365-07.eml
    let au = "Diagnostic-Code: smtp;550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 <otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp>: User unknown\nRemote-MTA: dns;msmx.au.com";
    assert_reads(au, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(au).as_deref(), Some("au_kddi"));
    // https://github.com/sisimai/go-sisimai/blob/ed142ded2c40de1233f82d8405a0acf0b76998c6/lhost/via-ezweb.go
    assert_reads("The user(s) account is temporarily over quota.\n\n<******@ezweb.ne.jp>", Category::MailboxFull, Outcome::Permanent);
}

/// A connection to Tencent Exmail that failed names no cause but the network; it is the user's own
/// provider (LABELS.md §4) and failed only for now (§3).
#[test]
fn a_failed_connection_to_exmail_is_a_network_error_for_now() {
    // https://github.com/caronc/apprise/issues/602
    let text = "WARNING  A Connection error occurred sending Email notification to smtp.exmail.qq.com.";
    assert_reads(text, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("tencent"));
}
