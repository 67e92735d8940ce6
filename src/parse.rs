//! Finds the replies in whatever a person pasted: bare codes, one- or multi-line replies,
//! DSN fields and whole bounces, MTA log lines and client error messages.
//!
//! The parser is tolerant and bounded: it never fails, never panics, reads at most
//! [`MAX_INPUT`] bytes, and every step is a forward scan, so time is linear in the input.

use crate::code::{BasicCode, EnhancedCode};
use crate::explanation::InputKind;

/// The most input read; the rest is ignored (and a warning says so).
pub const MAX_INPUT: usize = 1 << 20;

/// A byte range of the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Span {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
}

impl Span {
    /// A span from start to end.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A value and where it was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// Where.
    pub span: Span,
}

/// The `Action:` of a DSN, or the status word of a log line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DsnAction {
    /// `failed`, Postfix `bounced`/`expired`: given up.
    Failed,
    /// `delayed`, Postfix `deferred`: still trying.
    Delayed,
    /// `delivered`, Postfix `sent`.
    Delivered,
    /// `relayed`: passed to a system that sends no DSNs.
    Relayed,
    /// `expanded`: delivered to a list or alias.
    Expanded,
}

/// A reply as found in the input.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ParsedReply {
    /// The basic code.
    pub basic: Option<Located<BasicCode>>,
    /// The enhanced code.
    pub enhanced: Option<Located<EnhancedCode>>,
    /// Text without codes, lines joined by a space.
    pub text: String,
    /// Each line's text.
    pub lines: Vec<String>,
    /// Where the reply is.
    pub span: Span,
}

/// One reply, recipient or log entry found in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// What the input (or this part of it) looks like.
    pub kind: InputKind,
    /// The part of the input that belongs to this finding.
    pub region: Span,
    /// The reply.
    pub reply: Option<ParsedReply>,
    /// A status code chosen by the reporting server (DSN `Status:`, log `dsn=`).
    pub status: Option<Located<EnhancedCode>>,
    /// DSN `Action:` or log status word.
    pub action: Option<Located<DsnAction>>,
    /// The recipient.
    pub recipient: Option<String>,
    /// The remote server.
    pub remote_host: Option<String>,
    /// Spans of DSN field names and log keys that were read.
    pub fields: Vec<Span>,
}

impl Finding {
    fn new(kind: InputKind, region: Span) -> Self {
        Finding { kind, region, reply: None, status: None, action: None, recipient: None, remote_host: None, fields: Vec::new() }
    }

    fn is_failure(&self) -> bool {
        if let Some(action) = self.action {
            return matches!(action.value, DsnAction::Failed | DsnAction::Delayed);
        }
        let reply = self.reply.as_ref();
        if let Some(basic) = reply.and_then(|r| r.basic) {
            return basic.value.value() >= 400;
        }
        let enhanced = reply.and_then(|r| r.enhanced).or(self.status);
        enhanced.map_or(false, |e| e.value.class_digit() != 2)
    }
}

/// Everything found in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    /// One or more findings (at least one, possibly with nothing in it).
    pub findings: Vec<Finding>,
    /// The input was longer than [`MAX_INPUT`].
    pub truncated: bool,
    /// How many bytes were read.
    pub len: usize,
}

/// The part of the input that is read: at most [`MAX_INPUT`] bytes, cut at a char boundary.
pub fn bounded(input: &str) -> &str {
    if input.len() <= MAX_INPUT {
        return input;
    }
    let mut end = MAX_INPUT;
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    &input[..end]
}

/// Lines with their start offsets, without line terminators (LF, CRLF or CR).
fn lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' || bytes[i] == b'\r' {
            out.push((start, &text[start..i]));
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push((start, &text[start..]));
    }
    out
}

/// A code-like token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    Basic(BasicCode),
    Enhanced(EnhancedCode),
}

/// Code-like tokens of `text` (offsets relative to `text`): runs of digits and dots that start
/// and end on a word boundary; three digits are a basic code, `d.ddd.ddd` an enhanced code.
fn code_tokens(text: &str) -> Vec<(Token, Span)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
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
        let before_ok = start == 0 || !(bytes[start - 1].is_ascii_alphanumeric() || matches!(bytes[start - 1], b'_' | b'.' | b'/' | b'+'));
        let after_ok = end == bytes.len()
            || !(bytes[end].is_ascii_alphanumeric() || matches!(bytes[end], b'_' | b'/' | b'@') || (bytes[end] == b'.' && end + 1 < bytes.len() && bytes[end + 1].is_ascii_digit()));
        if !(before_ok && after_ok) {
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

/// Words after which a lone three-digit number is taken as a reply code.
const CODE_CONTEXT_WORDS: &[&str] = &[
    "error", "code", "reply", "response", "responded", "said", "returned", "status", "smtp", "server",
    "failed", "failure", "deferred", "rejected", "refused", "bounce", "bounced", "reason", "err", "stat", "dsn",
];

/// Whether a lone basic code at `start` of `text` stands in a position where a code is expected.
fn basic_in_context(text: &str, start: usize, line_start: usize, registered: bool) -> bool {
    let before = text[line_start..start].trim_end_matches([' ', '\t']);
    if before.is_empty() || is_transcript_prefix(before) {
        return true;
    }
    let bytes = before.as_bytes();
    let last = bytes[bytes.len() - 1];
    // `192.0.2.1:587`, `[192.0.2.1]:587`, `smtp.example.com:587`: a port, not a code.
    let glued = last == b':' && start == before.len() + line_start && bytes.len() >= 2;
    let port = glued && {
        let prev = bytes[bytes.len() - 2];
        prev.is_ascii_digit() || prev == b']' || (prev.is_ascii_alphabetic() && !registered)
    };
    if port {
        return false;
    }
    if matches!(last, b':' | b';' | b'#' | b'(' | b'\'' | b'"' | b'<' | b'=' | b'>' | b',') {
        return true;
    }
    let word: String = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    CODE_CONTEXT_WORDS.contains(&word.as_str())
}

/// Prefixes of transcript lines that come before a server reply.
fn is_transcript_prefix(before: &str) -> bool {
    let t = before.trim();
    matches!(t, "<<<" | "<<-" | "<-" | "<" | "S:" | "<<< " | "SERVER -> CLIENT:" | "SERVER->CLIENT:" | ">" | ">>" | "*")
}

/// A reply's codes and where they end.
type ReplyStart = (Option<Located<BasicCode>>, Option<Located<EnhancedCode>>, usize);

/// Finds the first reply in `text[from..to]`: a basic code followed by an enhanced code, a
/// basic code where a code is expected, or an enhanced code; `skip` spans are ignored.
/// A lone basic code that no RFC registers (`308` as a process id) is taken only when
/// nothing better is found.
fn find_reply_start(text: &str, from: usize, to: usize, skip: &[Span]) -> Option<ReplyStart> {
    find_reply_start_with(text, from, to, skip, true).or_else(|| find_reply_start_with(text, from, to, skip, false))
}

fn find_reply_start_with(text: &str, from: usize, to: usize, skip: &[Span], registered_only: bool) -> Option<ReplyStart> {
    let segment = &text[from..to];
    let tokens = code_tokens(segment);
    let skipped = |span: Span| skip.iter().any(|s| s.contains(Span::new(span.start + from, span.end + from)));
    let located = |span: Span| Span::new(span.start + from, span.end + from);
    // The best candidate: a basic code with its enhanced code beats a lone basic code,
    // which beats a lone enhanced code; among equals the first wins.
    let mut best: Option<(u8, ReplyStart)> = None;
    let mut offer = |rank: u8, start: ReplyStart| {
        if best.as_ref().map_or(true, |(r, _)| rank > *r) {
            best = Some((rank, start));
        }
    };
    // Start of the line of the current token, advanced as the tokens move forward.
    let (mut line_start, mut scanned) = (0, 0);
    for (index, &(token, span)) in tokens.iter().enumerate() {
        if let Some(nl) = segment[scanned..span.start].rfind(['\n', '\r']) {
            line_start = scanned + nl + 1;
        }
        scanned = span.start;
        if skipped(span) {
            continue;
        }
        match token {
            Token::Basic(code) => {
                let next = tokens.get(index + 1).and_then(|&(t, s)| match t {
                    Token::Enhanced(e) if pairs_with(&segment[span.end..s.start], code, e) => Some((e, s)),
                    _ => None,
                });
                let terminated = segment.as_bytes().get(span.end).map_or(true, |b| {
                    matches!(b, b' ' | b'-' | b'\t' | b'\n' | b'\r' | b'.' | b')' | b',' | b':' | b';' | b'\'' | b'"' | b'>' | b']')
                });
                let basic = Located { value: code, span: located(span) };
                if let Some((e, s)) = next {
                    offer(3, (Some(basic), Some(Located { value: e, span: located(s) }), s.end + from));
                    if registered_only {
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
    // A lone basic code whose enhanced code closes the reply: qmail/Symantec "... (#5.7.1)".
    if let Some((2, (Some(basic), None, end))) = best {
        let trailing = tokens.iter().rev().find_map(|&(t, s)| match t {
            Token::Enhanced(e) if s.start + from > end && s.start > 0 && segment.as_bytes()[s.start - 1] == b'#' && u16::from(e.class_digit()) == basic.value.value() / 100 => Some((e, s)),
            _ => None,
        });
        if let Some((e, s)) = trailing {
            return Some((Some(basic), Some(Located { value: e, span: located(s) }), end));
        }
    }
    best.map(|(_, start)| start)
}

/// Whether an enhanced code after `between` belongs to the basic code before it: directly
/// after it (`550 5.1.1`, `550-5.1.1`, `554 #5.7.1`), on the next (indented) line, or after
/// one word of the same class (Barracuda's `450 cuda_nsu 4.7.1`).
fn pairs_with(between: &str, basic: BasicCode, enhanced: EnhancedCode) -> bool {
    let spacing = |b: u8| matches!(b, b' ' | b'-' | b'#' | b':' | b'\t' | b'\r' | b'\n');
    if between.bytes().all(spacing) {
        let limit = if between.contains('\n') { 16 } else { 3 };
        return between.len() <= limit;
    }
    let same_class = u16::from(enhanced.class_digit()) == basic.value() / 100;
    let words: Vec<&str> = between.split_whitespace().collect();
    same_class
        && between.len() <= 16
        && words.len() == 1
        && words[0].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && words[0].bytes().any(|b| b.is_ascii_alphabetic())
}

/// Strips a reply-code prefix (`550-5.1.1 `, `550 `) matching `basic` from the start of a line.
fn strip_code_prefix<'a>(line: &'a str, basic: Option<BasicCode>) -> Option<&'a str> {
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
fn remove_inline_prefixes(text: &str, basic: Option<BasicCode>, enhanced: Option<EnhancedCode>) -> String {
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
fn clean_embedded_text(text: &str) -> String {
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

fn join_lines(lines: &[String]) -> String {
    lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Reads the reply that starts at a code found by [`find_reply_start`], running to `end`.
fn read_reply(text: &str, basic: Option<Located<BasicCode>>, enhanced: Option<Located<EnhancedCode>>, codes_end: usize, end: usize) -> ParsedReply {
    let body = &text[codes_end.min(end)..end];
    // What stands before the code on its line ("mta: 0x1: <<< "), repeated on later lines.
    let prefix = basic.map_or("", |b| {
        let line_start = text[..b.span.start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        &text[line_start..b.span.start]
    });
    let mut lines_out = Vec::new();
    for (i, (_, line)) in lines(body).into_iter().enumerate() {
        let line = if i > 0 && !prefix.trim().is_empty() { line.strip_prefix(prefix).unwrap_or(line) } else { line };
        let line = if i == 0 { line } else { strip_code_prefix(line, basic.map(|b| b.value)).unwrap_or(line) };
        let line = line.trim_start_matches(['-', ' ', '\t']).trim_end();
        lines_out.push(line.to_string());
    }
    let joined = remove_inline_prefixes(&join_lines(&lines_out), basic.map(|b| b.value), enhanced.map(|e| e.value));
    let start = basic.map(|b| b.span.start).or(enhanced.map(|e| e.span.start)).unwrap_or(codes_end);
    ParsedReply { basic, enhanced, text: clean_embedded_text(&joined), lines: lines_out.into_iter().filter(|l| !l.is_empty()).collect(), span: Span::new(start, end) }
}

/// Names of DSN fields (RFC 3464 §2.3) that belong to one recipient.
const RECIPIENT_FIELDS: &[&str] = &[
    "final-recipient", "original-recipient", "action", "status", "diagnostic-code", "remote-mta",
    "will-retry-until", "last-attempt-date", "x-actual-recipient",
];

fn dsn_field(line: &str) -> Option<(&str, usize, &str)> {
    let (name, value) = line.split_once(':')?;
    if name.is_empty() || name.len() > 24 || !name.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    let known = RECIPIENT_FIELDS.iter().find(|f| **f == lower)?;
    Some((known, name.len(), value.trim()))
}

/// Drops an address-type or diagnostic-type prefix such as `rfc822;` or `smtp;`.
fn strip_type_prefix(value: &str) -> (&str, usize) {
    match value.split_once(';') {
        Some((kind, rest)) if !kind.is_empty() && kind.len() <= 24 && kind.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') => {
            let trimmed = rest.trim_start();
            (trimmed, value.len() - trimmed.len())
        }
        _ => (value, 0),
    }
}

fn parse_action(value: &str) -> Option<DsnAction> {
    let word = value.split_whitespace().next()?.to_ascii_lowercase();
    Some(match word.trim_end_matches([';', ',', '.']) {
        "failed" | "bounced" | "expired" | "undeliverable" => DsnAction::Failed,
        "delayed" | "deferred" => DsnAction::Delayed,
        "delivered" | "sent" => DsnAction::Delivered,
        "relayed" => DsnAction::Relayed,
        "expanded" => DsnAction::Expanded,
        _ => return None,
    })
}

fn clean_address(value: &str) -> String {
    value.trim().trim_start_matches('<').trim_end_matches(['>', ',', ';']).trim().to_string()
}

#[derive(Default)]
struct DsnBlock {
    start: usize,
    end: usize,
    recipient: Option<String>,
    original: Option<String>,
    action: Option<Located<DsnAction>>,
    status: Option<Located<EnhancedCode>>,
    diagnostic: Option<Span>,
    remote: Option<String>,
    fields: Vec<Span>,
}

impl DsnBlock {
    fn has_fields(&self) -> bool {
        self.recipient.is_some() || self.action.is_some() || self.status.is_some() || self.diagnostic.is_some()
    }
}

/// DSN mode: one finding per recipient block.
fn parse_dsn(text: &str) -> Vec<Finding> {
    let mut blocks: Vec<DsnBlock> = Vec::new();
    let mut current = DsnBlock::default();
    let mut in_diagnostic = false;
    for (offset, line) in lines(text) {
        let line_end = offset + line.len();
        // A forwarded bounce quotes the fields with "> ".
        let quote = if line.starts_with('>') { line.len() - line.trim_start_matches(['>', ' ']).len() } else { 0 };
        let (offset, line) = (offset + quote, &line[quote..]);
        if line.trim().is_empty() {
            in_diagnostic = false;
            if current.has_fields() {
                blocks.push(std::mem::take(&mut current));
            }
            continue;
        }
        if in_diagnostic && line.starts_with([' ', '\t']) {
            if let Some(d) = current.diagnostic.as_mut() {
                d.end = line_end;
            }
            current.end = line_end;
            continue;
        }
        in_diagnostic = false;
        let Some((name, name_len, value)) = dsn_field(line) else { continue };
        let value_start = offset + line.len() - line.trim_start_matches(|c: char| c != ':').len() + 1;
        let value_start = value_start + (text[value_start.min(line_end)..line_end].len() - text[value_start.min(line_end)..line_end].trim_start().len());
        let repeated = match name {
            "final-recipient" | "x-actual-recipient" => current.recipient.is_some() || current.status.is_some() || current.diagnostic.is_some(),
            "original-recipient" => current.original.is_some() || current.recipient.is_some() || current.status.is_some(),
            "action" => current.action.is_some(),
            "status" => current.status.is_some(),
            "diagnostic-code" => current.diagnostic.is_some(),
            _ => false,
        };
        if repeated && current.has_fields() {
            blocks.push(std::mem::take(&mut current));
        }
        if !current.has_fields() && current.original.is_none() {
            current.start = offset;
        }
        current.end = line_end;
        current.fields.push(Span::new(offset, offset + name_len));
        match name {
            "final-recipient" | "x-actual-recipient" => {
                if current.recipient.is_none() {
                    current.recipient = Some(clean_address(strip_type_prefix(value).0));
                }
            }
            "original-recipient" => current.original = Some(clean_address(strip_type_prefix(value).0)),
            "action" => current.action = parse_action(value).map(|a| Located { value: a, span: Span::new(value_start, line_end) }),
            "status" => {
                current.status = code_tokens(value).into_iter().find_map(|(t, s)| match t {
                    Token::Enhanced(e) => Some(Located { value: e, span: Span::new(value_start + s.start, value_start + s.end) }),
                    Token::Basic(_) => None,
                })
            }
            "diagnostic-code" => {
                in_diagnostic = true;
                current.diagnostic = Some(Span::new(value_start, line_end));
            }
            "remote-mta" => current.remote = Some(strip_type_prefix(value).0.trim().trim_end_matches('.').to_string()),
            _ => {}
        }
    }
    if current.has_fields() {
        blocks.push(current);
    }
    blocks
        .into_iter()
        .map(|block| {
            let mut finding = Finding::new(InputKind::Dsn, Span::new(block.start, block.end));
            finding.recipient = block.recipient.or(block.original);
            finding.remote_host = block.remote;
            finding.action = block.action;
            finding.status = block.status;
            finding.fields = block.fields;
            if let Some(diag) = block.diagnostic {
                let value = &text[diag.start..diag.end];
                let (_, skip) = strip_type_prefix(value);
                let from = diag.start + skip;
                finding.reply = Some(match find_reply_start(text, from, diag.end, &[]) {
                    Some((basic, enhanced, codes_end)) => read_reply(text, basic, enhanced, codes_end, diag.end),
                    None => {
                        let lines_out: Vec<String> = lines(&text[from..diag.end]).into_iter().map(|(_, l)| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
                        ParsedReply { text: join_lines(&lines_out), lines: lines_out, span: Span::new(from, diag.end), ..Default::default() }
                    }
                });
            }
            finding
        })
        .collect()
}

/// Whether a line looks like a mail server log line.
fn looks_like_log(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let trimmed = lower.trim_start();
    ["** ", "== ", "=> ", "-> "].iter().any(|m| trimmed.starts_with(m))
        || bounce_body_recipient(line).is_some()
        || ["status=", "stat=", " said:", "smtp error from remote", "noqueue: reject", "postfix/", "exim", " ** ", " == ", "dsn=", "deferred:"]
            .iter()
            .any(|m| lower.contains(m))
}

/// Whether an indented line starts an entry of its own (Exim's per-recipient blocks).
fn starts_entry(line: &str) -> bool {
    let lower = line.trim_start().to_ascii_lowercase();
    ["** ", "== ", "=> ", "-> "].iter().any(|m| lower.starts_with(m)) || lower.starts_with("smtp error from remote")
}

/// Reads `key=value` fields of log lines: `to=<..>`, `relay=..`, `dsn=..`, `status=..`, `stat=..`.
fn read_log_fields(text: &str, line_offset: usize, line: &str, finding: &mut Finding, skip: &mut Vec<Span>) {
    let lower = line.to_ascii_lowercase();
    let value_at = |key: &str| -> Option<(usize, &str)> {
        let mut search = 0;
        while let Some(pos) = lower[search..].find(key) {
            let at = search + pos;
            let ok = at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric();
            if ok {
                let start = at + key.len();
                let end = line[start..].find([',', ' ', '\t']).map_or(line.len(), |e| start + e);
                return Some((at, &line[start..end]));
            }
            search = at + key.len();
        }
        None
    };
    if let Some((at, v)) = value_at("to=") {
        finding.recipient = Some(clean_address(v));
        finding.fields.push(Span::new(line_offset + at, line_offset + at + 2));
    }
    if let Some((at, v)) = value_at("relay=") {
        let host = v.split(['[', ',']).next().unwrap_or("").trim();
        if !host.is_empty() && host != "none" && host != "local" {
            finding.remote_host = Some(host.to_string());
        }
        finding.fields.push(Span::new(line_offset + at, line_offset + at + 5));
    }
    if let Some((at, v)) = value_at("dsn=") {
        if let Some(code) = EnhancedCode::parse(v.trim_end_matches([',', ';'])) {
            let start = line_offset + at + 4;
            let span = Span::new(start, start + code.to_string().len());
            finding.status = Some(Located { value: code, span });
            skip.push(span);
        }
    }
    // Exim's main log: `** addr` failed, `== addr` deferred.
    for (marker, action) in [("** ", DsnAction::Failed), ("== ", DsnAction::Delayed)] {
        let at = if lower.trim_start().starts_with(marker) { Some(lower.len() - lower.trim_start().len()) } else { lower.find(&format!(" {marker}")).map(|i| i + 1) };
        if let Some(at) = at {
            let start = line_offset + at;
            finding.action.get_or_insert(Located { value: action, span: Span::new(start, start + 2) });
        }
    }
    if let Some(at) = lower.find("deferred:") {
        let start = line_offset + at;
        finding.action.get_or_insert(Located { value: DsnAction::Delayed, span: Span::new(start, start + 8) });
    }
    for key in ["status=", "stat="] {
        if let Some((at, v)) = value_at(key) {
            let word = v.trim_end_matches(':');
            if let Some(action) = parse_action(word) {
                let start = line_offset + at + key.len();
                finding.action = Some(Located { value: action, span: Span::new(start, start + word.len()) });
            }
        }
    }
    let _ = text;
}

/// A group of lines that forms one reply or one log entry.
struct Unit {
    start: usize,
    end: usize,
    finding: Finding,
}

/// Reply-line mode: consecutive lines of one multi-line reply, log lines and lines with an
/// embedded reply, each a unit.
fn parse_units(text: &str) -> Vec<Unit> {
    let all = lines(text);
    let mut units: Vec<Unit> = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let (offset, line) = all[i];
        let line_end = offset + line.len();
        let mut skip = Vec::new();
        let mut finding = Finding::new(InputKind::Reply, Span::new(offset, line_end));
        let is_log = looks_like_log(line);
        if is_log {
            finding.kind = InputKind::LogLine;
            read_log_fields(text, offset, line, &mut finding, &mut skip);
            if let Some(addr) = exim_recipient(line) {
                finding.recipient.get_or_insert(addr);
            }
            if let Some((addr, host)) = bounce_body_recipient(line) {
                finding.recipient.get_or_insert(addr);
                if let Some(host) = host {
                    finding.remote_host.get_or_insert(host);
                }
            }
        }
        // Where this unit ends: continuation lines of a multi-line reply, or indented lines.
        let mut last = i;
        let start = find_reply_start(text, offset, line_end, &skip);
        if let Some((Some(basic), _, _)) = start {
            // A multi-line reply: "550-..." lines up to "550 ...". Later lines may repeat a
            // transcript prefix of the first ("mta: 0x1: <<< 554-...").
            let prefix = &text[offset..basic.span.start];
            let code = basic.value.to_string();
            let mut continues = text[basic.span.end..].starts_with('-');
            while continues && last + 1 < all.len() {
                let raw = all[last + 1].1;
                let next = match raw.strip_prefix(prefix) {
                    Some(rest) if !prefix.trim().is_empty() => rest,
                    _ => raw.trim_start().trim_start_matches(['<', '-', ' ']).trim_start_matches("S:").trim_start(),
                };
                if next.starts_with(code.as_str()) && matches!(next.as_bytes().get(3), Some(b' ' | b'-') | None) {
                    last += 1;
                    continues = next.as_bytes().get(3) == Some(&b'-');
                } else {
                    break;
                }
            }
        }
        if start.is_some() || is_log {
            // Indented lines continue the entry, up to the next entry: a line that starts a log
            // entry of its own, or a second reply code.
            let mut has_reply = start.is_some();
            let mut reply_code = start.and_then(|(b, _, _)| b).map(|b| b.value);
            // "SMTPDataError: 554" with its enhanced code on the next line.
            let dangling = start.is_some_and(|(b, e, end)| b.is_some() && e.is_none() && text[end..line_end].trim().is_empty());
            while last + 1 < all.len() {
                let (next_offset, next) = all[last + 1];
                let continues_code = dangling && last == i && code_tokens(next.trim_start()).first().is_some_and(|(t, s)| matches!(t, Token::Enhanced(_)) && s.start == 0);
                if !continues_code && (!next.starts_with([' ', '\t']) || next.trim().is_empty() || starts_entry(next)) {
                    break;
                }
                let next_code = find_reply_start(text, next_offset, next_offset + next.len(), &[]).and_then(|(b, _, _)| b).map(|b| b.value);
                // A second, different reply ends the entry; the same code again is a wrapped
                // multi-line reply ("... is 550-5.7.1 likely unsolicited").
                if next_code.is_some() && has_reply && next_code != reply_code {
                    break;
                }
                has_reply |= next_code.is_some();
                reply_code = reply_code.or(next_code);
                last += 1;
            }
            let end = all[last].0 + all[last].1.len();
            finding.region = Span::new(offset, end);
            if let Some((basic, enhanced, codes_end)) = find_reply_start(text, offset, end, &skip) {
                finding.reply = Some(read_reply(text, basic, enhanced, codes_end, end));
            } else if is_log {
                let reason = log_reason(line);
                if !reason.is_empty() {
                    finding.reply = Some(ParsedReply { text: reason.to_string(), lines: vec![reason.to_string()], span: Span::new(offset, end), ..Default::default() });
                }
            }
            units.push(Unit { start: offset, end, finding });
        }
        i = last + 1;
    }
    units
}

/// The reason in parentheses of a log line without a reply code (Postfix's own words).
fn log_reason(line: &str) -> &str {
    let lower = line.to_ascii_lowercase();
    let Some(pos) = lower.find("status=") else { return "" };
    let rest = &line[pos..];
    match (rest.find('('), rest.rfind(')')) {
        (Some(open), Some(close)) if close > open => rest[open + 1..close].trim(),
        _ => "",
    }
}

/// Exim: `** addr R=...`, `== addr ...`, `SMTP error from remote mail server after RCPT TO:<addr>`.
fn exim_recipient(line: &str) -> Option<String> {
    let spaced = format!(" {line}");
    let line = spaced.as_str();
    for marker in [" ** ", " == ", " -> ", " => "] {
        if let Some(pos) = line.find(marker) {
            let addr = line[pos + marker.len()..].split_whitespace().next()?;
            if addr.contains('@') {
                return Some(clean_address(addr.trim_end_matches(':')));
            }
        }
    }
    let lower = line.to_ascii_lowercase();
    let pos = lower.find("rcpt to:<")?;
    let rest = &line[pos + 9..];
    rest.find('>').map(|end| clean_address(&rest[..end]))
}

/// Postfix bounce body: `<addr>: host mx.example.com[192.0.2.1] said: ...`.
fn bounce_body_recipient(line: &str) -> Option<(String, Option<String>)> {
    let t = line.trim_start();
    if !t.starts_with('<') {
        return None;
    }
    let close = t.find(">:")?;
    let addr = &t[1..close];
    if !addr.contains('@') {
        return None;
    }
    let host = t[close + 2..].trim_start().strip_prefix("host ").and_then(|r| r.split(['[', ' ']).next()).map(str::to_string);
    Some((addr.to_string(), host))
}

/// Decides what kind of input a single finding with no DSN/log structure is.
fn single_kind(text: &str, reply: Option<&ParsedReply>) -> InputKind {
    let Some(reply) = reply else { return InputKind::Text };
    let letters = reply.text.chars().filter(|c| c.is_alphabetic()).count();
    let before = &text[..reply.span.start.min(text.len())];
    let prefix_words = before.split_whitespace().count();
    if letters == 0 && prefix_words <= 3 {
        InputKind::Code
    } else {
        InputKind::Reply
    }
}

/// Parses the (bounded) input into findings.
pub fn parse(input: &str) -> Parsed {
    let text = bounded(input);
    let truncated = text.len() < input.len();
    let whole = Span::new(0, text.len());
    if text.trim().is_empty() {
        return Parsed { findings: vec![Finding::new(InputKind::Empty, whole)], truncated, len: text.len() };
    }
    let mut findings = parse_dsn(text);
    let dsn_mode = !findings.is_empty();
    if !dsn_mode {
        let units = parse_units(text);
        let mut failures: Vec<Unit> = units.iter().filter(|u| u.finding.is_failure()).map(|u| Unit { start: u.start, end: u.end, finding: u.finding.clone() }).collect();
        // A lone enhanced code ("status": "5.1.1") beside a full reply is that reply's status.
        let has_basic = |u: &Unit| u.finding.reply.as_ref().is_some_and(|r| r.basic.is_some());
        let status_only = |u: &Unit| u.finding.kind == InputKind::Reply && u.finding.reply.as_ref().is_some_and(|r| r.basic.is_none() && r.enhanced.is_some());
        if failures.iter().any(has_basic) {
            failures.retain(|u| !status_only(u));
        }
        let chosen = if failures.is_empty() { units.into_iter().last().into_iter().collect() } else { failures };
        findings = chosen.into_iter().map(|u| u.finding).collect();
    } else {
        let failed: Vec<Finding> = findings.iter().filter(|f| f.is_failure()).cloned().collect();
        if !failed.is_empty() {
            findings = failed;
        }
    }
    if findings.is_empty() {
        let mut finding = Finding::new(InputKind::Text, whole);
        if let Some((basic, enhanced, codes_end)) = find_reply_start(text, 0, text.len(), &[]) {
            finding.reply = Some(read_reply(text, basic, enhanced, codes_end, text.len()));
        }
        finding.kind = single_kind(text, finding.reply.as_ref());
        findings.push(finding);
    } else if findings.len() == 1 {
        let finding = &mut findings[0];
        finding.region = whole;
        if finding.kind == InputKind::Reply {
            finding.kind = single_kind(text, finding.reply.as_ref());
        }
    }
    Parsed { findings, truncated, len: text.len() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(input: &str) -> Finding {
        let parsed = parse(input);
        assert_eq!(parsed.findings.len(), 1, "{input:?} gave {:?}", parsed.findings);
        parsed.findings.into_iter().next().unwrap()
    }

    fn codes(f: &Finding) -> (Option<u16>, Option<String>) {
        let r = f.reply.as_ref();
        (r.and_then(|r| r.basic).map(|b| b.value.value()), r.and_then(|r| r.enhanced).map(|e| e.value.to_string()))
    }

    #[test]
    fn bare_codes() {
        for (input, basic, enhanced) in [
            ("421", Some(421), None),
            ("  Error 421. ", Some(421), None),
            ("SMTP Error (550)", Some(550), None),
            ("5.7.26", None, Some("5.7.26")),
            ("#5.1.1", None, Some("5.1.1")),
            ("550 5.1.1", Some(550), Some("5.1.1")),
            ("Could not send your message. Error 421.", Some(421), None),
        ] {
            let f = one(input);
            assert_eq!(codes(&f), (basic, enhanced.map(String::from)), "{input}");
        }
        assert_eq!(one("421").kind, InputKind::Code);
        assert_eq!(one("550 5.1.1").kind, InputKind::Code);
    }

    #[test]
    fn multi_line_reply_crlf() {
        let f = one("550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550-5.1.1 double-checking the recipient's email address for typos or\r\n550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser - gsmtp\r\n");
        assert_eq!(codes(&f), (Some(550), Some("5.1.1".into())));
        let reply = f.reply.unwrap();
        assert_eq!(reply.lines.len(), 3);
        assert!(reply.text.starts_with("The email account that you tried to reach does not exist. Please try double-checking"));
        assert!(!reply.text.contains("550"));
        assert_eq!(f.kind, InputKind::Reply);
    }

    #[test]
    fn joined_dsn_reply_loses_repeated_prefixes() {
        let f = one("Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. 550-5.1.1 Please try double-checking 550 5.1.1 the address - gsmtp");
        let reply = f.reply.unwrap();
        assert_eq!(reply.text, "The email account that you tried to reach does not exist. Please try double-checking the address - gsmtp");
        assert_eq!(f.kind, InputKind::Dsn);
    }

    #[test]
    fn ignores_ips_versions_and_yahoo_tokens() {
        let f = one("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1");
        assert_eq!(codes(&f), (Some(421), Some("4.7.0".into())));
        assert_eq!(one("Connection from 192.0.2.1 port 587 closed").reply, None);
        assert_eq!(one("pid [421] started").reply, None);
    }

    #[test]
    fn postfix_log_line() {
        let f = one("Nov 28 10:00:01 mx postfix/smtp[12345]: 4F9D1A: to=<bob@example.com>, relay=mx.example.com[192.0.2.7]:25, delay=0.36, delays=0.1/0/0.1/0.1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.7] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))");
        assert_eq!(f.kind, InputKind::LogLine);
        assert_eq!(codes(&f), (Some(550), Some("5.1.1".into())));
        assert_eq!(f.recipient.as_deref(), Some("bob@example.com"));
        assert_eq!(f.remote_host.as_deref(), Some("mx.example.com"));
        assert_eq!(f.action.map(|a| a.value), Some(DsnAction::Failed));
        assert_eq!(f.status.map(|s| s.value.to_string()).as_deref(), Some("5.1.1"));
        assert_eq!(f.reply.unwrap().text, "<bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table");
    }

    #[test]
    fn postfix_log_without_reply() {
        let f = one("postfix/smtp[1]: ABC: to=<a@example.org>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.9]:25: Connection timed out)");
        assert_eq!(f.action.map(|a| a.value), Some(DsnAction::Delayed));
        assert_eq!(f.reply.unwrap().text, "connect to mx.example.org[192.0.2.9]:25: Connection timed out");
    }

    #[test]
    fn exim_and_sendmail_lines() {
        let f = one("2026-11-28 10:00:00 1abcDE-000123-AB ** bob@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.3]: SMTP error from remote mail server after RCPT TO:<bob@example.net>: 550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org");
        assert_eq!(codes(&f), (Some(550), Some("5.7.1".into())));
        assert_eq!(f.recipient.as_deref(), Some("bob@example.net"));
        let f = one("sendmail[99]: x: to=<c@example.com>, delay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.com. [192.0.2.4], dsn=4.0.0, stat=Deferred: 421 4.7.0 Try again later");
        assert_eq!(codes(&f), (Some(421), Some("4.7.0".into())));
        assert_eq!(f.action.map(|a| a.value), Some(DsnAction::Delayed));
    }

    #[test]
    fn dsn_with_several_recipients() {
        let bounce = "Reporting-MTA: dns; mail.example.com\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 550 5.1.1 <a@example.org>: Recipient address\n    rejected: User unknown\n\nFinal-Recipient: rfc822; b@example.org\nAction: delayed\nStatus: 4.2.2\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full\n\nFinal-Recipient: rfc822; c@example.org\nAction: delivered\nStatus: 2.0.0\n";
        let parsed = parse(bounce);
        assert_eq!(parsed.findings.len(), 2);
        let a = &parsed.findings[0];
        assert_eq!(a.recipient.as_deref(), Some("a@example.org"));
        assert_eq!(a.remote_host.as_deref(), Some("mx.example.org"));
        assert_eq!(a.reply.as_ref().unwrap().text, "<a@example.org>: Recipient address rejected: User unknown");
        assert_eq!(parsed.findings[1].action.map(|x| x.value), Some(DsnAction::Delayed));
        assert_eq!(&bounce[a.status.unwrap().span.start..a.status.unwrap().span.end], "5.1.1");
    }

    #[test]
    fn transcript_picks_the_failure() {
        let f = one("220 mx.example.com ESMTP\n250-mx.example.com\n250 SIZE 1000\n550 5.7.1 Relaying denied\n221 Bye");
        assert_eq!(codes(&f), (Some(550), Some("5.7.1".into())));
    }

    #[test]
    fn invalid_class_is_kept() {
        let f = one("554 6.6.0 Error sending message");
        assert_eq!(codes(&f), (Some(554), Some("6.6.0".into())));
    }

    #[test]
    fn bounded_and_never_empty() {
        let big = "x".repeat(MAX_INPUT + 10);
        let parsed = parse(&big);
        assert!(parsed.truncated);
        assert_eq!(parsed.findings.len(), 1);
        assert_eq!(parse("").findings[0].kind, InputKind::Empty);
        assert_eq!(bounded(&"é".repeat(MAX_INPUT)).len(), MAX_INPUT);
    }
}
