//! Mail server log lines (Postfix, Exim, Sendmail, qmail) and bounce bodies: their fields and recipients.

use super::dsn::{clean_address, parse_action};
use super::{DsnAction, Finding, Located, Span};
use crate::code::EnhancedCode;

/// Whether a line looks like a mail server log line.
pub(super) fn looks_like_log(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let trimmed = lower.trim_start();
    ["** ", "== ", "=> ", "-> "].iter().any(|m| trimmed.starts_with(m))
        || bounce_body_recipient(line).is_some()
        || ["status=", "stat=", " said:", "smtp error from remote", "noqueue: reject", "postfix/", "exim", " ** ", " == ", "dsn=", "deferred:"]
            .iter()
            .any(|m| lower.contains(m))
}

/// Whether an indented line starts an entry of its own (Exim's per-recipient blocks).
pub(super) fn starts_entry(line: &str) -> bool {
    let lower = line.trim_start().to_ascii_lowercase();
    ["** ", "== ", "=> ", "-> "].iter().any(|m| lower.starts_with(m)) || lower.starts_with("smtp error from remote")
}

/// Reads `key=value` fields of log lines: `to=<..>`, `relay=..`, `dsn=..`, `status=..`, `stat=..`.
pub(super) fn read_log_fields(line_offset: usize, line: &str, finding: &mut Finding, skip: &mut Vec<Span>) {
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
}

/// The reason in parentheses of a log line without a reply code (Postfix's own words).
pub(super) fn log_reason(line: &str) -> &str {
    let lower = line.to_ascii_lowercase();
    let Some(pos) = lower.find("status=") else { return "" };
    let rest = &line[pos..];
    match (rest.find('('), rest.rfind(')')) {
        (Some(open), Some(close)) if close > open => rest[open + 1..close].trim(),
        _ => "",
    }
}

/// Exim: `** addr R=...`, `== addr ...`, `SMTP error from remote mail server after RCPT TO:<addr>`.
pub(super) fn exim_recipient(line: &str) -> Option<String> {
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

