//! What callers choose: the language and the audience of the texts.

use crate::taxonomy::Audience;

/// Version of this crate.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Version of the knowledge tables (the date they were last revised).
pub const DATA_VERSION: &str = "2026-11-28";

/// Options of [`explain_with`](crate::explain_with) and [`explain_all`](crate::explain_all).
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Language of the texts, a BCP 47 tag (`de`, `pt-BR`). A language without texts falls
    /// back along its tag (`pt-BR` → `pt`) to English; `Explanation.lang` says which was used.
    pub lang: Option<String>,
    /// Who reads the texts; admins get the admin steps first.
    pub audience: Option<Audience>,
}

/// The catalogs to try for a BCP 47 tag, most specific first, always ending in `en`:
/// `pt-BR` → `pt-br`, `pt`, `en`. Tags are compared in lowercase; `_` counts as `-`
/// (`fr_FR` from a locale), and an encoding suffix (`.UTF-8`) or modifier (`@euro`) is dropped.
pub(crate) fn fallback_chain(tag: &str) -> Vec<String> {
    let tag = tag.split(['.', '@']).next().unwrap_or("").trim().replace('_', "-").to_ascii_lowercase();
    let mut chain = Vec::new();
    let mut current = tag.as_str();
    while !current.is_empty() && current.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        chain.push(current.to_string());
        match current.rfind('-') {
            Some(i) => current = current[..i].trim_end_matches('-'),
            None => break,
        }
    }
    if !chain.iter().any(|t| t == "en") {
        chain.push("en".to_string());
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::fallback_chain;

    #[test]
    fn tags_fall_back_to_their_parents_then_english() {
        assert_eq!(fallback_chain("pt-BR"), ["pt-br", "pt", "en"]);
        assert_eq!(fallback_chain("zh-Hans-CN"), ["zh-hans-cn", "zh-hans", "zh", "en"]);
        assert_eq!(fallback_chain("fr_FR.UTF-8"), ["fr-fr", "fr", "en"]);
        assert_eq!(fallback_chain("en-GB"), ["en-gb", "en"]);
        assert_eq!(fallback_chain(""), ["en"]);
        assert_eq!(fallback_chain("<script>"), ["en"]);
    }
}
