//! Weighs the signals of one finding — codes, wording, provider tags and rules, blocklists,
//! client errors — and decides category, provider, stage, outcome and confidence.

use crate::code::{BasicCode, EnhancedCode};
use crate::data::blocklists::BLOCKLIST_ZONES;
use crate::data::clients::CLIENT_ERRORS;
use crate::data::outcomes::{OUTCOME_PHRASES, TEMPORARY_BY_NATURE};
use crate::data::phrases::{NO_REASON_TEXTS, PHRASES, STAGE_PHRASES};
use crate::data::providers;
use crate::data::{Provider, ProviderKind, ProviderRule, Strength};
use crate::dictionary::{basic_entry, enhanced_entry};
use crate::matcher::{Hit, Rule};
use crate::parse::{DsnAction, Finding, Span};
use crate::taxonomy::{Category, Confidence, Outcome, Stage};

/// Weight of each kind of signal. A provider rule outweighs everything; clear wording
/// outweighs a registry code; a basic code alone is a weak hint.
mod weight {
    pub const PROVIDER_RULE: f32 = 10.0;
    pub const STRONG_PHRASE: f32 = 5.0;
    pub const BLOCKLIST: f32 = 5.0;
    pub const CLIENT_ERROR: f32 = 4.0;
    pub const CLIENT_WRAPPER: f32 = 1.5;
    pub const MEDIUM_PHRASE: f32 = 3.0;
    pub const ENHANCED: f32 = 3.0;
    pub const ENHANCED_GENERIC: f32 = 1.5;
    pub const STATUS_FIELD: f32 = 2.0;
    /// A failed DSN with a temporary code: the sender gave up; beats wording plus a code.
    pub const GAVE_UP: f32 = 7.0;
    pub const WEAK_PHRASE: f32 = 1.0;
    pub const BASIC: f32 = 1.0;
    /// A category needs this score to be named as an alternative.
    pub const ALTERNATIVE: f32 = 3.0;
    /// Score from which a result without conflict is certain.
    pub const HIGH: f32 = 6.0;
}

/// The decision for one finding.
#[derive(Debug)]
pub struct Verdict {
    /// Winning category.
    pub category: Category,
    /// Other readings, best first.
    pub alternatives: Vec<Category>,
    /// How sure.
    pub confidence: Confidence,
    /// Result for the message.
    pub outcome: Outcome,
    /// SMTP stage, with the span that told it.
    pub stage: Option<(Stage, Option<Span>)>,
    /// The provider that answered, and the hit that named it.
    pub provider: Option<(&'static Provider, Option<Hit>)>,
    /// The provider rule that decided, and its hit.
    pub rule: Option<(&'static ProviderRule, Option<Hit>)>,
    /// The provider whose rule decided.
    pub rule_owner: Option<&'static Provider>,
    /// The blocklist zone named, and its hit.
    pub zone: Option<Hit>,
    /// Hits that support the winning category (wording, client errors).
    pub supporting: Vec<Hit>,
    /// The client error that was recognised.
    pub client: Option<Hit>,
    /// A basic code implied by a client error (Outlook 0x800CCC69 → 550).
    pub implied_basic: Option<BasicCode>,
    /// The server gave no reason.
    pub no_reason: bool,
    /// Any code or known wording was found.
    pub recognized: bool,
    /// The sending server reports its own trouble (a log line without a remote reply).
    pub local_error: bool,
}


fn code_matches(rule_code: crate::data::RuleCode, basic: Option<BasicCode>, enhanced: &[EnhancedCode]) -> bool {
    // Rule codes are typed when the crate compiles: nothing is parsed on this path, which runs per rule.
    match rule_code {
        crate::data::RuleCode::Any => true,
        crate::data::RuleCode::Basic(code) => basic == Some(code),
        crate::data::RuleCode::Enhanced(code) => enhanced.contains(&code),
    }
}

/// Scores of all categories, indexed like `Category::ALL`.
struct Scores {
    total: Vec<f32>,
    strongest: Vec<f32>,
}

impl Scores {
    fn new() -> Self {
        Scores { total: vec![0.0; Category::ALL.len()], strongest: vec![0.0; Category::ALL.len()] }
    }

    fn add(&mut self, category: Category, weight: f32) {
        if category == Category::Unknown {
            return;
        }
        let i = category as usize;
        self.total[i] += weight;
        self.strongest[i] = self.strongest[i].max(weight);
    }

    /// Categories by score, best first (ties: the stronger single signal, then table order).
    fn ranked(&self) -> Vec<(Category, f32)> {
        let mut ranked: Vec<(Category, f32, f32)> = Category::ALL
            .iter()
            .map(|&c| (c, self.total[c as usize], self.strongest[c as usize]))
            .filter(|(_, score, _)| *score > 0.0)
            .collect();
        crate::util::sort_by(&mut ranked, |a, b| (a.1, a.2) > (b.1, b.2));
        ranked.into_iter().map(|(c, s, _)| (c, s)).collect()
    }
}

/// Normalised words of a text: lowercase letters and digits, single spaces.
fn words(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the reply text says nothing beyond a generic refusal.
fn gives_no_reason(text: &str, marker_texts: &[&str]) -> bool {
    let mut normalized = words(text);
    for marker in marker_texts {
        normalized = normalized.replace(&words(marker), " ");
    }
    let normalized = words(&normalized);
    normalized.is_empty() || NO_REASON_TEXTS.iter().any(|t| words(t) == normalized)
}

/// The clearest provider marker anywhere in the input, outside addresses: who answered when a
/// finding (one recipient of a bounce) has no marker of its own. Computed once per input.
pub fn input_marker(input: &str, hits: &[Hit]) -> Option<(&'static Provider, Hit)> {
    hits.iter()
        .filter(|h| !(h.start > 0 && input.as_bytes()[h.start - 1] == b'@'))
        .filter_map(|h| match h.rule {
            Rule::Marker(i) => Some((providers::markers()[i].1.strength, *h, providers::markers()[i].0)),
            _ => None,
        })
        .filter(|(strength, _, _)| *strength <= Strength::Medium)
        .min_by_key(|(strength, hit, _)| (*strength, hit.start))
        .map(|(_, hit, provider)| (provider, hit))
}

/// Decides one finding. `region_hits` are the hits that start inside the finding's region
/// (sorted by start); `input_marker` comes from [`input_marker`].
pub fn classify(input: &str, finding: &Finding, region_hits: &[Hit], input_marker: Option<(&'static Provider, Hit)>) -> Verdict {
    let in_region: Vec<Hit> = region_hits.iter().copied().filter(|h| finding.region.contains(Span::new(h.start, h.end))).collect();
    let reply = finding.reply.as_ref();
    let basic = reply.and_then(|r| r.basic).map(|b| b.value);
    let reply_enhanced = reply.and_then(|r| r.enhanced).map(|e| e.value);
    let status = finding.status.map(|s| s.value);
    let enhanced_codes: Vec<EnhancedCode> = reply_enhanced.into_iter().chain(status).collect();

    // Client errors.
    // The first client row that names a cause; else the first that only marks a client.
    let client_hits = || in_region.iter().copied().filter(|h| matches!(h.rule, Rule::Client(_)));
    let client = client_hits()
        .find(|h| matches!(h.rule, Rule::Client(i) if CLIENT_ERRORS[i].category != Category::Unknown))
        .or_else(|| client_hits().next());
    let client_row = client.and_then(|h| match h.rule {
        Rule::Client(i) => Some(&CLIENT_ERRORS[i]),
        _ => None,
    });
    let implied_basic = if basic.is_none() { client_row.and_then(|c| c.basic).and_then(BasicCode::new) } else { None };
    let basic = basic.or(implied_basic);

    // Wording inside a mail client's own message belongs to that message, not to the server.
    let client_spans: Vec<Span> = in_region
        .iter()
        .filter(|h| matches!(h.rule, Rule::Client(_)))
        .map(|h| Span::new(h.start, h.end))
        .collect();
    let in_client_message = |h: Hit| client_spans.iter().any(|c| c.contains(Span::new(h.start, h.end)));
    let reply_span = reply.filter(|r| r.basic.is_some() || r.enhanced.is_some()).map(|r| r.span);

    // Provider: the strongest marker in the region, else anywhere in the input.
    // The domain of an address (`bob@gmail.com`) tells who answered only when it is the
    // recipient's own address.
    // A reply that starts with `<addr>` echoes the recipient (Postfix, Sendmail, iCloud ...).
    let echoed = reply.and_then(|r| {
        let text = r.text.strip_prefix('<')?;
        let lower = r.text.to_ascii_lowercase();
        (!lower.contains("sender")).then(|| text.split('>').next()).flatten()
    });
    let recipient_domain = finding
        .recipient
        .as_deref()
        .or(echoed)
        .and_then(|r| r.rsplit_once('@'))
        .map(|(_, d)| d.to_ascii_lowercase());
    let usable = |h: &Hit| {
        let in_address = h.start > 0 && input.as_bytes()[h.start - 1] == b'@';
        !in_address || recipient_domain.as_deref().is_some_and(|d| input[h.start..h.end].eq_ignore_ascii_case(d))
    };
    let marker_of = |hs: &[Hit], weakest: Strength| {
        hs.iter()
            .filter(|h| usable(h))
            .filter_map(|h| match h.rule {
                Rule::Marker(i) => Some((providers::markers()[i].1.strength, *h, providers::markers()[i].0)),
                _ => None,
            })
            .filter(|(strength, _, _)| *strength <= weakest)
            .min_by_key(|(strength, hit, _)| (*strength, hit.start))
    };
    // Outside the finding (other parts of a bounce) only clear markers count.
    // A log line with no code from a remote server reports the sending server's own trouble:
    // addresses in it (to=<x@hotmail.com>) do not say who answered.
    let local_error = finding.kind == crate::explanation::InputKind::LogLine
        && reply.map_or(true, |r| r.basic.is_none() && r.enhanced.is_none());
    let marker = if local_error { None } else { marker_of(&in_region, Strength::Weak).map(|(_, hit, p)| (p, hit)).or(input_marker) };
    let mut provider = marker.map(|(p, hit)| (p, Some(hit)));

    // Provider rules: pattern rules apply when their provider answered, when nobody was
    // recognised, or when they belong to a gateway or blocklist; code-only rules need the provider.
    let detected = provider.map(|(p, _)| p.id);
    type Specificity = (bool, u8, bool, std::cmp::Reverse<usize>, usize);
    let mut rule: Option<(&'static Provider, &'static ProviderRule, Option<Hit>, Specificity)> = None;
    let mut consider = |owner: &'static Provider, candidate: &'static ProviderRule, hit: Option<Hit>| {
        let independent = matches!(owner.kind, ProviderKind::Gateway | ProviderKind::Blocklist | ProviderKind::SendingService);
        let applies = detected == Some(owner.id) || (hit.is_some() && (detected.is_none() || independent));
        if !applies || !code_matches(candidate.code, basic, &enhanced_codes) {
            return;
        }
        // A rule about the reply itself (its code, or words inside it) beats words elsewhere;
        // then pattern and code beat pattern beats code; then an exact pattern beats a `*`
        // prefix pattern; then the earlier match; then the longer one.
        let exact = !candidate.pattern.ends_with('*') && !candidate.pattern.starts_with('*');
        let about_reply = match (hit, reply_span) {
            (Some(h), Some(r)) => r.contains(Span::new(h.start, h.end)),
            _ => true,
        };
        let specificity = (
            about_reply,
            u8::from(hit.is_some()) * 2 + u8::from(!candidate.code.is_empty()),
            exact,
            std::cmp::Reverse(hit.map_or(0, |h| h.start)),
            hit.map_or(0, |h| h.end - h.start),
        );
        if rule.map_or(true, |(_, _, _, s)| specificity > s) {
            rule = Some((owner, candidate, hit, specificity));
        }
    };
    for h in &in_region {
        if let Rule::ProviderRule(i) = h.rule {
            if !in_client_message(*h) {
                let (owner, candidate) = providers::rules()[i];
                consider(owner, candidate, Some(*h));
            }
        }
    }
    for &(owner, candidate) in providers::rules().iter().filter(|(_, r)| r.pattern.is_empty()) {
        consider(owner, candidate, None);
    }
    let rule_owner = rule.map(|(owner, _, _, _)| owner);
    let rule = rule.map(|(_, r, h, _)| (r, h));
    // A blocklist operator never answers mail itself: its rules do not name who answered.
    if let (Some(owner), Some((_, h))) = (rule_owner.filter(|o| o.kind != ProviderKind::Blocklist), rule) {
        let gateway_or_list = owner.kind != ProviderKind::Mailbox;
        if provider.is_none() || (provider.map(|(p, _)| p.id) != Some(owner.id) && !gateway_or_list) {
            provider = Some((owner, h));
        }
    }

    // Scores.
    let mut scores = Scores::new();
    let mut supporting = Vec::new();
    // A code implied by a client's error number is a guess; the server's own code is not.
    if let Some(b) = basic.filter(|_| implied_basic.is_none() || reply_enhanced.is_none()).and_then(basic_entry) {
        scores.add(b.category, weight::BASIC);
    }
    if let Some(e) = reply_enhanced.filter(|e| e.is_valid()).and_then(|e| enhanced_entry(e).map(|entry| (e, entry))) {
        scores.add(e.1.category, if e.0.detail() == 0 { weight::ENHANCED_GENERIC } else { weight::ENHANCED });
    }
    if let Some(s) = status.filter(|s| s.is_valid() && Some(*s) != reply_enhanced).and_then(enhanced_entry) {
        let w = if reply_enhanced.is_some() { weight::STATUS_FIELD } else { weight::ENHANCED };
        scores.add(s.category, if status.map_or(0, |s| s.detail()) == 0 { weight::ENHANCED_GENERIC } else { w });
    }
    let mut counted = Vec::new();
    for h in &in_region {
        if counted.contains(&h.rule) || (matches!(h.rule, Rule::Phrase(_)) && in_client_message(*h)) {
            continue;
        }
        counted.push(h.rule);
        match h.rule {
            Rule::Phrase(i) => {
                let p = &PHRASES[i];
                let w = match p.strength {
                    Strength::Strong => weight::STRONG_PHRASE,
                    Strength::Medium => weight::MEDIUM_PHRASE,
                    Strength::Weak => weight::WEAK_PHRASE,
                };
                scores.add(p.category, w);
            }
            Rule::Zone(_) => scores.add(Category::SenderBlocklisted, weight::BLOCKLIST),
            _ => {}
        }
    }
    if let Some(c) = client_row {
        // The client's wrapper text counts less than the server's own reply inside it.
        let server_spoke = reply.is_some_and(|r| r.basic.is_some() || r.enhanced.is_some());
        scores.add(c.category, if server_spoke { weight::CLIENT_WRAPPER } else { weight::CLIENT_ERROR });
    }
    if let Some((r, _)) = rule {
        scores.add(r.category, weight::PROVIDER_RULE);
    }
    // Given up: Postfix `status=expired`, or a failed DSN whose status is a temporary code
    // (the sending server retried until its limit, RFC 3464 §2.3.3).
    let failed = finding.action.is_some_and(|a| a.value == DsnAction::Failed);
    let log_expired = failed && finding.action.is_some_and(|a| input[a.span.start..a.span.end].eq_ignore_ascii_case("expired"));
    let temporary_code = basic.map_or(false, |b| b.is_transient()) || reply_enhanced.or(status).map_or(false, |e| e.class_digit() == 4);
    if log_expired || (failed && temporary_code) {
        scores.add(Category::Expired, weight::GAVE_UP);
    }

    // Outcome.
    let outcome = match finding.action.map(|a| a.value) {
        Some(DsnAction::Failed) => Outcome::Permanent,
        Some(DsnAction::Delayed) => Outcome::Temporary,
        Some(DsnAction::Delivered | DsnAction::Relayed | DsnAction::Expanded) => Outcome::Success,
        None => match (basic, reply_enhanced.or(status)) {
            (Some(b), _) => match b.value() / 100 {
                2 => Outcome::Success,
                3 => Outcome::Intermediate,
                4 => Outcome::Temporary,
                _ => Outcome::Permanent,
            },
            (None, Some(e)) => match e.class_digit() {
                2 => Outcome::Success,
                4 => Outcome::Temporary,
                5 => Outcome::Permanent,
                _ => Outcome::Unknown,
            },
            (None, None) => Outcome::Unknown,
        },
    };
    // Without a code: the notice's wording, then the nature of the category.
    let outcome_phrase = in_region.iter().find_map(|h| match h.rule {
        Rule::Outcome(i) => Some(OUTCOME_PHRASES[i].outcome),
        _ => None,
    });

    let ranked = scores.ranked();
    let (mut category, top) = ranked.first().copied().unwrap_or((Category::Unknown, 0.0));
    let outcome = match outcome {
        // An `X.y.z` code names a condition for every class: it tells no outcome.
        Outcome::Unknown if enhanced_codes.iter().any(|e| e.is_any_class()) => Outcome::Unknown,
        Outcome::Unknown if top > 0.0 || outcome_phrase.is_some() => outcome_phrase.unwrap_or(
            if TEMPORARY_BY_NATURE.contains(&category) { Outcome::Temporary } else { Outcome::Permanent },
        ),
        Outcome::Temporary if outcome_phrase == Some(Outcome::Permanent) && finding.action.is_none() => Outcome::Permanent,
        known => known,
    };
    match outcome {
        Outcome::Success if rule.is_none() => category = Category::Delivered,
        Outcome::Intermediate => category = Category::Intermediate,
        _ => {}
    }
    let alternatives: Vec<Category> = ranked
        .iter()
        // Beside a provider's own rule only clear wording is worth naming as another reading.
        .filter(|(c, s)| *c != category && *s >= if rule.is_some() { weight::STRONG_PHRASE } else { weight::ALTERNATIVE })
        .filter(|_| !matches!(outcome, Outcome::Success | Outcome::Intermediate))
        .map(|(c, _)| *c)
        .take(3)
        .collect();
    let runner_up = ranked.iter().filter(|(c, _)| *c != category).map(|(_, s)| *s).fold(0.0, f32::max);
    let confidence = if rule.is_some() || matches!(outcome, Outcome::Success | Outcome::Intermediate) && basic.is_some() {
        Confidence::High
    } else if top >= weight::HIGH && runner_up < weight::ALTERNATIVE {
        Confidence::High
    } else if top >= weight::ALTERNATIVE {
        Confidence::Medium
    } else {
        Confidence::Low
    };

    for h in &in_region {
        let supports = match h.rule {
            Rule::Phrase(i) => PHRASES[i].category == category,
            Rule::Zone(_) => category == Category::SenderBlocklisted,
            _ => false,
        };
        if supports {
            supporting.push(*h);
        }
    }

    // Stage.
    let stage = in_region
        .iter()
        .find_map(|h| match h.rule {
            Rule::Stage(i) => Some((STAGE_PHRASES[i].stage, Some(Span::new(h.start, h.end)))),
            _ => None,
        })
        .or_else(|| client_row.and_then(|c| c.stage).map(|s| (s, None)))
        .or_else(|| (finding.action.map(|a| a.value) == Some(DsnAction::Delayed)).then_some((Stage::Delayed, None)));

    let stage = stage.or_else(|| basic.and_then(stage_of_code).map(|s| (s, None)));
    // At MAIL FROM the address in question is the sender's own.
    if stage.map(|(s, _)| s) == Some(Stage::MailFrom) && rule.is_none() {
        if matches!(category, Category::MailboxUnknown | Category::DomainUnknown | Category::DomainNoMail | Category::MailboxDisabled) {
            category = Category::SenderRejected;
        }
    }

    // The zone table lists specific zones first: the lowest row wins.
    let zone = in_region.iter().copied().filter(|h| matches!(h.rule, Rule::Zone(_))).min_by_key(|h| match h.rule {
        Rule::Zone(i) => i,
        _ => usize::MAX,
    });
    let deciding_hits = in_region.iter().any(|h| match h.rule {
        Rule::Phrase(i) => PHRASES[i].strength != Strength::Weak,
        Rule::Client(i) => CLIENT_ERRORS[i].category != Category::Unknown,
        Rule::Zone(_) => true,
        _ => false,
    });
    let has_code = basic.is_some() || !enhanced_codes.is_empty();
    let recognized = has_code || deciding_hits || rule.is_some() || outcome_phrase.is_some();
    let marker_texts: Vec<&str> = in_region
        .iter()
        .filter(|h| matches!(h.rule, Rule::Marker(_)))
        .map(|h| &input[h.start..h.end])
        .collect();
    let failed = matches!(outcome, Outcome::Temporary | Outcome::Permanent);
    let no_reason = failed
        && has_code
        && finding.kind != crate::explanation::InputKind::Code
        && !deciding_hits
        && rule.is_none()
        && reply.map_or(true, |r| gives_no_reason(&r.text, &marker_texts));

    Verdict {
        category: if recognized { category } else { Category::Unknown },
        alternatives,
        confidence: if recognized { confidence } else { Confidence::Low },
        outcome,
        stage,
        provider,
        rule,
        rule_owner,
        zone,
        supporting,
        client,
        implied_basic,
        no_reason,
        recognized,
        local_error,
    }
}

/// The stage some replies can only come from (RFC 4954 AUTH replies, 354 after DATA).
fn stage_of_code(code: BasicCode) -> Option<Stage> {
    match code.value() {
        235 | 334 | 432 | 534 | 535 | 538 => Some(Stage::Auth),
        354 => Some(Stage::Data),
        _ => None,
    }
}

/// The blocklist zone row of a hit.
pub fn zone_row(hit: Hit) -> Option<&'static crate::data::BlocklistZone> {
    match hit.rule {
        Rule::Zone(i) => BLOCKLIST_ZONES.get(i),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_reason_texts_ignore_case_punctuation_and_tags() {
        assert!(gives_no_reason("Command rejected.", &[]));
        assert!(gives_no_reason("", &[]));
        assert!(gives_no_reason("command rejected - gsmtp", &["gsmtp"]));
        assert!(!gives_no_reason("User unknown", &[]));
    }
}
