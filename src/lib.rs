#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(test, allow(clippy::disallowed_methods))] // Unicode case mapping is only kept out of the library (clippy.toml)

/// Declares an internal module: private in what ships, public (hidden) with the `testing`
/// feature so that the table tests under `tests/` can read the tables.
macro_rules! internal {
    ($($name:ident),* $(,)?) => {$(
        #[cfg(feature = "testing")]
        #[doc(hidden)]
        pub mod $name;
        #[cfg(not(feature = "testing"))]
        mod $name;
    )*};
}

internal!(catalog, code, data, dictionary, parse);

mod catalog_format;
mod classify;
mod crosswalk;
mod describe;
mod explain;
pub mod explanation;
mod matcher;
// Used by the Wasm bindings; compiled (and unit-tested) everywhere.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod offsets;
mod options;
pub mod taxonomy;
mod util;
mod verdict;

/// The JavaScript bindings and the card renderer (wasm32 only).
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use catalog::CatalogError;
pub use data::ProviderKind;
pub use explanation::*;
pub use options::{Options, DATA_VERSION, VERSION};
pub use taxonomy::{Audience, Category, Confidence, Outcome, Retry, Stage, WhoActs};

use describe::Texts;
use dictionary::TableEntry;

/// Not part of the API (for `smtp-explain --lines`): calls `found(start, end)` for each place
/// in `text` where a pattern of the knowledge tables occurs (ASCII case ignored, no word
/// boundaries): the parts of a line the rules may read.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn pattern_spans(text: &str, found: impl FnMut(usize, usize)) {
    matcher::raw_spans(text, found)
}

/// In the WebAssembly build (where the CLI is not used) the whole text counts as readable, so
/// the memo masks nothing.
#[doc(hidden)]
#[cfg(target_arch = "wasm32")]
pub fn pattern_spans(text: &str, mut found: impl FnMut(usize, usize)) {
    if !text.is_empty() {
        found(0, text.len());
    }
}

/// Not part of the API (for `smtp-explain --summary`): per finding of the input, in the order
/// of [`explain_all`], what a summary counts of its explanation, without the texts.
#[doc(hidden)]
pub fn tally_all(input: &str) -> Vec<explain::Tally> {
    explain::tally_each(input)
}

#[doc(hidden)]
pub use explain::Tally;

/// Explains any pasted code, reply, bounce, log line or client error message, in English.
///
/// ```
/// let e = smtp_explain::explain("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown");
/// assert_eq!(e.category.id, smtp_explain::Category::MailboxUnknown);
/// assert_eq!(e.outcome, smtp_explain::Outcome::Permanent);
/// ```
pub fn explain(input: &str) -> Explanation {
    explain_with(input, &Options::default())
}

/// Explains the input with options. For input with several failed recipients or replies,
/// this is the first one; [`explain_all`] gives all of them.
pub fn explain_with(input: &str, options: &Options) -> Explanation {
    explain::explain_first(input, options)
}

/// One explanation per failed recipient, log line or reply found in the input (at least one).
pub fn explain_all(input: &str, options: &Options) -> Vec<Explanation> {
    explain::explain_each(input, options)
}

/// The dictionary entry of a basic (`550`) or enhanced (`5.1.1`, `X.1.1`) code, in English.
pub fn lookup(code: &str) -> Option<DictionaryEntry> {
    lookup_with(code, &Options::default())
}

/// The dictionary entry of a code, in the language of `options`.
pub fn lookup_with(code: &str, options: &Options) -> Option<DictionaryEntry> {
    let texts = Texts::new(options.lang.as_deref());
    dictionary::lookup_entry(code).map(|entry| dictionary_entry(entry, &texts))
}

/// The whole dictionary, in English: every basic code, then every enhanced code.
pub fn codes() -> Vec<DictionaryEntry> {
    codes_with(&Options::default())
}

/// The whole dictionary in the language of `options`.
pub fn codes_with(options: &Options) -> Vec<DictionaryEntry> {
    let texts = Texts::new(options.lang.as_deref());
    dictionary::all_entries().map(|entry| dictionary_entry(entry, &texts)).collect()
}

/// The taxonomy with its crosswalks, in English.
pub fn categories() -> Vec<CategoryInfo> {
    categories_with(&Options::default())
}

/// The taxonomy with its crosswalks, in the language of `options`.
pub fn categories_with(options: &Options) -> Vec<CategoryInfo> {
    describe::categories(&Texts::new(options.lang.as_deref()))
}

/// Adds the texts of a language (catalog text, `key = text` lines as in `src/i18n/`) for
/// later calls with that `lang`; returns how many texts it holds. Texts it lacks fall back
/// to English.
pub fn load_catalog(lang: &str, text: &str) -> Result<usize, CatalogError> {
    catalog::load_pack(lang, text.to_string())
}

/// An interface text — the labels of the card, the dialog and the CLI (`card.*`, `cli.*`,
/// `outcome.*`, `who.*`, `retry.*.label`, `stage.*`) — in the language `lang` (falling back
/// like explanations do), or the key itself when no catalog has it.
pub fn ui_text(key: &str, lang: &str) -> String {
    let text = Texts::new(Some(lang)).text(key);
    if text.is_empty() {
        key.to_string()
    } else {
        text.into_owned()
    }
}

fn dictionary_entry(entry: TableEntry, texts: &Texts) -> DictionaryEntry {
    match entry {
        TableEntry::Basic(row) => describe::basic_dictionary_entry(row, texts),
        TableEntry::Enhanced(row) => describe::enhanced_dictionary_entry(row, texts),
    }
}
