//! The message catalog: every human text of an explanation, keyed by a stable id.
//!
//! A catalog is plain text, one `key = text` per line; `#` starts a comment line; a line that
//! begins with whitespace continues the text of the line before. Lists use numbered keys
//! (`cat.mailbox_full.user.1`, `.2` ...). `{name}` in a text is a placeholder filled in by
//! the explanation (`{provider}`, `{list}` ...). English is built in; other languages are
//! catalogs of the same keys.

use std::fmt;
use std::sync::OnceLock;

mod files {
    include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));
}

/// The catalog files of every shipped language (`src/i18n/<lang>/*.txt`), English first.
pub fn shipped_sources() -> &'static [(&'static str, &'static [&'static str])] {
    files::CATALOGS
}

/// Why a catalog text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogError {
    /// A line is neither a comment, a continuation nor `key = text`.
    MalformedLine(usize),
    /// The same key appears twice.
    DuplicateKey(String),
    /// A continuation line comes before any key.
    OrphanContinuation(usize),
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogError::MalformedLine(n) => write!(f, "line {n} is not `key = text`"),
            CatalogError::DuplicateKey(k) => write!(f, "key `{k}` appears twice"),
            CatalogError::OrphanContinuation(n) => write!(f, "line {n} continues nothing"),
        }
    }
}

impl std::error::Error for CatalogError {}

/// A parsed catalog of one language.
#[derive(Debug)]
pub struct Catalog {
    lang: String,
    /// `(key, text)` sorted by key.
    texts: Vec<(String, String)>,
}

impl Catalog {
    /// Reads catalog text (several files of one language may be given).
    pub fn parse(lang: &str, sources: &[&str]) -> Result<Catalog, CatalogError> {
        let mut texts: Vec<(String, String)> = Vec::new();
        for source in sources {
            let mut current: Option<usize> = None;
            for (index, line) in source.lines().enumerate() {
                let number = index + 1;
                if line.trim().is_empty() || line.trim_start().starts_with('#') {
                    continue;
                }
                if line.starts_with([' ', '\t']) {
                    let at = current.ok_or(CatalogError::OrphanContinuation(number))?;
                    texts[at].1.push(' ');
                    texts[at].1.push_str(line.trim());
                    continue;
                }
                let (key, text) = line.split_once(" = ").ok_or(CatalogError::MalformedLine(number))?;
                let key = key.trim();
                if key.is_empty() || key.contains(char::is_whitespace) {
                    return Err(CatalogError::MalformedLine(number));
                }
                texts.push((key.to_string(), text.trim().to_string()));
                current = Some(texts.len() - 1);
            }
        }
        texts.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        if let Some(pair) = texts.windows(2).find(|w| w[0].0 == w[1].0) {
            return Err(CatalogError::DuplicateKey(pair[0].0.clone()));
        }
        Ok(Catalog { lang: lang.to_string(), texts })
    }

    /// The built-in English catalog.
    pub fn english() -> &'static Catalog {
        static ENGLISH: OnceLock<Catalog> = OnceLock::new();
        // The English files are checked by the test suite; an error here would be a build defect,
        // so fall back to an empty catalog rather than panic.
        ENGLISH.get_or_init(|| {
            let english = files::CATALOGS.iter().find(|(lang, _)| *lang == "en").map_or(&[][..], |(_, f)| *f);
            Catalog::parse("en", english)
                .unwrap_or_else(|_| Catalog { lang: "en".into(), texts: Vec::new() })
        })
    }

    /// Language code of the catalog.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The text of a key, if present.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.texts
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()
            .map(|i| self.texts[i].1.as_str())
    }

    /// The numbered list under a key: `key.1`, `key.2` ... until the first gap.
    pub fn list(&self, key: &str) -> Vec<&str> {
        (1..)
            .map_while(|n| self.get(&format!("{key}.{n}")))
            .collect()
    }

    /// Every key, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.texts.iter().map(|(k, _)| k.as_str())
    }
}

/// Fills `{name}` placeholders; unknown placeholders are left as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_keys_lists_and_continuations() {
        let c = Catalog::parse("xx", &["# comment\na = one\n  two\nb.1 = x\nb.2 = y\n\nb.4 = z\n"]).unwrap();
        assert_eq!(c.get("a"), Some("one two"));
        assert_eq!(c.list("b"), vec!["x", "y"]);
        assert_eq!(c.get("missing"), None);
    }

    #[test]
    fn rejects_malformed_catalogs() {
        assert_eq!(Catalog::parse("xx", &["a = 1\na = 2"]).unwrap_err(), CatalogError::DuplicateKey("a".into()));
        assert_eq!(Catalog::parse("xx", &["no separator"]).unwrap_err(), CatalogError::MalformedLine(1));
        assert_eq!(Catalog::parse("xx", &["  orphan"]).unwrap_err(), CatalogError::OrphanContinuation(1));
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("On {list} ({zone}) {x}", &[("list", "Spamhaus"), ("zone", "SBL")]), "On Spamhaus (SBL) {x}");
        assert_eq!(fill("open { brace", &[]), "open { brace");
    }
}
