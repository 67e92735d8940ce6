//! Families of wording found in a fresh, unbiased sample of texts people paste when mail fails
//! (session 18, round fr6; tests/corpus/dev-fr6-s18.jsonl; rules in src/data/knowledge/).
//! Each text is quoted from the page or program source named beside it; the expected values are
//! read from that source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Exchange's non-delivery reports: a recipient system that takes no mail now (LABELS.md §2 Q4)
/// and a recipient domain with no mail server in DNS (#5.4.0).
#[test]
fn exchange_reports_name_an_unavailable_system_and_an_unknown_domain() {
    // A university help desk quoting the NDR (td.usd.edu KB 1027); the notice says delivery failed.
    assert_reads(
        "Delivery has failed to these recipients or groups:\n\nThe recipient's email system isn't accepting messages now. Please try resending this message later or contact the recipient directly.",
        Category::ServerUnavailable,
        Outcome::Permanent,
    );
    // The same wording alone, with a typographic apostrophe.
    assert_eq!(category_of("The recipient’s email system isn’t accepting messages now."), Category::ServerUnavailable);
    // snmail.co.uk/support/failure-dns.htm (placeholders as the page prints them).
    assert_reads(
        "did not reach the following recipient(s):\n\nThe destination server for this recipient could not be found in Domain Name Service (DNS). Please verify the email address and retry.\nIf that fails, contact your administrator.\n<{Issuing Server} #5.4.0>",
        Category::DomainUnknown,
        Outcome::Permanent,
    );
}

/// PHPMailer's debug notice when the server closed the socket before greeting: a connection
/// that broke off is failed for now (LABELS.md §3).
#[test]
fn phpmailer_eof_on_connect_is_a_network_error() {
    let texts = [
        // PHPMailer src/SMTP.php connected(), as a Self Service Password log prints it
        // (ltb-project/self-service-password#678).
        "NOTICE: PHP message: Connection: opening to smtp.163.com:465, timeout=30, options=array (\nNOTICE: PHP message: Connection: opened\nNOTICE: PHP message: SERVER -> CLIENT: \nNOTICE: PHP message: SMTP NOTICE: EOF caught while checking if connected",
        // The older class.smtp.php form of the same notice.
        "SMTP -> NOTICE:\r\nEOF caught while checking if connected",
    ];
    assert_all_read(&texts, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(texts[0]).as_deref(), Some("netease"));
}

/// A refused login in Stalwart's trace (stalwartlabs/smtp-server#31).
#[test]
fn stalwart_failed_authenticate_event_is_an_auth_failure() {
    let text = "2023-12-14T09:42:03.830292Z DEBUG session{instance=\"submissions\" protocol=Smtp remote.ip=\"172.18.0.1\" remote.port=48860}: smtp::inbound::auth: context=\"auth\" event=\"authenticate\" result=\"failed\"";
    assert_eq!(category_of(text), Category::AuthFailed);
    assert_ne!(explain(text).outcome, Outcome::Success);
}

/// Size and sender wording from hosts' lists of bounce texts.
#[test]
fn size_violation_and_unrecognized_sender() {
    // cyon.ch/support/a/smtp-error-550.
    assert_reads("550 5.7.0 Message Size Violation", Category::MessageTooLarge, Outcome::Permanent);
    // td.usd.edu KB 1027: the refusal names the sender address.
    assert_eq!(
        category_of("We are unable to deliver your message to its intended recipient(s). Unrecognized sender email address:"),
        Category::SenderRejected
    );
}

/// Microsoft 365 operated in China demands STARTTLS; the reply is shown translated into Chinese
/// (apache/hertzbeat#1062).
#[test]
fn microsoft_china_starttls_demand_in_chinese() {
    let text = "[电子邮件通知错误] 消息失败：com.sun.mail.smtp.SMTPSendFailedException: 451 5.7.3 发送邮件需要 STARTTLS [BJXPR01CA0050.CHNPR01.prod.partner.outlook.cn 2023-07-03T07:17:07.624Z 08DB7565CE20173C]";
    assert_reads(text, Category::TlsRequired, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("microsoft"));
}

/// lettre 0.10's error value printed with {:?}: Kind::Permanent holds a 5xx reply
/// (lettre src/transport/smtp/error.rs; lettre/lettre#686). The cause is lost, the outcome is not.
#[test]
fn lettre_permanent_kind_is_permanent() {
    let text = "lettre::transport::smtp::Error {\n    kind: Permanent(\n        Code {\n            severity: PermanentNegativeCompletion,\n            category: MailSystem,\n            detail: Four,\n        },\n    ),\n}";
    assert_eq!(explain(text).outcome, Outcome::Permanent);
}

/// No text of the sample whose source tells a failure (temporary or permanent) reads as a
/// success, whatever else the reader gets right or wrong.
#[test]
fn no_failure_of_the_sample_reads_as_success() {
    let corpus = include_str!("corpus/dev-fr6-s18.jsonl");
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("a JSON row");
        let outcome = row["outcome"].as_str().unwrap();
        if outcome == "temporary" || outcome == "permanent" {
            let text = row["text"].as_str().unwrap();
            assert_ne!(explain(text).outcome, Outcome::Success, "{}", row["id"]);
        }
    }
}
