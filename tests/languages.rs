//! A second language passes through the library and the CLI: the test-only catalog `qps`
//! (`tests/i18n/qps/`, pseudo-localised, built in by the `testing` feature) stands in for a
//! shipped language until real ones land.

use std::process::Command;

use smtp_explain::{explain_with, ui_text, Category, Options};

fn with_lang(input: &str, lang: &str) -> smtp_explain::Explanation {
    explain_with(input, &Options { lang: Some(lang.to_string()), ..Options::default() })
}

#[test]
fn the_requested_catalog_words_the_explanation() {
    let e = with_lang("552 5.3.4 Message size exceeds fixed maximum message size", "qps");
    assert_eq!(e.lang, "qps");
    assert_eq!(e.category.id, Category::MessageTooLarge);
    assert_eq!(e.title, "[Ŧĥê ɱêššåĝê ŵåš ţöö ɓîĝ]");
    assert_eq!(e.category.title, e.title);
    assert!(e.summary.starts_with("[Ŧĥê ŕêçêîvîñĝ šêŕvêŕ"), "{}", e.summary);
    assert_eq!(e.user_actions, ["[Šêñð ţĥê ƒîļêš åš å ļîñķ.]"]);
    // Texts the catalog lacks come from English, and the decision does not change.
    let en = with_lang("552 5.3.4 Message size exceeds fixed maximum message size", "en");
    assert!(!e.admin_actions.is_empty() && e.admin_actions == en.admin_actions);
    assert_eq!((e.outcome, e.who_acts, e.retry, e.confidence), (en.outcome, en.who_acts, en.retry, en.confidence));
    assert_eq!(e.evidence.len(), en.evidence.len());
}

#[test]
fn tags_fall_back_along_bcp47_then_to_english() {
    assert_eq!(with_lang("550 5.1.1 User unknown", "qps-ploc").lang, "qps");
    assert_eq!(with_lang("550 5.1.1 User unknown", "QPS_PLOC.UTF-8").lang, "qps");
    assert_eq!(with_lang("550 5.1.1 User unknown", "pt_br").lang, "pt-BR");
    assert_eq!(with_lang("550 5.1.1 User unknown", "it-CH").lang, "it");
    // A language without texts falls back to English.
    let sw = with_lang("550 5.1.1 User unknown", "sw-KE");
    assert_eq!(sw.lang, "en");
    assert_eq!(sw.title, smtp_explain::explain("550 5.1.1 User unknown").title);
    assert_eq!(with_lang("421", "").lang, "en");
}

#[test]
fn interface_texts_follow_the_language() {
    assert_eq!(ui_text("card.who_acts", "qps"), "[Ŵĥö åçţš]");
    assert_eq!(ui_text("card.who_acts", "en"), "Who needs to act");
    assert_eq!(ui_text("card.more", "qps"), ui_text("card.more", "en"));
    assert_eq!(ui_text("no.such.key", "qps"), "no.such.key");
}

#[test]
fn a_catalog_loaded_at_run_time_is_used() {
    let count = smtp_explain::load_catalog("x-demo", "cat.rate_limited.title = Demo: too fast\n").expect("parses");
    assert_eq!(count, 1);
    let e = with_lang("421 4.7.28 rate limited, too many messages", "x-demo");
    assert_eq!((e.lang.as_ref(), e.title.as_ref()), ("x-demo", "Demo: too fast"));
    assert!(smtp_explain::load_catalog("x-bad", "  orphan continuation").is_err());
}

#[test]
fn the_cli_answers_in_the_requested_language() {
    let out = Command::new(env!("CARGO_BIN_EXE_smtp-explain")).args(["--lang", "qps", "--json", "552"]).output().expect("runs");
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["lang"], "qps");
    let text = Command::new(env!("CARGO_BIN_EXE_smtp-explain")).args(["--lang", "qps", "552 5.3.4 too big"]).output().expect("runs");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("[Ŧĥê ɱêššåĝê ŵåš ţöö ɓîĝ]") && text.contains("[Ŵĥåţ ĥåþþêñêð]"), "{text}");
}

#[test]
fn a_card_stays_in_one_language_when_a_provider_text_is_not_translated() {
    let reply = "421 4.7.0 Try again later, closing connection. (EHLO) gsmtp";
    let en = with_lang(reply, "en");
    assert!(en.title.contains("Gmail"), "English has Google's own text: {}", en.title);
    // The test-only language has no provider texts: the category's texts in it, not English ones.
    let it = with_lang(reply, "qps");
    assert_eq!(
        it.title,
        smtp_explain::categories_with(&smtp_explain::Options { lang: Some("qps".into()), ..Default::default() })
            .into_iter()
            .find(|c| c.id == en.category.id)
            .expect("category")
            .title
    );
    assert_eq!(it.provider.as_ref().map(|p| &*p.id), Some("google"), "the decision does not change");
}
