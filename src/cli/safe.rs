//! Terminal safety: text from the input (replies, recipients, hosts) is hostile. No control
//! character reaches the terminal: C0 and C1 controls, DEL, and the bidirectional override and
//! isolate characters are shown escaped (`\x1b`, `\u{202e}`), never emitted.

use std::borrow::Cow;

/// Whether `c` must never be written raw to a terminal.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        // Bidi embeddings and overrides, isolates, and the line/paragraph separators some
        // terminals treat as line breaks.
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}'
        // Marks that reorder text silently.
        | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// The text with every unsafe character escaped; tabs and line breaks become spaces
/// (text output is wrapped and laid out by us, never by the input).
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b < 0x20) && !has_unsafe_above_ascii(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '\t' | '\n' => out.push(' '),
            c if is_unsafe(c) => push_escape(&mut out, c),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn push_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    if (c as u32) < 0x80 {
        let _ = write!(out, "\\x{:02x}", c as u32);
    } else {
        let _ = write!(out, "\\u{{{:x}}}", c as u32);
    }
}

/// JSON text as serde_json writes it, with the characters it leaves raw (DEL, C1 controls,
/// bidi controls, line separators) written as `\uXXXX` escapes. They only occur inside
/// strings, where the escape means the same character.
pub fn json(text: String) -> String {
    if !has_unsafe_above_ascii(text.as_bytes()) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 32);
    for c in text.chars() {
        if is_unsafe_in_json(c) {
            use std::fmt::Write;
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether the UTF-8 text holds DEL or one of the unsafe characters above U+007F, by bytes
/// (faster than decoding every char: most JSON holds none of the lead bytes checked).
fn has_unsafe_above_ascii(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            0x7f => return true,
            // U+0080-U+009F
            0xc2 if matches!(bytes.get(i + 1), Some(0x80..=0x9f)) => return true,
            // U+061C
            0xd8 if bytes.get(i + 1) == Some(&0x9c) => return true,
            // U+200E U+200F U+2028-U+202E, U+2066-U+2069
            0xe2 => match (bytes.get(i + 1), bytes.get(i + 2)) {
                (Some(0x80), Some(0x8e | 0x8f | 0xa8..=0xae)) | (Some(0x81), Some(0xa6..=0xa9)) => return true,
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
    false
}

/// serde_json escapes C0 itself; pretty JSON holds raw newlines and spaces of its own.
fn is_unsafe_in_json(c: char) -> bool {
    c >= '\u{7f}' && is_unsafe(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(clean("a\u{1b}]0;x\u{7}b"), "a\\x1b]0;x\\x07b");
        assert_eq!(clean("x\u{202e}y\u{9b}z"), "x\\u{202e}y\\u{9b}z");
        assert_eq!(json("\"\u{9b}\u{2066}\"".into()), "\"\\u009b\\u2066\"");
    }

    #[test]
    fn the_byte_scan_agrees_with_the_char_rule() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let text = format!("a{}b", c.encode_utf8(&mut buf));
            assert_eq!(has_unsafe_above_ascii(text.as_bytes()), is_unsafe_in_json(c), "{c:?}");
        }
    }
}
