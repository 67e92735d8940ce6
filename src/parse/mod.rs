//! Finds the replies in whatever a person pasted: bare codes, one- or multi-line replies,
//! DSN fields and whole bounces, MTA log lines and client error messages.
//!
//! The parser is tolerant and bounded: it never fails, never panics, reads at most
//! [`MAX_INPUT`] bytes, and every step is a forward scan, so time is linear in the input.

use crate::code::{BasicCode, EnhancedCode};

mod client;
mod dsn;
mod lines;
mod log;
mod message;
mod reply;
mod transcript;

pub use message::{decode_message, OriginalMessage};
pub(crate) use message::{ARF_DIAGNOSTIC, AUTO_REPLY_FIELD};
pub(crate) use log::{exim_main_log, plus_spaced, qmail_spaced};
pub(crate) use transcript::restatements;

use dsn::parse_dsn;
use lines::{parse_units, Unit};
use reply::{find_reply_start, read_reply};

/// The most input read; the rest is ignored (and a warning says so).
pub const MAX_INPUT: usize = 1 << 20;

/// What the input looked like.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    /// Nothing but whitespace.
    Empty,
    /// A bare code (`421`, `5.7.26`, `Error 421`).
    Code,
    /// An SMTP reply, one or more lines.
    Reply,
    /// Delivery status notification fields or a whole bounce.
    Dsn,
    /// A mail server log line.
    LogLine,
    /// An error message of a mail client or library.
    ClientMessage,
    /// Text without a code (matched by its wording, or not at all).
    Text,
}

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
    /// The region is the record's own (a structured log record, a log line that is not about
    /// a delivery): it is not widened to the whole input.
    pub own_region: bool,
    /// A log line or record that is not about a delivery (a connect, a warning about a client,
    /// a DKIM signature added, a message received): nothing in it to explain.
    pub not_delivery: bool,
    /// The HTTP status of a sending service's API error (`HTTP Error 401: Unauthorized`,
    /// `statusCode: 403`), read where the finding has no SMTP reply code: never a reply code.
    pub http_status: Option<Located<u16>>,
}

impl Finding {
    pub(crate) fn new(kind: InputKind, region: Span) -> Self {
        Finding { kind, region, reply: None, status: None, action: None, recipient: None, remote_host: None, fields: Vec::new(), own_region: false, not_delivery: false, http_status: None }
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
        enhanced.is_some_and(|e| e.value.class_digit() != 2)
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

/// Where the first line terminator (LF or CR) of `bytes` is: eight bytes at a time.
pub(super) fn find_eol(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    while i + 8 <= bytes.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[i..i + 8]);
        let x = u64::from_le_bytes(word);
        let (lf, cr) = (x ^ (ONES * u64::from(b'\n')), x ^ (ONES * u64::from(b'\r')));
        // The lowest byte that is zero in `lf` or `cr` (the lowest flagged byte of each is exact).
        let found = ((lf.wrapping_sub(ONES) & !lf) | (cr.wrapping_sub(ONES) & !cr)) & HIGH;
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| b == b'\n' || b == b'\r').map(|p| i + p)
}

/// Whether a line is blank (whitespace only, as `trim` reads it): a line that starts with a
/// printable ASCII byte is not, without a look at the rest.
pub(super) fn is_blank(line: &str) -> bool {
    !line.as_bytes().first().is_some_and(u8::is_ascii_graphic) && line.trim().is_empty()
}

/// Lines with their start offsets, without line terminators (LF, CRLF or CR).
pub(super) fn lines(text: &str) -> Vec<(usize, &str)> {
    line_iter(text).collect()
}

/// [`lines`], one at a time.
pub(super) fn line_iter(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let line_start = start;
        match find_eol(&bytes[start..]) {
            Some(i) => {
                let i = start + i;
                start = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
                Some((line_start, &text[line_start..i]))
            }
            None => {
                start = bytes.len();
                Some((line_start, &text[line_start..]))
            }
        }
    })
}

/// Decides what kind of input a single finding with no DSN/log structure is.
fn single_kind(text: &str, reply: Option<&ParsedReply>) -> InputKind {
    let Some(reply) = reply else { return InputKind::Text };
    let letters = reply.text.chars().any(char::is_alphabetic);
    // At most four words before the reply are counted: more is "more than three".
    let prefix_words = || text[..reply.span.start.min(text.len())].split_whitespace().take(4).count();
    if !letters && prefix_words() <= 3 {
        InputKind::Code
    } else {
        InputKind::Reply
    }
}

/// The server that wrote an Exchange non-delivery report and refused the message itself:
/// `Generating server: name` in the diagnostic section, with no `Remote Server returned` line
/// quoting another server's reply (Microsoft Learn, "Non-delivery reports in Exchange Online",
/// https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages).
fn exchange_generating_server(text: &str) -> Option<&str> {
    let lower = text.to_ascii_lowercase();
    if crate::util::contains(&lower, "remote server returned") {
        return None;
    }
    let at = crate::util::find(&lower, "generating server:")? + "generating server:".len();
    let name = text[at..].lines().next()?.trim();
    (!name.is_empty() && !name.contains(char::is_whitespace)).then_some(name)
}

/// Replies to a step of the session that say nothing about the message (RFC 5321 §4.2.3,
/// RFC 4954 §6): status and help, the greeting, the closing, a login, the server's prompts.
pub(crate) const SESSION_STEP_CODES: [u16; 7] = [211, 214, 220, 221, 235, 334, 354];

/// A plain reply to a step of the session rather than to the message.
fn is_session_step(finding: &Finding) -> bool {
    finding.kind == InputKind::Reply && finding.reply.as_ref().and_then(|r| r.basic).is_some_and(|b| SESSION_STEP_CODES.contains(&b.value.value()))
}

/// For each reply code of a session, whether it is a refusal the client got past: a later reply
/// accepted a command and a refusal came after that. One pass from the end (linear).
fn refusals_got_past(codes: &[Option<u16>]) -> Vec<bool> {
    let mut passed = vec![false; codes.len()];
    let (mut refused_later, mut accepted_then_refused) = (false, false);
    for (i, code) in codes.iter().enumerate().rev() {
        let refused = code.is_some_and(|c| c >= 400);
        passed[i] = refused && accepted_then_refused;
        accepted_then_refused |= code.is_some_and(|c| (200..400).contains(&c)) && refused_later;
        refused_later |= refused;
    }
    passed
}

/// Parses the (bounded) input into findings.
pub fn parse(input: &str) -> Parsed {
    let text = bounded(input);
    let truncated = text.len() < input.len();
    let whole = Span::new(0, text.len());
    if text.trim().is_empty() {
        return Parsed { findings: vec![Finding::new(InputKind::Empty, whole)], truncated, len: text.len() };
    }
    let mut statuses = HttpStatuses::new(text);
    let mut findings = parse_dsn(text);
    for finding in &mut findings {
        drop_http_code(text, finding, &mut statuses);
    }
    let dsn_mode = !findings.is_empty();
    if !dsn_mode {
        let mut units = parse_units(text);
        for unit in &mut units {
            drop_http_code(text, &mut unit.finding, &mut statuses);
        }
        // The failures, moved out rather than copied; with none, the last unit.
        if units.iter().any(|u| u.finding.is_failure()) {
            // In a session transcript, a refused command the client got past (a later reply
            // accepted the next command) did not stop the mail when a later refusal did:
            // "501 5.5.4 Unrecognized parameter" to a mistyped "Mail", then "250 2.1.0 Sender
            // OK", then "550 5.7.1 ... blocked using Spamhaus" (RFC 5321 §4.2: a reply answers
            // one command). Only plain replies count, never log lines of separate deliveries.
            let reply_code = |u: &Unit| (u.finding.kind == InputKind::Reply).then(|| u.finding.reply.as_ref().and_then(|r| r.basic)).flatten().map(|b| b.value.value());
            let passed = refusals_got_past(&units.iter().map(reply_code).collect::<Vec<_>>());
            let mut index = 0;
            units.retain(|_| {
                index += 1;
                !passed[index - 1]
            });
            units.retain(|u| u.finding.is_failure());
            // A lone enhanced code ("status": "5.1.1") beside a full reply is that reply's status.
            let has_basic = |u: &Unit| u.finding.reply.as_ref().is_some_and(|r| r.basic.is_some());
            let status_only = |u: &Unit| u.finding.kind == InputKind::Reply && u.finding.reply.as_ref().is_some_and(|r| r.basic.is_none() && r.enhanced.is_some());
            if units.iter().any(has_basic) {
                units.retain(|u| !status_only(u));
            }
        } else {
            // The last unit about a delivery, past the session's own steps (a greeting, a login,
            // a closing "221 Bye" after "250 Ok: queued"); then the last about a delivery; then
            // the last unit.
            let delivery = |u: &Unit| !u.finding.not_delivery;
            let pick = units
                .iter()
                .rposition(|u| delivery(u) && !is_session_step(&u.finding))
                .or_else(|| units.iter().rposition(delivery))
                .or(units.len().checked_sub(1));
            units = pick.map(|i| vec![units.swap_remove(i)]).unwrap_or_default();
        }
        findings = units.into_iter().map(|u| u.finding).collect();
    } else if findings.iter().any(|f| f.is_failure()) {
        findings.retain(|f| f.is_failure());
    }
    if findings.is_empty() {
        let mut finding = Finding::new(InputKind::Text, whole);
        if let Some((basic, enhanced, codes_end)) = find_reply_start(text, 0, text.len(), &[]) {
            finding.reply = Some(read_reply(text, basic, enhanced, codes_end, text.len()));
        }
        drop_http_code(text, &mut finding, &mut statuses);
        finding.kind = single_kind(text, finding.reply.as_ref());
        finding.recipient = log::body_recipient(text, finding.reply.as_ref().map(|r| (r.span.start, r.text.as_str())));
        // SmarterMail's failure notice is sent when it has given up.
        if let Some(at) = text.find(log::SMARTERMAIL_FAILED).filter(|_| finding.reply.is_none()) {
            finding.action = Some(Located { value: DsnAction::Failed, span: Span::new(at, at + log::SMARTERMAIL_FAILED.len()) });
        }
        findings.push(finding);
    } else if findings.len() == 1 {
        let finding = &mut findings[0];
        if finding.recipient.is_none() && !dsn_mode {
            match exchange_generating_server(text) {
                // The organisation's own Exchange server refused: the recipient's domain does
                // not say who answered.
                Some(host) => {
                    finding.remote_host.get_or_insert_with(|| host.to_string());
                }
                None => finding.recipient = log::body_recipient(text, finding.reply.as_ref().map(|r| (r.span.start, r.text.as_str()))),
            }
        }
        if !finding.own_region {
            finding.region = whole;
        }
        if finding.kind == InputKind::Reply {
            finding.kind = single_kind(text, finding.reply.as_ref());
        }
    }
    // Codes written as Rust structs are the reply's when the reply shows none: lettre's Debug
    // form of the basic code (`Code { severity: ..., category: ..., detail: ... }`) and KumoMTA's
    // enhanced code (`EnhancedStatusCode { class, subject, detail }`, JSON `"enhanced_code":{...}`).
    for finding in &mut findings {
        let Some(region) = text.get(finding.region.start..finding.region.end) else { continue };
        let at = finding.region.start;
        let shift = |s: Span| Span::new(s.start + at, s.end + at);
        let shown = finding.reply.as_ref();
        let basic = match shown.and_then(|r| r.basic) {
            Some(_) => None,
            None => client::rust_code_struct(region).and_then(|(value, s)| Some(Located { value: BasicCode::new(value)?, span: shift(s) })),
        };
        let enhanced = match shown.and_then(|r| r.enhanced) {
            Some(_) => None,
            None => client::enhanced_code_struct(region).map(|(value, s)| Located { value, span: shift(s) }),
        };
        let Some(span) = basic.map(|b| b.span).or(enhanced.map(|e| e.span)) else { continue };
        let reply = finding.reply.get_or_insert_with(|| ParsedReply { text: String::new(), lines: Vec::new(), span, ..Default::default() });
        reply.basic = reply.basic.or(basic);
        reply.enhanced = reply.enhanced.or(enhanced);
    }
    for finding in &mut findings {
        if finding.http_status.is_none() && finding.reply.as_ref().is_none_or(|r| r.basic.is_none()) {
            finding.http_status = http_status(text, finding.region);
        }
    }
    Parsed { findings, truncated, len: text.len() }
}

/// The basic codes of an input and the numbers asked about (see [`HttpStatuses`]).
struct NumbersRead {
    tokens: Vec<(u16, Span)>,
    asked: Vec<Answered>,
}

/// A number asked about and whether it is read as an HTTP status somewhere in the input.
#[derive(Clone, Copy)]
struct Answered {
    value: u16,
    http: bool,
}

/// The HTTP statuses of a sending service's API error anywhere in the input (see
/// `client::http_status_at`, `client::http_reasons_in`), read once, when first needed.
struct HttpStatuses<'a> {
    text: &'a str,
    /// The basic codes of the input (numbers that may be read as HTTP statuses by the words
    /// around them, `client::http_status_at`), and the numbers asked about so far with the
    /// answer: only the places of a number asked about are read.
    values: Option<NumbersRead>,
    /// Statuses named by their reason phrase (`Unauthorized`): only codes no SMTP server
    /// sends (`client::http_reasons_in`), so only looked for when asked about one of them.
    reasons: Option<Vec<u16>>,
}

impl<'a> HttpStatuses<'a> {
    fn new(text: &'a str) -> Self {
        HttpStatuses { text, values: None, reasons: None }
    }

    fn contains(&mut self, value: u16) -> bool {
        let text = self.text;
        let NumbersRead { tokens, asked } = self.values.get_or_insert_with(|| {
            let tokens = reply::code_tokens(text)
                .into_iter()
                .filter_map(|(token, span)| match token {
                    reply::Token::Basic(code) => Some((code.value(), span)),
                    _ => None,
                })
                .collect();
            NumbersRead { tokens, asked: Vec::new() }
        });
        let by_words = match asked.iter().find(|a| a.value == value) {
            Some(a) => a.http,
            None => {
                let http = tokens.iter().any(|&(v, span)| v == value && client::http_status_at(text, span));
                asked.push(Answered { value, http });
                http
            }
        };
        by_words
            || (client::http_only_status(value)
                && self.reasons.get_or_insert_with(|| client::http_reasons_in(&text.to_ascii_lowercase())).contains(&value))
    }
}

/// A reply's basic code that is the HTTP status of a sending service's API error, read in
/// the whole input (the key or reason phrase may stand on the line before or after: Ruby's
/// `err.status_code\n=> 422`, `(401)\nReason: Unauthorized`), or the same number read as one
/// elsewhere in the input (Guzzle's `[500] Server error: ... resulted in a `500 Internal Server
/// Error` response`, Node's `ResponseError: Unauthorized ... code: 401`): no reply code; kept
/// as the finding's HTTP status.
fn drop_http_code(text: &str, finding: &mut Finding, statuses: &mut HttpStatuses) {
    let Some(reply) = finding.reply.as_mut() else { return };
    let Some(basic) = reply.basic else { return };
    // A code with its enhanced code (`500 5.5.1`) is a reply whatever else the input holds.
    let mut elsewhere = || reply.enhanced.is_none() && statuses.contains(basic.value.value());
    if client::http_status_at(text, basic.span) || elsewhere() {
        reply.basic = None;
        finding.http_status = Some(Located { value: basic.value.value(), span: basic.span });
    }
}

/// The first HTTP status of a sending service's API error in `region` of `text` (see
/// `client::http_status_at`): a number the reply reader passed over as no reply code.
fn http_status(text: &str, region: Span) -> Option<Located<u16>> {
    let segment = text.get(region.start..region.end)?;
    let tokens = reply::code_tokens(segment);
    let located = |code: BasicCode, span: Span| Located { value: code.value(), span: Span::new(span.start + region.start, span.end + region.start) };
    tokens
        .iter()
        .find_map(|&(token, span)| match token {
            reply::Token::Basic(code) if client::http_status_at(segment, span) => Some(located(code, span)),
            _ => None,
        })
        // A client error no SMTP reply uses whose reason phrase the text holds elsewhere (a
        // PHP dump's `'code' => int 403` beside `'apiMessage' => string 'Forbidden.'`).
        // Looked for only when such a number is there (the phrases name no other code).
        .or_else(|| {
            if !tokens.iter().any(|&(token, _)| matches!(token, reply::Token::Basic(code) if client::http_only_status(code.value()))) {
                return None;
            }
            let named = client::http_reasons_in(&segment.to_ascii_lowercase());
            tokens.iter().find_map(|&(token, span)| match token {
                reply::Token::Basic(code) if named.contains(&code.value()) => Some(located(code, span)),
                _ => None,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qmail_reports_are_matched_with_spaces_at_the_same_offsets() {
        let log = "@4000 delivery 43: deferral: Connected_to_192.0.2.1_but_sender_was_rejected./Remote_host_said:_451_4.7.1_Greylisted,_try_later/\n\
                   @4000 delivery 44: failure: Sorry,_I_couldn't_find_any_host_named_x.invalid._(#5.1.2)/\n\
                   Dec  5 mx postfix/smtp[1]: A1: to=<a_b@example.org>, status=sent (250 ok)";
        let spaced = qmail_spaced(log).unwrap();
        assert_eq!(spaced.len(), log.len());
        // Only the remote reply where there is one; qmail's own reason where there is none;
        // other lines untouched.
        assert!(spaced.contains("Connected_to_192.0.2.1_but_sender_was_rejected./Remote_host_said:_451 4.7.1 Greylisted, try later/"));
        assert!(spaced.contains("failure: Sorry, I couldn't find any host named x.invalid. (#5.1.2)/"));
        assert!(spaced.contains("to=<a_b@example.org>"));
        assert_eq!(qmail_spaced("550 5.1.1 user_unknown"), None);
        // A report quoted in a bounce body and wrapped: the next line (no space) runs on.
        let quoted = "<b@example.org>:\n192.0.2.1_does_not_like_recipient./Remote_host_said:_550_spam_sourc\ne_[x]/Giving_up./\nThanks_a lot";
        let spaced = qmail_spaced(quoted).unwrap();
        assert!(spaced.ends_with("Remote_host_said:_550 spam sourc\ne [x]/Giving up./\nThanks_a lot"));
    }

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
    fn exim_main_log_lines_are_known_by_their_message_id_and_marker() {
        assert!(exim_main_log("2017-01-09 12:33:59 1cQZ98-0003I9-TB ** bob@example.net R=dnslookup T=remote_smtp: Unrouteable address"));
        assert!(exim_main_log("1999-03-02 09:44:33 10HmaX-000000005vi-0000 == userx@test.ex R=r1 T=t1 defer (dd): Connection timed out"));
        assert!(exim_main_log("2015-09-01 17:45:42 [90495] 1ZWnkk-000NXb-1K <= a@example.org U=www P=local S=1727"));
        assert!(!exim_main_log("** Address not found **"));
        assert!(!exim_main_log("C: MAIL FROM:<a@example.org>\nS: 550 => nope"));
    }

    #[test]
    fn wrapper_and_transcript_prefixes_before_a_reply() {
        for (input, basic) in [
            ("Mail from command failed - 501 Mail from address must be same as authorization user.", Some(501)),
            ("Invalid login - 454 Temporary authentication failure", Some(454)),
            // A dash after words that name no reply leaves a number alone.
            ("Invoice - 550 items", None),
            // mailsend's verbose transcript marks the server's lines "[S]".
            ("[S] 554 Rejected - Message containing bare LF's.", Some(554)),
        ] {
            let parsed = parse(input);
            let basic_found = parsed.findings.iter().find_map(|f| f.reply.as_ref().and_then(|r| r.basic).map(|b| b.value.value()));
            assert_eq!(basic_found, basic, "{input}");
        }
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
    fn bounce_body_names_the_recipient_on_a_line_of_its_own() {
        let qmail = "<bob@example.net>:\n192.0.2.7 does not like recipient.\nRemote host said: 550 User account is overquota\nGiving up on 192.0.2.7.";
        assert_eq!(one(qmail).recipient.as_deref(), Some("bob@example.net"));
        let listed_after = "Your message was not delivered.\nRemote host is not responding.\n\nThe following recipients did not receive this message:\n\n<carol@example.jp>";
        assert_eq!(one(listed_after).recipient.as_deref(), Some("carol@example.jp"));
        // A notice's sentence that says whom the message was for.
        assert_eq!(one("Your mail sent on: Thu, 29 Apr 2013\n Could not be delivered to: <kim@example.ne.jp>\n As their mailbox is full.").recipient.as_deref(), Some("kim@example.ne.jp"));
        assert_eq!(one("Your message to brian@example.com couldn't be delivered.\nbrian wasn't found at example.com.").recipient.as_deref(), Some("brian@example.com"));
        // An address inside a sentence is not a recipient line.
        assert_eq!(one("Mail from dave@example.org was refused: 550 5.7.1 blocked").recipient, None);
        // An Exchange server that refused the message itself names itself, not the recipient's provider.
        let ndr = "Delivery has failed to these recipients or distribution lists:\nann@example.com\nDiagnostic information for administrators:\nGenerating server: ex1.corp.example\nann@example.com\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##";
        let f = one(ndr);
        assert_eq!((f.recipient, f.remote_host.as_deref()), (None, Some("ex1.corp.example")));
    }

    #[test]
    fn transcript_picks_the_failure() {
        let f = one("220 mx.example.com ESMTP\n250-mx.example.com\n250 SIZE 1000\n550 5.7.1 Relaying denied\n221 Bye");
        assert_eq!(codes(&f), (Some(550), Some("5.7.1".into())));
    }

    #[test]
    fn a_refusal_the_session_got_past_is_not_the_reason() {
        let f = one("220 mx.example.com ESMTP\nMail\n501 5.5.4 Unrecognized parameter\nMAIL FROM: a@example.org\n250 2.1.0 Sender OK\nRCPT TO: b@example.com\n550 5.7.1 Client host [192.0.2.1] blocked using Spamhaus");
        assert_eq!(codes(&f), (Some(550), Some("5.7.1".into())));
        // A refusal with nothing refused after it stays the reason.
        let f = one("501 5.5.4 Syntax error\n250 2.1.0 Sender OK");
        assert_eq!(codes(&f), (Some(501), Some("5.5.4".into())));
    }

    #[test]
    fn refusals_got_past_match_their_definition() {
        // The definition, quadratic: a refusal, then an accepted reply, then a refusal.
        let by_definition = |codes: &[Option<u16>]| -> Vec<bool> {
            (0..codes.len())
                .map(|i| {
                    codes[i].is_some_and(|c| c >= 400)
                        && codes[i + 1..].iter().position(|c| c.is_some_and(|c| (200..400).contains(&c))).is_some_and(|ok| codes[i + 1 + ok..].iter().any(|c| c.is_some_and(|c| c >= 400)))
                })
                .collect()
        };
        let mut seed = 7u32;
        for _ in 0..2000 {
            let len = (seed % 9) as usize;
            let codes: Vec<Option<u16>> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    [None, Some(250), Some(354), Some(451), Some(550), Some(221)][(seed >> 16) as usize % 6]
                })
                .collect();
            assert_eq!(refusals_got_past(&codes), by_definition(&codes), "{codes:?}");
        }
    }

    #[test]
    fn invalid_class_is_kept() {
        let f = one("554 6.6.0 Error sending message");
        assert_eq!(codes(&f), (Some(554), Some("6.6.0".into())));
    }

    #[test]
    fn line_terminators() {
        let naive = |b: &[u8]| b.iter().position(|&c| c == b'\n' || c == b'\r');
        let mut text = b"0123456789abcdef0123456789".to_vec();
        for at in 0..text.len() {
            for eol in [b'\n', b'\r'] {
                let mut t = text.clone();
                t[at] = eol;
                for from in 0..t.len() {
                    assert_eq!(find_eol(&t[from..]), naive(&t[from..]), "{at} {from}");
                }
            }
        }
        text[3] = 0x8a; // high bit set, not a terminator
        text[20] = b'\r';
        assert_eq!(find_eol(&text), Some(20));
        assert_eq!(lines("a\r\nb\rc\n\nd"), vec![(0, "a"), (3, "b"), (5, "c"), (7, ""), (8, "d")]);
        assert_eq!(lines("a\r"), vec![(0, "a")]);
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

    #[test]
    fn the_code_a_wrapper_expected_is_not_the_reply_even_with_words_between() {
        // The number after "expected" and words that only name it ("smtp code", "reply code",
        // "status") is what the program wanted; the number after "got"/"received" is the reply.
        for (input, basic) in [
            ("Error: Expected smtp code 250, got 552", Some(552)),
            ("expected SMTP reply code 354 but received 503", Some(503)),
            ("Unexpected return code - Expected: 250, Got: 553", Some(553)),
            ("Expected response code 250 but got code \"550\", with message \"550 5.7.1 Relaying denied\"", Some(550)),
        ] {
            assert_eq!(codes(&one(input)).0, basic, "{input}");
        }
        // "expected" far before, or in another clause, does not hide a reply.
        assert_eq!(codes(&one("Expected 250. Server said: 550 Mailbox unavailable")).0, Some(550));
    }

    #[test]
    fn orange_reference_on_a_wrapped_line_is_no_second_reply() {
        // A Postfix bounce wraps Orange's reply so that its reference ("OFR005_505 [505]") starts a
        // line of its own (https://github.com/sisimai/p5-sisimai/pull/353): the bracketed number
        // repeats the token's end, so the line still belongs to the 421 reply.
        let f = one("<xxxx@wanadoo.fr>: host smtp-in.orange.fr[80.12.242.9] said: 421 4.2.0\n    Service refuse. Veuillez essayer plus tard. Service refused, please try\n    later. OFR005_505 [505] (in reply to end of DATA command)");
        assert_eq!(codes(&f), (Some(421), Some("4.2.0".to_string())));
        assert!(f.reply.as_ref().is_some_and(|r| r.text.contains("OFR005_505")));
        // Roundcube's bracketed code before the reply's text is still a code.
        assert_eq!(codes(&one("SMTP Error: Failed to send data. [550] Message rejected")).0, Some(550));
    }

    #[test]
    fn codes_after_the_word_error_in_other_languages() {
        // Forum posts and mail clients outside English put their word for "error" before the code.
        for input in ["Ошибка 550 spam message rejected", "Fehler 550 Mailbox unavailable", "Erreur 550 Relay denied", "Błąd 550 user unknown"] {
            assert_eq!(codes(&one(input)).0, Some(550), "{input}");
        }
        // Any other word before a lone number still does not make it a code.
        assert_eq!(codes(&one("Zimmer 550 ist frei")).0, None);
    }

    #[test]
    fn codes_after_escaped_breaks_cjk_words_and_a_host_name() {
        // A line break written as `\n` in a log's string starts a reply.
        assert_eq!(codes(&one(r#"level=debug msg="Writing response to client: \n503 5.5.1 Error: No sender\r\n""#)).0, Some(503));
        // Chinese words and full-width punctuation put no space before the code.
        assert_eq!(codes(&one("邮件投递失败550 Mail content denied")).0, Some(550));
        assert_eq!(codes(&one("邮件发送失败，554 DT:SPM 发送的邮件内容包含了未被许可的信息")).0, Some(554));
        // The answering host's name alone before its reply.
        assert_eq!(codes(&one("freenet.de 550 inconsistent or no DNS PTR record for 192.0.2.1")).0, Some(550));
        // A count after a file's name is no reply.
        assert_eq!(codes(&one("nginx.conf 550 lines read")).0, None);
    }

    #[test]
    fn http_statuses_of_sending_service_apis_are_no_reply_codes() {
        for (input, status) in [
            ("python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized", 401),
            ("Unable to send an email: Forbidden (code 401).", 401),
            ("Exception when calling AccountApi->get_account: (401)\nReason: Unauthorized\nHTTP response body: {}", 401),
            ("irb(main):034:0> err.status_code\n\t=> 422", 422),
            ("WARNING: Send-GraphMailMessage - Error: The remote server returned an error: (403) Forbidden.", 403),
            ("Mailgun API response 401 (UNAUTHORIZED): 'Forbidden'", 401),
            ("{ [\"StatusCode\"]=> int(401) [\"ErrorMessage\"]=> string(3) \"API\" }", 401),
            ("error 400 while sending #<RestClient::Resource @url=\"https://api.mailjet.com/v3/send\">", 400),
            ("[500] Server error: `POST https://api.sendinblue.com/v3/smtp/email` resulted in a `500 Internal Server Error` response", 500),
            ("protected 'apiMessage' => string 'Forbidden.'\n  protected 'code' => int 403", 403),
            ("ResponseError: Unauthorized\n    at client.js:146:29 {\n  code: 401,\n  response: {}\n}", 401),
            ("<HttpError 403 when requesting https://gmail.googleapis.com/gmail/v1/users/me/messages/send?alt=json returned \"x\">", 403),
        ] {
            let f = one(input);
            assert_eq!(codes(&f).0, None, "{input}");
            assert_eq!(f.http_status.map(|s| s.value), Some(status), "{input}");
            let span = f.http_status.unwrap().span;
            assert_eq!(&input[span.start..span.end], status.to_string(), "{input}");
        }
        // SMTP replies keep their codes, also beside words an HTTP reason phrase shares.
        for (input, basic) in [
            ("535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6", 535),
            ("550 5.7.1 Unauthorized relay", 550),
            ("421 4.7.0 Forbidden: too many connections", 421),
            ("Error: Invalid login: 535 Authentication failed (code EAUTH)", 535),
        ] {
            let f = one(input);
            assert_eq!(codes(&f).0, Some(basic), "{input}");
            assert_eq!(f.http_status, None, "{input}");
        }
    }

    #[test]
    fn a_stack_traces_line_numbers_are_no_reply_codes() {
        let f = one("InvalidEmailRequestError: Illegal email address\n    at async UserController.postUsers (/src/server/controllers/UserController.js:500:17)");
        assert_eq!(codes(&f).0, None);
        assert_eq!(codes(&one("in /var/www/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:331")).0, None);
        // A reply after a file's name and a colon is still read.
        assert_eq!(codes(&one("mail.log: 550 5.1.1 User unknown")).0, Some(550));
    }

    #[test]
    fn the_debug_form_of_a_rust_clients_code_is_the_reply_code() {
        let f = one(r#"SMTP failed to send: Permanent(Response { code: Code { severity: PermanentNegativeCompletion, category: MailSystem, detail: Four }, message: ["5.7.1 [2] Message rejected under suspicion of SPAM"] })"#);
        assert_eq!(codes(&f), (Some(554), Some("5.7.1".into())));
        let f = one(r#"Transient(Response { code: Code { severity: TransientNegativeCompletion, category: Connections, detail: One }, message: ["Service not available"] })"#);
        assert_eq!(codes(&f).0, Some(421));
    }
}
