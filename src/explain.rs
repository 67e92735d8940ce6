//! The pipeline: bounded input → parse (findings) → scan (rule hits) → classify (a `Verdict`
//! per finding) → describe (an `Explanation` in the requested language).

use std::borrow::Cow;
use std::collections::HashMap;

use crate::classify::{classify, input_marker, input_software};
use crate::describe::{describe, Texts};
use crate::explanation::Explanation;
use crate::matcher::{Hit, Rule};
use crate::options::Options;
use crate::parse::{bounded, decode_message, parse, Finding, InputKind, Span, MAX_INPUT};
use crate::taxonomy::{Audience, Category, Outcome};
use crate::verdict::{Verdict, WarningFact};

/// The verdicts of the first finding (`first_only`) or of every finding of the input.
fn verdicts(input: &str, first_only: bool) -> Vec<Verdict> {
    each_verdict(input, first_only, |verdict| verdict)
}

/// [`verdicts`], each one handed to `then` as soon as it is made: an explanation of every
/// recipient of a big bounce is worded and its verdict dropped before the next is made, so
/// that the allocator reuses the same memory instead of keeping every verdict until the end.
fn each_verdict<T>(input: &str, first_only: bool, mut then: impl FnMut(Verdict) -> T) -> Vec<T> {
    let original_len = input.len();
    let input = bounded(input);
    // A whole message (or mbox) is decoded first; spans found in the decoded text are mapped
    // back to the input below.
    let decoded = decode_message(input);
    let text = decoded.as_ref().map_or(input, |d| d.text.as_str());
    // A Windows SMTP service log's reply field (`550+5.7.60+SMTP;+...`) is read with its spaces.
    let plus = crate::parse::plus_spaced(text);
    let text = plus.as_deref().unwrap_or(text);
    let mut parsed = parse(text);
    if let Some(decoded) = &decoded {
        decoded.fill_recipients(&mut parsed.findings);
    }
    parsed.truncated |= input.len() < original_len;
    // Rules are matched in the text with its string escapes read (`\"550 ...\"`); the hits
    // point into `text`.
    // qmail's delivery lines are matched with their spaces back (same offsets).
    let spaced = crate::parse::qmail_spaced(text);
    let mut hits = crate::offsets::scan_unescaped(spaced.as_deref().unwrap_or(text));
    // A syslog ident (`sendmail[pid]`) is the whole program name: inside a longer one
    // (NethServer's `ns8-sendmail[pid]`) it names another program.
    // A blocklist zone being looked up is no listing, nor are the words inside its name.
    // Hits are sorted by start: one pass keeps the furthest end of the queried zones begun so far.
    let queried: Vec<(usize, usize)> = hits.iter().filter(|h| crate::classify::zone_in_query(text, h)).map(|h| (h.start, h.end)).collect();
    let (mut next, mut reach) = (0, 0);
    hits.retain(|h| {
        while let Some(&(_, end)) = queried.get(next).filter(|(start, _)| *start <= h.start) {
            reach = reach.max(end);
            next += 1;
        }
        let in_query = next > 0 && h.end <= reach;
        !crate::classify::inside_longer_ident(text, h) && !crate::classify::inside_link(text, h) && !in_query
    });
    let marker = input_marker(text, &hits);
    // A bounce's banner names the program for every recipient in it.
    let software = input_software(&hits);
    let head = crate::crosswalk::Head::new(text);
    let mut text_program = None;
    let total = parsed.findings.len();
    let findings = if first_only { &parsed.findings[..1.min(total)] } else { &parsed.findings[..] };
    findings
        .iter()
        .map(|finding: &Finding| {
            // Hits are sorted by start: the finding's share is one slice, found by binary search.
            let from = hits.partition_point(|h| h.start < finding.region.start);
            let to = hits.partition_point(|h| h.start < finding.region.end).max(from);
            let mut verdict = classify(text, finding, &first_hits_of_each_rule(&hits[from..to]), marker);
            verdict.software =
                verdict.software.or_else(|| *text_program.get_or_insert_with(|| crate::classify::text_software(text))).or(software);
            crate::crosswalk::sisimai(&mut verdict, text, finding, &head);
            if let Some(decoded) = &decoded {
                verdict.evidence.retain_mut(|e| decoded.map_back(e.span).map(|span| e.span = span).is_some());
                verdict.original = decoded.original_at(finding.region.start).cloned();
            }
            if parsed.truncated {
                verdict.warnings.insert(0, WarningFact { id: "truncated", values: vec![("limit", MAX_INPUT.to_string())] });
            }
            if first_only && total > 1 {
                verdict.warnings.push(WarningFact { id: "more_findings", values: vec![("count", (total - 1).to_string())] });
            }
            then(verdict)
        })
        .collect()
}

/// At most this many hits of one rule in a finding are read.
const HITS_PER_RULE: usize = 32;

/// A finding's hits with at most [`HITS_PER_RULE`] of each rule, the first ones: a phrase
/// repeated thousands of times says no more than its first few copies (a rule counts once), and
/// every pass over the hits and every evidence span would pay for each copy.
fn first_hits_of_each_rule(hits: &[Hit]) -> Cow<'_, [Hit]> {
    if hits.len() <= HITS_PER_RULE {
        return Cow::Borrowed(hits);
    }
    let mut seen: HashMap<Rule, usize> = HashMap::new();
    // None while every hit so far is kept (the slice is used as it is).
    let mut kept: Option<Vec<Hit>> = None;
    for (i, h) in hits.iter().enumerate() {
        let count = seen.entry(h.rule).or_insert(0);
        *count += 1;
        match (&mut kept, *count > HITS_PER_RULE) {
            (None, true) => kept = Some(hits[..i].to_vec()),
            (Some(kept), false) => kept.push(*h),
            _ => {}
        }
    }
    kept.map_or(Cow::Borrowed(hits), Cow::Owned)
}

/// Explains the first finding of the input.
pub(crate) fn explain_first(input: &str, options: &Options) -> Explanation {
    let texts = Texts::new(options.lang.as_deref());
    let audience = options.audience.unwrap_or(Audience::User);
    match verdicts(input, true).into_iter().next() {
        Some(verdict) => describe(verdict, &texts, audience),
        // `parse` always gives a finding; an empty one stands in should it ever not.
        None => describe(classify("", &Finding::new(InputKind::Empty, Span::default()), &[], None), &texts, audience),
    }
}

/// Explains every finding of the input.
pub(crate) fn explain_each(input: &str, options: &Options) -> Vec<Explanation> {
    let texts = Texts::new(options.lang.as_deref());
    let audience = options.audience.unwrap_or(Audience::User);
    each_verdict(input, false, |v| describe(v, &texts, audience))
}

/// Not part of the API (for `smtp-explain --summary`): what a summary counts of one finding,
/// the same as in its [`Explanation`], without wording any text.
#[doc(hidden)]
#[derive(Clone, Debug)]
pub struct Tally {
    /// [`Explanation::outcome`].
    pub outcome: Outcome,
    /// [`Explanation::category`]'s id.
    pub category: Category,
    /// [`Explanation::provider`]'s id.
    pub provider: Option<&'static str>,
    /// [`Explanation::recipient`].
    pub recipient: Option<String>,
    /// [`Explanation::remote_host`].
    pub remote_host: Option<String>,
    /// [`Explanation::reply`]: its code, enhanced code and text.
    pub reply: Option<(Option<u16>, Option<String>, String)>,
}

/// The tallies of every finding of the input (what [`explain_each`] explains, in its order).
pub(crate) fn tally_each(input: &str) -> Vec<Tally> {
    verdicts(input, false)
        .into_iter()
        .map(|v| Tally {
            outcome: v.outcome,
            category: v.category,
            provider: v.provider.map(|p| p.id),
            recipient: v.recipient,
            remote_host: v.remote_host,
            reply: v.reply.map(|r| (r.code.map(crate::code::BasicCode::value), r.enhanced.map(|e| e.to_string()), r.text)),
        })
        .collect()
}
