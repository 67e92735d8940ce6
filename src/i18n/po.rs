//! A small reader of gettext `.po` files, shared by `build.rs` (which compiles `po/<lang>.po`
//! into the sorted `key = text` catalogs the library reads) and by `tests/i18n.rs`. It is not
//! part of the library: nothing parses `.po` at run time.
//!
//! Reads `msgctxt`, `msgid`, `msgid_plural`, `msgstr` and `msgstr[N]` (the first form is kept),
//! strings continued over several lines, the C escapes gettext writes, translator (`#`),
//! extracted (`#.`), reference (`#:`) and flag (`#,`) comments; obsolete entries (`#~`) and
//! previous strings (`#|`) are skipped.

/// One entry of a `.po` file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PoEntry {
    /// `msgctxt`: the catalog key (`None` for the header).
    pub context: Option<String>,
    /// `msgid`: the English text.
    pub id: String,
    /// `msgstr` (or `msgstr[0]`): the translation; empty when untranslated.
    pub text: String,
    /// The `fuzzy` flag: a translation that needs review (ignored by the build).
    pub fuzzy: bool,
    /// Extracted comments (`#.`), one per line.
    pub comments: Vec<String>,
    /// The line of the entry's first keyword.
    pub line: usize,
}

impl PoEntry {
    /// The translation as the catalog uses it: trimmed, a line break becomes a space; `None`
    /// when the entry is the header, untranslated or fuzzy.
    pub fn translation(&self) -> Option<(&str, String)> {
        let key = self.context.as_deref()?;
        if self.fuzzy || self.text.trim().is_empty() {
            return None;
        }
        Some((key, self.text.split('\n').map(str::trim).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ")))
    }
}

/// Which string of the entry a continuation line adds to.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    None,
    Context,
    Id,
    Plural,
    Text,
    OtherText,
}

/// Reads a `.po` file into its entries (the header, `msgid ""` without context, included).
pub fn parse_po(source: &str) -> Result<Vec<PoEntry>, String> {
    let mut entries = Vec::new();
    let mut entry = PoEntry::default();
    let mut field = Field::None;
    let mut started = false;
    let mut flush = |entry: &mut PoEntry, started: &mut bool| {
        if *started {
            entries.push(std::mem::take(entry));
        } else {
            // Comments before nothing (e.g. at the end of the file) are dropped.
            *entry = PoEntry::default();
        }
        *started = false;
    };
    for (index, raw) in source.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim();
        if line.is_empty() {
            flush(&mut entry, &mut started);
            field = Field::None;
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            // A comment after a complete entry starts the next one.
            if started && matches!(field, Field::Text | Field::OtherText) {
                flush(&mut entry, &mut started);
                field = Field::None;
            }
            if let Some(flags) = comment.strip_prefix(',') {
                entry.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
            } else if let Some(extracted) = comment.strip_prefix('.') {
                entry.comments.push(extracted.strip_prefix(' ').unwrap_or(extracted).to_string());
            }
            continue;
        }
        if line.starts_with('"') {
            let value = unquote(line).map_err(|e| format!("line {number}: {e}"))?;
            match field {
                Field::Context => entry.context.get_or_insert_with(String::new).push_str(&value),
                Field::Id => entry.id.push_str(&value),
                Field::Text => entry.text.push_str(&value),
                Field::Plural | Field::OtherText => {}
                Field::None => return Err(format!("line {number}: a string continues nothing")),
            }
            continue;
        }
        let (keyword, rest) =
            line.split_once(char::is_whitespace).ok_or_else(|| format!("line {number}: `{line}` is not a keyword and a string"))?;
        let value = unquote(rest.trim()).map_err(|e| format!("line {number}: {e}"))?;
        // A new msgctxt or msgid after a complete entry starts the next one.
        if matches!(keyword, "msgctxt" | "msgid") && matches!(field, Field::Text | Field::OtherText) {
            flush(&mut entry, &mut started);
        }
        if !started {
            entry.line = number;
            started = true;
        }
        field = match keyword {
            "msgctxt" => {
                entry.context = Some(value);
                Field::Context
            }
            "msgid" => {
                entry.id = value;
                Field::Id
            }
            "msgid_plural" => Field::Plural,
            "msgstr" | "msgstr[0]" => {
                entry.text = value;
                Field::Text
            }
            k if k.starts_with("msgstr[") => Field::OtherText,
            k => return Err(format!("line {number}: unknown keyword `{k}`")),
        };
    }
    flush(&mut entry, &mut started);
    Ok(entries)
}

/// The value of a `"..."` string with its escapes resolved.
fn unquote(quoted: &str) -> Result<String, String> {
    let inner = quoted
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .filter(|_| quoted.len() >= 2)
        .ok_or_else(|| format!("`{quoted}` is not a quoted string"))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(match chars.next() {
                Some('n') => '\n',
                Some('t') => '\t',
                Some('r') => '\r',
                Some('"') => '"',
                Some('\\') => '\\',
                Some('a') => '\u{7}',
                Some('b') => '\u{8}',
                Some('f') => '\u{c}',
                Some('v') => '\u{b}',
                other => return Err(format!("unknown escape `\\{}`", other.map(String::from).unwrap_or_default())),
            }),
            '"' => return Err("an unescaped quote inside a string".to_string()),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// The value of a header field (`Language`, `Plural-Forms` ...) of a parsed file.
pub fn header_field<'a>(entries: &'a [PoEntry], name: &str) -> Option<&'a str> {
    let header = entries.iter().find(|e| e.context.is_none() && e.id.is_empty())?;
    header.text.lines().find_map(|line| {
        let (field, value) = line.split_once(':')?;
        field.trim().eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_strings_and_flags() {
        let po = "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\n#. a note\n#, fuzzy\nmsgctxt \"a\"\nmsgid \"One\"\nmsgstr \"Eins\"\n\nmsgctxt \"b\"\nmsgid \"\"\n\"Two \\\"x\\\"\"\nmsgstr \"\"\n\"Zwei \"\n\"\\\"x\\\"\"\n#~ msgctxt \"old\"\n";
        let entries = parse_po(po).unwrap();
        assert_eq!(header_field(&entries, "language"), Some("de"));
        assert_eq!(entries.len(), 3);
        assert!(entries[1].fuzzy && entries[1].translation().is_none());
        assert_eq!(entries[1].comments, ["a note"]);
        assert_eq!(entries[2].translation(), Some(("b", "Zwei \"x\"".to_string())));
        assert_eq!(entries[2].id, "Two \"x\"");
        assert!(parse_po("msgid \"bad\\q\"").is_err());
    }
}
