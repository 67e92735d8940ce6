//! Delivery status notifications (RFC 3464): one finding per recipient block.

use super::reply::{code_tokens, find_reply_start, join_lines, read_reply, Token};
use super::{line_iter, DsnAction, Finding, InputKind, Located, ParsedReply, Span};
use crate::code::EnhancedCode;

/// Names of DSN fields (RFC 3464 §2.3) that belong to one recipient.
pub(super) const RECIPIENT_FIELDS: &[&str] = &[
    "final-recipient", "original-recipient", "action", "status", "diagnostic-code", "remote-mta",
    "will-retry-until", "last-attempt-date", "x-actual-recipient", "x-supplementary-info",
];

pub(super) fn dsn_field(line: &str) -> Option<(&str, usize, &str)> {
    // The name: letters and `-` up to the first `:`, at most 24 (looked at byte by byte: this
    // runs on every line of a bounce, and most are no field).
    let bytes = line.as_bytes();
    let n = bytes.iter().take(25).position(|&b| !(b.is_ascii_alphabetic() || b == b'-'))?;
    if n == 0 || bytes[n] != b':' {
        return None;
    }
    let (name, value) = (&line[..n], &line[n + 1..]);
    let known = RECIPIENT_FIELDS.iter().find(|f| f.eq_ignore_ascii_case(name))?;
    Some((known, name.len(), value.trim()))
}

/// Drops an address-type or diagnostic-type prefix such as `rfc822;` or `smtp;`.
pub(super) fn strip_type_prefix(value: &str) -> (&str, usize) {
    match value.split_once(';') {
        Some((kind, rest)) if !kind.is_empty() && kind.len() <= 24 && kind.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') => {
            let trimmed = rest.trim_start();
            (trimmed, value.len() - trimmed.len())
        }
        _ => (value, 0),
    }
}

pub(super) fn parse_action(value: &str) -> Option<DsnAction> {
    let word = value.split_whitespace().next()?.to_ascii_lowercase();
    Some(match word.trim_end_matches([';', ',', '.']) {
        // Postfix qmgr also logs `status=force-expired, returned to sender` for a message an admin
        // expired with `postsuper -e` (src/qmgr/qmgr_active.c).
        "failed" | "bounced" | "expired" | "force-expired" | "undeliverable" => DsnAction::Failed,
        "delayed" | "deferred" => DsnAction::Delayed,
        "delivered" | "sent" => DsnAction::Delivered,
        "relayed" => DsnAction::Relayed,
        "expanded" => DsnAction::Expanded,
        _ => return None,
    })
}

pub(super) fn clean_address(value: &str) -> String {
    value.trim().trim_start_matches('<').trim_end_matches(['>', ',', ';']).trim().to_string()
}

#[derive(Default)]
pub(super) struct DsnBlock {
    start: usize,
    end: usize,
    recipient: Option<String>,
    original: Option<String>,
    action: Option<Located<DsnAction>>,
    status: Option<Located<EnhancedCode>>,
    diagnostic: Option<Span>,
    /// The reply where no Diagnostic-Code gives one: Gmail's `X-Supplementary-Info: <host
    /// #5.0.0 smtp; 550 ...>`, or a Status field that holds a reply (`Status: 553 Exceeded ...`).
    fallback: Option<Span>,
    remote: Option<String>,
    fields: Vec<Span>,
}

impl DsnBlock {
    fn has_fields(&self) -> bool {
        self.recipient.is_some() || self.action.is_some() || self.status.is_some() || self.diagnostic.is_some()
    }
}

/// DSN mode: one finding per recipient block.
pub(super) fn parse_dsn(text: &str) -> Vec<Finding> {
    let mut blocks: Vec<DsnBlock> = Vec::new();
    let mut current = DsnBlock::default();
    let mut in_diagnostic = false;
    // Whether the lines that follow, indented, continue the fallback reply (a folded
    // X-Supplementary-Info).
    let mut in_fallback = false;
    // A field whose value went on the next line (RFC 5322 §2.2.3 folding, which RFC 3464 §2.1
    // keeps): `Final-Recipient: RFC822;` then ` bob@example.jp`.
    let mut folded: Option<&str> = None;
    for (offset, line) in line_iter(text) {
        let line_end = offset + line.len();
        // A forwarded bounce quotes the fields with "> ".
        let quote = if line.starts_with('>') { line.len() - line.trim_start_matches(['>', ' ']).len() } else { 0 };
        let (offset, line) = (offset + quote, &line[quote..]);
        if super::is_blank(line) {
            in_diagnostic = false;
            in_fallback = false;
            if current.has_fields() {
                blocks.push(std::mem::take(&mut current));
            }
            continue;
        }
        if (in_diagnostic || in_fallback) && line.starts_with([' ', '\t']) {
            if let Some(d) = if in_diagnostic { current.diagnostic.as_mut() } else { current.fallback.as_mut() } {
                d.end = line_end;
            }
            current.end = line_end;
            continue;
        }
        in_diagnostic = false;
        in_fallback = false;
        if let Some(name) = folded.take().filter(|_| line.starts_with([' ', '\t'])) {
            let value = line.trim();
            match name {
                "remote-mta" => current.remote = Some(value.trim_end_matches('.').to_string()),
                "original-recipient" => current.original = Some(clean_address(value)),
                _ => current.recipient = Some(clean_address(value)),
            }
            current.end = line_end;
            continue;
        }
        let Some((name, name_len, value)) = dsn_field(line) else { continue };
        let value_start = offset + line.len() - line.trim_start_matches(|c: char| c != ':').len() + 1;
        let value_start = value_start + (text[value_start.min(line_end)..line_end].len() - text[value_start.min(line_end)..line_end].trim_start().len());
        let repeated = match name {
            // Fields come in any order (Amazon SES inbound writes "Action", "Final-Recipient",
            // then "Original-Recipient"; Oracle Messaging Server "Action", "Status", then the
            // recipients): a second recipient field starts the next block.
            "final-recipient" | "x-actual-recipient" => current.recipient.is_some() || current.diagnostic.is_some(),
            "original-recipient" => current.original.is_some(),
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
        let empty = strip_type_prefix(value).0.trim().is_empty();
        if empty && matches!(name, "final-recipient" | "x-actual-recipient" | "original-recipient" | "remote-mta") {
            folded = Some(name);
        }
        match name {
            "final-recipient" | "x-actual-recipient" if current.recipient.is_none() => {
                current.recipient = Some(clean_address(strip_type_prefix(value).0));
            }
            "original-recipient" => current.original = Some(clean_address(strip_type_prefix(value).0)),
            "action" => current.action = parse_action(value).map(|a| Located { value: a, span: Span::new(value_start, line_end) }),
            "status" => {
                let tokens = code_tokens(value);
                current.status = tokens.iter().find_map(|&(t, s)| match t {
                    Token::Enhanced(e) => Some(Located { value: e, span: Span::new(value_start + s.start, value_start + s.end) }),
                    Token::Basic(_) => None,
                });
                if matches!(tokens.first(), Some((Token::Basic(_), s)) if s.start == 0) {
                    current.fallback = Some(Span::new(value_start, line_end));
                }
            }
            "x-supplementary-info" => {
                let at = value.to_ascii_lowercase().find("smtp;").map(|p| p + 5);
                current.fallback = at.map(|p| Span::new(value_start + p, value_start + value.trim_end_matches('>').len().max(p)));
                in_fallback = current.fallback.is_some();
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
    if blocks.is_empty() {
        return Vec::new();
    }
    findings(text, blocks)
}

/// The findings of the DSN blocks read (out of line: most inputs have none, and the Wasm
/// engine compiles a function when it first runs).
#[inline(never)]
fn findings(text: &str, blocks: Vec<DsnBlock>) -> Vec<Finding> {
    blocks
        .into_iter()
        .map(|block| {
            let mut finding = Finding::new(InputKind::Dsn, Span::new(block.start, block.end));
            finding.recipient = block.recipient.filter(|r| !r.is_empty()).or(block.original).filter(|r| !r.is_empty());
            finding.remote_host = block.remote;
            finding.action = block.action;
            finding.status = block.status;
            finding.fields = block.fields;
            if let Some(diag) = block.diagnostic.or(block.fallback) {
                let value = &text[diag.start..diag.end];
                let (_, skip) = strip_type_prefix(value);
                let from = diag.start + skip;
                finding.reply = Some(match find_reply_start(text, from, diag.end, &[]) {
                    Some((basic, enhanced, codes_end)) => read_reply(text, basic, enhanced, codes_end, diag.end),
                    None => {
                        let lines_out: Vec<String> = line_iter(&text[from..diag.end]).map(|(_, l)| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
                        ParsedReply { text: join_lines(&lines_out), lines: lines_out, span: Span::new(from, diag.end), ..Default::default() }
                    }
                });
            }
            finding
        })
        .collect()
}


#[cfg(test)]
mod tests {
    use super::*;

    fn recipients(text: &str) -> Vec<(Option<String>, bool, bool)> {
        parse_dsn(text).into_iter().map(|f| (f.recipient, f.status.is_some(), f.reply.is_some())).collect()
    }

    #[test]
    fn fields_in_any_order_make_one_block() {
        let one = |r: &str| vec![(Some(r.to_string()), true, true)];
        // Postfix: Final-Recipient, then Original-Recipient.
        let postfix = "Final-Recipient: rfc822; a@example.org\nOriginal-Recipient: rfc822;a@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n";
        assert_eq!(recipients(postfix), one("a@example.org"));
        // Amazon SES inbound: Action first, then Final- and Original-Recipient.
        let ses = "Action: failed\nFinal-Recipient: rfc822; b@example.jp\nOriginal-Recipient: rfc822; b@example.jp\nDiagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist\nStatus: 5.1.1\n";
        assert_eq!(recipients(ses), one("b@example.jp"));
        // Oracle Messaging Server: Action and Status before the recipients.
        let oracle = "Action: failed\nStatus: 5.0.0 (Remote SMTP server has rejected address)\nOriginal-recipient: rfc822;c@example.org\nFinal-recipient: rfc822;c@example.org\nDiagnostic-code: smtp; 550 5.7.1 User Unknown\n";
        assert_eq!(recipients(oracle), one("c@example.org"));
    }

    #[test]
    fn a_second_recipient_starts_a_block() {
        let two = "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\nFinal-Recipient: rfc822; b@example.org\nAction: failed\nStatus: 5.2.2\n";
        let found = recipients(two);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].0.as_deref(), Some("b@example.org"));
        let originals = "Original-Recipient: rfc822; a@example.org\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nOriginal-Recipient: rfc822; b@example.org\nFinal-Recipient: rfc822; b@example.org\nAction: failed\n";
        assert_eq!(recipients(originals).len(), 2);
    }

    #[test]
    fn folded_fields_are_read() {
        let folded = "Final-Recipient: RFC822;\n big@i.softbank.jp\nAction: failed\nStatus: 5.3.4\nRemote-MTA: dns;\n\tmx.example.jp.\nDiagnostic-Code: SMTP;\n 552 Message size exceeds fixed maximum message size\n";
        let found = parse_dsn(folded);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].recipient.as_deref(), Some("big@i.softbank.jp"));
        assert_eq!(found[0].remote_host.as_deref(), Some("mx.example.jp"));
        assert!(found[0].reply.as_ref().is_some_and(|r| r.basic.is_some()));
        // A field with nothing after it, not folded, gives no recipient.
        assert_eq!(parse_dsn("Final-Recipient: rfc822;\nAction: failed\nStatus: 5.1.1\n")[0].recipient, None);
    }
}
