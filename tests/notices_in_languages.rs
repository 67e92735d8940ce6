//! Whole bounce notices in other languages, around the reply (session 16, src/data/knowledge/phrases.tsv,
//! outcomes.tsv and markers.tsv). Each text is quoted from the program's template or the provider's page
//! named beside it; the expected values are read from that source and tests/corpus/LABELS.md, never from
//! the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Zammad's postmaster bounce for an inbound mail above its size limit, in its translations
/// (https://github.com/zammad/zammad/tree/develop/app/views/mailer/email_oversized): the subject names
/// the cause, the first sentence says the mail could not be delivered, and nothing is retried.
#[test]
fn zammads_oversized_mail_bounce_is_too_large_and_final_in_every_language() {
    for text in [
        // de.txt.erb
        "[Unzustellbar] Nachricht zu groß\nHallo #{mail.from_display_name},\n\nIhre E-Mail mit dem Betreff \"#{mail.subject}\" konnte leider nicht an einen oder mehrere Empfänger zugestellt werden.",
        // fr.txt.erb
        "[Non délivrable] Message trop volumineux\nCher #{mail.from_display_name},\n\nVotre message ayant pour objet \"#{mail.subject}\" n'a pas pu être distribué à un ou plusieurs destinataires.",
        // es.txt.erb
        "[no se pudo entregar] Mensaje demasiado grande\nEstimado/a #{mail.from_display_name}:\n\nLamentablemente su mensaje titulado \"#{mail.subject}\" no se pudo entregar a uno o más destinatarios.",
        // it.txt.erb
        "[non consegnabile] Messaggio troppo grande\nGentile #{mail.from_display_name},\n\nPurtroppo la tua email con oggetto \"#{mail.subject}\" non può essere inviata a uno o più destinatari.",
        // pt-br.txt.erb
        "[não entregue] Mensagem muito grande\nPrezado #{mail.from_display_name},\n\nInfelizmente, seu email intitulado \"#{mail.subject}\" não pôde ser entregue a um ou mais destinatários.",
        // nl.txt.erb
        "[onbestelbaar] Bericht te groot\nBeste #{mail.from_display_name},\n\nHelaas kon je e-mail met de titel \"#{mail.subject}\" niet worden afgeleverd bij een of meer ontvangers.",
        // pl.txt.erb
        "[undeliverable] Wiadomość jest za duża\nDrogi(a) #{mail.from_display_name},\n\nNiestety Twój e-mail zatytułowany \"#{mail.subject}\" nie mógł zostać dostarczony do jednego lub większej liczby odbiorców.",
        // ru.txt.erb
        "[undeliverable] Сообщение слишком велико\nУважаемый #{mail.from_display_name},\n\nК сожалению, Ваше электронное письмо с названием \"#{mail.subject}\" не может быть доставлено одному или нескольким получателям.",
        // tr.txt.erb
        "[undeliverable] Mesaj çok büyük\nSayın #{mail.from_display_name},\n\nMaalesef \"#{mail.subject}\" başlıklı e-postanız bir veya daha fazla alıcıya teslim edilemedi.",
        // ja.txt.erb
        "[配信不能] メッセージサイズ超過\n#{mail.from_display_name} 様\n\n残念ながら、件名「#{mail.subject}」のメールは一部または全部の宛先に配信できませんでした。",
        // ko.txt.erb
        "[전달 불가] 메시지가 너무 큼\n#{mail.from_display_name}님께,\n\n안타깝게도 \"#{mail.subject}\"라는 제목의 이메일을 하나 이상의 수신자에게 전달할 수 없었습니다.",
        // zh-cn.txt.erb
        "[无法投递] 邮件超出大小限制\n亲爱的#{mail.from_display_name}，\n\n很抱歉，您的标题为“#{mail.subject}”的电子邮件无法发送给一位或多位收件人。",
        // cs.txt.erb
        "[undeliverable] Zpráva je příliš velká\nDobrý den, #{mail.from_display_name},\n\nBohužel, váš e-mail s předmětem \"#{mail.subject}\" se nepodařilo jednomu nebo více příjemcům doručit.",
        // uk.txt.erb
        "[undeliverable] Повідомлення завелике\nШановий(а) #{mail.from_display_name},\n\nНа жаль, ваш електронний лист із назвою \"#{mail.subject}\" не вдалося доставити одному чи кільком одержувачам.",
        // hu.txt.erb
        "[undeliverable] Túl nagy üzenet\nTisztelt #{mail.from_display_name},\n\nSajnos a \"#{mail.subject}\" című levelét nem sikerült kézbesíteni egy vagy több címzettnek.",
        // id.txt.erb
        "[tidak terkirim] Pesan terlalu besar\nKepada #{mail.from_display_name},\n\nSayangnya email Anda dengan judul \"#{mail.subject}\" tidak dapat dikirim ke satu atau lebih penerima.",
        // hr.txt.erb
        "[neisporučivo] Poruka je prevelika\nDragi #{mail.from_display_name},\n\nnažalost, Vaš e-mail pod nazivom \"#{mail.subject}\" nije moguće isporučiti jednom ili više primatelja.",
        // sk.txt.erb
        "[nedoručiteľné] Správa je príliš veľká\nVážený/á #{mail.from_display_name},\n\nŽiaľ, váš e-mail s názvom \"#{mail.subject}\" nebolo možné doručiť jednému alebo viacerým príjemcom.",
        // sr.txt.erb
        "[неиспоручиво] Превелика порука\nДраги #{mail.from_display_name},\n\nНажалост, није било могуће испоручити вашу имејл порука „#{mail.subject}” једном или више примаоца.",
        // bn.txt.erb
        "[অবিতরণযোগ্য] বার্তা অতিরিক্ত বড়\nপ্রিয় #{mail.from_display_name},\n\nদুর্ভাগ্যবশত আপনার \"#{mail.subject}\" শিরোনামের ইমেইলটি একজন বা একাধিক প্রাপকের কাছে ডেলিভার করা যায়নি।",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::MessageTooLarge, "{text}");
        assert_eq!(e.outcome, Outcome::Permanent, "{text}");
        assert_eq!(provider_of(text), None, "{text}");
    }
}

/// gromox's bounce when the stored mail cannot be presented to the recipient
/// (https://github.com/grommunio/gromox/tree/master/data/mail_bounce, BOUNCE_CANNOT_DISPLAY): the mail
/// itself could not be converted; the subject says delivery failed.
#[test]
fn gromox_cannot_render_bounce_is_a_format_failure() {
    for text in [
        // gb2312/BOUNCE_CANNOT_DISPLAY
        "Subject: 投递失败，无法将邮件呈现给最终用户\n您好：\n  很抱歉通知您，您发送到“%(rcpt)”的邮件无法被正确呈现！",
        // big5/BOUNCE_CANNOT_DISPLAY
        "Subject: 投遞失敗，無法將郵件呈現給最終用戶\n您好：\n  很抱歉通知您，您發送到“%(rcpt)”的郵件無法被正確呈現！",
    ] {
        assert_reads(text, Category::MessageFormat, Outcome::Permanent);
    }
}

/// Gmail's bounces for a Google Workspace admin rule, in English and as Google's localized help pages
/// print them (https://support.google.com/a/answer/7282433; Japanese ?hl=ja; Polish,
/// https://knowledge.workspace.google.com/admin/support/troubleshooting/message-bounced-due-to-a-policy-rule?hl=pl;
/// the Japanese heading of .../admin/users/advanced/mail-policy-requirements-error?hl=ja): a rule refused
/// the message and names no cause (LABELS.md §1 Q6); only Google writes these sentences.
#[test]
fn gmail_policy_rule_bounces_are_policy_refusals_by_google() {
    for text in [
        "Rejected due to policy associated with sender",
        "送信者に適用されるポリシーに基づいて拒否されました",
        "Odrzucono przez zasady związane z nadawcą",
        "A policy required encryption but was unable to encrypt the message.",
        "Zgodnie z zasadami wymagane jest szyfrowanie, ale nie udało się zaszyfrować wiadomości.",
        "設定されたポリシーにより、メールを送信することができません。",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::PolicyRejected, "{text}");
        assert_eq!(e.outcome, Outcome::Permanent, "{text}");
        assert_eq!(provider_of(text).as_deref(), Some("google"), "{text}");
    }
    // Google Groups' refusal, quoted in English on the German help page
    // (https://knowledge.workspace.google.com/admin/support/troubleshooting/messages-from-a-bulk-sender-bounce?hl=de).
    let text =
        "Message rejected by Google Groups. Weitere Informationen finden Sie im Hilfeartikel http://support.google.com/mail/answer/188131.";
    let e = explain(text);
    assert_eq!(e.category.id, Category::PolicyRejected);
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("google"));
}

/// Exchange Online's directory-based edge blocking, as Microsoft's German support page prints the NDR
/// (https://support.microsoft.com/de-de/topic/ndr-fehlercode-550-5-4-1-empf%C3%A4ngeradresse-abgelehnt-zugriff-verweigert-c0e98a8e-81db-49c2-9bf1-32a1734d3e77):
/// the recipient address is not valid in the tenant; the words decide over X.4.1's registry subject.
#[test]
fn exchange_onlines_german_5_4_1_is_an_unknown_recipient() {
    let text = "550 5.4.1 Empfängeradresse abgelehnt: Zugriff verweigert";
    let e = explain(text);
    assert_eq!(e.category.id, Category::MailboxUnknown);
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("microsoft"));
}
