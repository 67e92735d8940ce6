//! Looking codes up in the tables, and describing codes that are in no table from the
//! meaning of their digits.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::code::{BasicCode, EnhancedCode};
use crate::data::basic_codes::BASIC_CODES;
use crate::data::categories::CATEGORIES;
use crate::data::enhanced_codes::ENHANCED_CODES;
use crate::data::{BasicEntry, CategoryEntry, EnhancedEntry};
use crate::explanation::{CodeInfo, CodeKind, CodeOrigin};
use crate::taxonomy::Category;

/// The registry page of the enhanced status codes.
pub const IANA_REGISTRY_URL: &str = "https://www.iana.org/assignments/smtp-enhanced-status-codes/";

/// Finds a basic code in the table.
pub fn basic_entry(code: BasicCode) -> Option<&'static BasicEntry> {
    BASIC_CODES
        .binary_search_by_key(&code.value(), |e| e.code)
        .ok()
        .map(|i| &BASIC_CODES[i])
}

/// Finds an enhanced code in the registry table (the class does not matter).
pub fn enhanced_entry(code: EnhancedCode) -> Option<&'static EnhancedEntry> {
    let key = (code.subject_number(), code.detail());
    ENHANCED_CODES
        .binary_search_by_key(&key, |e| (e.subject, e.detail))
        .ok()
        .map(|i| &ENHANCED_CODES[i])
}

/// The defaults and crosswalks of a category.
pub fn category_entry(category: Category) -> &'static CategoryEntry {
    CATEGORIES
        .iter()
        .find(|e| e.category == category)
        .unwrap_or(&CATEGORIES[CATEGORIES.len() - 1])
}

/// One dictionary entry, as `lookup()`, `codes()` and `--list-codes` give it.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DictionaryEntry {
    /// `550` or `X.1.1`.
    pub code: String,
    /// Basic or enhanced.
    pub kind: CodeKind,
    /// The RFC's or registry's name.
    pub title: &'static str,
    /// Plain meaning.
    pub meaning: String,
    /// Defining document and section.
    pub source: &'static str,
    /// Link to the source.
    pub source_url: String,
    /// The category the code stands for when nothing else is known.
    pub category: Category,
    /// For enhanced codes: associated basic codes listed by the registry.
    pub basic_codes: Vec<u16>,
    /// Marked deprecated in the registry.
    pub deprecated: bool,
}

fn basic_dictionary_entry(entry: &'static BasicEntry, catalog: &Catalog) -> DictionaryEntry {
    DictionaryEntry {
        code: entry.code.to_string(),
        kind: CodeKind::Basic,
        title: entry.title,
        meaning: text(catalog, &format!("code.{}", entry.code)),
        source: entry.source,
        source_url: source_url(entry.source),
        category: entry.category,
        basic_codes: Vec::new(),
        deprecated: false,
    }
}

fn enhanced_dictionary_entry(entry: &'static EnhancedEntry, catalog: &Catalog) -> DictionaryEntry {
    DictionaryEntry {
        code: format!("X.{}.{}", entry.subject, entry.detail),
        kind: CodeKind::Enhanced,
        title: entry.title,
        meaning: text(catalog, &format!("code.X.{}.{}", entry.subject, entry.detail)),
        source: entry.source,
        source_url: IANA_REGISTRY_URL.to_string(),
        category: entry.category,
        basic_codes: entry.basic.to_vec(),
        deprecated: entry.deprecated,
    }
}

/// The whole dictionary: basic codes, then enhanced codes.
pub fn all_entries(catalog: &Catalog) -> Vec<DictionaryEntry> {
    BASIC_CODES
        .iter()
        .map(|e| basic_dictionary_entry(e, catalog))
        .chain(ENHANCED_CODES.iter().map(|e| enhanced_dictionary_entry(e, catalog)))
        .collect()
}

/// Looks up `550`, `5.1.1` or `X.1.1` (surrounding spaces and a leading `#` are ignored).
pub fn lookup_entry(code: &str, catalog: &Catalog) -> Option<DictionaryEntry> {
    let code = code.trim().trim_start_matches('#');
    if let Some(basic) = BasicCode::parse(code) {
        return basic_entry(basic).map(|e| basic_dictionary_entry(e, catalog));
    }
    let enhanced = EnhancedCode::parse(code)?;
    if !enhanced.is_valid() {
        return None;
    }
    enhanced_entry(enhanced).map(|e| enhanced_dictionary_entry(e, catalog))
}

/// The first RFC named in a source text, as an rfc-editor.org link with its section.
pub fn source_url(source: &str) -> String {
    let first = source.split(';').next().unwrap_or("").trim();
    let Some(rest) = first.strip_prefix("RFC ") else {
        return IANA_REGISTRY_URL.to_string();
    };
    let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if number.is_empty() {
        return IANA_REGISTRY_URL.to_string();
    }
    let section: String = rest
        .split_once('§')
        .map(|(_, s)| s.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect())
        .unwrap_or_default();
    let section = section.trim_end_matches('.');
    if section.is_empty() {
        format!("https://www.rfc-editor.org/rfc/rfc{number}")
    } else {
        format!("https://www.rfc-editor.org/rfc/rfc{number}#section-{section}")
    }
}

fn text(catalog: &Catalog, key: &str) -> String {
    catalog
        .get(key)
        .or_else(|| Catalog::english().get(key))
        .unwrap_or_default()
        .to_string()
}

/// Describes a basic code found in a reply: from the table, or from its digits.
pub fn describe_basic(code: BasicCode, origin: CodeOrigin, catalog: &Catalog) -> CodeInfo {
    match basic_entry(code) {
        Some(entry) => CodeInfo {
            code: code.to_string(),
            kind: CodeKind::Basic,
            title: entry.title.to_string(),
            meaning: text(catalog, &format!("code.{}", entry.code)),
            source: entry.source.to_string(),
            registered: true,
            valid: true,
            origin,
        },
        None => {
            let first = code.value() / 100;
            let second = (code.value() / 10) % 10;
            let severity = text(catalog, &format!("severity.{first}"));
            let area = if code.is_standard() { text(catalog, &format!("area.{second}")) } else { text(catalog, "area.nonstandard") };
            CodeInfo {
                code: code.to_string(),
                kind: CodeKind::Basic,
                title: crate::catalog::fill(&text(catalog, "code.unregistered.basic.title"), &[("code", &code.to_string())]),
                meaning: format!("{severity} {area}"),
                source: text(catalog, "code.unregistered.source"),
                registered: false,
                valid: code.is_standard(),
                origin,
            }
        }
    }
}

/// Describes an enhanced code found in a reply: from the registry, or from its digits.
pub fn describe_enhanced(code: EnhancedCode, origin: CodeOrigin, catalog: &Catalog) -> CodeInfo {
    let class_key = if code.is_any_class() { "class.any".to_string() } else { format!("class.{}", code.class_digit()) };
    let class = text(catalog, &class_key);
    let class = if class.is_empty() { text(catalog, "class.invalid") } else { class };
    match enhanced_entry(code).filter(|_| code.is_valid()) {
        Some(entry) => CodeInfo {
            code: code.to_string(),
            kind: CodeKind::Enhanced,
            title: entry.title.to_string(),
            meaning: format!("{} {}", text(catalog, &format!("code.X.{}.{}", entry.subject, entry.detail)), class),
            source: entry.source.to_string(),
            registered: true,
            valid: true,
            origin,
        },
        None => {
            let subject = text(catalog, &format!("subject.{}", code.subject_number()));
            let subject = if subject.is_empty() { text(catalog, "subject.invalid") } else { subject };
            CodeInfo {
                code: code.to_string(),
                kind: CodeKind::Enhanced,
                title: crate::catalog::fill(&text(catalog, "code.unregistered.enhanced.title"), &[("code", &code.to_string())]),
                meaning: format!("{subject} {class}"),
                source: text(catalog, "code.unregistered.source"),
                registered: false,
                valid: code.is_valid(),
                origin,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_urls_point_at_rfc_sections() {
        assert_eq!(source_url("RFC 5321 §4.2.3"), "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3");
        assert_eq!(source_url("RFC 7504; RFC 7505 §4"), "https://www.rfc-editor.org/rfc/rfc7504");
        assert_eq!(source_url("IANA registration"), IANA_REGISTRY_URL);
    }

    #[test]
    fn lookup_needs_a_valid_class() {
        let en = Catalog::english();
        assert!(lookup_entry("5.1.1", en).is_some());
        assert!(lookup_entry("x.1.1", en).is_some());
        assert!(lookup_entry("9.1.1", en).is_none());
        assert!(lookup_entry("6.1.1", en).is_none());
    }
}
