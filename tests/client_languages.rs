//! A failed send as the mail programs word it in their other languages (session 19, round nl2;
//! src/data/knowledge/clients.tsv). Each text is a program's translated string as published in
//! its translation file (named beside it), with its placeholders filled the way the program
//! fills them (a server name, an account, a reply code, a size); the expected category and
//! outcome are read from the string itself and tests/corpus/LABELS.md (§3: a connection failure
//! without a code is temporary), never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Roundcube's smtpconnerror, "SMTP Error ($code): Connection to server failed." — a socket
/// failure carries no reply code, so Roundcube prints empty parentheses (rcube_smtp.php
/// _conn_error). program/localization/<lang>/messages.inc at roundcube/roundcubemail 28b4441.
#[test]
fn roundcube_connection_failures_read_as_network_errors_in_every_language() {
    assert_all_read(
        &[
            // bg_BG
            "SMTP грешка (): Няма връзка със сървъра.",
            // el_GR
            "Σφάλμα SMTP (): Απέτυχε η σύνδεση με τον εξυπηρετητή.",
            // hy_AM
            "SMTP սխալ ()` Սերվերի հետ կապը ձախողվեց։",
            // mk_MK
            "SMTP грешка (): Не успеав да се поврзам со серверот",
            // uk_UA
            "Помилка SMTP-сервера (): Не вдалося з'єднатися з сервером",
            // ug
            "SMTP خاتالىقى (code$): مۇلازىمېتىرغا ئۇلىنىش مەغلۇپ بولدى.",
            // zh_TW
            "SMTP 錯誤（）：與伺服器連線失敗",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// Roundcube's smtpautherror, "SMTP Error ($code): Authentication failed.", with the reply code
/// Net_SMTP raises for a refused AUTH.
#[test]
fn roundcube_sign_in_refusals_read_as_auth_failures() {
    assert_all_read(
        &[
            // az_AZ (the capital İ is kept as written: the matcher folds no dotted capital)
            "SMTP Error (535): İdentifikasiya xətası",
            // bg_BG
            "SMTP грешка (535): Грешни потребител/парола.",
            // el_GR
            "Σφάλμα SMTP (535): Σφάλμα ταυτοποίησης.",
            // hy_AM
            "SMTP սխալ (535)` Նույնականացումը ձախողվեց։",
            // mk_MK (its string has no code)
            "SMTP грешка: Не успееа потврдувањето",
            // ug
            "SMTP خاتالىقى (535): كىملىكىنى دەلىللەش مەغلۇپ بولدى.",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
    assert_eq!(software_of("Σφάλμα SMTP (535): Σφάλμα ταυτοποίησης.").as_deref(), Some("roundcube"));
}

/// Roundcube's smtpsizeerror, "SMTP Error: Message size exceeds server limit ($limit)", the
/// limit taken from the server's EHLO SIZE.
#[test]
fn roundcube_size_refusals_read_as_too_large() {
    assert_all_read(
        &[
            // be_BE (its translation misspells SMTP)
            "Памылка STMP: памер ліста перавышае ліміт сервера (10 MB)",
            // bg_BG
            "SMTP грешка: Размерът на писмото надвишава ограничението на сървъра (10 MB)",
            // el_GR
            "Σφάλμα SMTP: Το μέγεθος του μηνύματος υπερβαίνει το όριο του διακομιστή (10 MB)",
            // sr_CS
            "СМТП грешка: порука прекорачује ограничење величине (10 MB)",
            // tr_TR
            "SMTP hatası: İleti boyutu sunucu sınırlamasını aşıyor (10 MB)",
            // uk_UA
            "Помилка SMTP: Розмір листа перевищує ліміт сервера (25 MB)",
        ],
        Category::MessageTooLarge,
        Outcome::Permanent,
    );
}

/// Thunderbird's composeMsgs.properties (thunderbird/thunderbird-l10n 5d7cde6): the outgoing
/// server could not be reached, its name is unknown, or the connection dropped mid-send
/// (smtpSendRequestRefused, smtpSendFailedUnknownServer, smtpSendInterrupted); %S is the
/// server's host name.
#[test]
fn thunderbird_connection_failures_read_as_network_errors() {
    assert_all_read(
        &[
            // pt-PT smtpSendRequestRefused
            "A mensagem não foi enviada porque a ligação ao servidor de envio (SMTP) smtp.example.pt falhou. O servidor pode estar indisponível ou a recusar ligações SMTP. Verifique se as definições do servidor (SMTP) estão corretas e tente novamente.",
            // ia smtpSendRequestRefused
            "Le message non poteva esser inviate perque le connexion al servitor de exito (SMTP) smtp.example.com ha fallite. Le servitor pote esser indisponibile o refusar connexiones SMTP. Verifica tu parametros de servitor de exito (SMTP) e tenta lo de novo.",
            // uk smtpSendFailedUnknownServer
            "Сталася помилка при надсиланні пошти: Невідомий сервер вихідної пошти (SMTP) smtp.example.com.ua. Можливо, сервер має неправильну конфігурацію. Переконайтеся, що налаштування вашого сервера вихідної пошти (SMTP) правильні та спробуйте знову.",
            // kk smtpSendFailedUnknownServer
            "Поштаны жіберу кезінде қате орын алды: smtp.example.kz шығыс пошта сервері (SMTP) белгісіз. Сервер қате бапталғаг болуы мүмкін. Шығыс пошта сервері (SMTP) баптауларының дұрыстығын тексеріп, қайталап көріңіз.",
            // th smtpSendFailedUnknownServer
            "เกิดข้อผิดพลาดขณะส่งจดหมาย: ไม่รู้จักเซิร์ฟเวอร์ขาออก (SMTP) smtp.example.co.th เซิร์ฟเวอร์อาจถูกกำหนดค่าอย่างไม่ถูกต้อง โปรดตรวจสอบว่าการตั้งค่าเซิร์ฟเวอร์ขาออก (SMTP) ของคุณถูกต้องแล้วลองอีกครั้ง",
            // cak smtpSendInterrupted
            "Man xtaq ta ri rutzijol ruma ri okem pa ri Ruk'uxasamaj elem (SMTP) smtp.example.com xsach toq nib'anatäj. Tatojtob'ej chik.",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// Thunderbird's smtpAuthFailure: signing in to the outgoing server failed.
#[test]
fn thunderbird_sign_in_failures_read_as_auth_failures() {
    assert_all_read(
        &[
            // hu
            "Nem sikerült a hitelesítés a(z) smtp.example.hu levélküldő (SMTP) kiszolgálóhoz. Ellenőrizze a jelszót és a „Hitelesítési módszer” beállítást a „Postafiók beállításai | Levélküldő kiszolgáló (SMTP)” alatt.",
            // uz
            "Chiquvchi server (SMTP) smtp.example.uz haqiqiyligi tasdiqlanmadi. \"Hisob sozlamalari | Chiquvchi server (SMTP)\" ichidagi \"Haqiqiylikni tasdiqlash uslubi\"ni tekshirib ko‘ring.",
        ],
        Category::AuthFailed,
        Outcome::Permanent,
    );
}

/// A Turkish wrapper that starts with a capital İ names its program, and the server's reply
/// inside it decides the cause: Thunderbird tr errorSendingDataCommand with Postfix's size
/// reply (552 5.3.4, permanent).
#[test]
fn a_turkish_wrapper_with_a_dotted_capital_still_names_thunderbird() {
    let text = "İleti gönderilirken giden sunucusu (SMTP) hatası oluştu. Sunucunun yanıtı:  552 5.3.4 Message size exceeds fixed limit.";
    assert_reads(text, Category::MessageTooLarge, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("thunderbird"));
}

/// Thunderbird for Android's notification_authentication_outgoing_server_error_text,
/// "Authentication failed for %1$s. Update your outgoing server settings."
/// (feature/notification/api/src/commonMain/composeResources/values-<lang>/strings.xml at
/// thunderbird/thunderbird-android a59bd67), %1$s being the account's name.
#[test]
fn the_android_apps_outgoing_sign_in_notice_reads_as_auth_failed() {
    let texts = [
        // cs
        "Autentifikace účtu jan@example.cz selhala. Upravte svá nastavení odchozího serveru.",
        // de
        "Authentifizierung für Max Mustermann fehlgeschlagen. Aktualisiere deine Einstellungen für den Postausgangsserver.",
        // nl
        "Authenticatie voor Jan de Vries is mislukt. Werk uw instellingen voor de uitgaande server bij.",
        // et
        "Autentimine teenuses Mari Tamm ei õnnestunud. Palun kontrolli väljuvate kirjade serveri seadistusi.",
        // lt
        "Prisijungti prie Jonas nepavyko. Atnaujinkite savo siunčiamųjų serverio nustatymus.",
        // iw
        "אימות נכשל עבור דנה. עדכן את הגדרות השרת היוצא.",
    ];
    assert_all_read(&texts, Category::AuthFailed, Outcome::Permanent);
    for text in texts {
        assert_eq!(software_of(text).as_deref(), Some("k9"), "{text}");
    }
}

/// No row of this round's corpus file whose source tells a failure reads as a success.
#[test]
fn no_failure_of_round_nl2_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-nl2-s19.jsonl"));
}

/// Strings whose cause was already read, now with the program that writes them: Roundcube
/// ru_RU smtpsizeerror and zh_CN smtpconnerror, Thunderbird th smtpTooManyRecipients with
/// Postfix's 452 reply (temporary by its code), Thunderbird for Android's outgoing sign-in
/// notification in ko and ru (sources as above).
#[test]
fn translated_wrappers_name_their_program() {
    let cases = [
        ("Ошибка SMTP: Размер сообщения превышает ограничения сервера (10 MB)", Category::MessageTooLarge, Outcome::Permanent, "roundcube"),
        ("SMTP 错误 ():连接服务器失败。", Category::NetworkError, Outcome::Temporary, "roundcube"),
        (
            "ข้อความนี้ไม่ได้ถูกส่งเนื่องจากมีผู้รับเกินกว่าจำนวนที่อนุญาต เซิร์ฟเวอร์ตอบกลับว่า: 452 4.5.3 Error: too many recipients",
            Category::TooManyRecipients,
            Outcome::Temporary,
            "thunderbird",
        ),
        ("minsu@example.co.kr의 인증에 실패했습니다. 발신 서버 설정을 업데이트하세요.", Category::AuthFailed, Outcome::Permanent, "k9"),
        (
            "Ошибка аутентификации ivan@example.ru. Обновите настройки сервера исходящей почты.",
            Category::AuthFailed,
            Outcome::Permanent,
            "k9",
        ),
    ];
    for (text, category, outcome, program) in cases {
        assert_reads(text, category, outcome);
        assert_eq!(software_of(text).as_deref(), Some(program), "{text}");
    }
}
