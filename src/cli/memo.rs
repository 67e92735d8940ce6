//! The memo of `--lines` (text output): real logs repeat the same few replies thousands of
//! times, each time with other queue ids, process ids, times, addresses and numbers. A line's
//! *shape* is the line with those parts masked: the local part of every address becomes `*`,
//! every run of letters and digits that holds a digit and is not a reply code (`550`,
//! `5.1.1`) becomes `#` (short words like `IPv6` stay). Lines of one shape get one
//! explanation: its printed words (outcome, codes, category, title), and which address of the
//! line is the recipient.
//!
//! Nothing is taken on trust: a shape is used only after two lines of it were explained in
//! full and gave the same words and the same recipient position; a shape whose lines differ is
//! never used again. The memo holds at most [`MAX_SHAPES`] shapes of lines up to
//! [`MAX_KEY`] bytes (bounded memory; when full it starts over).

use std::collections::HashMap;

use super::filter::{closes_basic, enhanced_tail};
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
    shapes: HashMap<Box<[u8]>, Entry>,
    key: Vec<u8>,
    addresses: Vec<(usize, usize)>,
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

/// The length of a reply code at `i` (`550` or `5.1.1`), if one starts there.
fn code_len(line: &[u8], i: usize) -> Option<usize> {
    let rest = &line[i..];
    if !matches!(rest.first(), Some(b'2' | b'4' | b'5')) {
        return None;
    }
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 3 && rest[1] <= b'5' && closes_basic(&rest[3..]) {
        return Some(3);
    }
    if digits == 1 && enhanced_tail(&rest[1..]) {
        let mut len = 1;
        for _ in 0..2 {
            len += 1;
            len += rest[len..].iter().take_while(|b| b.is_ascii_digit()).count();
        }
        return Some(len);
    }
    None
}

/// Writes the shape of `line` into `key`, its addresses into `addresses`.
fn shape(line: &[u8], key: &mut Vec<u8>, addrs: &mut Vec<(usize, usize)>) {
    key.clear();
    addresses(line, addrs);
    let mut from = 0;
    for &(start, end) in addrs.iter() {
        mask(line, from, start, key);
        // The local part is masked, the domain kept.
        key.push(b'*');
        from = start + line[start..end].iter().position(|&b| b == b'@').unwrap_or(0);
    }
    mask(line, from, line.len(), key);
}

/// Writes `line[from..to]` into `key`, each run of letters and digits that holds a digit and
/// is not a reply code masked (`#`), unless it is a short word with letters (`IPv6`).
fn mask(line: &[u8], from: usize, to: usize, key: &mut Vec<u8>) {
    let mut i = from;
    // Start of the bytes not yet written, kept as they are.
    let mut kept = from;
    while i < to {
        if !line[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        if line[i].is_ascii_digit() {
            if let Some(len) = code_len(line, i) {
                i += len;
                continue;
            }
        }
        let start = i;
        let mut digits = 0;
        while i < to && line[i].is_ascii_alphanumeric() {
            digits += usize::from(line[i].is_ascii_digit());
            i += 1;
        }
        if digits > 0 && (digits == i - start || i - start > 4) {
            key.extend_from_slice(&line[kept..start]);
            key.push(b'#');
            kept = i;
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
        shape(line.as_bytes(), &mut self.key, &mut self.addresses);
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
        shape(line.as_bytes(), &mut self.key, &mut self.addresses);
        let learned = match (printed, head) {
            (None, _) => Some(Learned { head: None, recipient: None }),
            (Some(printed), Some(head)) => {
                let k = match recipient {
                    None => Some(None),
                    Some(r) => self.addresses.iter().position(|&(s, e)| &line[s..e] == r).map(Some),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn key(line: &str) -> String {
        let (mut k, mut a) = (Vec::new(), Vec::new());
        shape(line.as_bytes(), &mut k, &mut a);
        String::from_utf8(k).unwrap()
    }

    #[test]
    fn shapes_mask_ids_numbers_and_local_parts() {
        assert_eq!(
            key("Dec  5 10:00:01 mx1 postfix/smtp[4242]: 3F2A1B9C4D: to=<peggy.236@yahoo.com>, relay=mta7.am0.yahoodns.net[67.195.204.72]:25, delay=0.5, dsn=5.1.1, status=bounced (host x said: 550-5.1.1 <a@b.c>: IPv6 nope)"),
            "Dec  # #:#:# mx1 postfix/smtp[#]: #: to=<*@yahoo.com>, relay=mta7.am0.yahoodns.net[#.#.#.#]:#, delay=#.#, dsn=5.1.1, status=bounced (host x said: 550-5.1.1 <*@b.c>: IPv6 nope)"
        );
    }
}
