//! What mail clients and apps print on non-English systems when they cannot reach their mail
//! server (session 17, round fr5, src/data/knowledge/phrases.tsv and clients.tsv). Each text is
//! quoted from the page or source named beside it; the expected category and outcome are read
//! from that source and tests/corpus/LABELS.md §2 Q1 and §3 (a failed connection with no reply
//! code is temporary), never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

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
