//! Round fr16 (session 19): replies and bounces from mail hosts outside the US and western
//! Europe — Japanese mobile carriers, Latvian and Argentine ISPs, Mail.ru, I.UA, QQ Mail and
//! NAVER. Each text is quoted from the page named beside it (the rows of
//! tests/corpus/dev-fr16-s19.jsonl); the expected values are read from that page and
//! tests/corpus/LABELS.md, never from the tool's output. Paths like `err/make-test-04.eml` are
//! files of https://github.com/sisimai/set-of-emails (commit 18e585c), under `maildir/`.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Unknown recipients as the Japanese carriers' MX hosts and Sendmail write them (LABELS
/// general order: the words name the cause).
#[test]
fn japanese_carriers_unknown_recipients() {
    // err/make-test-04.eml: NTT docomo answers "Unknown user" after DATA; the 554 line is
    // Sendmail's own filler.
    let docomo = "... while talking to mfsmax.docomo.ne.jp.:\n>>> DATA\n<<< 550 Unknown user message-is-rejected-by-the-domain-fileters@docomo.ne.jp\n554 5.0.0 Service unavailable";
    assert_reads(docomo, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(docomo).as_deref(), Some("docomo"));
    // err/make-test-10.eml: SoftBank's old Vodafone Japan domain.
    let vodafone = "... while talking to mx.k.vodafone.ne.jp.:\n>>> DATA\n<<< 550 Invalid recipient: <this-user-does-not-exist-on-the-server@k.vodafone.ne.jp>\n550 5.1.1 <this-user-does-not-exist-on-the-server@k.vodafone.ne.jp>... User unknown\n<<< 503 No recipients specified";
    assert_reads(vodafone, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(vodafone).as_deref(), Some("softbank"));
    // err/make-test-16.eml: WILLCOM's AIR-EDGE mail host (a Postfix reply).
    let willcom = "   ----- The following addresses had permanent fatal errors -----\n<this-air-edge-user-does-not-exist-wm1@wm.pdx.ne.jp>\n    (reason: 550 <this-air-edge-user-does-not-exist-wm1@wm.pdx.ne.jp>: Recipient address rejected: User unknown)";
    assert_reads(willcom, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(willcom).as_deref(), Some("willcom"));
    // bsd/rhost-gsuite-08.eml: Google relayed; au by KDDI's ezweb MX answered.
    let ezweb = "Action: failed\nStatus: 5.0.0\nRemote-MTA: dns; lsean.ezweb.ne.jp. (27.85.176.228, the server for the domain ezweb.ne.jp.)\nDiagnostic-Code: smtp; 550 : User unknown";
    assert_reads(ezweb, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(ezweb).as_deref(), Some("au_kddi"));
    // err/make-test-15.eml (EMOBILE), err/make-test-30.eml (goo), bsd/lhost-sendmail-27.eml (mineo):
    // hosts with no provider id.
    assert_all_read(
        &[
            "... while talking to mailmlb.emnet.ne.jp.:\n>>> RCPT To:<non-existent-smart-phone-user-it-is@emnet.ne.jp>\n<<< 550 Requested action not taken: mailbox unavailable\n550 5.1.1 <non-existent-smart-phone-user-it-is@emnet.ne.jp>... User unknown",
            "... while talking to mx01.mail.goo.ne.jp.:\n>>> RCPT To:<this-user-does-not-have-goo-id@mail.goo.ne.jp>\n<<< 550 #5.1.0 Address rejected asayan3124@mail.goo.ne.jp\n550 5.1.1 <this-user-does-not-have-goo-id@mail.goo.ne.jp>... User unknown",
            "... while talking to mx1.mineo.jp.:\n>>> DATA\n<<< 550 5.0.0 <this-local-part-does-not-exist-on-the-system@mineo.jp>... User unknown\n550 5.1.1 <this-local-part-does-not-exist-on-the-system@mineo.jp>... User unknown\n<<< 503 5.0.0 Need RCPT (recipient)",
        ],
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
}

/// The carriers' own MX host names in a Sendmail transcript name the provider (markers.tsv,
/// round fr16): SoftBank's Y!mobile MX and docomo's mopera host.
#[test]
fn carrier_mx_hosts_in_transcripts_name_the_provider() {
    // bsd/lhost-sendmail-29.eml: a bare 421 with no words; the basic code decides
    // (LABELS general order 4), and the delay warning keeps it temporary.
    let ymobile = "   ----- Transcript of session follows -----\n... while talking to ymx1.softbank.ne.jp.:\n<<< 421\n<this-local-part-does-not-exist-on-the-system@y-mobile.ne.jp>... Deferred: 421\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 8 hours old";
    assert_reads(ymobile, Category::ServerUnavailable, Outcome::Temporary);
    assert_eq!(provider_of(ymobile).as_deref(), Some("softbank"));
    // err/make-test-32.eml: mopera refuses the declared SIZE at MAIL FROM.
    let mopera = "... while talking to exmta.mopera.net.:\n>>> MAIL From:<administrator@sp.example.jp> SIZE=16600374\n<<< 552 Message size exceeds fixed maximum message size: 5242880 bytes\n554 5.0.0 Service unavailable";
    assert_reads(mopera, Category::MessageTooLarge, Outcome::Permanent);
    assert_eq!(provider_of(mopera).as_deref(), Some("docomo"));
}

/// Japanese non-delivery notices of SoftBank and au, and their delivery-status parts.
#[test]
fn japanese_notices_and_failed_dsns() {
    // err/make-test-11.eml: "the destination server mailbox is full, it could not be delivered".
    let full = "送信先のサーバーメールボックスが一杯で\nお届けできませんでした。\n<this-destination-mailbox-is-full@d.vodafone.ne.jp>";
    assert_reads(full, Category::MailboxFull, Outcome::Permanent);
    assert_eq!(provider_of(full).as_deref(), Some("softbank"));
    // The same notice's DSN: failed with a 4.2.2 status is still a failed DSN (permanent).
    assert_reads(
        "Reporting-MTA: dns; mmta14.softbank.ne.jp\nArrival-Date: Thu, 28 Aug 2008 20:10:20 +0900\n\nFinal-Recipient: RFC822; <this-destination-mailbox-is-full@d.vodafone.ne.jp>\nAction: failed\nStatus: 4.2.2",
        Category::MailboxFull,
        Outcome::Permanent,
    );
    // bsd/lhost-ezweb-03.eml: au's notice says the account is disabled.
    let disabled = "The user(s) account is disabled.\n\n<this-local-part-does-not-exist-on-the-site@ezweb.ne.jp>";
    assert_eq!(category_of(disabled), Category::MailboxDisabled);
    assert_ne!(smtp_explain::explain(disabled).outcome, Outcome::Success, "{disabled}");
}

/// Eastern Europe: I.UA's frozen mailbox, Mail.ru's own IP block, Latvian ISPs.
#[test]
fn eastern_european_hosts() {
    // set-of-emails bsd/lhost-postfix-61.eml: I.UA error page 3, a mailbox unused for months.
    let iua = "<neko@email.example.ua>: host mx3.email.ua[185.187.81.214] said: 550 Mailbox is\n    frozen. See http://mail.i.ua/err/3/ (in reply to RCPT TO command)";
    assert_reads(iua, Category::MailboxDisabled, Outcome::Permanent);
    assert_eq!(provider_of(iua).as_deref(), Some("iua"));
    // cfortune/PHP-Bounce-Handler eml/testfile.eml: Mail.ru's own block list and unblock form
    // (LABELS §1 Q4: no public list named).
    let mailru = "<leopold_skryd@mail.ru>: host mxs.mail.ru[194.67.23.20] said: 550 Access from\n    ip address 87.237.123.24 blocked. Visit\n    http://win.mail.ru/cgi-bin/support_bl?ip=87.237.123.24 (in reply to RCPT TO\n    command)";
    assert_reads(mailru, Category::SenderIpBlocked, Outcome::Permanent);
    assert_eq!(provider_of(mailru).as_deref(), Some("mailru"));
    // mitio/bounce_email test/bounces: Inbox.lv (the words beat the X.7.1 catch-all), one.lv,
    // CommuniGate Pro at apollo.lv, qmail at diena.lv.
    assert_reads(
        "<aaaaagggrrriiiizz@inbox.lv>: host b.mx.inbox.lv[89.111.3.74] said: 554 5.7.1\n    <aaaaagggrrriiiizz@inbox.lv>: Recipient address rejected: Nonexistent user",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    assert_reads(
        "<agrisa@one.lv>: host mail5.one.lv[62.85.54.62] said: 552 Account(s)\n    <agrisa@one.lv> does not have enough space (in reply to end of DATA\n    command)",
        Category::MailboxFull,
        Outcome::Permanent,
    );
    assert_reads(
        "Failed to deliver to 'evor@apollo.lv'\nSMTP module(domain pop.apollo.lv) reports:\n host pop.apollo.lv says:\n 550 evor@apollo.lv unknown user account",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    assert_eq!(
        category_of("Failed to deliver to '<agrisa@apollo.lv>'\nMessages without To: fields are not accepted here"),
        Category::MessageFormat
    );
    assert_reads(
        "Hi. This is the qmail-send program at regsers.diena.lv.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n<jolanta_putnina@ogreszinas.lv>:\nMessage rejected. Not enough storage space in user's mailbox to accept message.",
        Category::MailboxFull,
        Outcome::Permanent,
    );
}

/// Latin America: Fibertel (Argentina) and iG (Brazil), through an Argentine mailer's Exim.
#[test]
fn latin_american_hosts() {
    // cfortune/PHP-Bounce-Handler eml/47.eml: Fibertel's message store, over quota.
    assert_reads(
        "Action: failed\nStatus: 5.2.0 (LMTP transmission failure has occurred)\nRemote-MTA: dns;stov2.fibertel.com.ar\n (sto02. -- Server LMTP [Sun ONE Messaging Server 6.1 HotFix 0.11 [built Jan 28\n 2005]])\nDiagnostic-code: smtp;522 5.2.0 Delivery failed: Over quota",
        Category::MailboxFull,
        Outcome::Permanent,
    );
    // eml/6.eml: iG answers in Portuguese and English.
    assert_reads(
        "SMTP error from remote mail server after RCPT TO:<annyevalente@ig.com.br>:\n    host mx.ig.com.br [200.226.132.20]: 554 Usuário Inválido ou Inexistente. Sorry, no mailbox here by that name. (#5.2.1) <annyevalente@ig.com.br>",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    // crazy-max/CwsMailBounceHandler tests/emls/bounce_511_003.eml: Fibertel's MX.
    assert_reads(
        "SMTP error from remote mail server after RCPT TO:<animar@fibertel.com.ar>:\n    host mx1.fibertel.com.ar [24.232.0.226]: 550 5.1.1 Hi [200.68.65.111], No such address:\n    <animar@fibertel.com.ar>.",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
}

/// East Asia: QQ Mail's per-IP rate limit, NAVER's recipient block list in Korean, a TeamWARE
/// DSN and a Chinese webmail's full mailbox.
#[test]
fn east_asian_hosts() {
    // https://www.computersolutions.cn/blog/wp-json/wp/v2/pages/1620 (QQ's documented limit).
    let qq = "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725";
    assert_reads(qq, Category::RateLimited, Outcome::Permanent);
    assert_eq!(provider_of(qq).as_deref(), Some("tencent"));
    // https://github.com/codechobostudy/code-chobo-study/issues/3: "the recipient has blocked
    // your mail" (LABELS §1 Q5: a recipient's own block list).
    let naver = "NAVER - http://www.naver.com/\n--------------------------------------------\n\nwriter0713@naver.com 님께 보내신 메일 <[code-chobo-study] 질문 - 답변 (#3)> 이 다음과 같은 이유로 전송 실패했습니다.\n\n--------------------------------------------\n\n받는 사람이 회원님의 메일을 수신차단 하였습니다. \n\n--------------------------------------------";
    assert_reads(naver, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(naver).as_deref(), Some("naver"));
    // wRAR/flufl.bounce tests/data/dsn_12.txt: TeamWARE Connector's "(failed: Bad destination
    // mailbox address)" (phrases.tsv, round fr16).
    assert_reads(
        "   ----- The following addresses have delivery notifications -----\n<auaauqdgrdz@jtc-con.co.jp> (failed: Bad destination mailbox address)",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    // tests/data/bounce_01.txt: btamail.net.cn's Jetmail System.
    assert_eq!(
        category_of("Your mail cannot be delivered to the following address(es):\n dylan \"(0), ErrMsg=mail box space not enough, account=dylan \"\nPlease check the above address(es) and then try again."),
        Category::MailboxFull
    );
}

/// Gmail's own delay notice when no host of the recipient's domain answered (markers.tsv,
/// round fr16; mitio/bounce_email test/bounces/tt_bounce_12_soft.txt).
#[test]
fn gmails_own_connection_failure_notice() {
    let text = "Technical details of temporary failure: \nTEMP_FAILURE: Could not initiate SMTP conversation with any hosts:\n[radioliepaja.lv. (50): Connection timed out]";
    assert_reads(text, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("google"));
}

/// No failure of the round's rows reads as a success.
#[test]
fn no_fr16_failure_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr16-s19.jsonl"));
}
