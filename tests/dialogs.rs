//! Mail programs' dialogs (Outlook, Apple Mail and iOS Mail, Windows Mail ...): the reply
//! embedded in a dialog decides the category; the dialog's own words tell the stage and which
//! program showed it, and give the category only when no reply is inside.

use smtp_explain::{explain, Category, Explanation};

fn software(e: &Explanation) -> Option<String> {
    e.software.as_ref().map(|s| s.id.to_string())
}

#[test]
fn an_error_code_run_into_chinese_words_is_read() {
    // Chinese puts no space between an error code and the words around it.
    let e = explain("OUTLOOK客户端里面收发就一直提示0X800CCC0E错误。");
    assert_eq!(e.category.id, Category::NetworkError);
    assert_eq!(software(&e).as_deref(), Some("outlook"));
    // Japanese and Korean the same.
    assert_eq!(explain("送受信エラー0x800CCC0Eが発生しました").category.id, Category::NetworkError);
    assert_eq!(explain("오류 코드0x800CCC0E가 표시됩니다").category.id, Category::NetworkError);
    // Two ASCII words that run on are still one word: 'eauth' is not inside 'reauthenticate'.
    assert_ne!(software(&explain("Please reauthenticate")).as_deref(), Some("nodemailer"));
}
