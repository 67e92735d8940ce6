//! Programs wrap the server's reply in their own words: the reply inside decides, and the
//! wrapper's other numbers (the code it expected, a time, a port) are never the reply.

use smtp_explain::{explain, Outcome};

fn codes(input: &str) -> (Option<u16>, Option<String>) {
    let e = explain(input);
    e.reply.map_or((None, None), |r| (r.code, r.enhanced))
}

#[test]
fn the_code_a_wrapper_expected_is_not_the_reply() {
    // Symfony Mailer, Swift Mailer and Laravel print the expected code first.
    let e = explain(r#"Expected response code "354" but got code "503", with message "503 5.5.1 Error: need RCPT command"."#);
    assert_eq!(e.reply.as_ref().and_then(|r| r.code), Some(503));
    assert_ne!(e.outcome, Outcome::Intermediate);
    assert_eq!(e.outcome, Outcome::Permanent);
    let e = explain("Expected response code 250 but got code \"550\", with message \"550 5.7.1 Relaying denied\".");
    assert_eq!(e.reply.as_ref().and_then(|r| r.code), Some(550));
    // The reply is the one in the message, with its text; the code before it only restates it.
    let e = explain(r#"Expected response code "250" but got code "550", with message "550 Message too big for this server"."#);
    assert_eq!(e.reply.as_ref().map(|r| (r.code, r.text.as_str())), Some((Some(550), "Message too big for this server")));
    // With no reply at all, nothing is a success.
    let e = explain("Expected response code 250 but got an empty response");
    assert!(e.reply.as_ref().and_then(|r| r.code).is_none());
    assert_ne!(e.outcome, Outcome::Success);
}

#[test]
fn times_and_ports_are_not_reply_codes() {
    assert_eq!(codes("2024-01-01 15:22:19,436 ERROR could not send mail").0, None);
    assert_eq!(codes("2024-01-01 15:22:19.550 ERROR could not send mail").0, None);
    assert_eq!(codes("Failed to connect to smtp.example.com:587").0, None);
}

#[test]
fn quoted_codes_pair_with_their_basic_code() {
    assert_eq!(codes(r#"421, "4.7.0", Try again later, closing connection."#), (Some(421), Some("4.7.0".into())));
    // The reply's words go on after the quoted code, with straight or curled quotes.
    for quoted in [r#"421, "4.4.5", Server busy, try again later."#, "421, \u{201C}4.4.5\u{201D}, Server busy, try again later."] {
        let e = explain(quoted);
        let reply = e.reply.expect("a reply");
        assert_eq!(
            (reply.code, reply.enhanced.as_deref(), reply.text.as_str()),
            (Some(421), Some("4.4.5"), "Server busy, try again later.")
        );
    }
    let python =
        "smtplib.SMTPRecipientsRefused: {'bob@example.com': (550, b'5.1.1 <bob@example.com>: Recipient address rejected: User unknown')}";
    assert_eq!(codes(python), (Some(550), Some("5.1.1".into())));
    let e = explain(python);
    assert_eq!(e.category.id, smtp_explain::Category::MailboxUnknown);
    assert!(e.reply.is_some_and(|r| r.text.starts_with("<bob@example.com>: Recipient address rejected")));
}

#[test]
fn a_success_code_beside_words_of_failure_is_not_a_success() {
    let e = explain("250 2.1.5 Ok\nError: connection timed out while sending the message");
    assert_ne!(e.outcome, Outcome::Success);
    assert_ne!(e.category.id, smtp_explain::Category::Delivered);
    // A plain success stays a success.
    assert_eq!(explain("250 2.0.0 Ok: queued as 4F9D1A").outcome, Outcome::Success);
}

#[test]
fn a_success_code_beside_clear_failure_words_is_never_a_success() {
    // Words inside the reply that name a failure beyond doubt, and a mail program's error
    // report around a 2xx number: the reply code alone does not make it a success.
    for input in
        ["235 authentication failed", "250 OK\nSMTP Error: Could not authenticate.", "SMTP Fehler: Authentifizierung fehlgeschlagen. (250)"]
    {
        let e = explain(input);
        assert_ne!(e.outcome, Outcome::Success, "{input:?} told as a success");
    }
    // A plain success stays one.
    assert_eq!(explain("250 2.0.0 Ok: queued as 4F3A2C0001").outcome, Outcome::Success);
    assert_eq!(explain("235 2.7.0 Authentication successful").outcome, Outcome::Success);
}

#[test]
fn a_programs_word_for_error_beside_a_success_code_is_no_success_in_any_common_language() {
    // Words no knowledge row knows beside the error word: only the word itself says it failed,
    // so nothing tells how (outcome unknown), and the category is not "delivered".
    for input in [
        "Error sending mail: 250 OK",
        "Fehler beim Senden (250 OK)",
        "Erreur lors de l'envoi : 250 OK",
        "Errore durante l'invio: 250 OK",
        "Błąd wysyłania: 250 OK",
        "SMTPエラー (250)",
        "发送邮件错误: 250 OK",
    ] {
        let e = explain(input);
        assert_eq!(e.outcome, Outcome::Unknown, "{input:?}");
        assert_ne!(e.category.id, smtp_explain::Category::Delivered, "{input:?}");
        // The card says the server accepted that step, so the message may have gone.
        assert!(e.summary.contains("(250)") && e.summary.contains("may have been sent"), "{input:?}: {}", e.summary);
        assert!(e.user_actions.iter().any(|a| a.contains("Sent folder")), "{input:?}: {:?}", e.user_actions);
    }
    // English words of failure count as much as "error" (a program's "Failed to send").
    for input in ["Failed to send email: 250 Message accepted", "Could not send message: 250 OK", "Unable to send mail (250 OK)"] {
        let e = explain(input);
        assert_eq!(e.outcome, Outcome::Unknown, "{input:?}");
        assert_ne!(e.category.id, smtp_explain::Category::Delivered, "{input:?}");
    }
    // A wrapper that names no cause of its own, around a success reply (Swift Mailer and Symfony
    // wanted another code): not a success, not a permanent failure; the same card.
    for input in [
        r#"Expected response code 250 but got code "235", with message "235 2.7.0 Authentication successful""#,
        r#"Expected response code 354 but got code "250", with message "250 OK""#,
    ] {
        let e = explain(input);
        assert_eq!(e.outcome, Outcome::Unknown, "{input:?}");
        assert_ne!(e.category.id, smtp_explain::Category::Delivered, "{input:?}");
        assert!(e.summary.contains("may have been sent"), "{input:?}: {}", e.summary);
    }
    // A failure the server explained, or a bare success, reads as such.
    assert!(!explain("SMTP Error: 550 5.1.1 User unknown").summary.contains("may have been sent"));
    assert!(!explain("250 2.0.0 Ok: queued as 4F3A2C0001").summary.contains("may have been sent"));
    // A plain success, and a log line whose status says the message was sent, stay successes.
    assert_eq!(explain("250 2.0.0 Ok: queued as 4F3A2C0001 (no error)").outcome, Outcome::Success);
    let log = "Nov 28 10:15:32 mail postfix/smtp[12345]: 4F2A81C0123: to=<jane@example.org>, relay=mx.example.org[192.0.2.25]:25, \
               delay=1.2, delays=0.1/0/0.6/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9A1B2C3D4E)";
    assert_eq!(explain(log).outcome, Outcome::Success);
}

#[test]
fn ports_source_lines_and_expected_code_arrays_are_not_reply_codes() {
    // Node's error object: `port: 587 }` (nodemailer/nodemailer#679).
    let e =
        explain("{ [Error: getaddrinfo EAI_AGAIN smtp.example.net:587]\n  code: 'EAI_AGAIN',\n  syscall: 'getaddrinfo',\n  port: 587 }");
    assert_eq!(e.reply.as_ref().and_then(|r| r.code), None);
    assert_eq!(e.category.id, smtp_explain::Category::NetworkError);
    assert_eq!(e.outcome, Outcome::Temporary);
    // JavaMail's MailConnectException: `host, port: smtp.example.com, 587;`.
    assert_eq!(codes("com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.com, 587; timeout -1;").0, None);
    assert_eq!(codes("Could not connect to SMTP host: smtp.example.com, port: 465, response: -1").0, None);
    // A source line is not a reply, even when it is a registered code.
    assert_eq!(codes("Connection failed. Error #2: stream_socket_client(): Unable to connect to smtp.example.com:25 (Connection timed out) [/var/www/vendor/phpmailer/phpmailer/src/SMTP.php line 421]").0, None);
    // Swift Mailer's stack trace prints the codes it wanted as `array(250)`: never a success.
    let e = explain("Swift_TransportException:\nExpected response code 250 but got code \"\", with message \"\"\n\n  at AbstractSmtpTransport.php:419\n  at Swift_Transport_AbstractSmtpTransport->assertResponseCode('', array(250))");
    assert_eq!(e.reply.as_ref().and_then(|r| r.code), None);
    assert_ne!(e.outcome, Outcome::Success);
    assert_eq!(e.category.id, smtp_explain::Category::NetworkError);
}

#[test]
fn empty_replies_certificates_and_resolver_errors_are_failures_with_no_reply() {
    use smtp_explain::Category;
    // Swift Mailer 5.x prints an empty reply as an empty code.
    assert_eq!(
        explain("Swift_TransportException: Expected response code 250 but got code \"\", with message \"\"").category.id,
        Category::NetworkError
    );
    // Python on musl libc (Alpine): socket.gaierror EAI_AGAIN.
    assert_eq!(explain("Unexpected error for call_service at pos 1: [Errno -3] Try again").category.id, Category::NetworkError);
    // .NET / MailKit timeouts.
    assert_eq!(explain("System.TimeoutException: Operation timed out after 5000 milliseconds").category.id, Category::NetworkError);
    // Certificate and handshake failures are TLS failures, never a success.
    for input in [
        "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)",
        "x509: certificate is valid for mail.example.com, not smtp.example.com",
        "jakarta.mail.MessagingException: Could not convert socket to TLS;\n  nested exception is:\n\tjavax.net.ssl.SSLHandshakeException: PKIX path building failed",
    ] {
        let e = explain(input);
        assert_eq!(e.category.id, Category::TlsFailed, "{input:?}");
        assert!(matches!(e.outcome, Outcome::Permanent | Outcome::Temporary), "{input:?}");
    }
}

#[test]
fn wrapper_words_that_stand_for_a_code() {
    // lettre: `permanent error (550): 5.1.1 ...` pairs the enhanced code with the basic one.
    assert_eq!(
        codes("permanent error (550): 5.1.1 <bob@example.com>: Recipient address rejected: User unknown"),
        (Some(550), Some("5.1.1".into()))
    );
    // .NET SmtpException names the status in words; the reply after it has no basic code.
    let e = explain("System.Net.Mail.SmtpException: Transaction failed. The server response was: 5.7.1 Message rejected as spam");
    assert_eq!(e.reply.as_ref().and_then(|r| r.code), Some(554));
    assert_eq!(e.outcome, Outcome::Permanent);
    let e = explain("System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 4.2.2 Mailbox full");
    assert_eq!(e.outcome, Outcome::Temporary);
}

#[test]
fn roundcube_puts_the_code_in_brackets_and_the_enhanced_code_in_parentheses() {
    // 'SMTP Error ($code): Failed to add recipient "$to" ($msg).'
    assert_eq!(
        codes("SMTP Error (450): Failed to add recipient \"bob@example.gr\" (4.1.2 <bob@example.gr>: Recipient address rejected: Domain not found)."),
        (Some(450), Some("4.1.2".into()))
    );
    // Its error log: "SMTP Error: Failed to send data. [550] ...".
    let e = explain("SMTP Error: Failed to send data. [550] Your FROM address must match your authenticated email user.");
    assert_eq!(e.reply.as_ref().and_then(|r| r.code), Some(550));
    assert_eq!(e.outcome, Outcome::Permanent);
    // A process id glued to its name is not a code.
    assert_eq!(codes("Jan 13 14:34:56 host sendmail[308]: starting daemon").0, None);
}

#[test]
fn structured_records_pair_the_code_with_the_next_field() {
    assert_eq!(
        codes(r#"{"level":"error","smtp_code":550,"smtp_message":"5.7.1 Relaying denied","port":587}"#),
        (Some(550), Some("5.7.1".into()))
    );
    assert_eq!(codes("{'code': 452, 'message': '4.2.2 The email account is over quota'}"), (Some(452), Some("4.2.2".into())));
}

#[test]
fn phpmailer_6_names_the_enhanced_code_additional_smtp_info() {
    let input = "Mailer Error: SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: Message rejected as spam SMTP code: 554 Additional SMTP info: 5.7.1";
    assert_eq!(codes(input), (Some(554), Some("5.7.1".into())));
    assert_eq!(codes("SMTP-Code: 550 Zusätzliche SMTP-Info: 5.1.1"), (Some(550), Some("5.1.1".into())));
}

#[test]
fn localized_phpmailer_messages_of_capitalised_words_and_old_versions() {
    use smtp_explain::Category;
    // Every word starts with a capital the matcher folds (PHPMailer language/phpmailer.lang-el.php).
    assert_eq!(explain("Σφάλμα SMTP: Αδυναμία πιστοποίησης.").category.id, Category::AuthFailed);
    // The French file of 2013-2021, with or without the accent.
    assert_eq!(
        explain("Mailer Error : Echec de la connexion SMTP : https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting").category.id,
        Category::NetworkError
    );
    assert_eq!(explain("Échec de la connexion SMTP.").category.id, Category::NetworkError);
}

#[test]
fn a_reply_printed_as_a_quoted_string_is_read_to_its_closing_quote_and_unescaped() {
    let text = |input: &str| explain(input).reply.map(|r| r.text).unwrap_or_default();
    // A JSON string with `\n` escapes; the record's other fields are not the reply.
    let json = r#""response": "535-5.7.8 Username and Password not accepted. Learn more at\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x - gsmtp", "responseCode": 535, "command": "AUTH PLAIN","#;
    assert_eq!(text(json), "Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials x - gsmtp");
    // Node's util.inspect splits a long string with `' +`.
    let inspect = "response: '535-5.7.8 Username and Password not accepted. Learn more at\\n' +\n  '535 5.7.8  https://support.google.com/mail/?p=BadCredentials y - gsmtp',\nresponseCode: 535,";
    assert_eq!(
        text(inspect),
        "Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials y - gsmtp"
    );
    // Python's `(code, b'...')`, with and without an enhanced code; continuation lines repeat only it.
    assert_eq!(text("smtplib.SMTPAuthenticationError: (535, b'Error: authentication failed')"), "Error: authentication failed");
    let python = r"smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. Learn more at\n5.7.8  https://support.google.com/mail/?p=BadCredentials z - gsmtp')";
    assert_eq!(
        text(python),
        "Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials z - gsmtp"
    );
}

#[test]
fn ruby_python_go_and_rustls_failures_with_no_reply() {
    use smtp_explain::Category;
    for (input, category, software) in [
        ("socket.timeout: timed out", Category::NetworkError, "python_smtplib"),
        ("EOFError: end of file reached", Category::NetworkError, "ruby_net_smtp"),
        ("Errno::ECONNREFUSED: Connection refused - connect(2) for \"localhost\" port 25", Category::NetworkError, "ruby_net_smtp"),
        (
            "OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=error: certificate verify failed",
            Category::TlsFailed,
            "ruby_net_smtp",
        ),
        ("tls: first record does not look like a TLS handshake", Category::TlsFailed, "go_net_smtp"),
        ("read tcp 192.0.2.5:53422->192.0.2.80:587: read: connection reset by peer", Category::NetworkError, "go_net_smtp"),
        ("Connection error: invalid peer certificate: UnknownIssuer", Category::TlsFailed, "lettre"),
    ] {
        let e = explain(input);
        assert_eq!(e.category.id, category, "{input:?}");
        assert_eq!(e.software.map(|s| s.id.to_string()).as_deref(), Some(software), "{input:?}");
        assert!(e.reply.and_then(|r| r.code).is_none(), "{input:?}");
    }
}

#[test]
fn horde_smtp_words_stand_for_the_reply_code() {
    // Nextcloud Mail sends with Horde_Smtp, which replaces the text of some replies with its own.
    let e = explain("OCA\\Mail\\Exception\\ServiceException: Could not send message: Server is not accepting SMTP connections.");
    assert_eq!(e.reply.as_ref().and_then(|r| r.code), Some(554));
    assert_eq!(e.outcome, Outcome::Permanent);
    let e = explain("Creating account failed: Error connecting to SMTP server.");
    assert_eq!(e.category.id, smtp_explain::Category::NetworkError);
}

#[test]
fn http_statuses_of_esp_api_errors_are_not_reply_codes() {
    // An ESP's API error carries no SMTP reply: its HTTP status is not a reply code.
    // Resend's SDK error object (https://github.com/resend/resend-node/issues/455).
    let resend = "RESEND ERROR {\n  statusCode: 403,\n  message: 'The xy.com domain is not verified. Please, add and verify your domain on https://resend.com/domains',\n  name: 'validation_error'\n}";
    assert_eq!(codes(resend).0, None);
    // The same as JSON (https://github.com/code-with-antonio/nextjs-next-auth-v5-masterclass/issues/35).
    assert_eq!(
        codes("{\n    \"name\": \"validation_error\",\n    \"message\": \"The domain is not verified.\",\n    \"statusCode\": 403\n}").0,
        None
    );
    // SparkPost's PHP client (https://github.com/karrot-dev/karrot-backend/issues/294).
    assert_eq!(codes("SparkPostAPIException: Call to https://api.sparkpost.com/api/v1/transmissions returned 400, errors:\n\n        Message generation rejected Code: 1902 Description: recipient address was suppressed due to system policy").0, None);
    // Postmark's API answer (https://pastebin.com/04peBCvB).
    assert_eq!(codes(r#"{"ErrorCode":406,"Message":"You tried to send to recipients that have all been marked as inactive. Inactive recipients are ones that have generated a hard bounce or a spam complaint."}"#).0, None);
    // The same answer logged inside a string, its quotes escaped
    // (https://github.com/edenlabllc/ehealth.api/issues/2073).
    assert_eq!(codes(r#"Here is the response:\n"{\"ErrorCode\":406,\"Message\":\"You tried to send to a recipient that has been marked as inactive.\"}""#).0, None);
    // An HTTP status with its reason phrase (RFC 9110 section 15.5.7).
    assert_eq!(codes("Request failed: 406 Not Acceptable").0, None);
    // SMTP replies in the same places stay replies: an SMTP code in a structured field
    // (d-0550, a SendGrid bounce event), a 400 at the start of a reply, a reply whose text
    // starts with an HTTP word, a 550 after a server's ERROR_CODE key.
    assert_eq!(
        codes(r#"[{"status": "550", "created": "2011-10-08 12:32:14", "reason": "550 Unknown user kijitora@example.ne.jp "}]"#).0,
        Some(550)
    );
    assert_eq!(codes("400 STARTTLS is required first.").0, Some(400));
    assert_eq!(codes("Diagnostic-Code: SMTP; 500 Unauthorized relay msg rejected").0, Some(500));
    assert_eq!(codes("Invalid Address, ERROR_CODE :550, ERROR_CODE_DETAIL :User unknown").0, Some(550));
}

#[test]
fn codes_glued_to_a_provider_tag_are_read() {
    // NetEase (163/126) glues its tag to the code (https://biecuoliao.com/pa/MBRrwEM.html).
    assert_eq!(codes("450MI:CEL 发送方出现过多的错误指令。请检查发信程序;").0, Some(450));
    assert_eq!(codes("421HL:IFC 该IP短期内发送了大量信件,超过了网易的限制,被临时禁止连接。").0, Some(421));
    assert_eq!(codes("451Requested mail action not taken: too much fail authentication 登录失败次数过多,被临时禁止登录。").0, Some(451));
    assert_eq!(explain("450MI:CEL 发送方出现过多的错误指令。请检查发信程序;").outcome, Outcome::Temporary);
    // A queue id made of hexadecimal digits is not a code.
    assert_eq!(codes("449A2C0001: to=<bob@example.com>, relay=none").0, None);
}

#[test]
fn an_enhanced_code_a_few_words_into_the_reply_line_pairs_with_its_code() {
    // Yahoo's blocklist reply and Cloudmark's gateway, as collected in ZoneMTA's bounce list
    // (https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt).
    assert_eq!(
        codes("553 Mail from 192.0.2.1 not allowed - 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL"),
        (Some(553), Some("5.7.1".into()))
    );
    assert_eq!(
        codes("554 *.terra.com cmsmtp 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using cm-csi-v11"),
        (Some(554), Some("5.7.1".into()))
    );
    // An enhanced code of another class, or on another line, is not this reply's.
    assert_eq!(codes("550 Mailbox unavailable, last try 4.4.1 ago").1, None);
}

#[test]
fn an_enhanced_code_wrapped_to_the_next_line_after_a_hash_pairs_with_its_code() {
    // Postfix wraps "said: 550 #5.7.1 ..." after the code (https://pastebin.com/jhdNMiyp).
    let bounce = "<jas@example.com>: host smtp.example.com[192.0.2.1] said: 550\n#5.7.1 Your access to submit messages to this e-mail system has been\nrejected. (in reply to RCPT TO command)";
    assert_eq!(codes(bounce), (Some(550), Some("5.7.1".into())));
}

#[test]
fn a_notice_banner_in_asterisks_is_not_an_exim_log_line() {
    // Trellix (FireEye ETP) notice (https://github.com/yaronelh/False-Positive-Center/issues/56).
    let notice = "** Message blocked **\n\nYour message to someone@example.com has been blocked. See technical details below for more information.\n\nThe response from the remote server was:\n550 ETP102 recipient rejected by downstream MTA. Reason: [ 5.4.1 Recipient address rejected: Access denied. ]";
    assert_eq!(codes(notice), (Some(550), Some("5.4.1".into())));
    // Exim's failure marker still starts a log entry.
    let exim = "2026-11-28 10:00:00 1abcDE-000123-AB ** bob@example.net R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<bob@example.net>: 550 5.1.1 User unknown";
    assert_eq!(codes(exim), (Some(550), Some("5.1.1".into())));
}

#[test]
fn an_unregistered_code_of_the_enhanced_codes_class_is_the_reply_code() {
    // A DSN whose enhanced code comes first and whose basic code no RFC registers
    // (https://github.com/twisted1919/bounce-handler/blob/master/BounceHandler/rules.php).
    let dsn = "Diagnostic-Code: smtp; 5.1.0 - Unknown address error 540-'Error: Wrong recipients' (delivery attempts: 0)";
    assert_eq!(codes(dsn), (Some(540), Some("5.1.0".into())));
    // A number of another class is not taken for the reply.
    assert_eq!(codes("Diagnostic-Code: smtp; 5.1.0 - Unknown address error 440-'Error: Wrong recipients'").0, None);
}

#[test]
fn a_lone_code_then_the_same_code_with_the_reply_on_the_next_line() {
    // Outlook's dialog in French: "Erreur de serveur : 550" then "Réponse du serveur : 550 5.1.0 ..."
    // (https://github.com/sisimai/p5-sisimai/issues/240).
    let dialog = "Erreur de serveur : 550\nRéponse du serveur : 550 5.1.0 Emetteur invalide. Invalid Sender. OFR_415 [415]\nServeur : 'smtp.orange.fr'";
    assert_eq!(codes(dialog), (Some(550), Some("5.1.0".into())));
    let e = explain(dialog);
    assert!(e.reply.is_some_and(|r| r.text.starts_with("Emetteur invalide")));
}

#[test]
fn a_reply_pasted_in_a_markdown_code_span_is_read() {
    // Issue trackers show pasted replies between backticks; the backtick is not part of the reply.
    let e = explain("`MAIL FROM : name@anydomain` gives below error .\n`501 Error: Bad sender address syntax`");
    assert_eq!(e.reply.as_ref().and_then(|r| r.code), Some(501));
    assert_eq!(e.outcome, Outcome::Permanent);
    assert_eq!(codes("The server said `550 5.1.1 <bob@example.com>: Recipient address rejected`"), (Some(550), Some("5.1.1".into())));
}

#[test]
fn app_and_library_wrappers_unwrap_the_reply_inside() {
    // PEAR Mail's "[SMTP: ... (code: N, response: ...)]" (Mail/smtp.php _error()), go-mail's SendErrReason
    // prefix (senderror.go), gen_smtp's Erlang terms (gen_smtp_client.erl) and CodeIgniter's
    // "Error: <reply>" (email_lang.php): the reply inside decides, the wrapper names the program.
    let cases: &[(&str, u16, &str, &str)] = &[
        ("Failed to add recipient: bob@example.com [SMTP: Invalid response code received from server (code: 550, response: 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table)]", 550, "5.1.1", "mailbox_unknown"),
        ("sending SMTP RCPT TO command: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown, affected recipient(s): bob@example.com", 550, "5.1.1", "mailbox_unknown"),
        ("{error,retries_exceeded,{temporary_failure,\"192.0.2.1\",<<\"421-4.7.0 Try again later, closing connection.\\r\\n\">>}}", 421, "4.7.0", "server_unavailable"),
        ("Failed to authenticate password. Error: 535 5.7.8 Error: authentication failed: authentication failure", 535, "5.7.8", "auth_failed"),
    ];
    for &(input, code, enhanced, category) in cases {
        let e = explain(input);
        assert_eq!(codes(input), (Some(code), Some(enhanced.to_string())), "{input}");
        assert_eq!(e.category.id.to_string(), category, "{input}");
    }
    // The program is named from its own words.
    let software = |input: &str| explain(input).software.map(|s| s.id.to_string());
    assert_eq!(software("Failed to authenticate password. Error: 535 5.7.8 Error: authentication failed").as_deref(), Some("codeigniter"));
    assert_eq!(
        software("msmtp: server message: 554 5.7.1 Relay access denied\nmsmtp: could not send mail (account default from /etc/msmtprc)")
            .as_deref(),
        Some("msmtp")
    );
    assert_eq!(software("SMTP session failed: 554 5.7.1 <x@example.org>: Relay access denied").as_deref(), Some("mutt"));
    assert_eq!(software("gomail: could not send email 1: 554 5.7.1 Relay access denied").as_deref(), Some("gomail"));
}

#[test]
fn web_apps_wrap_the_reply_and_name_themselves() {
    let software = |input: &str| explain(input).software.map(|s| s.id.to_string());
    let category = |input: &str| explain(input).category.id.to_string();
    // Redmine's notice (config/locales/*.yml notice_email_error), in English and German.
    let redmine = "An error occurred while sending mail (550 5.7.1 Relaying denied)";
    assert_eq!(software(redmine).as_deref(), Some("redmine"));
    assert_eq!(category(redmine), "relay_denied");
    assert_eq!(
        software("Beim Senden einer E-Mail ist ein Fehler aufgetreten (535 5.7.8 Authentication failed).").as_deref(),
        Some("redmine")
    );
    // Ruby's EOFError inside Redmine's notice: the server closed the connection.
    assert_eq!(category("An error occurred while sending mail (end of file reached)"), "network_error");
    // Grafana's alerting e-mail error, Nextcloud's test e-mail, Jenkins Mailer's test e-mail.
    let grafana = "failed to send notification to email addresses: ops@example.com: 535 5.7.8 Username and Password not accepted.";
    assert_eq!(software(grafana).as_deref(), Some("grafana"));
    assert_eq!(category(grafana), "auth_failed");
    assert_eq!(
        software("A problem occurred while sending the email. Please revise your settings. (Error: Email could not be sent. Check your mail server log)").as_deref(),
        Some("nextcloud")
    );
    assert_eq!(
        software("Failed to send out e-mail\njavax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful").as_deref(),
        Some("javamail")
    );
    // PEAR Mail says "authentication failure" around any error of its auth step: a STARTTLS failure inside is a TLS failure.
    assert_eq!(category("authentication failure [SMTP: STARTTLS failed (code: 220, response: 2.0.0 Ready to start TLS)]"), "tls_failed");
    assert_eq!(category("authentication failure [SMTP: Invalid response code received from server (code: 535, response: Incorrect authentication data)]"), "auth_failed");
}

#[test]
fn swift_mailer_3_names_the_program_and_keeps_the_reply() {
    // Swift Mailer 3 words a refusal "Expected response code(s) [..] but got response [..]" (lib/Swift.php
    // assertCorrectResponse()): the reply inside the second brackets decides, the expected codes are not it.
    let e = explain("Expected response code(s) [250] but got response [530 5.7.0 Must issue a STARTTLS command first]");
    assert_eq!(e.reply.as_ref().and_then(|r| r.code), Some(530));
    assert_eq!(e.category.id, smtp_explain::Category::TlsRequired);
    assert_eq!(e.software.map(|s| s.id.to_string()).as_deref(), Some("swiftmailer"));
    assert_eq!(e.outcome, Outcome::Permanent);
}

#[test]
fn the_server_reply_inside_a_wrapper_tells_the_command_better_than_the_wrapper() {
    // Outlook's 0x800CCC78 means "the server rejected the sender" (Windows SDK imnxport.h,
    // IXP_E_SMTP_REJECTED_SENDER), but the reply it carries may be about the recipient: Postfix's
    // "Recipient address rejected" answers RCPT TO only (smtpd_check.c), X.1.1 is a bad
    // destination mailbox (RFC 3463 §3.2), and relaying is refused per recipient.
    let outlook = |reply: &str| {
        format!("Task 'mail.example.com - Sending' reported error (0x800CCC78) : 'Cannot send the message. Verify the e-mail address in your account properties.  The server responded: {reply}'")
    };
    for (reply, category) in [
        (
            "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
            smtp_explain::Category::MailboxUnknown,
        ),
        ("550 5.1.1 User unknown", smtp_explain::Category::MailboxUnknown),
        ("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", smtp_explain::Category::RelayDenied),
    ] {
        let e = explain(&outlook(reply));
        assert_eq!(e.category.id, category, "{reply}");
        assert_eq!(e.outcome, Outcome::Permanent, "{reply}");
    }
    // With nothing in the reply about the recipient, the wrapper's reading stands.
    let e = explain(&outlook("553 5.7.1 Sender address rejected: not owned by user alice@example.com"));
    assert_eq!(e.category.id, smtp_explain::Category::SenderRejected);
}

#[test]
fn app_wording_families_read_without_a_reply() {
    use smtp_explain::Category as C;
    let read = |t: &str| {
        let e = explain(t);
        (e.category.id, e.outcome)
    };
    // Delta Chat quoting a greeting it could not read: the quoted 220 is no delivery
    // (chatmail/core src/smtp/connect.rs, "Unexpected greeting: {line:?}").
    let (category, outcome) = read(
        r#"Outgoing Messages: Error: SMTP connection failure: Unexpected greeting: "220-mx.example.net ESMTP Exim 4.96 Sat, 24 Aug 2024 09:58:17 +0200 \r\n"."#,
    );
    assert_ne!(outcome, Outcome::Success);
    assert_ne!(category, C::Delivered);
    // MailSo (RainLoop, SnappyMail) exception names.
    assert_eq!(read("SMTP[ERROR]: exception 'MailSo\\Net\\Exceptions\\SocketReadTimeoutException' with message 'MailSo-Net-Exceptions-SocketReadTimeoutException (NetClient.php ~ 494)'").0, C::NetworkError);
    assert_eq!(read("MailSo\\Net\\Exceptions\\SocketCanNotConnectToHostException: Can't connect to host").0, C::NetworkError);
    // Thunderbird's nsresult by name or number.
    assert_eq!(
        read(r#"smtp: [Exception... "Connection to mail.example.net:465 failed"  nsresult: "0x804b000e (NS_ERROR_NET_TIMEOUT)"]"#).0,
        C::NetworkError
    );
    assert_eq!(read("Connection failed: NS_ERROR_CONNECTION_REFUSED").0, C::NetworkError);
    // PHPMailer's SMTP class with the connection gone, and .NET's answer that was no reply at all.
    assert_eq!(read("The following From address failed: a@example.com : Called MAIL FROM without being connected").0, C::NetworkError);
    assert_eq!(read("System.Net.Mail.SmtpException: Smtp server returned an invalid response.").0, C::ProtocolSyntax);
    // A syntax refusal of RCPT TO that speaks of the address: the address as written is malformed.
    assert_eq!(read("Failed to add recipient: @localhost [SMTP: Invalid response code received from server (code: 501, response: 5.5.4 Invalid Address)]").0, C::MessageFormat);
}

#[test]
fn an_http_status_in_an_apps_code_field_is_no_reply_code() {
    // FluentSMTP reports PHPMailer's failure through WordPress's REST error: 423 (like 422) is an
    // HTTP status no SMTP reply uses, and beside the mail program's words it says nothing of the mail.
    let text = "SMTP Error: data not accepted.\n\n{\n  \"code\": 423,\n  \"message\": \"SMTP Error: data not accepted.\"\n}";
    assert_eq!(codes(text).0, None);
    assert_eq!(explain(text).outcome, Outcome::Unknown);
}

/// JavaMail's "Could not connect to SMTP host ..., response: N" is printed for any greeting but
/// 220 (SMTPTransport.openServer): with a 4xx or 5xx the server answered and refused, so the
/// code decides, not the wrapper's "could not connect"; -1 means no reply (a network failure).
#[test]
fn a_connect_wrapper_around_a_refusing_greeting_reads_the_greeting() {
    let wrapped = |code: &str| {
        explain(&format!("javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 25, response: {code}"))
    };
    assert_eq!(wrapped("554").category.id.to_string(), "policy_rejected");
    assert_eq!(wrapped("554").outcome, Outcome::Permanent);
    assert_eq!(wrapped("421").category.id.to_string(), "server_unavailable");
    assert_eq!(wrapped("421").outcome, Outcome::Temporary);
    assert_eq!(wrapped("-1").category.id.to_string(), "network_error");
}

/// Elixir's and Erlang's error reports start with `** (Exception)` or `** exception error:`:
/// not Exim's `** address` failure flag, so not a log line that failed for good. gen_smtp's
/// `retries_exceeded` (Swoosh, Bamboo) does say it gave up: the message was not sent.
#[test]
fn an_elixir_error_report_is_not_an_exim_failure_line() {
    let e = explain(
        r#"** (ArgumentError) raise/1 and reraise/2 expect a module name, string or exception as the first argument, got: {:network_failure, ~c"ssl0.example.net", {:error, :closed}}"#,
    );
    assert_ne!(e.input_kind, smtp_explain::InputKind::LogLine);
    assert_eq!(e.category.id.to_string(), "network_error");
    assert_eq!(e.outcome, Outcome::Temporary);
    let exim = explain("2024-01-01 10:00:00 1tJ2Ab-00000A-1a ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 5.1.1 User unknown");
    assert_eq!(exim.outcome, Outcome::Permanent);
    let gave_up = explain("** (Bamboo.SMTPAdapter.SMTPError) There was a problem sending the email through SMTP.\nThe error is :retries_exceeded\nMore detail below:\n{:network_failure, \"smtp.example.com\", {:error, :timeout}}");
    assert_eq!(gave_up.category.id.to_string(), "network_error");
    assert_eq!(gave_up.outcome, Outcome::Permanent);
}

#[test]
fn the_port_argument_of_a_connect_call_is_not_a_reply_code() {
    // MailKit's `SmtpClient.Connect(host, port, useSsl)` and .NET's `new SmtpClient(host, port)`
    // quoted beside their error.
    assert_eq!(codes("client.Connect(\"smtp.example.com\", 587, true);\n=> IOException").0, None);
    assert_eq!(codes("var client = new SmtpClient(\"smtp.example.com\", 465);").0, None);
    assert_eq!(codes("Couldn't connect to host, port: smtp.example.com, 587; timeout -1").0, None);
}

#[test]
fn a_connection_wrapper_around_a_tls_error_is_a_tls_failure() {
    // PHPMailer's connect_host wrapper, then PHP's own TLS warning (php-src ext/openssl/xp_ssl.c):
    // the TLS error is why the connection failed, and PHPMailer still wrote it.
    let e = explain(
        "SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): Peer certificate CN=`shared.host.example' did not match expected CN=`mail.example.org'",
    );
    assert_eq!(e.category.id, smtp_explain::Category::TlsFailed);
    assert_eq!(e.software.as_ref().map(|s| s.id.as_ref()), Some("phpmailer"));
    // The wrapper alone still says the server could not be reached.
    let e = explain("SMTP Error: Could not connect to SMTP host.");
    assert_eq!(e.category.id, smtp_explain::Category::NetworkError);
}
