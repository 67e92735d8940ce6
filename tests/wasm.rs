//! The JavaScript boundary and the card renderer, tested in headless Chromium with
//! wasm-bindgen-test (run by `npm test`; see scripts/test.sh).
#![allow(clippy::disallowed_methods)] // Unicode case mapping is only kept out of the library (clippy.toml)
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use smtp_explain::wasm::render::{render_annotated, render_explanation};
use smtp_explain::wasm::{categories_js, codes_js, explain_all_js, explain_js, lookup_js};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

fn path(value: &JsValue, keys: &[&str]) -> JsValue {
    keys.iter().fold(value.clone(), |v, k| get(&v, k))
}

fn explain(input: &str) -> JsValue {
    explain_js(JsValue::from_str(input), JsValue::UNDEFINED).expect("explain works")
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn fresh_div() -> Element {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

#[wasm_bindgen_test]
fn explain_returns_plain_camel_case_objects_with_nulls() {
    let e = explain("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown");
    assert_eq!(path(&e, &["category", "id"]).as_string().as_deref(), Some("mailbox_unknown"));
    assert_eq!(get(&e, "whoActs").as_string().as_deref(), Some("sender"));
    assert_eq!(path(&e, &["reply", "code"]).as_f64(), Some(550.0));
    assert!(get(&e, "provider").is_null(), "absent values are null, not undefined");
    assert!(Array::is_array(&get(&e, "userActions")));
    assert_eq!(js_sys::Object::get_prototype_of(&e), js_sys::Object::get_prototype_of(&js_sys::Object::new()), "a plain object, not a Map");
}

#[wasm_bindgen_test]
fn evidence_offsets_are_utf16_indices() {
    let input = "😀 é 421 4.7.0 Try again later";
    let e = explain(input);
    let js_input = js_sys::JsString::from(input);
    let evidence = Array::from(&get(&e, "evidence"));
    let first = evidence.get(0);
    let start = get(&first, "start").as_f64().unwrap() as u32;
    let end = get(&first, "end").as_f64().unwrap() as u32;
    assert_eq!(String::from(js_input.slice(start, end)), "421");
}

#[wasm_bindgen_test]
fn bad_arguments_throw_type_errors() {
    let error = explain_js(JsValue::from_f64(42.0), JsValue::UNDEFINED).unwrap_err();
    assert!(error.is_instance_of::<js_sys::TypeError>());
    let options = js_sys::Object::new();
    Reflect::set(&options, &"audience".into(), &"root".into()).unwrap();
    let error = explain_js(JsValue::from_str("421"), options.into()).unwrap_err();
    assert!(error.is_instance_of::<js_sys::TypeError>());
    assert!(lookup_js(JsValue::NULL).unwrap_err().is_instance_of::<js_sys::TypeError>());
}

#[wasm_bindgen_test]
fn explain_all_gives_one_per_failed_recipient() {
    let bounce = "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\nFinal-Recipient: rfc822; b@example.org\nAction: delayed\nStatus: 4.2.2\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full\n";
    let all = Array::from(&explain_all_js(JsValue::from_str(bounce), JsValue::UNDEFINED).unwrap());
    assert_eq!(all.length(), 2);
    assert_eq!(get(&all.get(1), "recipient").as_string().as_deref(), Some("b@example.org"));
}

#[wasm_bindgen_test]
fn dictionary_and_taxonomy_are_reachable() {
    let entry = lookup_js(JsValue::from_str("5.7.26")).unwrap();
    assert_eq!(get(&entry, "code").as_string().as_deref(), Some("X.7.26"));
    assert!(lookup_js(JsValue::from_str("9.9.9")).unwrap().is_null());
    assert_eq!(Array::from(&codes_js(JsValue::UNDEFINED).unwrap()).length(), (smtp_explain::codes().len()) as u32);
    assert!(Array::from(&categories_js(JsValue::UNDEFINED).unwrap()).length() >= 40);
    // A language option, and a bad one.
    let qps = js_sys::Object::new();
    js_sys::Reflect::set(&qps, &"lang".into(), &"qps".into()).unwrap();
    assert_eq!(Array::from(&codes_js(qps.into()).unwrap()).length(), (smtp_explain::codes().len()) as u32);
    assert!(codes_js(JsValue::from_str("de")).is_err(), "options must be an object");
}

#[wasm_bindgen_test]
fn card_shows_hostile_server_text_as_text() {
    let hostile = "550 5.7.1 <img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script> blocked";
    let div = fresh_div();
    render_explanation(div.clone().into(), explain(hostile), JsValue::UNDEFINED).unwrap();
    assert!(div.query_selector("img").unwrap().is_none());
    assert!(div.query_selector("script").unwrap().is_none());
    let annotated = fresh_div();
    render_annotated(annotated.clone().into(), hostile.to_string(), explain(hostile), JsValue::UNDEFINED).unwrap();
    assert!(annotated.query_selector("img").unwrap().is_none());
    assert!(annotated.text_content().unwrap().contains("<img src=x"));
    assert!(Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap().is_undefined());
}

#[wasm_bindgen_test]
fn card_has_parts_roles_and_headline() {
    let div = fresh_div();
    let e = explain("452-4.2.2 The recipient's inbox is out of storage space.\n452 4.2.2 Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp");
    render_explanation(div.clone().into(), e.clone(), JsValue::UNDEFINED).unwrap();
    let title = div.query_selector("[part~=title]").unwrap().expect("title part");
    assert_eq!(title.text_content(), get(&e, "title").as_string());
    let card = div.query_selector("[part~=card]").unwrap().unwrap();
    assert_eq!(card.get_attribute("aria-labelledby"), Some(title.id()));
    for part in ["badge", "summary", "facts", "user-actions", "admin"] {
        assert!(div.query_selector(&format!("[part~={part}]")).unwrap().is_some(), "part {part}");
    }
    // Re-rendering replaces the card instead of adding a second one.
    render_explanation(div.clone().into(), e, JsValue::UNDEFINED).unwrap();
    assert_eq!(div.query_selector_all("[part~=card]").unwrap().length(), 1);
}

#[wasm_bindgen_test]
fn links_come_only_from_the_allowlist() {
    let div = fresh_div();
    let e = explain("550 5.1.1 user unknown");
    let references = Array::new();
    let evil = js_sys::Object::new();
    Reflect::set(&evil, &"title".into(), &"Click me".into()).unwrap();
    Reflect::set(&evil, &"url".into(), &"javascript:alert(1)".into()).unwrap();
    references.push(&evil);
    let good = js_sys::Object::new();
    Reflect::set(&good, &"title".into(), &"RFC".into()).unwrap();
    Reflect::set(&good, &"url".into(), &"https://www.rfc-editor.org/rfc/rfc5321".into()).unwrap();
    references.push(&good);
    Reflect::set(&e, &"references".into(), &references).unwrap();
    render_explanation(div.clone().into(), e, JsValue::UNDEFINED).unwrap();
    let links = div.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 1);
    let link: Element = links.get(0).unwrap().dyn_into().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://www.rfc-editor.org/rfc/rfc5321"));
    assert!(div.text_content().unwrap().contains("Click me"));
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &JsValue::from_str(key), value).unwrap();
    }
    object.into()
}

fn computed(element: &Element, property: &str) -> String {
    web_sys::window().unwrap().get_computed_style(element).unwrap().unwrap().get_property_value(property).unwrap()
}

fn px(value: &str) -> f64 {
    value.trim_end_matches("px").parse().unwrap_or(0.0)
}

fn shadow_root() -> (Element, ShadowRoot) {
    let host = fresh_div();
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
    (host, root)
}

fn style_elements() -> u32 {
    document().query_selector_all("style").unwrap().length()
}

#[wasm_bindgen_test]
fn renders_into_a_shadow_root_with_adopted_styles_and_no_style_element() {
    let before = style_elements();
    let (host, root) = shadow_root();
    render_explanation(root.clone().into(), explain("421 4.7.0 Try again later"), JsValue::UNDEFINED).unwrap();
    render_explanation(root.clone().into(), explain("421 4.7.0 Try again later"), JsValue::UNDEFINED).unwrap();
    assert!(root.query_selector("style").unwrap().is_none(), "no <style> element in the shadow root");
    assert_eq!(style_elements(), before, "no <style> element in the document");
    let sheets = root.adopted_style_sheets();
    assert_eq!(sheets.length(), 1, "the card sheet is adopted once, however often the root is rendered into");
    let card = root.query_selector("[part~=card]").unwrap().expect("card");
    assert!(px(&computed(&card, "border-left-width")) >= 4.0, "the card styles apply");
    assert!(host.query_selector("[part~=card]").unwrap().is_none(), "nothing leaks into the light DOM");

    // An element inside a shadow root counts as that shadow root; another root shares the sheet.
    let (_, other) = shadow_root();
    let inner = document().create_element("div").unwrap();
    other.append_child(&inner).unwrap();
    render_explanation(inner.into(), explain("550 5.1.1 User unknown"), JsValue::UNDEFINED).unwrap();
    assert_eq!(other.adopted_style_sheets().length(), 1);
    assert_eq!(other.adopted_style_sheets().get(0), sheets.get(0), "one constructed sheet per document");

    // Sheets the host adopted itself stay, and stay first.
    let (_, third) = shadow_root();
    let own = web_sys::CssStyleSheet::new().unwrap();
    third.set_adopted_style_sheets(&Array::of1(&own));
    render_explanation(third.clone().into(), explain("421"), JsValue::UNDEFINED).unwrap();
    let adopted = third.adopted_style_sheets();
    assert_eq!(adopted.length(), 2);
    assert_eq!(adopted.get(0), JsValue::from(own));
}

#[wasm_bindgen_test]
fn renders_into_the_document_with_adopted_styles_scoped_to_its_roots() {
    let before = style_elements();
    let div = fresh_div();
    render_explanation(div.clone().into(), explain("550 5.1.1 User unknown"), JsValue::UNDEFINED).unwrap();
    assert_eq!(style_elements(), before, "no <style> element added to the document");
    let adopted = document().adopted_style_sheets();
    assert!(adopted.length() >= 1, "the card sheet is adopted by the document");
    let card = div.query_selector("[part~=card]").unwrap().unwrap();
    assert!(px(&computed(&card, "border-left-width")) >= 4.0, "the card styles apply");
    let list = div.query_selector("[part~=user-actions-list]").unwrap().unwrap();
    assert_eq!(computed(&list, "margin-top"), "0px");

    // The page around the cards keeps its own look: lists, disclosures, links and the class
    // names the card uses are not restyled.
    let page = fresh_div();
    for tag in ["ol", "ul", "details", "a", "h2"] {
        let e = document().create_element(tag).unwrap();
        e.set_class_name("title summary header card heading");
        if tag == "details" {
            e.append_child(&document().create_element("summary").unwrap()).unwrap();
        }
        page.append_child(&e).unwrap();
    }
    let ol = page.query_selector("ol").unwrap().unwrap();
    assert_eq!(computed(&ol, "padding-left"), "40px", "a page list keeps its padding");
    let details = page.query_selector("details").unwrap().unwrap();
    assert_eq!(computed(&details, "border-top-style"), "none", "a page disclosure keeps its look");
    let summary = page.query_selector("summary").unwrap().unwrap();
    assert_eq!(computed(&summary, "cursor"), "auto", "a page summary keeps its cursor");
    let h2 = page.query_selector("h2").unwrap().unwrap();
    assert_ne!(computed(&h2, "font-size"), computed(&div.query_selector("[part~=title]").unwrap().unwrap(), "font-size"));
    assert_eq!(computed(&h2, "border-left-width"), "0px", "the class name card does not make a card");
    assert_eq!(adopted.length(), document().adopted_style_sheets().length(), "adopted once");
}

#[wasm_bindgen_test]
fn styles_false_adopts_nothing() {
    let (_, root) = shadow_root();
    render_explanation(root.clone().into(), explain("421"), options(&[("styles", JsValue::FALSE)])).unwrap();
    assert_eq!(root.adopted_style_sheets().length(), 0);
    assert!(root.query_selector("style").unwrap().is_none());
    let (_, annotated) = shadow_root();
    render_annotated(annotated.clone().into(), "421".into(), explain("421"), options(&[("styles", JsValue::FALSE)])).unwrap();
    assert_eq!(annotated.adopted_style_sheets().length(), 0);
}

#[wasm_bindgen_test]
fn rendering_keeps_the_hosts_other_children() {
    let (_, root) = shadow_root();
    let status = document().create_element("div").unwrap();
    status.set_attribute("role", "status").unwrap();
    root.append_child(&status).unwrap();
    let after = document().create_element("p").unwrap();
    render_explanation(root.clone().into(), explain("421"), JsValue::UNDEFINED).unwrap();
    root.append_child(&after).unwrap();
    let e = explain("550 5.1.1 User unknown");
    let cards = render_explanation(root.clone().into(), e.clone(), JsValue::UNDEFINED).unwrap();
    render_annotated(root.clone().into(), "550 5.1.1 User unknown".into(), e.clone(), JsValue::UNDEFINED).unwrap();
    render_annotated(root.clone().into(), "550 5.1.1 User unknown".into(), e, JsValue::UNDEFINED).unwrap();
    let nodes = root.child_nodes();
    let children: Vec<String> = (0..nodes.length())
        .map(|i| nodes.get(i).unwrap().dyn_into::<Element>().unwrap())
        .map(|c| c.get_attribute("data-smtp-explain-root").unwrap_or_else(|| c.tag_name().to_lowercase()))
        .collect();
    assert_eq!(children, ["div", "cards", "p", "annotated"], "the host's children stay in place; each kind is replaced in place");
    assert!(status.is_connected() && after.is_connected());
    assert_eq!(root.query_selector_all("[part~=card]").unwrap().length(), 1);
    assert_eq!(root.child_nodes().get(1).map(JsValue::from), Some(cards), "the new cards took the place of the old");
}

#[wasm_bindgen_test]
fn card_is_an_article_described_by_its_summary_in_the_explanations_language() {
    let div = fresh_div();
    let e = explain("552 5.2.2 Mailbox full");
    let cards = render_explanation(div.clone().into(), e.clone(), JsValue::UNDEFINED).unwrap();
    let cards: Element = cards.dyn_into().unwrap();
    assert_eq!(cards.get_attribute("lang"), get(&e, "lang").as_string());
    let card = div.query_selector("[part~=card]").unwrap().unwrap();
    assert_eq!(card.tag_name(), "ARTICLE");
    assert!(div.query_selector("section[part~=card]").unwrap().is_none(), "no region landmark per card");
    let summary = div.query_selector("[part~=summary]").unwrap().unwrap();
    assert!(!summary.id().is_empty());
    assert_eq!(card.get_attribute("aria-describedby"), Some(summary.id()));
    assert_eq!(summary.text_content(), get(&e, "summary").as_string());
    // Every card of a list has its own ids.
    let all = explain_all_js(JsValue::from_str("550 5.1.1 User unknown\n452 4.2.2 Mailbox full"), JsValue::UNDEFINED).unwrap();
    render_explanation(div.clone().into(), all, JsValue::UNDEFINED).unwrap();
    let ids: Vec<String> =
        (0..2).map(|i| div.query_selector_all("[part~=summary]").unwrap().get(i).unwrap().dyn_into::<Element>().unwrap().id()).collect();
    assert_ne!(ids[0], ids[1]);
}

#[wasm_bindgen_test]
fn heading_level_sets_the_title_and_section_headings() {
    let e = explain("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown");
    for (level, title, sub) in [
        (None, "H2", "H3"),
        (Some(4.0), "H4", "H5"),
        (Some(6.0), "H6", "H6"),
        (Some(1.0), "H2", "H3"),
        (Some(9.0), "H6", "H6"),
        (Some(f64::NAN), "H2", "H3"),
    ] {
        let div = fresh_div();
        let opts = level.map_or(JsValue::UNDEFINED, |n| options(&[("headingLevel", JsValue::from_f64(n))]));
        render_explanation(div.clone().into(), e.clone(), opts).unwrap();
        assert_eq!(div.query_selector("[part~=title]").unwrap().unwrap().tag_name(), title, "{level:?}");
        let headings = div.query_selector_all("[part~=heading]").unwrap();
        assert!(headings.length() > 0);
        for i in 0..headings.length() {
            assert_eq!(headings.get(i).unwrap().dyn_into::<Element>().unwrap().tag_name(), sub, "{level:?}");
        }
    }
}

#[wasm_bindgen_test]
fn steps_show_backtick_spans_as_code_and_never_parse_html() {
    let e = explain("550 5.1.1 User unknown");
    let steps = Array::new();
    steps.push(&"Check the record: `dig +short MX example.com`, then `<b>retry</b>`.".into());
    steps.push(&"A lone ` stays as it is".into());
    Reflect::set(&e, &"userActions".into(), &steps).unwrap();
    let causes = Array::new();
    causes.push(&"`a` and `b`".into());
    Reflect::set(&e, &"possibleCauses".into(), &causes).unwrap();
    let div = fresh_div();
    render_explanation(div.clone().into(), e, JsValue::UNDEFINED).unwrap();
    let items = div.query_selector_all("[part~=user-actions-list] li").unwrap();
    let first: Element = items.get(0).unwrap().dyn_into().unwrap();
    let codes = first.query_selector_all("code").unwrap();
    assert_eq!(codes.length(), 2);
    assert_eq!(codes.get(0).unwrap().text_content().as_deref(), Some("dig +short MX example.com"));
    assert_eq!(codes.get(1).unwrap().text_content().as_deref(), Some("<b>retry</b>"));
    assert!(first.query_selector("b").unwrap().is_none(), "markup in a code span stays text");
    assert_eq!(first.text_content().as_deref(), Some("Check the record: dig +short MX example.com, then <b>retry</b>."));
    let code: Element = codes.get(0).unwrap().dyn_into().unwrap();
    assert_eq!(code.get_attribute("part").as_deref(), Some("inline-code"));
    assert!(computed(&code, "font-family").contains("monospace"));
    let second: Element = items.get(1).unwrap().dyn_into().unwrap();
    assert!(second.query_selector("code").unwrap().is_none());
    assert_eq!(second.text_content().as_deref(), Some("A lone ` stays as it is"));
    let cause = div.query_selector("[part~=causes-list] li").unwrap().unwrap();
    assert_eq!(cause.query_selector_all("code").unwrap().length(), 2);
    assert_eq!(cause.text_content().as_deref(), Some("a and b"));
}

#[wasm_bindgen_test]
fn compact_mode_hides_details_behind_more_and_cuts_the_summary_to_one_line() {
    let div = fresh_div();
    render_explanation(div.clone().into(), explain("552 5.2.2 Mailbox full"), options(&[("compact", JsValue::TRUE)])).unwrap();
    let more = div.query_selector("details[part~=more]").unwrap().expect("more toggle");
    assert!(!more.has_attribute("open"));
    assert!(more.query_selector("[part~=user-actions]").unwrap().is_some());
    let summary = div.query_selector("[part~=summary]").unwrap().unwrap();
    assert_eq!(computed(&summary, "-webkit-line-clamp"), "1", "one line while closed");
    more.set_attribute("open", "").unwrap();
    assert_eq!(computed(&summary, "-webkit-line-clamp"), "none", "the whole summary once More is open");
    let full = fresh_div();
    render_explanation(full.clone().into(), explain("552 5.2.2 Mailbox full"), JsValue::UNDEFINED).unwrap();
    assert_eq!(computed(&full.query_selector("[part~=summary]").unwrap().unwrap(), "-webkit-line-clamp"), "none");
}

#[wasm_bindgen_test]
fn annotated_view_marks_codes_and_keeps_text() {
    let input = "550 5.1.1 <x@example.com>: User unknown";
    let div = fresh_div();
    let pre = render_annotated(div.clone().into(), input.to_string(), explain(input), JsValue::UNDEFINED).unwrap();
    let pre: Element = pre.dyn_into().unwrap();
    assert_eq!(pre.get_attribute("data-smtp-explain-root").as_deref(), Some("annotated"));
    assert!(pre.get_attribute("aria-label").is_some_and(|l| !l.is_empty()), "a default accessible name");
    let marks = div.query_selector_all("mark").unwrap();
    assert!(marks.length() >= 2);
    let first: Element = marks.get(0).unwrap().dyn_into().unwrap();
    assert_eq!(first.get_attribute("data-kind").as_deref(), Some("basic_code"));
    assert!(first.text_content().unwrap().starts_with("550"));
    // The accessible name can be set.
    let pre = render_annotated(div.clone().into(), input.to_string(), explain(input), options(&[("label", "Die Antwort".into())])).unwrap();
    assert_eq!(pre.dyn_into::<Element>().unwrap().get_attribute("aria-label").as_deref(), Some("Die Antwort"));
    assert_eq!(div.query_selector_all("pre").unwrap().length(), 1);
}

#[wasm_bindgen_test]
fn render_rejects_bad_targets_and_values() {
    assert!(render_explanation(JsValue::from_str("#id"), explain("421"), JsValue::UNDEFINED).is_err());
    assert!(render_explanation(fresh_div().into(), JsValue::from_f64(1.0), JsValue::UNDEFINED).is_err());
}

#[wasm_bindgen_test]
fn a_second_language_comes_through_the_js_api_and_the_card() {
    // `qps` is the test-only pseudo-localised catalog (tests/i18n/qps, `testing` feature).
    let e =
        explain_js(JsValue::from_str("552 5.3.4 Message size exceeds fixed maximum message size"), options(&[("lang", "qps-ploc".into())]))
            .unwrap();
    assert_eq!(get(&e, "lang").as_string().as_deref(), Some("qps"));
    assert_eq!(get(&e, "title").as_string().as_deref(), Some("[Ŧĥê ɱêššåĝê ŵåš ţöö ɓîĝ]"));
    let div = fresh_div();
    let cards: Element = render_explanation(div.clone().into(), e, JsValue::UNDEFINED).unwrap().dyn_into().unwrap();
    assert_eq!(cards.get_attribute("lang").as_deref(), Some("qps"));
    let names: Vec<String> = (0..div.query_selector_all("[part~=fact-name]").unwrap().length())
        .map(|i| div.query_selector_all("[part~=fact-name]").unwrap().get(i).unwrap().text_content().unwrap_or_default())
        .collect();
    assert!(names.iter().any(|n| n == "[Ŵĥö åçţš]"), "{names:?}");
    // A label the catalog lacks falls back to English.
    assert_eq!(
        div.query_selector("[part~=admin-toggle]").unwrap().unwrap().text_content().as_deref(),
        Some(smtp_explain::ui_text("card.admin", "en").as_str())
    );
}

#[wasm_bindgen_test]
fn the_renderer_reads_typed_explanations_and_rejects_other_objects() {
    let div = fresh_div();
    let not_an_explanation = js_sys::Object::new();
    Reflect::set(&not_an_explanation, &"title".into(), &"only a title".into()).unwrap();
    let error = render_explanation(div.clone().into(), not_an_explanation.into(), JsValue::UNDEFINED).unwrap_err();
    assert!(error.is_instance_of::<js_sys::TypeError>());
    assert!(div.query_selector("[part~=card]").unwrap().is_none());
}

#[wasm_bindgen_test]
fn explain_all_converts_offsets_for_every_recipient() {
    let bounce = "😀\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\nFinal-Recipient: rfc822; é@example.org\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n";
    let js_input = js_sys::JsString::from(bounce);
    let all = Array::from(&explain_all_js(JsValue::from_str(bounce), JsValue::UNDEFINED).unwrap());
    assert_eq!(all.length(), 2);
    for (i, code) in [(0, "550"), (1, "552")] {
        let evidence = Array::from(&get(&all.get(i), "evidence"));
        let codes: Vec<String> = evidence
            .iter()
            .filter(|v| get(v, "kind").as_string().as_deref() == Some("basic_code"))
            .map(|v| String::from(js_input.slice(get(&v, "start").as_f64().unwrap() as u32, get(&v, "end").as_f64().unwrap() as u32)))
            .collect();
        assert_eq!(codes, [code]);
    }
}

#[wasm_bindgen_test]
fn input_over_the_bound_is_cut_before_it_is_copied_and_says_so() {
    let big = format!("550 5.1.1 User unknown {}", "é".repeat(600_000));
    let e = explain(&big);
    assert_eq!(path(&e, &["category", "id"]).as_string().as_deref(), Some("mailbox_unknown"));
    let warnings = Array::from(&get(&e, "warnings"));
    assert!(warnings.iter().any(|w| get(&w, "id").as_string().as_deref() == Some("truncated")));
}

#[wasm_bindgen_test]
fn the_renderer_reads_back_every_field_that_explain_wrote() {
    use smtp_explain::wasm::read::explanations;
    let inputs = [
        "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown",
        "421 4.7.0 [TS01] Messages from 192.0.2.1 temporarily deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
        "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n",
        "Connection refused",
        "",
    ];
    for input in inputs {
        let all = explain_all_js(JsValue::from_str(input), JsValue::UNDEFINED).unwrap();
        let read = explanations(&all).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        let again =
            serde::Serialize::serialize(&read, &serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| e.to_string()).unwrap();
        assert_eq!(js_sys::JSON::stringify(&again).unwrap(), js_sys::JSON::stringify(&all).unwrap(), "{input:?}");
        let one = explain(input);
        assert_eq!(explanations(&one).map(|v| v.len()), Ok(1));
    }
    // A missing field, a wrong type and an unknown id are refused, and named.
    let e = explain("421");
    Reflect::set(&e, &"outcome".into(), &"maybe".into()).unwrap();
    assert!(explanations(&e).unwrap_err().contains("`outcome`"));
    let e = explain("421");
    Reflect::delete_property(e.unchecked_ref::<js_sys::Object>(), &"lang".into()).unwrap();
    assert!(explanations(&e).unwrap_err().contains("`lang`"));
    let e = explain("421");
    Reflect::set(&e, &"codes".into(), &"550".into()).unwrap();
    assert!(explanations(&e).unwrap_err().contains("`codes`"));
}

#[wasm_bindgen_test]
fn the_renderer_knows_every_serialized_id() {
    use smtp_explain::data::SoftwareKind;
    use smtp_explain::wasm::read;
    use smtp_explain::{CodeKind, CodeOrigin, EvidenceKind, InputKind, ProviderKind};
    fn check<T: serde::Serialize + PartialEq + std::fmt::Debug + Copy>(all: &[T], read: fn(&str) -> Option<T>) {
        for &v in all {
            let id = serde_json::to_value(v).unwrap();
            assert_eq!(read(id.as_str().unwrap()), Some(v));
        }
    }
    use InputKind::*;
    check(&[Empty, Code, Reply, Dsn, LogLine, ClientMessage, Text], read::input_kind);
    check(&[CodeKind::Basic, CodeKind::Enhanced], read::code_kind);
    check(&[CodeOrigin::Reply, CodeOrigin::Status, CodeOrigin::Client], read::code_origin);
    check(&[ProviderKind::Mailbox, ProviderKind::Gateway, ProviderKind::Blocklist, ProviderKind::SendingService], read::provider_kind);
    check(&[SoftwareKind::MailServer, SoftwareKind::Filter, SoftwareKind::Client, SoftwareKind::Library], read::software_kind);
    use EvidenceKind as K;
    check(
        &[
            K::BasicCode,
            K::EnhancedCode,
            K::Phrase,
            K::ProviderTag,
            K::ProviderMessage,
            K::Blocklist,
            K::DsnField,
            K::Stage,
            K::ClientError,
        ],
        read::evidence_kind,
    );
}

/// The objects `explain` and `explainAll` build in JS (src/wasm/object.rs) are those
/// serde-wasm-bindgen built: the same keys in the same order, the same values.
#[wasm_bindgen_test]
fn explanation_objects_are_those_serde_wasm_bindgen_made() {
    use smtp_explain::wasm::{explain_all_by_serde, explain_by_serde};
    let json = |v: &JsValue| String::from(js_sys::JSON::stringify(v).unwrap());
    let mut inputs: Vec<&str> = include_str!("../benches/inputs.txt").lines().collect();
    inputs.extend([
        "",
        "😀 é 421 4.7.0 Try again later",
        "Erreur SMTP\u{202F}: échec de l’authentification.",
        "Reporting-MTA: dns; mx.example.com\nFinal-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\nSubject: Hello\nMessage-ID: <a@b>\n",
        "Dec  5 00:00:08 mx1 postfix/smtp[90803]: 028DE71159: to=<frank@mail.ru>, status=deferred (host mx.mail.ru[203.0.113.12] said: 452 4.2.2 over quota)\n550 5.7.1 blocked using zen.spamhaus.org",
        // Findings whose texts repeat (written once, then referred to, in explainAll's record).
        "550 5.1.1 <a@example.com>: User unknown\n452 4.2.2 Mailbox full\n550 5.1.1 <b@example.com>: User unknown\n😀 550 5.1.1 <c@example.com>: Benutzer unbekannt",
    ]);
    for input in inputs {
        for options in [JsValue::UNDEFINED, {
            let o = js_sys::Object::new();
            Reflect::set(&o, &"audience".into(), &"admin".into()).unwrap();
            o.into()
        }] {
            let (ours, serde) =
                (explain_js(input.into(), options.clone()).unwrap(), explain_by_serde(input.into(), options.clone()).unwrap());
            assert_eq!(json(&ours), json(&serde), "{input}");
            let (ours, serde) =
                (explain_all_js(input.into(), options.clone()).unwrap(), explain_all_by_serde(input.into(), options).unwrap());
            assert_eq!(json(&ours), json(&serde), "{input}");
        }
    }
}
