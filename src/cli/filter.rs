//! The byte pre-filter of `--lines`: a line that cannot be about a delivery is skipped without
//! being explained. One forward pass, no allocation.
//!
//! A line is kept when it holds any of:
//! - a reply code: three digits `[245][0-5]x` standing alone (before it the line start, a
//!   space, tab or one of `([{"',=#:;<`; after it the line end, a space, tab, `-`, `"` or `,`),
//!   or an enhanced code `[245].x.x` standing alone — Postfix `said: 550 ...`, smtpd
//!   `NOQUEUE: reject: ... 554 5.7.1`, Sendmail `reject=550`, qmail `(#5.1.1)`, Exchange tracking
//!   CSV `,550 5.1.1 RESOLVER...`, PowerMTA `smtp;550`, KumoMTA `"code":550,`, Haraka
//!   `response="250 ..."`;
//! - `stat=`, `status=`, `dsn=` or `reject=` (Postfix, Sendmail, OpenSMTPD `stat="..."`);
//! - `said:`, `success:`, `failure:`, `deferral:` (Postfix, qmail `delivery 1: failure: ...`);
//! - an Exim delivery marker ` ** `, ` == `, ` => `, ` -> `, ` *> `.
//!
//! Timestamps, pids, IP addresses, ports, sizes and delays do not match the code rule (they
//! are joined to a dot, colon or bracket, or are not three digits of a reply class).

/// Byte classes: 0 = nothing to check.
const DIGIT: u8 = 1;
const EQUALS: u8 = 2;
const COLON: u8 = 3;
const MARK: u8 = 4;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut d = b'0';
    while d <= b'9' {
        t[d as usize] = DIGIT;
        d += 1;
    }
    t[b'=' as usize] = EQUALS;
    t[b':' as usize] = COLON;
    t[b'*' as usize] = MARK;
    t[b'-' as usize] = MARK;
    t
};

/// Whether the byte may stand right before a reply code.
fn opens(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'(' | b'[' | b'{' | b'"' | b'\'' | b',' | b'=' | b'#' | b':' | b';' | b'<')
}

/// Whether the byte may stand right after a basic reply code.
fn closes_basic(b: Option<&u8>) -> bool {
    matches!(b, None | Some(b' ' | b'\t' | b'-' | b'"' | b',' | b'\r'))
}

fn ends_with_word(line: &[u8], end: usize, word: &[u8]) -> bool {
    end >= word.len() && line[..end].ends_with(word) && (end == word.len() || !line[end - word.len() - 1].is_ascii_alphanumeric())
}

/// Whether the line may be about a delivery (see the module documentation).
pub fn may_be_delivery(line: &[u8]) -> bool {
    let n = line.len();
    let mut i = 0;
    while i < n {
        let b = line[i];
        match CLASS[b as usize] {
            0 => i += 1,
            DIGIT => {
                let start = i;
                while i < n && line[i].is_ascii_digit() {
                    i += 1;
                }
                if start > 0 && !opens(line[start - 1]) {
                    continue;
                }
                let run = &line[start..i];
                if !matches!(run[0], b'2' | b'4' | b'5') {
                    continue;
                }
                if run.len() == 3 && run[1] <= b'5' && closes_basic(line.get(i)) {
                    return true;
                }
                if run.len() == 1 && enhanced_tail(&line[i..]) {
                    return true;
                }
            }
            EQUALS => {
                if ends_with_word(line, i, b"stat") || ends_with_word(line, i, b"status") || ends_with_word(line, i, b"dsn") || ends_with_word(line, i, b"reject") {
                    return true;
                }
                // Exim ` == ` and ` => `.
                if exim_marker(line, i, &[b'=', b'>']) {
                    return true;
                }
                i += 1;
            }
            COLON => {
                if ends_with_word(line, i, b"said") || ends_with_word(line, i, b"success") || ends_with_word(line, i, b"failure") || ends_with_word(line, i, b"deferral") {
                    return true;
                }
                i += 1;
            }
            _ => {
                // MARK: Exim ` ** `, ` *> `, ` -> `.
                if exim_marker(line, i, if b == b'*' { &[b'*', b'>'] } else { &[b'>'] }) {
                    return true;
                }
                i += 1;
            }
        }
    }
    false
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
