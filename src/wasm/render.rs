//! The one explanation card renderer, shared by the page, the `<smtp-explain>` element and
//! the popup dialog. It builds DOM nodes with text only (never HTML strings), puts `part`
//! names on the pieces, links only to allowlisted https pages, and brings its own styles as a
//! constructed stylesheet (no inline `<style>`, so a strict `style-src` policy needs no
//! exception). It replaces only what it rendered itself: the element it marks with
//! `data-smtp-explain-root`.

use std::sync::atomic::{AtomicU32, Ordering};

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Document, Element, Node, ShadowRoot};

use crate::data::links::is_allowed;
use crate::offsets::{convert, Unit};
use crate::{Evidence, Explanation, Text};

/// Default styles of the card, scoped to the renderer's roots, with custom properties.
const CARD_CSS: &str = include_str!("card.css");

struct RenderOptions {
    audience: Option<String>,
    compact: bool,
    styles: bool,
    /// Level of the card title (2 to 6); sub-headings are one below it.
    heading: u8,
    /// aria-label of the annotated text.
    label: Option<String>,
}

/// Reads a property; anything missing or of the wrong type reads as empty.
fn get(object: &JsValue, key: &str) -> JsValue {
    if !object.is_object() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn opt_string(object: &JsValue, key: &str) -> Option<String> {
    get(object, key).as_string()
}

/// One Explanation or an array of them, as `explain()` and `explainAll()` returned them:
/// read into the Rust type, so the renderer works from typed fields.
fn read_explanations(value: &JsValue, function: &str) -> Result<Vec<Explanation>, JsValue> {
    super::read::explanations(value).map_err(|e| js_error(&format!("{function}: expected an Explanation or an array of them ({e})")))
}

impl RenderOptions {
    fn read(options: &JsValue) -> RenderOptions {
        RenderOptions {
            audience: opt_string(options, "audience"),
            compact: get(options, "compact").as_bool().unwrap_or(false),
            styles: get(options, "styles").as_bool().unwrap_or(true),
            // NaN and negatives cast to 0, huge values to 255: both end up clamped.
            heading: get(options, "headingLevel").as_f64().map_or(2, |n| n as u8).clamp(2, 6),
            label: opt_string(options, "label"),
        }
    }
}

fn js_error(message: &str) -> JsValue {
    js_sys::TypeError::new(&format!("smtp-explain: {message}")).into()
}

/// Heading tags by level - 1 (levels 2 to 6 are used).
const HEADINGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

/// Builds elements in one document, with interface texts in one language.
struct Builder {
    doc: Document,
    lang: String,
}

impl Builder {
    /// The interface text of `key` in the builder's language.
    fn label(&self, key: &str) -> String {
        crate::ui_text(key, &self.lang)
    }

    fn el(&self, tag: &str, part: &str) -> Result<Element, JsValue> {
        let e = self.doc.create_element(tag)?;
        if !part.is_empty() {
            e.set_attribute("part", part)?;
            e.set_class_name(part.split(' ').next().unwrap_or(part));
        }
        Ok(e)
    }

    fn text(&self, tag: &str, part: &str, text: &str) -> Result<Element, JsValue> {
        let e = self.el(tag, part)?;
        e.set_text_content(Some(text));
        Ok(e)
    }

    /// A link when the URL is allowlisted, plain text otherwise.
    fn link(&self, text: &str, url: &str, part: &str) -> Result<Element, JsValue> {
        if !is_allowed(url) {
            return self.text("span", part, text);
        }
        let a = self.text("a", part, text)?;
        a.set_attribute("href", url)?;
        a.set_attribute("rel", "noopener noreferrer external")?;
        a.set_attribute("target", "_blank")?;
        Ok(a)
    }

    /// A list whose items show `backtick` spans as `<code>` elements (text nodes only).
    fn list(&self, tag: &str, part: &str, items: &[Text]) -> Result<Element, JsValue> {
        let list = self.el(tag, part)?;
        for item in items {
            let li = self.el("li", "")?;
            let mut rest: &str = item;
            while let Some((before, code, after)) =
                rest.split_once('`').and_then(|(before, tail)| tail.split_once('`').map(|(code, after)| (before, code, after)))
            {
                if !before.is_empty() {
                    append(&li, self.doc.create_text_node(before))?;
                }
                append(&li, self.text("code", "inline-code", code)?)?;
                rest = after;
            }
            if !rest.is_empty() {
                append(&li, self.doc.create_text_node(rest))?;
            }
            append(&list, li)?;
        }
        Ok(list)
    }

    /// A section of `part` with a heading (the label of `key`, at tag `h`).
    fn section(&self, part: &str, h: &str, key: &str) -> Result<Element, JsValue> {
        let section = self.el("section", part)?;
        append(&section, self.text(h, "heading", &self.label(key))?)?;
        Ok(section)
    }

    /// A titled section with an ordered list, appended to `parent` unless the list is empty.
    fn steps(&self, parent: &Element, part: &str, h: &str, key: &str, items: &[Text]) -> Result<(), JsValue> {
        if !items.is_empty() {
            let section = self.section(part, h, key)?;
            append(&section, self.list("ol", &[part, "-list"].concat(), items)?)?;
            append(parent, section)?;
        }
        Ok(())
    }

    /// A fact row (the label of `key`, then `value`) in `list`; returns the value's element.
    fn fact(&self, list: &Element, part: &str, key: &str, value: &str) -> Result<Element, JsValue> {
        let row = self.el("div", part)?;
        append(&row, self.text("dt", "fact-name", &self.label(key))?)?;
        let dd = self.text("dd", "fact-value", value)?;
        append(&row, dd.clone())?;
        append(list, row)?;
        Ok(dd)
    }
}

/// Appends `child` to `parent`.
fn append(parent: &Node, child: impl Into<Node>) -> Result<(), JsValue> {
    parent.append_child(&child.into())?;
    Ok(())
}

fn next_id() -> u32 {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The document and the node the card goes into.
fn document_of(target: &JsValue) -> Result<(Document, Node), JsValue> {
    let node: Node = target.clone().dyn_into().map_err(|_| js_error("render target must be an Element or a ShadowRoot"))?;
    if !(node.is_instance_of::<Element>() || node.is_instance_of::<ShadowRoot>()) {
        return Err(js_error("render target must be an Element or a ShadowRoot"));
    }
    let doc = node.owner_document().ok_or_else(|| js_error("render target is not in a document"))?;
    Ok((doc, node))
}

/// Adopts the card stylesheet, once, into the shadow root the node is in, or else into its
/// document. One constructed sheet per document, kept on the document under a symbol.
fn adopt_styles(doc: &Document, node: &Node) -> Result<(), JsValue> {
    let root = node.get_root_node();
    let holder: &JsValue = if root.is_instance_of::<ShadowRoot>() { &root } else { doc };
    let key = js_sys::Symbol::for_(concat!("smtp-explain ", env!("CARGO_PKG_VERSION"), " card.css"));
    let mut sheet = Reflect::get(doc, &key)?;
    if sheet.is_undefined() {
        let fresh = CssStyleSheet::new()?;
        fresh.replace_sync(CARD_CSS)?;
        sheet = fresh.into();
        Reflect::set(doc, &key, &sheet)?;
    }
    // An ObservableArray, changed in place; sheets the host adopted stay.
    let sheets: Array = Reflect::get(holder, &JsValue::from_str("adoptedStyleSheets"))?.unchecked_into();
    if !sheets.includes(&sheet, 0) {
        sheets.push(&sheet);
    }
    Ok(())
}

/// Puts `root` (marked as the renderer's, of `kind`) into `node`: in place of the one of the
/// same kind rendered there before, else at the end. Other children stay where they are.
fn place(node: &Node, root: &Element, kind: &str) -> Result<(), JsValue> {
    root.set_attribute("data-smtp-explain-root", kind)?;
    let mut child = node.first_child();
    while let Some(current) = child {
        if current.dyn_ref::<Element>().and_then(|e| e.get_attribute("data-smtp-explain-root")).as_deref() == Some(kind) {
            node.replace_child(root, &current)?;
            return Ok(());
        }
        child = current.next_sibling();
    }
    node.append_child(root)?;
    Ok(())
}

/// The writing direction of a language tag: right to left for the scripts that run so (the
/// same list as `directionOf` in `js/lang.js`, which the page and the dialog use).
fn direction(lang: &str) -> &'static str {
    const RIGHT_TO_LEFT: [&str; 9] = ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "ug"];
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    if RIGHT_TO_LEFT.iter().any(|l| l.eq_ignore_ascii_case(primary)) {
        "rtl"
    } else {
        "ltr"
    }
}

fn build_card(b: &Builder, view: &Explanation, options: &RenderOptions) -> Result<Element, JsValue> {
    let id = next_id();
    let title_id = format!("smtp-explain-title-{id}");
    let summary_id = format!("smtp-explain-summary-{id}");
    let sub = HEADINGS[options.heading.min(5) as usize];
    let card = b.el("article", "card")?;
    card.set_attribute("aria-labelledby", &title_id)?;
    card.set_attribute("aria-describedby", &summary_id)?;
    card.set_attribute("data-outcome", view.outcome.id())?;
    card.set_attribute("data-category", view.category.id.id())?;
    if options.compact {
        card.set_attribute("data-compact", "")?;
    }

    let header = b.el("header", "header")?;
    let badge = b.text("span", "badge", &b.label(&["outcome.", view.outcome.id()].concat()))?;
    badge.set_attribute("data-outcome", view.outcome.id())?;
    append(&header, badge)?;
    let codes: Vec<&str> = view.codes.iter().map(|c| c.code.as_str()).collect();
    if !codes.is_empty() {
        append(&header, b.text("span", "code-chips", &codes.join(" "))?)?;
    }
    let title = b.text(HEADINGS[options.heading as usize - 1], "title", &view.title)?;
    title.set_id(&title_id);
    append(&header, title)?;
    append(&card, header)?;
    let summary = b.text("p", "summary", &view.summary)?;
    summary.set_id(&summary_id);
    append(&card, summary)?;

    // Everything below the summary; inside a "more" disclosure in compact mode.
    let body: Element = if options.compact {
        let more = b.el("details", "more")?;
        append(&more, b.text("summary", "more-toggle", &b.label("card.more"))?)?;
        append(&card, more.clone())?;
        more
    } else {
        card.clone()
    };

    if view.recognized {
        let facts = b.el("dl", "facts")?;
        b.fact(&facts, "fact who", "card.who_acts", &b.label(&["who.", view.who_acts.id()].concat()))?;
        b.fact(&facts, "fact retry", "card.retry", &b.label(&["retry.", view.retry.id(), ".label"].concat()))?;
        if let Some(recipient) = &view.recipient {
            b.fact(&facts, "fact recipient", "card.recipient", recipient)?;
        }
        if let Some(stage) = view.stage {
            b.fact(&facts, "fact stage", "card.stage", &b.label(&["stage.", stage.id()].concat()))?;
        }
        append(&body, facts)?;
    }
    b.steps(&body, "causes", sub, "card.causes", &view.possible_causes)?;
    b.steps(&body, "user-actions", sub, "card.user_actions", &view.user_actions)?;

    let has_details = !view.admin_actions.is_empty()
        || !view.codes.is_empty()
        || view.provider.is_some()
        || view.software.is_some()
        || !view.references.is_empty();
    if has_details {
        let admin = b.el("details", "admin")?;
        if options.audience.as_deref() == Some("admin") {
            admin.set_attribute("open", "")?;
        }
        append(&admin, b.text("summary", "admin-toggle", &b.label("card.admin"))?)?;
        b.steps(&admin, "admin-actions", sub, "card.admin_actions", &view.admin_actions)?;
        if !view.codes.is_empty() {
            let section = b.section("codes", sub, "card.codes")?;
            let list = b.el("dl", "code-list")?;
            for code in &view.codes {
                let row = b.el("div", "code")?;
                append(&row, b.text("dt", "code-id", &code.code)?)?;
                let dd = b.el("dd", "code-text")?;
                append(&dd, b.text("span", "code-title", &code.title)?)?;
                append(&dd, b.text("span", "code-meaning", &code.meaning)?)?;
                append(&dd, b.text("span", "code-source", &code.source)?)?;
                append(&row, dd)?;
                append(&list, row)?;
            }
            append(&section, list)?;
            append(&admin, section)?;
        }
        let facts = b.el("dl", "facts details-facts")?;
        if let Some(p) = &view.provider {
            let dd = b.fact(&facts, "fact provider", "card.provider", "")?;
            append(&dd, b.link(&p.name, &p.help_url, "provider-link")?)?;
        }
        if let Some(s) = &view.software {
            b.fact(&facts, "fact software", "card.software", &s.name)?;
        }
        if let Some(list) = &view.blocklist {
            let dd = b.fact(&facts, "fact blocklist", "card.blocklist", "")?;
            append(&dd, b.link(&list.zone, &list.lookup_url, "blocklist-link")?)?;
        }
        if !view.alternatives.is_empty() {
            let names: Vec<&str> = view.alternatives.iter().map(|a| a.title.as_ref()).collect();
            b.fact(&facts, "fact alternatives", "card.alternatives", &names.join("; "))?;
        }
        if view.recognized {
            b.fact(&facts, "fact confidence", "card.confidence", &b.label(&["confidence.", view.confidence.id()].concat()))?;
        }
        if view.recognized
            || view.provider.is_some()
            || view.software.is_some()
            || view.blocklist.is_some()
            || !view.alternatives.is_empty()
        {
            append(&admin, facts)?;
        }
        if !view.warnings.is_empty() {
            let section = b.section("warnings", sub, "card.warnings")?;
            let messages: Vec<Text> = view.warnings.iter().map(|w| w.message.clone()).collect();
            append(&section, b.list("ul", "warning-list", &messages)?)?;
            append(&admin, section)?;
        }
        if !view.references.is_empty() {
            let section = b.section("references", sub, "card.references")?;
            let list = b.el("ul", "reference-list")?;
            for r in &view.references {
                let item = b.el("li", "")?;
                append(&item, b.link(&r.title, &r.url, "reference-link")?)?;
                append(&list, item)?;
            }
            append(&section, list)?;
            append(&admin, section)?;
        }
        append(&body, admin)?;
    }
    Ok(card)
}

/// Renders one explanation, or an array of them (one card each), into an element or shadow
/// root, replacing what the renderer put there before. Returns the element holding the cards.
#[wasm_bindgen(js_name = renderExplanation, unchecked_return_type = "HTMLElement")]
pub fn render_explanation(
    #[wasm_bindgen(unchecked_param_type = "Element | ShadowRoot")] target: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Explanation | Explanation[]")] explanation: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RenderOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let (doc, node) = document_of(&target)?;
    let views = read_explanations(&explanation, "renderExplanation")?;
    let options = RenderOptions::read(&options);
    if options.styles {
        // Without constructable stylesheets (very old browsers) the cards render unstyled.
        let _ = adopt_styles(&doc, &node);
    }
    let lang = views.first().map_or_else(|| "en".to_string(), |v| v.lang.to_string());
    let b = Builder { doc, lang };
    let root = b.el("div", "cards")?;
    root.set_attribute("lang", &b.lang)?;
    root.set_attribute("dir", direction(&b.lang))?;
    for view in &views {
        append(&root, build_card(&b, view, &options)?)?;
    }
    place(&node, &root, "cards")?;
    Ok(root.into())
}

/// Shows the input with the evidence of one or more explanations highlighted: text nodes
/// and `<mark>` elements with a label on hover and focus, replacing the annotated text the
/// renderer put there before. Returns the `<pre>` element.
#[wasm_bindgen(js_name = renderAnnotated, unchecked_return_type = "HTMLElement")]
pub fn render_annotated(
    #[wasm_bindgen(unchecked_param_type = "Element | ShadowRoot")] target: JsValue,
    input: String,
    #[wasm_bindgen(unchecked_param_type = "Explanation | Explanation[]")] explanation: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let (doc, node) = document_of(&target)?;
    let views = read_explanations(&explanation, "renderAnnotated")?;
    let mut spans: Vec<Evidence> = views.iter().flat_map(|v| v.evidence.iter().cloned()).collect();
    let mut positions: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    convert(&input, &mut positions, Unit::Utf16);
    for (span, pair) in spans.iter_mut().zip(positions.chunks(2)) {
        (span.start, span.end) = (pair[0], pair[1]);
    }
    // By start, the longer span first; of equal spans, the first explanation's.
    let mut order: Vec<usize> = (0..spans.len()).collect();
    let key = |i: usize| (spans[i].start, std::cmp::Reverse(spans[i].end), i);
    crate::util::heap_sort_by(&mut order, |&a, &b| key(a) < key(b));
    let mut kept: Vec<Evidence> = Vec::new();
    for s in order.into_iter().map(|i| &spans[i]) {
        let valid = s.start < s.end && s.end <= input.len() && input.is_char_boundary(s.start) && input.is_char_boundary(s.end);
        if valid && kept.last().is_none_or(|k| s.start >= k.end) {
            kept.push(s.clone());
        }
    }
    let options = RenderOptions::read(&options);
    if options.styles {
        let _ = adopt_styles(&doc, &node);
    }
    let lang = views.first().map_or_else(|| "en".to_string(), |v| v.lang.to_string());
    let b = Builder { doc, lang };
    let pre = b.el("pre", "annotated")?;
    pre.set_attribute("aria-label", &options.label.clone().unwrap_or_else(|| b.label("card.annotated")))?;
    // The server's text runs in its own direction, whatever the card's language.
    pre.set_attribute("dir", "auto")?;
    let mut at = 0;
    for s in &kept {
        if s.start > at {
            append(&pre, b.doc.create_text_node(&input[at..s.start]))?;
        }
        let mark = b.text("mark", &format!("mark mark-{}", s.kind.id()), &input[s.start..s.end])?;
        mark.set_attribute("data-kind", s.kind.id())?;
        mark.set_attribute("data-label", &s.label)?;
        mark.set_attribute("tabindex", "0")?;
        let hint = b.text("span", "mark-label", &s.label)?;
        append(&mark, hint)?;
        append(&pre, mark)?;
        at = s.end;
    }
    if at < input.len() {
        append(&pre, b.doc.create_text_node(&input[at..]))?;
    }
    place(&node, &pre, "annotated")?;
    Ok(pre.into())
}

/// The card's default stylesheet (for a page that renders with `styles: false` and loads it
/// its own way).
#[wasm_bindgen(js_name = cardStyles)]
pub fn card_styles() -> String {
    CARD_CSS.to_string()
}
