//! Writes explanations, dictionary entries and categories as the plain JS objects the API
//! returns: camelCase keys in the fields' order, `null` for absent values, ids as strings,
//! exactly what serde's derived `Serialize` gives through `serde_wasm_bindgen`'s JSON-compatible
//! serializer (a Wasm test compares the two on every code, category and a set of inputs).
//!
//! Written by hand: the serde serializers of these types cost about 5 KB gzip of WebAssembly
//! more than this.

use std::cell::RefCell;

use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::{ProviderKind, SoftwareKind};
use crate::explanation::*;

#[wasm_bindgen]
extern "C" {
    /// A plain object, written with `object[key] = value` (no exception handling around it).
    #[wasm_bindgen(extends = Object)]
    type Plain;

    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &Plain, key: &JsValue, value: &JsValue);
}

/// Slots of the key cache (a power of two, well above the number of keys).
const SLOTS: usize = 256;

thread_local! {
    /// The keys as JS strings, made once each: an open-addressing table by the key's address
    /// (the keys are string literals) and length.
    static KEYS: RefCell<Vec<Option<(usize, usize, JsValue)>>> = RefCell::new(vec![None; SLOTS]);
}

/// The JS string of a key, from the cache.
fn key(key: &'static str, with: impl FnOnce(&JsValue)) {
    let (address, len) = (key.as_ptr() as usize, key.len());
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        let mut slot = (address ^ len).wrapping_mul(0x9E37_79B9) >> 8 & (SLOTS - 1);
        for _ in 0..SLOTS {
            match &keys[slot] {
                Some((a, l, value)) if (*a, *l) == (address, len) => return with(value),
                Some(_) => slot = (slot + 1) & (SLOTS - 1),
                None => {
                    let value = JsValue::from_str(key);
                    with(&value);
                    keys[slot] = Some((address, len, value));
                    return;
                }
            }
        }
        // A full cache (never with these few keys): the key is made each time.
        with(&JsValue::from_str(key));
    });
}

/// A plain object being filled in, key by key.
struct Fields(Plain);

impl Fields {
    fn new() -> Fields {
        Fields(Object::new().unchecked_into())
    }

    fn set(&self, name: &'static str, value: JsValue) -> &Fields {
        key(name, |k| self.0.set(k, &value));
        self
    }

    fn done(&self) -> JsValue {
        self.0.clone().into()
    }
}

fn text(value: &str) -> JsValue {
    JsValue::from_str(value)
}

fn optional_text(value: Option<&str>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from_str)
}

fn number(value: f64) -> JsValue {
    JsValue::from_f64(value)
}

fn boolean(value: bool) -> JsValue {
    JsValue::from_bool(value)
}

/// An array of the items, each written by `write`.
fn list<T>(items: &[T], write: impl Fn(&T) -> JsValue) -> JsValue {
    let array = Array::new();
    for item in items {
        array.push(&write(item));
    }
    array.into()
}

fn texts(items: &[String]) -> JsValue {
    list(items, |s| text(s))
}

/// The serialized id of an input kind.
pub fn input_kind(kind: InputKind) -> &'static str {
    match kind {
        InputKind::Empty => "empty",
        InputKind::Code => "code",
        InputKind::Reply => "reply",
        InputKind::Dsn => "dsn",
        InputKind::LogLine => "log_line",
        InputKind::ClientMessage => "client_message",
        InputKind::Text => "text",
    }
}

/// The serialized id of a code kind.
pub fn code_kind(kind: CodeKind) -> &'static str {
    match kind {
        CodeKind::Basic => "basic",
        CodeKind::Enhanced => "enhanced",
    }
}

/// The serialized id of a code origin.
pub fn code_origin(origin: CodeOrigin) -> &'static str {
    match origin {
        CodeOrigin::Reply => "reply",
        CodeOrigin::Status => "status",
        CodeOrigin::Client => "client",
    }
}

/// The serialized id of a provider kind.
pub fn provider_kind(kind: ProviderKind) -> &'static str {
    match kind {
        ProviderKind::Mailbox => "mailbox",
        ProviderKind::Gateway => "gateway",
        ProviderKind::Blocklist => "blocklist",
        ProviderKind::SendingService => "sending_service",
    }
}

/// The serialized id of a software kind.
pub fn software_kind(kind: SoftwareKind) -> &'static str {
    match kind {
        SoftwareKind::MailServer => "mail_server",
        SoftwareKind::Filter => "filter",
        SoftwareKind::Client => "client",
        SoftwareKind::Library => "library",
    }
}

fn category_ref(c: &CategoryRef) -> JsValue {
    Fields::new().set("id", text(c.id.id())).set("title", text(&c.title)).done()
}

fn interop(i: &Interop) -> JsValue {
    let ses = Fields::new().set("type", text(&i.ses.bounce_type)).set("subtype", text(&i.ses.subtype)).done();
    Fields::new()
        .set("sisimai", text(&i.sisimai))
        .set("sendgrid", text(&i.sendgrid))
        .set("ses", ses)
        .set("sparkpost", number(i.sparkpost.into()))
        .set("postmark", text(&i.postmark))
        .set("hardBounce", boolean(i.hard_bounce))
        .done()
}

/// An explanation.
pub fn explanation(e: &Explanation) -> JsValue {
    let reply = e.reply.as_ref().map_or(JsValue::NULL, |r| {
        Fields::new()
            .set("code", r.code.map_or(JsValue::NULL, |c| number(c.into())))
            .set("enhanced", optional_text(r.enhanced.as_deref()))
            .set("text", text(&r.text))
            .set("lines", texts(&r.lines))
            .done()
    });
    let codes = list(&e.codes, |c| {
        Fields::new()
            .set("code", text(&c.code))
            .set("kind", text(code_kind(c.kind)))
            .set("title", text(&c.title))
            .set("meaning", text(&c.meaning))
            .set("source", text(&c.source))
            .set("registered", boolean(c.registered))
            .set("valid", boolean(c.valid))
            .set("origin", text(code_origin(c.origin)))
            .done()
    });
    let provider = e.provider.as_ref().map_or(JsValue::NULL, |p| {
        Fields::new()
            .set("id", text(&p.id))
            .set("name", text(&p.name))
            .set("kind", text(provider_kind(p.kind)))
            .set("helpUrl", text(&p.help_url))
            .done()
    });
    let software = e.software.as_ref().map_or(JsValue::NULL, |s| {
        Fields::new().set("id", text(&s.id)).set("name", text(&s.name)).set("kind", text(software_kind(s.kind))).done()
    });
    let blocklist = e.blocklist.as_ref().map_or(JsValue::NULL, |b| {
        Fields::new().set("id", text(&b.id)).set("zone", text(&b.zone)).set("lookupUrl", text(&b.lookup_url)).done()
    });
    let original = e.original.as_ref().map_or(JsValue::NULL, |m| {
        Fields::new()
            .set("messageId", optional_text(m.message_id.as_deref()))
            .set("subject", optional_text(m.subject.as_deref()))
            .set("date", optional_text(m.date.as_deref()))
            .done()
    });
    let evidence = list(&e.evidence, |v| {
        Fields::new()
            .set("start", number(v.start as f64))
            .set("end", number(v.end as f64))
            .set("kind", text(v.kind.id()))
            .set("label", text(&v.label))
            .done()
    });
    let warnings = list(&e.warnings, |w| Fields::new().set("id", text(&w.id)).set("message", text(&w.message)).done());
    let references = list(&e.references, |r| Fields::new().set("title", text(&r.title)).set("url", text(&r.url)).done());
    Fields::new()
        .set("recognized", boolean(e.recognized))
        .set("inputKind", text(input_kind(e.input_kind)))
        .set("reply", reply)
        .set("codes", codes)
        .set("outcome", text(e.outcome.id()))
        .set("stage", optional_text(e.stage.map(|s| s.id())))
        .set("category", category_ref(&e.category))
        .set("title", text(&e.title))
        .set("summary", text(&e.summary))
        .set("whoActs", text(e.who_acts.id()))
        .set("retry", text(e.retry.id()))
        .set("userActions", texts(&e.user_actions))
        .set("adminActions", texts(&e.admin_actions))
        .set("possibleCauses", texts(&e.possible_causes))
        .set("provider", provider)
        .set("software", software)
        .set("blocklist", blocklist)
        .set("recipient", optional_text(e.recipient.as_deref()))
        .set("remoteHost", optional_text(e.remote_host.as_deref()))
        .set("original", original)
        .set("evidence", evidence)
        .set("confidence", text(e.confidence.id()))
        .set("alternatives", list(&e.alternatives, category_ref))
        .set("warnings", warnings)
        .set("interop", interop(&e.interop))
        .set("references", references)
        .set("lang", text(&e.lang))
        .set("dataVersion", text(&e.data_version))
        .done()
}

/// Several explanations.
pub fn explanations(all: &[Explanation]) -> JsValue {
    list(all, explanation)
}

/// A dictionary entry.
pub fn dictionary_entry(d: &DictionaryEntry) -> JsValue {
    Fields::new()
        .set("code", text(&d.code))
        .set("kind", text(code_kind(d.kind)))
        .set("title", text(d.title))
        .set("meaning", text(&d.meaning))
        .set("source", text(d.source))
        .set("sourceUrl", text(&d.source_url))
        .set("category", text(d.category.id()))
        .set("basicCodes", list(&d.basic_codes, |&c| number(c.into())))
        .set("deprecated", boolean(d.deprecated))
        .done()
}

/// A category of the taxonomy.
pub fn category_info(c: &CategoryInfo) -> JsValue {
    Fields::new()
        .set("id", text(c.id.id()))
        .set("title", text(&c.title))
        .set("definition", text(&c.definition))
        .set("whoActs", text(c.who_acts.id()))
        .set("retryTemporary", text(c.retry_temporary.id()))
        .set("retryPermanent", text(c.retry_permanent.id()))
        .set("interop", interop(&c.interop))
        .set("sisimaiAliases", list(&c.sisimai_aliases, |a| text(a)))
        .done()
}
