//! Turns a parsed finding and its verdict into an `Explanation` with texts from the catalog.

use serde::Serialize;

use crate::catalog::{fill, Catalog};
use crate::classify::{classify, input_marker, zone_row};
use crate::data::Provider;
use crate::code::BasicCode;
use crate::data::categories::{CATEGORIES, SISIMAI_ALIASES};
use crate::dictionary::{category_entry, describe_basic, describe_enhanced, enhanced_entry, source_url, IANA_REGISTRY_URL};
use crate::explanation::*;
use crate::matcher::{scan, Hit};
use crate::parse::{bounded, parse, Finding, Span};
use crate::taxonomy::{Audience, Category, Outcome, Retry, WhoActs};
use crate::{Options, DATA_VERSION};

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

/// The catalog for the requested language (English when it is not shipped).
fn catalog_for(_options: &Options) -> &'static Catalog {
    Catalog::english()
}

/// Catalog access with English fallback.
struct Texts<'a> {
    catalog: &'a Catalog,
}

impl Texts<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.catalog
            .get(key)
            .or_else(|| crate::catalog::pack_text(self.catalog.lang(), key))
            .or_else(|| Catalog::english().get(key))
            .or_else(|| crate::catalog::pack_text("en", key))
    }

    fn text(&self, key: &str) -> String {
        self.get(key).unwrap_or_default().to_string()
    }

    fn list(&self, key: &str) -> Vec<String> {
        let english = Catalog::english();
        let own = self.catalog.list(key);
        let found = if !own.is_empty() {
            own
        } else {
            let pack = crate::catalog::pack_list(self.catalog.lang(), key);
            if !pack.is_empty() {
                pack
            } else {
                let base = english.list(key);
                if base.is_empty() { crate::catalog::pack_list("en", key) } else { base }
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

/// Explains the first finding of the input.
pub fn explain_first(input: &str, options: &Options) -> Explanation {
    let text = bounded(input);
    let parsed = parse(input);
    let hits = scan(text);
    let total = parsed.findings.len();
    let first = parsed.findings.first().cloned().unwrap_or_else(|| parse("").findings.remove(0));
    let marker = input_marker(text, &hits);
    let mut explanation = assemble(text, &first, &hits, marker, parsed.truncated, options);
    if total > 1 {
        let texts = Texts { catalog: catalog_for(options) };
        let message = fill(&texts.text("warning.more_findings"), &[("count", &(total - 1).to_string())]);
        explanation.warnings.push(Warning { id: "more_findings", message });
    }
    explanation
}

/// Explains every finding of the input.
pub fn explain_each(input: &str, options: &Options) -> Vec<Explanation> {
    let text = bounded(input);
    let parsed = parse(input);
    let hits = scan(text);
    let marker = input_marker(text, &hits);
    parsed.findings.iter().map(|f| assemble(text, f, &hits, marker, parsed.truncated, options)).collect()
}

fn push_reference(references: &mut Vec<Reference>, title: String, url: &str) {
    if crate::data::links::is_allowed(url) && !references.iter().any(|r| r.url == url) {
        references.push(Reference { title, url: url.to_string() });
    }
}

fn assemble(input: &str, finding: &Finding, hits: &[Hit], marker: Option<(&'static Provider, Hit)>, truncated: bool, options: &Options) -> Explanation {
    let catalog = catalog_for(options);
    let texts = Texts { catalog };
    // Hits are sorted by start: the finding's share is one slice, found by binary search.
    let from = hits.partition_point(|h| h.start < finding.region.start);
    let to = hits.partition_point(|h| h.start < finding.region.end);
    let verdict = classify(input, finding, &hits[from..to.max(from)], marker);
    let reply = finding.reply.as_ref();
    let audience = options.audience.unwrap_or(Audience::User);

    // Codes.
    let mut codes = Vec::new();
    let basic = reply.and_then(|r| r.basic);
    let enhanced = reply.and_then(|r| r.enhanced);
    if let Some(b) = basic {
        codes.push(describe_basic(b.value, CodeOrigin::Reply, catalog));
    } else if let Some(b) = verdict.implied_basic {
        codes.push(describe_basic(b, CodeOrigin::Client, catalog));
    }
    if let Some(e) = enhanced {
        codes.push(describe_enhanced(e.value, CodeOrigin::Reply, catalog));
    }
    if let Some(s) = finding.status.filter(|s| Some(s.value) != enhanced.map(|e| e.value)) {
        codes.push(describe_enhanced(s.value, CodeOrigin::Status, catalog));
    }

    let category = verdict.category;
    let entry = category_entry(category);
    let outcome = verdict.outcome;
    let temporary = outcome == Outcome::Temporary;
    let cat_key = key(&["cat", category.id()]);
    let rule_key = verdict.rule.zip(verdict.rule_owner).map(|((r, _), owner)| key(&["rule", owner.id, r.id]));
    let zone = verdict.zone.and_then(zone_row);
    let zone_key = zone.filter(|_| category == Category::SenderBlocklisted).map(|z| key(&["zone", z.kind]));
    let zone_values: Vec<(&str, &str)> = zone.map_or(Vec::new(), |z| vec![("list", z.zone), ("url", z.lookup_url)]);
    let provider_name = verdict.provider.map_or("", |(p, _)| p.name);
    let code_text = basic.map(|b| b.value.to_string()).or(enhanced.map(|e| e.value.to_string())).unwrap_or_default();
    let values: Vec<(&str, &str)> = zone_values.iter().copied().chain([("provider", provider_name), ("code", code_text.as_str())]).collect();

    // Keys to try for each text, most specific first.
    let keys = |suffix: &str| -> Vec<String> {
        let mut keys = Vec::new();
        if let Some(k) = &rule_key {
            keys.push(key(&[k, suffix]));
        }
        if let Some(k) = &zone_key {
            keys.push(key(&[k, suffix]));
        }
        if audience == Audience::Admin {
            keys.push(key(&[&cat_key, suffix, "admin"]));
        }
        if temporary {
            keys.push(key(&[&cat_key, suffix, "temporary"]));
        }
        keys.push(key(&[&cat_key, suffix]));
        keys
    };

    let (title, summary_first, user_actions, admin_actions, possible_causes) = if !verdict.recognized {
        let state = if finding.kind == InputKind::Empty { "empty" } else { "unrecognized" };
        (
            texts.text(&key(&[state, "title"])),
            texts.text(&key(&[state, "summary"])),
            texts.list(&key(&[state, "user"])),
            Vec::new(),
            Vec::new(),
        )
    } else {
        let title = texts.first(&keys("title")).or_else(|| texts.get("cat.unknown.title").map(str::to_string)).unwrap_or_default();
        let summary = if verdict.no_reason {
            let key = if temporary { "noreason.summary.temporary" } else { "noreason.summary" };
            fill(&texts.text(key), &[("code", &code_text)])
        } else {
            texts.first(&keys("summary")).unwrap_or_default()
        };
        // Usual causes when the server did not say why, or when only a code was given.
        let causes = if verdict.no_reason || finding.kind == InputKind::Code {
            let mut candidates = vec![key(&[&cat_key, "causes"])];
            if verdict.no_reason {
                candidates.push(if temporary { "noreason.causes.temporary".into() } else { "noreason.causes".into() });
            }
            texts.first_list(&candidates)
        } else {
            Vec::new()
        };
        let fill_all = |list: Vec<String>| list.iter().map(|t| fill(t, &values)).collect::<Vec<_>>();
        (fill(&title, &values), fill(&summary, &values), fill_all(texts.first_list(&keys("user"))), fill_all(texts.first_list(&keys("admin"))), fill_all(causes))
    };

    // Who acts and retry. A mail program that reports the failure to its user has given up on
    // the message: nothing retries it unless the user sends it again.
    let client_reported = verdict.client.is_some() && matches!(finding.kind, InputKind::Text | InputKind::Code | InputKind::Reply);
    let who_acts = match outcome {
        _ if !verdict.recognized => WhoActs::Nobody,
        Outcome::Temporary if client_reported && entry.who_acts == WhoActs::Nobody && verdict.rule.and_then(|(r, _)| r.who_acts).is_none() => WhoActs::Sender,
        Outcome::Success | Outcome::Intermediate => WhoActs::Nobody,
        _ => match verdict.rule.and_then(|(r, _)| r.who_acts).unwrap_or(entry.who_acts) {
            // The sending server's own failure is for its admin, not the recipient's.
            WhoActs::RecipientAdmin if verdict.local_error => WhoActs::SenderAdmin,
            who => who,
        },
    };
    let retry = match outcome {
        Outcome::Success | Outcome::Intermediate => Retry::Never,
        _ => match verdict.rule.and_then(|(r, _)| r.retry).unwrap_or(if temporary { entry.retry_temporary } else { entry.retry_permanent }) {
            Retry::Automatic if client_reported => Retry::Later,
            retry => retry,
        },
    };
    let retry_sentence = match outcome {
        Outcome::Success | Outcome::Intermediate => String::new(),
        _ if !verdict.recognized => String::new(),
        _ => texts
            .first(&[key(&["retry", retry.id(), "sentence", if client_reported { "client" } else { outcome.id() }]), key(&["retry", retry.id(), "sentence"])])
            .unwrap_or_default(),
    };
    let summary = [summary_first.as_str(), retry_sentence.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");

    // Evidence.
    let mut evidence = Vec::new();
    let mut add = |span: Span, kind: EvidenceKind, label: String| {
        if span.end > span.start {
            evidence.push(Evidence { start: span.start, end: span.end, kind, label });
        }
    };
    for (code, span, kind) in [
        (basic.map(|b| b.value.to_string()), basic.map(|b| b.span), EvidenceKind::BasicCode),
        (enhanced.map(|e| e.value.to_string()), enhanced.map(|e| e.span), EvidenceKind::EnhancedCode),
        (finding.status.map(|s| s.value.to_string()), finding.status.map(|s| s.span), EvidenceKind::EnhancedCode),
    ] {
        if let (Some(code), Some(span)) = (code, span) {
            let info = codes.iter().find(|c| c.code == code);
            let label = fill(&texts.text("evidence.code"), &[("code", &code), ("title", info.map_or("", |c| c.title.as_str()))]);
            add(span, kind, label);
        }
    }
    if let Some((rule, Some(hit))) = verdict.rule {
        let _ = rule;
        add(Span::new(hit.start, hit.end), EvidenceKind::ProviderMessage, fill(&texts.text("evidence.provider_message"), &values));
    }
    if let Some(hit) = verdict.zone {
        add(Span::new(hit.start, hit.end), EvidenceKind::Blocklist, fill(&texts.text("evidence.blocklist"), &values));
    }
    for hit in &verdict.supporting {
        let title = texts.text(&key(&[&cat_key, "title"]));
        add(Span::new(hit.start, hit.end), EvidenceKind::Phrase, fill(&texts.text("evidence.phrase"), &[("category", &title)]));
    }
    if let Some((_, Some(hit))) = verdict.provider {
        add(Span::new(hit.start, hit.end), EvidenceKind::ProviderTag, fill(&texts.text("evidence.provider_tag"), &values));
    }
    if let Some((stage, Some(span))) = verdict.stage {
        add(span, EvidenceKind::Stage, texts.text(&key(&["stage", stage.id()])));
    }
    if let Some(hit) = verdict.client {
        add(Span::new(hit.start, hit.end), EvidenceKind::ClientError, texts.text("evidence.client_error"));
    }
    for span in &finding.fields {
        add(*span, EvidenceKind::DsnField, texts.text("evidence.dsn_field"));
    }
    let evidence = non_overlapping(evidence);

    // Warnings.
    let mut warnings = Vec::new();
    let mut warn = |id: &'static str, values: &[(&str, &str)]| {
        warnings.push(Warning { id, message: fill(&texts.text(&key(&["warning", id])), values) });
    };
    if truncated {
        warn("truncated", &[("limit", &crate::parse::MAX_INPUT.to_string())]);
    }
    if let (Some(b), Some(e)) = (basic, enhanced) {
        let (b_digit, e_digit) = ((b.value.value() / 100) as u8, e.value.class_digit());
        if e.value.class().is_some() && b_digit != e_digit {
            warn("class_mismatch", &[("basic", &b.value.to_string()), ("enhanced", &e.value.to_string())]);
        }
    }
    for code in enhanced.iter().map(|e| e.value).chain(finding.status.map(|s| s.value)) {
        if !code.is_valid() {
            warn("invalid_code", &[("code", &code.to_string())]);
        } else if enhanced_entry(code).is_none() && verdict.rule.map_or(true, |(r, _)| r.code != crate::data::RuleCode::Enhanced(code)) {
            warn("unregistered_code", &[("code", &code.to_string())]);
        }
    }
    if let (Some(s), Some(e)) = (finding.status, enhanced) {
        if s.value != e.value {
            warn("status_differs", &[("status", &s.value.to_string()), ("enhanced", &e.value.to_string())]);
        }
    }
    // Only a rule that reads a code alone gives that code the provider's own meaning.
    if let Some((rule, _)) = verdict.rule.filter(|(r, _)| r.pattern.is_empty()) {
        if let crate::data::RuleCode::Enhanced(code) = rule.code {
            if let Some(registry) = enhanced_entry(code) {
                if registry.category != rule.category && registry.category != Category::Unknown {
                    warn("provider_meaning", &[("provider", provider_name), ("code", &code.to_string()), ("title", registry.title)]);
                }
            }
        }
    }
    if verdict.no_reason {
        warn("no_reason", &[]);
    }
    if finding.kind == InputKind::Code {
        warn("code_only", &[]);
    }

    // References.
    let mut references = Vec::new();
    if let Some((rule, _)) = verdict.rule {
        if !rule.help_url.is_empty() {
            let owner = verdict.rule_owner.map_or(provider_name, |p| p.name);
            push_reference(&mut references, fill(&texts.text("reference.rule_page"), &[("provider", owner)]), rule.help_url);
        }
    }
    if let Some((p, _)) = verdict.provider {
        push_reference(&mut references, fill(&texts.text("reference.provider_page"), &values), p.help_url);
    }
    if let Some(z) = zone {
        push_reference(&mut references, fill(&texts.text("reference.blocklist_lookup"), &values), z.lookup_url);
    }
    for code in codes.iter().filter(|c| c.registered) {
        let url = match code.kind {
            CodeKind::Basic => source_url(&code.source),
            CodeKind::Enhanced => source_url(&code.source),
        };
        push_reference(&mut references, code.source.split(';').next().unwrap_or("").trim().to_string(), &url);
    }
    if codes.iter().any(|c| c.kind == CodeKind::Enhanced) {
        push_reference(&mut references, texts.text("reference.iana_registry"), IANA_REGISTRY_URL);
    }

    // Interop.
    let interop = interop(category, outcome);

    let reply_out = match reply {
        Some(r) => Some(Reply {
            code: r.basic.map(|b| b.value.value()).or(verdict.implied_basic.map(BasicCode::value)),
            enhanced: r.enhanced.map(|e| e.value.to_string()),
            text: r.text.clone(),
            lines: r.lines.clone(),
        }),
        // A client error code that stands for a reply (Outlook 0x800CCC69 is a 550).
        None => verdict.implied_basic.map(|b| Reply { code: Some(b.value()), enhanced: None, text: String::new(), lines: Vec::new() }),
    };
    let input_kind = if client_reported {
        InputKind::ClientMessage
    } else {
        finding.kind
    };

    Explanation {
        recognized: verdict.recognized,
        input_kind,
        reply: reply_out,
        codes,
        outcome,
        stage: verdict.stage.map(|(s, _)| s),
        category: texts.category(category),
        title,
        summary,
        who_acts,
        retry,
        user_actions,
        admin_actions,
        possible_causes,
        provider: verdict.provider.map(|(p, _)| ProviderRef { id: p.id, name: p.name, kind: p.kind, help_url: p.help_url }),
        blocklist: zone.map(|z| BlocklistRef { id: z.provider, zone: z.zone, lookup_url: z.lookup_url }),
        recipient: finding.recipient.clone(),
        remote_host: finding.remote_host.clone(),
        evidence,
        confidence: verdict.confidence,
        alternatives: verdict.alternatives.iter().map(|c| texts.category(*c)).collect(),
        warnings,
        interop,
        references,
        lang: catalog.lang().to_string(),
        data_version: DATA_VERSION,
    }
}

/// Keeps evidence spans that do not overlap an earlier (more important) one, in input order.
fn non_overlapping(evidence: Vec<Evidence>) -> Vec<Evidence> {
    let mut kept: Vec<Evidence> = Vec::new();
    for e in evidence {
        if !kept.iter().any(|k| e.start < k.end && k.start < e.end) {
            kept.push(e);
        }
    }
    crate::util::sort_by(&mut kept, |a, b| a.start < b.start);
    kept
}

/// The result in the other taxonomies, adjusted for temporary failures.
fn interop(category: Category, outcome: Outcome) -> Interop {
    let entry = category_entry(category);
    let temporary = outcome == Outcome::Temporary;
    let (ses_type, ses_subtype) = if temporary && entry.ses_type == "Permanent" {
        ("Transient", "General")
    } else {
        (entry.ses_type, entry.ses_subtype)
    };
    Interop {
        sisimai: entry.sisimai,
        sendgrid: entry.sendgrid,
        ses: SesBounce { bounce_type: ses_type, subtype: ses_subtype },
        sparkpost: if temporary && entry.sparkpost == 10 { 20 } else { entry.sparkpost },
        postmark: if temporary && entry.postmark == "HardBounce" { "SoftBounce" } else { entry.postmark },
        hard_bounce: entry.hard_bounce && outcome == Outcome::Permanent,
    }
}

/// One category of the taxonomy, as `categories()` gives it.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CategoryInfo {
    /// Stable id.
    pub id: Category,
    /// Short title.
    pub title: String,
    /// One-line definition.
    pub definition: String,
    /// Who acts by default.
    pub who_acts: WhoActs,
    /// Retry advice for temporary failures.
    pub retry_temporary: Retry,
    /// Retry advice for permanent failures.
    pub retry_permanent: Retry,
    /// The crosswalk to other taxonomies (for a permanent failure).
    pub interop: Interop,
    /// Retired Sisimai names that map to this category's Sisimai reason.
    pub sisimai_aliases: Vec<&'static str>,
}

/// The whole taxonomy with its crosswalks, in English.
pub fn categories() -> Vec<CategoryInfo> {
    let texts = Texts { catalog: Catalog::english() };
    CATEGORIES
        .iter()
        .map(|e| CategoryInfo {
            id: e.category,
            title: texts.text(&key(&["cat", e.category.id(), "title"])),
            definition: texts.text(&key(&["cat", e.category.id(), "definition"])),
            who_acts: e.who_acts,
            retry_temporary: e.retry_temporary,
            retry_permanent: e.retry_permanent,
            interop: interop(e.category, Outcome::Permanent),
            sisimai_aliases: SISIMAI_ALIASES.iter().filter(|(_, now)| *now == e.sisimai).map(|(old, _)| *old).collect(),
        })
        .collect()
}
