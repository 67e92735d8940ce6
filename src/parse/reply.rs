//! Replies: code-like tokens, where a reply starts, and its text (one or more lines).

use super::client::{basic_in_context, not_a_reply_code};
use super::{lines, Located, ParsedReply, Span};
use crate::code::{BasicCode, EnhancedCode};

/// A code-like token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Token {
    Basic(BasicCode),
    Enhanced(EnhancedCode),
}

/// Code-like tokens of `text` (offsets relative to `text`): runs of digits and dots that start
/// and end on a word boundary; three digits are a basic code, `d.ddd.ddd` an enhanced code.
pub(super) fn code_tokens(text: &str) -> Vec<(Token, Span)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // Most bytes start nothing: on to the next digit or `X`.
        match next_digit_or_x(bytes, i) {
            Some(at) => i = at,
            None => break,
        }
        let b = bytes[i];
        // The registry's `X.7.26` form.
        let any_class = matches!(b, b'X' | b'x') && bytes.get(i + 1) == Some(&b'.') && bytes.get(i + 2).is_some_and(u8::is_ascii_digit);
        if !b.is_ascii_digit() && !any_class {
            i += 1;
            continue;
        }
        let start = i;
        if any_class {
            i += 1;
        }
        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
            i += 1;
        }
        let mut end = i;
        while end > start && bytes[end - 1] == b'.' {
            end -= 1;
        }
        // An escaped line break (`\n503 ...` inside a log's string) ends the word before.
        let escaped_break = start >= 2 && bytes[start - 2] == b'\\' && matches!(bytes[start - 1], b'n' | b'r' | b't');
        // A version glued to a name by a hyphen (Sendmail's `8.8.8/AOL-5.0.0` in a Received
        // header) is no code; after a code's hyphen (`550-5.7.1`) one is.
        let versioned = start >= 2 && bytes[start - 1] == b'-' && bytes[start - 2].is_ascii_alphabetic();
        let before_ok = start == 0
            || escaped_break
            || !(bytes[start - 1].is_ascii_alphanumeric() || matches!(bytes[start - 1], b'_' | b'.' | b'/' | b'+') || versioned);
        let after_ok = end == bytes.len()
            || !(bytes[end].is_ascii_alphanumeric() || matches!(bytes[end], b'_' | b'/' | b'@') || (bytes[end] == b'.' && end + 1 < bytes.len() && bytes[end + 1].is_ascii_digit()));
        if !(before_ok && (after_ok || glued_tag(bytes, start, end))) {
            continue;
        }
        let run = &text[start..end];
        let span = Span::new(start, end);
        if run.contains('.') {
            if let Some(code) = EnhancedCode::parse(run) {
                out.push((Token::Enhanced(code), span));
            }
        } else if let Some(code) = BasicCode::parse(run) {
            out.push((Token::Basic(code), span));
        }
    }
    out
}

/// Where the first ASCII digit, `x` or `X` at or after `from` is: eight bytes at a time (as
/// `find_eol`): most bytes of a text start no code.
fn next_digit_or_x(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while i + 8 <= bytes.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[i..i + 8]);
        let x = u64::from_le_bytes(word);
        // Bytes strictly between b'/' and b':' (exact per byte: no borrow or carry crosses a
        // byte, and bytes with the high bit set are left out).
        let low = x & (ONES * 0x7F);
        let digit = (ONES * (127 + u64::from(b':'))).wrapping_sub(low) & !x & (low + ONES * (127 - u64::from(b'/'))) & HIGH;
        // `x` or `X`: a zero byte of (x | 0x20) ^ 'x' (the lowest flagged byte is exact).
        let y = (x | (ONES * 0x20)) ^ (ONES * u64::from(b'x'));
        let found = digit | (y.wrapping_sub(ONES) & !y & HIGH);
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes[i..].iter().position(|&c| c.is_ascii_digit() || (c | 0x20) == b'x').map(|p| i + p)
}

/// Whether the three digits at `start..end` open a line and are glued to a word: NetEase's
/// `450MI:CEL ...`, `421HL:IFC ...` (a provider tag after the code) and `451Requested mail action
/// not taken ...`. The word must hold a letter no hexadecimal id has (`449A2C0001` is a queue id).
fn glued_tag(bytes: &[u8], start: usize, end: usize) -> bool {
    if end - start != 3 || !matches!(bytes[start], b'2'..=b'5') || !(start == 0 || matches!(bytes[start - 1], b'\n' | b'\r')) {
        return false;
    }
    let word_len = bytes[end..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let word = &bytes[end..end + word_len];
    word_len >= 2
        && word[0].is_ascii_uppercase()
        && word.iter().any(|b| b.is_ascii_lowercase() || b.to_ascii_uppercase() > b'F')
        && bytes.get(end + word_len).is_none_or(|b| matches!(b, b':' | b' ' | b'\t' | b'\n' | b'\r'))
}

/// Where the last `\n` or `\r` of `text` is: its bytes read from the end (`rfind` with a set of
/// characters decodes each character and calls a closure for it, slow in the WebAssembly build).
fn last_line_break(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = bytes.len();
    while i > 0 {
        i -= 1;
        if matches!(bytes[i], b'\n' | b'\r') {
            return Some(i);
        }
    }
    None
}

/// A reply's codes and where they end.
pub(super) type ReplyStart = (Option<Located<BasicCode>>, Option<Located<EnhancedCode>>, usize);

/// Finds the first reply in `text[from..to]`: a basic code followed by an enhanced code, a
/// basic code where a code is expected, or an enhanced code; `skip` spans are ignored.
/// A lone basic code that no RFC registers (`308` as a process id) is taken only when
/// nothing better is found.
pub(super) fn find_reply_start(text: &str, from: usize, to: usize, skip: &[Span]) -> Option<ReplyStart> {
    // The tokens are read once for both passes.
    let tokens = code_tokens(&text[from..to]);
    if tokens.is_empty() {
        return None;
    }
    match find_reply_start_with(text, from, to, skip, true, &tokens) {
        // Only an enhanced code: an unregistered basic code of its class where a code is
        // expected is the reply's ("5.1.0 - Unknown address error 540-'Error: Wrong recipients'").
        Some((None, Some(enhanced), end)) => {
            let basic = match find_reply_start_with(text, from, to, skip, false, &tokens) {
                Some((Some(b), _, _)) if b.value.value() / 100 == u16::from(enhanced.value.class_digit()) => Some(b),
                _ => None,
            };
            Some((basic, Some(enhanced), end))
        }
        Some(found) => Some(found),
        None => find_reply_start_with(text, from, to, skip, false, &tokens),
    }
}

fn find_reply_start_with(text: &str, from: usize, to: usize, skip: &[Span], registered_only: bool, tokens: &[(Token, Span)]) -> Option<ReplyStart> {
    let segment = &text[from..to];
    let skipped = |span: Span| skip.iter().any(|s| s.contains(Span::new(span.start + from, span.end + from)));
    let located = |span: Span| Span::new(span.start + from, span.end + from);
    // The best candidate: a basic code with its enhanced code beats a lone basic code,
    // which beats a lone enhanced code; among equals the first wins.
    let mut best: Option<(u8, ReplyStart)> = None;
    // A refusal outranks the replies before it that accepted a command: a one-line session
    // transcript (Swift Mailer's "<< 220 ... >> AUTH LOGIN ... << 435 4.7.8 ...") is about it.
    let mut offer = |rank: u8, start: ReplyStart| {
        let rank = rank + 4 * u8::from(rank >= 2 && start.0.is_some_and(|b| b.value.value() >= 400));
        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
            best = Some((rank, start));
        }
    };
    // Start of the line of the current token, advanced as the tokens move forward.
    let (mut line_start, mut scanned) = (0, 0);
    for (index, &(token, span)) in tokens.iter().enumerate() {
        if let Some(nl) = last_line_break(&segment[scanned..span.start]) {
            line_start = scanned + nl + 1;
        }
        scanned = span.start;
        if skipped(span) || not_a_reply_code(segment, span) {
            continue;
        }
        match token {
            Token::Basic(code) => {
                let next = tokens.get(index + 1).and_then(|&(t, s)| match t {
                    Token::Enhanced(e) if pairs_with(&segment[span.end..s.start], code, e) => Some((e, s)),
                    _ => None,
                });
                // A letter right after the digits only comes from a tag glued to a code (see `glued_tag`).
                let terminated = segment.as_bytes().get(span.end).is_none_or(|b| {
                    matches!(b, b' ' | b'-' | b'\t' | b'\n' | b'\r' | b'.' | b')' | b',' | b':' | b';' | b'\'' | b'"' | b'>' | b']')
                        || b.is_ascii_alphabetic()
                });
                let basic = Located { value: code, span: located(span) };
                if let Some((e, s)) = next.filter(|_| !quoted_in_continuation(&segment[line_start..span.start], code)) {
                    offer(3, (Some(basic), Some(Located { value: e, span: located(s) }), s.end + from));
                    if registered_only && code.value() >= 400 {
                        break;
                    }
                } else {
                    let known = if registered_only { crate::dictionary::basic_entry(code).is_some() } else { code.value() >= 400 };
                    if known && terminated && basic_in_context(segment, span.start, line_start, registered_only) {
                        offer(2, (Some(basic), None, span.end + from));
                    }
                }
            }
            Token::Enhanced(code) => {
                let plausible = (matches!(code.class_digit(), 2 | 4 | 5) || code.is_any_class()) && code.subject().is_some();
                if plausible {
                    offer(1, (None, Some(Located { value: code, span: located(span) }), span.end + from));
                }
            }
        }
    }
    // A lone basic code whose enhanced code closes the reply: qmail/Symantec "... (#5.7.1)", and
    // Roundcube's 'SMTP Error (550): Failed to add recipient "x" (5.1.1 ...)', which puts the server's
    // text (its enhanced code first) in the last parentheses (program/localization/en_US/messages.inc).
    if let Some((2 | 6, (Some(basic), None, end))) = best {
        let trailing = tokens.iter().rev().find_map(|&(t, s)| match t {
            Token::Enhanced(e) if s.start + from > end && s.start > 0 && matches!(segment.as_bytes()[s.start - 1], b'#' | b'(') && u16::from(e.class_digit()) == basic.value.value() / 100 => Some((e, s)),
            _ => None,
        });
        if let Some((e, s)) = trailing {
            return Some((Some(basic), Some(Located { value: e, span: located(s) }), end));
        }
        // An enhanced code a few words into the reply's own line, of the code's class: Yahoo's
        // "553 Mail from 192.0.2.1 not allowed - 5.7.1 [BL23] ...", Cloudmark's
        // "554 *.terra.com cmsmtp 5.7.1 Service unavailable; ...".
        let local_end = end - from;
        let same_line = tokens.iter().find_map(|&(t, s)| match t {
            Token::Enhanced(e) if s.start > local_end => Some((e, s)),
            _ => None,
        });
        if let Some((e, s)) = same_line {
            let between = &segment[local_end..s.start];
            if s.start - local_end <= 64
                && !between.contains(['\n', '\r'])
                && segment.as_bytes()[s.start - 1] == b' '
                && u16::from(e.class_digit()) == basic.value.value() / 100
                && e.subject().is_some()
            {
                return Some((Some(basic), Some(Located { value: e, span: located(s) }), end));
            }
        }
        // Cisco AsyncOS logs the reply as a Python tuple after its own status for it:
        // "5.1.0 - Unknown address error ('550', ['...'])" (its user guide's log examples).
        let at = basic.span.start - from;
        if segment[..at].ends_with("('") {
            let status = tokens.iter().rev().find_map(|&(t, s)| match t {
                Token::Enhanced(e) if s.end <= at && at - s.end <= 64 && segment[s.end..].trim_start().starts_with('-') && u16::from(e.class_digit()) == basic.value.value() / 100 => Some((e, s)),
                _ => None,
            });
            if let Some((e, s)) = status {
                return Some((Some(basic), Some(Located { value: e, span: located(s) }), end));
            }
        }
    }
    best.map(|(_, start)| start)
}

/// Whether a code stands inside a continuation line of a multi-line reply with the same code,
/// after words: Exim's callout failure quotes the other server ("550-Response: 550 5.1.1 ..."),
/// whose enhanced code is not the reply's own.
fn quoted_in_continuation(line_before: &str, code: BasicCode) -> bool {
    let digits = code.value().to_string();
    line_before.strip_prefix(digits.as_str()).is_some_and(|rest| rest.starts_with('-') && rest.len() > 1)
}

/// Whether an enhanced code after `between` belongs to the basic code before it: directly
/// after it (`550 5.1.1`, `550-5.1.1`, `554 #5.7.1`), on the next (indented) line, or after
/// one word of the same class (Barracuda's `450 cuda_nsu 4.7.1`).
pub(super) fn pairs_with(between: &str, basic: BasicCode, enhanced: EnhancedCode) -> bool {
    let spacing = |b: u8| matches!(b, b' ' | b'-' | b'#' | b':' | b'\t' | b'\r' | b'\n');
    if between.bytes().all(spacing) {
        let limit = if between.contains('\n') { 16 } else { 3 };
        return between.len() <= limit;
    }
    // In parentheses before the text: lettre's `permanent error (550): 5.1.1 ...`
    // (src/transport/smtp/error.rs Display).
    if let Some(rest) = between.strip_prefix(')') {
        if !rest.is_empty() && rest.len() <= 2 && rest.bytes().all(spacing) {
            return true;
        }
    }
    // Quoted and listed by a program: `421, "4.7.0", ...`, Python's `(550, b'5.1.1 ...')`.
    // Curly quotes too, as blogs and word processors print them (`421, “4.4.5”, ...`).
    let quoted = between.strip_suffix(['"', '\'', '\u{201C}', '\u{2018}']).map(|b| b.strip_suffix('b').unwrap_or(b));
    if let Some(rest) = quoted {
        if rest.len() <= 3 && rest.bytes().all(|b| spacing(b) || b == b',') {
            return true;
        }
    }
    let same_class = u16::from(enhanced.class_digit()) == basic.value() / 100;
    // The next field of a structured record: `"smtp_code": 550, "smtp_message": "5.7.1 ..."`,
    // Python's `{'code': 550, 'message': '5.1.1 ...'}`, pretty-printed JSON, `code=503 ecode=5.5.1`.
    if same_class && between.starts_with([',', ' ']) && between.contains([':', '=']) {
        let key = between.trim_matches(|c: char| matches!(c, ',' | '"' | '\'' | ':' | '=') || c.is_ascii_whitespace());
        if !key.is_empty() && key.len() <= 16 && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
            return true;
        }
    }
    // PHPMailer 6's error: "SMTP code: 554 Additional SMTP info: 5.7.1" and its translations
    // ("Zusätzliche SMTP-Info:", "Informations supplémentaires SMTP :", "附加SMTP信息："; language
    // keys 'smtp_code' and 'smtp_code_ex' of src/PHPMailer.php and language/*.php).
    let label = between.trim();
    if same_class
        && label.len() <= 64
        && (label.ends_with(':') || label.ends_with('：'))
        && !label.bytes().any(|b| b.is_ascii_digit())
        && label.to_ascii_lowercase().contains("smtp")
    {
        return true;
    }
    let words: Vec<&str> = between.split_whitespace().collect();
    same_class
        && between.len() <= 16
        && words.len() == 1
        && words[0].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && words[0].bytes().any(|b| b.is_ascii_alphabetic())
}

/// A later line of a multi-line reply after the log head that `prefix` (what stood before the
/// code on the first line) repeats: all of it, or the part it shares with this line when the
/// first line added words of its own (Android's logcat head `... W/System.err: ` on every line,
/// the exception's class only on the first). Only when the code follows.
pub(super) fn after_repeated_prefix<'a>(line: &'a str, prefix: &str, code: &str) -> Option<&'a str> {
    if prefix.trim().is_empty() {
        return None;
    }
    let shared = line.bytes().zip(prefix.bytes()).take_while(|(a, b)| a == b).count();
    line.strip_prefix(prefix).or_else(|| line.get(shared..).filter(|rest| shared > 0 && rest.starts_with(code)))
}

/// Strips a reply-code prefix (`550-5.1.1 `, `550 `) matching `basic` from the start of a line.
pub(super) fn strip_code_prefix(line: &str, basic: Option<BasicCode>) -> Option<&str> {
    let basic = basic?.to_string();
    let rest = line.trim_start().strip_prefix(basic.as_str())?;
    let rest = rest.strip_prefix(['-', ' ']).or_else(|| rest.is_empty().then_some(""))?;
    let tokens = code_tokens(rest);
    match tokens.first() {
        Some((Token::Enhanced(_), span)) if span.start == 0 => Some(rest[span.end..].trim_start()),
        _ => Some(rest),
    }
}

/// Removes repeated `550-5.1.1 ` prefixes inside a joined reply text (DSN form).
pub(super) fn remove_inline_prefixes(text: &str, basic: Option<BasicCode>, enhanced: Option<EnhancedCode>) -> String {
    let Some(basic) = basic else { return text.to_string() };
    let code = basic.to_string();
    let enhanced = enhanced.map(|e| e.to_string()).unwrap_or_default();
    // Length of a `550-5.1.1 ` / `550 5.1.1 ` / `550-` / `550 ` prefix at the start of `rest`.
    let prefix_len = |rest: &str| -> usize {
        let Some(after) = rest.strip_prefix(code.as_str()) else { return 0 };
        let Some(sep) = after.chars().next().filter(|c| matches!(c, '-' | ' ')) else { return 0 };
        let after = &after[1..];
        match after.strip_prefix(enhanced.as_str()).filter(|_| !enhanced.is_empty()).and_then(|a| a.strip_prefix(' ')) {
            Some(tail) => rest.len() - tail.len(),
            None if sep == '-' || !after.is_empty() => code.len() + 1,
            None => 0,
        }
    };
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    // Prefixes stand at the start or after a space; copy everything else in runs.
    while i < text.len() {
        let at_boundary = i == 0 || text.as_bytes()[i - 1] == b' ';
        let skip = if at_boundary && text.as_bytes()[i].is_ascii_digit() { prefix_len(&text[i..]) } else { 0 };
        if skip > 0 {
            i += skip;
            continue;
        }
        let next = text[i..].find(' ').map_or(text.len(), |p| i + p + 1);
        out.push_str(&text[i..next]);
        i = next;
    }
    out
}

/// Cleans the text of an embedded reply: drops the MTA's `(in reply to ... command)` and the
/// closing parenthesis or quote that belongs to the log line around it.
pub(super) fn clean_embedded_text(text: &str) -> String {
    let mut t = text.trim();
    if let Some(i) = t.to_ascii_lowercase().rfind("(in reply to ") {
        t = t[..i].trim_end();
    }
    let opens = t.matches('(').count();
    let closes = t.matches(')').count();
    let mut extra = closes.saturating_sub(opens);
    while extra > 0 && t.ends_with(')') {
        t = t[..t.len() - 1].trim_end();
        extra -= 1;
    }
    for quote in ['\'', '"'] {
        if t.ends_with(quote) && t.matches(quote).count() % 2 == 1 {
            t = t[..t.len() - 1].trim_end();
        }
    }
    t.to_string()
}

pub(super) fn join_lines(lines: &[String]) -> String {
    lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The quoted string a program printed the reply as: the code opens it (`"response": "550 ..."`,
/// smtplib's `reply: '535 ...\\r\\n'`), or it follows the code (Python's `(535, b'...')`). Returns
/// the string's text, unescaped (`\\n`, `\\"` ...) and joined across Node's `' +\n  '`, and where
/// it ends; `None` when the reply is not quoted or the string does not close before `end`.
#[inline(never)]
fn quoted_body(text: &str, code_starts: &[usize], codes_end: usize, end: usize) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let opens = |at: usize| at < bytes.len() && matches!(bytes[at], b'"' | b'\'');
    let before_ok = |at: usize| at == 0 || !bytes[at - 1].is_ascii_alphanumeric() || (bytes[at - 1] == b'b' && (at < 2 || !bytes[at - 2].is_ascii_alphanumeric()));
    let opener = code_starts.iter().find(|&&c| c > 0 && opens(c - 1) && before_ok(c - 1));
    let (quote, mut i) = if let Some(&c) = opener {
        (bytes[c - 1], codes_end)
    } else {
        // `, b'...'` or `, '...'` right after the code.
        let mut j = codes_end;
        if bytes.get(j) != Some(&b',') {
            return None;
        }
        j += 1;
        while bytes.get(j) == Some(&b' ') {
            j += 1;
        }
        if bytes.get(j) == Some(&b'b') {
            j += 1;
        }
        if !opens(j) {
            return None;
        }
        (bytes[j], j + 1)
    };
    // Only the code is quoted (`421, "4.7.0", text`): the reply goes on after the quote.
    if opener.is_some() && bytes.get(i) == Some(&quote) {
        return None;
    }
    let mut out = String::new();
    let mut run = i;
    while i < end.min(bytes.len()) {
        match bytes[i] {
            b'\\' if i + 1 < end => {
                out.push_str(&text[run..i]);
                match bytes[i + 1] {
                    b'n' => out.push('\n'),
                    b'r' => {}
                    b't' => out.push(' '),
                    b @ (b'"' | b'\'' | b'\\' | b'/') => out.push(char::from(b)),
                    // Any other escape stays as written (the next character may be multi-byte).
                    _ => {
                        out.push('\\');
                        i += 1;
                        run = i;
                        continue;
                    }
                }
                i += 2;
                run = i;
            }
            b'\n' | b'\r' if bytes[i] != quote => return None,
            b if b == quote => {
                out.push_str(&text[run..i]);
                // Node's util.inspect splits a long string: `'...' +\n  '...'`.
                let mut j = i + 1;
                while j < end && matches!(bytes[j], b' ' | b'\t' | b'\n' | b'\r') {
                    j += 1;
                }
                if j < end && bytes[j] == b'+' {
                    j += 1;
                    while j < end && matches!(bytes[j], b' ' | b'\t' | b'\n' | b'\r') {
                        j += 1;
                    }
                    if j < end && bytes[j] == quote {
                        i = j + 1;
                        run = i;
                        continue;
                    }
                }
                return Some((out, i));
            }
            _ => i += 1,
        }
    }
    None
}

/// Reads the reply that starts at a code found by [`find_reply_start`], running to `end`.
pub(super) fn read_reply(text: &str, basic: Option<Located<BasicCode>>, enhanced: Option<Located<EnhancedCode>>, codes_end: usize, end: usize) -> ParsedReply {
    let code_starts: Vec<usize> = basic.map(|b| b.span.start).into_iter().chain(enhanced.map(|e| e.span.start)).collect();
    let quoted = quoted_body(text, &code_starts, codes_end.min(end), end);
    let end = quoted.as_ref().map_or(end, |(_, e)| *e);
    let body = quoted.as_ref().map_or(&text[codes_end.min(end)..end], |(b, _)| b.as_str());

    // What stands before the code on its line ("mta: 0x1: <<< "), repeated on later lines.
    let prefix = basic.map_or("", |b| {
        let line_start = last_line_break(&text[..b.span.start]).map_or(0, |i| i + 1);
        &text[line_start..b.span.start]
    });
    let code = basic.map(|b| b.value.to_string()).unwrap_or_default();
    let mut lines_out = Vec::new();
    for (i, (_, line)) in lines(body).into_iter().enumerate() {
        let line = if i > 0 { after_repeated_prefix(line, prefix, &code).unwrap_or(line) } else { line };
        let line = if i == 0 { line } else { strip_code_prefix(line, basic.map(|b| b.value)).unwrap_or(line) };
        // A continuation line that repeats only the enhanced code (smtplib drops the basic one).
        let line = match (enhanced, code_tokens(line).first()) {
            (Some(e), Some(&(Token::Enhanced(c), span))) if i > 0 && c == e.value && line[..span.start].trim().is_empty() && line[span.end..].starts_with(' ') => &line[span.end..],
            _ => line,
        };
        let line = line.trim_start_matches(['-', ' ', '\t']).trim_end();
        // A code quoted by a program leaves its closing quote and comma: `421, "4.7.0", text`
        // (or `”` where a page curled the quotes).
        let line = if i == 0 { line.trim_start_matches(['"', '\'', '\u{201D}', '\u{2019}', ',', ' ']) } else { line };
        lines_out.push(line.to_string());
    }
    let joined = remove_inline_prefixes(&join_lines(&lines_out), basic.map(|b| b.value), enhanced.map(|e| e.value));
    let start = basic.map(|b| b.span.start).or(enhanced.map(|e| e.span.start)).unwrap_or(codes_end);
    ParsedReply { basic, enhanced, text: clean_embedded_text(&joined), lines: lines_out.into_iter().filter(|l| !l.is_empty()).collect(), span: Span::new(start, end) }
}


#[cfg(test)]
mod tests {
    use super::next_digit_or_x;

    #[test]
    fn digits_and_x_are_found_a_word_at_a_time_as_byte_by_byte() {
        let naive = |b: &[u8], from: usize| b[from..].iter().position(|&c| c.is_ascii_digit() || (c | 0x20) == b'x').map(|p| from + p);
        let probes = [b'0', b'9', b'x', b'X', b'/', b':', b'\xb0', b'\xb9', b'\xf8', b'\xd8', 0, 1, b'w', b'y', b'8'];
        for len in [0, 1, 7, 8, 9, 17, 26] {
            for at in 0..len {
                for &probe in &probes {
                    let mut text = vec![b'a'; len];
                    text[at] = probe;
                    // A byte that could borrow into the next one, before it.
                    if at > 0 {
                        text[at - 1] = 0x01;
                    }
                    for from in 0..=len {
                        assert_eq!(next_digit_or_x(&text, from), naive(&text, from), "{len} {at} {probe} {from}");
                    }
                }
            }
        }
        // Every byte value at every place of a word.
        for byte in 0..=255u8 {
            for at in 0..8 {
                let mut text = [b'.'; 16];
                text[at] = byte;
                assert_eq!(next_digit_or_x(&text, 0), naive(&text, 0), "{byte} {at}");
            }
        }
    }
}
