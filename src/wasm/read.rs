//! Reads an [`Explanation`] back from the plain JS object that `explain()` returned, for the
//! renderer: every field, with its type, as serde would read it (a missing or wrongly typed
//! field, or an unknown id, is refused; `null` or a missing property is `None` for the
//! optional ones; properties the type does not have are ignored).
//!
//! Written by hand rather than with `serde_wasm_bindgen::from_value`: the serde
//! deserializers of the whole `Explanation` tree, with serde's error texts (which format
//! floats), cost about 24 KB gzip of WebAssembly; this costs a few. It never returns early:
//! the first problem is noted and the rest reads as empty values, which keeps the code short.

use std::borrow::Cow;

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::data::{ProviderKind, SoftwareKind};
use crate::explanation::*;
use crate::taxonomy::{Category, Confidence, Outcome, Retry, Stage, WhoActs};

/// Reads properties of JS objects, noting the first problem.
struct Reader {
    error: Option<String>,
}

impl Reader {
    fn fail(&mut self, name: &str, problem: &str) {
        if self.error.is_none() {
            self.error = Some([problem, " `", name, "`"].concat());
        }
    }

    /// A property, `undefined` when missing (or when `object` is not an object).
    fn get(object: &JsValue, name: &str) -> JsValue {
        Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    }

    /// A property that has to be there.
    fn required(&mut self, object: &JsValue, name: &str) -> JsValue {
        let value = Reader::get(object, name);
        if value.is_undefined() {
            self.fail(name, "missing field");
        }
        value
    }

    fn string_of(&mut self, value: &JsValue, name: &str) -> String {
        value.as_string().unwrap_or_else(|| {
            self.fail(name, "expected a string at");
            String::new()
        })
    }

    fn string(&mut self, object: &JsValue, name: &str) -> String {
        let value = self.required(object, name);
        self.string_of(&value, name)
    }

    fn cow(&mut self, object: &JsValue, name: &str) -> Cow<'static, str> {
        Cow::Owned(self.string(object, name))
    }

    /// `None` for `null` and `undefined`.
    fn optional(object: &JsValue, name: &str) -> Option<JsValue> {
        Some(Reader::get(object, name)).filter(|v| !v.is_null() && !v.is_undefined())
    }

    fn optional_string(&mut self, object: &JsValue, name: &str) -> Option<String> {
        Reader::optional(object, name).map(|v| self.string_of(&v, name))
    }

    fn boolean(&mut self, object: &JsValue, name: &str) -> bool {
        let value = self.required(object, name);
        value.as_bool().unwrap_or_else(|| {
            self.fail(name, "expected a boolean at");
            false
        })
    }

    /// A whole number from 0 to `max` (a JS number without a fraction, as serde reads integers).
    fn whole_of(&mut self, value: &JsValue, name: &str, max: u32) -> u32 {
        match value.as_f64() {
            Some(n) if n >= 0.0 && n <= f64::from(max) && n.fract() == 0.0 => n as u32,
            _ => {
                self.fail(name, "expected a whole number at");
                0
            }
        }
    }

    fn whole(&mut self, object: &JsValue, name: &str, max: u32) -> u32 {
        let value = self.required(object, name);
        self.whole_of(&value, name, max)
    }

    /// An id-valued enum; `fallback` stands in when it is missing or unknown.
    fn id_of<T>(&mut self, value: &JsValue, name: &str, from_id: fn(&str) -> Option<T>, fallback: T) -> T {
        let id = self.string_of(value, name);
        from_id(&id).unwrap_or_else(|| {
            self.fail(name, "unknown id at");
            fallback
        })
    }

    fn id<T>(&mut self, object: &JsValue, name: &str, from_id: fn(&str) -> Option<T>, fallback: T) -> T {
        let value = self.required(object, name);
        self.id_of(&value, name, from_id, fallback)
    }

    /// A nested object (checked to be one).
    fn object(&mut self, value: JsValue, name: &str) -> JsValue {
        if !value.is_object() {
            self.fail(name, "expected an object at");
        }
        value
    }

    fn required_object(&mut self, object: &JsValue, name: &str) -> JsValue {
        let value = self.required(object, name);
        self.object(value, name)
    }

    /// The items of an array property, each read by `read`.
    fn list<T>(&mut self, object: &JsValue, name: &str, read: fn(&mut Reader, &JsValue, &str) -> T) -> Vec<T> {
        let value = self.required(object, name);
        match value.dyn_ref::<Array>() {
            Some(array) => array.iter().map(|item| read(self, &item, name)).collect(),
            None => {
                self.fail(name, "expected an array at");
                Vec::new()
            }
        }
    }

    fn strings(&mut self, object: &JsValue, name: &str) -> Vec<String> {
        self.list(object, name, Reader::string_of)
    }
}

fn reply(r: &mut Reader, o: &JsValue) -> Reply {
    Reply {
        code: Reader::optional(o, "code").map(|v| r.whole_of(&v, "code", u16::MAX.into()) as u16),
        enhanced: r.optional_string(o, "enhanced"),
        text: r.string(o, "text"),
        lines: r.strings(o, "lines"),
    }
}

fn code_info(r: &mut Reader, value: &JsValue, name: &str) -> CodeInfo {
    let o = &r.object(value.clone(), name);
    CodeInfo {
        code: r.string(o, "code"),
        kind: r.id(o, "kind", code_kind, CodeKind::Basic),
        title: r.string(o, "title").into(),
        meaning: r.string(o, "meaning").into(),
        source: r.string(o, "source").into(),
        registered: r.boolean(o, "registered"),
        valid: r.boolean(o, "valid"),
        origin: r.id(o, "origin", code_origin, CodeOrigin::Reply),
    }
}

fn category_ref(r: &mut Reader, value: &JsValue, name: &str) -> CategoryRef {
    let o = &r.object(value.clone(), name);
    CategoryRef { id: r.id(o, "id", Category::from_id, Category::Unknown), title: r.string(o, "title").into() }
}

fn evidence(r: &mut Reader, value: &JsValue, name: &str) -> Evidence {
    let o = &r.object(value.clone(), name);
    Evidence {
        start: r.whole(o, "start", u32::MAX) as usize,
        end: r.whole(o, "end", u32::MAX) as usize,
        kind: r.id(o, "kind", evidence_kind, EvidenceKind::Phrase),
        label: r.string(o, "label").into(),
    }
}

fn warning(r: &mut Reader, value: &JsValue, name: &str) -> Warning {
    let o = &r.object(value.clone(), name);
    Warning { id: r.cow(o, "id"), message: r.string(o, "message").into() }
}

fn reference(r: &mut Reader, value: &JsValue, name: &str) -> Reference {
    let o = &r.object(value.clone(), name);
    Reference { title: r.string(o, "title").into(), url: r.string(o, "url").into() }
}

fn interop(r: &mut Reader, o: &JsValue) -> Interop {
    let ses = &r.required_object(o, "ses");
    Interop {
        sisimai: r.cow(o, "sisimai"),
        sendgrid: r.cow(o, "sendgrid"),
        ses: SesBounce { bounce_type: r.cow(ses, "type"), subtype: r.cow(ses, "subtype") },
        sparkpost: r.whole(o, "sparkpost", u8::MAX.into()) as u8,
        postmark: r.cow(o, "postmark"),
        hard_bounce: r.boolean(o, "hardBounce"),
    }
}

fn explanation(r: &mut Reader, value: &JsValue, name: &str) -> Explanation {
    let o = &r.object(value.clone(), name);
    // Optional objects: `None` for null and undefined, else checked to be objects.
    let mut nested = |name: &str| Reader::optional(o, name).map(|v| r.object(v, name));
    let (reply_object, provider, software, blocklist, original) =
        (nested("reply"), nested("provider"), nested("software"), nested("blocklist"), nested("original"));
    let category = r.required_object(o, "category");
    let interop_object = r.required_object(o, "interop");
    Explanation {
        recognized: r.boolean(o, "recognized"),
        input_kind: r.id(o, "inputKind", input_kind, InputKind::Text),
        reply: reply_object.map(|v| reply(r, &v)),
        codes: r.list(o, "codes", code_info),
        outcome: r.id(o, "outcome", Outcome::from_id, Outcome::Unknown),
        stage: Reader::optional(o, "stage").map(|v| r.id_of(&v, "stage", Stage::from_id, Stage::Connection)),
        category: category_ref(r, &category, "category"),
        title: r.string(o, "title").into(),
        summary: r.string(o, "summary").into(),
        who_acts: r.id(o, "whoActs", WhoActs::from_id, WhoActs::Nobody),
        retry: r.id(o, "retry", Retry::from_id, Retry::Never),
        user_actions: r.strings(o, "userActions").into_iter().map(Text::from).collect(),
        admin_actions: r.strings(o, "adminActions").into_iter().map(Text::from).collect(),
        possible_causes: r.strings(o, "possibleCauses").into_iter().map(Text::from).collect(),
        provider: provider.map(|p| ProviderRef {
            id: r.cow(&p, "id"),
            name: r.cow(&p, "name"),
            kind: r.id(&p, "kind", provider_kind, ProviderKind::Mailbox),
            help_url: r.cow(&p, "helpUrl"),
        }),
        software: software.map(|s| SoftwareRef {
            id: r.cow(&s, "id"),
            name: r.cow(&s, "name"),
            kind: r.id(&s, "kind", software_kind, SoftwareKind::MailServer),
        }),
        blocklist: blocklist.map(|b| BlocklistRef { id: r.cow(&b, "id"), zone: r.cow(&b, "zone"), lookup_url: r.cow(&b, "lookupUrl") }),
        recipient: r.optional_string(o, "recipient"),
        remote_host: r.optional_string(o, "remoteHost"),
        original: original.map(|m| OriginalMessage {
            message_id: r.optional_string(&m, "messageId"),
            subject: r.optional_string(&m, "subject"),
            date: r.optional_string(&m, "date"),
        }),
        evidence: r.list(o, "evidence", evidence),
        confidence: r.id(o, "confidence", Confidence::from_id, Confidence::Low),
        alternatives: r.list(o, "alternatives", category_ref),
        warnings: r.list(o, "warnings", warning),
        interop: interop(r, &interop_object),
        references: r.list(o, "references", reference),
        lang: r.string(o, "lang").into(),
        data_version: r.cow(o, "dataVersion"),
    }
}

/// One Explanation, or an array of them, as `explain()` and `explainAll()` return them; the
/// error names the first field that is missing or of the wrong type.
pub fn explanations(value: &JsValue) -> Result<Vec<Explanation>, String> {
    let mut reader = Reader { error: None };
    let read = match value.dyn_ref::<Array>() {
        Some(array) => array.iter().map(|item| explanation(&mut reader, &item, "explanation")).collect(),
        None => vec![explanation(&mut reader, value, "explanation")],
    };
    match reader.error {
        Some(error) => Err(error),
        None => Ok(read),
    }
}

/// The InputKind of a serialized id.
pub fn input_kind(id: &str) -> Option<InputKind> {
    Some(match id {
        "empty" => InputKind::Empty,
        "code" => InputKind::Code,
        "reply" => InputKind::Reply,
        "dsn" => InputKind::Dsn,
        "log_line" => InputKind::LogLine,
        "client_message" => InputKind::ClientMessage,
        "text" => InputKind::Text,
        _ => return None,
    })
}

/// The CodeKind of a serialized id.
pub fn code_kind(id: &str) -> Option<CodeKind> {
    Some(match id {
        "basic" => CodeKind::Basic,
        "enhanced" => CodeKind::Enhanced,
        _ => return None,
    })
}

/// The CodeOrigin of a serialized id.
pub fn code_origin(id: &str) -> Option<CodeOrigin> {
    Some(match id {
        "reply" => CodeOrigin::Reply,
        "status" => CodeOrigin::Status,
        "client" => CodeOrigin::Client,
        _ => return None,
    })
}

/// The ProviderKind of a serialized id.
pub fn provider_kind(id: &str) -> Option<ProviderKind> {
    Some(match id {
        "mailbox" => ProviderKind::Mailbox,
        "gateway" => ProviderKind::Gateway,
        "blocklist" => ProviderKind::Blocklist,
        "sending_service" => ProviderKind::SendingService,
        _ => return None,
    })
}

/// The SoftwareKind of a serialized id.
pub fn software_kind(id: &str) -> Option<SoftwareKind> {
    Some(match id {
        "mail_server" => SoftwareKind::MailServer,
        "filter" => SoftwareKind::Filter,
        "client" => SoftwareKind::Client,
        "library" => SoftwareKind::Library,
        _ => return None,
    })
}

/// The EvidenceKind of a serialized id.
pub fn evidence_kind(id: &str) -> Option<EvidenceKind> {
    use EvidenceKind::*;
    [BasicCode, EnhancedCode, Phrase, ProviderTag, ProviderMessage, Blocklist, DsnField, Stage, ClientError]
        .into_iter()
        .find(|k| k.id() == id)
}
