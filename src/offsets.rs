//! Offsets between the core (UTF-8 byte offsets into the input) and JavaScript (UTF-16
//! indices into the string the caller passed), converted in one pass over the input for any
//! number of offsets.

/// What the offsets count.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// UTF-8 bytes (the core's evidence spans).
    Bytes,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
}

/// Converts `positions` (counted in `from`) into the other unit, in place. A position inside
/// a character moves to the end of that character; one past the end of `text` becomes its
/// length. Linear in the text, plus sorting the positions.
pub(crate) fn convert(text: &str, positions: &mut [usize], from: Unit) {
    let mut order: Vec<usize> = (0..positions.len()).collect();
    crate::util::heap_sort_by(&mut order, |&a, &b| positions[a] < positions[b]);
    let (mut bytes, mut units) = (0usize, 0usize);
    let mut next = 0;
    let mut chars = text.chars();
    loop {
        let (here, there) = if from == Unit::Bytes { (bytes, units) } else { (units, bytes) };
        while next < order.len() && positions[order[next]] <= here {
            positions[order[next]] = there;
            next += 1;
        }
        match chars.next() {
            Some(c) => {
                bytes += c.len_utf8();
                units += c.len_utf16();
            }
            None => break,
        }
    }
    let end = if from == Unit::Bytes { units } else { bytes };
    for &i in &order[next..] {
        positions[i] = end;
    }
}

/// Text with the escapes of a JSON or quoted log string read as the characters they stand for
/// (`\"` `\'` `\\` `\/` `\n` `\r` `\t` `\uXXXX`), with the way back to the input: a log line
/// that quotes a reply (`\"550 5.7.1 ...\"`, `\u003cbob@example.com\u003e`) is read as the
/// reply it quotes.
pub(crate) struct Unescaped {
    /// The text read.
    pub text: String,
    /// For each byte of `text` and one past its end: where in the input the character (or the
    /// escape) it belongs to starts.
    origin: Vec<u32>,
}

impl Unescaped {
    /// Where offset `at` of the text is in the input (a char boundary of the input).
    pub fn origin(&self, at: usize) -> usize {
        self.origin.get(at).or(self.origin.last()).map_or(0, |&o| o as usize)
    }
}

/// The escape a backslash at `bytes[i]` starts: the character it stands for and its length in
/// bytes. `\b` and `\f` (JSON's backspace and form feed) are left alone: in mail text they are
/// Windows paths (`C:\bin`), never a control character.
fn escape_at(bytes: &[u8], i: usize) -> Option<(char, usize)> {
    let c = match *bytes.get(i + 1)? {
        b'"' => '"',
        b'\'' => '\'',
        b'\\' => '\\',
        b'/' => '/',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let hex = |at: usize| -> Option<u32> {
                let digits = bytes.get(at..at + 4)?;
                digits.iter().try_fold(0u32, |n, &d| Some(n * 16 + char::from(d).to_digit(16)?))
            };
            let high = hex(i + 2)?;
            // A surrogate pair (`\ud83d\ude00`) is one character.
            if (0xD800..0xDC00).contains(&high) {
                let low = (bytes.get(i + 6) == Some(&b'\\') && bytes.get(i + 7) == Some(&b'u')).then(|| hex(i + 8)).flatten()?;
                if !(0xDC00..0xE000).contains(&low) {
                    return None;
                }
                return char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)).map(|c| (c, 12));
            }
            return char::from_u32(high).map(|c| (c, 6));
        }
        _ => return None,
    };
    Some((c, 2))
}

/// Where the next backslash at or after `from` (a char boundary) is: a `memchr` search (the
/// standard library's, a word at a time), not a look at every byte.
fn next_backslash(text: &str, from: usize) -> Option<usize> {
    text.get(from..)?.find('\\').map(|p| from + p)
}

/// One pass of [`unescape`]: `None` when `text` holds no escape.
fn unescape_once(text: &str) -> Option<Unescaped> {
    let bytes = text.as_bytes();
    let mut out: Option<Unescaped> = None;
    let mut copied = 0;
    let mut i = 0;
    while let Some(at) = next_backslash(text, i) {
        let Some((c, len)) = escape_at(bytes, at) else {
            i = at + 1;
            continue;
        };
        let out =
            out.get_or_insert_with(|| Unescaped { text: String::with_capacity(text.len()), origin: Vec::with_capacity(text.len() + 1) });
        out.text.push_str(&text[copied..at]);
        out.origin.extend(copied as u32..at as u32);
        out.text.push(c);
        out.origin.extend(std::iter::repeat_n(at as u32, c.len_utf8()));
        copied = at + len;
        i = copied;
    }
    let mut out = out?;
    out.text.push_str(&text[copied..]);
    out.origin.extend(copied as u32..=text.len() as u32);
    Some(out)
}

/// `text` with its escapes read (see [`Unescaped`]), or `None` when it has none. A string
/// escaped twice (a JSON record that holds a JSON string: `\\\"550\\\"`) is read twice.
/// Linear in the text.
pub(crate) fn unescape(text: &str) -> Option<Unescaped> {
    let once = unescape_once(text)?;
    // Only a quote escaped twice (`\\\"`) says the string was: a single `\\` before a
    // quote or a letter is a backslash of the string's own (`C:\\new`).
    if !text.contains(r#"\\\""#) {
        return Some(once);
    }
    let Some(twice) = unescape_once(&once.text) else { return Some(once) };
    let origin = twice.origin.iter().map(|&o| once.origin[o as usize]).collect();
    Some(Unescaped { text: twice.text, origin })
}

/// The rule hits of `text` (see [`crate::matcher::scan`]), read in its unescaped form when it
/// holds escapes, at their places in `text`.
pub(crate) fn scan_unescaped(text: &str) -> Vec<crate::matcher::Hit> {
    let Some(unescaped) = unescape(text) else { return crate::matcher::scan(text) };
    let mut hits = crate::matcher::scan(&unescaped.text);
    for hit in &mut hits {
        hit.start = unescaped.origin(hit.start);
        hit.end = unescaped.origin(hit.end).max(hit.start);
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_read_and_mapped_back() {
        let input = r#"{"error":"550 5.1.1 \u003cbob@example.com\u003e: Recipient address rejected\r\nsaid: \"no\" \ud83d\ude00 é \\"}"#;
        let u = unescape(input).unwrap();
        assert_eq!(u.text, "{\"error\":\"550 5.1.1 <bob@example.com>: Recipient address rejected\r\nsaid: \"no\" \u{1F600} é \\\"}");
        let lt = u.text.find('<').unwrap();
        assert_eq!(&input[u.origin(lt)..u.origin(lt + 1)], r"\u003c");
        let quote = u.text.find("\"no").unwrap();
        assert_eq!(&input[u.origin(quote)..u.origin(quote + 4)], r#"\"no\""#);
        let emoji = u.text.find('\u{1F600}').unwrap();
        assert_eq!(&input[u.origin(emoji)..u.origin(emoji + 4)], r"\ud83d\ude00");
        // Every char boundary maps to a char boundary of the input, in order.
        let mut last = 0;
        for at in (0..=u.text.len()).filter(|&at| u.text.is_char_boundary(at)) {
            let o = u.origin(at);
            assert!(input.is_char_boundary(o) && o >= last, "{at}");
            last = o;
        }
        assert_eq!(u.origin(u.text.len()), input.len());
        // Escaped twice.
        let twice = unescape(r#"got code \\\"550\\\""#).unwrap();
        assert_eq!(twice.text, "got code \"550\"");
        assert_eq!(twice.origin(10), 13);
        // No escape, or only what is none (a Windows path's `\b`, a bad `\u`, a lone surrogate).
        assert!(unescape("550 5.1.1 user unknown").is_none());
        assert!(unescape(r"C:\bin\Mail \u00zz \ud800 x").is_none());
    }

    #[test]
    fn both_directions_agree() {
        let text = "é 550 😀 x";
        let mut bytes = vec![3, 6, 7, 11, 12, 13, 99];
        let original = bytes.clone();
        convert(text, &mut bytes, Unit::Bytes);
        assert_eq!(bytes, [2, 5, 6, 8, 9, 10, 10]);
        let mut back = bytes.clone();
        convert(text, &mut back, Unit::Utf16);
        assert_eq!(&back[..6], &original[..6]);
        assert_eq!(back[6], text.len());
    }
}
