//! Checks of the code dictionary: the basic reply codes (`BASIC_CODES`), the IANA enhanced
//! status codes (`ENHANCED_CODES`), their catalog meanings and the public look-up API.
//!
//! Completeness is checked against `tests/data/reference_codes.txt`, a copy of the code lists
//! of the project's knowledge sources (RFC 821/5321 and extensions; the IANA registry).

use std::collections::BTreeSet;

use smtp_explain::catalog::Catalog;
use smtp_explain::code::BasicCode;
use smtp_explain::data::basic_codes::BASIC_CODES;
use smtp_explain::data::enhanced_codes::ENHANCED_CODES;
use smtp_explain::explanation::{CodeKind, CodeOrigin};
use smtp_explain::{Category, CodeInfo};

const REFERENCE: &str = include_str!("data/reference_codes.txt");

/// The (kind, code) pairs of the reference file.
fn reference() -> (Vec<u16>, Vec<(u16, u16)>) {
    let mut basic = Vec::new();
    let mut enhanced = Vec::new();
    for (n, line) in REFERENCE.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        let kind = parts.next().unwrap_or_default();
        let code = parts.next().unwrap_or_else(|| panic!("line {}: no code", n + 1));
        match kind {
            "basic" => basic.push(code.parse().unwrap_or_else(|_| panic!("line {}: bad basic code {code}", n + 1))),
            "enhanced" => {
                let rest = code.strip_prefix("X.").unwrap_or_else(|| panic!("line {}: {code} must start with X.", n + 1));
                let (s, d) = rest.split_once('.').unwrap_or_else(|| panic!("line {}: bad enhanced code {code}", n + 1));
                enhanced.push((s.parse().unwrap(), d.parse().unwrap()));
            }
            other => panic!("line {}: unknown kind {other:?}", n + 1),
        }
    }
    (basic, enhanced)
}

fn source_ok(source: &str) -> bool {
    source.starts_with("RFC ") || source.contains("IANA")
}

#[test]
fn basic_codes_are_sorted_unique_and_valid() {
    for pair in BASIC_CODES.windows(2) {
        assert!(pair[0].code < pair[1].code, "BASIC_CODES not strictly sorted at {}", pair[1].code);
    }
    for e in BASIC_CODES {
        assert!(BasicCode::new(e.code).is_some(), "{} is not a well-formed reply code", e.code);
    }
}

#[test]
fn enhanced_codes_are_sorted_unique_and_valid() {
    for pair in ENHANCED_CODES.windows(2) {
        let (a, b) = ((pair[0].subject, pair[0].detail), (pair[1].subject, pair[1].detail));
        assert!(a < b, "ENHANCED_CODES not strictly sorted at X.{}.{}", b.0, b.1);
    }
    for e in ENHANCED_CODES {
        assert!(e.subject <= 7, "X.{}.{}: subject above 7", e.subject, e.detail);
        for pair in e.basic.windows(2) {
            assert!(pair[0] < pair[1], "X.{}.{}: basic codes not sorted", e.subject, e.detail);
        }
        for &b in e.basic {
            assert!(BasicCode::new(b).is_some(), "X.{}.{}: {b} is not a reply code", e.subject, e.detail);
        }
    }
}

#[test]
fn basic_codes_are_complete() {
    let (reference, _) = reference();
    assert_eq!(reference.len(), 44, "the reference list of basic codes changed");
    let table: BTreeSet<u16> = BASIC_CODES.iter().map(|e| e.code).collect();
    let missing: Vec<u16> = reference.iter().copied().filter(|c| !table.contains(c)).collect();
    assert!(missing.is_empty(), "basic codes missing from BASIC_CODES: {missing:?}");
    assert!(BASIC_CODES.len() >= 45, "expected at least 45 basic codes, found {}", BASIC_CODES.len());
}

#[test]
fn enhanced_codes_are_complete() {
    let (_, reference) = reference();
    assert_eq!(reference.len(), 81, "the reference list must hold the 81 registry codes");
    let table: Vec<(u16, u16)> = ENHANCED_CODES.iter().map(|e| (e.subject, e.detail)).collect();
    assert_eq!(ENHANCED_CODES.len(), 81, "the registry has 81 enumerated codes");
    let mut sorted_reference = reference.clone();
    sorted_reference.sort_unstable();
    assert_eq!(table, sorted_reference, "ENHANCED_CODES differ from the reference list");
}

#[test]
fn every_basic_code_in_a_registry_association_is_in_the_table() {
    let table: BTreeSet<u16> = BASIC_CODES.iter().map(|e| e.code).collect();
    for e in ENHANCED_CODES {
        for b in e.basic {
            assert!(table.contains(b), "X.{}.{} lists {b}, which BASIC_CODES lacks", e.subject, e.detail);
        }
    }
}

#[test]
fn rows_have_titles_and_sources() {
    for e in BASIC_CODES {
        assert!(!e.title.trim().is_empty(), "{}: empty title", e.code);
        assert!(source_ok(e.source), "{}: source {:?} names no RFC or IANA", e.code, e.source);
        for part in e.source.split("; ") {
            assert!(source_ok(part), "{}: source part {part:?} names no RFC or IANA", e.code);
        }
    }
    for e in ENHANCED_CODES {
        assert!(!e.title.trim().is_empty(), "X.{}.{}: empty title", e.subject, e.detail);
        assert!(source_ok(e.source), "X.{}.{}: source {:?} names no RFC or IANA", e.subject, e.detail, e.source);
    }
}

#[test]
fn only_x_6_10_is_deprecated() {
    let deprecated: Vec<(u16, u16)> = ENHANCED_CODES.iter().filter(|e| e.deprecated).map(|e| (e.subject, e.detail)).collect();
    assert_eq!(deprecated, vec![(6, 10)]);
}

#[test]
fn success_and_intermediate_codes_have_matching_categories() {
    for e in BASIC_CODES {
        match e.code / 100 {
            2 => assert_eq!(e.category, Category::Delivered, "{}", e.code),
            3 => assert_eq!(e.category, Category::Intermediate, "{}", e.code),
            _ => assert!(
                !matches!(e.category, Category::Delivered | Category::Intermediate),
                "{}: a failure code cannot stand for success",
                e.code
            ),
        }
    }
}

#[test]
fn every_code_has_its_catalog_meaning() {
    let catalog = Catalog::english();
    for e in BASIC_CODES {
        let key = format!("code.{}", e.code);
        let text = catalog.get(&key).unwrap_or_else(|| panic!("catalog lacks {key}"));
        assert!(text.len() > 20 && text.ends_with('.'), "{key}: {text:?} is not a sentence");
    }
    for e in ENHANCED_CODES {
        let key = format!("code.X.{}.{}", e.subject, e.detail);
        let text = catalog.get(&key).unwrap_or_else(|| panic!("catalog lacks {key}"));
        assert!(text.len() > 20 && text.ends_with('.'), "{key}: {text:?} is not a sentence");
    }
}

#[test]
fn catalog_has_no_meanings_for_codes_outside_the_tables() {
    let catalog = Catalog::english();
    let basic: BTreeSet<String> = BASIC_CODES.iter().map(|e| format!("code.{}", e.code)).collect();
    let enhanced: BTreeSet<String> = ENHANCED_CODES.iter().map(|e| format!("code.X.{}.{}", e.subject, e.detail)).collect();
    for key in catalog.keys().filter(|k| k.starts_with("code.") && !k.starts_with("code.unregistered.")) {
        assert!(basic.contains(key) || enhanced.contains(key), "catalog key {key} matches no table row");
    }
}

#[test]
fn every_digit_text_exists() {
    let catalog = Catalog::english();
    let mut keys: Vec<String> = Vec::new();
    keys.extend((2..=5).map(|d| format!("severity.{d}")));
    keys.extend((0..=5).map(|d| format!("area.{d}")));
    keys.extend(["class.2", "class.4", "class.5", "class.invalid"].map(String::from));
    keys.extend((0..=7).map(|d| format!("subject.{d}")));
    keys.push("subject.invalid".into());
    for key in keys {
        let text = catalog.get(&key).unwrap_or_else(|| panic!("catalog lacks {key}"));
        assert!(text.ends_with('.') && text.chars().next().is_some_and(char::is_uppercase), "{key}: {text:?} is not a full sentence");
    }
}

/// The description of `code` in the explanation of `input`.
fn code_info(input: &str, code: &str) -> CodeInfo {
    let e = smtp_explain::explain(input);
    let info = e.codes.into_iter().find(|c| c.code == code);
    let info = info.unwrap_or_else(|| panic!("{input}: no code {code}"));
    assert_eq!(info.origin, CodeOrigin::Reply, "{input}");
    info
}

#[test]
fn unregistered_codes_are_described_from_their_digits() {
    let catalog = Catalog::english();
    let info = code_info("554 5.7.606 rejected", "5.7.606");
    assert!(!info.registered);
    assert_eq!(info.meaning, format!("{} {}", catalog.get("subject.7").unwrap(), catalog.get("class.5").unwrap()));
    let invalid = code_info("554 6.9.1 rejected", "6.9.1");
    assert!(!invalid.valid);
    assert_eq!(invalid.meaning, format!("{} {}", catalog.get("subject.invalid").unwrap(), catalog.get("class.invalid").unwrap()));
    let basic = code_info("Error 522", "522");
    assert!(!basic.registered);
    assert_eq!(basic.meaning, format!("{} {}", catalog.get("severity.5").unwrap(), catalog.get("area.2").unwrap()));
}

#[test]
fn registered_codes_get_their_meaning_and_class() {
    let catalog = Catalog::english();
    let info = code_info("452 4.2.2 over quota", "4.2.2");
    assert!(info.registered);
    assert_eq!(info.title, "Mailbox full");
    assert_eq!(info.meaning, format!("{} {}", catalog.get("code.X.2.2").unwrap(), catalog.get("class.4").unwrap()));
    let basic = code_info("421 try later", "421");
    assert!(basic.registered);
    assert_eq!(basic.title, "Service not available, closing transmission channel");
    assert_eq!(basic.meaning, catalog.get("code.421").unwrap());
}

#[test]
fn lookups_through_the_public_api() {
    let e = smtp_explain::lookup("550").expect("550");
    assert_eq!(e.code, "550");
    assert_eq!(e.kind, CodeKind::Basic);
    assert_eq!(e.title, "Requested action not taken: mailbox unavailable");
    assert_eq!(e.category, Category::PolicyRejected);
    assert!(e.source.starts_with("RFC 5321 §4.2.3"));
    assert_eq!(e.source_url, "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3");
    assert!(!e.meaning.is_empty());

    let e = smtp_explain::lookup("5.1.1").expect("5.1.1");
    assert_eq!(e.code, "X.1.1");
    assert_eq!(e.kind, CodeKind::Enhanced);
    assert_eq!(e.title, "Bad destination mailbox address");
    assert_eq!(e.category, Category::MailboxUnknown);
    assert_eq!(e.basic_codes, vec![451, 550]);
    assert!(!e.meaning.is_empty());

    let e = smtp_explain::lookup("X.7.30").expect("X.7.30");
    assert_eq!(e.code, "X.7.30");
    assert_eq!(e.title, "REQUIRETLS support required");
    assert_eq!(e.basic_codes, vec![550]);
    assert!(e.source.starts_with("RFC 8689"));

    let e = smtp_explain::lookup("#5.7.26").expect("#5.7.26");
    assert_eq!(e.code, "X.7.26");
    assert_eq!(e.title, "Multiple authentication checks failed");
    assert_eq!(e.basic_codes, vec![550]);

    let e = smtp_explain::lookup(" x.6.10 ").expect("x.6.10");
    assert!(e.deprecated);

    assert!(smtp_explain::lookup("5.9.9").is_none(), "5.9.9 is not registered");
    assert!(smtp_explain::lookup("5.7.606").is_none(), "5.7.606 is provider-specific");
    assert!(smtp_explain::lookup("599").is_none(), "599 is not a reply code");
    assert!(smtp_explain::lookup("571").is_none(), "571 is not a reply code");
    assert!(smtp_explain::lookup("").is_none());
}

#[test]
fn the_whole_dictionary_is_listed() {
    let all = smtp_explain::codes();
    assert_eq!(all.len(), BASIC_CODES.len() + 81);
    assert_eq!(all.iter().filter(|e| e.kind == CodeKind::Basic).count(), BASIC_CODES.len());
    assert_eq!(all.iter().filter(|e| e.kind == CodeKind::Enhanced).count(), 81);
    for e in &all {
        assert!(!e.meaning.is_empty(), "{} has no meaning", e.code);
        assert!(e.source_url.starts_with("https://"), "{}: {}", e.code, e.source_url);
    }
}

#[test]
fn the_code_titles_translators_read_are_the_tables_own_words() {
    // src/i18n/en/code-titles.txt is the translators' source for `title.*`; it must say what the
    // tables say, row for row.
    let file = include_str!("../src/i18n/en/code-titles.txt");
    let titles: std::collections::BTreeMap<&str, &str> =
        file.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).filter_map(|l| l.split_once(" = ")).collect();
    let mut expected = std::collections::BTreeMap::new();
    for e in BASIC_CODES {
        expected.insert(format!("title.{}", e.code), e.title);
    }
    for e in ENHANCED_CODES {
        expected.insert(format!("title.X.{}.{}", e.subject, e.detail), e.title);
    }
    let got: std::collections::BTreeMap<String, &str> = titles.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    assert_eq!(got, expected);
    // Other languages show their translation; English the table's words.
    let de = smtp_explain::explain_with("550 5.1.1 User unknown", &smtp_explain::Options { lang: Some("de".into()), ..Default::default() });
    let en = smtp_explain::explain("550 5.1.1 User unknown");
    assert_eq!(en.codes[0].title, "Requested action not taken: mailbox unavailable");
    assert_ne!(de.codes[0].title, en.codes[0].title, "German has its own title");
}
