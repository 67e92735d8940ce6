//! The translations: `po/smtp-explain.pot` matches the English catalog, and every shipped
//! language (`po/<lang>.po`) is complete, keeps the placeholders and commands, follows its
//! glossary, and reaches the library and the CLI.
//!
//! Provider texts (`rule.*` and `zone.*`, the keys English keeps in `src/i18n/en/providers/`)
//! are optional for now: a language without them falls back to English for those texts.
//! Where a language has them, they are checked like the rest.
#![allow(clippy::disallowed_methods)] // Unicode case mapping is only kept out of the library (clippy.toml)

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use smtp_explain::catalog::{shipped_sources, Catalog};
use smtp_explain::{explain_with, Options};

#[path = "../src/i18n/po.rs"]
#[allow(dead_code)]
mod po;

use po::{header_field, parse_po, PoEntry};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// The shipped gettext languages: `(tag, entries)` for every `po/<lang>.po`.
fn po_languages() -> Vec<(String, Vec<PoEntry>)> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join("po"))
        .expect("po/ exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "po"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let lang = file.file_stem().unwrap().to_string_lossy().replace('_', "-");
            let text = fs::read_to_string(&file).expect("readable");
            let entries = parse_po(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            (lang, entries)
        })
        .collect()
}

/// The English source catalog: every file of `src/i18n/en/`, including the code titles, which
/// the core leaves out (it takes English titles from the code tables).
fn english() -> &'static Catalog {
    static ENGLISH: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    ENGLISH.get_or_init(|| {
        let (lang, files) = smtp_explain::catalog::shipped_sources()[0];
        assert_eq!(lang, "en");
        Catalog::parse("en", files).expect("the English catalog parses")
    })
}

/// Keys of the provider pack (optional in translations for now).
fn is_provider_key(key: &str) -> bool {
    key.starts_with("rule.") || key.starts_with("zone.")
}

/// The `{name}` placeholders of a text, sorted.
fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        match rest[open..].find('}') {
            Some(close) => {
                out.push(&rest[open..open + close + 1]);
                rest = &rest[open + close + 1..];
            }
            None => break,
        }
    }
    out.sort_unstable();
    out
}

/// The `backtick` spans of a text (commands and literals), sorted.
fn commands(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text.split('`').skip(1).step_by(2).collect();
    out.sort_unstable();
    out
}

/// Lines of a small list file (`#` comments and blank lines skipped); empty when absent.
fn list_file(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// A glossary row: the English term and the accepted translations (`a|b`).
struct Term {
    english: String,
    required: Vec<String>,
}

fn glossary(lang: &str) -> Vec<Term> {
    list_file(&root().join("po/glossary").join(format!("{lang}.tsv")))
        .into_iter()
        .map(|line| {
            let (english, required) =
                line.split_once('\t').unwrap_or_else(|| panic!("po/glossary/{lang}.tsv: `{line}` is not `term<TAB>translation`"));
            Term { english: english.trim().to_string(), required: required.split('|').map(|s| s.trim().to_string()).collect() }
        })
        .collect()
}

/// Whether `text` uses the English glossary term: all-capital terms (SPF, MX) as whole words,
/// others case-insensitively at the start of a word (so "mailbox" finds "mailboxes"); `_` joins
/// words (a setting name such as `destination_recipient_limit` is not prose).
fn uses_term(text: &str, term: &str) -> bool {
    let upper = term.chars().all(|c| !c.is_lowercase());
    let (hay, needle) = if upper { (text.to_string(), term.to_string()) } else { (text.to_lowercase(), term.to_lowercase()) };
    hay.match_indices(&needle).any(|(at, _)| {
        let before = hay[..at].chars().next_back();
        let after = hay[at + needle.len()..].chars().next();
        let starts = before.is_none_or(|c| !c.is_alphanumeric() && c != '_');
        starts && (!upper || after.is_none_or(|c| !c.is_alphanumeric() && c != '_'))
    })
}

/// Whether a translation holds one of the required terms (case-insensitively for words, so
/// German compounds such as "Empfängerpostfach" count; exactly for all-capital terms).
fn has_required(text: &str, required: &[String]) -> bool {
    required.iter().any(|r| {
        if r.chars().all(|c| !c.is_lowercase()) {
            text.contains(r.as_str())
        } else {
            text.to_lowercase().contains(&r.to_lowercase())
        }
    })
}

/// The labels the CLI prints in its 14-column left field (src/cli/render.rs).
const CLI_FIELDS: &[&str] = &["cli.what_happened", "cli.who_acts", "cli.retry", "cli.stage", "cli.blocklist"];

/// Every problem of one language's entries, one line each.
fn problems(lang: &str, entries: &[PoEntry], identical_ok: &BTreeSet<String>, terms: &[Term]) -> Vec<String> {
    let mut out = Vec::new();
    let translated: BTreeMap<&str, String> = entries.iter().filter_map(|e| e.translation()).collect();
    for e in entries.iter().filter(|e| e.context.is_some()) {
        let key = e.context.as_deref().unwrap_or_default();
        if english().get(key).is_none() {
            out.push(format!("{lang}: `{key}` is not an English key (run `node scripts/i18n/po.mjs update {lang}`)"));
        }
        if e.text.contains('\n') {
            out.push(format!("{lang}: `{key}` has a line break"));
        }
    }
    for key in english().keys() {
        let en = english().get(key).unwrap_or_default();
        let Some(text) = translated.get(key) else {
            if !is_provider_key(key) {
                out.push(format!("{lang}: `{key}` is missing, empty or fuzzy"));
            }
            continue;
        };
        if placeholders(text) != placeholders(en) {
            out.push(format!("{lang}: `{key}` has placeholders {:?}, English {:?}", placeholders(text), placeholders(en)));
        }
        if commands(text) != commands(en) {
            out.push(format!("{lang}: `{key}` changes a command in backticks: {:?}, English {:?}", commands(text), commands(en)));
        }
        // Titles head a 360 px card: at most 70 characters (or as long as the English).
        if key.ends_with(".title") && text.chars().count() > en.chars().count().max(70) {
            out.push(format!("{lang}: `{key}` is a title of {} characters, over 70: {text}", text.chars().count()));
        }
        // The CLI prints these labels in a 14-column field.
        if CLI_FIELDS.contains(&key) && text.chars().count() > 13 {
            out.push(format!("{lang}: `{key}` is a CLI field label of {} characters, over 13: {text}", text.chars().count()));
        }
        if text == en && !identical_ok.contains(key) {
            out.push(format!("{lang}: `{key}` is the English text (translate it, or list the key in po/identical/{lang}.txt)"));
        }
        // Commands in backticks are checked above; the glossary is about the prose.
        let prose: String = en.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        for term in terms {
            if uses_term(&prose, &term.english) && !has_required(text, &term.required) {
                out.push(format!(
                    "{lang}: `{key}` says \"{}\" without the glossary's \"{}\": {text}",
                    term.english,
                    term.required.join("\" or \"")
                ));
            }
        }
    }
    out
}

#[test]
fn the_template_matches_the_english_catalog() {
    let pot = fs::read_to_string(root().join("po/smtp-explain.pot")).expect("po/smtp-explain.pot exists");
    let entries = parse_po(&pot).expect("the .pot parses");
    let in_pot: BTreeMap<&str, &str> = entries.iter().filter_map(|e| Some((e.context.as_deref()?, e.id.as_str()))).collect();
    let in_english: BTreeMap<&str, &str> = english().keys().map(|k| (k, english().get(k).unwrap_or_default())).collect();
    let stale: Vec<_> = in_english
        .iter()
        .filter(|(k, v)| in_pot.get(*k) != Some(*v))
        .map(|(k, _)| *k)
        .chain(in_pot.keys().filter(|k| !in_english.contains_key(*k)).copied())
        .collect();
    assert!(
        stale.is_empty(),
        "po/smtp-explain.pot is stale for {} keys such as {:?}: run `node scripts/i18n/po.mjs pot && node scripts/i18n/po.mjs update`",
        stale.len(),
        &stale[..stale.len().min(5)]
    );
    assert!(entries.iter().filter(|e| e.context.is_some()).all(|e| e.text.is_empty()), "the template has no translations");
}

#[test]
fn every_translation_is_complete_and_consistent() {
    let languages = po_languages();
    let shipped: Vec<&str> = shipped_sources().iter().map(|(lang, _)| *lang).collect();
    let mut all = Vec::new();
    for (lang, entries) in &languages {
        assert!(shipped.contains(&lang.as_str()), "po/{lang}.po is not built in (build.rs)");
        assert_eq!(
            header_field(entries, "Language").map(|l| l.replace('_', "-")),
            Some(lang.clone()),
            "po/{lang}.po: the header's Language"
        );
        assert!(
            header_field(entries, "Content-Type").is_some_and(|t| t.to_ascii_lowercase().contains("charset=utf-8")),
            "po/{lang}.po: Content-Type must say charset=UTF-8"
        );
        assert!(
            header_field(entries, "Plural-Forms").is_some_and(|p| p.contains("nplurals=") && !p.contains("INTEGER")),
            "po/{lang}.po: Plural-Forms"
        );
        let identical: BTreeSet<String> = list_file(&root().join("po/identical").join(format!("{lang}.txt"))).into_iter().collect();
        let terms = glossary(lang);
        assert!(!terms.is_empty(), "po/glossary/{lang}.tsv is missing or empty");
        all.extend(problems(lang, entries, &identical, &terms));
        // build.rs compiled exactly these translations into the shipped catalog.
        let (_, files) = shipped_sources().iter().find(|(l, _)| *l == lang.as_str()).expect("shipped");
        let catalog = Catalog::parse(lang, files).expect("the compiled catalog parses");
        for (key, text) in entries.iter().filter_map(PoEntry::translation) {
            if english().get(key).is_some() {
                assert_eq!(catalog.get(key), Some(text.as_str()), "{lang}: `{key}` in the built catalog");
            }
        }
    }
    assert!(all.is_empty(), "{} problems:\n{}", all.len(), all.join("\n"));
}

#[test]
fn the_checks_catch_a_bad_translation() {
    let po = "msgctxt \"cat.delivered.title\"\nmsgid \"x\"\nmsgstr \"The server accepted the message\"\n\n\
              msgctxt \"evidence.code\"\nmsgid \"x\"\nmsgstr \"Kode {kode}: {title}\"\n\n\
              msgctxt \"cat.intermediate.admin.2\"\nmsgid \"x\"\nmsgstr \"Suchen Sie im Log (`grep lost /var/log/mail.log`).\"\n\n\
              msgctxt \"noreason.causes.2\"\nmsgid \"x\"\nmsgstr \"Fehlendes SPF oder Sender Policy.\"\n\n\
              #, fuzzy\nmsgctxt \"cat.delivered.summary\"\nmsgid \"x\"\nmsgstr \"Angenommen.\"\n";
    let entries = parse_po(po).expect("parses");
    let terms = [
        Term { english: "DKIM".into(), required: vec!["DKIM".into()] },
        Term { english: "blocklist".into(), required: vec!["Sperrliste".into()] },
    ];
    let found = problems("xx", &entries, &BTreeSet::new(), &terms);
    let has = |needle: &str| found.iter().any(|p| p.contains(needle));
    assert!(has("`cat.delivered.title` is the English text"), "{found:#?}");
    assert!(has("`evidence.code` has placeholders"), "{found:#?}");
    assert!(has("`cat.intermediate.admin.2` changes a command"), "{found:#?}");
    assert!(has("`noreason.causes.2` says \"DKIM\""), "{found:#?}");
    assert!(has("`noreason.causes.2` says \"blocklist\""), "{found:#?}");
    assert!(has("`cat.delivered.summary` is missing"), "{found:#?}");
    assert!(has("`cat.unknown.title` is missing"), "{found:#?}");
    assert!(!has("`rule."), "provider texts are optional: {found:#?}");
    assert!(
        uses_term("mailboxes of SPF users", "mailbox")
            && uses_term("SPF", "SPF")
            && !uses_term("SPFx", "SPF")
            && !uses_term("mx.example.com", "MX")
    );
}

#[test]
fn german_answers_in_the_library_and_the_cli() {
    let de = Catalog::parse("de", shipped_sources().iter().find(|(l, _)| *l == "de").expect("German is shipped").1).expect("parses");
    let e = explain_with(
        "552 5.3.4 Message size exceeds fixed maximum message size",
        &Options { lang: Some("de-AT".into()), ..Options::default() },
    );
    assert_eq!(e.lang, "de");
    assert_eq!(Some(e.title.as_ref()), de.get("cat.message_too_large.title"));
    assert_ne!(Some(e.title.as_ref()), english().get("cat.message_too_large.title"));
    let out = Command::new(env!("CARGO_BIN_EXE_smtp-explain")).args(["--lang", "de", "--json", "552"]).output().expect("runs");
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["lang"], "de");
    let category = json["category"]["id"].as_str().expect("a category id");
    assert_eq!(json["title"].as_str(), de.get(&format!("cat.{category}.title")), "{json}");
    assert_eq!(json["category"]["title"].as_str(), de.get(&format!("cat.{category}.title")));
    let summary = json["summary"].as_str().unwrap_or_default();
    assert!(summary.starts_with(de.get(&format!("cat.{category}.summary")).expect("a German summary")), "{summary}");
    assert_eq!(json["userActions"][0].as_str(), de.get(&format!("cat.{category}.user.1")));
}

#[test]
fn the_locale_picks_french() {
    let out = Command::new(env!("CARGO_BIN_EXE_smtp-explain"))
        .args(["--json", "421"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .expect("runs");
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["lang"], "fr");
    let fr = Catalog::parse("fr", shipped_sources().iter().find(|(l, _)| *l == "fr").expect("French is shipped").1).expect("parses");
    let category = json["category"]["id"].as_str().expect("a category id");
    assert_eq!(json["title"].as_str(), fr.get(&format!("cat.{category}.title")), "{json}");
}

#[test]
fn the_wasm_packs_match_the_built_in_catalogs() {
    // scripts/packs.mjs (run by the npm build) compiles the same .po files for the Wasm build:
    // its packs must equal what build.rs built in, but for the texts only the standalone page
    // (`page.*`, which loads its own) and the CLI (`cli.*`, native) show. Skipped where Node is
    // not installed.
    let out = std::env::temp_dir().join(format!("smtp-explain-packs-{}", std::process::id()));
    let Ok(run) = Command::new("node").arg(root().join("scripts/packs.mjs")).arg(&out).output() else {
        eprintln!("node not found: pack check skipped");
        return;
    };
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    for (lang, _) in po_languages() {
        let (_, blobs) = shipped_sources().iter().find(|(l, _)| *l == lang.as_str()).expect("shipped");
        let base = fs::read_to_string(out.join(format!("{lang}.txt"))).expect("a pack per language");
        let wasm_base: String =
            blobs[0].split_inclusive('\n').filter(|line| !line.starts_with("page.") && !line.starts_with("cli.")).collect();
        assert_eq!(base, wasm_base, "dist/packs/{lang}.txt differs from the built-in catalog");
        let providers = fs::read_to_string(out.join(format!("{lang}-providers.txt"))).unwrap_or_default();
        assert_eq!(providers, blobs[1], "dist/packs/{lang}-providers.txt differs from the built-in provider texts");
    }
    let _ = fs::remove_dir_all(&out);
}

#[test]
fn the_page_texts_are_the_built_in_ones() {
    // scripts/build.mjs writes the standalone page's own texts (`page.*`, which the Wasm leaves
    // out) to www/texts/<lang>.txt with writePageTexts: each language's, or English where it
    // has none, as build.rs built them in. Skipped where Node is not installed.
    let out = std::env::temp_dir().join(format!("smtp-explain-page-texts-{}", std::process::id()));
    let script = format!(
        "import({:?}).then((m) => m.writePageTexts({:?}))",
        format!("file://{}", root().join("scripts/packs.mjs").display()),
        out.display().to_string()
    );
    let Ok(run) = Command::new("node").args(["--input-type=module", "-e", &script]).output() else {
        eprintln!("node not found: page text check skipped");
        return;
    };
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let page_keys: Vec<&str> = english().keys().filter(|k| k.starts_with("page.")).collect();
    assert!(page_keys.len() > 50, "{} page texts", page_keys.len());
    for (lang, files) in shipped_sources() {
        let catalog = Catalog::parse(lang, files).expect("parses");
        let written = fs::read_to_string(out.join(format!("{lang}.txt"))).unwrap_or_else(|_| panic!("www/texts/{lang}.txt"));
        let texts: BTreeMap<&str, &str> = written.lines().filter_map(|l| l.split_once(" = ")).collect();
        assert_eq!(texts.len(), page_keys.len(), "{lang}: one text per page key");
        for key in &page_keys {
            let expected = catalog.get(key).or_else(|| english().get(key));
            assert_eq!(texts.get(key).copied(), expected, "{lang}: `{key}`");
        }
    }
    let _ = fs::remove_dir_all(&out);
}
