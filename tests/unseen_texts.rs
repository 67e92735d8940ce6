//! Fresh texts of every kind, from pages outside the corpus, in the languages users paste them
//! (rounds `fr`, `fr2`, ..., `fr11`, `fr13`, `fr15`, `fr19`, `fr21`, `fr24`, `fr27`, `fr31`,
//! `fr38`; src/data/knowledge/phrases.tsv, markers.tsv, outcomes.tsv, software.tsv). Each text is
//! quoted from the page or program source named beside it; the expected values are read from that
//! source and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A hosted relay's per-account sending quota is a count of this sender's mail (LABELS.md §2 Q3).
#[test]
fn a_relays_sending_quota_is_a_rate_limit() {
    for text in [
        // PHPMailer's error around the relay's reply, https://github.com/WWBN/AVideo/issues/7527
        "Message could not be sent SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: C13ypH3DXQO9CC140p6S9y Message would take you over your relay quota of 500 Current quota used: 487 SMTP code: 552",
        // A user's quote of the relay's refusal, https://github.com/nodemailer/nodemailer/issues/1137
        "User me@site.com has exceeded its 24-hour sending limit. Messages to 25 recipients out of 25",
        // The GoDaddy reply form the phrase row quotes.
        "550 Message would take you over your relay quota of 5 Current quota used: 5",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::RateLimited, "{text}");
        assert_ne!(e.outcome, Outcome::Success, "{text}");
    }
    // A 5xx reply is permanent (RFC 5321 §4.2.1).
    assert_eq!(explain("550 Message would take you over your relay quota of 5 Current quota used: 5").outcome, Outcome::Permanent);
}

/// Haraka gives a message up when its temporary failures outnumber its retry intervals
/// (outbound/hmail.js: `Too many failures (${err})`): the retries ran out.
#[test]
fn harakas_too_many_failures_bounce_is_an_expired_message() {
    // https://github.com/haraka/Haraka/issues/568
    let text = "Hi. This is the Haraka Mailer program at mail.theartfarm.com.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<user@sending-domain.com>: Too many failures (Tried all MXs)";
    let e = explain(text);
    assert_eq!(e.category.id, Category::Expired);
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("haraka"));
}

/// Exchange Online's submission quota names Microsoft's service, not only the Exchange software.
#[test]
fn exchange_onlines_submission_quota_names_microsoft() {
    // https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1150
    let text = "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException";
    let e = explain(text);
    assert_eq!(e.category.id, Category::RateLimited);
    assert_eq!(e.provider.as_ref().map(|p| p.id.as_ref()), Some("microsoft"));
    assert_eq!(e.outcome, Outcome::Permanent);
}

/// Log and reply forms that only one mail program writes name that program.
#[test]
fn opensmtpd_bad_input_lines_and_the_exim_helo_acl_name_their_programs() {
    // OpenSMTPD smtp_session.c ("smtp bad-input result=..."), https://github.com/diladele/websafety/issues/2319
    let text = "smtpd[19229]: 13edf1189b8534b5 smtp bad-input result=\"500 5.0.0 Line too long\"";
    assert_eq!(software_of(text).as_deref(), Some("opensmtpd"));
    assert_eq!(explain(text).outcome, Outcome::Permanent);
    // The Exim HELO-check ACL, https://github.com/zone-eu/zone-mta/issues/162
    let text = "550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)";
    assert_eq!(software_of(text).as_deref(), Some("exim"));
    assert_eq!(explain(text).outcome, Outcome::Permanent);
}

/// Exchange Online's 5.6.11 non-delivery report, pasted without its code, still names Microsoft.
#[test]
fn exchange_onlines_bare_line_feed_report_names_microsoft() {
    for text in [
        // https://github.com/inverse-inc/packetfence/issues/5380
        "This error occurs when the email program or device used to create or send an email message adds bare line feed characters into the message. When bare line feed characters are included in a message, the SMTP protocol chunking feature is required to transmit the message between email servers. Chunking uses the SMTP protocol BDAT command, but the recipient's email server doesn't support the BDAT command.",
        // The report's heading, Microsoft's "Fix error code 550 5.6.11 in Exchange Online".
        "Your message contains invalid characters (bare line feed characters) which the email servers don't support.",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::MessageFormat, "{text}");
        assert_eq!(e.provider.as_ref().map(|p| p.id.as_ref()), Some("microsoft"), "{text}");
        assert_ne!(e.outcome, Outcome::Success, "{text}");
    }
}

/// Microsoft's article on 550/553 relay errors prints Outlook's send dialog with the server's
/// "Relaying denied" reply translated into the page's language: the words name a relay refusal.
#[test]
fn outlooks_translated_relay_dialogs_are_relay_refusals() {
    for text in [
        // https://support.office.com/de-de/article/Beim-Senden-von-E-Mail-Nachrichten-...-65b494a4-0a15-433e-829f-e73651e0245e
        "Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom Server nicht akzeptiert wurde. Die nicht akzeptierte E-Mail-Adresse ist <jemand@beispiel.com>. Betreff: \"<Test>\", Konto: \"<Test>\", Server: \"<smtp.beispiel.com>\", Protokoll: SMTP, Serverantwort: \"550 <jemand@beispiel.com>... Relay verweigert\", Anschluss: 25, Secure (SSL): Nein, Serverfehler: 550, Fehlernummer: 0x800CCC79.",
        // https://support.microsoft.com/ja-jp/office/...-65b494a4-0a15-433e-829f-e73651e0245e
        "いずれかの受信者がサーバーによって拒否されたため、メッセージを送信できませんでした。 拒否された電子メール アドレスは、\"someone@example.com > < \" でした。 件名: '<Test>',Account: '<Test>', Server: '<smtp.example.com> ', Protocol: SMTP, Server Response: '550 <someone@example.com> ....リレー拒否\"、ポート: 25、Secure (SSL): いいえ、サーバー エラー: 550、エラー番号: 0x800CCC79。",
        // https://support.microsoft.com/es-es/office/...-65b494a4-0a15-433e-829f-e73651e0245e
        "El mensaje no se pudo enviar porque el servidor rechazó uno de los destinatarios. La dirección de correo electrónico rechazada era \"<someone@example.com>\". Asunto: '<Prueba>', Cuenta: '<Prueba>', Servidor: '<smtp.example.com>', Protocolo: SMTP, Respuesta del servidor: '550 <someone@example.com>... Retransmisión denegada', Puerto: 25, Seguro (SSL): No, Error del servidor: 550, Número de error: 0x800CCC79",
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, Category::RelayDenied, "{text}");
        // A 550 refusal is permanent (RFC 5321 §4.2.1).
        assert_eq!(e.outcome, Outcome::Permanent, "{text}");
    }
}

/// Exchange's back-pressure event: the transport server refuses new mail while its disk or
/// memory is short and takes it again once the resource recovers
/// (https://learn.microsoft.com/en-us/exchange/mail-flow/back-pressure).
#[test]
fn exchange_back_pressure_is_a_temporary_storage_shortage() {
    // Quoted at https://itstorys.tistory.com/m/248 (event 15006).
    let text = "Microsoft Exchange Transport is rejecting message submissions because the available disk space has dropped below the configured threshold.";
    assert_reads(text, Category::ServerStorage, Outcome::Temporary);
}

/// A connection that failed before any reply, worded in French and Japanese: a network error,
/// failed for now (LABELS.md §3).
#[test]
fn french_and_japanese_connection_failures_are_network_errors() {
    for text in [
        // WP Mail SMTP's French guide, https://wpmailsmtp.com/fr/how-to-fix-smtp-server-not-responding-in-wordpress
        "Erreur SMTP : impossible de se connecter à l'hôte SMTP. Échec de la connexion au serveur",
        // Japanese help page on Thunderbird, https://services.awaisora.com/2025/08/29/5b2a2915-9840-4954-af84-25b20dde93f7
        "接続できませんでした。接続が拒否されました。",
    ] {
        assert_reads(text, Category::NetworkError, Outcome::Temporary);
    }
}

/// A named public list beats the IP-refusal words around it (LABELS.md §1 Q2).
#[test]
fn listed_by_spamhaus_is_a_blocklisting() {
    // https://emailblacklistchecker.com/resources/comcast-email-blacklist
    assert_reads("550 BL0000 Mail from IP x.x.x.x refused - Listed by Spamhaus", Category::SenderBlocklisted, Outcome::Permanent);
}

/// Postfix's older failure notice names no cause, but it is only sent once Postfix gives up:
/// the category stays unknown and the outcome is permanent (LABELS.md: a failed DSN is permanent).
#[test]
fn postfixs_older_failure_notice_is_permanent_without_a_cause() {
    // https://help.lws-hosting.com/en/Main-email-error-codes-and-their-meaning
    let e = explain("I'm sorry to have to inform you that the message returned below could not be delivered to one or more destinations.");
    assert_eq!(e.category.id, Category::Unknown);
    assert_eq!(e.outcome, Outcome::Permanent);
    // The template is Postfix's (bounce_notify.c, bounce_boilerplate()).
    assert_eq!(e.software.as_ref().map(|s| s.id.to_string()).as_deref(), Some("postfix"));
}

/// Texts the tool already read right before this round, kept so they stay right: none of these
/// failures may come out as a success.
#[test]
fn fresh_failures_are_never_told_as_success() {
    for (text, category) in [
        // https://foxydog.tistory.com/180: Gmail's over-quota deferral.
        ("452-4.2.2 The recipient's inbox is out of storage space. Please direct the 452-4.2.2 recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp", Category::MailboxFull),
        // https://help.creoline.com/de/doc/t-online-554-dialuptransient-ip-not-allowed-zVwMz4z866
        ("554: Dialup/transient IP not allowed. \nUse a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)", Category::SenderIpBlocked),
        // https://kb.3gnt.net/index.php?EntryID=92&View=print: Outlook.com's own block list (S3150).
        ("550 5.7.1 Unfortunately, messages from [] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", Category::SenderIpBlocked),
        // https://help.clouduss.com/...: Exchange's back-pressure reply.
        ("452 4.3.1 Insufficient system resources", Category::ServerStorage),
    ] {
        let e = explain(text);
        assert_eq!(e.category.id, category, "{text}");
        assert_ne!(e.outcome, Outcome::Success, "{text}");
    }
}

/// Postfix's smtp client defers with "client TLS configuration problem" when its own TLS policy
/// for the destination is invalid (postfix/src/smtp/smtp_tls_policy.c MARK_INVALID,
/// smtp_proto.c); a log that says deferred is temporary (LABELS.md §3), and the words are
/// Postfix's own.
#[test]
fn postfix_client_tls_configuration_problem_is_a_tls_failure() {
    // Mailu/Mailu#1973, as the SMTP container logs it.
    let fragment = "(status=deferred (client TLS configuration problem))";
    assert_reads(fragment, Category::TlsFailed, Outcome::Temporary);
    assert_eq!(software_of(fragment).as_deref(), Some("postfix"));
    // The whole line the fragment comes from, in Postfix's smtp log form (dsn=4.7.5 as
    // smtp_tls_policy.c sets it).
    let line = "Jan  3 10:00:00 mx postfix/smtp[123]: 4F1A2B3C4D: to=<a@example.com>, relay=none, \
                delay=0.1, delays=0/0/0/0, dsn=4.7.5, status=deferred (client TLS configuration problem)";
    assert_reads(line, Category::TlsFailed, Outcome::Temporary);
}

/// A count of the sender's own mail is a rate limit, whatever the enhanced code's subject
/// (LABELS.md general order 2, §2 Q3).
#[test]
fn sending_limits_are_rate_limits() {
    assert_all_read(
        &[
            // Emailit's SMTP relay, https://emailit.com/docs/smtp/troubleshooting/ (X.4.5 would
            // read as congestion, X.5.3 as too many recipients).
            "452 4.4.5 Messages per second limit exceeded",
            "452 4.5.3 Daily message limit exceeded",
        ],
        Category::RateLimited,
        Outcome::Temporary,
    );
    // cPanel's Exim hourly limits; the message over the limit is discarded
    // (https://inmotionhosting.com/support/email/domain-exceeded-max-emails-per-hour,
    // https://mail.my.ultrawebhosting.com/knowledgebase/414/).
    for text in [
        "Domain example.com has exceeded the max emails per hour (313/250 (125%)) allowed. Message discarded.",
        "Domain has exceeded the max defers and failures per hour (10/10 (58%)) allowed. Message discarded.",
    ] {
        assert_eq!(category_of(text), Category::RateLimited, "{text}");
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
    // Gmail's daily quota through Python's smtplib (iiuni/projektzapisy#960): 'gsmtp' names Google.
    let gmail = "SMTPDataError: (550, b'5.4.5 Daily user sending quota exceeded. s124sm6149838wme.29 - gsmtp')";
    assert_reads(gmail, Category::RateLimited, Outcome::Permanent);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
}

/// A full recipient mailbox in a host's list of bounce texts (https://www.exedo.nl/mailmeldingen).
#[test]
fn an_exceeded_mailbox_limit_is_a_full_mailbox() {
    let text = "The recipient has exceeded their mailbox limit";
    assert_eq!(category_of(text), Category::MailboxFull);
    assert_ne!(explain(text).outcome, Outcome::Success);
}

/// Polish renderings of the submission server's answers in a mail program's help
/// (https://www.jzk.pl/baza-wiedzy/problemy-z-wysylaniem-poczty): wrong login details, a
/// connection that requires logging in or encryption, a domain that takes no mail.
#[test]
fn polish_submission_answers() {
    assert_eq!(category_of("Niewłaściwe dane logowania."), Category::AuthFailed);
    assert_eq!(category_of("Nieprawidłowe dane logowania"), Category::AuthFailed);
    assert_eq!(category_of("Połączenie wymaga zalogowania."), Category::AuthRequired);
    assert_eq!(category_of("Połączenie wymaga szyfrowania."), Category::TlsRequired);
    assert_eq!(category_of("Ta domena nie przyjmuje poczty."), Category::DomainNoMail);
    for text in ["Niewłaściwe dane logowania.", "Połączenie wymaga zalogowania."] {
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
}

/// msmtp's configuration error (msmtp src/msmtp.c "account %s not found: no configuration file
/// available"), as cron prints it through the sendmail link (marlam/msmtp#63), names msmtp.
#[test]
fn msmtps_missing_configuration_names_msmtp() {
    let text =
        "Dec 10 11:46:01 RequestTracker.ultraimage.us crond[738]: sendmail: account default not found: no configuration file available";
    assert_eq!(software_of(text).as_deref(), Some("msmtp"));
    assert_ne!(explain(text).outcome, Outcome::Success);
}

/// Texts of the sample that already read right, kept so that they stay so.
#[test]
fn fresh_texts_that_read_right() {
    // Exchange Online's 503 to DATA before any accepted recipient, in Invoice Ninja's log
    // (invoiceninja/invoiceninja#3482): a bad sequence of commands, RFC 5321 503.
    let exo = "[2020-03-06 22:59:05] production.ERROR: Expected response code 354 but got code \"503\", with message \
               \"503 5.5.2 Need rcpt command [DM6NAM12FT026.eop-nam12.prod.protection.outlook.com] \"";
    assert_reads(exo, Category::ProtocolSequence, Outcome::Permanent);
    assert_eq!(provider_of(exo).as_deref(), Some("microsoft"));
    // A first-seen triplet deferred by a greylisting policy (simplefastwebsites.com, 451 4.7.1 greylisting page).
    assert_reads(
        "451 4.7.1 <user@example.com>: Recipient address rejected: Greylisted, try again in 300 seconds",
        Category::Greylisted,
        Outcome::Temporary,
    );
    // Ruby's connect timeout in a Mastodon mailer job (mastodon/mastodon#6947): failed for now (LABELS.md §3).
    assert_reads("Net::OpenTimeout: execution expired", Category::NetworkError, Outcome::Temporary);
    // Apache Commons Email's wrapper names no cause, but the server it was set to use is
    // NetEase's (apache/dolphinscheduler#6073; LABELS.md §4).
    let commons = "ERROR org.apache.dolphinscheduler.plugin.alert.email.MailSender - Send email to [540957506@qq.com] \
                   failed org.apache.commons.mail.EmailException: Sending the email to the following server failed : smtp.126.com:25";
    assert_eq!(provider_of(commons).as_deref(), Some("netease"));
    // iOS Mail's alert when the outgoing server will not relay (bestapplesolution.blogspot.com).
    assert_eq!(
        category_of(
            "a copy has been placed in your Outbox. The recipient [email address] was rejected by the server because it does not allow relaying."
        ),
        Category::RelayDenied
    );
    // Mailgun's sandbox refusal through Python's smtplib (domino14/Webolith#219) names Mailgun.
    assert_eq!(
        provider_of(
            "(554, 'Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.')"
        )
        .as_deref(),
        Some("mailgun")
    );
}

/// No failure of the sample reads as delivered, including the library errors that quote a
/// 2xx or 3xx reply they did not expect (swiftmailer/swiftmailer#1300, dart-mailer/mailer#5).
#[test]
fn no_fresh_failure_reads_as_success() {
    for text in [
        "A problem occurred while sending the email. Please revise your settings. (Error: Email could not be sent. Check your mail server log)",
        "local.ERROR: Expected response code 354 but got code \"250\", with message \"250 Accepted\n\"",
        "Uncaught Error: Could not send email: 354 go ahead",
        "Exception 'Swift_TransportException' with message 'Expected response code 250 but got code \"\", with message \"\"'",
        "451 SPF lookup failure (#4.3.0)",
        "\"SMTPDataError\" (451,b'4.3.0 pymilter: untrapped exception in pythonfilter')",
        "Failed to authenticate on SMTP server with username \"helpdesk_logistica@[OMISS.]\" using 1 possible authenticators. Authenticator XOAUTH2 returned Swift_TransportException",
        "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: lettre::transport::smtp::Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: MailSystem, detail: Four }) }', service/examples/send.rs:9:45",
        "SMTP error from remote mail server after end of data:\n550 Action not taken",
        "2019-03-31 13:33:00 ERROR (Thread-2) [homeassistant.components.notify.smtp] Login not possible. Please check your setting and/or your credentials",
        "421 Message temporarily deferred - [numeric code]",
        "ErrorInfo: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
        "Oops!! SMTP Error: Could not authenticate",
        "Failed to connect (1) Failed to connect to SMTP server.",
        "SMTP error from remote mail server after RCPT TO:<email@adres.nl>: 554 No relaying allowed - psmtp",
        "SMTP error from remote mail server after RCPT TO:<email@adres.nl>  host mail.adres.nl [xxx.xx.x.xx]: 550 5.1.0 Recipient rejected.",
        "Retry timeout exceeded",
        "550 High probability of spam",
        "#5.1.0 Address rejected emailadres@domein.nl (in reply to RCPT TO command)",
        "RELAYING NOT ALLOWED (550 Relay Disabled)",
        "Your IP address has been restricted due to heavy usage.",
        "454 Temporary authentication failure",
        "Send Email fail！Accout or SMTP verification error ！",
        "SEVERE: Unable to send Email message",
        "512 – Nie ma takiej domeny",
        "521 – Nieaktywna skrzynka pocztowa",
        "550 Relay Not Permitted",
    ] {
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
}

/// Windows' own text for WSAETIMEDOUT (10060), as a localized Windows prints it inside the
/// errors of Python, PHP and .NET mail code: the connection attempt got no answer in time.
#[test]
fn windows_timeout_texts_in_other_languages_are_network_errors() {
    assert_all_read(
        &[
            // Python smtplib on Chinese Windows (selfteaching/selfteaching-python-camp#2302).
            "TimeoutError:由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败",
            // German Windows, as a Python script prints it.
            "TimeoutError: [WinError 10060] Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht richtig reagiert hat, oder die hergestellte Verbindung war fehlerhaft, da der verbundene Host nicht reagiert hat",
            // Spanish Windows behind PHP's stream_socket_client() (Mailtrap sandbox).
            "stream_socket_client(): Unable to connect to sandbox.smtp.mailtrap.io:2525 (Se produjo un error durante el intento de conexión ya que la parte conectada no respondió adecuadamente tras un periodo de tiempo, o bien se produjo un error en la conexión establecida ya que el host conectado no ha podido responder.)",
            // Brazilian Portuguese Windows, .NET SmtpClient.
            "ExtendedSocketException: Uma tentativa de conexão falhou porque o componente conectado não respondeu corretamente após um período de tempo ou a conexão estabelecida falhou porque o host conectado não respondeu",
            // Japanese Windows, .NET SocketException.
            "System.Net.Sockets.SocketException: 接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかったため、接続できませんでした。または接続済みのホストが応答しなかったため、確立された接続は失敗しました。",
            // Korean Windows, Python.
            "TimeoutError: [WinError 10060] 연결된 구성원으로부터 응답이 없어 연결하지 못했거나, 호스트로부터 응답이 없어 연결이 끊어졌습니다",
            // Russian Windows.
            "Попытка установить соединение была безуспешной, т.к. от другого компьютера за требуемое время не получен нужный отклик, или было разорвано уже установленное соединение из-за неверного отклика уже подключенного компьютера.",
            // Italian Windows.
            "Impossibile stabilire la connessione. Risposta non corretta della parte connessa dopo l'intervallo di tempo oppure mancata risposta dall'host collegato",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// Windows' own text for WSAECONNREFUSED (10061): nothing listens on the server's port.
#[test]
fn windows_refused_texts_in_other_languages_are_network_errors() {
    assert_all_read(
        &[
            "ConnectionRefusedError: [WinError 10061] 由于目标计算机积极拒绝，无法连接。",
            "ConnectionRefusedError: [WinError 10061] Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte",
            "SQLSTATE[HY000] [2002] Aucune connexion n’a pu être établie car l’ordinateur cible l’a expressément refusée.",
            "ConnectionRefusedError: [WinError 10061] No se puede establecer una conexión ya que el equipo de destino denegó expresamente dicha conexión",
            "SocketException (10061): Nenhuma conexão pôde ser feita porque a máquina de destino as recusou ativamente.",
            "[WinError 10061] Impossibile stabilire la connessione. Rifiuto persistente del computer di destinazione",
            "[WinError 10061] Kan geen verbinding maken omdat de doelcomputer de verbinding actief heeft geweigerd",
            "[WinError 10061] Nie można nawiązać połączenia, ponieważ komputer docelowy aktywnie go odmawia",
            "Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение.",
            "ConnectionRefusedError: [WinError 10061] Hedef makine etkin olarak reddettiğinden bağlantı kurulamadı",
            "System.Net.Sockets.SocketException (0x80004005): 対象のコンピューターによって拒否されたため、接続できませんでした。",
            "ConnectionRefusedError: [WinError 10061] 대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// Apps and webmail that could not open their SMTP connection.
#[test]
fn apps_that_could_not_reach_their_smtp_server() {
    // QCubed's QEmailServer when fsockopen() fails (lightspeedretail/webstore#353, GoDaddy's relay).
    let qcubed = "smtp.error : Unable to open SMTP connection to: smtp.secureserver.net 80";
    assert_reads(qcubed, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(qcubed).as_deref(), Some("godaddy"));
    // Roundcube's installer test as pasted with a space (roundcube/roundcubemail#8279).
    let roundcube = "SMTP send:  NOT OK (Connection failed: Failed to connect socket: Network is unreachable)";
    assert_reads(roundcube, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(roundcube).as_deref(), Some("roundcube"));
    // Swift Mailer in a Chinese Laravel panel timing out to Outlook.com (ssrpanel/SSRPanel#146).
    let swift = "Connection could not be established with host smtp-mail.outlook.com [Connection timed out #110]";
    assert_reads(swift, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(swift).as_deref(), Some("microsoft"));
}

/// Microsoft 365 refusing MAIL FROM before STARTTLS, as JavaMail throws it
/// (liaojinmin/GeekMail-Pro#6): a 4yz demand for encryption.
#[test]
fn microsoft_starttls_demand_through_javamail() {
    let text =
        "com.sun.mail.smtp.SMTPSendFailedException: 451 5.7.3 STARTTLS is required to send mail [TYWP286CA0019.JPNP286.PROD.OUTLOOK.COM]";
    assert_reads(text, Category::TlsRequired, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("microsoft"));
}

/// A script that prints its own success line after PHPMailer failed to connect
/// (PHPMailer/PHPMailer#1956) must not read as a delivery.
#[test]
fn a_success_line_after_a_failed_connect_is_no_success() {
    let text = "2020-02-02 17:53:49 SMTP ERROR: Failed to connect to server: FAILED TO CONNECT TO SERVER: A CONNECTION ATTEMPT FAILED BECAUSE THE CONNECTED PARTY DID NOT PROPERLY RESPOND AFTER A PERIOD OF TIME, OR ESTABLISHED CONNECTION FAILED BECAUSE CONNECTED HOST HAS FAILED TO RESPOND. (10060)\nSMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting\nMAIL HAS BEEN SENT SUCCESSFULLY";
    assert_reads(text, Category::NetworkError, Outcome::Temporary);
}

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
fn no_failure_of_the_fr6_sample_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr6-s18.jsonl"));
}

/// Gmail's older delay notices name a dropped or never-opened SMTP session: failed for now
/// (LABELS.md §3), and Gmail says it retries.
#[test]
fn gmail_delay_notices_with_a_dropped_connection_are_network_errors() {
    // mitio/bounce_email test/bounces/tt_bounce_19.txt.
    assert_reads(
        "This is an automatically generated Delivery Status Notification\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n     26461101@sms.id.lv\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\nConnection was dropped by remote host (SENT_HELO)",
        Category::NetworkError,
        Outcome::Temporary,
    );
    // mitio/bounce_email test/bounces/tt_bounce_08.txt (the detail line of the same notice family).
    assert_eq!(
        category_of("Technical details of temporary failure:\nTEMP_FAILURE: Could not initiate SMTP conversation with any hosts:"),
        Category::NetworkError
    );
}

/// Give-up notices: a gateway's retry limit is an expiry, but a named cause beside the retry
/// wording (a full mailbox) decides.
#[test]
fn give_up_notices_read_their_named_cause() {
    // wRAR/flufl.bounce tests/data/dumbass_01.txt (InterScan E-Mail VirusWall NT).
    assert_reads(
        "****** Message from InterScan E-Mail VirusWall NT ******\n\nThe following mail could not be delivered.\nReason:  Exceeded Maximum Delivery Attempts.  Verify that the recipient address is correct.\n\n*****************     End of message     ***************",
        Category::Expired,
        Outcome::Permanent,
    );
    // mitio/bounce_email test/bounces/unknown_code_bounce_01.txt.
    assert_reads(
        "Delivery of email to this address\n\n\"sdrake@tradingpost.ch\"\n\nhas failed due to a full mailbox.  We have already made numerous\nattempts to deliver this message over the last few days.\n\nPlease try to send your message again at a later time.",
        Category::MailboxFull,
        Outcome::Permanent,
    );
    // mautic/mautic#3154: Exchange Online's expiry code names Microsoft.
    let text = "Final-Recipient: rfc822;abc@example.com\nAction: failed\nStatus: 5.4.317\nDiagnostic-Code: smtp;550 5.4.317 Message expired, cannot connect to remote server";
    assert_reads(text, Category::Expired, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("microsoft"));
}

/// Notices that say the recipient does not exist in a gateway's or a provider's own words.
#[test]
fn unknown_recipient_in_gateway_and_webmail_notices() {
    // Perl/perl5#3771 (a notice from Mailer-Daemon@pbs.org filed into rt.perl.org).
    assert_reads(
        "Sorry. Your message could not be delivered to:\n\njrodd,PBS (The name was not found at the remote site. Check that the name\nhas been entered correctly.)",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
    // run-youngjoo/SC-FEGAN#51: NHN Dooray!'s failure notice relays only the remote text,
    // RFC 5321's 550 wording without its code.
    assert_reads(
        "Failure Notice\n\n        Your message sent to\n\njongyoul@etri.re.kr\n          has failed to be delivered.\n\n          Please refer to the below for details.\n\n                * Remote host said :\n\nRequested action not taken: mailbox unavailable\n",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
}

/// A greylisting filter's first deferral (The-McGrail-Foundation/MIMEDefang#25): the words
/// "anti-spam measure" name the reason for the deferral, not a spam verdict on the content.
#[test]
fn first_time_sender_tempfail_is_greylisting() {
    assert_reads(
        "Final-recipient: rfc822; mimedefang@lists.roaringpenguin.com\nDiagnostic-Code: smtp; 451 4.3.0 <shiva@sewingwitch.com>... First-time sender tempfailed as anti-spam measure; please try again",
        Category::Greylisted,
        Outcome::Temporary,
    );
}

/// hMailServer will not connect to its own address (hmailserver/hmailserver#367; the text is
/// TCPConnection.cpp's): the mail would loop back to the sending host.
#[test]
fn hmailserver_connecting_to_myself_is_a_loop() {
    let text = "Your message did not reach some or all of the intended recipients.\n\n    The following recipient(s) could not be reached:\n\n    xxxxxx@yandex.ru Error Type: SMTP Connection to recipients server failed. Error: Could not connect to xxx.xxx.xxx.xxx on port 25 since this would mean connecting to myself.\n\n    Tried 5 time(s)\n\n    hMailServer";
    assert_reads(text, Category::RoutingLoop, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("hmailserver"));
}

/// No text of the sample whose source tells a failure (temporary or permanent) reads as a
/// success, whatever else the reader gets right or wrong.
#[test]
fn no_failure_of_the_notice_sample_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr7-s18.jsonl"));
}

/// Exchange's report for a failure it gave up on without a specific reason is final, also when
/// the reply inside it was a 4yz (LABELS.md: a failure notice that ends delivery is permanent).
#[test]
fn exchanges_no_specific_reason_report_is_final() {
    // https://snmail.co.uk/support/failure-dns.htm
    let ndr = "The e-mail system was unable to deliver the message, but did not report a specific reason. Check the address and try again. If it still fails, contact your system administrator.\n<{Issuing Server} #4.0.0 smtp;450 <>: Sender address rejected: Domain not found>";
    assert_reads(ndr, Category::SenderRejected, Outcome::Permanent);
}

/// Mailchimp's list API will not add back a member whose address bounced: the list service keeps
/// the address suppressed, and nothing is sent to it.
/// https://github.com/ibericode/mailchimp-for-wordpress/issues/318
#[test]
fn a_list_service_that_will_not_resubscribe_a_bounced_address_suppresses_it() {
    assert_reads("{email} has bounced, and cannot be resubscribed", Category::Suppressed, Outcome::Permanent);
}

/// Connection failures seen from libraries and apps: refused, timed out, closed, a server name
/// that does not resolve. Failed for now (LABELS.md §2 Q1, §3).
#[test]
fn library_connection_failures_are_network_errors_for_now() {
    assert_all_read(
        &[
            // https://github.com/goauthentik/authentik/issues/10257
            "authentik.events.models.NotificationTransportError: [Errno 111] Connection refused",
            // https://github.com/ceph/ceph/pull/30738
            "server = smtplib.SMTP('name-does-not-resolve', 25)\n...\nsocket.gaierror: [Errno -2] Name or service not known",
            // https://github.com/scudre/alarm-central-station-receiver/issues/14
            "SMTPServerDisconnected: Connection unexpectedly closed",
            // https://github.com/OnyxfireInc/OnyxBackupVM/issues/20
            "2020-07-20 20:40:50 - ERROR: (!) Email report failed to send: Connection unexpectedly closed: timed out [ service:send_email():384 ]",
            // https://github.com/andyedinborough/aenetmail/issues/173
            "Unable to read data from the transport connection: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
            // https://github.com/ltb-project/self-service-password/issues/657
            "send_mail: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// A 250 to MAIL FROM followed by a timeout is no success: the session broke off. Gmail's server
/// answered ("gsmtp"). https://github.com/nilnull/AIM/issues/24
#[test]
fn a_step_accepted_then_a_timeout_is_a_network_error_not_a_success() {
    let text = "From Response :250 2.1.0 OK d17sm11257454wrg.26 - gsmtp Sent Response :Error in reading response from server. Unable to read data from the transport connection: Connection timed out.";
    assert_reads(text, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("google"));
}

/// Implicit TLS against a plain-text port fails the same way every time (LABELS.md §3).
/// https://github.com/ceph/ceph/pull/30738
#[test]
fn implicit_tls_against_a_plain_port_is_a_lasting_tls_failure() {
    assert_reads("ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1056)", Category::TlsFailed, Outcome::Permanent);
}

/// Replies and notices about the recipient's address, as people quote them.
#[test]
fn unknown_recipients_as_people_quote_them() {
    for text in [
        // http://ask-leo.com/why_does_email_bounce.html (a sendmail transcript)
        "550 5.1.1 <somewhere@example.com>... User unknown",
        // https://support.yourhosting.nl/support/solutions/articles/80001083637-als-je-mail-bij-de-heeg-niet-aankomt
        "550 No such recipient here",
        // http://gma-thatpillowguy.com/index-617.html (Gmail's wording)
        "550 5.1.1 The email account that you tried to reach does not exist",
    ] {
        assert_reads(text, Category::MailboxUnknown, Outcome::Permanent);
    }
    assert_eq!(provider_of("550 5.1.1 The email account that you tried to reach does not exist").as_deref(), Some("google"));
}

/// Refusals of the sender: relaying, Gmail's direct-delivery rule, Hotmail's SC-001, Forward
/// Email's SPF/DKIM demand, and a recipient server that greylists.
#[test]
fn refusals_of_the_sender_keep_their_causes() {
    // http://ask-leo.com/why_does_email_bounce.html
    assert_reads("553 sorry, relaying denied from your location [10.10.10.10] (#5.7.1)", Category::RelayDenied, Outcome::Permanent);
    // https://github.com/openfoodfacts/openfoodfacts-server/issues/6110 (Exim log, Gmail's reply)
    let gmail = "2021-12-03 06:36:19 1msI9j-000XTg-MK ** contact@openfoodfacts.org R=dnslookup T=remote_smtp H=aspmx.l.google.com [66.102.1.26] X=TLS1.2:ECDHE_ECDSA_CHACHA20_POLY1305:256 CV=yes DN=\"CN=mx.google.com\": SMTP error from remote mail server after end of data: 550-5.7.1 [213.36.253.206] The IP you're using to send mail is not authorized to\\n550-5.7.1 send email directly to our servers. Please use the SMTP relay at your\\n550-5.7.1 service provider instead.";
    assert_reads(gmail, Category::SenderIpBlocked, Outcome::Permanent);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
    // https://github.com/mailcow/mailcow/issues/374 (Outlook.com documents SC-001 as reputation)
    let hotmail = "<example@hotmail.de>: host mx1.hotmail.com[65.54.188.72] said: 550 SC-001\n    (BAY004-MC1F10) Unfortunately, messages from 85.192.293.100 weren't sent.\n    Please contact your Internet service provider since part of their network\n    is on our block list. You can also refer your provider to\n    http://mail.live.com/mail/troubleshooting.aspx#errors. (in reply to MAIL\n    FROM command)";
    assert_reads(hotmail, Category::SenderReputation, Outcome::Permanent);
    assert_eq!(provider_of(hotmail).as_deref(), Some("microsoft"));
    // https://github.com/forwardemail/free-email-forwarding/issues/29
    let forward = "The message was rejected because of Sender Policy Framework violation -> 550 Please ensure the email service you are sending from either has SPF, DKIM, or is a top-ranked <30K Alexa.com domain. You can most likely resolve this problem by searching on Google for \"$serviceName SPF DKIM setup\" (be sure to replace $serviceName with your email service provider, e.g. \"Zoho\"). If you continue to have issues, please see https://forwardemail.net or file an issue on GitHub at https://github.com/niftylettuce/forward-email. We'd be glad to help out! -- @niftylettuce If you need help with email-forwarding setup or troubleshooting please visit https://forwardemail.net";
    assert_reads(forward, Category::SenderAuthentication, Outcome::Permanent);
    // https://github.com/mail-in-a-box/mailinabox/issues/1445
    assert_reads(
        "SMTP error from remote mail server after RCPT TO:<jeff@my.miab.domain>: 450 4.2.0 <jeff@ my.miab.domain >: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/my.miab.domain.html",
        Category::Greylisted,
        Outcome::Temporary,
    );
}

/// The receiving server's own misconfiguration (Postfix smtpd_check.c, X.3.5), wrapped by
/// Twisted. https://github.com/globaleaks/globaleaks-whistleblowing-software/issues/547
#[test]
fn a_receiving_servers_configuration_error_is_a_server_error() {
    assert_reads(
        "SMTPDeliveryError: 451 No recipients accepted\nglobaleaks-stackexception@lists.globaleaks.org: 451 4.3.5 <tor31.anonymizer.ccc.de[217.115.10.131]>: Client host rejected: Server configuration error",
        Category::ServerError,
        Outcome::Temporary,
    );
}

/// Texts whose cause the sample leaves open still never read as a success.
#[test]
fn no_failure_of_the_fr10_sample_reads_as_success() {
    for text in [
        // https://github.com/postalserver/postal/issues/2906
        "2024-04-02 19:09:37 +0000 ERROR  POST /login/reset (500) event=request exception_class=Errno::ECONNREFUSED exception_message=Connection refused - connect(2) for \"127.0.0.1\" port 2525",
        // https://thatim.com/cannot-send-mail-the-message-was-rejected-by-the-server-iphone
        "Cannot send mail the message was rejected by the server",
        // https://github.com/nodemailer/nodemailer/issues/382
        "Error: No recipients defined] code: 'EENVELOPE'",
        // https://github.com/nodemailer/nodemailer-smtp-transport/issues/22
        "Error: Can't send mail - all recipients were rejected",
        // https://github.com/rllynch/pi_garage_alert/issues/9
        "Exception sending email: <class 'smtplib.SMTPException'>",
        // http://museum-web2.sakuraha.jp/20040701103314/support/post/manual/trouble/smtp_451.html
        "Warning: could not send message for past 4 hours",
        // https://e-dimensionz.com/whmcs/index.php?rp=/knowledgebase/727/Domain-has-exceeded-the-max-defers-and-failures-per-hour-allowed.html
        "Domain has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.",
    ] {
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
    // Sendmail's delay warning: still being tried.
    assert_eq!(explain("Warning: could not send message for past 4 hours").outcome, Outcome::Temporary);
}

/// Fixed texts that name their program: Sendmail's delay warning (sendmail/envelope.c) and
/// Postfix's answer when one of its restrictions is misconfigured (smtpd_check.c).
#[test]
fn fixed_texts_name_their_program() {
    // http://museum-web2.sakuraha.jp/20040701103314/support/post/manual/trouble/smtp_451.html
    assert_eq!(software_of("Warning: could not send message for past 4 hours").as_deref(), Some("sendmail"));
    // https://github.com/globaleaks/globaleaks-whistleblowing-software/issues/547
    assert_eq!(
        software_of("451 4.3.5 <tor31.anonymizer.ccc.de[217.115.10.131]>: Client host rejected: Server configuration error").as_deref(),
        Some("postfix")
    );
}

/// Postini (psmtp) words its deferrals and refusals in a fixed family: a session with the
/// customer's server that broke off is a network failure, retried; a sender held to be a spam
/// source is refused for its standing, not for the message (LABELS.md §1 Q1/Q3).
#[test]
fn postinis_fixed_texts_name_their_causes() {
    // https://www.hostdepot.com/index.php/knowledgebase/77/451-Failed-in-remote-data---psmtp.html
    let text = "451 Failed in remote data - psmtp";
    assert_reads(text, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("google"));
    // http://cms.orlinpilot.com/index.php?/Knowledgebase/Article/View/22/0/451-cant-connect-to-domaincom---psmtp
    assert_reads("451 Can't connect to - psmtp", Category::NetworkError, Outcome::Temporary);
    // https://blog.mxtoolbox.com/2011/09/
    let text = "571 spam source blocked – psmtp";
    assert_reads(text, Category::SenderReputation, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("google"));
}

/// A relay that will not try an address again because it hard-bounced before keeps a
/// suppression list; the mailbox itself was not judged anew.
#[test]
fn a_previously_hard_bounced_address_is_suppressed() {
    // https://github.com/yegor256/netbout/issues/736
    assert_reads(
        "javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550  previously hard-bounced",
        Category::Suppressed,
        Outcome::Permanent,
    );
}

/// A submission server's per-account limits are a count of this sender's mail (LABELS.md §2 Q3),
/// not a first-time deferral, though the reply ends "try again later".
#[test]
fn exceeded_account_limits_are_a_rate_limit() {
    // https://github.com/eclipse-ee4j/angus-mail/issues/160
    assert_reads(
        "'Invalid Addresses' (3x caused by later): 471 4.7.1 <valid@mail.com>: The limits for your account are exceeded. Please try again later.",
        Category::RateLimited,
        Outcome::Temporary,
    );
    // fetchmail handing fetched mail to a local MTA that limits it, https://github.com/kvaps/docker-kolab/issues/12
    let text = "fetchmail: SMTP error: 451 4.7.1 Rate limit exceeded";
    assert_reads(text, Category::RateLimited, Outcome::Temporary);
    assert_eq!(software_of(text).as_deref(), Some("fetchmail"));
}

/// A filter rule on the message's headers is a content rule; Infomaniak's guide lists the
/// wording, links and attachment types it looks for. The text names no provider (LABELS.md §4).
#[test]
fn a_headers_rule_filter_is_a_content_policy() {
    // https://www.infomaniak.com/de/support/faq/admin2/webmail?i=5
    let text = "5.7.0 AV: Message is rejected by headers rule filter.. 554 Please check the message and try again";
    assert_reads(text, Category::ContentPolicy, Outcome::Permanent);
    assert_eq!(provider_of(text), None);
    assert_reads("Spam Message Rejected", Category::SpamContent, Outcome::Permanent);
}

/// A sending service blocking its own customer's sender after abuse: the fix is in the sender's
/// account there (LABELS.md §5).
#[test]
fn a_smarthosts_abuse_block_is_the_senders_account() {
    // https://jetemail.com/docs/outbound/smtp-error-codes/550-5.7.1-[ABUSE]-Sender-blocked
    assert_reads("550 5.7.1 [ABUSE] Sender blocked", Category::SenderAccountBlocked, Outcome::Permanent);
}

/// Malformed input from the client: an address that is no address (what the sender wrote,
/// the X.1.3 reading) and a dialogue the server calls a protocol deviation.
#[test]
fn malformed_addresses_and_protocol_deviations() {
    // https://manuals.gfi.com/en/kerio/mykerio/content/troubleshooting/receiving-emails-via-mykerio-notification-service-does-not-work-1812.html
    let text = "[07/Aug/201815:27:00] {MyKerio} Operation failed Recipient asmith@example.local: Email address format is not valid.";
    assert_reads(text, Category::MessageFormat, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("kerio"));
    // https://github.com/Marak/node_mailer/issues/59
    assert_eq!(category_of("Server responded with 550 esmtp: protocol deviation"), Category::ProtocolSyntax);
    // OpenSMTPD's reply to commands sent ahead without PIPELINING, https://github.com/nextcloud/server/issues/1596
    assert_reads("500 5.5.1 Invalid command: Pipelining not supported", Category::ProtocolSequence, Outcome::Permanent);
}

/// Wording that only one program writes names that program.
#[test]
fn program_markers_of_the_sample() {
    // Postfix reject_unverified_recipient, https://github.com/Mailu/Mailu/issues/1077
    let text = "450 4.1.1 <xxx@xxx>: Recipient address rejected: unverified address: Address lookup failure";
    assert_eq!(software_of(text).as_deref(), Some("postfix"));
    assert_eq!(explain(text).outcome, Outcome::Temporary);
    // Exchange's NDR sentence for 5.7.1 around inbox.lv's inactive-mailbox refusal, http://help.inbox.qa/question/148/31
    let text = "You do not have permission to send to this recipient. For assistance, contact your system administrator.\n                 < server #5.7.1 smtp;554 5.7.1 rejected: Inactive user>";
    assert_reads(text, Category::MailboxDisabled, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("exchange"));
    // Odoo's reason for a mail with no recipients left: nothing is retried, https://github.com/odoo/odoo/issues/14135
    let text = "Error without exception. Probably due do sending an email without computed recipients.";
    assert_eq!(software_of(text).as_deref(), Some("odoo"));
    assert_eq!(explain(text).outcome, Outcome::Permanent);
}

/// Hostinger's outgoing servers name themselves under hostinger.io; the refusal of a From
/// address the login does not own is the sender's (LABELS.md §1 Q5).
#[test]
fn hostingers_submission_refusal_names_hostinger() {
    // https://github.com/RamonSilva20/mapos/issues/1283
    let text = "ERROR - 2021-02-26 14:11:03 --> 220 ESMTP smtp.hostinger.com\nhello: 250-nl-srv-smtpout1.hostinger.io\nstarttls: 220 2.0.0 Ready to start TLS\nhello: 250-nl-srv-smtpout1.hostinger.io\nfrom: 250 2.1.0 Ok\nto: 553 5.7.1 andre_guilherme@msn.com: Sender address rejected: not owned by user teste@andrehoffmann.website\nThe following SMTP error was encountered: 553 5.7.1 andre_guilherme@msn.com: Sender address rejected: not owned by user teste@andrehoffmann.website\nquit: 221 2.0.0 Bye\nUnable to send email using PHP SMTP. Your server might not be configured to send mail using this method.";
    assert_reads(text, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("hostinger"));
}

/// Connection failures without a reply code are failed for now (LABELS.md §3).
#[test]
fn connection_failures_of_the_sample_are_temporary() {
    assert_all_read(
        &[
            // https://github.com/pop-os/pop/issues/447
            "Account provider: GEARY_SERVICE_PROVIDER_OTHER\nService type: GEARY_PROTOCOL_IMAP\nService host: mail.tecnico.ulisboa.pt\nError type: GIOError 38\nMessage: Could not connect to mail.tecnico.ulisboa.pt: Network is unreachable",
            // https://github.com/mpaperno/spampd/issues/25
            "spampd[1944]: WARNING!! Error in process_request eval block: /usr/sbin/spampd: socket connect failure: Connection refused",
            // https://github.com/knadh/listmonk/issues/71
            "Error sending test: write tcp 172.19.0.5:57172->xx.xxx.xxx.xx:587: write: broken pipe",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// No row of the fr11 sample whose source tells a failure reads as a success.
#[test]
fn no_failure_of_the_fr11_sample_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr11-s19.jsonl"));
}

/// fetchmail's syslog form with its process id names fetchmail, not the PHP library whose
/// wording ("SMTP error:") it shares.
#[test]
fn fetchmails_syslog_form_names_fetchmail() {
    // https://github.com/hardware/mailserver/issues/276
    let text = "fetchmail[5616]: SMTP error: 553 5.7.1 <sender@myserver.xxx>: Sender address rejected: not logged in";
    assert_reads(text, Category::AuthRequired, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("fetchmail"));
}

/// Exchange Online's 550 5.1.8 NDR for an account restricted after sending spam, as Microsoft's
/// Japanese, Russian and French pages word it: the sender's own provider blocks the account
/// (LABELS.md §5), and only Exchange Online writes it.
#[test]
fn microsoft_365_restricted_sender_ndr_in_other_languages() {
    let texts = [
        // MicrosoftDocs/OfficeDocs-O365SecComp-pr.ja-JP, SecurityCompliance/removing-user-from-restricted-users-portal-after-spam.md
        "有効な送信者として認識されなかったため、メッセージを配信できませんでした。 最も一般的な理由は、メールアドレスがスパムを送信している可能性があり、組織外のメッセージを送信することが許可されなくなったためです。 詳細については、メール管理者に問い合わせてください。 リモートサーバーが ' 550 5.1.8 アクセスが拒否されましたが、正しくない送信送信者 ' が返されました",
        // MicrosoftDocs/OfficeDocs-O365SecComp-pr.ru-RU, same page
        "Не удалось доставить сообщение, так как вы не распознаны как допустимый отправитель. Наиболее распространенной причиной этого является то, что ваш адрес электронной почты может отсылать нежелательную почту и больше не может отправлять сообщения за пределом вашей организации. Обратитесь за помощью к администратору электронной почты. Удаленному серверу возвращено \"550 5.1.8 доступ запрещен, недопустимый исходящий отправитель\"",
        // MicrosoftDocs/OfficeDocs-O365SecComp-pr.fr-FR, same page
        "Votre message n'a pas pu être remis car vous n'avez pas été reconnu comme un expéditeur valide. La raison la plus fréquente de ce message est que votre adresse de courrier est suspecte d'envoyer du courrier indésirable et qu'elle n'est plus autorisée à envoyer des messages en dehors de votre organisation. Contactez votre administrateur de courrier électronique pour obtenir de l'aide. Le serveur distant a renvoyé' 550 5.1.8 accès refusé, expéditeur sortant incorrect \"",
    ];
    assert_all_read(&texts, Category::SenderAccountBlocked, Outcome::Permanent);
    for text in texts {
        assert_eq!(provider_of(text).as_deref(), Some("microsoft"), "{text}");
    }
}

/// Forpsi's outgoing server blocks SMTP for the sending IP for an hour after a burst of mail,
/// half of it undeliverable (support.forpsi.pl/kb/a2873, support.konto.pl/kb/a2765): a count of
/// the sender's own mail behind generic words (LABELS.md §2 Q3).
#[test]
fn forpsi_policy_violation_pages_are_rate_limits() {
    assert_reads(
        "550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4077",
        Category::RateLimited,
        Outcome::Permanent,
    );
}

/// Full mailboxes in the notices of a Japanese host, a Dutch ISP and a Dovecot LDA.
#[test]
fn full_mailboxes_in_regional_notices() {
    // KAGOYA FAQ (support.kagoya.jp, artikel 328): Postfix local(8)'s maildir write failed on the quota.
    let kagoya = "The mail system\n<info@example.com>: maildir delivery failed: error writing message: Disk quota exceeded";
    assert_reads(kagoya, Category::MailboxFull, Outcome::Permanent);
    assert_eq!(software_of(kagoya).as_deref(), Some("postfix"));

    // osandum/bounce-parser src/test/resources/qmail-failure-sample.eml: Versatel/Zonnet's qmail-ldap
    // notice in Dutch and English; the recipient line names the cause among the three it lists.
    assert_reads(
        "Hi. This is the qmail-send program at qmail29.zonnet.nl.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n---------------------------------------------------------------------\nHet volgende bericht dat u stuurde aan deze gebruiker is niet aangekomen.\nDe meest voorkomende redenen zijn:\n- het verkeerd intypen van het e-mailadres of het e-mailadres bestaat niet.\n- de mailbox van de ontvangende gebruiker is vol waardoor er geen e-mail meer wo\nrdt geaccepteerd.\n\n<mfrey1@versatel.nl>:\nThe users mailfolder is over the allowed quota (size).",
        Category::MailboxFull,
        Outcome::Permanent,
    );

    // jaredmauch/mailman2-python3 tests/bounces/simple_38.txt: Dovecot's rejection MDN
    // (lib-lda mail-send.c writes "Reporting-UA: <host>; Dovecot Mail Delivery Agent").
    let dovecot = "Your message to <userx@example.com> was automatically rejected:\nQuota exceeded\n\nReporting-UA: mail; Dovecot Mail Delivery Agent\nFinal-Recipient: rfc822; userx@example.com\nDisposition: automatic-action/MDN-sent-automatically; deleted";
    assert_reads(dovecot, Category::MailboxFull, Outcome::Permanent);
    assert_eq!(software_of(dovecot).as_deref(), Some("dovecot"));
}

/// Refusals that a regional server or a provider explains in its own words.
#[test]
fn regional_refusals_read_from_their_words() {
    // osandum/bounce-parser exim-failure-sample.eml: mailme.dk's SA-Exim judged the message spam (LABELS §1 Q1).
    assert_reads(
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  lasse_jeppesen@mailme.dk\n    (sa) Message rejected by abuse@mailme.dk\n    (sa) User profile spam level exceeded",
        Category::SpamContent,
        Outcome::Permanent,
    );

    // crisp-oss/email-bounce-parser test/fixtures/554_5_2_3_policy_violation.txt: Zoho's EU MX by policy.
    let zoho = "<support@databit.ch>: host mx.zoho.eu[158.203.221.166] said: 554 5.2.3\n    MailPolicy violation Error delivering to mailboxes (in reply to end of DATA\n    command)";
    assert_reads(zoho, Category::PolicyRejected, Outcome::Permanent);
    assert_eq!(provider_of(zoho).as_deref(), Some("zoho"));

    // crisp-oss/email-bounce-parser test/fixtures/554_5_7_105_sender_blocked.txt: OVH's MX Plan server
    // refused the sender address on the recipient's blocked-senders list (LABELS §1 Q5, §4).
    let ovh = "<mag@aeolia.com>: host mxplan3.mail.ovh.net[49.32.197.262]\n    said: 554 5.7.105 SenderFilterAgent; Sender denied as sender's email\n    address is on SenderFilterConfig list (in reply to end of DATA command)";
    assert_reads(ovh, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(ovh).as_deref(), Some("ovh"));

    // jaredmauch/mailman2-python3 tests/bounces/simple_27.txt: MDaemon at a Paraguayan ISP.
    assert_reads(
        "userx@example.net.py - no such user here.\n\nThere is no user by that name at this server.",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
}

/// Give-ups: a host never reached, a queue period run out, a loop.
#[test]
fn give_ups_of_regional_servers() {
    // osandum/bounce-parser skylinemail_dk.eml: IceWarp gave up connecting (LABELS §2 Q1, §3: final notice).
    assert_reads(
        "The original message was received at Mon, 18 May 2015 15:48:42 +0200\n\n  ----- The following addresses had permanent fatal errors -----\n<lindoe@elromail.dk>\n\n  ----- Transcript of session follows -----\n554 could not connect and send the mail to 194.150.115.84\n\nAction: failed\nRemote-MTA: DNS; 194.150.115.84",
        Category::NetworkError,
        Outcome::Permanent,
    );

    // jaredmauch/mailman2-python3 tests/bounces/netscape_01.txt: Netscape Messaging Server's queue period ran out.
    assert_reads(
        "Your message was not delivered because the destination computer was\nnot reachable within the allowed queue period.  The amount of time\na message is queued before it is returned depends on local configura-\ntion parameters.\n\nYour message was not delivered within 2 days.\nHost corel.com is not responding.",
        Category::Expired,
        Outcome::Permanent,
    );

    // jaredmauch/mailman2-python3 tests/bounces/simple_18.txt: LSMTP relays the next server's loop refusal.
    assert_reads(
        "Error-for:  userx@example.com\nError-Code: 0\nError-Text: Mailer mail.kesslersupply.com said:\n            \"554 Message looping (received 6 times)\"",
        Category::RoutingLoop,
        Outcome::Permanent,
    );

    // crisp-oss/email-bounce-parser test/fixtures/550_5_4_310_server_unknown.txt: Exchange Online, no such domain.
    let ms = "Delivery has failed to these recipients or groups:\n\ntest@yaloc.moc (test@yaloc.moc)\nYour message couldn't be delivered. The Domain Name System (DNS) reported that the recipient's domain does not exist.\n\nDiagnostic information for administrators:\n\nGenerating server: REZSP40BP8110.apcprd04.prod.outlook.com\n\ntest@yaloc.moc\nRemote server returned '550 5.4.310 DNS domain yaloc.moc does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=yaloc.moc] [BM3PCA10RH0014.eop-APC01.prod.protection.outlook.com 2023-01-01T00:00:00.000Z 80EPF029F0GK28P8]'";
    assert_reads(ms, Category::DomainUnknown, Outcome::Permanent);
    assert_eq!(provider_of(ms).as_deref(), Some("microsoft"));
}

/// No notice of this round that tells a failure reads as a success.
#[test]
fn no_failure_of_round_fr13_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr13-s19.jsonl"));
}

/// Connections that failed before any reply (LABELS.md §2 Q1): temporary when the text says
/// nothing of giving up (§3).
#[test]
fn connection_failures_of_monitoring_tools_and_apps_are_network_errors() {
    assert_all_read(
        &[
            // Monit src/sendmail.c, as logged in https://github.com/skynet/monit/issues/2.
            "[2024-04-16T11:04:09+0200] error    : Cannot open a connection to the mailserver localhost:25 -- Operation now in progress",
            // SimpleMonitor's mail alerter on Windows (Python 2), https://github.com/jamesoff/simplemonitor/issues/107.
            "gaierror: [Errno 11001] getaddrinfo failed",
            // ElastAlert calling sendmail in Docker, https://github.com/YelpArchive/elastalert/issues/2375.
            "sendmail: can't connect to remote host (127.0.0.1): Connection refused",
            // Prometheus Alertmanager, https://github.com/prometheus/alertmanager/issues/965.
            "time=\"2017-08-29T19:20:37Z\" level=error msg=\"Error on notify: dial tcp <ip>25: getsockopt: connection refused\" source=\"notify.go:283\"",
            // Apprise in changedetection.io, https://github.com/dgtlmoon/changedetection.io/issues/518.
            "2022-04-04 10:25:35,358 - DEBUG - Socket Exception: Connection unexpectedly closed: timed out",
            // Zammad's notification channel, https://github.com/zammad/zammad/issues/1032.
            "Can't use Channel::Driver::Smtp: #<EOFError: end of file reached>",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // A program's own error names the provider it was set to use (LABELS.md §4).
    // Keycloak to smtp.strato.de, https://github.com/keycloak/keycloak/issues/20769.
    let strato = "org.keycloak.email.EmailException: com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.strato.de, 465; timeout 10000;\n  nested exception is:\n        java.net.SocketTimeoutException: Connect timed out";
    assert_reads(strato, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(strato).as_deref(), Some("strato"));
    // RainLoop to Hostinger, https://github.com/RainLoop/rainloop-webmail/issues/2241.
    let hostinger = "Rainloop showing stream_socket_client(): Unable to connect to tcp://smtp.hostinger.com:587 (Connection timed out)";
    assert_reads(hostinger, Category::NetworkError, Outcome::Temporary);
    assert_eq!(provider_of(hostinger).as_deref(), Some("hostinger"));
    // Python 2 prints the socket error without its module; the lookup is smtplib's connect.
    assert_eq!(software_of("gaierror: [Errno 11001] getaddrinfo failed").as_deref(), Some("python_smtplib"));
}

/// Postfix's postqueue when the master daemon is down (postqueue.c): the local mail system is
/// not taking mail right now (LABELS.md §2 Q4).
#[test]
fn postfix_mail_system_down_is_server_unavailable() {
    // https://github.com/nagios-plugins/nagios-plugins/issues/663
    let text = "postqueue: fatal: Queue report unavailable - mail system is down";
    assert_reads(text, Category::ServerUnavailable, Outcome::Temporary);
    assert_eq!(software_of(text).as_deref(), Some("postfix"));
}

/// A client that demands TLS the server cannot give, or a certificate it will not trust, is
/// tls_failed (LABELS.md §5, §3): permanent until a setting or certificate changes.
#[test]
fn tls_demands_and_untrusted_certificates_are_tls_failures() {
    assert_all_read(
        &[
            // Twisted's ESMTP client (twisted/mail/smtp.py, esmtpTLSRequired; the 502 is its own),
            // https://github.com/pixelated/pixelated-user-agent/issues/249.
            "Failure: twisted.mail.smtp.TLSRequiredError: 502 Server does not support secure communication via TLS / SSL",
            // .NET's certificate check on an Italian Windows (Duplicati to smtps://smtp.gmail.com:465),
            // https://github.com/duplicati/duplicati/issues/2737.
            "Invio email fallito: System.Security.Authentication.AuthenticationException: Il certificato remoto non è stato ritenuto valido dalla procedura di convalida.",
        ],
        Category::TlsFailed,
        Outcome::Permanent,
    );
}

/// Logins refused or missing, and servers without AUTH, as the apps print them.
#[test]
fn sign_in_problems_keep_their_categories() {
    // sSMTP in an Unraid script, https://github.com/SpaceinvaderOne/Unraid_ZFS_Dataset_Snapshot_and_Replications/issues/7.
    assert_reads(
        "ssmtp: Authorization failed (535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6)",
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // Outlook.com with basic authentication off, https://github.com/nodemailer/nodemailer/issues/1685.
    let basic_off = "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.";
    assert_reads(basic_off, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(provider_of(basic_off).as_deref(), Some("microsoft"));
    // Bosun's alert mail without credentials, https://github.com/bosun-monitor/bosun/issues/2229.
    assert_eq!(
        category_of("error: notify.go:111: failed to send alert cpu.is.too.high{host=*} to [e6monitor@almial.e6yun.cn] 553 authentication is required"),
        Category::AuthRequired
    );
    // smtplib's login() against a server whose EHLO offers no AUTH (LABELS.md §5),
    // https://github.com/jamesoff/simplemonitor/issues/594.
    assert_reads(
        "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
        Category::NotImplemented,
        Outcome::Permanent,
    );
    // Go's net/smtp will not send a password in the clear, https://github.com/mattermost/mattermost-docker/issues/398.
    assert_reads(
        "Connection unsuccessful: Connection unsuccessful: SendMail: Failed to authenticate on SMTP server, unencrypted connection - undefined",
        Category::TlsRequired,
        Outcome::Permanent,
    );
}

/// Refusals relayed by a provider name the server that refused, not the relay (LABELS.md §4).
#[test]
fn relayed_refusals_keep_the_refusing_servers_cause() {
    // Exchange Online's NDR line for a HestiaCP server's SpamCop refusal, https://github.com/hestiacp/hestiacp/issues/4373.
    let spamcop = "Remote server returned '550 5.7.514 Decision Engine classified the mail item was rejected because of IP Block (from outbound normal IP pools) -> 550 Rejected because 40.107.108.117 is in a black list at bl.spamcop.net;Blocked - see https://www.spamcop.net/bl.shtml?40.107.108.117'";
    assert_reads(spamcop, Category::SenderBlocklisted, Outcome::Permanent);
    assert_eq!(provider_of(spamcop), None);
    // Gmail's bounce of the WordCamp app's feedback address, https://github.com/wordpress-mobile/WordCamp-Android/issues/62.
    let gmail = "Delivery to the following recipient failed permanently:\n\n     apps+feedback@wordpressfoundation.org\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain wordpressfoundation.org by wordpressfoundation.org. [66.155.40.24].\n\nThe error that the other server returned was:\n550 No such person at this address";
    assert_reads(gmail, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(gmail), None);
    // Postfix refusing Monit's alert for a domain it does not serve, https://github.com/osm-fr/infrastructure/issues/96.
    assert_reads(
        "NOQUEUE: reject: RCPT from localhost[::1]: 454 4.7.1 <admin-notification@listes.openstreetmap.fr>: Relay access denied; from=<monit@osm211.openstreetmap.fr> to=<admin-notification@listes.openstreetmap.fr> proto=ESMTP helo=<osm211>",
        Category::RelayDenied,
        Outcome::Temporary,
    );
}

/// Wrappers that name no cause stay unknown rather than guessed.
#[test]
fn wrappers_without_a_cause_stay_unknown() {
    for text in [
        // Vaultwarden's SMTP test, https://github.com/dani-garcia/vaultwarden/issues/976.
        "Error sending SMTP test email LetreErr",
        // ZoneMinder's filter, https://github.com/ZoneMinder/zoneminder/issues/3396.
        "zmfilter_1 |   | 1655 | ERR | No email address defined, not sending email | zmfilter.pl",
        // Ghost's bulk mail, https://github.com/TryGhost/Ghost/issues/15437.
        "EmailError: The server encountered an error whilst sending email.",
    ] {
        assert_eq!(category_of(text), Category::Unknown, "{text}");
    }
    assert_eq!(software_of("Error sending SMTP test email LetreErr").as_deref(), Some("lettre"));
}

/// No row of the round whose source tells a failure reads as a success.
#[test]
fn no_failure_of_round_fr15_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr15-s19.jsonl"));
}

/// Delay warnings: the sending server keeps trying, and none of them names a cause
/// (LABELS.md §3: still being tried is temporary).
#[test]
fn delay_warnings_are_temporary() {
    assert_all_read(
        &[
            // An ISP's table of undeliverable-mail messages (http://help.dycon.com/win95folder/emailerror.html).
            "Warning: Message Still Undeliverable After xxx Hours",
            // A filtering service's reworded Exim warning
            // (https://support.protectedservice.net/kb/common-problem-receive-notification-servers-email-delayed/).
            "Subject: Warning: message 1Zb92h-0002aX-BS delayed 2 hours\n\nWe are having trouble delivering your email because of an onward issue. No\naction is required on your part – we will continue to attempt delivery for\nsome days. This warning will be repeated at regular intervals if the\nmessage remains undelivered. We can not cancel these warning messages.",
            // A host's KB on the "Delivery Status Notification (Delay)" warning
            // (http://support.epidirect.com/KB/a16/after-sending-an-email-i-receive-message-delivery-status.aspx).
            "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n       <destination email address>",
        ],
        Category::Unknown,
        Outcome::Temporary,
    );
    // Sendmail's warning transcript, the connection refused by the recipient's server
    // (https://informit.com/articles/article.aspx?p=170904&seqNum=3): a network failure.
    assert_eq!(
        category_of("<user@example.net>... Deferred: Connection refused by mail.example.com. Warning: message still undelivered after 14 hours Will keep trying until message is 5 days old"),
        Category::NetworkError
    );
}

/// Notices that give up: qmail's "failure notice", sendmail's "Returned mail:" subjects, AOL's
/// fixed paragraph. A failed notice is permanent (LABELS.md, General order).
#[test]
fn failure_notices_are_permanent() {
    // A forwarded qmail bounce subject (https://github.com/Perl/perl5/issues/1519); no reason in it.
    assert_reads("[MAILER-DAEMON@tmtowtdi.perl.org: failure notice]", Category::Unknown, Outcome::Permanent);
    // Sendmail's queue timeout, as RootsWeb's list-owner guide lists it
    // (http://helpdesk.rootsweb.com/help/bounces.html).
    assert_reads("Returned mail: Cannot send message within X days", Category::Expired, Outcome::Permanent);
    // AOL postmaster's fixed paragraph (http://postmaster.aol.com/trouble/mailer.html): AOL (filed under yahoo) gave up.
    let aol = "The line beginning with\"<<<\" describes the specific reason your e-mail could notbe delivered.\nThe next line contains a second error message that is a general translation for other e-mail servers.\nPlease direct further questions regarding this message to your e-mail administrator.\n\n*** ATTENTION*** \nYour e-mail is being returned to you because there was a problem with its delivery.";
    assert_reads(aol, Category::Unknown, Outcome::Permanent);
    assert_eq!(provider_of(aol).as_deref(), Some("yahoo"));
    // The Exchange/IIS SMTP failure DSN with no reason
    // (https://github.com/wp-e-commerce/WP-e-Commerce/issues/1886).
    assert_reads(
        "\"This is an automatically generated Delivery Status Notification. Delivery to the following recipients failed.\nadmin@wpecommerce.org\"",
        Category::Unknown,
        Outcome::Permanent,
    );
}

/// The recipient's side: an unknown or full mailbox, a sender the recipient blocked.
#[test]
fn recipient_side_reasons_in_notices() {
    // AOL Help's returned-mail example: AOL's own server air29.mail.aol.com answered
    // (http://help.aol.com/help/microsites/search.do?cmd=displayKC&docType=kc&externalId=73062).
    let aol = "----- Transcript of session follows -----\n... while talking to air29.mail.aol.com.:\n>>> RCPT To:<(e-mail address)@aol.com>\n<<< 550 Mailbox not found\n550 <(e-mail address)@aol.com>... User unknown";
    assert_reads(aol, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(aol).as_deref(), Some("yahoo"));
    // AOL help on a recipient who blocked the sender (LABELS.md §1 Q5)
    // (https://help.aol.co.uk/articles/what-is-a-mailer-daemon-message-and-why-did-i-receive-one).
    let blocked = "550 is not accepting mail from this sender.";
    assert_reads(blocked, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(blocked).as_deref(), Some("yahoo"));
    // IMail's over-quota bounce, subject run into the reason by the paste
    // (http://www.montevallo.edu/cs/email/FullMailbox.shtm).
    assert_eq!(
        category_of("From: Postmaster [mailto:postmaster@UMail.montevallo.edu]\nSent: Monday, March 03, 2003 2:22 PM\nTo: Faculty Name\nSubject: Undeliverable MailUser mailbox exceeds allowed size: student@UMail.montevallo.edu\nOriginal message follows."),
        Category::MailboxFull
    );
    // An ISP's sendmail bounces (http://help.wwbcity.com/pages/mail-errors.php).
    assert_reads(
        "----- The following addresses had permanent fatal errors -----<JDOE@HOME.COM>\n----- Transcript of session follows -----\n550 5.1.2 <JDOE@HOME.COM>... Host unknown (Name server:\nmail.MAILSERVER.com: host not found)",
        Category::DomainUnknown,
        Outcome::Permanent,
    );
    // An Exchange NDR for too many recipients (https://mskb.pkisolutions.com/kb/842029).
    assert_eq!(
        category_of("Your message did not reach some or all of the intended recipients.\nSubject: Test message\nSent: date and time\nThe following recipient(s) could not be reached:\nUser1 on\ndate and timeThe e-mail system limits the number of recipients that can be addressed in a single message. Send the message multiple times to fewer recipients.\nServername.contoso.com #5.5.3"),
        Category::TooManyRecipients
    );
}

/// Deferrals quoted in notices: Yahoo's complaint deferral (LABELS.md §1, Yahoo TS*), greylisting,
/// Exim's temporary local problem (§2 Q5).
#[test]
fn deferrals_quoted_in_notices() {
    // Zoho's delay warning (https://help.zoho.com/portal/en/community/topic/message-from-zoho-to-yahoo-elicits-421-responses).
    let ts02 = "----- The following addresses had fatal errors ----- [Status: Error, Address: <...@yahoo.co.in>, ResponseCode 421, , 4.7.0 [TS02] Messages from 72.5.230.103 temporarily deferred due to user complaints - 4.16.56.1; see http://postmaster.yahoo.com/421-ts02.html]\nMessage will be retried for 4 more day(s)";
    assert_reads(ts02, Category::SenderReputation, Outcome::Temporary);
    assert_eq!(provider_of(ts02).as_deref(), Some("yahoo"));
    // Forward Email (https://github.com/forwardemail/forwardemail.net/issues/553).
    assert_reads(
        "Message failed: 450 4.2.1 Message was greylisted, try again in 51 seconds; see https://forwardemail.net/faq#do-you-have-a-greylist for more information",
        Category::Greylisted,
        Outcome::Temporary,
    );
    assert_reads("Message failed: 451 Temporary local problem - please try later", Category::ServerError, Outcome::Temporary);
}

/// No row of this round whose source tells a failure reads as a success.
#[test]
fn no_failure_of_round_fr19_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr19-s19.jsonl"));
}

/// A count of this sender's mail (LABELS §2 Q3) names the cause over the X.3.0 catch-all.
#[test]
fn a_providers_daily_count_is_a_rate_limit() {
    // knadh/listmonk#789 (Infomaniak's SMTP, its FAQ 2065 linked in the reply).
    let text = "2022/04/28 14:38:01error sending message in campaign [REDACTED]: subscriber \
                2572b6a1-3e78-4d9e-9494-ffcb2d9533a7: 451 4.3.0 You have reached the maximum number of \
                sent emails within a 24-hours period. For more information: https://faq.infomaniak.com/2065";
    assert_reads(text, Category::RateLimited, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("infomaniak"));

    // https://aws.amazon.com/blogs/messaging-and-targeting/what-happens-when-you-reach-your-sending-limits/
    for text in ["ThrottlingException – Daily message quota exceeded", "ThrottlingException – Maximum sending rate exceeded"] {
        assert_eq!(category_of(text), Category::RateLimited, "{text}");
        assert_eq!(provider_of(text).as_deref(), Some("amazon_ses"), "{text}");
    }
}

/// Alertmanager's own sign-in errors (prometheus/alertmanager notify/email/email.go) and Go
/// net/smtp's PlainAuth check (auth.go).
#[test]
fn alertmanagers_and_go_net_smtps_sign_in_errors() {
    // prometheus/alertmanager#2051: the server offers only NTLM (LABELS §5: a mechanism the
    // client knows is missing).
    assert_reads("find auth mechanism: unknown auth mechanism: NTLM", Category::NotImplemented, Outcome::Permanent);
    // prometheus/alertmanager#1721: no password configured for the offered mechanisms.
    assert_eq!(
        category_of(
            "level=error ts=2019-01-23T15:49:04.898510015Z caller=notify.go:332 component=dispatcher \
             msg=\"Error on notify\" err=\"missing password for PLAIN auth mechanism; missing password \
             for LOGIN auth mechanism\""
        ),
        Category::AuthFailed
    );
    // prometheus/alertmanager#1174: PlainAuth's host differs from the server's name.
    let text = "level=error ts=2018-01-02T06:48:12.366058027Z caller=notify.go:303 component=dispatcher \
                msg=\"Error on notify\" err=\"*smtp.plainAuth failed: wrong host name\"";
    assert_reads(text, Category::TlsFailed, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("go_net_smtp"));
    // prometheus/alertmanager#1358: Go will not send PLAIN without TLS.
    assert_eq!(
        category_of(
            "level=error ts=2018-05-03T03:18:35.632974975Z caller=dispatch.go:266 component=dispatcher \
             msg=\"Notify for alerts failed\" num_alerts=2 err=\"*smtp.plainAuth failed: unencrypted connection\""
        ),
        Category::TlsRequired
    );
    // prometheus/alertmanager#355: an on-premises Exchange server wants a login first.
    assert_reads("530 5.7.1 Client was not authenticated", Category::AuthRequired, Outcome::Permanent);
}

/// Mailgun restricting its own customer (LABELS §5) against its per-window recipient cap.
#[test]
fn mailguns_account_refusals_and_its_recipient_cap() {
    // TryGhost/Ghost#20599.
    let text = "EmailError: Forbidden: Domain m.iconic99s.com is not allowed to send: Account Terminated";
    assert_reads(text, Category::SenderAccountBlocked, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("mailgun"));
    // mailgun/mailgun-java#50 (HTTP 420, "try again after").
    let text = "feign.FeignException$FeignClientException: [420 status code 420] during [POST] to \
                [https://api.mailgun.net/v3/mail.cslpay.io/messages] [MailgunMessagesApi#sendMessage(String,Message)]: \
                [{\"message\":\"Domain mail.cslpay.io is not allowed to send: recipient limit exceeded, try again \
                after Mon, 25 Aug 2025 07:00:31 UTC\"}";
    assert_reads(text, Category::RateLimited, Outcome::Temporary);
    assert_eq!(provider_of(text).as_deref(), Some("mailgun"));
}

/// A relay refusing an address it keeps on its list of known bouncers (mautic/mautic#10162).
#[test]
fn a_relays_known_to_bounce_list_is_a_suppression() {
    assert_reads(
        "554 5.7.1 : Recipient address rejected: policy rejection: mark@srvapor.eco.br: recipient is known \
         to bounce; see https://www.hostnet.com.br/info/recipient-is-known-to-bounce/",
        Category::Suppressed,
        Outcome::Permanent,
    );
}

/// Dropped connections and timeouts with no reply code are network errors, temporary (LABELS §3).
#[test]
fn dropped_connections_are_temporary_network_errors() {
    assert_all_read(
        &[
            // knadh/listmonk#62 (the maintainer: EOF is the SMTP connection lost).
            "2020/02/14 18:48:37 manager.go:246: error sending message in campaign Test 1: EOF",
            // chatwoot/chatwoot#8227, osunyorg/admin#2742 (Ruby's read timeout on the SMTP socket).
            "Net::ReadTimeout: Net::ReadTimeout with #Socket:(closed)",
            "Net::ReadTimeout with #<TCPSocket:(closed)>",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// No row of this round whose source tells a failure reads as a success.
#[test]
fn no_failure_of_round_fr21_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr21-s19.jsonl"));
}

// SISIMAI = https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd

/// Postfix dns_lookup.c's "Malformed or unexpected name server reply" names a broken DNS answer
/// (LABELS §2 Q1); the 5.4.4 beside it ("Unable to route") does not make the domain unknown.
#[test]
fn a_malformed_dns_answer_is_a_network_error_not_an_unknown_domain() {
    // SISIMAI/lhost-postfix-17.eml
    let text = "This is the mail system at host mx20.example.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kijitora@example.org>: Name service error for name=example.org
    type=MX: Malformed or unexpected name server reply

Reporting-MTA: dns; mx20.example.jp
X-Postfix-Queue-ID: FFFFFFFFFFFF
X-Postfix-Sender: rfc822; shironeko@m0.example.co.jp
Arrival-Date: Thu, 20 Apr 2011 23:34:45 +0900 (JST)

Final-Recipient: rfc822; kijitora@example.org
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Name service error for name=example.org
    type=MX: Malformed or unexpected name server reply";
    assert_reads(text, Category::NetworkError, Outcome::Permanent);
    assert_eq!(software_of(text).as_deref(), Some("postfix"));
    // The bare reason, as Postfix logs it.
    assert_eq!(
        category_of("Name service error for name=example.org type=MX: Malformed or unexpected name server reply"),
        Category::NetworkError
    );
}

/// The "automatically generated Delivery Status Notification" gateway notice (Sisimai's X3):
/// delivery aborted after hours with no route, which Sisimai's reason table files as expired.
#[test]
fn a_gateway_that_found_no_route_and_gave_up_has_expired() {
    // SISIMAI/lhost-x3-02.eml
    let text = "============================================================================
      This is an automatically generated Delivery Status Notification.

Delevery to the following recipients was aborted after 5.0 hour(s):

  * kijitora@example.co.jp

============================================================================
                             Technical details:

Routing: Could not find a gateway for kijitora@example.co.jp

============================================================================";
    assert_reads(text, Category::Expired, Outcome::Permanent);
}

/// Causes the round's rules name: a "Protocol violation" refusal, a local delivery program's
/// EX_TEMPFAIL ("x-unix; temporary failure", Postfix sys_exits.c), a HELO that is not a FQDN,
/// and smtpd's pipelining note, which tells no verdict.
#[test]
fn protocol_breaks_and_local_delivery_failures_are_named() {
    // SISIMAI/lhost-postfix-41.eml
    assert_reads(
        "This is the Postfix program at host nyaan2.example.com.

I'm sorry to have to inform you that your message could not be
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

\t\t\tThe Postfix program

<kijitora@example.org>: host r2.example.org[198.51.100.24] said: 550 Protocol
    violation (in reply to DATA command)",
        Category::ProtocolSequence,
        Outcome::Permanent,
    );
    // SISIMAI/lhost-postfix-43.eml: the local delivery agent's EX_TEMPFAIL, given up (Action: failed).
    assert_reads(
        "This is the mail system at host example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kijitora@example.net>: temporary failure

Reporting-MTA: dns; example.net
X-Postfix-Queue-ID: CF0020223EEEFF
X-Postfix-Sender: rfc822; nekonyaan@p.example.com
Arrival-Date: Thu, 17 Jul 2014 23:34:45 +0900 (JST)

Final-Recipient: rfc822; kijitora@example.net
Action: failed
Status: 4.3.0
Diagnostic-Code: x-unix; temporary failure",
        Category::ServerError,
        Outcome::Permanent,
    );
    // https://netbit.com.br/suporte/kb_E-mail_Problemas-comuns-no-envio.php (Brazilian host's Exim ACL).
    assert_eq!(category_of("550 R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)"), Category::ProtocolSyntax);
    // https://github.com/mailcow/mailcow-dockerized/issues/6277: Postfix smtpd's info note.
    assert_reads(
        "improper command pipelining after CONNECT from unknown[104.152.52.88]: EHLO\\r\\n",
        Category::ProtocolSequence,
        Outcome::Unknown,
    );
}

/// Notices of this round's sample that already read right, kept as a guard.
#[test]
fn notices_from_regional_and_company_servers_keep_their_reading() {
    // SISIMAI/lhost-qmail-08.eml: qmail-send quoting the remote "552 Error: disk quota exceeded".
    assert_reads(
        "Hi. This is the qmail-send program at example.ad.jp.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<shironeko@example.ad.jp>:
192.0.2.1 does not like recipient.
Remote host said: 552 Error: disk quota exceeded
Giving up on 192.0.2.20.",
        Category::MailboxFull,
        Outcome::Permanent,
    );
    // SISIMAI/lhost-opensmtpd-04.eml: OpenSMTPD's delay report, still retrying.
    assert_reads(
        "    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

    A message is delayed for more than 10 minutes for the following
    list of recipients:

kijitora@neko.example.jp: Network error on destination MXs

    Please note that this is only a temporary failure report.
    The message is kept in the queue for up to 4 days.
    You DO NOT NEED to re-send the message to these recipients.",
        Category::NetworkError,
        Outcome::Temporary,
    );
    // SISIMAI/lhost-exim-39.eml: MagicMail refuses a sending IP without reverse DNS.
    assert_reads(
        "This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kijitora@example.net
    host mail.example.net [192.0.2.222]
    SMTP error from remote mail server after RCPT TO:<kijitora@example.net>:
    550-Your message was rejected by this system and was not delivered.
    550-Reason: This system will not accept messages from servers/devices with no reverse DNS. IP=[203.0.113.2]
    550-Protection provided by: MagicMail version 2.0
    550-For more information, please visit the URL:
    550-http://www.linuxmagic.com/best_practices/check_ip_reverse_dns.html
    550-or contact your ISP or mail server operator.
    550 7d39d529-9584-f4be-161127e61f5f54002",
        Category::ReverseDns,
        Outcome::Permanent,
    );
    // https://github.com/openstreetmap/operations/issues/295: Exim bounce, the MX refuses to relay.
    let osm = "This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  m-xxxx@messages.openstreetmap.org
    host spike-01.openstreetmap.org [2001:978:2:2c::172:6]
    SMTP error from remote mail server after RCPT TO:<m-xxxx@messages.openstreetmap.org>:
    550 relay not permitted";
    assert_reads(osm, Category::RelayDenied, Outcome::Permanent);
    assert_eq!(software_of(osm).as_deref(), Some("exim"));
}

/// Who replied (LABELS §4): NIC India's gateway behind Gmail's wrapper names no provider; the
/// council gateway's notice quoting Exchange Online Protection names Microsoft.
#[test]
fn the_provider_is_the_server_that_replied() {
    // https://github.com/netneutrality/savetheinternet.in/issues/155
    let nic = "Delivery to the following recipient failed permanently:

     darshanajardosh@sansad.nic.in

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain sansad.nic.in by mailgw.nic.in. [164.100.10.19].

The error that the other server returned was:
550 #5.1.0 Address rejected.";
    assert_reads(nic, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(nic), None);
    // https://github.com/mysociety/whatdotheyknow-theme/issues/793
    let coventry = "This is a delivery failure notification message indicating that
an email you addressed to email address :
-- [email address]

could not be delivered. The problem appears to be :
-- Recipient email address is possibly incorrect

Additional information follows :
-- 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR01FT048.eop-EUR01.prod.protection.outlook.com]

This condition occurred after 1 attempt(s) to deliver over
a period of 0 hour(s).";
    assert_reads(coventry, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(coventry).as_deref(), Some("microsoft"));
}

/// No notice of the round's corpus file that tells a failure reads as a success.
#[test]
fn no_failure_of_this_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr24-s20.jsonl"));
}

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

/// Exchange Online's user-facing NDR lines name the cause without a code.
#[test]
fn exchange_online_ndr_lines_name_their_cause() {
    // MicrosoftDocs/OfficeDocs-DeployOffice#444: a group with delivery restrictions refuses
    // outside senders, a recipient-side rule (LABELS.md §1 Q6).
    let group = "Your message to omexconeint@microsoft.com couldn't be delivered.\n\nThe group omexconeint only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.";
    assert_reads(group, Category::PolicyRejected, Outcome::Permanent);
    assert_eq!(software_of(group).as_deref(), Some("exchange"));

    // MicrosoftDocs/microsoft-365-docs#12957: the sender's own tenant restricted the account
    // for suspected outbound spam (LABELS.md §5).
    let restricted = "This message couldn't be delivered because the sending email address was not recognized as a valid sender. The most common reason for this error is that the email address is, or was, suspected of sending spam. Contact the organization's email admin for help and give them this error message";
    assert_reads(restricted, Category::SenderAccountBlocked, Outcome::Permanent);
    assert_eq!(provider_of(restricted).as_deref(), Some("microsoft"));

    // MicrosoftDocs/windowsserverdocs#5308: Directory-Based Edge Blocking.
    let dbeb = "BL2NAM06FT010.mail.protection.outlook.com rejected the message you sent to the following email address:\n\nrdsdev@microsoft.com (rdsdev@microsoft.com)\nThe message was rejected by the recipient's domain because the recipient's email address is not listed in the domain's directory. Your email address may be misspelled or may not exist.";
    assert_reads(dbeb, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(provider_of(dbeb).as_deref(), Some("microsoft"));
}

/// Exchange 4.0-5.5 NDRs: "The recipient name is not recognized" with the MSEXCH diagnostic.
#[test]
fn old_exchange_ndrs_read_as_unknown_recipients() {
    // Microsoft KB 258678 (Exchange 5.5, X.400 custom recipient).
    let kb = "Your message did not reach all or some of the intended recipients.\nThe following recipient(s) could not be reached:\nc=US;a= ;p=Organization;o=Site A;dda:MSEXCHANGE=/o=PRI/ou=CALIFORNIA/cn=Recipients/cn=b4501a7a-4060570b-8525644b-78c319; on 12/7/99 3:06 PM\nThe recipient name is not recognized.";
    assert_reads(kb, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(software_of(kb).as_deref(), Some("exchange"));

    // Microsoft KB Q168557: the same line heads the IMC NDR for a domain that does not exist,
    // where "Host Unknown" names the cause.
    let host = "Your message did not reach some or all of the intended recipients.\nSubject:hello there\nSent: 3/27/97 11:18 AM\nThe following recipient(s) could not be reached:\n'TEST@JUNK.TEST.CA' on 3/27/97 11:18 AM\nThe recipient name is not recognized\nMSEXCH:IMC:LINKAGE:Toronto:WWW 3902 Host Unknown";
    assert_reads(host, Category::DomainUnknown, Outcome::Permanent);
    assert_eq!(software_of(host).as_deref(), Some("exchange"));

    // flufl.bounce tests/data/groupwise_01.txt: an Exchange 5.5 IMS NDR a Mailman list received.
    let ims = "did not reach the following recipient(s):\n\nthoff@MAINEX1.ASU.EDU on Fri, 20 Jul 2001 11:08:59 -0700\n    The recipient name is not recognized\n    MSEXCH:IMS:Arizona State University:MAIN:MAINEX1 0 (000C05A6) Unknown\nRecipient";
    assert_reads(ims, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(software_of(ims).as_deref(), Some("exchange"));
}

/// Lotus Domino's failure report and DSN (jungleran/inmail test message nouser.eml).
#[test]
fn domino_reports_name_domino() {
    let report = "Your message\n\n  Subject: We want a toxic-free future\n\nwas not delivered to:\n\n  environment@lvmh.fr\n\nbecause:\n\n  User environment (environment@lvmh.fr) not listed in Domino Directory";
    assert_reads(report, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(software_of(report).as_deref(), Some("domino"));

    let dsn = "Final-Recipient: rfc822;bounce_processing_test@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Notes; User environment (bounce_processing_test@example.com) not l\n isted in Domino Directory";
    assert_reads(dsn, Category::MailboxUnknown, Outcome::Permanent);
    assert_eq!(software_of(dsn).as_deref(), Some("domino"));
}

/// Bounces that Mailman lists received (flufl.bounce tests/data) and a Gmail bounce pasted in
/// sipwise/sipsak#6.
#[test]
fn list_bounces_from_other_systems() {
    // yale_01.txt: Yale's phquery directory filter.
    let yale = " --------Message not delivered to the following:\n\n thomas.dtankengine    No matches to nameserver query";
    assert_eq!(category_of(yale), Category::MailboxUnknown);

    // aol_01.txt: the AOL member blocks this sender (LABELS.md §1 Q5).
    let aol = "Your mail to the following recipients could not be delivered because they are not accepting mail from xxx@lists.xxx.com:\n\tscreenname";
    assert_reads(aol, Category::SenderRejected, Outcome::Permanent);

    // postfix_05.txt: BT Business's server refused a resent message without Resent-From.
    let bt = "<bjelf@detectit.net>: host mail.btconnect.com[193.113.154.2] said: 554 No\n    Resent-From field given";
    assert_eq!(provider_of(bt).as_deref(), Some("bt"));
    assert_ne!(explain(bt).outcome, Outcome::Success);

    // sipsak#6: Gmail's own bounce for a domain that does not exist.
    let gmail = "Technical details of permanent failure:\nDNS Error: 113013016 DNS type 'mx' lookup of lists.sipsak.org responded with code NXDOMAIN\nDomain name not found: lists.sipsak.org";
    assert_reads(gmail, Category::DomainUnknown, Outcome::Permanent);
    assert_eq!(provider_of(gmail).as_deref(), Some("google"));
}

/// No row of this round's corpus file reads as a success.
#[test]
fn no_archived_bounce_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr31-s20.jsonl"));
}

// Round fr38 (session 21): whole bounce notices of mail systems outside Gmail, Outlook.com and Yahoo, as help pages, list archives and issue threads quote them.

/// A recipient the receiving system does not know, in each program's words; a returned notice is
/// failed for good (LABELS.md, general order: a failed DSN is permanent).
#[test]
fn notices_of_unknown_recipients_read_as_unknown_mailboxes() {
    assert_all_read(
        &[
            // http://www.oucs.ox.ac.uk/email/failed/index.xml?ID=Username
            "This message was created automatically by mail delivery software.\nA message that you sent could not be delivered to one or more of its recipients. \nThis is a permanent error. The following address(es) failed:\nSMTP error from remote mail server after RCPT TO:<no-one@bbc.co.uk>:\n    host cluster1.eu.messagelabs.com []:\n    550 Invalid recipient <no-one@bbc.co.uk> (#5.1.1)",
            // http://www.oucs.ox.ac.uk/email/failed/index.xml?ID=Username
            "Delivery has failed to these recipients or distribution lists:\nExamine the text below for diagnostic information returned from the remote server. \nIf you have further problems then please contact help@oucs.ox.ac.uk.\nThe following organization rejected your message: relay5.mail.ox.ac.uk.\nSent by Microsoft Exchange Server 2007 \nDiagnostic information for administrators:\nGenerating server: exht01.ad.oak.ox.ac.uk\nrelay5.mail.ox.ac.uk #550-RPT-UNK: Recipient unknown. \nSearch at http://www.ox.ac.uk/contact/ \n550 http://www.oucs.ox.ac.uk/network/smtp/relay/index.xml?ID=errors#rpt-unk ##",
            // http://www.softlab.ntua.gr/Miscellaneous/Internet/zen-1.0/zen-1.0_14.html
            " From: Mail Delivery Subsystem <MAILER-DAEMON>\n Date: Sat, 25 May 91 16:45:14 -0400\n To: mg@gracie.com\n Cc: Postmaster@cs.widener.edu\n Subject: Returned mail: User unknown\n \n    ----- Transcript of session follows -----\n While talking to cs.widener.edu:\n >>> RCPT To:<lsimpson@cs.widener.edu>\n <<< 550 <lsimpson@cs.widener.edu>... User unknown\n 550 lsimpson... User unknown",
            // https://github.com/VIPriors/vipriors-challenges-toolkit/issues/66
            "I'm sorry your email is returned, the related information for this message: The Email address of the recipient does not exist, or is temporarily unavailable.",
            // https://github.com/jabberd2/jabberd2/issues/139
            "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  jabberd2-subscribe@lists.xiaoka.com\n    SMTP error from remote mail server after RCPT TO:<jabberd2-subscribe@lists.xiaoka.com>:\n    host xkh98.infr.xiaoka.com [78.47.138.98]: 550 unknown recipient",
            // https://github.com/tpokorra/KolabScripts/issues/18
            "This is the mail system at host 50-kolab.pokorra.de.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<test@alias20140721141933.de>: unknown user: \"test\"",
            // https://github.com/OxfordDemSci/gwasdiversitymonitor/issues/91
            "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n<user@example.ac.uk>: host oxmail.ox.ac.uk[129.67.1.165] said:\n    550 RPT-UNK: Recipient unknown. (in reply to RCPT TO command)",
            // https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/237/951.HTM
            "Your message did not reach some or all of the intended recipients.\n\nSubject: Subject\nSent: 07/19/1999 3:12 PM\nThe following recipient(s) could not be reached:\n\nc=US;a= ;p=Organization;o=ASGM;dda:MSXCHNGE=//o=ORGANIZATION//ou=SITE//cn=Container//cn=CR LC4B7A0994; on 07/19/1999 3:12 PM\n\nThe recipient name is not recognized\nThe MTS-ID of the original message is: c=US;a= ;p=Organization;l=Server1-990719191132Z-116481\n\nMSEXCH:MSExchangeMTA:ASGM:Server2",
            // https://github.com/poeml/mirrorbrain/issues/90
            "<issue_tracker@mirrorbrain.org>:\n83.133.126.38 does not like recipient.\nRemote host said: 550 Unrouteable address\nGiving up on 83.133.126.38.",
            // https://github.com/PDP-10/its/issues/1513 (the body of ITS COMSAT's notice)
            "============ A copy of your message is being returned, because: ============\n\"HIPY-PAPY-BTHUTHDTH-THUTHDA-BTHUTHDY\" at ES-ITS.SWENSON.ORG is an unknown recipient.\n============ Failed message follows: ============",
        ],
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
}

/// A full mailbox or an exceeded quota, also where the template or the enhanced code says
/// "temporarily" or 4.x.x: the notice itself says the message was returned.
#[test]
fn notices_of_full_mailboxes_read_as_full_mailboxes() {
    assert_all_read(
        &[
            // http://www.nexlan.com/emailreturned.htm
            "Subject: Mail delivery failed: returning message to sender\nThis message was created automatically\nby mail delivery software.\nA message that you sent could not be\ndelivered to one or more of its recipients. This is a permanent\nerror. The following address(es) failed:\nadam@thisdomain.net\nmailbox is full",
            // http://faq.busblog.jp/faq/show/410
            "Hi. This is the qmail-send program at ●●.●●.●●. I'm afraid I wasn't able to deliver your message to the following addresses. This is a permanent error; I've given up. Sorry it didn't work out. <●●@●●.●●.●●>: user is over quota",
            // http://faq.busblog.jp/faq/show/410
            "This Message was undeliverable due to the following reason: The user(s) account is temporarily over quota. <●●@●●.●●.●●> Please reply to <●●@●●.●●.●●> if you feel this message to be in error.",
            // https://digitallife2015.blogspot.com/2021/07/cant-create-output.html
            " ----- The following addresses had permanent fatal errors -----\n<************ji@tt.em-net.ne.jp>\n(reason: Can't create output)\n----- Transcript of session follows -----\nprocmail: Quota exceeded while writing \"/mb/tt.em-net.ne.jp************ji/Mailbox\"\n550 5.0.0 <************ji@tt.em-net.ne.jp>... Can't create output",
            // https://nobuneko.com/blog/archives/2012/03/undelivered_mail_returned_to_s.html
            "This is the Postfix program at host mc-imt12-g.dav.pdx.ne.jp.\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\nFor further assistance, please send mail to <postmaster>\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\nThe Postfix program\n<〜〜〜@pdx.ne.jp>: host 10.214.5.132[10.214.5.132] said: 552 We failed to\ndeliver mail because the volume of recipient's mailbox exceeded the local\nlimit. 〜〜〜@pdx.ne.jp (in reply to end of DATA command)",
            // https://github.com/mysociety/alaveteli/issues/3252
            "This is the mail system at host ls270.t-com.hr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\nThe mail system\n\n<[e-mail adresa]>: host pop-b12.t-com.hr[195.29.150.188] said: 552 4.2.2\n<[e-mail adresa]>: Mailbox full -- Quota exceeded (in reply to end of\nDATA command)",
        ],
        Category::MailboxFull,
        Outcome::Permanent,
    );
}

/// A receiving system that fails inside (Exim's 'local delivery failed' to a pipe) is a server
/// error (LABELS.md §2 Q5); the notice says the error is permanent.
#[test]
fn a_failed_local_delivery_reads_as_a_server_error() {
    assert_all_read(
        &[
            // https://github.com/openstreetmap/operations/issues/1224
            "Subject:\nMail delivery failed: returning message to sender\nFrom:\nMail Delivery System <Mailer-Daemon@openstreetmap.org>\nDate:\n01/04/2025, 11:38\nTo:\nuser@example.org.uk\n\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  [m-1234567-abcdefgh@messages.openstreetmap.org](mailto:m-1234567-abcdefgh@messages.openstreetmap.org)\n    local delivery failed\n\nThe following text was generated during the delivery attempt:\n\n------ [m-1234567-abcdefgh@messages.openstreetmap.org](mailto:m-1234567-abcdefgh@messages.openstreetmap.org) ------",
        ],
        Category::ServerError,
        Outcome::Permanent,
    );
}

/// A connection that timed out is a network error (LABELS.md §2 Q1): permanent in Postfix's
/// failed-bounce template, temporary in its delay warning (LABELS.md §3).
#[test]
fn timeouts_read_as_network_errors_failed_or_delayed() {
    assert_all_read(
        &[
            // https://github.com/dogtagpki/pki/issues/5006
            "This is the mail system at host [mx3.osci.io](http://mx3.osci.io/).\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<[users@lists.dogtagpki.org](mailto:users@lists.dogtagpki.org)>: connect to [lists.dogtagpki.org](http://lists.dogtagpki.org/)[8.43.85.251]:25:\n    Connection timed out",
        ],
        Category::NetworkError,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            // https://github.com/sentora/sentora-core/issues/346
            "This is the mail system at host ns3.goit.in.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<user@gmail.com>: delivery temporarily suspended: connect to\n    alt2.gmail-smtp-in.l.google.com[64.233.177.26]:25: Connection timed out\nReporting-MTA: dns; ns3.goit.in\nX-Postfix-Queue-ID: 8DFA4425E5A\nX-Postfix-Sender: rfc822; sender@goit.in\nArrival-Date: Mon, 10 Feb 2020 20:34:42 +0000 (UTC)\n\nFinal-Recipient: rfc822; user@gmail.com\nOriginal-Recipient: rfc822;user@gmail.com\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; delivery temporarily suspended: connect to\n    alt2.gmail-smtp-in.l.google.com[64.233.177.26]:25: Connection timed out\nWill-Retry-Until: Sat, 15 Feb 2020 20:34:42 +0000 (UTC)",
        ],
        Category::NetworkError,
        Outcome::Temporary,
    );
}

/// The server that replied names the provider (LABELS.md §4): Symantec MessageLabs for bbc.co.uk,
/// WILLCOM's own hosts for a pdx.ne.jp mailbox.
#[test]
fn the_replying_host_names_the_provider() {
    assert_eq!(provider_of("This message was created automatically by mail delivery software.\nA message that you sent could not be delivered to one or more of its recipients. \nThis is a permanent error. The following address(es) failed:\nSMTP error from remote mail server after RCPT TO:<no-one@bbc.co.uk>:\n    host cluster1.eu.messagelabs.com []:\n    550 Invalid recipient <no-one@bbc.co.uk> (#5.1.1)").as_deref(), Some("symantec"));
    assert_eq!(provider_of("This is the Postfix program at host mc-imt12-g.dav.pdx.ne.jp.\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\nFor further assistance, please send mail to <postmaster>\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\nThe Postfix program\n<〜〜〜@pdx.ne.jp>: host 10.214.5.132[10.214.5.132] said: 552 We failed to\ndeliver mail because the volume of recipient's mailbox exceeded the local\nlimit. 〜〜〜@pdx.ne.jp (in reply to end of DATA command)").as_deref(), Some("willcom"));
}

/// ITS COMSAT's returned-copy banner alone tells a failure for good.
#[test]
fn comsats_banner_reads_as_permanent() {
    // https://github.com/PDP-10/its/issues/1513
    let banner = "============ A copy of your message is being returned, because: ============";
    assert_eq!(explain(banner).outcome, Outcome::Permanent);
}

#[test]
fn no_notice_of_the_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr38-s21.jsonl"));
}
