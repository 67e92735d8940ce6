//! Client and wrapper messages: the words around a code that make a lone number a reply code,
//! and the numbers in mail programs' and libraries' own messages that are not the reply
//! (the code a wrapper expected, a port, a time).

use super::Span;

/// Words after which a lone three-digit number is taken as a reply code.
pub(super) const CODE_CONTEXT_WORDS: &[&str] = &[
    "error", "code", "reply", "response", "responded", "said", "returned", "status", "smtp", "server",
    "failed", "failure", "deferred", "rejected", "refused", "bounce", "bounced", "reason", "err", "stat", "dsn",
    // What a wrapper says it got instead of the code it expected: mailsend's "Expected smtp code
    // 250, got 552", twisted's and dart mailer's "expected 250 but received 554".
    "got", "received",
    // Zoho Mail's bounce line: "[Status: Error, Address: <bob@example.com>, ResponseCode 421, , Host
    // not reachable.]" (https://github.com/sisimai/go-sisimai/blob/ed142ded2c40de1233f82d8405a0acf0b76998c6/lhost/via-zoho.go).
    "responsecode",
    // A delivery status before the reply: Postal's "Hard Fail 550 Action not taken" (its
    // HardFail and SoftFail statuses).
    "fail",
    // The word "error" (and "code") in the other languages mail clients and forum posts use:
    // "Ошибка 550 spam message rejected", "Fehler 550", "Erreur 550", "Errore 550", "Błąd 550".
    "fehler", "erreur", "errore", "erro", "ошибка", "błąd", "fout", "código", "codice",
];

/// Whether a lone basic code at `start` of `text` stands in a position where a code is expected.
pub(super) fn basic_in_context(text: &str, start: usize, line_start: usize, registered: bool) -> bool {
    let before = text[line_start..start].trim_end_matches([' ', '\t']);
    if before.is_empty() || is_transcript_prefix(before) {
        return true;
    }
    // A transcript's arrow after a log line's time: MDaemon's and SmarterMail's session logs
    // ("Wed 2018-07-18 11:26:05: <-- 451-The server has reached its limit ...").
    if before.rsplit([' ', '\t']).next().is_some_and(|w| matches!(w, "<--" | "<<<" | "<-" | "<<-")) {
        return true;
    }
    // A line break written as an escape inside a log's or JSON's string: `msg="Writing response
    // to client: \n503 5.5.1 Error: No sender\r\n"` (go-guerrilla's debug log).
    if [r"\n", r"\r", r"\t"].iter().any(|e| before.ends_with(e)) {
        return true;
    }
    // Right after Chinese or Japanese words or their full-width punctuation, which put no space
    // before a number: "邮件投递失败550 Mail content denied", "邮件发送失败，554 DT:SPM ...".
    if before.chars().next_back().is_some_and(|c| matches!(c, '\u{3000}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')) {
        return true;
    }
    // The answering host's name alone before its reply, as verifiers print it: "freenet.de 550
    // inconsistent or no DNS PTR record for ...".
    let after = &text.as_bytes()[start..];
    // The remote's reply quoted after a dash and an apostrophe, as Gmail's and Amazon SES's
    // notices write it: "5.3.0 - Other mail system problem 550-'Unknown user ...'".
    if after.get(3..5) == Some(b"-'") {
        return true;
    }
    if is_host_name(before) && after.get(3) == Some(&b' ') && after.get(4).is_some_and(u8::is_ascii_alphabetic) {
        return true;
    }
    let bytes = before.as_bytes();
    let last = bytes[bytes.len() - 1];
    // `192.0.2.1:587`, `[192.0.2.1]:587`, `smtp.example.com:587`: a port, not a code; so is an
    // unregistered number after an empty host (`Unable to connect to :587`, Symfony Mailer's `host ":587"`).
    let glued = last == b':' && start == before.len() + line_start && bytes.len() >= 2;
    let port = glued && {
        let prev = bytes[bytes.len() - 2];
        prev.is_ascii_digit() || prev == b']' || (prev.is_ascii_alphabetic() && !registered) || (matches!(prev, b' ' | b'"') && !is_reply_code(&text[start..]))
    };
    if port {
        return false;
    }
    // `(#416)`: an issue or pull-request number closing a subject ("Re: [owner/repo] Title
    // (#416)", quoted in the notices for GitHub's notification mails), not a reply code.
    if last == b'#' && bytes.len() >= 2 && bytes[bytes.len() - 2] == b'(' && after.get(3) == Some(&b')') {
        return false;
    }
    // A backtick opens a code span where a reply is pasted into Markdown (issue trackers, forums):
    // "`550 5.1.1 User unknown`".
    if matches!(last, b':' | b';' | b'#' | b'(' | b'\'' | b'"' | b'<' | b'=' | b'>' | b',' | b'`') {
        return true;
    }
    // `[550]` after a space or at the start, before the reply's text (Roundcube's "SMTP Error: Failed
    // to send data. [550] ..."), not a process id glued to its name (`sendmail[308]`).
    if last == b'['
        && (bytes.len() == 1 || matches!(bytes[bytes.len() - 2], b' ' | b'\t'))
        && segment_bracket_closes(text, start)
        && !repeats_reference(before, &text.as_bytes()[start..start + 3])
    {
        return true;
    }
    // Lowercased with the matcher's own small table (Latin, Greek, Cyrillic ...): the standard
    // library's full Unicode case tables would add to the WebAssembly module for these few words.
    // simplesmtp (the client of old Nodemailer and Ghost) joins its words and the reply with a
    // spaced dash: "Mail from command failed - 501 ...", "Invalid login - 535 ...", "Server
    // terminates connection - 421 ..." (lib/client.js, https://github.com/andris9/simplesmtp/blob/2ac1b730f56b8a19f767268430bddb85a217784c/lib/client.js#L981);
    // Monit a doubled one: "Mailserver response error -- 550 ..." (src/net/SMTP.c).
    let before = match before.trim_end_matches('-').strip_suffix(' ') {
        Some(words) if before.len() + line_start + 1 == start && before.len() - words.len() <= 3 => words,
        _ => before,
    };
    let word: String = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").chars().map(|c| if c.is_ascii() { c.to_ascii_lowercase() } else { crate::matcher::lower_char(c) }).collect();
    CODE_CONTEXT_WORDS.contains(&word.as_str()) || (word == "login" && before.len() < bytes.len()) || answered_with(before, &word)
}

/// "Server responded with 550 ...", "the server replied with 421 ...": `with` after a verb of
/// answering.
fn answered_with(before: &str, word: &str) -> bool {
    let verb = || before.trim_end_matches(|c: char| c.is_ascii_alphabetic()).trim_end().rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
    word == "with" && matches!(verb().as_str(), "responded" | "replied" | "answered" | "failed")
}

/// Whether `text` starts with a registered basic reply code (RFC 5321 and the codes recorded
/// beside it): `:587` and `:465` after an empty host (`Unable to connect to :587`, Symfony
/// Mailer's `host ":587"`) are ports, `:550` stays a reply.
fn is_reply_code(text: &str) -> bool {
    text.get(..3).and_then(|digits| digits.parse().ok()).and_then(crate::code::BasicCode::new).is_some_and(|code| crate::dictionary::basic_entry(code).is_some())
}

/// Whether `word` is one dotted host name (`freenet.de`, `mx1.example.net`) and nothing else.
fn is_host_name(word: &str) -> bool {
    // No longer than a DNS name (RFC 1035 §2.3.4): a long line before a number costs nothing.
    if word.len() > 253 {
        return false;
    }
    let labels: Vec<&str> = word.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        && labels.last().is_some_and(|l| {
            const FILE_TYPES: &[&str] = &["conf", "cfg", "ini", "log", "txt", "php", "js", "py", "rb", "go", "rs", "java", "json", "xml", "html", "yml", "yaml", "sh", "exe", "dll", "md", "cs"];
            l.len() >= 2 && l.bytes().all(|b| b.is_ascii_alphabetic()) && !FILE_TYPES.iter().any(|t| l.eq_ignore_ascii_case(t))
        })
}

/// Whether the code at `start` is closed by `]` right after its three digits and the reply's
/// text follows on the same line (`[550] Your FROM address ...`, not a trailing `code [550]`).
/// Orange's and La Poste's replies end with their own reference, a token and its number in
/// brackets ("OFR005_505 [505]", "LPN004_420 [420]"; Sisimai's FrancePTT table): the bracketed
/// number repeats the token's end and is no reply code, also where Postfix wraps it onto a line
/// of its own in a bounce.
fn repeats_reference(before: &str, digits: &[u8]) -> bool {
    before[..before.len() - 1].trim_end().as_bytes().ends_with(digits)
}

fn segment_bracket_closes(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    b.get(start + 3) == Some(&b']') && b.get(start + 4) == Some(&b' ') && b.get(start + 5).is_some_and(|c| !c.is_ascii_whitespace())
}

/// Prefixes of transcript lines that come before a server reply (mailsend's verbose mode marks
/// the server's lines `[S]`, smtp.c `showVerbose("[S] %s\n", lbuf)`,
/// https://github.com/muquit/mailsend/blob/c9b07e0335e19d86e01e4756d555f422069ff052/smtp.c#L130).
pub(super) fn is_transcript_prefix(before: &str) -> bool {
    let t = before.trim();
    // swaks marks a reply `<-`, an error reply `<**`, and over TLS `<~` and `<~*` ("<** 550
    // DENIED" in https://github.com/haraka/Haraka/issues/3269).
    matches!(t, "<<<" | "<<-" | "<-" | "<" | "S:" | "<<< " | "SERVER -> CLIENT:" | "SERVER->CLIENT:" | ">" | ">>" | "*" | "[S]" | "<**" | "<~" | "<~*")
}

/// Words of a wrapper after which a number is the code it *expected*, not the reply:
/// Symfony/Swift Mailer/Laravel "Expected response code 250 but got code "550"", PHPMailer
/// "expected 250", Python "expected (250, ...)".
pub(super) const EXPECTATION_WORDS: &[&str] = &[
    "expected response code", "expected response codes", "expected reply code", "expected status code", "expected code", "expected codes",
    "expected response", "expected reply", "expected", "expecting", "expects", "wanted",
    // Swift Mailer's stack traces print the codes it wanted as a PHP array:
    // `assertResponseCode('', array(250))`, `executeCommand('DATA', array(354))`
    // (lib/classes/Swift/Transport/AbstractSmtpTransport.php).
    "array",
];

/// Words after which a number names something other than a reply: a port (`port: 587`,
/// JavaMail's `(port 465)`, Node's `port: 465 }`), a source line (`SMTP.php line 421`,
/// `on line 344`), an error number, a process id, or a log field's delay or size (Postfix
/// `delay=556,`, amavis `size: 506,`).
pub(super) const NUMBER_NAMES: &[&str] = &["port", "line", "errno", "pid", "delay", "delays", "size"];

/// Whether a code-like token is something else in a wrapper's text: the code the program
/// expected (see [`EXPECTATION_WORDS`]), a port, line or error number (see [`NUMBER_NAMES`]),
/// the port after a host name or an IPv4 address (JavaMail's `Couldn't connect to host, port: smtp.example.com, 587;`),
/// a camelCase key's port or id (`localPort = 465`, `origMsgId=400`) or the fraction of a time
/// (`15:22:19,436`).
pub(super) fn not_a_reply_code(segment: &str, span: Span) -> bool {
    let bytes = segment.as_bytes();
    // `hh:mm:ss,fff` or `hh:mm:ss.fff`.
    let start = span.start;
    if start >= 4 && matches!(bytes[start - 1], b',' | b'.') && bytes[start - 2].is_ascii_digit() && bytes[start - 3].is_ascii_digit() && bytes[start - 4] == b':' {
        return true;
    }
    if source_position(bytes, span) {
        return true;
    }
    let mut from = start.saturating_sub(32);
    while !segment.is_char_boundary(from) {
        from += 1;
    }
    let window = &segment[from..start];
    // `smtp.example.com, 587;`: a dotted host name, a comma, the number and a semicolon; or the
    // arguments of a call, `Connect("smtp.example.com", 587, true)` (MailKit's
    // `SmtpClient.Connect(host, port, useSsl)`, .NET's `new SmtpClient(host, port)`).
    if matches!(bytes.get(span.end), Some(b';' | b',' | b')')) {
        if let Some(host) = window.as_bytes().strip_suffix(b", ") {
            let host = host.strip_suffix(b"\"").or_else(|| host.strip_suffix(b"'")).unwrap_or(host);
            let word = &host[host.iter().rposition(|b| b.is_ascii_whitespace() || matches!(b, b'(' | b'"' | b'\'')).map_or(0, |i| i + 1)..];
            // A host name, or an IPv4 address (Python's `Connect call failed ('192.0.2.1', 587)`).
            let ipv4 = word.iter().filter(|b| **b == b'.').count() == 3 && word.iter().all(|b| b.is_ascii_digit() || *b == b'.');
            if ipv4 || word.contains(&b'.') && word.last().is_some_and(u8::is_ascii_alphabetic) {
                return true;
            }
        }
    }
    // A process id in a Dovecot log prefix: `lmtp(user)<540><session>: Panic: ...`.
    if start >= 2 && bytes[start - 1] == b'<' && bytes[start - 2] == b')' && bytes.get(span.end) == Some(&b'>') {
        return true;
    }
    // A count in brackets after a limit: Postal's "Message held because send limit (500) has
    // been reached" (app/lib/message_dequeuer/outgoing_message_processor.rb).
    let limit = b"limit (";
    if bytes.get(span.end) == Some(&b')') && window.len() >= limit.len() && window.as_bytes()[window.len() - limit.len()..].eq_ignore_ascii_case(limit) {
        return true;
    }
    // Compared without case and without a lowercased copy (the words are ASCII).
    let before = window.trim_end_matches([' ', ':', '=', '"', '\'', '(', '[', '#']).as_bytes();
    if is_http_status(segment, span, before) {
        return true;
    }
    // Swift Mailer's and Symfony Mailer's 'but got code "550", with message "550 5.7.1 ..."'
    // (Swift/Transport/AbstractSmtpTransport.php, Symfony/Component/Mailer/Transport/Smtp/SmtpTransport.php
    // assertResponseCode()): the message holds the whole reply, the code before it restates it.
    let got_code = b"got code";
    if before.len() >= got_code.len() && before[before.len() - got_code.len()..].eq_ignore_ascii_case(got_code) {
        let after = segment[span.end..].trim_start_matches(['"', '\'']);
        if after.as_bytes().get(..14).is_some_and(|a| a.eq_ignore_ascii_case(b", with message")) {
            return true;
        }
    }
    // Whoops' error page (Laravel, Grav) heads an exception with its class and code:
    // "Swift_TransportException (553)" over 'Expected response code 250 but got code "553", with
    // message "553 ..."' (the exception title, then `<span title="Exception Code">(code)</span>`,
    // https://github.com/filp/whoops/blob/a1d1f5c10e21e14221985a8f95ee7081b68f991c/src/Whoops/Resources/views/header.html.php).
    // The code in brackets ending the title line restates the reply quoted below it, which is
    // the one to read.
    let exception = b"exception";
    if bytes.get(span.end) == Some(&b')')
        && before.len() >= exception.len()
        && before[before.len() - exception.len()..].eq_ignore_ascii_case(exception)
        && segment[span.end + 1..].trim().is_empty()
    {
        return true;
    }
    let ends_with_word = |w: &str, camel: bool| {
        before.len() >= w.len() && before[before.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes()) && {
            let rest = &window[..before.len() - w.len()];
            rest.chars().next_back().is_none_or(|c| !c.is_alphanumeric()) || (camel && camel_case_key(before, w.len()))
        }
    };
    EXPECTATION_WORDS.iter().any(|w| ends_with_word(w, false))
        || NUMBER_NAMES.iter().any(|w| ends_with_word(w, true))
        || (before.ends_with(b"Id") && camel_case_key(before, 2))
        || expected_by_name(window)
}

/// Whether the last `len` bytes of `before` are the last word of a camelCase key: an uppercase
/// letter right after a lowercase one, as structured logs name their fields (Stalwart's
/// `localPort = 465, remotePort = 46814, queueId = ...`, Zimbra's `origMsgId=400`).
fn camel_case_key(before: &[u8], len: usize) -> bool {
    let at = before.len() - len;
    at > 0 && before[at].is_ascii_uppercase() && before[at - 1].is_ascii_lowercase()
}

/// Source files' extensions in stack traces (Node, PHP, Python, Ruby, Java, Go, .NET, Rust).
const SOURCE_EXTENSIONS: &[&[u8]] = &[b"js", b"mjs", b"cjs", b"ts", b"php", b"py", b"rb", b"java", b"kt", b"go", b"cs", b"rs", b"scala", b"groovy"];

/// Whether the number is a line (or column) of a source file in a stack trace:
/// `UserController.js:500:17`, `SmtpTransport.php:331`, `client.py:184`.
fn source_position(bytes: &[u8], span: Span) -> bool {
    let mut at = span.start;
    // A column after the line: `file.js:500:17` holds the line, `:17` the column.
    for _ in 0..2 {
        if at == 0 || bytes[at - 1] != b':' {
            return false;
        }
        let word_end = at - 1;
        let word_start = bytes[..word_end].iter().rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))).map_or(0, |i| i + 1);
        let word = &bytes[word_start..word_end];
        if let Some(dot) = word.iter().rposition(|&b| b == b'.') {
            let ext = &word[dot + 1..];
            if dot > 0 && SOURCE_EXTENSIONS.iter().any(|e| ext.eq_ignore_ascii_case(e)) {
                return true;
            }
        }
        // Perhaps the column: the line number before it, then the file.
        if word.is_empty() || !word.iter().all(u8::is_ascii_digit) {
            return false;
        }
        at = word_start;
    }
    false
}

/// Whether the text just before a number says which code was *expected*, with a few naming
/// words between the verb and the number: "Expected smtp code 250, got 552" (mailsend),
/// "expected SMTP reply code 250", "expecting status: 354". The words after "expect..." may
/// only name the code (no clause break, no "got"/"but"/"received": after those the number is
/// what came back).
fn expected_by_name(window: &str) -> bool {
    let lower = window.to_ascii_lowercase();
    let Some(at) = lower.rfind("expect") else {
        return false;
    };
    if lower[..at].chars().next_back().is_some_and(char::is_alphanumeric) {
        return false;
    }
    // The rest of the verb ("expected", "expecting", "expects"), then the naming words.
    let after = lower[at..].trim_start_matches(|c: char| c.is_ascii_alphabetic());
    if after.contains([',', ';', '.', '|', '\n']) {
        return false;
    }
    const NAMING: &[&str] = &["smtp", "esmtp", "lmtp", "code", "codes", "response", "responses", "reply", "replies", "status", "return", "result", "a", "the", "one", "of", "was", "is", "to", "be"];
    let words: Vec<&str> = after.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.len() <= 4 && words.iter().all(|w| NAMING.contains(w))
}

/// HTTP statuses with their reason phrases (RFC 9110 section 15; 413's older name from RFC 7231
/// section 6.5.11): `406 Not Acceptable`, `400 Bad Request` are an HTTP status, not an SMTP
/// reply.
const HTTP_REASONS: &[(u16, &str)] = &[
    (400, "bad request"), (401, "unauthorized"), (402, "payment required"), (403, "forbidden"), (404, "not found"),
    (405, "method not allowed"), (406, "not acceptable"), (408, "request timeout"), (409, "conflict"), (410, "gone"),
    (413, "payload too large"), (413, "content too large"), (413, "request entity too large"), (415, "unsupported media type"), (422, "unprocessable entity"),
    (422, "unprocessable content"), (429, "too many requests"), (500, "internal server error"), (502, "bad gateway"),
    (504, "gateway timeout"),
];

/// Keys and words after which a number is an HTTP status whatever its value: Node's and the ESP
/// SDKs' `statusCode: 403` (Resend), `HTTP 400`, `HTTP/1.1 404`, `"httpStatus": 429`.
const HTTP_STATUS_KEYS: &[&str] = &["statuscode", "status_code", "httpstatus", "http_status", "httpcode", "http_code", "http", "http/1.1", "http/1.0", "http/2"];

/// Keys and words after which a number of HTTP's own 4xx range (400-418, 429: no SMTP reply
/// uses them in a structured field) is an HTTP status: Postmark's `"ErrorCode":406`, a JSON
/// `"status":404`, SparkPost's `Call to https://... returned 400`.
const HTTP_RANGE_KEYS: &[&str] = &["errorcode", "status", "returned", "status code"];

/// Whether the number at `span` is an HTTP status (an ESP's API error), not an SMTP reply: an
/// API error carries no reply at all. `before` is the text before the number, without the
/// separators of a key (`: = " '`).
fn is_http_status(segment: &str, span: Span, before: &[u8]) -> bool {
    let value: u16 = segment[span.start..span.end].parse().unwrap_or(0);
    if reason_after(value, &segment.as_bytes()[span.end..]) || reason_before(value, before) {
        return true;
    }
    // Ruby's and Python's consoles put `=>` or a line break between a key and its value
    // (`err.status_code\n\t=> 422`).
    let mut before = trim_key_separators(before);
    // PHP's `var_dump`: `["StatusCode"]=> int(401)`.
    if before.ends_with(b" int") || before.ends_with(b">int") {
        before = trim_key_separators(&before[..before.len() - 3]);
    }
    // A web app's request log: `POST /login/reset (500)`, `GET /api/send 500` (Rails, Express).
    let mut words = before.rsplit(|&b| b == b' ');
    if let (Some(path), Some(method)) = (words.next(), words.next()) {
        if path.first() == Some(&b'/') && matches!(method, b"GET" | b"POST" | b"PUT" | b"PATCH" | b"DELETE" | b"HEAD") {
            return true;
        }
    }
    // axios, the JavaScript HTTP client many web apps use: "Request failed with status code
    // 500" (lib/core/settle.js, https://github.com/axios/axios).
    let axios = b"request failed with status code";
    if http_words_before(before) || before.len() >= axios.len() && before[before.len() - axios.len()..].eq_ignore_ascii_case(axios) {
        return true;
    }
    if http_only_status(value) && esp_api_host_near(segment, span) {
        return true;
    }
    let ends_with_key = |keys: &[&str]| {
        keys.iter().any(|w| {
            before.len() >= w.len() && before[before.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes()) && {
                let rest = &before[..before.len() - w.len()];
                // `smtp_status_code`, `smtpStatus` name the SMTP reply.
                rest.last().is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'_') && !rest.ends_with(b"smtp")
            }
        })
    };
    if ends_with_key(HTTP_STATUS_KEYS) {
        return true;
    }
    // A client error no SMTP reply uses (see `http_only_status`) in a structured `code` field is
    // the status of a web API's error (WordPress REST errors as FluentSMTP logs them:
    // `{"code": 422, "message": "SMTP Error: data not accepted."}`, `"code": 423`).
    if http_only_status(value) && ends_with_key(&["code"]) {
        return true;
    }
    if !((400..=418).contains(&value) || value == 429) || !ends_with_key(HTTP_RANGE_KEYS) {
        return false;
    }
    // `returned 400` only after a URL (an HTTP call), not a server that "returned 400 ...".
    !before.ends_with(b"returned") || {
        let line = segment[..span.start].rsplit('\n').next().unwrap_or_default();
        crate::util::contains(line, "://")
    }
}

/// The separators between a key and its value: `: = " ' ( [ #`, `=>`, spaces and line breaks,
/// and the backslash of a quote escaped when a JSON body is logged inside a string
/// (`\"ErrorCode\":406`).
fn trim_key_separators(bytes: &[u8]) -> &[u8] {
    let keep = bytes.iter().rposition(|b| !(b.is_ascii_whitespace() || matches!(b, b':' | b'=' | b'>' | b'"' | b'\'' | b'\\' | b'(' | b'[' | b']' | b'#')));
    &bytes[..keep.map_or(0, |i| i + 1)]
}

/// Whether `value`'s HTTP reason phrase (RFC 9110 section 15) follows the number: `401
/// Unauthorized`, `HTTP Error 401: Unauthorized` (Python's `urllib.error.HTTPError`), `(403)
/// Forbidden` (.NET's `WebException`), `(401)\nReason: Unauthorized` (the OpenAPI generator's
/// Python `ApiException`, as Brevo's SDK prints it), `401 (UNAUTHORIZED)` (Anymail).
fn reason_after(value: u16, after: &[u8]) -> bool {
    let mut head = after;
    while let [b')' | b':' | b' ' | b'\t' | b'\r' | b'\n' | b'(' | b'-' | b',', rest @ ..] = head {
        head = rest;
    }
    if head.len() >= 7 && head[..7].eq_ignore_ascii_case(b"reason:") {
        head = head[7..].trim_ascii_start();
    }
    // Only a few separators: `550 (4.1.1) unauthorized` is no reason phrase.
    if after.len() - head.len() > 12 {
        return false;
    }
    HTTP_REASONS.iter().any(|&(code, r)| {
        reason_fits(value, code) && head.len() >= r.len() && head[..r.len()].eq_ignore_ascii_case(r.as_bytes()) && head.get(r.len()).is_none_or(|b| !b.is_ascii_alphanumeric())
    })
}

/// Whether a reason phrase of HTTP status `code` may stand beside the number `value`: its own,
/// or any client error's beside a number no SMTP reply uses (Mailgun answers a wrong key with
/// `401` and the body `Forbidden`).
fn reason_fits(value: u16, code: u16) -> bool {
    code == value || (http_only_status(value) && http_only_status(code))
}

/// Whether `value`'s HTTP reason phrase stands just before the number, with at most the word
/// `code` between: Symfony Mailer's `Forbidden (code 401).` (its HTTP API transports'
/// `HttpTransportException`), `Unauthorized (401)`.
fn reason_before(value: u16, before: &[u8]) -> bool {
    let mut head = trim_key_separators(before);
    if head.len() >= 4 && head[head.len() - 4..].eq_ignore_ascii_case(b"code") {
        head = trim_key_separators(&head[..head.len() - 4]);
    }
    HTTP_REASONS.iter().any(|&(code, r)| {
        reason_fits(value, code)
            && head.len() >= r.len()
            && head[head.len() - r.len()..].eq_ignore_ascii_case(r.as_bytes())
            && head[..head.len() - r.len()].last().is_none_or(|b| !b.is_ascii_alphanumeric())
    })
}

/// Whether the last words before the number name an HTTP status: `HTTP Error 401` (Python's
/// `HTTPError`), `HTTP status code 429`, `HTTP response 403`, `Mailgun API response 401`
/// (Anymail), `API error 403`: the word `http` (or `api`) and after it only words that name
/// the number.
fn http_words_before(before: &[u8]) -> bool {
    const NAMING: &[&str] = &["error", "status", "code", "response", "responded", "returned", "with", "a", "an", "of"];
    let text = std::str::from_utf8(&before[before.len().saturating_sub(40)..]).unwrap_or_default();
    // Without `http` or `api` in it no word is one (most texts before a number): no words made.
    let has = |word: &[u8]| crate::util::contains_ignore_ascii_case(text.as_bytes(), word);
    if !has(b"http") && !has(b"api") {
        return false;
    }
    let words: Vec<String> = text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '/' || c == '.')).filter(|w| !w.is_empty()).map(str::to_ascii_lowercase).collect();
    let Some(at) = words.iter().rposition(|w| w == "http" || w.starts_with("http/") || w == "api") else {
        return false;
    };
    let naming = &words[at + 1..];
    // `API 550` alone is not enough: a word that names a status must follow `api`.
    (words[at] != "api" || !naming.is_empty()) && naming.len() <= 3 && naming.iter().all(|w| NAMING.contains(&w.as_str()))
}

/// The API hosts of the sending services (their API references: SendGrid api.sendgrid.com,
/// Mailgun api.mailgun.net and api.eu.mailgun.net, Postmark api.postmarkapp.com, SparkPost
/// api.sparkpost.com and api.eu.sparkpost.com, Mailjet api.mailjet.com, Brevo api.brevo.com
/// and the older api.sendinblue.com, Resend api.resend.com, Mandrill mandrillapp.com/api,
/// Microsoft Graph graph.microsoft.com, the Gmail API gmail.googleapis.com and its older
/// www.googleapis.com/gmail/v1 paths, Amazon SES v2
/// email.<region>.amazonaws.com/v2): a number beside a call to one of them is its HTTP status.
const ESP_API_HOSTS: &[&str] = &[
    "api.sendgrid.com",
    "mailgun.net/v3",
    "api.postmarkapp.com",
    "sparkpost.com/api",
    "api.mailjet.com",
    "api.brevo.com",
    "api.sendinblue.com",
    "api.resend.com",
    "mandrillapp.com/api",
    "graph.microsoft.com",
    "gmail.googleapis.com",
    "googleapis.com/gmail/",
    "amazonaws.com/v2/email",
];

/// Whether a call to a sending service's API (see [`ESP_API_HOSTS`]) stands on the line of
/// the number, at most 300 bytes away.
fn esp_api_host_near(segment: &str, span: Span) -> bool {
    let bytes = segment.as_bytes();
    // Bounded before the line's ends are looked for: a long line costs no more.
    let (from, to) = (span.start.saturating_sub(300), (span.end + 300).min(bytes.len()));
    let line_start = bytes[from..span.start].iter().rposition(|&b| b == b'\n').map_or(from, |i| from + i + 1);
    let line_end = bytes[span.end..to].iter().position(|&b| b == b'\n').map_or(to, |i| span.end + i);
    // Host names in URLs are written in lowercase.
    let window = String::from_utf8_lossy(&bytes[line_start..line_end]);
    ESP_API_HOSTS.iter().any(|h| window.contains(h))
}

/// Whether `code` is an HTTP client error that no SMTP reply uses: RFC 9110 section 15.5
/// (400-418, 422 Unprocessable Content, 426 Upgrade Required), RFC 4918 section 11 (423 Locked,
/// 424 Failed Dependency), RFC 8470 section 5.2 (425 Too Early), RFC 6585 (428, 429, 431). 421 and
/// 451 are SMTP replies too.
pub(super) fn http_only_status(code: u16) -> bool {
    matches!(code, 400..=418 | 422..=426 | 428 | 429 | 431)
}

/// The client errors no SMTP reply uses ([`http_only_status`]) whose own reason phrase `lower`
/// (a lowercased text) holds as words: read once per text.
pub(super) fn http_reasons_in(lower: &str) -> Vec<u16> {
    let bytes = lower.as_bytes();
    HTTP_REASONS
        .iter()
        .filter(|&&(code, _)| http_only_status(code))
        .filter(|&&(_, r)| {
            lower.match_indices(r).any(|(at, _)| (at == 0 || !bytes[at - 1].is_ascii_alphanumeric()) && bytes.get(at + r.len()).is_none_or(|b| !b.is_ascii_alphanumeric()))
        })
        .map(|&(code, _)| code)
        .collect()
}

/// Whether the number at `span` of `segment` is an HTTP status (see [`is_http_status`]).
pub(super) fn http_status_at(segment: &str, span: Span) -> bool {
    let mut from = span.start.saturating_sub(32);
    while !segment.is_char_boundary(from) {
        from += 1;
    }
    let before = segment[from..span.start].trim_end_matches([' ', ':', '=', '"', '\'', '(', '[', '#']).as_bytes();
    is_http_status(segment, span, before)
}

/// The reply code in the Debug form of the Rust SMTP clients' `Code` (lettre, async-smtp as
/// Delta Chat logs it: `Code { severity: PermanentNegativeCompletion, category: MailSystem,
/// detail: Four }` is 554), from the enums `Severity`, `Category` and `Detail` of
/// https://github.com/lettre/lettre/blob/master/src/transport/smtp/response.rs. Returns the
/// code and where its first field starts and the last one ends.
pub(super) fn rust_code_struct(text: &str) -> Option<(u16, Span)> {
    const SEVERITY: &[(&str, u16)] =
        &[("PositiveCompletion", 2), ("PositiveIntermediate", 3), ("TransientNegativeCompletion", 4), ("PermanentNegativeCompletion", 5)];
    const CATEGORY: &[(&str, u16)] =
        &[("Syntax", 0), ("Information", 1), ("Connections", 2), ("Unspecified3", 3), ("Unspecified4", 4), ("MailSystem", 5)];
    const DETAIL: &[(&str, u16)] =
        &[("Zero", 0), ("One", 1), ("Two", 2), ("Three", 3), ("Four", 4), ("Five", 5), ("Six", 6), ("Seven", 7), ("Eight", 8), ("Nine", 9)];
    let start = text.find("severity: ")?;
    let field = |from: usize, key: &str, table: &[(&str, u16)]| -> Option<(u16, usize)> {
        // `{:?}` and the pretty `{:#?}` (a field per line).
        let rest = text.get(from..)?.trim_start_matches([',', ' ', '\n', '\r']);
        let at = text.len() - rest.len();
        let value = rest.strip_prefix(key)?;
        let word_len = value.bytes().take_while(u8::is_ascii_alphanumeric).count();
        let word = &value[..word_len];
        table.iter().find(|(name, _)| *name == word).map(|&(_, digit)| (digit, at + key.len() + word_len))
    };
    let (s, after_s) = field(start, "severity: ", SEVERITY)?;
    let (c, after_c) = field(after_s, "category: ", CATEGORY)?;
    let (d, end) = field(after_c, "detail: ", DETAIL)?;
    Some((s * 100 + c * 10 + d, Span::new(start, end)))
}

/// KumoMTA's enhanced status code as a struct, in its JSON log records
/// (`"enhanced_code":{"class":5,"subject":1,"detail":1}`) and its Rust Debug form
/// (`EnhancedStatusCode { class: 5, subject: 1, detail: 1 }`; rfc5321 crate, `response.rs` of
/// https://github.com/KumoCorp/kumomta). Returns the code and where its first key starts and
/// its last number ends. Only the first few `class` words are tried (linear).
pub(super) fn enhanced_code_struct(text: &str) -> Option<(crate::code::EnhancedCode, Span)> {
    text.match_indices("class").take(8).find_map(|(start, _)| {
        let mut rest = &text[start..];
        let mut values = [0u16; 3];
        for (value, key) in values.iter_mut().zip(["class", "subject", "detail"]) {
            rest = rest.trim_start_matches([',', ' ', '\n', '\r', '"']).strip_prefix(key)?;
            rest = rest.trim_start_matches(['"', ' ']).strip_prefix(':')?.trim_start_matches(' ');
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            *value = rest.get(..digits.min(3))?.parse().ok()?;
            rest = &rest[digits..];
        }
        let code = crate::code::EnhancedCode::new(u8::try_from(values[0]).ok()?, values[1], values[2])?;
        Some((code, Span::new(start, text.len() - rest.len())))
    })
}

