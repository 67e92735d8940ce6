//! The catalog text format, shared by the library and by `build.rs` (which compiles the
//! shipped catalogs into sorted static tables): `key = text` lines, `#` comment lines, and
//! lines starting with whitespace that continue the text before.

use std::fmt;

/// Why a catalog text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogError {
    /// A line is neither a comment, a continuation nor `key = text`.
    MalformedLine(usize),
    /// The same key appears twice.
    DuplicateKey(String),
    /// A continuation line comes before any key.
    OrphanContinuation(usize),
    /// A pack for the WebAssembly build is not in compiled form (sorted `key = text` lines).
    NotCompiled,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogError::MalformedLine(n) => write!(f, "line {n} is not `key = text`"),
            CatalogError::DuplicateKey(k) => write!(f, "key `{k}` appears twice"),
            CatalogError::OrphanContinuation(n) => write!(f, "line {n} continues nothing"),
            CatalogError::NotCompiled => write!(f, "not in compiled form: sorted `key = text` lines without comments"),
        }
    }
}

impl std::error::Error for CatalogError {}

/// Reads catalog files into `(key, text)` pairs sorted by key, refusing duplicates.
pub fn parse_entries(sources: &[&str]) -> Result<Vec<(String, String)>, CatalogError> {
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
    Ok(texts)
}
