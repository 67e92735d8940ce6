//! Words a [`Verdict`] in one language: every human text of an `Explanation` comes from the
//! catalog here, and nothing here changes what was decided.

use crate::catalog::{fill, pack_list, pack_text, Catalog};
use crate::code::{BasicCode, EnhancedCode};
use crate::data::categories::{CATEGORIES, SISIMAI_ALIASES};
use crate::data::{BasicEntry, EnhancedEntry};
use crate::dictionary::{basic_entry, enhanced_entry, source_url, IANA_REGISTRY_URL};
use crate::explanation::*;
use crate::options::DATA_VERSION;
use crate::taxonomy::{Audience, Category, Outcome};
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
        self.catalog
            .get(key)
            .or_else(|| pack_text(self.catalog.lang(), key))
            .or_else(|| Catalog::english().get(key))
            .or_else(|| pack_text("en", key))
    }

    pub(crate) fn text(&self, key: &str) -> String {
        self.get(key).unwrap_or_default().to_string()
    }

    fn list(&self, key: &str) -> Vec<String> {
        let own = self.catalog.list(key);
        let found = if !own.is_empty() {
            own
        } else {
            let pack = pack_list(self.catalog.lang(), key);
            if !pack.is_empty() {
                pack
            } else {
                let base = Catalog::english().list(key);
                if base.is_empty() {
                    pack_list("en", key)
                } else {
                    base
                }
            }
        };
        found.into_iter().map(str::to_string).collect()
    }

    /// The first of `keys` that has a text.
    fn first(&self, keys: &[String]) -> Option<String> {
        keys.iter().find_map(|k| self.get(k)).map(str::to_string)
    }

    /// The first of `keys` that has a non-empty list.
    fn first_list(&self, keys: &[String]) -> Vec<String> {
        keys.iter().map(|k| self.list(k)).find(|l| !l.is_empty()).unwrap_or_default()
    }

    fn category(&self, category: Category) -> CategoryRef {
        CategoryRef { id: category, title: self.text(&key(&["cat", category.id(), "title"])) }
    }
}

/// Words a verdict for `audience` in the language of `texts`.
pub(crate) fn describe(verdict: &Verdict, texts: &Texts, audience: Audience) -> Explanation {
    let codes: Vec<CodeInfo> = verdict.codes.iter().map(|c| describe_code(c.code, c.origin, texts)).collect();
    let category = verdict.category;
    let temporary = verdict.outcome == Outcome::Temporary;
    let provider_name = verdict.provider.map_or("", |p| p.name);
    // The server's own code fills `{code}`: its basic code, else its enhanced code.
    let reply_code = |basic: bool| verdict.codes.iter().find(|c| c.origin == CodeOrigin::Reply && matches!(c.code, CodeValue::Basic(_)) == basic);
    let code_text = reply_code(true).or_else(|| reply_code(false)).map_or(String::new(), |c| match c.code {
        CodeValue::Basic(b) => b.to_string(),
        CodeValue::Enhanced(e) => e.to_string(),
    });
    let zone = verdict.blocklist;
    let mut values: Vec<(&str, &str)> = zone.map_or(Vec::new(), |z| vec![("list", z.zone), ("url", z.lookup_url)]);
    values.extend([("provider", provider_name), ("code", code_text.as_str())]);

    let (title, summary_first, user_actions, admin_actions, possible_causes) = if !verdict.recognized {
        let state = if verdict.wording.empty { "empty" } else { "unrecognized" };
        (texts.text(&key(&[state, "title"])), texts.text(&key(&[state, "summary"])), texts.list(&key(&[state, "user"])), Vec::new(), Vec::new())
    } else {
        let keys = TextKeys::new(verdict, audience);
        let title = texts.first(&keys.of("title")).or_else(|| texts.get("cat.unknown.title").map(str::to_string)).unwrap_or_default();
        let summary = if verdict.wording.no_reason {
            let key = if temporary { "noreason.summary.temporary" } else { "noreason.summary" };
            fill(&texts.text(key), &[("code", &code_text)])
        } else {
            texts.first(&keys.of("summary")).unwrap_or_default()
        };
        // Usual causes when the server did not say why, or when only a code was given.
        let causes = if verdict.wording.no_reason || verdict.wording.code_only {
            let mut candidates = vec![key(&["cat", category.id(), "causes"])];
            if verdict.wording.no_reason {
                candidates.push(if temporary { "noreason.causes.temporary".into() } else { "noreason.causes".into() });
            }
            texts.first_list(&candidates)
        } else {
            Vec::new()
        };
        let fill_all = |list: Vec<String>| list.iter().map(|t| fill(t, &values)).collect::<Vec<_>>();
        (fill(&title, &values), fill(&summary, &values), fill_all(texts.first_list(&keys.of("user"))), fill_all(texts.first_list(&keys.of("admin"))), fill_all(causes))
    };
    let retry_sentence = match verdict.outcome {
        Outcome::Temporary | Outcome::Permanent | Outcome::Unknown if verdict.recognized => {
            let situation = if verdict.wording.client_reported { "client" } else { verdict.outcome.id() };
            let retry = verdict.retry.id();
            texts.first(&[key(&["retry", retry, "sentence", situation]), key(&["retry", retry, "sentence"])]).unwrap_or_default()
        }
        _ => String::new(),
    };
    let summary = [summary_first.as_str(), retry_sentence.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");

    // A flood of one phrase gives thousands of spans with a handful of distinct labels:
    // each label is worded once.
    let mut labels: Vec<(EvidenceSubject, String)> = Vec::new();
    let evidence = verdict
        .evidence
        .iter()
        .map(|e| {
            if let Some((_, label)) = labels.iter().find(|(s, _)| same_subject(*s, e.subject)) {
                return Evidence { start: e.span.start, end: e.span.end, kind: e.kind, label: label.clone() };
            }
            let label = match e.subject {
                EvidenceSubject::Code(code) => {
                    let info = describe_code(code, CodeOrigin::Reply, texts);
                    fill(&texts.text("evidence.code"), &[("code", &info.code), ("title", &info.title)])
                }
                EvidenceSubject::ProviderMessage => fill(&texts.text("evidence.provider_message"), &values),
                EvidenceSubject::Blocklist => fill(&texts.text("evidence.blocklist"), &values),
                EvidenceSubject::Category(c) => fill(&texts.text("evidence.phrase"), &[("category", &texts.text(&key(&["cat", c.id(), "title"])))]),
                EvidenceSubject::ProviderTag => fill(&texts.text("evidence.provider_tag"), &values),
                EvidenceSubject::Stage(stage) => texts.text(&key(&["stage", stage.id()])),
                EvidenceSubject::ClientError => texts.text("evidence.client_error"),
                EvidenceSubject::DsnField => texts.text("evidence.dsn_field"),
            };
            labels.push((e.subject, label.clone()));
            Evidence { start: e.span.start, end: e.span.end, kind: e.kind, label }
        })
        .collect();
    let warnings = verdict
        .warnings
        .iter()
        .map(|w| {
            let values: Vec<(&str, &str)> = w.values.iter().map(|(name, value)| (*name, value.as_str())).collect();
            Warning { id: w.id.into(), message: fill(&texts.text(&key(&["warning", w.id])), &values) }
        })
        .collect();
    let references = verdict
        .references
        .iter()
        .map(|r| {
            let title = match r.page {
                ReferencePage::Rule(owner) => fill(&texts.text("reference.rule_page"), &[("provider", owner.name)]),
                ReferencePage::Provider => fill(&texts.text("reference.provider_page"), &values),
                ReferencePage::BlocklistLookup => fill(&texts.text("reference.blocklist_lookup"), &values),
                ReferencePage::CodeSource(source) => source.split(';').next().unwrap_or("").trim().to_string(),
                ReferencePage::IanaRegistry => texts.text("reference.iana_registry"),
            };
            Reference { title, url: r.url.clone() }
        })
        .collect();

    Explanation {
        recognized: verdict.recognized,
        input_kind: verdict.input_kind,
        reply: verdict.reply.as_ref().map(|r| Reply {
            code: r.code.map(BasicCode::value),
            enhanced: r.enhanced.map(|e| e.to_string()),
            text: r.text.clone(),
            lines: r.lines.clone(),
        }),
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
        blocklist: zone.map(|z| BlocklistRef { id: z.provider.into(), zone: z.zone.into(), lookup_url: z.lookup_url.into() }),
        recipient: verdict.recipient.clone(),
        remote_host: verdict.remote_host.clone(),
        original: verdict.original.clone(),
        evidence,
        confidence: verdict.confidence,
        alternatives: verdict.alternatives.iter().map(|c| texts.category(*c)).collect(),
        warnings,
        interop: verdict.interop.clone(),
        references,
        lang: texts.lang().to_string(),
        data_version: DATA_VERSION.into(),
    }
}

/// Whether two evidence subjects get the same label.
fn same_subject(a: EvidenceSubject, b: EvidenceSubject) -> bool {
    use EvidenceSubject as S;
    match (a, b) {
        (S::Code(x), S::Code(y)) => x == y,
        (S::Category(x), S::Category(y)) => x == y,
        (S::Stage(x), S::Stage(y)) => x == y,
        (S::ProviderMessage, S::ProviderMessage)
        | (S::Blocklist, S::Blocklist)
        | (S::ProviderTag, S::ProviderTag)
        | (S::ClientError, S::ClientError)
        | (S::DsnField, S::DsnField) => true,
        _ => false,
    }
}

/// The catalog keys to try for each text of a verdict, most specific first: the provider
/// rule's, the blocklist's, the admin's, the temporary form, the category's.
struct TextKeys {
    rule: Option<String>,
    zone: Option<String>,
    category: String,
    admin: bool,
    temporary: bool,
}

impl TextKeys {
    fn new(verdict: &Verdict, audience: Audience) -> TextKeys {
        TextKeys {
            rule: verdict.rule.map(|(owner, r)| key(&["rule", owner.id, r.id])),
            zone: verdict.blocklist.filter(|_| verdict.category == Category::SenderBlocklisted).map(|z| key(&["zone", z.kind])),
            category: key(&["cat", verdict.category.id()]),
            admin: audience == Audience::Admin,
            temporary: verdict.outcome == Outcome::Temporary,
        }
    }

    fn of(&self, suffix: &str) -> Vec<String> {
        let mut keys = Vec::new();
        if let Some(k) = &self.rule {
            keys.push(key(&[k, suffix]));
        }
        if let Some(k) = &self.zone {
            keys.push(key(&[k, suffix]));
        }
        if self.admin {
            keys.push(key(&[&self.category, suffix, "admin"]));
        }
        if self.temporary {
            keys.push(key(&[&self.category, suffix, "temporary"]));
        }
        keys.push(key(&[&self.category, suffix]));
        keys
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
        Some(entry) => (entry.title.to_string(), texts.text(&key(&["code", &entry.code.to_string()])), entry.source.to_string(), true),
        None => {
            let severity = texts.text(&key(&["severity", &(code.value() / 100).to_string()]));
            let area = if code.is_standard() { texts.text(&key(&["area", &((code.value() / 10) % 10).to_string()])) } else { texts.text("area.nonstandard") };
            let title = fill(&texts.text("code.unregistered.basic.title"), &[("code", &code.to_string())]);
            (title, format!("{severity} {area}"), texts.text("code.unregistered.source"), false)
        }
    };
    CodeInfo { code: code.to_string(), kind: CodeKind::Basic, title, meaning, source, registered, valid: registered || code.is_standard(), origin }
}

fn describe_enhanced(code: EnhancedCode, origin: CodeOrigin, texts: &Texts) -> CodeInfo {
    let class_key = if code.is_any_class() { "class.any".to_string() } else { key(&["class", &code.class_digit().to_string()]) };
    let class = texts.get(&class_key).unwrap_or_else(|| texts.get("class.invalid").unwrap_or_default());
    let (title, meaning, source, registered) = match enhanced_entry(code).filter(|_| code.is_valid()) {
        Some(entry) => {
            let meaning = texts.text(&key(&["code", &code.registry_key()]));
            (entry.title.to_string(), format!("{meaning} {class}"), entry.source.to_string(), true)
        }
        None => {
            let subject = texts.get(&key(&["subject", &code.subject_number().to_string()])).unwrap_or_else(|| texts.get("subject.invalid").unwrap_or_default());
            let title = fill(&texts.text("code.unregistered.enhanced.title"), &[("code", &code.to_string())]);
            (title, format!("{subject} {class}"), texts.text("code.unregistered.source"), false)
        }
    };
    CodeInfo { code: code.to_string(), kind: CodeKind::Enhanced, title, meaning, source, registered, valid: registered || code.is_valid(), origin }
}

/// The dictionary entry of a basic code's table row.
pub(crate) fn basic_dictionary_entry(entry: &'static BasicEntry, texts: &Texts) -> DictionaryEntry {
    DictionaryEntry {
        code: entry.code.to_string(),
        kind: CodeKind::Basic,
        title: entry.title,
        meaning: texts.text(&key(&["code", &entry.code.to_string()])),
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
        meaning: texts.text(&key(&["code", &code])),
        code,
        kind: CodeKind::Enhanced,
        title: entry.title,
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
            title: texts.text(&key(&["cat", e.category.id(), "title"])),
            definition: texts.text(&key(&["cat", e.category.id(), "definition"])),
            who_acts: e.who_acts,
            retry_temporary: e.retry_temporary,
            retry_permanent: e.retry_permanent,
            interop: crate::classify::interop(e.category, Outcome::Permanent),
            sisimai_aliases: SISIMAI_ALIASES.iter().filter(|(_, now)| *now == e.sisimai).map(|(old, _)| *old).collect(),
        })
        .collect()
}
