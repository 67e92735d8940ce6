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
    // Chinese without a script: the region tells it (Taiwan, Hong Kong, Macau write Traditional).
    if chain.last().is_some_and(|t| t == "zh") && !chain.iter().any(|t| t.starts_with("zh-hans") || t.starts_with("zh-hant")) {
        let traditional = ["zh-tw", "zh-hk", "zh-mo"].iter().any(|r| chain.iter().any(|t| t == r));
        chain.insert(chain.len() - 1, if traditional { "zh-hant" } else { "zh-hans" }.to_string());
    }
    if !chain.iter().any(|t| t == "en") {
        chain.push("en".to_string());
    }
    chain
}

/// A language tag in its usual spelling: `pt_br` → `pt-BR`, `zh-hans` → `zh-Hans`.
pub(crate) fn canonical_tag(tag: &str) -> String {
    let tag = tag.trim().replace('_', "-");
    // After a singleton (`x-`, `u-`) come extensions and private use: lowercase.
    let mut extension = false;
    let parts: Vec<String> = tag
        .split('-')
        .enumerate()
        .map(|(i, part)| {
            extension |= part.len() == 1;
            let alphabetic = part.bytes().all(|b| b.is_ascii_alphabetic());
            match part.len() {
                2 if i > 0 && !extension && alphabetic => part.to_ascii_uppercase(),
                4 if i > 0 && !extension && alphabetic => part[..1].to_ascii_uppercase() + &part[1..].to_ascii_lowercase(),
                _ => part.to_ascii_lowercase(),
            }
        })
        .collect();
    parts.join("-")
}

#[cfg(test)]
mod tests {
    use super::{canonical_tag, fallback_chain};

    #[test]
    fn tags_are_spelled_the_usual_way() {
        assert_eq!(canonical_tag("pt_br"), "pt-BR");
        assert_eq!(canonical_tag("ZH-hans"), "zh-Hans");
        assert_eq!(canonical_tag(" de "), "de");
        assert_eq!(canonical_tag("x-demo"), "x-demo");
    }

    #[test]
    fn tags_fall_back_to_their_parents_then_english() {
        assert_eq!(fallback_chain("pt-BR"), ["pt-br", "pt", "en"]);
        assert_eq!(fallback_chain("zh-Hans-CN"), ["zh-hans-cn", "zh-hans", "zh", "en"]);
        assert_eq!(fallback_chain("fr_FR.UTF-8"), ["fr-fr", "fr", "en"]);
        assert_eq!(fallback_chain("en-GB"), ["en-gb", "en"]);
        assert_eq!(fallback_chain(""), ["en"]);
        assert_eq!(fallback_chain("<script>"), ["en"]);
        assert_eq!(fallback_chain("zh-CN"), ["zh-cn", "zh-hans", "zh", "en"]);
        assert_eq!(fallback_chain("zh"), ["zh-hans", "zh", "en"]);
        assert_eq!(fallback_chain("zh-TW"), ["zh-tw", "zh-hant", "zh", "en"]);
    }
}
