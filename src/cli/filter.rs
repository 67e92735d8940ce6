//! The byte pre-filter of `--lines`: a line that cannot be about a delivery is skipped without
//! being explained. One forward pass, no allocation.
//!
//! A line is kept when it holds any of:
//! - a reply code: three digits `[245][0-5]x` standing alone (before it the line start, a
//!   space, tab or one of `([{"',=#:;<`, a colon only after a byte that is not a letter or
//!   digit; after it the line end, a space, tab, `-`, `"`, `,`,
//!   `)`, `:` or a full stop ending a sentence),
//!   or an enhanced code `[245].x.x` standing alone — Postfix `said: 550 ...`, smtpd
//!   `NOQUEUE: reject: ... 554 5.7.1`, Sendmail `reject=550`, qmail `(#5.1.1)`, Exchange tracking
//!   CSV `,550 5.1.1 RESOLVER...`, PowerMTA `smtp;550`, KumoMTA `"code":550,`, Haraka
//!   `response="250 ..."`;
//! - `stat=`, `status=`, `dsn=` or `reject=` (Postfix, Sendmail, OpenSMTPD `stat="..."`);
//! - `said:`, `success:`, `failure:`, `deferral:` (Postfix, qmail `delivery 1: failure: ...`);
//! - an Exim delivery marker ` ** `, ` == `, ` => `, ` -> `, ` *> `, or ` rejected ` / ` rejected:`
//!   (Exim's reject log, Dovecot LDA/LMTP).
//!
//! Timestamps, pids, IP addresses, ports, sizes and delays do not match the code rule (they
//! are joined to a dot, colon or bracket, or are not three digits of a reply class).

/// Byte classes: 0 = nothing to check.
const OPEN: u8 = 1;
const EQUALS: u8 = 2;
const COLON: u8 = 3;
const MARK: u8 = 4;

/// Every byte that may stand right before a reply code is `OPEN` (or `EQUALS`, `COLON`,
/// which are checked for their words first).
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let opens = b" \t([{\"',#;<";
    let mut k = 0;
    while k < opens.len() {
        t[opens[k] as usize] = OPEN;
        k += 1;
    }
    t[b'=' as usize] = EQUALS;
    t[b':' as usize] = COLON;
    t[b'*' as usize] = MARK;
    t[b'-' as usize] = MARK;
    t
};

/// Whether the bytes after a basic reply code end it: the line end, a space, tab, `-`, `"`,
/// `,`, `)`, `:`, or a full stop that ends a sentence (`Error 421.`; not an IP address).
fn closes_basic(rest: &[u8]) -> bool {
    match rest.first() {
        None | Some(b' ' | b'\t' | b'-' | b'"' | b',' | b'\r' | b')' | b':') => true,
        Some(b'.') => !rest.get(1).is_some_and(u8::is_ascii_alphanumeric),
        _ => false,
    }
}

fn ends_with_word(line: &[u8], end: usize, word: &[u8]) -> bool {
    end >= word.len() && line[..end].ends_with(word) && (end == word.len() || !line[end - word.len() - 1].is_ascii_alphanumeric())
}

/// Whether a reply code starts at `j` (the byte before it, if any, is an opener).
#[inline]
fn code_at(line: &[u8], j: usize) -> bool {
    if !matches!(line.get(j), Some(b'2' | b'4' | b'5')) {
        return false;
    }
    let mut k = j + 1;
    while k < line.len() && k < j + 4 && line[k].is_ascii_digit() {
        k += 1;
    }
    match k - j {
        3 => line[j + 1] <= b'5' && closes_basic(&line[k..]),
        1 => enhanced_tail(&line[k..]),
        _ => false,
    }
}

/// Whether the line may be about a delivery (see the module documentation).
pub fn may_be_delivery(line: &[u8]) -> bool {
    if code_at(line, 0) {
        return true;
    }
    let n = line.len();
    let mut i = 0;
    while i < n {
        // The common case: a run of bytes with nothing to check.
        while i < n && CLASS[line[i] as usize] == 0 {
            i += 1;
        }
        if i == n {
            break;
        }
        let b = line[i];
        i += 1;
        let i = i - 1;
        match CLASS[b as usize] {
            OPEN => {
                // Exim's reject log: `rejected RCPT <...>: ...`, `rejected after DATA: ...`.
                if code_at(line, i + 1) || (b == b' ' && rejected(&line[i + 1..])) {
                    return true;
                }
            }
            EQUALS => {
                let words: &[&[u8]] = match i.checked_sub(1).map(|p| line[p]) {
                    Some(b't') => &[b"stat", b"reject"],
                    Some(b's') => &[b"status"],
                    Some(b'n') => &[b"dsn"],
                    // Exim ` == ` and ` => `.
                    Some(b' ') => {
                        if exim_marker(line, i, &[b'=', b'>']) {
                            return true;
                        }
                        &[]
                    }
                    _ => &[],
                };
                if words.iter().any(|w| ends_with_word(line, i, w)) || code_at(line, i + 1) {
                    return true;
                }
            }
            COLON => {
                let words: &[&[u8]] = match i.checked_sub(1).map(|p| line[p]) {
                    Some(b'd') => &[b"said"],
                    Some(b's') => &[b"success"],
                    Some(b'e') => &[b"failure"],
                    Some(b'l') => &[b"deferral"],
                    _ => &[],
                };
                // A code right after a colon only after a non-alphanumeric byte
                // (`"code":550`; not `TLS_AES_256_GCM_SHA384:256`).
                if words.iter().any(|w| ends_with_word(line, i, w)) || (i > 0 && !line[i - 1].is_ascii_alphanumeric() && code_at(line, i + 1)) {
                    return true;
                }
            }
            _ => {
                // MARK: Exim ` ** `, ` *> `, ` -> `.
                if exim_marker(line, i, if b == b'*' { &[b'*', b'>'] } else { &[b'>'] }) {
                    return true;
                }
            }
        }
    }
    false
}

/// `rejected ` or `rejected:` (Exim's reject log, Dovecot LDA/LMTP `msgid=<...>: rejected: ...`).
fn rejected(rest: &[u8]) -> bool {
    rest.starts_with(b"rejected") && matches!(rest.get(8), Some(b' ' | b':'))
}

/// ` XY ` at `i` (a space before, `Y` one of `second`, a space after).
fn exim_marker(line: &[u8], i: usize, second: &[u8]) -> bool {
    i > 0 && line[i - 1] == b' ' && line.get(i + 1).is_some_and(|c| second.contains(c)) && line.get(i + 2) == Some(&b' ')
}

/// After the class digit of an enhanced code: `.d{1,3}.d{1,3}` and then no digit or dot.
fn enhanced_tail(rest: &[u8]) -> bool {
    let mut i = 0;
    for _ in 0..2 {
        if rest.get(i) != Some(&b'.') {
            return false;
        }
        i += 1;
        let start = i;
        while i < rest.len() && rest[i].is_ascii_digit() {
            i += 1;
        }
        if i == start || i - start > 3 {
            return false;
        }
    }
    !rest.get(i).is_some_and(|c| c.is_ascii_digit() || (*c == b'.' && rest.get(i + 1).is_some_and(u8::is_ascii_digit)))
}
