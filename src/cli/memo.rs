//! The memo of `--lines` (text output): real logs repeat the same few replies thousands of
//! times, each time with other queue ids, process ids, times, addresses and numbers. A line's
//! *shape* is the line with those parts masked ([`shape`], [`mask`]): the local part of every
//! address, and every number or run of letters and digits that holds a digit, except what may
//! be a reply code (`550`, `598`, `5.1.1`), single digits and short words (`IPv6`). Masked runs
//! keep their length and kind, so what the library reads by position or length reads alike.
//! Nothing a rule of the knowledge tables may read is masked: the library's patterns are
//! looked for in the line first ([`smtp_explain::pattern_spans`]), and a masked part that
//! touches one stays as it is (`tosa@rx.t-online.de` names a provider; `gmail.fan@...`).
//! Lines of one shape get one result: the printed words (outcome, codes, category, title),
//! and which address of the line is the recipient.
//!
//! A shape is used only after two lines of it were explained in full and printed alike (the
//! head and the recipient's position; the line rebuilt from them must be the line printed); a
//! shape whose lines differ is never used again. The memo holds at most [`MAX_SHAPES`] shapes
//! of lines up to [`MAX_KEY`] bytes per thread (bounded memory; when full it starts over).
//! `tests/cli.rs` checks that a log of varied lines prints what each line prints alone.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::safe::clean;

/// Most shapes remembered (per thread).
const MAX_SHAPES: usize = 4096;
/// Longest line whose shape is remembered.
const MAX_KEY: usize = 2048;

/// What a shape's line prints, as learned from a line explained in full.
#[derive(Clone, PartialEq, Eq)]
pub struct Learned {
    /// The printed line after `N: ` without the recipient (`None`: nothing is printed).
    pub head: Option<String>,
    /// Which address of the line (counted from 0) is the recipient; `None`: no recipient.
    pub recipient: Option<usize>,
}

enum Entry {
    /// Seen once, with what it printed.
    Once(Learned),
    /// Seen twice alike: used from now on.
    Sure(Learned),
    /// Lines of this shape differ: always explained in full.
    Never,
}

#[derive(Default)]
pub struct Memo {
    shapes: HashMap<Box<[u8]>, Entry, BuildHasherDefault<KeyHasher>>,
    key: Vec<u8>,
    addresses: Vec<(usize, usize)>,
    covered: Covered,
}

/// A hasher for shapes (byte strings the memo made): a multiply-rotate mix of 8 bytes at a
/// time. A shape is always compared in full after the hash, so a collision costs a probe only.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            h = (h ^ word).wrapping_mul(K).rotate_left(29);
        }
        let mut last = [0u8; 8];
        last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        h = (h ^ u64::from_le_bytes(last) ^ bytes.len() as u64).wrapping_mul(K).rotate_left(29);
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        // The high bits mixed into the low ones (the table takes its buckets from the low bits
        // and its tags from the high ones).
        self.0 ^ (self.0 >> 32)
    }
}

/// The bytes of a line a pattern of the knowledge tables covers, as disjoint `[start, end)`
/// intervals in order.
#[derive(Default)]
struct Covered(Vec<(usize, usize)>);

impl Covered {
    /// Finds the patterns in `line` ([`smtp_explain::pattern_spans`]).
    fn find(&mut self, line: &str) {
        let spans = &mut self.0;
        spans.clear();
        // Spans come in order of their end; one may start before the intervals kept so far.
        smtp_explain::pattern_spans(line, |mut start, end| {
            while let Some(&(s, e)) = spans.last() {
                if e < start {
                    break;
                }
                start = start.min(s);
                spans.pop();
            }
            spans.push((start, end));
        });
    }

    /// Whether a pattern covers a byte of `line[from..to]`.
    fn touches(&self, from: usize, to: usize) -> bool {
        let spans = &self.0;
        let i = spans.partition_point(|&(_, e)| e <= from);
        spans.get(i).is_some_and(|&(s, _)| s < to)
    }
}

/// Bytes that end an address token.
fn ends_address(b: u8) -> bool {
    b.is_ascii_whitespace()
        || matches!(b, b'<' | b'>' | b',' | b';' | b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'=' | b':' | b'\\' | b'@')
}

/// The addresses of a line: `(start, end)` of each `local@domain` token.
fn addresses(line: &[u8], out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut from = 0;
    while let Some(p) = line[from..].iter().position(|&b| b == b'@') {
        let at = from + p;
        let mut start = at;
        while start > 0 && !ends_address(line[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < line.len() && !ends_address(line[end]) {
            end += 1;
        }
        if start < at && end > at + 1 {
            out.push((start, end));
        }
        from = end.max(at + 1);
    }
}

/// Whether the library reads the byte as part of an address's local part (`address_at` in
/// `src/matcher.rs`): a local part of other bytes is read as text.
fn local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'=')
}

/// Writes the shape of `line` into `key`, and its addresses into `addrs`; `covered` gets
/// which bytes a rule of the knowledge tables may read (those are never masked).
fn shape(line: &str, key: &mut Vec<u8>, addrs: &mut Vec<(usize, usize)>, covered: &mut Covered) {
    let bytes = line.as_bytes();
    key.clear();
    covered.find(line);
    addresses(bytes, addrs);
    let mut from = 0;
    for &(start, end) in addrs.iter() {
        let at = start + bytes[start..end].iter().position(|&b| b == b'@').unwrap_or(0);
        // A rule may read the local part, or one ends right before it: kept as it is.
        if covered.touches(start.saturating_sub(1), at) {
            continue;
        }
        mask(bytes, from, start, key, covered);
        // The local part is masked (`!`: one the library does not read as an address's).
        key.push(if bytes[start..at].iter().all(|&b| local_byte(b)) { b'*' } else { b'!' });
        from = at;
    }
    mask(bytes, from, bytes.len(), key, covered);
}

/// Writes `line[from..to]` into `key` with the parts that vary from line to line masked:
/// numbers and runs of letters and digits that hold a digit, but not what may be a reply code
/// (any number of three digits, `598`, and dotted numbers of three parts with one digit first,
/// `5.1.1`) nor short words with letters (`IPv6`). A masked run keeps its length and whether
/// it held letters (`#` digits, `%` letters and digits, `&` an IPv4 address, then the length),
/// so that what the library reads by position or length (syslog times, Exim message ids)
/// reads the same in every line of a shape. Bytes a rule may read (`covered`) stay.
fn mask(line: &[u8], from: usize, to: usize, key: &mut Vec<u8>, covered: &Covered) {
    let mut i = from;
    // Start of the bytes not yet written, kept as they are.
    let mut kept = from;
    let masked = |key: &mut Vec<u8>, kept: &mut usize, start: usize, end: usize, class: u8| {
        // The run's bytes and the bytes on either side of it.
        if !covered.touches(start.saturating_sub(1), end + 1) {
            key.extend_from_slice(&line[*kept..start]);
            key.push(class);
            key.push(((end - start).min(255)) as u8);
            *kept = end;
        }
    };
    while i < to {
        if !line[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        if line[i].is_ascii_digit() {
            // A dotted number: digits, and more digits after single dots.
            let mut parts = 0;
            let mut first = 0;
            let mut longest = 0;
            let mut j = i;
            loop {
                let run = line[j..to].iter().take_while(|b| b.is_ascii_digit()).count();
                if parts == 0 {
                    first = run;
                }
                longest = longest.max(run);
                parts += 1;
                j += run;
                if j + 1 < to && line[j] == b'.' && line[j + 1].is_ascii_digit() {
                    j += 1;
                } else {
                    break;
                }
            }
            if !(j < to && line[j].is_ascii_alphanumeric()) {
                // A single digit stays too (`"class":5` of a KumoMTA record).
                let code = (parts == 1 && (first == 3 || first == 1)) || (parts == 3 && first == 1);
                let ip = parts == 4 && longest <= 3;
                if !code || ip {
                    masked(key, &mut kept, start, j, if ip { b'&' } else { b'#' });
                }
                i = j;
                continue;
            }
        }
        let mut digits = 0;
        while i < to && line[i].is_ascii_alphanumeric() {
            digits += usize::from(line[i].is_ascii_digit());
            i += 1;
        }
        if digits > 0 && (digits == i - start || i - start > 4) {
            masked(key, &mut kept, start, i, if digits == i - start { b'#' } else { b'%' });
        }
    }
    key.extend_from_slice(&line[kept.min(to)..to]);
}

/// Writes the printed text of a line after `N: `, from a head and the line's recipient, as
/// [`super::render::one_line`] would (the recipient's words, each cleaned).
fn rebuild(head: &str, recipient: Option<&str>, out: &mut Vec<u8>) {
    out.extend_from_slice(head.as_bytes());
    for word in recipient.unwrap_or("").split_whitespace() {
        out.push(b' ');
        out.extend_from_slice(clean(word).as_bytes());
    }
}

impl Memo {
    /// Writes the printed line for `line` (`N: ...` and a line end, or nothing when the line
    /// shows nothing) when its shape is known; false when the line must be explained in full
    /// (then call [`Memo::learn`]).
    pub fn print(&mut self, number: u64, line: &str, out: &mut Vec<u8>) -> bool {
        if line.len() > MAX_KEY {
            return false;
        }
        shape(line, &mut self.key, &mut self.addresses, &mut self.covered);
        let Some(Entry::Sure(learned)) = self.shapes.get(self.key.as_slice()) else { return false };
        let Some(head) = &learned.head else { return true };
        let recipient = match learned.recipient {
            Some(k) => match self.addresses.get(k) {
                Some(&(s, e)) => Some(&line[s..e]),
                None => return false,
            },
            None => None,
        };
        out.extend_from_slice(number.to_string().as_bytes());
        out.extend_from_slice(b": ");
        rebuild(head, recipient, out);
        out.push(b'\n');
        true
    }

    /// Learns from a line explained in full: `printed`, the line it printed after `N: `
    /// (`None`: nothing), `head`, the same without the recipient, and the recipient.
    pub fn learn(&mut self, line: &str, printed: Option<&str>, head: Option<String>, recipient: Option<&str>) {
        if line.len() > MAX_KEY {
            return;
        }
        shape(line, &mut self.key, &mut self.addresses, &mut self.covered);
        let learned = match (printed, head) {
            (None, _) => Some(Learned { head: None, recipient: None }),
            (Some(printed), Some(head)) => {
                let k = match recipient {
                    None => Some(None),
                    Some(r) => {
                        let mut found = self.addresses.iter().enumerate().filter(|(_, &(s, e))| &line[s..e] == r).map(|(k, _)| k);
                        match (found.next(), found.next()) {
                            // The recipient is at two places of the line: nothing learned (which
                            // one the library read is not known).
                            (Some(_), Some(_)) => return,
                            (k, _) => k.map(Some),
                        }
                    }
                };
                k.map(|k| Learned { head: Some(head), recipient: k }).filter(|learned| {
                    let mut again = Vec::with_capacity(printed.len());
                    let head = learned.head.as_deref().unwrap_or("");
                    rebuild(head, learned.recipient.map(|k| self.addresses[k]).map(|(s, e)| &line[s..e]), &mut again);
                    again == printed.as_bytes()
                })
            }
            (Some(_), None) => None,
        };
        let entry = match (self.shapes.get(self.key.as_slice()), learned) {
            (_, None) | (Some(Entry::Never), _) => Entry::Never,
            (Some(Entry::Once(first)), Some(learned)) if *first == learned => Entry::Sure(learned),
            (Some(Entry::Once(_)), Some(_)) => Entry::Never,
            (Some(Entry::Sure(first)), Some(learned)) if *first == learned => Entry::Sure(learned),
            (Some(Entry::Sure(_)), Some(_)) => Entry::Never,
            (None, Some(learned)) => Entry::Once(learned),
        };
        if self.shapes.len() >= MAX_SHAPES && !self.shapes.contains_key(self.key.as_slice()) {
            self.shapes.clear();
        }
        self.shapes.insert(self.key.clone().into_boxed_slice(), entry);
    }
}
