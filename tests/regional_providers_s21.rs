//! Replies and bounces of mail providers outside the US and western Europe (round fr36, session
//! 21): Wirtualna Polska's (wp.pl, o2.pl) spam and SPF refusals, OCN's bounce, QQ Mail's
//! authorization-code refusal, and the fixed replies of NwSMTP, the SMTP server Yandex wrote and
//! runs. Each text is quoted from the source named beside it; the expected values are read from
//! that source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// WP's bilingual template calls the message itself spam (LABELS.md §1 Q1); its fixed Polish
/// wording names WP also where the pomoc.wp.pl link is cut off.
#[test]
fn wirtualna_polska_spam_template_is_content_and_names_wp() {
    let texts = [
        // https://github.com/geokrety/geokrety-website/issues/1047
        "554 (#5.3.0) Nie przyjmiemy tej wiadomosci poniewaz jest to spam - zobacz strone: https://pomoc.wp.pl/polityka-antyspamowa / We can't accept this message because it is spam - see: https://pomoc.wp.pl/polityka-antyspamowa [127]",
        // https://github.com/tomaszmierzejowski/antystyki/blob/e3de4ee925f52e3b40d142949b028c3967936e80/EMAIL_DELIVERABILITY_FIX.md
        "554 (#5.3.0) Nie przyjmiemy tej wiadomosci poniewaz jest to spam\nWe can't accept this message because it is spam",
    ];
    assert_all_read(&texts, Category::SpamContent, Outcome::Permanent);
    for text in texts {
        assert_eq!(provider_of(text).as_deref(), Some("wp"), "{text}");
    }
}

/// WP.pl's "BLAD SPF" (SPF error) in a delayed DSN: sender authentication, temporary.
#[test]
fn wirtualna_polska_spf_error_in_a_delay_notice_is_temporary_authentication() {
    // https://github.com/boostorg/geometry/issues/728#issuecomment-646504366 (addresses masked)
    let text = "Final-Recipient: rfc822; user@wp.pl\nAction: delayed\nStatus: 4.0.0\nRemote-MTA: dns; mx.wp.pl. (212.77.101.4, the server for the domain wp.pl.)\nDiagnostic-Code: smtp; 451 BLAD SPF - zobacz strone / SPF Error: Please see http://www.openspf.org/Why?id=user%40example.com&ip=209.85.218.67&receiver=smtp.wp.pl            Jesli jestes uzytkownikiem poczta.wp.pl sprawdz poprawnosc autoryzacji SMTP / If you are a poczta.wp.pl user check SMTP configuration: http://poczta.wp.pl/autoryzacja/";
    assert_reads(text, Category::SenderAuthentication, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("wp"));
}

/// OCN's own Postfix bounce for a recipient domain that does not exist; OCN has no provider id.
#[test]
fn ocn_bounce_for_a_mistyped_domain_is_domain_unknown() {
    // https://www.intx.co.jp/14091204/
    let text = "This is the Postfix program at host defer113.ocn.ad.jp.\n\nI'm sorry to have to inform you that the message returned\nbelow could not be delivered to one or more destinations.\n\nFor further assistance, please contact <support@ocn.ad.jp>\n\nIf you do so, please include this problem report. You can\ndelete your own text from the message returned below.\n\nThe following sentences are Japanese.\n\nこのメールと共に返信されているメールは一つ以上の宛先に対\nして配信できませんでした。\n\nエラーメッセージの原因や対処法については下記のサイトで\nご案内しております。\nhttp://www.ocn.ne.jp/0/faq/mail/errormail/\n\n上記のサイトでも解決できない場合は、<support@ocn.ad.jp>\nへご連絡ください。\nご連絡の際には、この障害レポートを一緒にお送りください。\nこのメールに添付されているお客様の元のメールは削除しても\n構いません。\n\n——————————————————–\n\n<■■■■■■@*****.ocn.ne.j>: Host or domain name not found. Name\nservice error for name=estate.ocn.ne.j type=A: Host not found";
    assert_reads(text, Category::DomainUnknown, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("postfix"));
}

/// NwSMTP's replies to commands in the wrong order (LABELS.md general order: the words name the
/// cause).
#[test]
fn nwsmtp_commands_out_of_order_are_protocol_sequence() {
    // https://github.com/yandex/NwSMTP/blob/c929fbb1bf4973ee6023efcef0fee55167a3bc53/src/
    // smtp_connection.cpp#L1866, smtp_connection_auth.cpp#L70 and #L76.
    assert_all_read(
        &["503 5.5.4 Good girl is greeting first.", "503 5.5.1 Error: send HELO/EHLO first", "503 5.5.1 Error: already authenticated"],
        Category::ProtocolSequence,
        Outcome::Permanent,
    );
}

/// NwSMTP's failures inside its own back end (files under
/// https://github.com/yandex/NwSMTP/blob/c929fbb1bf4973ee6023efcef0fee55167a3bc53/src/): 451 "error in processing" and 454 4.3.0 (LABELS.md
/// §2 Q5, general order 3), also where NwSMTP puts 4.7.1 beside the words.
#[test]
fn nwsmtp_back_end_failures_are_server_errors() {
    assert_all_read(
        &[
            // options.cpp#L24 (temp_user_error)
            "451 4.7.1 Requested action aborted: error in processing",
            // smtp_connection_auth.cpp#L165
            "454 4.3.0 Try again later",
        ],
        Category::ServerError,
        Outcome::Temporary,
    );
}

/// NwSMTP's address texts, read as Yandex's non-delivery help files them
/// (https://www.yandex.com/support/mail/bounces/yandex.html); files under
/// https://github.com/yandex/NwSMTP/blob/c929fbb1bf4973ee6023efcef0fee55167a3bc53/src/.
#[test]
fn nwsmtp_address_texts_follow_yandex_help() {
    // smtp_connection.cpp#L1951: documented by Yandex as an address that does not exist.
    assert_reads("503 5.5.4 No correct recipients.", Category::MailboxUnknown, Outcome::Permanent);
    // smtp_connection.cpp#L1781: the same words with NwSMTP's tempfail code.
    assert_reads("450 4.7.1 No such user!", Category::MailboxUnknown, Outcome::Temporary);
    // smtp_connection.cpp#L1889: how the address is written.
    assert_reads("501 5.1.7 Bad address mailbox syntax.", Category::MessageFormat, Outcome::Permanent);
}

/// Nodemailer 0.x (simplesmtp) wraps a refused MAIL FROM as SenderError: the library is
/// Nodemailer, not PHPMailer, whose "MAIL FROM command failed" shares the words.
#[test]
fn simplesmtp_sender_error_names_nodemailer() {
    // https://github.com/nodemailer/nodemailer/issues/421
    let text = "{ [SenderError: Mail from command failed - 501 5.1.7 Bad address mailbox syntax.]\n  name: 'SenderError',\n  data: '501 5.1.7 Bad address mailbox syntax.',\n  stage: 'mail' }";
    assert_reads(text, Category::MessageFormat, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("nodemailer"));
}

/// QQ Mail's 535 asking for the authorization code, in GBK bytes escaped by Python.
#[test]
fn qq_mail_authorization_code_refusal_is_auth_failed() {
    // https://github.com/FeeiCN/GSIL/issues/56
    let text = "smtplib.SMTPAuthenticationError: (535, b'Error: \\xc7\\xeb\\xca\\xb9\\xd3\\xc3\\xca\\xda\\xc8\\xa8\\xc2\\xeb\\xb5\\xc7\\xc2\\xbc\\xa1\\xa3\\xcf\\xea\\xc7\\xe9\\xc7\\xeb\\xbf\\xb4: http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256')";
    assert_reads(text, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("tencent"));
}

#[test]
fn no_failure_of_the_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr36-s21.jsonl"));
}
