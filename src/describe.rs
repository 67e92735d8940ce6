//! Words a [`Verdict`] in one language: every human text of an `Explanation` comes from the
//! catalog here, and nothing here changes what was decided.

use crate::catalog::{fill_text, pack_list, pack_text, Catalog};
use crate::code::{BasicCode, EnhancedCode};
use crate::data::categories::{CATEGORIES, SISIMAI_ALIASES};
use crate::data::{BasicEntry, EnhancedEntry};
use crate::dictionary::{basic_entry, enhanced_entry, source_url, IANA_REGISTRY_URL};
use crate::explanation::*;
use crate::options::DATA_VERSION;
use crate::taxonomy::{Audience, Category, Outcome};
use crate::util::Decimal;
use crate::verdict::{CodeValue, EvidenceSubject, ReferencePage, Verdict};

/// A catalog key from its parts, joined with dots (cheaper than `format!` on a hot path).
fn key(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(part);
    }
    out
}

/// Calls `f` with the key of `parts` joined with dots, built on the stack (keys are short;
/// a longer one falls back to [`key`]).
fn with_key<R>(parts: &[&str], f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 160];
    let mut len = 0;
    for (i, part) in parts.iter().enumerate() {
        let dot = usize::from(i > 0);
        if len + dot + part.len() > buf.len() {
            return f(&key(parts));
        }
        if dot == 1 {
            buf[len] = b'.';
        }
        buf[len + dot..len + dot + part.len()].copy_from_slice(part.as_bytes());
        len += dot + part.len();
    }
    // Joined `&str`s with ASCII dots are always UTF-8.
    f(std::str::from_utf8(&buf[..len]).unwrap_or_default())
}

/// Texts of one language, each falling back to English when the language lacks it:
/// the catalog, its loaded packs, the English catalog, the English packs.
pub(crate) struct Texts {
    catalog: &'static Catalog,
}

impl Texts {
    /// The texts of the catalog for `lang` (see [`Catalog::for_lang`]).
    pub(crate) fn new(lang: Option<&str>) -> Texts {
        Texts { catalog: Catalog::for_lang(lang) }
    }

    /// The language of the catalog in use.
    pub(crate) fn lang(&self) -> &'static str {
        self.catalog.lang()
    }

    fn get(&self, key: &str) -> Option<&'static str> {
        // English falls back to itself: each step once.
        let english = std::ptr::eq(self.catalog, Catalog::english());
        self.catalog
            .get(key)
            .or_else(|| pack_text(self.catalog.lang(), key))
            .or_else(|| if english { None } else { Catalog::english().get(key) })
            .or_else(|| if self.catalog.lang() == "en" { None } else { pack_text("en", key) })
    }

    /// The key's text in the language itself, not English (`None` for English).
    fn own(&self, key: &str) -> Option<&'static str> {
        if self.catalog.lang() == "en" {
            return None;
        }
        self.catalog.get(key).or_else(|| pack_text(self.catalog.lang(), key))
    }

    /// A code's title: the table's own words (the RFC's reply text, the IANA registry's name),
    /// or their translation in the explanation's language.
    fn code_title(&self, key_code: &str, table_title: &'static str) -> &'static str {
        with_key(&["title", key_code], |key| self.own(key)).unwrap_or(table_title)
    }

    /// Whether the key has a text in the language itself (English always counts: its texts
    /// are the source).
    fn in_own_language(&self, key: &str) -> bool {
        self.catalog.lang() == "en" || self.own(key).is_some()
    }

    /// The text of the key made of `parts` joined with dots.
    fn get_at(&self, parts: &[&str]) -> Option<&'static str> {
        with_key(parts, |key| self.get(key))
    }

    pub(crate) fn text(&self, key: &str) -> Text {
        Text::Borrowed(self.get(key).unwrap_or_default())
    }

    fn text_at(&self, parts: &[&str]) -> Text {
        Text::Borrowed(self.get_at(parts).unwrap_or_default())
    }

    fn list(&self, key: &str) -> Vec<&'static str> {
        let own = self.catalog.list(key);
        if !own.is_empty() {
            return own;
        }
        let pack = pack_list(self.catalog.lang(), key);
        if !pack.is_empty() {
            return pack;
        }
        let base = if std::ptr::eq(self.catalog, Catalog::english()) { Vec::new() } else { Catalog::english().list(key) };
        if !base.is_empty() || self.catalog.lang() == "en" {
            return base;
        }
        pack_list("en", key)
    }

    fn list_at(&self, parts: &[&str]) -> Vec<&'static str> {
        with_key(parts, |key| self.list(key))
    }

    fn category(&self, category: Category) -> CategoryRef {
        CategoryRef { id: category, title: self.text_at(&["cat", category.id(), "title"]) }
    }
}

/// Words a verdict for `audience` in the language of `texts`.
/// The verdict is taken whole: its texts (the reply, the recipient, the remote host, the original
/// message's headers) move into the explanation instead of being copied.
pub(crate) fn describe(verdict: Verdict, texts: &Texts, audience: Audience) -> Explanation {
    let words = describe_words(&verdict, texts, audience);
    let Verdict { reply, recipient, remote_host, original, .. } = verdict;
    Explanation {
        reply: reply.map(|r| Reply {
            code: r.code.map(BasicCode::value),
            enhanced: r.enhanced.map(|e| e.to_string()),
            text: r.text,
            lines: r.lines,
        }),
        recipient,
        remote_host,
        original,
        ..words
    }
}

/// Everything [`describe`] words; the verdict's own texts are left empty for it to move in.
fn describe_words(verdict: &Verdict, texts: &Texts, audience: Audience) -> Explanation {
    let codes: Vec<CodeInfo> = verdict.codes.iter().map(|c| describe_code(c.code, c.origin, texts)).collect();
    let category = verdict.category;
    let temporary = verdict.outcome == Outcome::Temporary;
    let provider_name = verdict.provider.map_or("", |p| p.name);
    // The server's own code fills `{code}`: its basic code, else its enhanced code.
    let reply_code =
        |basic: bool| verdict.codes.iter().find(|c| c.origin == CodeOrigin::Reply && matches!(c.code, CodeValue::Basic(_)) == basic);
    let code_text = reply_code(true).or_else(|| reply_code(false)).map_or(String::new(), |c| match c.code {
        CodeValue::Basic(b) => b.to_string(),
        CodeValue::Enhanced(e) => e.to_string(),
    });
    let zone = verdict.blocklist;
    let mut values: Vec<(&str, &str)> = zone.map_or(Vec::new(), |z| vec![("list", z.zone), ("url", z.lookup_url)]);
    values.extend([("provider", provider_name), ("code", code_text.as_str())]);

    let (title, summary_first, user_actions, admin_actions, possible_causes) = if !verdict.recognized {
        let state = if verdict.wording.empty { "empty" } else { "unrecognized" };
        (
            texts.text_at(&[state, "title"]),
            texts.text_at(&[state, "summary"]),
            texts.list_at(&[state, "user"]).into_iter().map(Text::Borrowed).collect(),
            Vec::new(),
            Vec::new(),
        )
    } else {
        let keys = TextKeys::new(verdict, audience, texts);
        let title = keys.first(texts, "title").or_else(|| texts.get("cat.unknown.title")).unwrap_or_default();
        let summary = if verdict.wording.no_reason {
            let key = if temporary { "noreason.summary.temporary" } else { "noreason.summary" };
            fill_text(texts.get(key).unwrap_or_default(), &values)
        } else {
            fill_text(keys.first(texts, "summary").unwrap_or_default(), &values)
        };
        // Usual causes when the server did not say why, or when only a code was given.
        let causes = if verdict.wording.no_reason || verdict.wording.code_only {
            let own = texts.list_at(&["cat", category.id(), "causes"]);
            if !own.is_empty() || !verdict.wording.no_reason {
                own
            } else {
                texts.list(if temporary { "noreason.causes.temporary" } else { "noreason.causes" })
            }
        } else {
            Vec::new()
        };
        let fill_all = |list: Vec<&'static str>| list.into_iter().map(|t| fill_text(t, &values)).collect::<Vec<_>>();
        (
            fill_text(title, &values),
            summary,
            fill_all(keys.first_list(texts, "user")),
            fill_all(keys.first_list(texts, "admin")),
            fill_all(causes),
        )
    };
    let retry_sentence = match verdict.outcome {
        Outcome::Temporary | Outcome::Permanent | Outcome::Unknown if verdict.recognized && !verdict.wording.step => {
            // A mail program's own report, like an API's answer, is retried by no mail server.
            let situation = if verdict.wording.client_reported || verdict.wording.api { "client" } else { verdict.outcome.id() };
            let retry = verdict.retry.id();
            texts
                .get_at(&["retry", retry, "sentence", situation])
                .or_else(|| texts.get_at(&["retry", retry, "sentence"]))
                .unwrap_or_default()
        }
        _ => "",
    };
    let summary = match (summary_first.is_empty(), retry_sentence.is_empty()) {
        (_, true) => summary_first,
        (true, false) => Text::Borrowed(retry_sentence),
        (false, false) => Text::Owned([&*summary_first, retry_sentence].join(" ")),
    };

    let evidence = word_evidence(verdict, &codes, texts, &values);
    let warnings = word_warnings(verdict, texts);
    let references = word_references(verdict, texts, &values);

    Explanation {
        recognized: verdict.recognized,
        input_kind: verdict.input_kind,
        reply: None,
        codes,
        outcome: verdict.outcome,
        stage: verdict.stage,
        category: texts.category(category),
        title,
        summary,
        who_acts: verdict.who_acts,
        retry: verdict.retry,
        user_actions,
        admin_actions,
        possible_causes,
        provider: verdict.provider.map(|p| ProviderRef { id: p.id.into(), name: p.name.into(), kind: p.kind, help_url: p.help_url.into() }),
        software: verdict.software.map(|s| SoftwareRef { id: s.id.into(), name: s.name.into(), kind: s.kind }),
        blocklist: zone.map(|z| BlocklistRef { id: z.provider.into(), zone: z.zone.into(), lookup_url: z.lookup_url.into() }),
        recipient: None,
        remote_host: None,
        original: None,
        evidence,
        confidence: verdict.confidence,
        alternatives: verdict.alternatives.iter().map(|c| texts.category(*c)).collect(),
        warnings,
        interop: verdict.interop.clone(),
        references,
        lang: Text::Borrowed(texts.lang()),
        data_version: DATA_VERSION.into(),
    }
}

/// The labels of the evidence spans. A flood of one phrase gives thousands of spans with a
/// handful of distinct labels: each label is worded once.
fn word_evidence(verdict: &Verdict, codes: &[CodeInfo], texts: &Texts, values: &[(&str, &str)]) -> Vec<Evidence> {
    let mut labels: Vec<(EvidenceSubject, Text)> = Vec::new();
    verdict
        .evidence
        .iter()
        .map(|e| {
            if let Some((_, label)) = labels.iter().find(|(s, _)| same_subject(*s, e.subject)) {
                return Evidence { start: e.span.start, end: e.span.end, kind: e.kind, label: label.clone() };
            }
            let label = match e.subject {
                EvidenceSubject::Code(code) => {
                    // The codes are described already; the label needs only the code and title.
                    let described = verdict.codes.iter().position(|c| c.code == code).map(|i| &codes[i]);
                    let own;
                    let info = match described {
                        Some(info) => info,
                        None => {
                            own = describe_code(code, CodeOrigin::Reply, texts);
                            &own
                        }
                    };
                    fill_text(texts.get("evidence.code").unwrap_or_default(), &[("code", &info.code), ("title", &info.title)])
                }
                EvidenceSubject::ProviderMessage(owner) => {
                    fill_text(texts.get("evidence.provider_message").unwrap_or_default(), &[("provider", owner)])
                }
                EvidenceSubject::Blocklist => fill_text(texts.get("evidence.blocklist").unwrap_or_default(), values),
                EvidenceSubject::Category(c) => fill_text(
                    texts.get("evidence.phrase").unwrap_or_default(),
                    &[("category", texts.get_at(&["cat", c.id(), "title"]).unwrap_or_default())],
                ),
                EvidenceSubject::ProviderTag => fill_text(texts.get("evidence.provider_tag").unwrap_or_default(), values),
                EvidenceSubject::Stage(stage) => texts.text_at(&["stage", stage.id()]),
                EvidenceSubject::ClientError => texts.text("evidence.client_error"),
                EvidenceSubject::DsnField => texts.text("evidence.dsn_field"),
            };
            labels.push((e.subject, label.clone()));
            Evidence { start: e.span.start, end: e.span.end, kind: e.kind, label }
        })
        .collect()
}

/// The warnings' messages.
fn word_warnings(verdict: &Verdict, texts: &Texts) -> Vec<Warning> {
    verdict
        .warnings
        .iter()
        .map(|w| {
            let values: Vec<(&str, &str)> = w.values.iter().map(|(name, value)| (*name, value.as_str())).collect();
            Warning { id: w.id.into(), message: fill_text(texts.get_at(&["warning", w.id]).unwrap_or_default(), &values) }
        })
        .collect()
}

/// The references' titles.
fn word_references(verdict: &Verdict, texts: &Texts, values: &[(&str, &str)]) -> Vec<Reference> {
    verdict
        .references
        .iter()
        .map(|r| {
            let title = match r.page {
                ReferencePage::Rule(owner) => fill_text(texts.get("reference.rule_page").unwrap_or_default(), &[("provider", owner.name)]),
                ReferencePage::Provider => fill_text(texts.get("reference.provider_page").unwrap_or_default(), values),
                ReferencePage::BlocklistLookup => fill_text(texts.get("reference.blocklist_lookup").unwrap_or_default(), values),
                ReferencePage::CodeSource(source) => Text::Borrowed(source.split(';').next().unwrap_or("").trim()),
                ReferencePage::IanaRegistry => texts.text("reference.iana_registry"),
            };
            Reference { title, url: Text::Owned(r.url.clone()) }
        })
        .collect()
}

/// Whether two evidence subjects get the same label.
fn same_subject(a: EvidenceSubject, b: EvidenceSubject) -> bool {
    use EvidenceSubject as S;
    match (a, b) {
        (S::Code(x), S::Code(y)) => x == y,
        (S::Category(x), S::Category(y)) => x == y,
        (S::Stage(x), S::Stage(y)) => x == y,
        (S::ProviderMessage(x), S::ProviderMessage(y)) => x == y,
        (S::Blocklist, S::Blocklist) | (S::ProviderTag, S::ProviderTag) | (S::ClientError, S::ClientError) | (S::DsnField, S::DsnField) => {
            true
        }
        _ => false,
    }
}

/// The catalog keys to try for each text of a verdict, most specific first: the provider
/// rule's, the blocklist's, a sending service API's, a mail program's report, the admin's, the
/// temporary form, the category's.
struct TextKeys {
    /// Owner and rule ids.
    rule: Option<(&'static str, &'static str)>,
    zone: Option<&'static str>,
    category: &'static str,
    admin: bool,
    temporary: bool,
    /// A success reply to one step of the session: `cat.<id>.<text>.step` first.
    step: bool,
    /// A sending service's HTTP API answered: `cat.<id>.<text>.api` first.
    api: bool,
    /// A mail program or library reports the reply of the server it sent through (often the
    /// sender's own outgoing server, not the recipient's): `cat.<id>.<text>.client` next.
    client: bool,
}

impl TextKeys {
    fn new(verdict: &Verdict, audience: Audience, texts: &Texts) -> TextKeys {
        // A provider's or blocklist's texts not yet written in the language give way to the
        // category's, which are: one language on a card beats a sentence more in English.
        let own = |parts: &[&str]| with_key(parts, |key| texts.in_own_language(key));
        TextKeys {
            rule: verdict.rule.map(|(owner, r)| (owner.id, r.id)).filter(|(o, r)| own(&["rule", o, r, "title"])),
            zone: verdict
                .blocklist
                .filter(|_| verdict.category == Category::SenderBlocklisted)
                .map(|z| z.kind)
                .filter(|kind| own(&["zone", kind, "title"])),
            category: verdict.category.id(),
            admin: audience == Audience::Admin,
            temporary: verdict.outcome == Outcome::Temporary,
            step: verdict.wording.step,
            api: verdict.wording.api,
            client: verdict.wording.client_reported && !verdict.wording.api,
        }
    }

    /// Calls `found` with each key for `suffix`, most specific first, until it gives a value.
    fn find<T>(&self, suffix: &str, mut found: impl FnMut(&[&str]) -> Option<T>) -> Option<T> {
        if let Some((owner, rule)) = self.rule {
            if let Some(v) = found(&["rule", owner, rule, suffix]) {
                return Some(v);
            }
        }
        if let Some(kind) = self.zone {
            if let Some(v) = found(&["zone", kind, suffix]) {
                return Some(v);
            }
        }
        if self.step {
            if let Some(v) = found(&["cat", self.category, suffix, "step"]) {
                return Some(v);
            }
        }
        if self.api {
            if let Some(v) = found(&["cat", self.category, suffix, "api"]) {
                return Some(v);
            }
        }
        if self.client {
            if let Some(v) = found(&["cat", self.category, suffix, "client"]) {
                return Some(v);
            }
        }
        if self.admin {
            if let Some(v) = found(&["cat", self.category, suffix, "admin"]) {
                return Some(v);
            }
        }
        if self.temporary {
            if let Some(v) = found(&["cat", self.category, suffix, "temporary"]) {
                return Some(v);
            }
        }
        found(&["cat", self.category, suffix])
    }

    /// The first key for `suffix` that has a text.
    fn first(&self, texts: &Texts, suffix: &str) -> Option<&'static str> {
        self.find(suffix, |parts| texts.get_at(parts))
    }

    /// The first key for `suffix` that has a non-empty list.
    fn first_list(&self, texts: &Texts, suffix: &str) -> Vec<&'static str> {
        self.find(suffix, |parts| Some(texts.list_at(parts)).filter(|l| !l.is_empty())).unwrap_or_default()
    }
}

/// Describes a code found in the input: from its table, or from the meaning of its digits.
pub(crate) fn describe_code(code: CodeValue, origin: CodeOrigin, texts: &Texts) -> CodeInfo {
    match code {
        CodeValue::Basic(code) => describe_basic(code, origin, texts),
        CodeValue::Enhanced(code) => describe_enhanced(code, origin, texts),
    }
}

fn describe_basic(code: BasicCode, origin: CodeOrigin, texts: &Texts) -> CodeInfo {
    let (title, meaning, source, registered) = match basic_entry(code) {
        Some(entry) => {
            let number = Decimal::new(entry.code.into());
            (
                Text::Borrowed(texts.code_title(number.as_str(), entry.title)),
                texts.text_at(&["code", number.as_str()]),
                Text::Borrowed(entry.source),
                true,
            )
        }
        None => {
            let severity = texts.get_at(&["severity", Decimal::new((code.value() / 100).into()).as_str()]).unwrap_or_default();
            let area = if code.is_standard() {
                texts.get_at(&["area", Decimal::new(((code.value() / 10) % 10).into()).as_str()])
            } else {
                texts.get("area.nonstandard")
            }
            .unwrap_or_default();
            let title = fill_text(texts.get("code.unregistered.basic.title").unwrap_or_default(), &[("code", &code.to_string())]);
            (title, Text::Owned([severity, area].join(" ")), texts.text("code.unregistered.source"), false)
        }
    };
    CodeInfo {
        code: code.to_string(),
        kind: CodeKind::Basic,
        title,
        meaning,
        source,
        registered,
        valid: registered || code.is_standard(),
        origin,
    }
}

fn describe_enhanced(code: EnhancedCode, origin: CodeOrigin, texts: &Texts) -> CodeInfo {
    let class = if code.is_any_class() {
        texts.get("class.any")
    } else {
        texts.get_at(&["class", Decimal::new(code.class_digit().into()).as_str()])
    };
    let class = class.unwrap_or_else(|| texts.get("class.invalid").unwrap_or_default());
    let (title, meaning, source, registered) = match enhanced_entry(code).filter(|_| code.is_valid()) {
        Some(entry) => {
            let meaning = texts.get_at(&["code", &code.registry_key()]).unwrap_or_default();
            (
                Text::Borrowed(texts.code_title(&code.registry_key(), entry.title)),
                Text::Owned([meaning, class].join(" ")),
                Text::Borrowed(entry.source),
                true,
            )
        }
        None => {
            let subject = texts
                .get_at(&["subject", Decimal::new(code.subject_number().into()).as_str()])
                .unwrap_or_else(|| texts.get("subject.invalid").unwrap_or_default());
            let title = fill_text(texts.get("code.unregistered.enhanced.title").unwrap_or_default(), &[("code", &code.to_string())]);
            (title, Text::Owned([subject, class].join(" ")), texts.text("code.unregistered.source"), false)
        }
    };
    CodeInfo {
        code: code.to_string(),
        kind: CodeKind::Enhanced,
        title,
        meaning,
        source,
        registered,
        valid: registered || code.is_valid(),
        origin,
    }
}

/// The dictionary entry of a basic code's table row.
pub(crate) fn basic_dictionary_entry(entry: &'static BasicEntry, texts: &Texts) -> DictionaryEntry {
    DictionaryEntry {
        code: entry.code.to_string(),
        kind: CodeKind::Basic,
        title: texts.code_title(&entry.code.to_string(), entry.title),
        meaning: texts.text(&key(&["code", &entry.code.to_string()])).into_owned(),
        source: entry.source,
        source_url: source_url(entry.source),
        category: entry.category,
        basic_codes: Vec::new(),
        deprecated: false,
    }
}

/// The dictionary entry of an enhanced code's registry row.
pub(crate) fn enhanced_dictionary_entry(entry: &'static EnhancedEntry, texts: &Texts) -> DictionaryEntry {
    let code = format!("X.{}.{}", entry.subject, entry.detail);
    DictionaryEntry {
        meaning: texts.text(&key(&["code", &code])).into_owned(),
        title: texts.code_title(&code, entry.title),
        code,
        kind: CodeKind::Enhanced,
        source: entry.source,
        source_url: IANA_REGISTRY_URL.to_string(),
        category: entry.category,
        basic_codes: entry.basic.to_vec(),
        deprecated: entry.deprecated,
    }
}

/// The whole taxonomy with its crosswalks, in the language of `texts`.
pub(crate) fn categories(texts: &Texts) -> Vec<CategoryInfo> {
    CATEGORIES
        .iter()
        .map(|e| CategoryInfo {
            id: e.category,
            title: texts.text(&key(&["cat", e.category.id(), "title"])).into_owned(),
            definition: texts.text(&key(&["cat", e.category.id(), "definition"])).into_owned(),
            who_acts: e.who_acts,
            retry_temporary: e.retry_temporary,
            retry_permanent: e.retry_permanent,
            interop: crate::classify::interop(e.category, Outcome::Permanent),
            sisimai_aliases: SISIMAI_ALIASES.iter().filter(|(_, now)| *now == e.sisimai).map(|(old, _)| *old).collect(),
        })
        .collect()
}
