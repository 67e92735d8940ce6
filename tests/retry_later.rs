//! A text without a code that asks to try again later tells a temporary failure, in every
//! language the project speaks (src/data/outcomes.rs); an NDR's advice to resend *this
//! message* later does not.

use smtp_explain::{explain, Outcome};

#[test]
fn try_again_later_is_temporary_in_every_language() {
    for input in [
        "Please try again later.",
        "Bitte versuchen Sie es später erneut.",
        "Recipient address rejected: Please try again later! / Bitte versuchen Sie es spaeter erneut!",
        "Server ist ausgelastet. Bitte versuchen Sie es später noch einmal.",
        "Service refusé. Veuillez réessayer plus tard.",
        "Servicio no disponible. Inténtelo de nuevo más tarde.",
        "Serviço indisponível. Tente novamente mais tarde.",
        "Servizio non disponibile. Riprova più tardi.",
        "Server tijdelijk niet beschikbaar. Probeer het later opnieuw.",
        "Serwer tymczasowo niedostępny. Spróbuj ponownie później.",
        "Сервер временно недоступен. Попробуйте позже.",
        "服务器繁忙，请稍后再试。",
        "系統暫時發生問題。請稍後再試",
        "サーバーがビジーです。しばらくしてからもう一度お試しください。",
        "서버가 바쁩니다. 나중에 다시 시도하세요.",
        "الخادم مشغول. يرجى المحاولة لاحقًا.",
    ] {
        let e = explain(input);
        assert!(e.recognized, "{input}");
        assert_eq!(e.outcome, Outcome::Temporary, "{input}");
    }
}

#[test]
fn a_notices_advice_to_resend_later_is_no_temporary_outcome() {
    // Exchange's German NDR for a full mailbox (dev row d-s3i-020): the message was not delivered.
    let e = explain("Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie zu einem späteren Zeitpunkt noch mal, Ihre Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.");
    assert_ne!(e.outcome, Outcome::Temporary);
    // A code decides over the words.
    assert_eq!(explain("550 5.7.1 Service refuse. Veuillez essayer plus tard.").outcome, Outcome::Permanent);
}

/// A TLS handshake that broke off (the connection reset or closed before it finished) failed for
/// now (tests/corpus/LABELS.md §3); a handshake refused for a lasting reason fails for good.
#[test]
fn a_handshake_that_broke_off_is_temporary() {
    use smtp_explain::Category;
    for input in [
        "Error: Client network socket disconnected before secure TLS connection was established",
        "com.fsck.k9.mail.CertificateValidationException: SSL handshake aborted: I/O error during system call, Connection reset by peer",
        "Error: Unexpected socket close\n  code: 'ETLS'",
        "SSL routines::unexpected eof while reading",
    ] {
        let e = explain(input);
        assert_eq!(e.outcome, Outcome::Temporary, "{input}");
    }
    let lasting = explain("Error: self-signed certificate in certificate chain\n  code: 'ESOCKET'");
    assert_eq!(lasting.category.id, Category::TlsFailed);
    assert_eq!(lasting.outcome, Outcome::Permanent);
}

/// A reply's own words do not override its code ("421 ... SPF Permanent Error" stays temporary),
/// while a notice around it that says it gave up does; a sending service's API that says it is
/// throttling (HTTP 400, SES "Throttling") is temporary.
#[test]
fn words_inside_a_reply_leave_its_code_and_an_api_throttle_is_temporary() {
    assert_eq!(explain("421 4.7.0 example.com: SPF Permanent Error: Unknown mechanism found").outcome, Outcome::Temporary);
    let given_up = "Hi. This is the qmail-send program at example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<bob@example.com>:\n192.0.2.1 does not like recipient.\nRemote host said: 451 4.3.0 Temporary local problem\nGiving up on 192.0.2.1.";
    assert_eq!(explain(given_up).outcome, Outcome::Permanent);
    let throttled = r#"{"statusCode": 400, "code": "Throttling", "message": "Maximum sending rate exceeded."}"#;
    assert_eq!(explain(throttled).outcome, Outcome::Temporary);
}
