//! The message catalog: every human text of an explanation, keyed by a stable id.
//!
//! A catalog is plain text, one `key = text` per line; `#` starts a comment line; a line that
//! begins with whitespace continues the text of the line before. Lists use numbered keys
//! (`cat.mailbox_full.user.1`, `.2` ...). `{name}` in a text is a placeholder filled in by
//! the explanation (`{provider}`, `{list}` ...). English is built in; other languages are
//! catalogs of the same keys.

use std::borrow::Cow;
use std::sync::{OnceLock, RwLock};

use crate::util::Decimal;

pub use crate::catalog_format::CatalogError;
use crate::catalog_format::parse_entries;

mod files {
    include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));
}

/// The catalog files of every shipped language (`src/i18n/<lang>/*.txt`), English first.
#[cfg_attr(not(feature = "testing"), allow(dead_code))]
pub fn shipped_sources() -> &'static [(&'static str, &'static [&'static str])] {
    files::CATALOG_FILES
}

/// A catalog of one language: `(key, text)` pairs sorted by key.
#[derive(Debug)]
pub struct Catalog {
    lang: Cow<'static, str>,
    texts: Vec<(Cow<'static, str>, Cow<'static, str>)>,
    /// Open-addressing hash table over the keys: `index + 1` of the text, 0 when empty.
    /// A look-up hashes the key once instead of comparing it a dozen times.
    slots: Vec<u32>,
}

/// FNV-1a: short ASCII keys, no allocation, little code.
fn hash(key: &str) -> u32 {
    key.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// A compiled line's key and text (`key = text`; keys have no spaces): split at the first
/// space, where `split_once(" = ")` sets a substring searcher up again for every line, which
/// the first card pays for thousands of lines (the English catalog, then each pack).
fn split_line(line: &str) -> Option<(&str, &str)> {
    let (key, rest) = line.split_once(' ')?;
    Some((key, rest.strip_prefix("= ")?))
}

impl Catalog {
    /// Reads catalog text (several files of one language may be given).
    pub fn parse(lang: &str, sources: &[&str]) -> Result<Catalog, CatalogError> {
        let texts = parse_entries(sources)?.into_iter().map(|(k, v)| (Cow::Owned(k), Cow::Owned(v))).collect();
        Ok(Catalog::indexed(Cow::Owned(lang.to_string()), texts))
    }

    /// A catalog over sorted `key = text` lines (as `build.rs` writes them), borrowed.
    fn from_sorted_lines(lang: &'static str, lines: &'static str) -> Catalog {
        let texts = lines.lines().filter_map(split_line).map(|(k, v)| (Cow::Borrowed(k), Cow::Borrowed(v))).collect();
        Catalog::indexed(Cow::Borrowed(lang), texts)
    }

    /// A catalog with its hash table built.
    fn indexed(lang: Cow<'static, str>, texts: Vec<(Cow<'static, str>, Cow<'static, str>)>) -> Catalog {
        let size = (texts.len() * 2).next_power_of_two().max(8);
        let mut slots = vec![0u32; size];
        for (i, (key, _)) in texts.iter().enumerate() {
            let mut slot = hash(key) as usize & (size - 1);
            while slots[slot] != 0 {
                // A duplicate key (never in a valid catalog) keeps the first, as the binary
                // search over sorted keys would find one of them.
                if texts[slots[slot] as usize - 1].0 == *key {
                    break;
                }
                slot = (slot + 1) & (size - 1);
            }
            if slots[slot] == 0 {
                slots[slot] = i as u32 + 1;
            }
        }
        Catalog { lang, texts, slots }
    }

    /// The built-in English catalog. Native builds include the provider texts and the texts
    /// of the page and the CLI; the WebAssembly build ships the provider texts as a separate
    /// pack (see [`load_pack`]) and leaves the others to the page, to stay small.
    pub fn english() -> &'static Catalog {
        static ENGLISH: OnceLock<Catalog> = OnceLock::new();
        ENGLISH.get_or_init(|| {
            let mut catalog = Catalog::from_sorted_lines("en", files::ENGLISH);
            if cfg!(not(target_arch = "wasm32")) {
                for more in [files::ENGLISH_PROVIDERS, files::ENGLISH_HOST] {
                    catalog.texts.extend(Catalog::from_sorted_lines("en", more).texts);
                }
                catalog.texts.sort_unstable_by(|a, b| a.0.cmp(&b.0));
                catalog = Catalog::indexed(catalog.lang, catalog.texts);
            }
            catalog
        })
    }

    /// The catalog for a BCP 47 tag: the first language of its fallback chain
    /// (`pt-BR` → `pt` → `en`) that is shipped or was loaded as a pack.
    pub(crate) fn for_lang(tag: Option<&str>) -> &'static Catalog {
        let Some(tag) = tag else { return Catalog::english() };
        for lang in crate::options::fallback_chain(tag) {
            if lang == "en" {
                break;
            }
            if let Some(catalog) = shipped().iter().find(|c| c.lang().eq_ignore_ascii_case(&lang)) {
                return catalog;
            }
            if let Some(catalog) = pack_catalog(&lang) {
                return catalog;
            }
        }
        Catalog::english()
    }

    /// Language code of the catalog.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The text of a key, if present.
    pub fn get(&self, key: &str) -> Option<&str> {
        let mask = self.slots.len() - 1;
        let mut slot = hash(key) as usize & mask;
        loop {
            let i = self.slots[slot] as usize;
            if i == 0 {
                return None;
            }
            let (k, v) = &self.texts[i - 1];
            if k == key {
                return Some(v.as_ref());
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The numbered list under a key: `key.1`, `key.2` ... until the first gap.
    pub fn list(&self, key: &str) -> Vec<&str> {
        let mut items = Vec::new();
        for n in 1u32.. {
            match self.item(key, n) {
                // `key.0` would sort before `key.1` and end the list before it starts (looked
                // for only once `key.1` is there: most keys asked for have no list).
                Some(_) if n == 1 && self.item(key, 0).is_some() => break,
                Some(text) => items.push(text),
                None => break,
            }
        }
        items
    }

    /// The text of `key.n`: one hashed look-up, the item key written on the stack (a key too
    /// long for the buffer is built on the heap).
    fn item(&self, key: &str, n: u32) -> Option<&str> {
        let mut buf = [0u8; 192];
        let number = Decimal::new(n.into());
        let digits = number.as_str();
        let len = key.len() + 1 + digits.len();
        if len > buf.len() {
            return self.get(&[key, ".", digits].concat());
        }
        buf[..key.len()].copy_from_slice(key.as_bytes());
        buf[key.len()] = b'.';
        buf[key.len() + 1..len].copy_from_slice(digits.as_bytes());
        self.get(std::str::from_utf8(&buf[..len]).unwrap_or_default())
    }

    /// Every key, in no particular order.
    #[cfg_attr(not(feature = "testing"), allow(dead_code))]
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.texts.iter().map(|(k, _)| k.as_ref())
    }
}

/// The built-in catalogs other than English, parsed on first use: every shipped language in
/// native builds; none in the WebAssembly build, which gets its languages as packs (see
/// [`load_pack`]) so that a page pays only for the languages it uses. With the `testing`
/// feature, the test-only catalogs too. A catalog that does not parse is left out (a test
/// checks that every shipped catalog parses).
#[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
fn shipped() -> &'static [Catalog] {
    static SHIPPED: OnceLock<Vec<Catalog>> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        let mut sources: Vec<&(&str, &[&str])> = Vec::new();
        #[cfg(not(target_arch = "wasm32"))]
        sources.extend(files::OTHER_CATALOG_FILES);
        sources.extend(files::TEST_CATALOG_FILES);
        sources.into_iter().filter_map(|(lang, files)| Catalog::parse(&crate::options::canonical_tag(lang), files).ok()).collect()
    })
}

/// The WebAssembly build has no built-in catalog besides English (and no catalog parser).
#[cfg(all(target_arch = "wasm32", not(feature = "testing")))]
fn shipped() -> &'static [Catalog] {
    &[]
}

/// Catalog packs loaded at run time (the English provider texts in the WebAssembly build,
/// or other languages), consulted after the explanation's own catalog.
static PACKS: RwLock<Vec<&'static Catalog>> = RwLock::new(Vec::new());

/// Loads a pack of catalog text (same format as the files) for `lang`; returns how many
/// texts it holds. The text is kept for the life of the program.
pub(crate) fn load_pack(lang: &str, text: String) -> Result<usize, CatalogError> {
    let text: &'static str = Box::leak(text.into_boxed_str());
    let lang: &'static str = Box::leak(crate::options::canonical_tag(lang).into_boxed_str());
    // A compiled pack (sorted `key = text` lines, as `npm run build` writes them) is read in
    // place. The WebAssembly build takes only that form (the full parser would cost size);
    // native builds parse any catalog text.
    let catalog = if is_compiled(text) {
        Catalog::from_sorted_lines(lang, text)
    } else if cfg!(target_arch = "wasm32") {
        return Err(CatalogError::NotCompiled);
    } else {
        Catalog::parse(lang, &[text])?
    };
    let count = catalog.texts.len();
    let mut packs = PACKS.write().unwrap_or_else(|e| e.into_inner());
    packs.push(Box::leak(Box::new(catalog)));
    Ok(count)
}

/// Whether catalog text is already in compiled form: every line `key = text`, keys strictly
/// increasing, no comments or continuation lines.
fn is_compiled(text: &str) -> bool {
    let mut previous = "";
    text.lines().all(|line| match split_line(line) {
        Some((key, _)) if !key.is_empty() && !key.contains(char::is_whitespace) && key > previous => {
            previous = key;
            true
        }
        _ => false,
    })
}

/// A text from the loaded packs of `lang`, newest pack first.
pub(crate) fn pack_text(lang: &str, key: &str) -> Option<&'static str> {
    let packs = PACKS.read().unwrap_or_else(|e| e.into_inner());
    packs.iter().rev().filter(|p| p.lang().eq_ignore_ascii_case(lang)).find_map(|p| p.get(key))
}

/// The newest loaded pack of `lang`.
fn pack_catalog(lang: &str) -> Option<&'static Catalog> {
    let packs = PACKS.read().unwrap_or_else(|e| e.into_inner());
    packs.iter().rev().find(|p| p.lang().eq_ignore_ascii_case(lang)).copied()
}

/// A numbered list from the loaded packs of `lang`, newest pack first.
pub(crate) fn pack_list(lang: &str, key: &str) -> Vec<&'static str> {
    let packs = PACKS.read().unwrap_or_else(|e| e.into_inner());
    packs.iter().rev().filter(|p| p.lang().eq_ignore_ascii_case(lang)).map(|p| p.list(key)).find(|l| !l.is_empty()).unwrap_or_default()
}

/// [`fill`] for a catalog text: the text itself, borrowed, when it has no placeholder.
pub(crate) fn fill_text(template: &'static str, values: &[(&str, &str)]) -> std::borrow::Cow<'static, str> {
    if template.as_bytes().contains(&b'{') {
        std::borrow::Cow::Owned(fill(template, values))
    } else {
        std::borrow::Cow::Borrowed(template)
    }
}

/// Fills `{name}` placeholders; unknown placeholders are left as they are.
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> String {
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
        // A `.0` item ends the list before it starts (as in a sorted catalog).
        let c = Catalog::parse("xx", &["c.0 = w\nc.1 = x\nd.1 = y\n"]).unwrap();
        assert_eq!(c.list("c"), Vec::<&str>::new());
        assert_eq!(c.list("d"), vec!["y"]);
        assert_eq!(c.get("missing"), None);
    }

    #[test]
    fn rejects_malformed_catalogs() {
        assert_eq!(Catalog::parse("xx", &["a = 1\na = 2"]).unwrap_err(), CatalogError::DuplicateKey("a".into()));
        assert_eq!(Catalog::parse("xx", &["no separator"]).unwrap_err(), CatalogError::MalformedLine(1));
        assert_eq!(Catalog::parse("xx", &["  orphan"]).unwrap_err(), CatalogError::OrphanContinuation(1));
    }

    #[test]
    fn compiled_packs_are_read_in_place() {
        assert!(is_compiled("a = 1\nb.1 = 2\nb.2 = 3\n"));
        assert!(!is_compiled("b = 1\na = 2\n"));
        assert!(!is_compiled("# comment\na = 1\n"));
        assert!(!is_compiled("a = 1\n  continued\n"));
        assert_eq!(load_pack("zz", "x.title = Hello\ny.title = World\n".to_string()), Ok(2));
        assert_eq!(pack_text("zz", "y.title"), Some("World"));
        assert_eq!(load_pack("zz", "# comment\nz.title = Again\n".to_string()), Ok(1));
        assert_eq!(pack_text("zz", "z.title"), Some("Again"));
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("On {list} ({zone}) {x}", &[("list", "Spamhaus"), ("zone", "SBL")]), "On Spamhaus (SBL) {x}");
        assert_eq!(fill("open { brace", &[]), "open { brace");
    }
}
