//! The byte pre-filter of `--lines`: a line that cannot be about a delivery is skipped without
//! being explained. One forward pass over pairs of bytes (one table lookup per byte; the
//! checks start only at the few marked pairs), no allocation.
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
//! - `stat=`, `status=`, `dsn=` or `reject=` (Postfix, Sendmail, OpenSMTPD `stat="..."`), or
//!   `msgid=` (Dovecot LDA/LMTP `msgid=<...>: saved mail to INBOX`);
//! - `said:`, `success:`, `failure:`, `deferral:` (Postfix, qmail `delivery 1: failure: ...`);
//! - an Exim delivery marker ` ** `, ` == `, ` => `, ` -> `, ` *> `, or ` rejected ` / ` rejected:`
//!   (Exim's reject log, Dovecot LDA/LMTP);
//! - Sendmail's `>... ` after an address (`<bob@example.com>... User unknown`, sendmail's
//!   `usrerr`/`message` lines that carry no `stat=`).
//!
//! Timestamps, pids, IP addresses, ports, sizes and delays do not match the code rule (they
//! are joined to a dot, colon or bracket, or are not three digits of a reply class).

/// Whether the byte may stand right before a reply code (a colon has its own rule).
const fn opens(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'(' | b'[' | b'{' | b'"' | b'\'' | b',' | b'#' | b';' | b'<' | b'=')
}

/// Pairs of bytes (`first << 8 | second`) at which a check starts; all others are skipped
/// with one table lookup per byte. A pair is marked when the second byte may begin a reply
/// code after the first, may begin an Exim marker or `rejected` after a space, or is the
/// `=` or `:` after a letter that ends one of the words, or is Sendmail's `>.`.
static PAIRS: [bool; 65536] = {
    let mut t = [false; 65536];
    let mut a = 0usize;
    while a < 256 {
        let first = a as u8;
        let mut b = 0usize;
        while b < 256 {
            let second = b as u8;
            t[a << 8 | b] = (matches!(second, b'2' | b'4' | b'5') && (opens(first) || first == b':'))
                || (first == b' ' && matches!(second, b'r' | b'*' | b'=' | b'-'))
                || (second == b'=' && matches!(first, b't' | b's' | b'n' | b'd'))
                || (second == b':' && matches!(first, b'd' | b's' | b'e' | b'l'))
                || (first == b'>' && second == b'.');
            b += 1;
        }
        a += 1;
    }
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
    for (i, pair) in line.windows(2).enumerate() {
        if PAIRS[(pair[0] as usize) << 8 | pair[1] as usize] && check(line, i) {
            return true;
        }
    }
    false
}

/// The checks that may start at the marked pair `line[i], line[i + 1]`.
#[cold]
fn check(line: &[u8], i: usize) -> bool {
    let (first, second) = (line[i], line[i + 1]);
    match second {
        b'2' | b'4' | b'5' => {
            // A code right after a colon only after a byte that is not a letter or digit
            // (`"code":550`; not `TLS_AES_256_GCM_SHA384:256`).
            (opens(first) || (first == b':' && (i == 0 || !line[i - 1].is_ascii_alphanumeric()))) && code_at(line, i + 1)
        }
        // Exim's reject log `rejected RCPT <...>: ...`, Dovecot `msgid=<...>: rejected: ...`.
        b'r' => rejected(&line[i + 1..]),
        // Exim ` ** `, ` *> `, ` == `, ` => `, ` -> `.
        b'*' if first == b' ' => exim_marker(line, i + 1, b"*>"),
        b'=' if first == b' ' => exim_marker(line, i + 1, b"=>"),
        b'-' if first == b' ' => exim_marker(line, i + 1, b">"),
        b'=' => [&b"stat"[..], b"status", b"dsn", b"reject", b"msgid"].iter().any(|w| ends_with_word(line, i + 1, w)),
        b':' => [&b"said"[..], b"success", b"failure", b"deferral"].iter().any(|w| ends_with_word(line, i + 1, w)),
        // Sendmail `<bob@example.com>... User unknown`.
        b'.' => line[i..].starts_with(b">... "),
        _ => false,
    }
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
