//! Whole messages: an RFC 5322 message (a bounce, possibly MIME `multipart/report`) or an mbox
//! file of several, decoded into the plain text the rest of `parse` reads.
//!
//! What is decoded: folded headers, MIME parts (boundaries, nested `message/rfc822`,
//! `message/delivery-status`, `text/rfc822-headers`, `message/feedback-report`),
//! quoted-printable and base64, charsets (RFC 2046, through `encoding_rs`), RFC 2047 encoded
//! words in headers. What is left out: attachments that are not text, and the body of the
//! returned original message (its Message-ID, Subject and Date are kept aside), unless that
//! message is itself a bounce (a forwarded bounce).
//!
//! The decoded text keeps a map of the stretches that were copied unchanged, so that byte spans
//! found in it can be mapped back to the original input; spans in decoded stretches have no
//! place in the input and are dropped. Every step is a forward scan over a bounded input; the
//! output is bounded by [`MAX_INPUT`].

use std::cell::OnceCell;

use super::{Span, MAX_INPUT};

/// The Message-ID, Subject and Date of the message a bounce returns.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OriginalMessage {
    /// `Message-ID` (without angle brackets).
    pub message_id: Option<String>,
    /// `Subject`, decoded.
    pub subject: Option<String>,
    /// `Date`, as written.
    pub date: Option<String>,
}

impl OriginalMessage {
    fn is_empty(&self) -> bool {
        self.message_id.is_none() && self.subject.is_none() && self.date.is_none()
    }
}

/// A message decoded into text, with the way back to the input.
#[derive(Clone, Debug, Default)]
pub struct Decoded {
    /// The text to parse.
    pub text: String,
    /// Stretches copied unchanged: (start in `text`, start in the input, length), in order.
    map: Vec<(usize, usize, usize)>,
    /// The original message of each message of the input: (start in `text`, original).
    originals: Vec<(usize, OriginalMessage)>,
    /// Each message's notice: (where its body starts in `text`, the bounce's `To` address, which
    /// is the sender, never a failed recipient).
    bodies: Vec<(usize, Option<String>)>,
    /// Where each header block copied into `text` is: (start, end), in order.
    headers: Vec<(usize, usize)>,
    /// Whether the input holds Zoho's code fields anywhere (only then are copied lines checked).
    zoho: bool,
}

impl Decoded {
    /// Where a span of the decoded text is in the input, when it lies in one copied stretch.
    pub fn map_back(&self, span: Span) -> Option<Span> {
        let i = self.map.partition_point(|&(out, _, _)| out <= span.start).checked_sub(1)?;
        let (out, inp, len) = self.map[i];
        (span.end <= out + len).then(|| Span::new(inp + span.start - out, inp + span.end - out))
    }

    /// Starts findings after the bounce's header block, and gives findings without a
    /// recipient the address written with their reply: in the reply
    /// itself, or on the lines just before it (qmail `<a@b>:`, Exim's indented address), never
    /// in the header block or the bounce's own `To`.
    #[inline(never)] // used for a decoded message only (see `decode`)
    pub fn fill_recipients(&self, findings: &mut Vec<super::Finding>) {
        let text = self.text.as_str();
        let mut floor_end = 0;
        // A "reply" read from a message's own header block ("X-UID: 518") is none.
        let in_header = |f: &super::Finding| {
            let i = self.headers.partition_point(|(start, _)| *start <= f.region.start);
            i.checked_sub(1).is_some_and(|i| f.region.end <= self.headers[i].1)
        };
        if findings.iter().any(in_header) {
            findings.retain(|f| !in_header(f));
            if findings.is_empty() {
                // Nothing left: the notice's text as a whole, as `parse` reads text.
                let body = self.bodies.first().map_or(0, |b| b.0).min(text.len());
                let mut finding = super::Finding::new(super::InputKind::Text, Span::new(body, text.len()));
                if let Some((basic, enhanced, codes_end)) = super::reply::find_reply_start(text, body, text.len(), &[]) {
                    finding.reply = Some(super::reply::read_reply(text, basic, enhanced, codes_end, text.len()));
                }
                findings.push(finding);
            }
        }
        // The bounce's own header block (Subject, Authentication-Results ...) says nothing
        // about why delivery failed: a finding that covers the whole input starts after it.
        if let Some(&(body, _)) = self.bodies.first() {
            for finding in findings.iter_mut() {
                if finding.region.start < body && finding.region.end > body {
                    finding.region.start = body;
                }
            }
        }
        for finding in findings.iter_mut() {
            // A lone finding covers the whole input; its reply says where it is.
            let region = finding.reply.as_ref().map_or(finding.region, |r| r.span);
            let i = self.bodies.partition_point(|(start, _)| *start <= region.start);
            let Some((body, sender)) = i.checked_sub(1).map(|i| &self.bodies[i]) else { continue };
            let floor = (*body).max(floor_end.min(region.start));
            floor_end = region.end;
            if finding.recipient.is_some() || region.start < *body {
                continue;
            }
            let not_sender = |a: &String| sender.as_ref().is_none_or(|s| !s.eq_ignore_ascii_case(a));
            // Read with `get`: a span that does not fit the text (fuzzing found one) reads as empty.
            let own = addresses(text.get(region.start..region.end.min(text.len())).unwrap_or("")).into_iter().find(not_sender);
            let before = || {
                let window = text.get(floor..region.start).unwrap_or("");
                let mut lines_back: Vec<&str> = window.lines().rev().take(8).collect();
                lines_back.retain(|l| !l.trim().is_empty());
                lines_back.into_iter().find_map(|l| addresses(l).into_iter().find(not_sender))
            };
            finding.recipient = own.or_else(before);
        }
        // In a notice, the lines just before a reply that are not blank belong to it (the
        // recipient, "SMTP error from remote server after RCPT command:", "host ... said:"):
        // the finding starts there, after the previous one.
        let mut prev_end = self.bodies.first().map_or(0, |b| b.0);
        for finding in findings.iter_mut() {
            let start = finding.region.start;
            // A reply read from a bounce's notice is part of a whole bounce.
            let in_notice = matches!(finding.kind, super::InputKind::Reply | super::InputKind::Text | super::InputKind::Code);
            if in_notice && !self.bodies.is_empty() && start >= self.bodies[0].0 {
                finding.kind = super::InputKind::Dsn;
            } else if in_notice {
                continue;
            }
            if in_notice && start > prev_end && start <= text.len() {
                let mut new_start = start;
                for _ in 0..6 {
                    let Some(line_end) = text[..new_start].strip_suffix('\n').map(str::len) else { break };
                    let line_start = text[..line_end].rfind('\n').map_or(0, |i| i + 1);
                    if line_start < prev_end || text[line_start..line_end].trim().is_empty() {
                        break;
                    }
                    new_start = line_start;
                }
                finding.region.start = new_start;
            }
            prev_end = prev_end.max(finding.region.end);
        }
    }

    /// The original message of the message that holds this offset of the decoded text.
    #[inline(never)] // used for a decoded message only (see `decode`)
    pub fn original_at(&self, offset: usize) -> Option<&OriginalMessage> {
        let i = self.originals.partition_point(|(start, _)| *start <= offset).checked_sub(1)?;
        let original = &self.originals[i].1;
        (!original.is_empty()).then_some(original)
    }

    fn copy(&mut self, input_start: usize, s: &str) {
        if s.is_empty() || self.text.len() + s.len() > MAX_INPUT {
            return;
        }
        if self.zoho && s.contains(ZOHO_CODE) {
            // Rewritten: no longer the input's text.
            self.push(s);
            return;
        }
        let out = self.text.len();
        match self.map.last_mut() {
            Some((o, i, len)) if *o + *len == out && *i + *len == input_start => *len += s.len(),
            _ => self.map.push((out, input_start, s.len())),
        }
        self.text.push_str(s);
    }

    fn push(&mut self, s: &str) {
        let rewritten;
        let s = if s.contains(ZOHO_CODE) {
            rewritten = s.split_inclusive('\n').map(zoho_line).collect::<String>();
            rewritten.as_str()
        } else {
            s
        };
        let room = MAX_INPUT.saturating_sub(self.text.len());
        let mut end = s.len().min(room);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        self.text.push_str(&s[..end]);
    }

    fn newline(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.push("\n");
        }
    }
}

/// Zoho Mail's notices give the reply's codes as fields: "kijitora@example.co.jp Invalid
/// Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <kijitora@example.co.jp>... User Unknown"
/// (the second may be empty: "ERROR_CODE :421, ERROR_CODE :, Host not reachable."). Sisimai
/// sample bounces lhost-zoho-01, -03, -05.
const ZOHO_CODE: &str = "ERROR_CODE :";

/// A notice line with Zoho's code fields, written as the reply it stands for:
/// "... Invalid Address, 550 5.1.1 <kijitora@example.co.jp>... User Unknown".
fn zoho_line(line: &str) -> String {
    let Some(first) = line.find(ZOHO_CODE) else { return line.to_string() };
    let rest = &line[first + ZOHO_CODE.len()..];
    let (basic, rest) = rest.split_once(',').unwrap_or((rest, ""));
    let rest = rest.trim_start();
    let rest = rest.strip_prefix(ZOHO_CODE).map_or(rest, |r| r.trim_start_matches([',', ' ']));
    format!("{}{} {}", &line[..first], basic.trim(), rest)
}

/// How deep MIME parts and enclosed messages are followed.
const MAX_DEPTH: usize = 8;

/// Header names that tell a message from pasted DSN fields or log lines.
const MESSAGE_HEADERS: &[&str] = &[
    "received", "return-path", "from", "to", "subject", "date", "message-id", "mime-version",
    "content-type", "delivered-to", "x-failed-recipients", "auto-submitted", "reply-to", "sender",
];

/// A header field: its name as written (compared without regard to ASCII case) and its value.
/// A folded value is unfolded only when it is asked for: most fields (`Received`,
/// `DKIM-Signature` ...) never are.
struct Field<'a> {
    name: &'a str,
    /// The value on the field's first line, trimmed.
    first: &'a str,
    /// The continuation lines: the input and where they are (start, end).
    more: Option<(&'a str, usize, usize)>,
    unfolded: OnceCell<String>,
}

impl<'a> Field<'a> {
    fn new(name: &'a str, first: &'a str) -> Self {
        Field { name, first: first.trim(), more: None, unfolded: OnceCell::new() }
    }

    /// The value unfolded: CRLF and the leading whitespace of each continuation line become
    /// one space.
    fn value(&self) -> &str {
        let Some((src, start, end)) = self.more else { return self.first };
        self.unfolded.get_or_init(|| {
            let mut value = self.first.to_string();
            let mut pos = start;
            while pos < end {
                let (line, next) = line_at(src, pos, end);
                value.push(' ');
                value.push_str(line.trim());
                pos = next;
            }
            value
        })
    }
}

/// A header block that was read: its fields and where the body starts.
type Headers<'a> = (Vec<Field<'a>>, usize);

/// The header block that starts at `start`: its fields and where the body starts (`None` when
/// the lines there are not a header block).
fn read_headers(src: &str, start: usize, end: usize) -> Option<Headers<'_>> {
    // A bounce's own header block has dozens of fields: room for them at once.
    let mut fields: Vec<Field> = Vec::with_capacity(32);
    let mut pos = start;
    while pos < end {
        let (line, next) = line_at(src, pos, end);
        // A field's line starts with a letter: only other lines are trimmed to see if blank.
        if super::is_blank(line) {
            return Some((fields, next));
        }
        if line.starts_with([' ', '\t']) {
            let last = fields.last_mut()?;
            last.more = Some((src, last.more.map_or(pos, |(_, start, _)| start), next));
        } else {
            // The name: up to the first `:`, at most 76 printable ASCII bytes (looked at byte by
            // byte: a name is short, and most lines of a block are fields).
            let bytes = line.as_bytes();
            let name_len = bytes.iter().take(77).position(|&b| b == b':' || !b.is_ascii_graphic());
            match name_len {
                Some(n) if n > 0 && bytes[n] == b':' => fields.push(Field::new(&line[..n], &line[n + 1..])),
                // No `:` on the line: not a header block.
                _ if !line.contains(':') => return None,
                // Not a field: a header block without the blank line before the body.
                _ => return if fields.is_empty() { None } else { Some((fields, pos)) },
            }
        }
        pos = next;
    }
    Some((fields, end))
}

/// The line at `pos` (without its terminator) and where the next one starts.
fn line_at(src: &str, pos: usize, end: usize) -> (&str, usize) {
    let rest = &src.as_bytes()[pos..end];
    match super::find_eol(rest) {
        Some(i) => {
            let skip = if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            (&src[pos..pos + i], pos + i + skip)
        }
        None => (&src[pos..end], end),
    }
}

/// The value of the first field of that (lowercase) name.
fn header<'a>(fields: &'a [Field], name: &str) -> Option<&'a str> {
    fields.iter().find(|f| f.name.eq_ignore_ascii_case(name)).map(Field::value)
}

/// Whether the text is a message: a header block of known message fields (after an optional
/// mbox `From ` line), then a blank line. Gives where that header block starts and the block.
fn looks_like_message(src: &str) -> Option<(usize, Headers<'_>)> {
    let start = src.len() - src.trim_start_matches(['\r', '\n']).len();
    let (first, next) = line_at(src, start, src.len());
    let from = if first.starts_with("From ") { next } else { start };
    let (fields, body) = read_headers(src, from, src.len())?;
    let known = fields.iter().filter(|f| MESSAGE_HEADERS.iter().any(|h| h.eq_ignore_ascii_case(f.name))).count();
    (known >= 2 && body <= src.len()).then_some((from, (fields, body)))
}

/// Where the messages of an mbox start: lines that begin with `From ` at the start of the input
/// or after a blank line.
fn mbox_starts(src: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    if !src.contains("From ") {
        // Most inputs: one vectorised pass instead of a look at every line.
        return starts;
    }
    let mut previous_blank = true;
    for (offset, line) in super::line_iter(src) {
        if previous_blank && line.starts_with("From ") {
            starts.push(offset);
        }
        previous_blank = super::is_blank(line);
    }
    starts
}

/// Decodes a whole message or mbox; `None` when the input is not a message (then it is read as
/// it is).
pub fn decode_message(src: &str) -> Option<Decoded> {
    let (first_from, first_headers) = looks_like_message(src)?;
    Some(decode(src, first_from, first_headers))
}

/// Decodes the message(s) `looks_like_message` found. Kept out of line (and out of the
/// explanation's main function): the Wasm engine compiles a function when it first runs, so
/// the first explanation of a plain reply does not compile the message decoder.
#[cold]
#[inline(never)]
fn decode<'a>(src: &'a str, first_from: usize, first_headers: Headers<'a>) -> Decoded {
    let mut first_headers = Some(first_headers);
    let mut out = Decoded { text: String::with_capacity(src.len()), zoho: src.contains(ZOHO_CODE), ..Decoded::default() };
    // mbox: messages start with "From " at the start of the input or after a blank line.
    let mut starts = mbox_starts(src);
    if starts.first().is_none_or(|&s| !src[..s].trim().is_empty()) {
        starts.insert(0, 0);
    }
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(src.len());
        let (first, next) = line_at(src, start, end);
        let from = if first.starts_with("From ") { next } else { start };
        out.newline();
        if !out.text.is_empty() {
            out.push("\n");
        }
        let text_start = out.text.len();
        let mut original = OriginalMessage::default();
        // The header block `looks_like_message` read is this one when it ended inside this
        // message (read up to `end` it is the same); otherwise it is read again.
        let headers = match first_headers.take() {
            Some(h) if from == first_from && from < end && h.1 <= end => Some(h),
            _ => read_headers(src, from, end),
        };
        let sender = headers.as_ref().and_then(|(f, _)| header(f, "to").and_then(address_in));
        let body_index = out.bodies.len();
        out.bodies.push((usize::MAX, sender));
        entity_with(src, from, end, headers, 0, true, &mut out, &mut original);
        out.originals.push((text_start, original));
        if out.bodies[body_index].0 == usize::MAX {
            out.bodies[body_index].0 = out.text.len();
        }
    }
    out
}

/// Content type, its parameters and transfer encoding of an entity.
struct ContentType {
    mime: String,
    boundary: Option<String>,
    charset: Option<String>,
    encoding: String,
}

fn content_type(fields: &[Field], default: &str) -> ContentType {
    let value = header(fields, "content-type").unwrap_or(default);
    let mut parts = value.split(';');
    let mime = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let mut boundary = None;
    let mut charset = None;
    for param in parts {
        let Some((name, value)) = param.split_once('=') else { continue };
        let value = value.trim().trim_matches('"').to_string();
        match name.trim().to_ascii_lowercase().as_str() {
            "boundary" if !value.is_empty() => boundary = Some(value),
            "charset" => charset = Some(value.to_ascii_lowercase()),
            _ => {}
        }
    }
    let mime = if mime.contains('/') { mime } else { default.to_string() };
    let encoding = header(fields, "content-transfer-encoding").unwrap_or("7bit").trim().to_ascii_lowercase();
    ContentType { mime, boundary, charset, encoding }
}

/// Reads one entity (a message or a MIME part) of `src[start..end]` into `out`.
fn entity(src: &str, start: usize, end: usize, depth: usize, top: bool, out: &mut Decoded, original: &mut OriginalMessage) {
    entity_with(src, start, end, read_headers(src, start, end), depth, top, out, original);
}

/// [`entity`] with its header block already read (`read_headers(src, start, end)`).
#[allow(clippy::too_many_arguments)]
fn entity_with(src: &str, start: usize, end: usize, headers: Option<Headers>, depth: usize, top: bool, out: &mut Decoded, original: &mut OriginalMessage) {
    let Some((fields, body)) = headers else {
        // No header block: the part is all body, plain text.
        text_body(src, start, end, None, "7bit", "text/plain", out);
        return;
    };
    if top {
        // The bounce's own header block, as written (encoded words decoded).
        let header_start = out.text.len();
        copy_headers(src, start, body, out);
        out.headers.push((header_start, out.text.len()));
        if let Some(last) = out.bodies.last_mut().filter(|b| b.0 == usize::MAX) {
            last.0 = out.text.len();
        }
        if is_auto_reply(&fields) {
            // An automatic answer (RFC 3834): the message arrived. One finding, the replier.
            if let Some(from) = header(&fields, "from").and_then(address_in) {
                out.newline();
                out.push(&format!("\nFinal-Recipient: rfc822; {from}\nAction: delivered\n{AUTO_REPLY_FIELD}\n\n"));
            }
        }
    }
    let ct = content_type(&fields, "text/plain");
    if ct.mime.starts_with("multipart/") && depth < MAX_DEPTH {
        if let Some(boundary) = &ct.boundary {
            if multipart(src, body, end, boundary, depth, &ct.mime, out, original) {
                return;
            }
        }
        text_body(src, body, end, ct.charset.as_deref(), &ct.encoding, "text/plain", out);
        return;
    }
    match ct.mime.as_str() {
        "message/rfc822" | "message/global" | "message/partial" if depth < MAX_DEPTH => {
            let inner_start = body;
            let Some(inner) = read_headers(src, inner_start, end) else {
                text_body(src, body, end, ct.charset.as_deref(), &ct.encoding, "text/plain", out);
                return;
            };
            if is_bounce(&inner.0) {
                // A bounce forwarded or quoted inside a bounce: read it as well.
                out.newline();
                entity_with(src, inner_start, end, Some(inner), depth + 1, true, out, original);
            } else {
                let (inner, _) = inner;
                note_original(&inner, original);
            }
        }
        "message/feedback-report" => {
            // An ARF complaint (RFC 5965): the report as written, then one recipient block per
            // complained-about recipient, for the DSN reader.
            text_body(src, body, end, ct.charset.as_deref(), &ct.encoding, &ct.mime, out);
            feedback_recipients(src, body, end, out);
        }
        "text/rfc822-headers" | "message/rfc822-headers" | "message/global-headers" => {
            if let Some((inner, _)) = read_headers(src, body, end) {
                note_original(&inner, original);
            }
        }
        mime if mime.starts_with("text/") || mime.starts_with("message/") => {
            text_body(src, body, end, ct.charset.as_deref(), &ct.encoding, mime, out);
        }
        _ => {}
    }
    if original.is_empty() && top {
        inline_original(src, body, end, original);
    }
}

/// The field that marks the delivered-notice block written for an automatic answer (RFC 3834
/// §5.1), so that later steps can tell an auto-reply from a delivery report.
pub const AUTO_REPLY_FIELD: &str = "Auto-Submitted: auto-replied";

/// The diagnostic type of the recipient blocks written for a feedback report (RFC 5965), so
/// that later steps can tell a complaint from a bounce.
pub const ARF_DIAGNOSTIC: &str = "X-ARF;";

/// Whether a message is an automatic answer (RFC 3834 `Auto-Submitted: auto-replied`, or the
/// fields and subjects vacation programs use) rather than a delivery report.
fn is_auto_reply(fields: &[Field]) -> bool {
    let value = |name| header(fields, name).unwrap_or("").to_ascii_lowercase();
    let subject = value("subject");
    let from = value("from");
    // Exim marks its bounces `auto-replied` too.
    let bounce = value("content-type").contains("report-type")
        || header(fields, "x-failed-recipients").is_some()
        || ["mailer-daemon", "postmaster", "mail delivery", "mail-daemon"].iter().any(|p| from.contains(p))
        || ["fail", "undeliver", "undelivered", "returned", "delivery", "error", "rejected", "bounce"].iter().any(|p| subject.contains(p));
    if bounce {
        return false;
    }
    value("auto-submitted").starts_with("auto-replied")
        || header(fields, "x-autoreply").is_some()
        || header(fields, "x-autorespond").is_some()
        || value("precedence").contains("auto_reply")
        || ["auto reply", "auto-reply", "autoreply", "automatic reply", "out of office", "out of the office"].iter().any(|p| subject.starts_with(p))
}

/// The mail addresses in a text, in order (`local@domain.tld`, the domain with a dot).
fn addresses(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let local = |c: u8| c.is_ascii_alphanumeric() || b"._%+-=/'!#$&*?^`{|}~".contains(&c);
    let domain = |c: u8| c.is_ascii_alphanumeric() || c == b'.' || c == b'-';
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'@' {
            let mut s = i;
            while s > 0 && local(b[s - 1]) {
                s -= 1;
            }
            let mut e = i + 1;
            while e < b.len() && domain(b[e]) {
                e += 1;
            }
            let address = text[s..e].trim_end_matches(['.', '-']).trim_start_matches(['.', '\'']);
            if let Some((l, d)) = address.split_once('@') {
                if !l.is_empty() && d.contains('.') && !d.starts_with('.') {
                    out.push(address.to_string());
                }
            }
            i = e.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// The address in a `From:`-like value (`Name <a@b>` or `a@b`).
fn address_in(value: &str) -> Option<String> {
    let inner = match (value.rfind('<'), value.rfind('>')) {
        (Some(s), Some(e)) if s < e => &value[s + 1..e],
        _ => value,
    };
    let address = inner.split_whitespace().find(|w| w.contains('@'))?.trim_matches(['"', '\'', ',', ';']);
    (!address.is_empty()).then(|| address.to_string())
}

/// The recipients an ARF report is about: its `Original-Rcpt-To` fields, each written as a
/// `Final-Recipient` block (without an action: a complaint is not a delivery failure).
fn feedback_recipients(src: &str, body: usize, end: usize, out: &mut Decoded) {
    let Some((fields, _)) = read_headers(src, body, end) else { return };
    let feedback = header(&fields, "feedback-type").unwrap_or("abuse").to_string();
    let mut any = false;
    for field in fields.iter().filter(|f| f.name.eq_ignore_ascii_case("original-rcpt-to")) {
        if let Some(address) = address_in(field.value()) {
            out.newline();
            out.push(&format!("\nFinal-Recipient: rfc822; {address}\nDiagnostic-Code: {ARF_DIAGNOSTIC} Feedback-Type: {feedback}\n"));
            any = true;
        }
    }
    if !any {
        // A report that names no recipient (an RFC 6591 authentication failure report) is
        // still one report.
        out.newline();
        out.push(&format!("\nDiagnostic-Code: {ARF_DIAGNOSTIC} Feedback-Type: {feedback}\n"));
    }
    out.push("\n");
}

/// Whether an enclosed message is itself a bounce (rather than the message that bounced).
fn is_bounce(fields: &[Field]) -> bool {
    let ct = header(fields, "content-type").unwrap_or("").to_ascii_lowercase();
    if ct.contains("report-type=delivery-status") || ct.contains("report-type=\"delivery-status\"") {
        return true;
    }
    let from = header(fields, "from").unwrap_or("").to_ascii_lowercase();
    from.contains("mailer-daemon") || from.contains("postmaster@")
}

fn note_original(fields: &[Field], original: &mut OriginalMessage) {
    if !original.is_empty() {
        return;
    }
    original.message_id = header(fields, "message-id").map(|v| v.trim().trim_start_matches('<').trim_end_matches('>').to_string()).filter(|v| !v.is_empty());
    original.subject = header(fields, "subject").map(decode_words);
    original.date = header(fields, "date").map(str::to_string);
}

/// A copy of the original message inside a plain-text bounce (qmail, Exim ...): the first
/// header block with a `Message-ID` after the notice.
fn inline_original(src: &str, body: usize, end: usize, original: &mut OriginalMessage) {
    let mut pos = body;
    while pos < end {
        let (line, next) = line_at(src, pos, end);
        let lower = line.trim_start_matches(['>', ' ']);
        if lower.len() > 11 && lower.as_bytes()[..11].eq_ignore_ascii_case(b"message-id:") {
            // Back up to the start of this header block.
            let mut block = pos;
            let head = &src[body..pos];
            if let Some(blank) = head.rfind("\n\n").or_else(|| head.rfind("\n\r\n")) {
                block = body + blank + 1;
            }
            let block = block + src[block..pos].len() - src[block..pos].trim_start_matches(['\r', '\n']).len();
            let mut fields = Vec::new();
            let mut p = block;
            while p < end {
                let (l, n) = line_at(src, p, end);
                let l = l.trim_start_matches(['>', ' ']);
                if l.trim().is_empty() {
                    break;
                }
                if let Some((name, value)) = l.split_once(':') {
                    if name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                        fields.push(Field::new(name, value));
                    }
                }
                p = n;
            }
            note_original(&fields, original);
            return;
        }
        pos = next;
    }
}

/// The parts of a multipart body; false when no boundary line was found.
#[allow(clippy::too_many_arguments)]
fn multipart(src: &str, body: usize, end: usize, boundary: &str, depth: usize, mime: &str, out: &mut Decoded, original: &mut OriginalMessage) -> bool {
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut part_start: Option<usize> = None;
    let mut preamble_end = None;
    // Only lines that start with "--" and the boundary matter: they are searched for (one
    // vectorised search over a part's body, which may be a long returned message) rather than
    // every line read. A line starts at `body` or after a line end (`\n`, `\r`).
    let delimiter = format!("--{boundary}");
    let mut pos = body;
    while pos < end {
        let Some(found) = src[pos..end].find(&delimiter) else { break };
        let at = pos + found;
        if at > body && !matches!(src.as_bytes()[at - 1], b'\n' | b'\r') {
            pos = at + 1;
            continue;
        }
        pos = at;
        let (line, next) = line_at(src, pos, end);
        if let Some(rest) = line.strip_prefix("--").and_then(|l| l.strip_prefix(boundary)) {
            let rest = rest.trim_end();
            if rest.is_empty() || rest == "--" {
                if let Some(s) = part_start.take() {
                    parts.push((s, pos));
                } else {
                    preamble_end.get_or_insert(pos);
                }
                if rest == "--" {
                    break;
                }
                part_start = Some(next);
            }
        }
        pos = next;
    }
    if let Some(s) = part_start {
        parts.push((s, end));
    }
    if parts.is_empty() {
        return false;
    }
    if let Some(pre) = preamble_end {
        // Some mail systems write their notice before the first part.
        let preamble = &src[body..pre];
        if preamble.contains('@') || preamble.bytes().any(|b| b.is_ascii_digit()) {
            out.newline();
            out.copy(body, preamble);
        }
    }
    // multipart/alternative: the plain-text part when there is one.
    let alternative = mime == "multipart/alternative";
    let mut chosen: Vec<(usize, usize)> = parts.clone();
    if alternative {
        let plain = parts.iter().find(|&&(s, e)| read_headers(src, s, e).is_none_or(|(f, _)| content_type(&f, "text/plain").mime == "text/plain"));
        if let Some(&p) = plain {
            chosen = vec![p];
        }
    }
    for (s, e) in chosen {
        out.newline();
        entity(src, s, e, depth + 1, false, out, original);
    }
    true
}

/// Copies a header block, decoding encoded words where there are any.
fn copy_headers(src: &str, start: usize, end: usize, out: &mut Decoded) {
    let block = &src[start..end];
    if !out.zoho && !block.contains("=?") && out.text.len() + block.len() <= MAX_INPUT {
        // Nothing to decode: the whole block at once, as the lines one by one would be copied.
        out.copy(start, block);
        return;
    }
    let mut pos = start;
    while pos < end {
        let (line, next) = line_at(src, pos, end);
        if line.contains("=?") {
            let decoded = decode_words(line);
            if decoded != line {
                out.push(&decoded);
                out.push("\n");
                pos = next;
                continue;
            }
        }
        out.copy(pos, &src[pos..next]);
        pos = next;
    }
}

/// Whether text in this charset reads the same as ASCII/UTF-8 (no conversion needed).
fn is_utf8_like(charset: Option<&str>) -> bool {
    match charset {
        None => true,
        Some(c) => matches!(c, "utf-8" | "utf8" | "us-ascii" | "ascii" | "uft-8" | "unicode-1-1-utf-7" | "utf-7" | "") || c.starts_with("x-unknown"),
    }
}

/// Decodes and copies a text body.
fn text_body(src: &str, start: usize, end: usize, charset: Option<&str>, encoding: &str, mime: &str, out: &mut Decoded) {
    if start >= end {
        return;
    }
    out.newline();
    let html = mime == "text/html";
    match encoding {
        "base64" => {
            let bytes = base64(&src.as_bytes()[start..end]);
            let text = to_utf8(&bytes, charset);
            out.push(&if html { strip_html(&text) } else { text });
        }
        "quoted-printable" if !html => quoted_printable(src, start, end, charset, out),
        "quoted-printable" => {
            let mut bytes = Vec::new();
            for (_, line) in super::lines(&src[start..end]) {
                qp_line(line, &mut bytes);
            }
            out.push(&strip_html(&to_utf8(&bytes, charset)));
        }
        _ if html => out.push(&strip_html(&to_utf8(&src.as_bytes()[start..end], charset))),
        _ => {
            // 7bit/8bit: the text is already UTF-8 (the caller read it so); only the 7-bit
            // charsets with escape sequences (ISO-2022-*) need decoding, line by line.
            let escapes = !is_utf8_like(charset);
            // Without lines to convert, the lines go in one copy (the same text and map as line
            // by line) when the whole body fits and no line is rewritten by `copy` itself.
            let batch = !escapes && !out.zoho && out.text.len() + (end - start) <= MAX_INPUT;
            let mut pos = start;
            let mut run = start;
            while pos < end {
                let (line, next) = line_at(src, pos, end);
                if starts_returned_copy(line) {
                    // The returned message itself: its fields are read by `inline_original`.
                    break;
                }
                if escapes && line.contains('\u{1b}') {
                    out.copy(run, &src[run..pos]);
                    out.push(&to_utf8(line.as_bytes(), charset));
                    out.push("\n");
                    run = next;
                } else if !batch {
                    out.copy(pos, &src[pos..next]);
                    run = next;
                }
                pos = next;
            }
            out.copy(run, &src[run..pos]);
        }
    }
}

/// Whether a line introduces the copy of the original message that plain-text bounces append
/// (qmail, Exim, Sendmail V5, IMail, Domino ...): the notice ends there.
fn starts_returned_copy(line: &str) -> bool {
    let l = line.trim();
    if l.len() < 16 || l.len() > 90 {
        return false;
    }
    let ends = |suffix: &str| l.len() >= suffix.len() && l.as_bytes()[l.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes());
    let framed = l.starts_with(['-', '=', '*', '[']) || ends("follows") || ends("follows.") || ends("follows:") || l.ends_with(':');
    if !framed {
        return false;
    }
    let l = l.to_ascii_lowercase();
    ["original message", "copy of the message", "copy of your message", "unsent message", "returned message", "message headers follow", "header of the original", "headers of the original"]
            .iter()
            .any(|p| l.contains(p))
}

/// Quoted-printable, line by line: lines without `=` (in a charset read as UTF-8) are copied
/// unchanged, the others decoded.
fn quoted_printable(src: &str, start: usize, end: usize, charset: Option<&str>, out: &mut Decoded) {
    let plain = is_utf8_like(charset);
    let mut pending: Vec<u8> = Vec::new();
    let mut pos = start;
    while pos < end {
        let (line, next) = line_at(src, pos, end);
        if pending.is_empty() && !line.contains('=') && (plain || line.is_ascii()) {
            out.copy(pos, &src[pos..next]);
        } else {
            let soft = qp_line(line, &mut pending);
            if !soft {
                pending.push(b'\n');
                out.push(&to_utf8(&pending, charset));
                pending.clear();
            }
        }
        pos = next;
    }
    if !pending.is_empty() {
        out.push(&to_utf8(&pending, charset));
    }
}

/// Decodes one quoted-printable line into `bytes`; true when it ends in a soft line break.
fn qp_line(line: &str, bytes: &mut Vec<u8>) -> bool {
    let line = line.trim_end_matches([' ', '\t']);
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // The run up to the next `=`, as it is.
        let Some(run) = line[i..].find('=') else {
            bytes.extend_from_slice(&b[i..]);
            break;
        };
        bytes.extend_from_slice(&b[i..i + run]);
        i += run;
        if i + 1 == b.len() {
            return true;
        }
        let hex = |c: u8| (c as char).to_digit(16);
        if let (Some(h), Some(l)) = (b.get(i + 1).and_then(|&c| hex(c)), b.get(i + 2).and_then(|&c| hex(c))) {
            bytes.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        bytes.push(b'=');
        i += 1;
    }
    false
}

/// Tolerant base64: skips what is not in the alphabet, stops at padding.
fn base64(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len() / 4 * 3);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for &c in input {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => {
                acc = 0;
                bits = 0;
                continue;
            }
            _ => continue,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// Bytes in a charset, as UTF-8 (unknown charsets and UTF-8 lossily).
fn to_utf8(bytes: &[u8], charset: Option<&str>) -> String {
    if let Some(label) = charset.filter(|c| !is_utf8_like(Some(c))) {
        if let Some(text) = charset_decode(bytes, label) {
            return text;
        }
    }
    String::from_utf8_lossy(bytes).into_owned()
}

/// Natively: every charset `encoding_rs` knows (the WHATWG Encoding Standard's labels).
#[cfg(not(target_arch = "wasm32"))]
fn charset_decode(bytes: &[u8], label: &str) -> Option<String> {
    let label = match label {
        // Labels mail systems use that the Encoding Standard does not list.
        "cp932" | "ms932" | "x-sjis" | "sjis" => "shift_jis",
        "iso-2022-jp-1" | "iso-2022-jp-2" | "iso-2022-jp-3" => "iso-2022-jp",
        "ks_c_5601-1987" | "cp949" | "uhc" => "euc-kr",
        "cp936" | "gb_2312-80" => "gbk",
        other => other,
    };
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes())?;
    Some(encoding.decode_without_bom_handling(bytes).0.into_owned())
}

/// In the WebAssembly build the tables of `encoding_rs` (about 134 KB gzip) do not fit the size
/// budget (250 KB before the first card): only
/// Latin-1 (and its Windows superset) is decoded there; other charsets are read as UTF-8.
#[cfg(target_arch = "wasm32")]
fn charset_decode(bytes: &[u8], label: &str) -> Option<String> {
    matches!(label, "iso-8859-1" | "latin1" | "l1" | "windows-1252" | "cp1252" | "iso-8859-15")
        .then(|| bytes.iter().map(|&b| b as char).collect())
}

/// RFC 2047 encoded words (`=?charset?B|Q?text?=`) decoded; whitespace between two encoded
/// words dropped.
pub(super) fn decode_words(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    let mut last_was_word = false;
    while let Some(i) = rest.find("=?") {
        let before = &rest[..i];
        let after = &rest[i + 2..];
        let word = after.split_once('?').and_then(|(charset, r)| {
            let (kind, r) = r.split_once('?')?;
            let end = r.find("?=")?;
            Some((charset, kind, &r[..end], &r[end + 2..]))
        });
        match word {
            Some((charset, kind, text, tail)) if kind.len() == 1 && !charset.is_empty() && !text.contains(' ') => {
                if !(last_was_word && before.trim().is_empty()) {
                    out.push_str(before);
                }
                let bytes = if kind.eq_ignore_ascii_case("b") {
                    base64(text.as_bytes())
                } else {
                    let mut bytes = Vec::new();
                    qp_line(&text.replace('_', " "), &mut bytes);
                    bytes
                };
                let charset = charset.split('*').next().unwrap_or("").to_ascii_lowercase();
                out.push_str(&to_utf8(&bytes, Some(&charset)));
                last_was_word = true;
                rest = tail;
            }
            _ => {
                out.push_str(&rest[..i + 2]);
                last_was_word = false;
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of an HTML part: tags dropped, block ends as line breaks, common entities decoded.
fn strip_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(tag_on) = tail.strip_prefix('<') {
            // An unclosed tag runs to the end of the text.
            let (inner, after) = tag_on.split_once('>').unwrap_or((tag_on, ""));
            let tag = inner.trim_start_matches('/').to_ascii_lowercase();
            if ["br", "p", "div", "tr", "li", "h1", "h2", "h3", "table"].iter().any(|t| tag.starts_with(t)) {
                out.push('\n');
            }
            rest = after;
        } else {
            let end = tail.bytes().take(9).position(|b| b == b';');
            match end.map(|e| &tail[1..e]) {
                Some("amp") => out.push('&'),
                Some("lt") => out.push('<'),
                Some("gt") => out.push('>'),
                Some("quot") => out.push('"'),
                Some("nbsp") => out.push(' '),
                Some(num) if num.starts_with('#') => {
                    let n = num[1..].strip_prefix(['x', 'X']).map_or_else(|| num[1..].parse().ok(), |h| u32::from_str_radix(h, 16).ok());
                    out.push(n.and_then(char::from_u32).unwrap_or('\u{fffd}'));
                }
                _ => {
                    out.push('&');
                    rest = &tail[1..];
                    continue;
                }
            }
            rest = &tail[end.unwrap_or(0) + 1..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_words() {
        assert_eq!(decode_words("=?UTF-8?B?w6lsw6g=?= x"), "élè x");
        assert_eq!(decode_words("=?iso-8859-1?Q?caf=E9_au?= =?iso-8859-1?Q?_lait?="), "café au lait");
        assert_eq!(decode_words("no words =? here"), "no words =? here");
    }

    #[test]
    fn quoted_printable_and_spans() {
        let src = "From: MAILER-DAEMON@example.org\nSubject: x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nline one\n550 5.1.1 user unkn=\nown caf=C3=A9\nplain 421\n";
        let d = decode_message(src).unwrap();
        assert!(d.text.contains("550 5.1.1 user unknown café\n"), "{}", d.text);
        let at = d.text.find("plain 421").unwrap();
        let back = d.map_back(Span::new(at, at + 9)).unwrap();
        assert_eq!(&src[back.start..back.end], "plain 421");
        let at = d.text.find("unknown").unwrap();
        assert_eq!(d.map_back(Span::new(at, at + 7)), None);
    }

    #[test]
    fn multipart_mbox_base64_and_charsets() {
        let one = "From MAILER-DAEMON Sat Dec  5 10:00:00 2026\r\nFrom: MAILER-DAEMON@example.org\r\nTo: sender@example.com\r\nSubject: =?ISO-2022-JP?B?GyRCJVMlcyUlGyhC?=\r\nContent-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"b1\"\r\n\r\npreamble\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nNTUwIDUuMS4xIFVzZXIgdW5rbm93bg==\r\n--b1\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; a@example.org\r\nAction: failed\r\n\r\n--b1\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <m1@example.com>\r\nSubject: =?UTF-8?Q?caf=C3=A9?=\r\n\r\n--b1--\r\n";
        let mbox = format!("{one}\r\n{}", one.replace("m1@", "m2@"));
        let d = decode_message(&mbox).unwrap();
        assert!(d.text.contains("550 5.1.1 User unknown"), "{}", d.text);
        assert!(!d.text.contains("=?ISO-2022-JP"), "{}", d.text);
        let at = d.text.find("Final-Recipient").unwrap();
        let back = d.map_back(Span::new(at, at + 15)).unwrap();
        assert_eq!(&mbox[back.start..back.end], "Final-Recipient");
        assert_eq!(d.original_at(at).unwrap().message_id.as_deref(), Some("m1@example.com"));
        assert_eq!(d.original_at(at).unwrap().subject.as_deref(), Some("café"));
        let second = d.text.rfind("Final-Recipient").unwrap();
        assert_eq!(d.original_at(second).unwrap().message_id.as_deref(), Some("m2@example.com"));
        assert!(!d.text.contains("preamble"));
    }

    #[test]
    fn zoho_code_fields_read_as_a_reply() {
        assert_eq!(
            zoho_line("a@example.co.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@example.co.jp>... User Unknown\n"),
            "a@example.co.jp Invalid Address, 550 5.1.1 <a@example.co.jp>... User Unknown\n"
        );
        assert_eq!(zoho_line("b@example.jp Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable."), "b@example.jp Error, 421 Host not reachable.");
        assert_eq!(zoho_line("no fields here"), "no fields here");
    }

    /// The findings of a whole message, as `explain` makes them.
    fn findings(src: &str) -> (Decoded, Vec<super::super::Finding>) {
        let d = decode_message(src).unwrap();
        let mut findings = super::super::parse(&d.text).findings;
        d.fill_recipients(&mut findings);
        (d, findings)
    }

    #[test]
    fn no_reply_from_the_header_block() {
        let src = "From: Postmaster@example.jp\nTo: <info@example.net>\nSubject: Mail System Error\nX-UID: 518\nX-UIDL: 518\n\nThe user(s) account is disabled.\n\n<a@example.jp>\n";
        let (d, f) = findings(src);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].reply.as_ref().is_none_or(|r| r.basic.is_none()), "{f:?}");
        assert!(d.text[f[0].region.start..f[0].region.end].contains("account is disabled"));
    }

    #[test]
    fn notice_lines_before_a_reply_belong_to_it() {
        let src = "From: MAILER-DAEMON@gmx.example\nTo: s@example.com\nSubject: Mail delivery failed\n\nThe following address failed:\n\n\"a@example.co.jp\":\nSMTP error from remote server after RCPT command:\nhost: mx.example.co.jp\n5.2.1 <a@example.co.jp>... User Unknown\n\"b@example.co.jp\":\nSMTP error from remote server after RCPT command:\nhost: mx.example.co.jp\n5.2.2 <b@example.co.jp>... Mailbox Full\n";
        let (d, f) = findings(src);
        assert_eq!(f.len(), 2, "{f:?}");
        for finding in &f {
            let region = &d.text[finding.region.start..finding.region.end];
            assert!(region.starts_with('"') && region.contains("after RCPT command"), "{region:?}");
            assert_eq!(finding.kind, super::super::InputKind::Dsn);
        }
        assert_eq!(f[1].recipient.as_deref(), Some("b@example.co.jp"));
    }

    #[test]
    fn not_a_message() {
        assert!(decode_message("550 5.1.1 user unknown").is_none());
        assert!(decode_message("Reporting-MTA: dns; x\nArrival-Date: y\n\nFinal-Recipient: rfc822; a@b").is_none());
    }
}
