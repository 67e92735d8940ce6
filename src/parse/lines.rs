//! Line mode: groups the lines of a pasted text into replies (multi-line and wrapped) and log
//! entries. A CSV log's header line is remembered for the rows after it, and a qmail
//! `starting delivery` line for the delivery's result line.

use super::log::{
    bounce_body_recipient, csv_record, exim_logged_header, exim_recipient, is_log_preamble, kumo_record, log_reason, looks_like_log, not_about_delivery, qmail_delivery_id,
    qmail_reply, qmail_starting,
    quoted_reply_end, read_header, read_log_fields, starts_entry, Header,
};
use super::reply::{after_repeated_prefix, code_tokens, find_reply_start, read_reply, Token};
use super::dsn::clean_address;
use super::{lines, Finding, InputKind, ParsedReply, Span};
use crate::util;

/// A group of lines that forms one reply or one log entry.
pub(super) struct Unit {
    pub(super) finding: Finding,
}

/// Reply-line mode: consecutive lines of one multi-line reply, log lines and lines with an
/// embedded reply, each a unit.
pub(super) fn parse_units(text: &str) -> Vec<Unit> {
    let all = lines(text);
    let mut units: Vec<Unit> = Vec::new();
    let mut i = 0;
    // The columns of a CSV log, from its header line.
    let mut header: Option<Header> = None;
    // qmail: the recipient of each delivery number, from its `starting delivery` line.
    let mut qmail: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    // Whether a line with text formed no unit.
    let mut unclaimed = false;
    while i < all.len() {
        let (offset, line) = all[i];
        let line_end = offset + line.len();
        // Structured records: a CSV header, a file preamble, a CSV row, a KumoMTA JSON record.
        if let Some(h) = read_header(line) {
            header = Some(h);
            i += 1;
            continue;
        }
        if exim_logged_header(line) {
            // Exim's reject log: the envelope recipient of the entry above.
            if let Some(addr) = line.strip_prefix("Envelope-to: ") {
                // The entry is the line before this run of header lines.
                let mut j = i;
                while j > 0 && exim_logged_header(all[j - 1].1) {
                    j -= 1;
                }
                let entry_line = j.checked_sub(1).map(|k| all[k].0);
                let entry = units.iter_mut().rev().find(|u| !u.finding.not_delivery);
                let owns = |u: &&mut Unit| entry_line.is_some_and(|o| u.finding.region.start <= o && o <= u.finding.region.end);
                if let Some(entry) = entry.filter(|u| u.finding.recipient.is_none() && owns(u)) {
                    entry.finding.recipient = Some(clean_address(addr.trim()));
                }
            }
            let mut finding = Finding::new(InputKind::LogLine, Span::new(offset, offset));
            finding.own_region = true;
            finding.not_delivery = true;
            units.push(Unit { finding });
            i += 1;
            continue;
        }
        if is_log_preamble(line) {
            i += 1;
            continue;
        }
        if let Some(finding) = kumo_record(offset, line).or_else(|| csv_record(text, offset, line, header.as_ref())) {
            units.push(Unit { finding });
            i += 1;
            continue;
        }
        let mut skip = Vec::new();
        let mut finding = Finding::new(InputKind::Reply, Span::new(offset, line_end));
        let is_log = looks_like_log(line);
        if is_log {
            finding.kind = InputKind::LogLine;
            read_log_fields(offset, line, &mut finding, &mut skip);
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
        // qmail's lines both name the "delivery " (one search for the two).
        if util::contains(line, "delivery ") {
            if let Some((id, addr)) = qmail_starting(line) {
                qmail.insert(id, addr);
            }
            if let Some(id) = qmail_delivery_id(line).filter(|_| finding.recipient.is_none()) {
                if let Some(addr) = qmail.get(id) {
                    finding.recipient = Some(clean_address(addr));
                }
            }
        }
        let mut last = i;
        let start = find_reply_start(text, offset, line_end, &skip);
        if start.is_none() && not_about_delivery(line, false) {
            let mut finding = Finding::new(InputKind::LogLine, Span::new(offset, offset));
            finding.own_region = true;
            finding.not_delivery = true;
            units.push(Unit { finding });
            i += 1;
            continue;
        }
        if start.is_none() && (is_log || util::contains(line, "_said:_")) {
            // qmail writes its reply with underscores for spaces (its log, and bounce bodies
            // that quote a report in that form).
            if let Some(reply) = qmail_reply(offset, line) {
                finding.reply = Some(reply);
                units.push(Unit { finding });
                i += 1;
                continue;
            }
        }
        if let Some((Some(basic), _, _)) = start {
            // A multi-line reply: "550-..." lines up to "550 ...". Later lines may repeat a
            // transcript prefix of the first ("mta: 0x1: <<< 554-...").
            let prefix = &text[offset..basic.span.start];
            let code = basic.value.to_string();
            let mut continues = text[basic.span.end..].starts_with('-');
            while continues && last + 1 < all.len() {
                let raw = all[last + 1].1;
                let next = after_repeated_prefix(raw, prefix, &code)
                    .unwrap_or_else(|| raw.trim_start().trim_start_matches(['<', '-', ' ']).trim_start_matches("S:").trim_start());
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
            // "SMTPDataError: 554" with its enhanced code on the next line, also as Postfix wraps
            // "said: 550\n#5.7.1 ..." (the `#` of qmail's and Symantec's form).
            let dangling = start.is_some_and(|(b, e, end)| b.is_some() && e.is_none() && text[end..line_end].trim().is_empty());
            // A Postfix bounce pasted without its indentation (issue trackers, forums): the
            // remote's reply after "said:" runs on over unindented lines up to Postfix's own
            // "(in reply to ... command)" (src/bounce/bounce_notify_util.c), when that follows.
            let said_until = (start.is_some() && util::contains(line, "said: ") && !util::contains(line, "(in reply to "))
                .then(|| (i + 1..all.len().min(i + 8)).take_while(|&j| !all[j].1.trim().is_empty()).find(|&j| util::contains(all[j].1, "(in reply to ")))
                .flatten();
            while last + 1 < all.len() {
                let (next_offset, next) = all[last + 1];
                let continues_code = dangling && last == i && code_tokens(next.trim_start()).first().is_some_and(|(t, s)| matches!(t, Token::Enhanced(_)) && (s.start == 0 || (s.start == 1 && next.trim_start().starts_with('#'))));
                // Outlook's dialog: "Server Error: 550" then "Server Response: 550 5.1.0 ..." (and its
                // translations): the same code again on the next line, with the reply's text.
                let repeats_code = !continues_code
                    && dangling
                    && last == i
                    && find_reply_start(text, next_offset, next_offset + next.len(), &[]).is_some_and(|(b, e, _)| e.is_some() && b.map(|b| b.value) == reply_code);
                let said_continues = said_until.is_some_and(|end| last < end);
                if !continues_code && !repeats_code && !said_continues && (!next.starts_with([' ', '\t']) || next.trim().is_empty() || starts_entry(next) || exim_logged_header(next)) {
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
            // A unit of one line has the reply start found above.
            let reply_start = if end == line_end { start } else { find_reply_start(text, offset, end, &skip) };
            if let Some((basic, enhanced, codes_end)) = reply_start {
                // A reply quoted in a log line (`response="250 ..." delay=...`) ends at its quote.
                let end = if is_log && end == line_end { quoted_reply_end(text, basic.map(|b| b.span).or(enhanced.map(|e| e.span)), codes_end, end) } else { end };
                finding.reply = Some(read_reply(text, basic, enhanced, codes_end, end));
            } else if is_log {
                let reason = log_reason(line);
                if !reason.is_empty() {
                    finding.reply = Some(ParsedReply { text: reason.to_string(), lines: vec![reason.to_string()], span: Span::new(offset, end), ..Default::default() });
                }
            }
            units.push(Unit { finding });
        } else if !super::is_blank(line) {
            unclaimed = true;
        }
        i = last + 1;
    }
    // Only lines that are not about a delivery beside free text (a notice quoting the
    // message's `  Subject:` line): the text is read as a whole, as if no line were a log line.
    if unclaimed && units.iter().all(|u| u.finding.not_delivery) {
        units.clear();
    }
    units
}

