//! Looking codes up in the tables (rows, not output: `describe` words them).

use crate::code::{BasicCode, EnhancedCode};
use crate::data::basic_codes::BASIC_CODES;
use crate::data::categories::CATEGORIES;
use crate::data::enhanced_codes::ENHANCED_CODES;
use crate::data::{BasicEntry, CategoryEntry, EnhancedEntry};
use crate::taxonomy::Category;

/// The registry page of the enhanced status codes.
pub(crate) const IANA_REGISTRY_URL: &str = "https://www.iana.org/assignments/smtp-enhanced-status-codes/";

/// Finds a basic code in the table.
pub(crate) fn basic_entry(code: BasicCode) -> Option<&'static BasicEntry> {
    BASIC_CODES
        .binary_search_by_key(&code.value(), |e| e.code)
        .ok()
        .map(|i| &BASIC_CODES[i])
}

/// Finds an enhanced code in the registry table (the class does not matter).
pub(crate) fn enhanced_entry(code: EnhancedCode) -> Option<&'static EnhancedEntry> {
    let key = (code.subject_number(), code.detail());
    ENHANCED_CODES
        .binary_search_by_key(&key, |e| (e.subject, e.detail))
        .ok()
        .map(|i| &ENHANCED_CODES[i])
}

/// The defaults and crosswalks of a category.
pub(crate) fn category_entry(category: Category) -> &'static CategoryEntry {
    CATEGORIES
        .iter()
        .find(|e| e.category == category)
        .unwrap_or(&CATEGORIES[CATEGORIES.len() - 1])
}

/// A row of the code tables.
pub(crate) enum TableEntry {
    /// A basic code's row.
    Basic(&'static BasicEntry),
    /// An enhanced code's registry row.
    Enhanced(&'static EnhancedEntry),
}

/// Every row: basic codes, then enhanced codes.
pub(crate) fn all_entries() -> impl Iterator<Item = TableEntry> {
    BASIC_CODES.iter().map(TableEntry::Basic).chain(ENHANCED_CODES.iter().map(TableEntry::Enhanced))
}

/// Looks up `550`, `5.1.1` or `X.1.1` (surrounding spaces and a leading `#` are ignored).
pub(crate) fn lookup_entry(code: &str) -> Option<TableEntry> {
    let code = code.trim().trim_start_matches('#');
    if let Some(basic) = BasicCode::parse(code) {
        return basic_entry(basic).map(TableEntry::Basic);
    }
    let enhanced = EnhancedCode::parse(code)?;
    if !enhanced.is_valid() {
        return None;
    }
    enhanced_entry(enhanced).map(TableEntry::Enhanced)
}

/// The first RFC named in a source text, as an rfc-editor.org link with its section.
pub(crate) fn source_url(source: &str) -> String {
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
        assert!(lookup_entry("5.1.1").is_some());
        assert!(lookup_entry("x.1.1").is_some());
        assert!(lookup_entry("9.1.1").is_none());
        assert!(lookup_entry("6.1.1").is_none());
    }
}
