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
    if !text.chars().any(is_unsafe) {
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
    if !text.chars().any(is_unsafe_in_json) {
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
}
