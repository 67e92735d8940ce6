//! The JavaScript boundary and the card renderer, tested in headless Chromium with
//! wasm-bindgen-test (run by `npm test`; see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use smtp_explain::wasm::render::{render_annotated, render_explanation};
use smtp_explain::wasm::{categories_js, codes_js, explain_all_js, explain_js, lookup_js};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

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
    assert_eq!(Array::from(&codes_js().unwrap()).length(), (smtp_explain::codes().len()) as u32);
    assert!(Array::from(&categories_js().unwrap()).length() >= 40);
}

#[wasm_bindgen_test]
fn card_shows_hostile_server_text_as_text() {
    let hostile = "550 5.7.1 <img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script> blocked";
    let div = fresh_div();
    render_explanation(div.clone().into(), explain(hostile), JsValue::UNDEFINED).unwrap();
    assert!(div.query_selector("img").unwrap().is_none());
    assert!(div.query_selector("script").unwrap().is_none());
    let annotated = fresh_div();
    render_annotated(annotated.clone().into(), hostile.to_string(), explain(hostile)).unwrap();
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

#[wasm_bindgen_test]
fn renders_into_a_shadow_root_with_its_styles() {
    let host = fresh_div();
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
    render_explanation(root.clone().into(), explain("421 4.7.0 Try again later"), JsValue::UNDEFINED).unwrap();
    assert!(root.query_selector("style[data-smtp-explain]").unwrap().is_some());
    assert!(root.query_selector("[part~=card]").unwrap().is_some());
    assert!(host.query_selector("[part~=card]").unwrap().is_none(), "nothing leaks into the light DOM");
}

#[wasm_bindgen_test]
fn compact_mode_hides_details_behind_more() {
    let div = fresh_div();
    let options = js_sys::Object::new();
    Reflect::set(&options, &"compact".into(), &JsValue::TRUE).unwrap();
    render_explanation(div.clone().into(), explain("552 5.2.2 Mailbox full"), options.into()).unwrap();
    let more = div.query_selector("details[part~=more]").unwrap().expect("more toggle");
    assert!(!more.has_attribute("open"));
    assert!(more.query_selector("[part~=user-actions]").unwrap().is_some());
}

#[wasm_bindgen_test]
fn annotated_view_marks_codes_and_keeps_text() {
    let input = "550 5.1.1 <x@example.com>: User unknown";
    let div = fresh_div();
    render_annotated(div.clone().into(), input.to_string(), explain(input)).unwrap();
    let marks = div.query_selector_all("mark").unwrap();
    assert!(marks.length() >= 2);
    let first: Element = marks.get(0).unwrap().dyn_into().unwrap();
    assert_eq!(first.get_attribute("data-kind").as_deref(), Some("basic_code"));
    assert!(first.text_content().unwrap().starts_with("550"));
}

#[wasm_bindgen_test]
fn render_rejects_bad_targets_and_values() {
    assert!(render_explanation(JsValue::from_str("#id"), explain("421"), JsValue::UNDEFINED).is_err());
    assert!(render_explanation(fresh_div().into(), JsValue::from_f64(1.0), JsValue::UNDEFINED).is_err());
}
