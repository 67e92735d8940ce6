//! The JavaScript bindings: the only module that knows about JS (compiled for wasm32 only).
//! Values cross the boundary as plain JSON-compatible objects (`null`, never `undefined`);
//! evidence offsets are converted from UTF-8 bytes to UTF-16 indices here, once.

mod object;
pub mod render;

// Public (hidden) with the `testing` feature, so that the Wasm tests can check the readers.
#[cfg(feature = "testing")]
#[doc(hidden)]
pub mod read;
#[cfg(not(feature = "testing"))]
mod read;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Audience, Explanation, Options};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("types.d.ts");

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from(js_sys::Error::new(&format!("smtp-explain: {e}"))))
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

fn input_string(function: &str, input: &JsValue) -> Result<String, JsValue> {
    input.as_string().ok_or_else(|| type_error(&format!("smtp-explain: {function}(input) needs a string, got {}", js_type(input))))
}

/// The input text, cut in JS before it is copied into Wasm memory: a little over the core's
/// bound (`MAX_INPUT` bytes need at most as many UTF-16 units), so the core still sees that
/// the input was longer and says so.
fn input_text(function: &str, input: &JsValue) -> Result<String, JsValue> {
    let Some(string) = input.dyn_ref::<js_sys::JsString>() else {
        return input_string(function, input);
    };
    let limit = crate::parse::MAX_INPUT as u32 + 1;
    if string.length() <= limit {
        return input_string(function, input);
    }
    // Never cut a surrogate pair in two.
    let high_surrogate = (0xD800..0xDC00).contains(&(string.char_code_at(limit - 1) as u32));
    let end = if high_surrogate { limit - 1 } else { limit };
    Ok(String::from(string.slice(0, end)))
}

fn js_type(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_else(|| "unknown".into())
    }
}

use js_sys::{Array, Reflect};
use wasm_bindgen::JsCast;

/// Reads `{ lang?, audience? }`; `undefined`/`null` mean defaults.
fn read_options(function: &str, options: &JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() || Array::is_array(options) {
        return Err(type_error(&format!("smtp-explain: {function}(input, options): options must be an object, got {}", js_type(options))));
    }
    let field = |name: &str| Reflect::get(options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    let lang = field("lang");
    let audience = field("audience");
    let mut parsed = Options::default();
    if !lang.is_undefined() && !lang.is_null() {
        parsed.lang = Some(lang.as_string().ok_or_else(|| type_error("smtp-explain: options.lang must be a string such as \"en\""))?);
    }
    if !audience.is_undefined() && !audience.is_null() {
        let value = audience.as_string().unwrap_or_default();
        parsed.audience =
            Some(Audience::from_id(&value).ok_or_else(|| type_error("smtp-explain: options.audience must be \"user\" or \"admin\""))?);
    }
    Ok(parsed)
}

/// Converts the byte offsets of the evidence of all `explanations` into UTF-16 indices of
/// `input`, in one pass over the input however many explanations there are.
fn evidence_to_utf16(input: &str, explanations: &mut [Explanation]) {
    // In ASCII both count alike (an offset past the end is the end, as `convert` makes it).
    if input.is_ascii() {
        for evidence in explanations.iter_mut().flat_map(|e| e.evidence.iter_mut()) {
            evidence.start = evidence.start.min(input.len());
            evidence.end = evidence.end.min(input.len());
        }
        return;
    }
    let mut positions: Vec<usize> = explanations.iter().flat_map(|e| e.evidence.iter().flat_map(|v| [v.start, v.end])).collect();
    crate::offsets::convert(input, &mut positions, crate::offsets::Unit::Bytes);
    let mut converted = positions.into_iter();
    for evidence in explanations.iter_mut().flat_map(|e| e.evidence.iter_mut()) {
        evidence.start = converted.next().unwrap_or(evidence.start);
        evidence.end = converted.next().unwrap_or(evidence.end);
    }
}

/// Explains a code, reply, bounce, log line or client error message.
#[wasm_bindgen(js_name = explain, unchecked_return_type = "Explanation")]
pub fn explain_js(
    #[wasm_bindgen(unchecked_param_type = "string")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExplainOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = input_text("explain", &input)?;
    let options = read_options("explain", &options)?;
    let mut explanation = [crate::explain_with(&text, &options)];
    evidence_to_utf16(&text, &mut explanation);
    object::explanation(&explanation[0])
}

/// One explanation per failed recipient, log line or reply found in the input.
#[wasm_bindgen(js_name = explainAll, unchecked_return_type = "Explanation[]")]
pub fn explain_all_js(
    #[wasm_bindgen(unchecked_param_type = "string")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExplainOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = input_text("explainAll", &input)?;
    let options = read_options("explainAll", &options)?;
    let mut all = crate::explain_all(&text, &options);
    evidence_to_utf16(&text, &mut all);
    object::explanations(&all)
}

/// `explain` with serde-wasm-bindgen building the object, as it was before `object.rs`: the
/// tests check that both make the same objects. Test builds only.
#[cfg(feature = "testing")]
#[doc(hidden)]
#[wasm_bindgen(js_name = __explainBySerde)]
pub fn explain_by_serde(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = input_text("explain", &input)?;
    let options = read_options("explain", &options)?;
    let mut explanation = [crate::explain_with(&text, &options)];
    evidence_to_utf16(&text, &mut explanation);
    to_js(&explanation[0])
}

/// `explainAll` with serde-wasm-bindgen building the objects (see `__explainBySerde`). Test
/// builds only.
#[cfg(feature = "testing")]
#[doc(hidden)]
#[wasm_bindgen(js_name = __explainAllBySerde)]
pub fn explain_all_by_serde(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = input_text("explainAll", &input)?;
    let options = read_options("explainAll", &options)?;
    let mut all = crate::explain_all(&text, &options);
    evidence_to_utf16(&text, &mut all);
    to_js(&all)
}

/// The dictionary entry of a basic (`550`) or enhanced (`5.1.1`, `X.1.1`) code, or `null`.
#[wasm_bindgen(js_name = lookup, unchecked_return_type = "DictionaryEntry | null")]
pub fn lookup_js(#[wasm_bindgen(unchecked_param_type = "string")] code: JsValue) -> Result<JsValue, JsValue> {
    let code = input_string("lookup", &code)?;
    to_js(&crate::lookup(&code))
}

/// The whole dictionary: every basic code, then every enhanced code (texts in `options.lang`).
#[wasm_bindgen(js_name = codes, unchecked_return_type = "DictionaryEntry[]")]
pub fn codes_js(#[wasm_bindgen(unchecked_param_type = "{ lang?: string }")] options: JsValue) -> Result<JsValue, JsValue> {
    to_js(&crate::codes_with(&read_options("codes", &options)?))
}

/// The taxonomy with its crosswalks (texts in `options.lang`).
#[wasm_bindgen(js_name = categories, unchecked_return_type = "CategoryInfo[]")]
pub fn categories_js(#[wasm_bindgen(unchecked_param_type = "{ lang?: string }")] options: JsValue) -> Result<JsValue, JsValue> {
    to_js(&crate::categories_with(&read_options("categories", &options)?))
}

/// An interface text (`card.*`, `dialog.*`, `outcome.*` ...) in the language `lang` (falling
/// back like explanations do), or the key itself.
#[wasm_bindgen(js_name = uiText)]
pub fn ui_text_js(key: JsValue, lang: JsValue) -> Result<String, JsValue> {
    let key = key.as_string().ok_or_else(|| type_error("smtp-explain: uiText(key, lang) needs a key string"))?;
    let lang = lang.as_string().unwrap_or_else(|| "en".to_string());
    Ok(crate::ui_text(&key, &lang))
}

/// Loads a pack of catalog text (the English provider texts, or another language), as UTF-8
/// bytes, and returns how many texts it holds. The bytes are copied into Wasm memory in one
/// go (a string of several hundred KB would be encoded character by character in JS); the
/// JS wrapper (`js/api.js`) encodes a string.
#[wasm_bindgen(js_name = loadPack)]
pub fn load_pack_js(lang: JsValue, text: Vec<u8>) -> Result<u32, JsValue> {
    let lang = lang.as_string().ok_or_else(|| type_error("smtp-explain: loadPack(lang, text) needs a language code string"))?;
    let text = String::from_utf8(text).map_err(|_| type_error("smtp-explain: loadPack(lang, text): the pack is not UTF-8"))?;
    crate::catalog::load_pack(&lang, text)
        .map(|n| n as u32)
        .map_err(|e| JsValue::from(js_sys::Error::new(&format!("smtp-explain: the pack does not parse: {e}"))))
}

/// Loads the knowledge pack (`packs/knowledge.txt`): the client and library messages in their
/// other languages. Returns the number of rows read (0 when a pack was already loaded).
#[wasm_bindgen(js_name = loadKnowledge)]
pub fn load_knowledge_js(text: Vec<u8>) -> Result<u32, JsValue> {
    let text = String::from_utf8(text).map_err(|_| type_error("smtp-explain: loadKnowledge(text): the pack is not UTF-8"))?;
    crate::data::knowledge::load(text)
        .map(|n| n as u32)
        .map_err(|e| JsValue::from(js_sys::Error::new(&format!("smtp-explain: the knowledge pack does not parse: {e}"))))
}

/// Explains without building the JS object, so the benchmark can tell the core's time from
/// the conversion's (`benches/wasm.mjs`). Returns the length of the title. Test builds only.
#[cfg(feature = "testing")]
#[doc(hidden)]
#[wasm_bindgen(js_name = __benchCore)]
pub fn bench_core(input: String) -> usize {
    crate::explain(&input).title.len()
}

/// Builds the matcher's automaton afresh (`benches/first-card-trace.mjs`: its share of the
/// first explanation). Returns its number of nodes. Test builds only.
#[cfg(feature = "testing")]
#[doc(hidden)]
#[wasm_bindgen(js_name = __benchAutomaton)]
pub fn bench_automaton() -> usize {
    crate::matcher::build_for_bench(false)
}

/// Builds the matcher's automaton afresh with the fast rows it gets after a while (their cost:
/// this less `__benchAutomaton`). Test builds only.
#[cfg(feature = "testing")]
#[doc(hidden)]
#[wasm_bindgen(js_name = __benchAutomatonFastRows)]
pub fn bench_automaton_fast_rows() -> usize {
    crate::matcher::build_for_bench(true)
}

/// `explainAll` without building the JS objects (`benches/scaling.mjs`). Test builds only.
#[cfg(feature = "testing")]
#[doc(hidden)]
#[wasm_bindgen(js_name = __benchCoreAll)]
pub fn bench_core_all(input: String) -> usize {
    crate::explain_all(&input, &Options::default()).len()
}

/// Panics on purpose, so the tests can prove that a panic leaves the module usable. Test
/// builds only.
#[cfg(feature = "testing")]
#[doc(hidden)]
#[wasm_bindgen(js_name = __panicForTests)]
pub fn panic_for_tests() {
    panic!("smtp-explain: deliberate panic for tests");
}

/// The matcher's scan alone (`benches/wasm.mjs`: its share of the core). Returns the number
/// of hits. Test builds only.
#[cfg(feature = "testing")]
#[doc(hidden)]
#[wasm_bindgen(js_name = __benchScan)]
pub fn bench_scan(input: String) -> usize {
    crate::matcher::scan(&input).len()
}
