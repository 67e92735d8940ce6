#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod catalog;
mod catalog_format;
mod classify;
pub mod code;
pub mod data;
pub mod dictionary;
mod explain;
pub mod explanation;
mod matcher;
pub mod parse;
pub mod taxonomy;
mod util;

/// The JavaScript bindings and the card renderer (wasm32 only).
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use catalog::Catalog;
pub use code::{BasicCode, Class, EnhancedCode, ReplyArea, Severity, Subject};
pub use dictionary::DictionaryEntry;
pub use explain::{categories, CategoryInfo};
pub use explanation::*;
pub use taxonomy::{Audience, Category, Confidence, Outcome, Retry, Stage, WhoActs};

/// Version of this crate.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Version of the knowledge tables (the date they were last revised).
pub const DATA_VERSION: &str = "2026-11-28";

/// Options of [`explain_with`] and [`explain_all`].
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Language of the texts (`en`); unknown languages fall back to English.
    pub lang: Option<String>,
    /// Who reads the texts; admins get the admin steps first.
    pub audience: Option<Audience>,
}

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

/// The dictionary entry of a basic (`550`) or enhanced (`5.1.1`, `X.1.1`) code.
pub fn lookup(code: &str) -> Option<DictionaryEntry> {
    dictionary::lookup_entry(code, Catalog::english())
}

/// The whole dictionary: every basic code, then every enhanced code.
pub fn codes() -> Vec<DictionaryEntry> {
    dictionary::all_entries(Catalog::english())
}
