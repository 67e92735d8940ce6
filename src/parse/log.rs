//! Mail server log lines and bounce bodies: their fields, recipients and remote hosts.
//!
//! - Text logs: Postfix (smtp, lmtp, local, virtual, error, smtpd, postscreen, cleanup, qmgr,
//!   bounce), Exim main and reject logs, Sendmail, qmail (multilog), OpenSMTPD, Haraka, Dovecot
//!   LDA/LMTP: `key=value` fields and each program's markers.
//! - Records: Exchange message tracking, Microsoft 365 message trace exports and PowerMTA
//!   accounting (CSV, read by their header line, or without one by their values), KumoMTA
//!   (JSON): one finding per record, its region the reply's field.
//! - Lines of a mail system that are not about a delivery (connects, warnings about a
//!   client's hostname, "DKIM-Signature field added", statistics, queue bookkeeping, records
//!   of a message received): a finding marked `not_delivery`, explained as nothing.
//!
//! The readers of log lines only (fields, recipients, records) are `#[inline(never)]`: the
//! Wasm engine compiles a function when it first runs, so explaining a plain reply first
//! compiles only the line loop, not the log readers merged into it.

use super::dsn::{clean_address, parse_action};
use super::reply::{find_reply_start, read_reply};
use super::{DsnAction, Finding, InputKind, Located, ParsedReply, Span};
use crate::code::{BasicCode, EnhancedCode};
use crate::util;

/// Whether a line looks like a mail server log line.
pub(super) fn looks_like_log(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let trimmed = lower.trim_start();
    if is_banner(trimmed) {
        return false;
    }
    ["** ", "== ", "=> ", "-> ", "<= "].iter().any(|m| trimmed.strip_prefix(m).is_some_and(names_an_address))
        || bounce_body_recipient(line).is_some()
        || contains_any(lower.as_bytes(), LOG_MARKERS, &LOG_MARKER_STARTS)
        || (util::contains(&lower, " rejected ") && exim_line(line))
        // Both markers end with "> ".
        || (util::contains(line, "> ") && (exim_marker_after_id(line, "=> ").is_some() || exim_marker_after_id(line, "-> ").is_some()))
}

/// Whether a (trimmed) line is a notice's banner, not Exim's failure marker: `** Message blocked
/// **`, Gmail's `** Address not found **`, Sendmail's `**      THIS IS A WARNING MESSAGE ONLY
/// **` (savemail.c).
fn is_banner(trimmed: &str) -> bool {
    trimmed.starts_with("** ") && trimmed.trim_end().ends_with(" **")
}

/// Whether the text after one of Exim's flags (`** `, `== `, `=> ` ...) can be the address it
/// flags: never an Elixir or Erlang error's `** (ArgumentError) ...`, `** (exit) ...` or
/// `** exception error: ...` (the runtimes' own report format).
fn names_an_address(rest: &str) -> bool {
    !rest.starts_with('(') && !rest.starts_with("exception ")
}

/// Words of a (lowercased) line that make it a log line.
const LOG_MARKERS: &[&str] = &[
    "status=", "stat=", " said:", "smtp error from remote", "noqueue: reject", "postfix/", "exim", " ** ", " == ", "dsn=", "deferred:",
    " rejected rcpt ", "reject=", ": failure: ", " lmtp(", " lda(", " deliver(", ": deferral: ", ": success: ", "result=", "[outbound]",
];

/// The first two bytes of [`LOG_MARKERS`].
const LOG_MARKER_STARTS: WordStarts = word_starts(LOG_MARKERS);

/// For each byte, the words (one bit each) whose first byte it is, and whose second.
type WordStarts = ([u32; 256], [u32; 256]);

/// The [`WordStarts`] of at most 32 words of at least two bytes.
const fn word_starts(words: &[&str]) -> WordStarts {
    assert!(words.len() <= 32);
    let (mut first, mut second) = ([0u32; 256], [0u32; 256]);
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_bytes();
        assert!(w.len() >= 2);
        first[w[0] as usize] |= 1 << i;
        second[w[1] as usize] |= 1 << i;
        i += 1;
    }
    (first, second)
}

/// Whether one of `words` occurs in `text` (`starts`: their [`word_starts`]): one pass over a
/// short line, comparing only the words whose first two bytes are there, instead of a search
/// per word.
fn contains_any(text: &[u8], words: &[&str], starts: &WordStarts) -> bool {
    (1..text.len()).any(|i| {
        let mut candidates = starts.0[text[i - 1] as usize] & starts.1[text[i] as usize];
        while candidates != 0 {
            if text[i - 1..].starts_with(words[candidates.trailing_zeros() as usize].as_bytes()) {
                return true;
            }
            candidates &= candidates - 1;
        }
        false
    })
}

/// Whether a line of `text` is an Exim main log line: a message id, then an arrival (`<= `),
/// failure (`** `), deferral (`== `) or delivery (`=> `, `-> `) marker (the Exim specification's
/// "Log files" chapter, https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/doc/doc-docbook/spec.xfpt).
pub(crate) fn exim_main_log(text: &str) -> bool {
    // Each marker is looked for in the whole text at once, not line by line (a marker holds no
    // line break): one search per marker instead of one per line and marker, and first the
    // quick `contains` (most texts hold no marker).
    let after_id = |at: usize| after_exim_id(&text[text[..at].rfind('\n').map_or(0, |n| n + 1)..at]);
    ["** ", "== ", "=> ", "-> ", "<= "].iter().any(|m| util::contains(text, m) && text.match_indices(m).any(|(at, _)| after_id(at)))
}

/// Where Exim's delivery marker (`=> `, `-> `) stands right after a message id
/// (`1tJ2Ab-00000A-1a`, `1abcDE-000123-AB`): not any arrow in a transcript or a reply.
fn exim_marker_after_id(line: &str, marker: &str) -> Option<usize> {
    line.match_indices(marker).map(|(at, _)| at).find(|&at| after_exim_id(&line[..at]))
}

/// Whether the start of a line up to a marker (`before`) ends in an Exim message id and a space.
fn after_exim_id(before: &str) -> bool {
    if !before.ends_with(' ') {
        return false;
    }
    let id = before.trim_end().rsplit(' ').next().unwrap_or("");
    let mut parts = id.split('-');
    let part_ok = |part: &str| !part.is_empty() && part.bytes().all(|c| c.is_ascii_alphanumeric());
    parts.next().is_some_and(|first| first.len() == 6 && part_ok(first))
        && parts.next().is_some_and(part_ok)
        && parts.next().is_some_and(part_ok)
        && parts.next().is_none()
}

/// Header names of a message copied into a log (Exim's reject log writes the rejected
/// message's header lines after its entry: `P Received: ...`, `F From: ...`, `  Subject: ...`,
/// `Envelope-from: <...>`; spec "Log files", "Reject log").
const LOGGED_HEADERS: &[&str] = &[
    "received", "subject", "from", "to", "cc", "bcc", "reply-to", "sender", "message-id", "date", "return-path", "mime-version", "content-type",
    "content-transfer-encoding", "dkim-signature", "references", "in-reply-to", "user-agent", "x-mailer", "list-unsubscribe",
];

/// Whether a line is a message header line copied into Exim's reject log: `Envelope-from:` /
/// `Envelope-to:`, or a flag character (or a space), a space and a header name.
pub(super) fn exim_logged_header(line: &str) -> bool {
    if line.starts_with("Envelope-from: ") || line.starts_with("Envelope-to: ") {
        return true;
    }
    let b = line.as_bytes();
    if b.len() < 4 || !(b[0] == b' ' || b[0].is_ascii_uppercase() || b[0] == b'*') || b[1] != b' ' {
        return false;
    }
    let rest = &line[2..];
    rest.split_once(": ").is_some_and(|(name, _)| LOGGED_HEADERS.iter().any(|h| name.eq_ignore_ascii_case(h)))
}

/// Whether an indented line starts an entry of its own (Exim's per-recipient blocks).
pub(super) fn starts_entry(line: &str) -> bool {
    let lower = line.trim_start().to_ascii_lowercase();
    ["** ", "== ", "=> ", "-> ", "<= "].iter().any(|m| lower.starts_with(m)) || lower.starts_with("smtp error from remote")
}

/// Reads `key=value` fields of log lines: `to=<..>`, `relay=..`, `dsn=..`, `status=..`, `stat=..`.
#[inline(never)]
pub(super) fn read_log_fields(line_offset: usize, line: &str, finding: &mut Finding, skip: &mut Vec<Span>) {
    let lower = line.to_ascii_lowercase();
    let value_at = |key: &str| -> Option<(usize, &str)> {
        let mut search = 0;
        while let Some(pos) = util::find(&lower[search..], key) {
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
    // Sendmail's `ruleset=check_rcpt, arg1=<addr>, relay=client [ip], reject=550 ...`: the
    // recipient is arg1 and the relay is the connecting client, not a remote server.
    let sendmail_reject = util::contains(&lower, "reject=") && util::contains(&lower, "ruleset=");
    if sendmail_reject {
        if let Some((_, v)) = value_at("arg1=").filter(|(_, v)| v.contains('@')) {
            finding.recipient = Some(clean_address(v));
        }
    }
    if let Some((at, v)) = value_at("relay=").filter(|_| !sendmail_reject) {
        // OpenSMTPD: `relay="192.0.2.1 (mx.example.org)"`.
        let quoted = line[at + 6..].strip_prefix('"').and_then(|r| r.find('"').map(|e| &r[..e]));
        let host = match quoted {
            Some(q) => q.split_once(" (").map_or(q, |(_, name)| name.trim_end_matches(')')),
            None => v.split(['[', ',']).next().unwrap_or(""),
        };
        let host = host.trim().trim_end_matches('.');
        // Postfix names its local transports (`relay=local`, `virtual`, `dovecot`): a remote
        // server has a dot or an address in brackets.
        let remote = host.contains('.') || v.contains('[') || quoted.is_some();
        if remote && !host.is_empty() && host != "none" && host != "local" {
            finding.remote_host = Some(host.to_string());
        }
        finding.fields.push(Span::new(line_offset + at, line_offset + at + 5));
    }
    // Haraka: `[outbound] recipient <bob@example.org> rejected: 550 ...`.
    if finding.recipient.is_none() {
        if let Some(p) = util::find(&lower, "[outbound] recipient <") {
            let rest = &line[p + 22..];
            if let Some(addr) = rest.split('>').next().filter(|a| a.contains('@')) {
                finding.recipient = Some(clean_address(addr));
            }
        }
    }
    // Dovecot LDA/LMTP: the user in `lmtp(bob@example.org)`, when it is an address.
    if finding.recipient.is_none() {
        let user = [" lmtp(", " lda(", " deliver("].iter().find_map(|w| util::find(&lower, w).map(|p| p + w.len())).and_then(|p| line[p..].split(')').next());
        if let Some(user) = user.filter(|u| u.contains('@') && !u.contains(' ')) {
            finding.recipient = Some(clean_address(user));
        }
    }
    // Postfix `host mx.example.org[192.0.2.1] said:` / `refused to talk to me:`; Exim
    // deliveries `H=mx.example.org [192.0.2.1]`; Haraka `host=mx.example.org`.
    if finding.remote_host.is_none() {
        let exim_delivery = [" ** ", " == "].iter().any(|m| lower.contains(m)) || exim_marker_after_id(line, "=> ").is_some() || exim_marker_after_id(line, "-> ").is_some();
        let host = if let Some(p) = util::find(&lower, "host ").filter(|&p| util::contains(&lower[p..], "] said:") || util::contains(&lower[p..], "] refused to talk")) {
            line[p + 5..].split(['[', ' ']).next()
        } else if let Some(p) = ["connect to ", "lost connection with ", "conversation with "].iter().find_map(|w| lower.find(w).map(|p| p + w.len())) {
            // Postfix `connect to mx.example.org[192.0.2.7]:25: Connection timed out`.
            line[p..].split_once('[').map(|(h, _)| h).filter(|h| !h.contains(' '))
        } else if let Some(p) = util::find(&lower, ": host ").filter(|_| exim_delivery) {
            // Exim `... after RCPT TO:<addr>: host mx.example.org [192.0.2.1]: 550 ...`.
            line[p + 7..].split(' ').next()
        } else if let Some(p) = [": failure: ", ": deferral: ", ": success: "].iter().find_map(|w| lower.find(w).map(|p| p + w.len())) {
            // qmail: `success: 192.0.2.1_accepted_message./...`, `deferral: Connected_to_192.0.2.1_but_greeting_failed./`.
            line[p..].split('/').next().unwrap_or("").split('_').map(|w| w.trim_end_matches('.')).find(|h| looks_like_ip(h))
        } else if let Some(p) = util::find(&lower, " h=").filter(|_| exim_delivery) {
            line[p + 3..].split(['[', ' ', ':']).next()
        } else {
            value_at("host=").map(|(_, v)| v)
        };
        if let Some(host) = host.map(|h| h.trim().trim_matches('"').trim_end_matches('.')).filter(|h| !h.is_empty() && !h.starts_with('(')) {
            finding.remote_host = Some(host.to_string());
        }
    }
    if let Some((at, v)) = value_at("dsn=") {
        if let Some(code) = EnhancedCode::parse(v.trim_end_matches([',', ';'])) {
            let start = line_offset + at + 4;
            let span = Span::new(start, start + code.to_string().len());
            finding.status = Some(Located { value: code, span });
            skip.push(span);
        }
    }
    // Exim's main log: `** addr` failed, `== addr` deferred, `=> addr` / `-> addr` delivered.
    // Inside a line a flag counts only after a message id (`... 1YtF1t-0001vw-M8 ** bob@example.com`):
    // a notice flattened onto one line ("... ** THIS IS A WARNING MESSAGE ONLY ** ...") is no Exim
    // line; a failure or deferral flag may also open the line (exigrep's and bounces' indented form).
    let flags = [("** ", DsnAction::Failed), ("== ", DsnAction::Delayed), ("=> ", DsnAction::Delivered), ("-> ", DsnAction::Delivered)];
    let trimmed = lower.trim_start();
    let banner = is_banner(trimmed);
    for (marker, action) in flags.into_iter().filter(|_| !banner) {
        let opens_line = !matches!(action, DsnAction::Delivered) && trimmed.strip_prefix(marker).is_some_and(names_an_address);
        let at = if opens_line { Some(lower.len() - trimmed.len()) } else { exim_marker_after_id(line, marker) };
        if let Some(at) = at {
            let start = line_offset + at;
            finding.action.get_or_insert(Located { value: action, span: Span::new(start, start + 2) });
        }
    }
    // OpenSMTPD `result="PermFail"` / `"TempFail"` / `"Ok"`; qmail `delivery 1: failure:` /
    // `deferral:` / `success:`; Haraka `[outbound] delivered` / `bounce`.
    let words: [(&str, DsnAction); 13] = [
        // Exim's reject log: `temporarily rejected RCPT <addr>: greylisted` (a 4xx was sent).
        (" temporarily rejected ", DsnAction::Delayed),
        ("result=\"permfail\"", DsnAction::Failed),
        ("result=\"tempfail\"", DsnAction::Delayed),
        ("result=\"ok\"", DsnAction::Delivered),
        (": failure: ", DsnAction::Failed),
        (": deferral: ", DsnAction::Delayed),
        (": success: ", DsnAction::Delivered),
        ("[outbound] delivered ", DsnAction::Delivered),
        ("[outbound] bounce", DsnAction::Failed),
        // Haraka's outbound/hmail.js: `Temp failing <file> for 64 seconds: <error>`.
        ("[outbound] temp failing ", DsnAction::Delayed),
        // Haraka's HMailItem.temp_fail() (debug level): `Temp fail for: Tried all MXs`
        // (https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/outbound/hmail.js#L1335).
        ("[outbound] temp fail for: ", DsnAction::Delayed),
        // Dovecot LDA/LMTP: `lmtp(bob@example.org)<..>: msgid=<..>: saved mail to INBOX`.
        (": saved mail to ", DsnAction::Delivered),
        // Pigeonhole Sieve's keep/fileinto: `sieve: msgid=<..>: stored mail into mailbox 'INBOX'`
        // (src/lib-sieve/sieve-actions.c).
        (": stored mail into mailbox ", DsnAction::Delivered),
    ];
    for (word, action) in words {
        if let Some(at) = lower.find(word) {
            let start = line_offset + at;
            finding.action.get_or_insert(Located { value: action, span: Span::new(start, start + word.len()) });
        }
    }
    // Not an ACL's own test ("condition test deferred:", Exim's warn statements): a check that
    // could not decide is no message held back.
    if let Some(at) = util::find(&lower, "deferred:").filter(|&at| !lower[..at].ends_with("test ")) {
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
}

/// The reason in parentheses of a log line without a reply code (Postfix's own words).
#[inline(never)]
pub(super) fn log_reason(line: &str) -> &str {
    let lower = line.to_ascii_lowercase();
    let Some(pos) = util::find(&lower, "status=") else { return "" };
    let rest = &line[pos..];
    match (rest.find('('), rest.rfind(')')) {
        (Some(open), Some(close)) if close > open => rest[open + 1..close].trim(),
        _ => "",
    }
}

/// Exim: `** addr R=...`, `== addr ...`, `SMTP error from remote mail server after RCPT TO:<addr>`.
#[inline(never)]
pub(super) fn exim_recipient(line: &str) -> Option<String> {
    let spaced = format!(" {line}");
    let line = spaced.as_str();
    for marker in [" ** ", " == ", " -> ", " => "] {
        if let Some(pos) = line.find(marker) {
            // `=> bob@example.org R=...`, or a local part with the address after it:
            // `=> bob <bob@example.org> R=localuser`.
            let mut words = line[pos + marker.len()..].split_whitespace();
            let addr = words.next()?;
            let addr = if addr.contains('@') { addr } else { words.next().filter(|w| w.starts_with('<') && w.contains('@')).unwrap_or(addr) };
            if addr.contains('@') {
                return Some(clean_address(addr.trim_end_matches(':')));
            }
        }
    }
    let lower = line.to_ascii_lowercase();
    let (pos, skip) = match util::find(&lower, "rcpt to:<") {
        Some(p) => (p, 9),
        None => (util::find(&lower, "rejected rcpt <")?, 15),
    };
    let rest = &line[pos + skip..];
    rest.find('>').map(|end| clean_address(&rest[..end]))
}

/// A bounce body's line that holds one address and nothing else: qmail's `<bob@example.org>:`,
/// Sendmail's `<bob@example.org>` under "The following addresses had permanent fatal errors",
/// Exim's indented `  bob@example.org` under "The following address(es) failed", and the lists
/// of failed recipients in other bounce templates.
pub(super) fn address_line(line: &str) -> Option<&str> {
    let t = line.trim();
    let t = t.strip_suffix(':').unwrap_or(t).trim_end();
    let t = t.strip_prefix('<').and_then(|r| r.strip_suffix('>')).unwrap_or(t);
    let (local, domain) = t.split_once('@')?;
    let local_ok = !local.is_empty() && !local.bytes().any(|b| b.is_ascii_whitespace() || matches!(b, b'<' | b'>' | b'@' | b'(' | b')' | b',' | b';' | b'"' | b'|'));
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') || b >= 0x80);
    (local_ok && domain_ok).then_some(t)
}

/// The recipient of a bounce body that names it on a line of its own: the nearest such line
/// before the reply (`reply`: its span and text), or in the whole text when there is none. A
/// reply that quotes addresses of its own must quote that one (else it may be about another
/// address, such as the sender's).
pub(super) fn body_recipient(text: &str, reply: Option<(usize, &str)>) -> Option<String> {
    let anchor = reply.map_or(text.len(), |(start, _)| start);
    let before = &text[..anchor.min(text.len())];
    // Each reading needs an `@` on the line: only the lines that hold one are read.
    let addr = lines_with_at(before)
        .filter_map(|line| address_line(line).or_else(|| failed_recipient_field(line)))
        .last()
        .or_else(|| lines_with_at(before).find_map(delivered_to))?;
    let addr = clean_address(addr);
    match reply {
        Some((_, reply)) if reply.contains('@') => reply.to_ascii_lowercase().contains(&addr.to_ascii_lowercase()).then_some(addr),
        _ => Some(addr),
    }
}

/// The lines of `text` (as `line_iter` cuts them: at LF, CR or CRLF) that hold an `@`, in
/// order: found from the `@`s (a `memchr` search) rather than by reading every line.
fn lines_with_at(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + text.get(from..)?.find('@')?;
        let start = bytes[..at].iter().rposition(|&b| b == b'\n' || b == b'\r').map_or(0, |i| i + 1);
        let end = super::find_eol(&bytes[at..]).map_or(bytes.len(), |i| at + i);
        from = end;
        Some(&text[start..end])
    })
}

/// SmarterMail's delivery failure notice names each recipient on a line of its own,
/// `Failed Recipient: bob@example.org` under "Could not deliver message to the following
/// recipient(s):" (the notice as a host's knowledge base quotes it,
/// <http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx>).
fn failed_recipient_field(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let label = t.get(..17).filter(|l| l.eq_ignore_ascii_case("failed recipient:"))?;
    address_line(&t[label.len()..])
}

/// SmarterMail's heading of a delivery failure notice: it is sent once SmarterMail has given
/// up on the recipients listed under it (same source as [`failed_recipient_field`]).
pub(super) const SMARTERMAIL_FAILED: &str = "Could not deliver message to the following recipient(s):";

/// The address a notice's sentence says the message was for: "Could not be delivered to:
/// <bob@example.jp>" (au one net), "There was an error delivering your mail to <bob@...>"
/// (DragonFly Mail Agent's dma), "Your message to bob@example.com couldn't be delivered"
/// (Exchange Online). The address comes right after "to" (or "to:"), and a word about the
/// delivery or the message is among the three words before it.
pub(super) fn delivered_to(line: &str) -> Option<&str> {
    // No address without an `@`: most lines are passed over with one search.
    if !line.contains('@') {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    words.windows(2).enumerate().find_map(|(i, pair)| {
        let to = pair[0].eq_ignore_ascii_case("to") || pair[0].eq_ignore_ascii_case("to:");
        if !to {
            return None;
        }
        let addr = pair[1].trim_end_matches(['.', ',', ';', ':']);
        let about = words[i.saturating_sub(3)..i].iter().any(|w| {
            let starts = w.len() >= 7 && w.as_bytes()[..7].eq_ignore_ascii_case(b"deliver");
            starts || w.eq_ignore_ascii_case("message") || w.eq_ignore_ascii_case("mail") || w.eq_ignore_ascii_case("email")
        });
        about.then(|| address_line(addr)).flatten()
    })
}

/// Postfix bounce body: `<addr>: host mx.example.com[192.0.2.1] said: ...`.
pub(super) fn bounce_body_recipient(line: &str) -> Option<(String, Option<String>)> {
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


// ---------------------------------------------------------------------------------------------
// Lines that are not about a delivery.

/// Words of a log line that make it about a delivery even without a reply code. Sendmail writes a
/// recipient's result after the address (`<bob@example.com>... No such user here`, usrerr's
/// "%s... %s"). Postfix smtpd's "lost connection after STARTTLS" is a broken-off TLS handshake,
/// unlike its other "lost connection after" notes.
const DELIVERY_WORDS: &[&str] = &[
    "status=", "stat=", "dsn=", "said:", "reject", " ** ", " == ", " => ", " -> ", "failure:", "deferral:", "success:", "result=",
    "refused to talk", "error from remote", "lost connection with", "connect to ", "deferred", "bounced", "response=",
    "saved mail to", "delivered", "retry time not reached", "conversation with", "timed out", ">... ", "after starttls",
];

/// The programs of a mail system whose syslog lines are judged (others, such as a web
/// application logging its mail client's errors, are not): Postfix (`postfix/...`,
/// `postfix-instance/...`), Sendmail, OpenSMTPD, Exim, Dovecot, the milters and filters
/// around them, and the daemons that share their log.
const MAIL_PROGRAMS: &[&str] = &[
    "sendmail", "sm-mta", "sm-msp-queue", "smtpd", "exim", "exim4", "dovecot", "opendkim", "opendmarc", "amavis", "amavisd", "spamd", "clamd",
    "clamav-milter", "policyd-spf", "postgrey", "rspamd", "saslauthd", "qmail", "cron", "systemd", "kernel", "sshd", "spamass-milter",
    "milter-greylist", "haraka", "courier", "courieresmtpd",
];

/// Whether a line is an Exim main or reject log line: date, time, an optional `[pid]`, then a
/// message id (`1tJ2Ab-00000A-1a`) or the reject log's `H=`, or one of Exim's own phrases.
fn exim_line(line: &str) -> bool {
    let b = line.as_bytes();
    if !(b.len() > 20 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[7] == b'-' && b[10] == b' ' && b[13] == b':') {
        return false;
    }
    let mut words = line.split(' ').filter(|w| !w.is_empty());
    let third = words.nth(2).unwrap_or("");
    let third = if third.starts_with('[') { words.next().unwrap_or("") } else { third };
    let parts: Vec<&str> = third.split('-').collect();
    let exim_id = parts.len() == 3 && parts[0].len() == 6 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_alphanumeric()));
    exim_id || third.starts_with("H=") || ["no host name found", "SMTP connection from", "Start queue run", "End queue run"].iter().any(|p| line.contains(p))
}

/// Whether a line is a mail system's log line with a timestamp first: a syslog line (RFC 3164
/// `Dec  5 10:00:00 host prog[pid]: `, or an ISO time) of one of [`MAIL_PROGRAMS`] or
/// Postfix; an Exim main or reject log line (`2026-12-05 10:00:00 ` and a message id or
/// `H=`); a multilog line (`@4000...`, qmail).
fn mail_log_line(line: &str) -> bool {
    let b = line.as_bytes();
    if b.len() > 26 && b[0] == b'@' && b[1..25].iter().all(u8::is_ascii_hexdigit) && b[25] == b' ' {
        return true;
    }
    // "Dec  5 10:00:00", or "Dec 5 10:00:00" as pasted text often collapses the padding.
    let colon = if b.len() > 9 && b[5] == b' ' { 8 } else { 9 };
    let bsd = b.len() > 16 && b[..3].iter().all(u8::is_ascii_alphabetic) && b[3] == b' ' && b[colon] == b':' && b[colon + 3] == b':';
    let iso = b.len() > 19 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[7] == b'-' && matches!(b[10], b' ' | b'T') && b[13] == b':';
    if !bsd && !iso {
        return false;
    }
    if iso && b[10] == b' ' {
        return exim_line(line);
    }
    let mut words = line.split(' ').filter(|w| !w.is_empty());
    // Syslog: the timestamp (three words for RFC 3164, one for ISO), the host, the program.
    let program = words.nth(if bsd { 4 } else { 2 }).unwrap_or("");
    let name = program.split(['[', ':']).next().unwrap_or("");
    name.starts_with("postfix") || MAIL_PROGRAMS.iter().any(|p| name.eq_ignore_ascii_case(p))
}

/// qmail-send's `starting delivery 42: msg 1234 to remote bob@example.org`: the delivery
/// number and the recipient, which the later `delivery 42: failure: ...` line does not repeat.
pub(super) fn qmail_starting(line: &str) -> Option<(&str, &str)> {
    let p = line.find("starting delivery ")?;
    let rest = &line[p + 18..];
    let (id, rest) = rest.split_once(':')?;
    let addr = rest.split_whitespace().last()?;
    (id.bytes().all(|b| b.is_ascii_digit()) && addr.contains('@')).then_some((id, addr))
}

/// The delivery number of a qmail `delivery 42: failure: ...` line.
pub(super) fn qmail_delivery_id(line: &str) -> Option<&str> {
    // The words come after "delivery " (the caller looks for it first).
    let p = [": failure: ", ": deferral: ", ": success: "].iter().find_map(|w| line.find(w))?;
    let before = &line[..p];
    let id = before.rsplit(' ').next()?;
    (before[..before.len() - id.len()].ends_with("delivery ") && id.bytes().all(|b| b.is_ascii_digit())).then_some(id)
}

/// Whether a log line is not about a delivery: a mail system's log line ([`mail_log_line`]) with no
/// reply code and none of the words of a delivery result (connects, disconnects, `client=`,
/// `message-id=`, queue lines, warnings about a connecting client's hostname, "DKIM-Signature
/// field added", statistics, Exim's arrival `<=` and `Completed` lines). `has_code`: whether a
/// reply code was found in the line.
pub(super) fn not_about_delivery(line: &str, has_code: bool) -> bool {
    if has_code || !mail_log_line(line) {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    if DELIVERY_WORDS.iter().any(|w| lower.contains(w)) {
        return false;
    }
    // What a mail system logs about a connecting client or its own bookkeeping, whatever
    // words follow (Postfix smtpd/postscreen/cleanup/qmgr/anvil, OpenDKIM, Exim).
    let bookkeeping = NOT_DELIVERY_WORDS.iter().any(|w| lower.contains(w));
    // Other lines with words of a failure (a client's failed authentication, a TLS problem,
    // spam found, a blocklist hit) are explained: they mean something, though no delivery.
    bookkeeping || !FAILURE_WORDS.iter().any(|w| lower.contains(w))
}

/// Lines a mail system logs about a connecting client or its own bookkeeping: never a
/// delivery result, whatever words follow (Postfix smtpd_peer.c, smtpd.c, postscreen(8),
/// anvil(8), cleanup(8), qmgr(8); OpenDKIM; Exim's main log).
const NOT_DELIVERY_WORDS: &[&str] = &[
    "warning: hostname ", "address not listed for hostname", "connect from ", "disconnect from ", "dkim-signature field added", "statistics:",
    " client=", "message-id=", ": removed", "(queue active)", "lost connection after ", "timeout after ", "too many errors after ",
    "improper command pipelining", "non-smtp command from", "connect from [", "pass new ", "pass old ", "whitelisted ", "dnsbl rank ",
    " <= ", " completed", "no host name found for ip address",
    // Postfix's warning about its own settings ("warning: restriction `reject_authenticated_sender_login_mismatch'
    // ignored: no SASL support"): the parameter's name is no refusal.
    "warning: restriction ",
];

/// Words of a failure that keep a mail system's log line explained.
/// "exceeded": anvil's "Connection rate limit exceeded: 61 from host[ip] for service smtp" (Postfix smtpd.c);
/// "denylisted": postscreen's "DENYLISTED [ip]:port" (postscreen.c); "revoked" and "required":
/// Exim's "Server certificate revoked", "a TLS session is required, but ..."; "is unavailable": Postfix's "warning:
/// btree:/etc/aliases is unavailable" (dict_open.c).
const FAILURE_WORDS: &[&str] = &[
    "fail", "error", "spam", "virus", "denied", "refused", "blocked", "quota", "invalid", "unable", "problem", "infected", "unreachable",
    "exceeded", "denylisted", "revoked", "required", "is unavailable",
    // Postfix's mail loop warnings ("host %s greeted me with my own hostname %s", "mail for %s loops back to
    // myself", src/smtp/smtp_proto.c, src/smtp/smtp_addr.c).
    "my own hostname", "loops back to myself",
    // Sendmail: "collect: read timeout on connection from %s" (also "unexpected close", collect.c),
    // syserr()'s "SYSERR(root): Too many hops" (err.c); Postfix's "fatal:" (msg_fatal).
    "collect:", "syserr", "fatal",
];

// ---------------------------------------------------------------------------------------------
// Structured records: CSV with a header line (Exchange message tracking, Microsoft 365 message
// trace exports, PowerMTA accounting) and KumoMTA's JSON log records.

/// What a column of a CSV log holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Col {
    /// The recipient: Exchange `recipient-address`, PowerMTA `rcpt`, Microsoft 365 `RecipientAddress`.
    Recipient,
    /// What happened: Exchange `event-id`, PowerMTA `type`, Microsoft 365 `Status` / `Event`.
    Event,
    /// A DSN action word: PowerMTA `dsnAction`.
    Action,
    /// A DSN status code: PowerMTA `dsnStatus`.
    Status,
    /// The reply: Exchange `recipient-status`, PowerMTA `dsnDiag`, Microsoft 365 `Detail`.
    Reply,
    /// The remote server's name: PowerMTA `dsnMta`.
    Host,
    /// PowerMTA `bounceCat`: PowerMTA's own category of the bounce (`bad-mailbox`,
    /// `policy-related` ...), written after the reply.
    BounceCat,
    /// Exchange `server-hostname`: the destination server of a SEND event (for other events
    /// it may be the logging server itself, so it is read only for SEND).
    SendHost,
    /// The remote server's address: PowerMTA `dlvDestinationIp`, Microsoft 365 `ToIP`.
    HostIp,
    /// The envelope sender: Exchange `sender-address`, Microsoft 365 `sender_address`, PowerMTA `orig`.
    Sender,
    /// Anything else.
    Other,
}

/// The columns of a CSV log, from its header line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Header {
    pub(super) cols: Vec<Col>,
}

/// A column's meaning from its name (compared without case, `-`, `_` and spaces).
///
/// Sources: Exchange message tracking fields,
/// <https://learn.microsoft.com/en-us/exchange/mail-flow/transport-logs/message-tracking>;
/// Microsoft 365 `Get-MessageTrace` / `Get-MessageTraceDetail` output (Received, SenderAddress,
/// RecipientAddress, Status, ToIP, FromIP; Date, Event, Action, Detail, Data),
/// <https://learn.microsoft.com/en-us/powershell/module/exchange/get-messagetrace>;
/// PowerMTA accounting record fields (type, timeLogged, orig, rcpt, orcpt, dsnAction,
/// dsnStatus, dsnDiag, dsnMta, bounceCat, dlvSourceIp, dlvDestinationIp, vmta ...), PowerMTA
/// User's Guide section "Accounting records", <https://serverok.in/doc/pmta/UsersGuide.html>.
fn column(name: &str) -> Col {
    // The name lower-cased without `-`, `_`, spaces and quotes, in a small buffer (the names
    // read are short; a longer one is some other column).
    let mut buf = [0u8; 24];
    let mut len = 0;
    for b in name.bytes().filter(|b| !matches!(b, b'-' | b'_' | b' ' | b'"')) {
        if len == buf.len() {
            return Col::Other;
        }
        buf[len] = b.to_ascii_lowercase();
        len += 1;
    }
    match std::str::from_utf8(&buf[..len]).unwrap_or("") {
        "recipientaddress" | "rcpt" | "recipient" | "recipients" => Col::Recipient,
        "eventid" | "event" | "type" | "status" | "deliverystatus" => Col::Event,
        "dsnaction" | "action" => Col::Action,
        "dsnstatus" => Col::Status,
        "recipientstatus" | "dsndiag" | "detail" => Col::Reply,
        "senderaddress" | "sender" | "orig" => Col::Sender,
        "dsnmta" => Col::Host,
        "bouncecat" => Col::BounceCat,
        "serverhostname" => Col::SendHost,
        "dlvdestinationip" | "dlvdesintationip" | "toip" => Col::HostIp,
        _ => Col::Other,
    }
}

/// Splits a CSV line into the spans of its fields (relative to the line, quotes excluded).
fn csv_fields(line: &str) -> Vec<(usize, usize)> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        if b.get(i) == Some(&b'"') {
            let start = i + 1;
            let mut j = start;
            while j < b.len() {
                if b[j] == b'"' {
                    if b.get(j + 1) == Some(&b'"') {
                        j += 2;
                        continue;
                    }
                    break;
                }
                j += 1;
            }
            out.push((start, j.min(b.len())));
            i = b[j.min(b.len())..].iter().position(|&c| c == b',').map_or(b.len(), |p| j + p);
        } else {
            let end = b[i..].iter().position(|&c| c == b',').map_or(b.len(), |p| i + p);
            out.push((i, end));
            i = end;
        }
        if i >= b.len() {
            break;
        }
        i += 1;
    }
    out
}

/// Reads a CSV header line: Exchange's `#Fields: date-time,client-ip,...`, or a first line of
/// column names that holds a recipient column and an event, action or reply column.
pub(super) fn read_header(line: &str) -> Option<Header> {
    // A file written by PowerShell's Export-Csv or Excel may start with a byte order mark.
    let t = line.trim_start_matches('\u{feff}').trim();
    let names = match t.strip_prefix("#Fields:") {
        Some(rest) => rest,
        // Commas counted first (most lines have none), then the `@` looked for.
        None if t.bytes().filter(|&c| c == b',').count() >= 2 && !t.contains('@') => t,
        None => return None,
    };
    let cols: Vec<Col> = csv_fields(names).into_iter().map(|(s, e)| column(&names[s..e])).collect();
    let has = |c: Col| cols.contains(&c);
    // Three columns read at least (not a table heading in a notice, "Recipient, Status,
    // Reason"), one of them the recipient. The Microsoft 365 extended trace report has no
    // recipient column: its `recipient_status` holds `addr##Receive, Deliver`.
    let known = cols.iter().filter(|&&c| c != Col::Other).count();
    let fields = t.starts_with("#Fields:") || known >= 3;
    let extended = names.to_ascii_lowercase().replace(['_', '-'], "").contains("recipientstatus") && has(Col::Sender);
    ((fields && has(Col::Recipient) && (has(Col::Event) || has(Col::Action) || has(Col::Reply))) || extended).then_some(Header { cols })
}

/// Whether a line is a header of a log file that is not a CSV header (Exchange's `#Software:`,
/// `#Version:`, `#Log-type:`, `#Date:`).
pub(super) fn is_log_preamble(line: &str) -> bool {
    ["#Software:", "#Version:", "#Log-type:", "#Date:", "#TYPE "].iter().any(|p| line.starts_with(p))
}

/// What an event or record type says: `Some(Some(action))` for a delivery result,
/// `Some(None)` for an event that is not about a delivery, `None` when unknown.
///
/// Exchange event ids (DELIVER, SEND, FAIL, DEFER, RECEIVE, RESOLVE, EXPAND ...): "Event types
/// in the message tracking log", learn.microsoft.com (see [`column`]); Microsoft 365 trace
/// status (Delivered, Failed, Pending, Expanded, Quarantined, FilteredAsSpam, GettingStatus);
/// PowerMTA record types (d delivered, b bounced, t transient, tq transient-queue, r received,
/// f feedback loop, rb/rs remote bounce/status): PowerMTA User's Guide, "Accounting records".
fn event_action(value: &str) -> Option<Option<DsnAction>> {
    let v = value.trim().to_ascii_lowercase();
    Some(match v.as_str() {
        // DROP: "A message was dropped without a delivery status notification".
        "fail" | "failed" | "deliverfail" | "submitfail" | "resubmitfail" | "haredirectfail" | "badmail" | "drop" | "b" | "bounce" | "rb" => {
            Some(DsnAction::Failed)
        }
        "defer" | "deferred" | "pending" | "submitdefer" | "resubmitdefer" | "throttle" | "t" | "tq" | "transient" => Some(DsnAction::Delayed),
        "deliver" | "delivered" | "send" | "send external" | "duplicatedeliver" | "d" | "delivery" => Some(DsnAction::Delivered),
        "receive" | "harereceive" | "submit" | "clientsubmission" | "resolve" | "expand" | "expanded" | "redirect" | "transfer" | "dsn" | "agentinfo"
        | "notifymapi" | "notifyshadow" | "process" | "processmeetingmessage" | "initmessagecreated" | "load" | "haredirect" | "hadiscard"
        | "duplicateexpand" | "duplicateredirect" | "moderatorapprove" | "moderatedrouting" | "suppressed" | "resubmit"
        | "poisonmessage" | "quarantined" | "filteredasspam" | "filtered as spam" | "gettingstatus" | "getting status" | "none" | "r" | "f" | "rs"
        | "received" | "feedback" => None,
        _ => return None,
    })
}

/// Exchange 2013 and later: the fields of a message tracking log line, in order (for a line
/// without its `#Fields:` header); learn.microsoft.com, "Message tracking" (see [`column`]).
const EXCHANGE_FIELDS: &str = "date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version";

/// The columns of a CSV record line without a header: an Exchange tracking line (an ISO time
/// ending in `Z`, an upper-case event id in the ninth field), or a PowerMTA accounting line (a
/// record type first, then a DSN action word somewhere after the recipient: orcpt and other
/// optional fields move the columns, so they are found by their values).
fn guess_columns(line: &str, fields: &[(usize, usize)]) -> Option<Vec<Col>> {
    let field = |i: usize| fields.get(i).map_or("", |&(s, e)| &line[s..e]);
    let first = field(0);
    if first.len() >= 20 && first.ends_with('Z') && first.as_bytes()[10] == b'T' && fields.len() >= 14 {
        let event = field(8);
        if !event.is_empty() && event.bytes().all(|c| c.is_ascii_uppercase()) && event_action(event).is_some() {
            return read_header(&format!("#Fields: {EXCHANGE_FIELDS}")).map(|h| h.cols);
        }
    }
    if matches!(first, "d" | "b" | "t" | "tq" | "r" | "f" | "rb" | "rs") && fields.len() >= 6 {
        let action_at = (1..fields.len()).find(|&i| super::dsn::parse_action(field(i)).is_some())?;
        let rcpt_at = (1..action_at).rev().find(|&i| field(i).contains('@'))?;
        let mut cols = vec![Col::Other; fields.len()];
        cols[0] = Col::Event;
        cols[rcpt_at] = Col::Recipient;
        cols[action_at] = Col::Action;
        // The User's Guide's order: dsnAction, dsnStatus, dsnDiag, dsnMta, bounceCat.
        for (k, col) in [Col::Status, Col::Reply, Col::Host, Col::BounceCat].into_iter().enumerate() {
            if action_at + 1 + k < cols.len() {
                cols[action_at + 1 + k] = col;
            }
        }
        return Some(cols);
    }
    None
}

/// A CSV record line read with its columns (from the header, or guessed): one finding, its
/// region the reply's column (so a subject or a sender address never decides), or a finding
/// marked `not_delivery`. None when the line is not such a record.
pub(super) fn csv_record(text: &str, offset: usize, line: &str, header: Option<&Header>) -> Option<Finding> {
    // Without a header line only a row of six fields or more is read (`guess_columns`).
    let commas = line.bytes().filter(|&b| b == b',').count();
    if commas == 0 || (header.is_none() && commas < 5) {
        return None;
    }
    csv_row(text, offset, line, header)
}

#[inline(never)]
fn csv_row(text: &str, offset: usize, line: &str, header: Option<&Header>) -> Option<Finding> {
    let fields = csv_fields(line);
    // A row of the header's table has about as many fields (not a log line of another kind).
    if header.is_some_and(|h| fields.len() * 2 < h.cols.len()) {
        return None;
    }
    let guessed;
    let cols: &[Col] = match header {
        Some(h) => &h.cols,
        None => {
            guessed = guess_columns(line, &fields)?;
            &guessed
        }
    };
    let at = |col: Col| cols.iter().position(|&c| c == col).and_then(|i| fields.get(i).copied()).filter(|(s, e)| e > s);
    let mut finding = Finding::new(InputKind::LogLine, Span::new(offset, offset));
    finding.own_region = true;
    let mut known_event = false;
    // An event that is not a delivery result (or one no table here names) makes the row
    // nothing to explain, unless its DSN action says otherwise (PowerMTA `rs`/`rb` records).
    let mut other_event = false;
    if let Some((s, e)) = at(Col::Event) {
        match event_action(&line[s..e]) {
            Some(Some(action)) => {
                finding.action = Some(Located { value: action, span: Span::new(offset + s, offset + e) });
                known_event = true;
            }
            Some(None) | None => other_event = true,
        }
    }
    if let Some((s, e)) = at(Col::Action) {
        if let Some(action) = parse_action(line[s..e].trim()) {
            finding.action = Some(Located { value: action, span: Span::new(offset + s, offset + e) });
            known_event = true;
            other_event = false;
        }
    }
    if other_event {
        finding.not_delivery = true;
        return Some(finding);
    }
    if let Some((s, e)) = at(Col::Recipient) {
        let value = &line[s..e];
        let value = value.split(';').find(|v| v.contains('@')).unwrap_or(value);
        let value = value.trim().strip_prefix("rfc822;").unwrap_or(value.trim());
        if value.contains('@') {
            finding.recipient = Some(clean_address(value));
        }
    }
    let sent = at(Col::Event).is_some_and(|(s, e)| line[s..e].eq_ignore_ascii_case("send"));
    let host = at(Col::Host).or(at(Col::SendHost).filter(|_| sent)).map(|(s, e)| line[s..e].split(" (").next().unwrap_or("").trim()).filter(|h| !h.is_empty());
    let ip = at(Col::HostIp).map(|(s, e)| line[s..e].trim()).filter(|h| !h.is_empty());
    finding.remote_host = host.or(ip).map(str::to_string);
    if let Some((s, e)) = at(Col::Status) {
        let word = line[s..e].split_whitespace().next().unwrap_or("");
        if let Some(code) = EnhancedCode::parse(word) {
            finding.status = Some(Located { value: code, span: Span::new(offset + s, offset + s + word.len()) });
        }
    }
    if let Some((s, e)) = at(Col::Reply).filter(|(s, e)| line[*s..*e].contains("##")) {
        // Microsoft 365 extended report: `bob@example.org##Receive, Fail` (the first recipient;
        // its last event says what happened).
        let value = &line[s..e];
        let first = value.split(';').next().unwrap_or(value);
        if let Some((addr, events)) = first.split_once("##") {
            if addr.contains('@') {
                finding.recipient.get_or_insert_with(|| clean_address(addr.trim()));
            }
            let last = events.rsplit(',').next().unwrap_or("").trim();
            let at = s + first.len() - events.len() + events.rfind(last).unwrap_or(0);
            match event_action(last) {
                Some(Some(action)) => {
                    finding.action = Some(Located { value: action, span: Span::new(offset + at, offset + at + last.len()) });
                    return Some(finding);
                }
                Some(None) => {
                    finding.not_delivery = true;
                    return Some(finding);
                }
                None => return None,
            }
        }
    }
    if let Some((s, e)) = at(Col::Reply) {
        let (from, to) = (offset + s, offset + e);
        // Microsoft 365 trace detail: `Reason: [{LED=550 5.1.10 ...};{MSG=};{FQDN=mx.example.org};{IP=192.0.2.1};{LRT=}]`.
        if finding.remote_host.is_none() {
            let inner = |key: &str| {
                let v = &line[s..e];
                v.find(key).map(|p| &v[p + key.len()..]).and_then(|r| r.split('}').next()).map(str::trim).filter(|h| !h.is_empty())
            };
            finding.remote_host = inner("{FQDN=").or_else(|| inner("{IP=")).map(str::to_string);
        }
        finding.region = Span::new(from, to);
        // PowerMTA's bounceCat after the reply is read with it (its words are in the
        // knowledge pack): the region runs on to the end of that field.
        if let Some((_, ce)) = at(Col::BounceCat).filter(|&(cs, ce)| cs > e && is_bounce_category(&line[cs..ce])) {
            finding.region = Span::new(from, offset + ce);
        }
        if let Some((basic, enhanced, codes_end)) = find_reply_start(text, from, to, &[]) {
            finding.reply = Some(read_reply(text, basic, enhanced, codes_end, to));
        } else {
            let reason = line[s..e].trim();
            let reason = reason.strip_prefix("smtp;").unwrap_or(reason).trim();
            if !reason.is_empty() {
                finding.reply = Some(ParsedReply { text: reason.to_string(), lines: vec![reason.to_string()], span: finding.region, ..Default::default() });
            }
        }
    }
    // A record without a reply column (`type,timeQueued,bounceCat,...,dsnStatus,dsnMta`):
    // PowerMTA's bounceCat is the only words it has.
    if at(Col::Reply).is_none() {
        if let Some((s, e)) = at(Col::BounceCat).filter(|&(s, e)| is_bounce_category(&line[s..e])) {
            finding.region = Span::new(offset + s, offset + e);
        }
    }
    if !known_event && finding.reply.is_none() {
        // Neither an event nor a reply: a row of some other table.
        return None;
    }
    Some(finding)
}

/// PowerMTA's bounce categories (PowerMTA User's Guide, "Bounce Categories",
/// <https://serverok.in/doc/pmta/UsersGuide.html>; the list also at
/// <https://it.i88.ca/2014/11/bounce-categories-of-powermta.html>).
fn is_bounce_category(value: &str) -> bool {
    const CATEGORIES: [&str; 17] = [
        "bad-configuration", "bad-connection", "bad-domain", "bad-mailbox", "content-related", "inactive-mailbox", "invalid-sender",
        "message-expired", "no-answer-from-host", "other", "policy-related", "protocol-errors", "quota-issues", "relaying-issues",
        "routing-errors", "spam-related", "virus-related",
    ];
    CATEGORIES.iter().any(|c| value.trim().eq_ignore_ascii_case(c))
}

/// The span of the value of `"key":` inside `json[from..to]` (a string without its quotes, a
/// number, or an object or array with its brackets), the first at any depth.
fn json_value(json: &str, key: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let b = json.as_bytes();
    let pattern = format!("\"{key}\"");
    let mut search = from;
    while let Some(pos) = json[search..to].find(&pattern) {
        let mut i = search + pos + pattern.len();
        while i < to && b[i] == b' ' {
            i += 1;
        }
        if b.get(i) != Some(&b':') {
            search = search + pos + 1;
            continue;
        }
        i += 1;
        while i < to && b[i] == b' ' {
            i += 1;
        }
        return match b.get(i)? {
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < to && b[j] != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                Some((start, j.min(to)))
            }
            b'{' | b'[' => {
                let mut depth = 0usize;
                let mut j = i;
                let mut in_string = false;
                while j < to {
                    match b[j] {
                        b'\\' if in_string => j += 1,
                        b'"' => in_string = !in_string,
                        b'{' | b'[' if !in_string => depth += 1,
                        b'}' | b']' if !in_string => {
                            depth -= 1;
                            if depth == 0 {
                                return Some((i, j + 1));
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                Some((i, to))
            }
            _ => {
                let end = json[i..to].find([',', '}', ']', ' ']).map_or(to, |p| i + p);
                Some((i, end))
            }
        };
    }
    None
}

/// The text of a JSON string's contents (the common escapes undone).
fn json_unescape(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or('\u{fffd}'));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// A KumoMTA log record (one JSON object per line): `type` (Delivery, Bounce,
/// TransientFailure, Expiration, AdminBounce, OOB; Reception and Feedback are not delivery
/// results), `recipient`, `response: {code, enhanced_code: {class, subject, detail}, content,
/// command}`, `peer_address: {name, addr}`. Source: KumoMTA reference, "Log Record",
/// <https://docs.kumomta.com/reference/log_record/>.
pub(super) fn kumo_record(offset: usize, line: &str) -> Option<Finding> {
    if !line.trim_start().starts_with('{') {
        return None;
    }
    kumo_json(offset, line)
}

#[inline(never)]
fn kumo_json(offset: usize, line: &str) -> Option<Finding> {
    let (ts, te) = json_value(line, "type", 0, line.len())?;
    // `Some(action)`; `None` for a record that is not a delivery result. A Rejection (a
    // message refused on reception) has no action: its reply code says how.
    let action = match &line[ts..te] {
        "Delivery" => Some(Some(DsnAction::Delivered)),
        "Bounce" | "Expiration" | "AdminBounce" | "OOB" => Some(Some(DsnAction::Failed)),
        "TransientFailure" => Some(Some(DsnAction::Delayed)),
        "Rejection" => Some(None),
        "Reception" | "Feedback" | "DeferredInjection" => None,
        _ => return None,
    };
    let mut finding = Finding::new(InputKind::LogLine, Span::new(offset, offset));
    finding.own_region = true;
    let Some(action) = action else {
        finding.not_delivery = true;
        return Some(finding);
    };
    finding.action = action.map(|value| Located { value, span: Span::new(offset + ts, offset + te) });
    if let Some((s, e)) = json_value(line, "recipient", 0, line.len()) {
        let value = &line[s..e];
        // Newer versions may log a list: the first address.
        let value = value.trim_start_matches('[').trim().trim_matches('"');
        let value = value.split('"').next().unwrap_or(value);
        if value.contains('@') {
            finding.recipient = Some(clean_address(&json_unescape(value)));
        }
    }
    // The peer of a Rejection is the client that was refused, not a remote server.
    if let Some((ps, pe)) = json_value(line, "peer_address", 0, line.len()).filter(|_| finding.action.is_some()) {
        let host = json_value(line, "name", ps, pe).or_else(|| json_value(line, "addr", ps, pe)).map(|(s, e)| line[s..e].trim_end_matches('.'));
        finding.remote_host = host.filter(|h| !h.is_empty()).map(str::to_string);
    }
    if let Some((rs, re)) = json_value(line, "response", 0, line.len()) {
        finding.region = Span::new(offset + rs, offset + re);
        let basic = json_value(line, "code", rs, re).and_then(|(s, e)| {
            BasicCode::parse(&line[s..e]).map(|code| Located { value: code, span: Span::new(offset + s, offset + e) })
        });
        let enhanced = json_value(line, "enhanced_code", rs, re).and_then(|(es, ee)| {
            let part = |k: &str| json_value(line, k, es, ee).map(|(s, e)| &line[s..e]);
            let code = EnhancedCode::parse(&format!("{}.{}.{}", part("class")?, part("subject")?, part("detail")?))?;
            Some(Located { value: code, span: Span::new(offset + es, offset + ee) })
        });
        let content = json_value(line, "content", rs, re).map(|(s, e)| json_unescape(&line[s..e])).unwrap_or_default();
        let text = content.split_whitespace().collect::<Vec<_>>().join(" ");
        if basic.is_some() || enhanced.is_some() || !text.is_empty() {
            finding.reply = Some(ParsedReply { basic, enhanced, lines: vec![text.clone()], text, span: finding.region });
        }
    }
    Some(finding)
}

/// Where a reply quoted in a log line ends: at the quote that closes it when a quote opens
/// right before its code (Haraka `response="250 ..."`, Exim `C="250 ..."`, OpenSMTPD
/// `stat="550 ..."`), else at `end`.
pub(super) fn quoted_reply_end(text: &str, code: Option<Span>, codes_end: usize, end: usize) -> usize {
    let Some(code) = code else { return end };
    if code.start == 0 || text.as_bytes()[code.start - 1] != b'"' || codes_end > end {
        return end;
    }
    text[codes_end..end].find('"').map_or(end, |p| codes_end + p)
}

/// qmail's `delivery 42: failure: 192.0.2.1_does_not_like_recipient./Remote_host_said:_550_5.1.1_User_unknown/Giving_up_on_192.0.2.1./`:
/// the reply after `said:`, with underscores for spaces (qmail-send's log, see
/// <https://cr.yp.to/qmail/faq/reliability.html> and qmail-remote(8)). The codes are read in a
/// copy with spaces (same length, so the spans hold for the input).
#[inline(never)]
pub(super) fn qmail_reply(offset: usize, line: &str) -> Option<ParsedReply> {
    let lower = line.to_ascii_lowercase();
    let said = lower.find("said:_")?;
    let start = said + 6;
    let end = line[start..].find('/').map_or(line.len(), |p| start + p);
    let spaced: String = line[..end].replace('_', " ");
    let (basic, enhanced, codes_end) = find_reply_start(&spaced, start, end, &[])?;
    let shift = |s: Span| Span::new(s.start + offset, s.end + offset);
    let mut reply = read_reply(&spaced, basic, enhanced, codes_end, end);
    reply.basic = basic.map(|b| Located { value: b.value, span: shift(b.span) });
    reply.enhanced = enhanced.map(|e| Located { value: e.value, span: shift(e.span) });
    reply.span = shift(reply.span);
    Some(reply)
}

/// A copy of the input for matching rules in, where the report of each qmail-send delivery
/// line (`delivery 42: failure: ...`, `deferral:`, `success:`), and a bounce body quoting
/// such a report (`Remote_host_said:_550_...`), has spaces again: qmail-send
/// logs a report with `/` for each newline and `_` for each space and other unsafe byte
/// (`logsafe` in qsutil.c, called by qmail-send.c for success, deferral and failure,
/// <https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/qsutil.c>).
/// Where the report holds the remote reply (`Remote_host_said:_`), only the reply is
/// restored, so the reply decides and not qmail's own preface ("Connected_to_... but sender
/// was rejected"); else the whole report, qmail's own reason ("Sorry,_I_couldn't_find_any_host
/// named_..."). Bytes are only swapped for bytes of the same length: every offset holds for
/// the input. None when there is no such line.
pub(crate) fn qmail_spaced(text: &str) -> Option<String> {
    const WORDS: [&str; 3] = [": failure: ", ": deferral: ", ": success: "];
    // A cheap search first (a rare byte, found with memchr): most inputs have no qmail
    // report, and every one has an underscore.
    if !text.as_bytes().contains(&b'_') {
        return None;
    }
    let logged = |t: &str| t.contains("delivery ") && WORDS.iter().any(|w| t.contains(w));
    if !text.contains("_said:_") && !logged(text) {
        return None;
    }
    // Where the report of a `delivery 42: failure: ` line starts.
    let report_at = |line: &str| -> Option<usize> {
        let d = line.find("delivery ")?;
        let after = WORDS.iter().find_map(|w| line[d..].find(w).map(|p| d + p + w.len()))?;
        let num = line[d + 9..].split(':').next().unwrap_or("");
        (!num.is_empty() && num.bytes().all(|b| b.is_ascii_digit())).then_some(after)
    };
    let mut out: Option<Vec<u8>> = None;
    let mut line_start = 0;
    // Whether the report of the line before runs on (a mail that quoted it wrapped it: the
    // next line has no space, as a report has none).
    let mut runs_on = false;
    for line in text.split_inclusive('\n') {
        let here = line_start;
        line_start += line.len();
        let from = match line.find("_said:_") {
            Some(p) => Some(p + 7),
            None if runs_on && line.contains('_') && !line.trim_end().contains([' ', '\t']) => Some(0),
            None => report_at(line),
        };
        let Some(from) = from else {
            runs_on = false;
            continue;
        };
        runs_on = !line.trim_end().ends_with('/');
        let bytes = out.get_or_insert_with(|| text.as_bytes().to_vec());
        for b in &mut bytes[here + from..here + line.len()] {
            if *b == b'_' {
                *b = b' ';
            }
        }
    }
    // Only ASCII `_` became ASCII spaces: still UTF-8.
    out.map(|b| String::from_utf8(b).unwrap_or_else(|_| text.to_string()))
}

/// A copy of the input where each `+`-joined log field that starts with a reply code has its
/// spaces back: Windows' SMTP service (IIS SMTPSVC, Exchange 2003) writes its W3C extended log
/// with fields separated by spaces and `+` for each space inside a field
/// (`550+5.7.60+SMTP;+Client+does+not+have+permissions...`; the format:
/// https://www.w3.org/TR/WD-logfile.html). Only fields of three or more `+` are read so; bytes
/// are swapped for bytes of the same length, so every offset holds for the input.
pub(crate) fn plus_spaced(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut i = 0;
    while let Some(p) = bytes[i..].iter().position(|&b| b == b'+') {
        let at = i + p;
        let code = at >= 3 && matches!(bytes[at - 3], b'2'..=b'5') && bytes[at - 3..at].iter().all(u8::is_ascii_digit);
        if !(code && (at == 3 || bytes[at - 4].is_ascii_whitespace())) {
            i = at + 1;
            continue;
        }
        let end = bytes[at..].iter().position(u8::is_ascii_whitespace).map_or(bytes.len(), |e| at + e);
        if bytes[at..end].iter().filter(|&&b| b == b'+').count() >= 3 {
            let copy = out.get_or_insert_with(|| bytes.to_vec());
            copy[at..end].iter_mut().filter(|b| **b == b'+').for_each(|b| *b = b' ');
        }
        i = end;
    }
    // Only ASCII `+` became ASCII spaces: still UTF-8.
    out.map(|b| String::from_utf8(b).unwrap_or_else(|_| text.to_string()))
}

/// Whether a word is an IPv4 address (four numbers of up to three digits) or looks like an
/// IPv6 one (hex digits and colons): enough to tell qmail's host from its words, without the
/// standard library's address parser in the WebAssembly module.
fn looks_like_ip(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    let v4 = parts.len() == 4 && parts.iter().all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    let v6 = word.matches(':').count() >= 2 && word.bytes().all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
    v4 || v6
}


#[cfg(test)]
mod tests {
    use super::lines_with_at;

    #[test]
    fn lines_with_an_at_sign_are_the_lines_line_iter_cuts() {
        for text in ["", "@", "a@b", "x\ny@z\r\nw\r@\r\n@@ two\n\n\r@", "no at\nsign", "a@b\n", "\r\n@\n\r@x"] {
            let expected: Vec<&str> = super::super::line_iter(text).map(|(_, l)| l).filter(|l| l.contains('@')).collect();
            assert_eq!(lines_with_at(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }
}
