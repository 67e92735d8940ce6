//! Accuracy of `smtp_explain::explain` over the labelled corpus in `tests/corpus/*.jsonl`.
//!
//! Shared by `examples/accuracy.rs` (prints the figures, writes `bench/accuracy.md`) and
//! `tests/accuracy.rs` (asserts the figures against `tests/corpus/floors.json`), included by
//! both with `#[path]`. Results are read from the JSON form of the `Explanation`
//! (`category.id`, `provider.id`, `outcome`, `confidence`, `reply.code`, `reply.enhanced`,
//! `codes`), so this file depends on nothing but the public `explain()` and serde_json.
//!
//! Row format: see the corpus README in the project brief (`id`, `split`, `kind`, `text`,
//! `source`, `category`, `provider`, `outcome`, `code`, `enhanced`, ...).

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};

/// One labelled corpus row.
#[derive(Clone, Debug)]
pub struct Row {
    pub id: String,
    pub split: String,
    pub kind: String,
    pub text: String,
    pub source: String,
    pub category: String,
    pub provider: Option<String>,
    pub software: Option<String>,
    pub outcome: String,
    pub code: Option<u64>,
    pub enhanced: Option<String>,
}

/// What `explain()` said about a row.
#[derive(Clone, Debug)]
pub struct Got {
    pub category: String,
    pub provider: Option<String>,
    pub software: Option<String>,
    pub outcome: String,
    pub confidence: String,
    pub code: Option<u64>,
    pub enhanced: Option<String>,
}

/// A count of rows and how many of them were right.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    pub n: usize,
    pub right: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.n += 1;
        if ok {
            self.right += 1;
        }
    }
    /// Share of right rows in percent (100 for an empty tally: nothing went wrong).
    pub fn pct(&self) -> f64 {
        if self.n == 0 {
            100.0
        } else {
            100.0 * self.right as f64 / self.n as f64
        }
    }
    fn cell(&self) -> String {
        if self.n == 0 {
            "–".to_string()
        } else {
            format!("{:.1}% ({}/{})", self.pct(), self.right, self.n)
        }
    }
}

/// Rows of one expected provider: named right, named none, named another.
#[derive(Clone, Copy, Debug, Default)]
pub struct ProviderTally {
    pub n: usize,
    pub right: usize,
    pub none: usize,
    pub other: usize,
}

/// Whether a figure must stay at or above (floor) or at or below (ceiling) its bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    Floor,
    Ceiling,
}

/// The figures of one split.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub split: String,
    pub rows: usize,
    pub category: Tally,
    /// Rows whose expected provider is non-null: we named that provider.
    pub provider_named: Tally,
    /// Rows whose expected provider is null: we named one anyway (`right` = rows where we did).
    pub provider_false: Tally,
    /// All rows: provider right, null counted right when we named none.
    pub provider_all: Tally,
    /// Rows whose expected software (mail program, client or library) is non-null: we named it.
    pub software_named: Tally,
    /// Rows with an expected basic code: same basic code found.
    pub code_basic: Tally,
    /// Rows with an expected enhanced code: same enhanced code found.
    pub code_enhanced: Tally,
    /// Rows with any expected code: basic and enhanced both as expected (null = none found).
    pub code_both: Tally,
    pub outcome: Tally,
    /// Rows with a code: how many we called `unknown` (`right` = unknown).
    pub unknown: Tally,
    /// Rows that failed (temporary/permanent): how many we called success (`right` = success).
    pub failure_as_success: Tally,
    /// Rows we called high confidence: how many were wrong (`right` = wrong).
    pub high_wrong: Tally,
    pub by_confidence: BTreeMap<String, Tally>,
    pub by_category: BTreeMap<String, Tally>,
    pub by_kind: BTreeMap<String, Tally>,
    /// Expected provider (non-null) -> how often we named it, none, or another one.
    pub by_provider: BTreeMap<String, ProviderTally>,
    /// (expected, got) -> count.
    pub confusion: BTreeMap<(String, String), usize>,
    /// Wrong rows (any of category, provider, outcome, code wrong).
    pub failures: Vec<(Row, Got, Vec<&'static str>)>,
}

/// The corpus directory (`tests/corpus`).
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("corpus")
}

fn opt_str(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

/// Reads every `*.jsonl` file of the corpus directory, in file name order.
pub fn load_rows(dir: &Path) -> Result<Vec<Row>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().and_then(|x| x.to_str()) == Some("jsonl"))
        .collect();
    files.sort();
    let mut rows = Vec::new();
    for file in files {
        let body = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        for (i, line) in body.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let at = || format!("{}:{}", file.display(), i + 1);
            let v: Value = serde_json::from_str(line).map_err(|e| format!("{}: {e}", at()))?;
            let field = |k: &str| -> Result<String, String> {
                v.get(k).and_then(Value::as_str).map(str::to_string).ok_or_else(|| format!("{}: no string field `{k}`", at()))
            };
            rows.push(Row {
                id: field("id")?,
                split: field("split")?,
                kind: field("kind")?,
                text: field("text")?,
                source: v.get("source").and_then(Value::as_str).unwrap_or_default().to_string(),
                category: field("category")?,
                outcome: field("outcome")?,
                provider: v.get("provider").and_then(opt_str),
                software: v.get("software").and_then(opt_str),
                code: v.get("code").and_then(Value::as_u64),
                enhanced: v.get("enhanced").and_then(opt_str),
            });
        }
    }
    Ok(rows)
}

/// Runs `explain()` on the text and reads the fields from its JSON form.
pub fn run(text: &str) -> Got {
    let e = smtp_explain::explain(text);
    let v = serde_json::to_value(&e).expect("Explanation serializes");
    let s = |p: &str| v.pointer(p).and_then(Value::as_str).map(str::to_string);
    let codes = v.get("codes").and_then(Value::as_array).cloned().unwrap_or_default();
    let first_code = |kind: &str| {
        codes
            .iter()
            .find(|c| c.get("kind").and_then(Value::as_str) == Some(kind))
            .and_then(|c| c.get("code").and_then(Value::as_str))
            .map(str::to_string)
    };
    let code = v.pointer("/reply/code").and_then(Value::as_u64).or_else(|| first_code("basic").and_then(|c| c.parse().ok()));
    let enhanced = s("/reply/enhanced").or_else(|| first_code("enhanced"));
    Got {
        category: s("/category/id").unwrap_or_default(),
        provider: s("/provider/id"),
        software: s("/software/id"),
        outcome: s("/outcome").unwrap_or_default(),
        confidence: s("/confidence").unwrap_or_default(),
        code,
        enhanced,
    }
}

/// The splits present in the rows, `dev` and `test` first.
pub fn splits(rows: &[Row]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in ["dev", "test"] {
        if rows.iter().any(|r| r.split == s) {
            out.push(s.to_string());
        }
    }
    for r in rows {
        if !out.contains(&r.split) {
            out.push(r.split.clone());
        }
    }
    out
}

/// Measures one split.
pub fn evaluate(rows: &[Row], split: &str) -> Report {
    let mut r = Report { split: split.to_string(), ..Report::default() };
    for row in rows.iter().filter(|row| row.split == split) {
        let got = run(&row.text);
        r.rows += 1;
        let cat_ok = got.category == row.category;
        r.category.add(cat_ok);
        r.by_category.entry(row.category.clone()).or_default().add(cat_ok);
        r.by_kind.entry(row.kind.clone()).or_default().add(cat_ok);
        r.by_confidence.entry(got.confidence.clone()).or_default().add(cat_ok);
        if got.confidence == "high" {
            r.high_wrong.add(!cat_ok);
        }
        if !cat_ok {
            *r.confusion.entry((row.category.clone(), got.category.clone())).or_default() += 1;
        }
        let mut wrong = Vec::new();
        if !cat_ok {
            wrong.push("category");
        }

        let prov_ok = got.provider == row.provider;
        r.provider_all.add(prov_ok);
        match &row.provider {
            Some(p) => {
                r.provider_named.add(prov_ok);
                let t = r.by_provider.entry(p.clone()).or_default();
                t.n += 1;
                match &got.provider {
                    _ if prov_ok => t.right += 1,
                    None => t.none += 1,
                    Some(_) => t.other += 1,
                }
            }
            None => r.provider_false.add(got.provider.is_some()),
        }
        if !prov_ok {
            wrong.push("provider");
        }
        if row.software.is_some() {
            r.software_named.add(got.software == row.software);
        }

        if row.code.is_some() || row.enhanced.is_some() {
            let basic_ok = got.code == row.code;
            let enh_ok = got.enhanced == row.enhanced;
            if row.code.is_some() {
                r.code_basic.add(basic_ok);
            }
            if row.enhanced.is_some() {
                r.code_enhanced.add(enh_ok);
            }
            r.code_both.add(basic_ok && enh_ok);
            if !(basic_ok && enh_ok) {
                wrong.push("code");
            }
            r.unknown.add(got.category == "unknown");
        }

        let out_ok = got.outcome == row.outcome;
        r.outcome.add(out_ok);
        if !out_ok {
            wrong.push("outcome");
        }
        if row.outcome == "temporary" || row.outcome == "permanent" {
            r.failure_as_success.add(got.outcome == "success");
        }
        if !wrong.is_empty() {
            r.failures.push((row.clone(), got, wrong));
        }
    }
    r
}

impl Report {
    /// Every checked figure: (name, percent, bound). Per-group figures are named
    /// `category.<id>`, `kind.<kind>`, `confidence.<level>`.
    pub fn figures(&self) -> Vec<(String, f64, Bound)> {
        use Bound::*;
        let mut f = vec![
            ("rows".to_string(), self.rows as f64, Floor),
            ("category".to_string(), self.category.pct(), Floor),
            ("provider_named".to_string(), self.provider_named.pct(), Floor),
            ("provider_false".to_string(), fail_pct(&self.provider_false), Ceiling),
            ("provider_all".to_string(), self.provider_all.pct(), Floor),
            ("software_named".to_string(), self.software_named.pct(), Floor),
            ("code_basic".to_string(), self.code_basic.pct(), Floor),
            ("code_enhanced".to_string(), self.code_enhanced.pct(), Floor),
            ("code_both".to_string(), self.code_both.pct(), Floor),
            ("outcome".to_string(), self.outcome.pct(), Floor),
            ("unknown_rate".to_string(), fail_pct(&self.unknown), Ceiling),
            ("failure_as_success".to_string(), fail_pct(&self.failure_as_success), Ceiling),
            ("high_confidence_wrong".to_string(), fail_pct(&self.high_wrong), Ceiling),
        ];
        // Only answers marked high must stay right: medium and low answers that get worse while
        // the high ones get better is what honest confidence looks like.
        for (k, t) in self.by_confidence.iter().filter(|(k, _)| k.as_str() == "high") {
            f.push((format!("confidence.{k}"), t.pct(), Floor));
        }
        for (k, t) in &self.by_kind {
            f.push((format!("kind.{k}"), t.pct(), Floor));
        }
        for (k, t) in &self.by_category {
            f.push((format!("category.{k}"), t.pct(), Floor));
        }
        f
    }

    /// The floors of this split as measured now: floors rounded down, ceilings rounded up,
    /// to a whole percent (rows: the count itself).
    pub fn floors(&self) -> Value {
        let mut m = Map::new();
        for (name, value, bound) in self.figures() {
            let v = match bound {
                Bound::Floor => (value + 1e-9).floor(),
                Bound::Ceiling => (value - 1e-9).ceil().max(0.0),
            };
            m.insert(name, json!(v as i64));
        }
        Value::Object(m)
    }

    /// Figures that break their bound in `floors` (an object of name -> whole percent).
    /// Names in `floors` that this split does not measure break too (a group that vanished).
    pub fn check(&self, floors: &Value) -> Vec<String> {
        let mut bad = Vec::new();
        let figures = self.figures();
        let Some(obj) = floors.as_object() else {
            return vec![format!("{}: floors are not an object", self.split)];
        };
        for (name, bound_v) in obj {
            let Some(limit) = bound_v.as_f64() else {
                bad.push(format!("{}.{name}: bound is not a number", self.split));
                continue;
            };
            let Some((_, value, bound)) = figures.iter().find(|(n, _, _)| n == name) else {
                bad.push(format!("{}.{name}: has a bound but no rows measure it", self.split));
                continue;
            };
            let ok = match bound {
                Bound::Floor => *value + 1e-9 >= limit,
                Bound::Ceiling => *value <= limit + 1e-9,
            };
            if !ok {
                let rel = if *bound == Bound::Floor { "below its floor" } else { "above its ceiling" };
                bad.push(format!("{}.{name} = {value:.1} is {rel} {limit}", self.split));
            }
        }
        bad
    }

    /// The figures as Markdown.
    pub fn markdown(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "## Split `{}` ({} rows)\n", self.split, self.rows);
        let _ = writeln!(s, "| figure | value |\n|---|---|");
        let mut line = |k: &str, v: String| {
            let _ = writeln!(s, "| {k} | {v} |");
        };
        line("category accuracy", self.category.cell());
        line("provider named right (expected provider non-null)", self.provider_named.cell());
        line("false provider named (expected provider null, we named one)", self.provider_false.cell());
        line("provider right, all rows (null = none named)", self.provider_all.cell());
        line("mail program, client or library named right (expected one non-null)", self.software_named.cell());
        line("basic reply code right (rows with a code)", self.code_basic.cell());
        line("enhanced code right (rows with an enhanced code)", self.code_enhanced.cell());
        line("both codes right (rows with any code)", self.code_both.cell());
        line("outcome accuracy", self.outcome.cell());
        line("unknown rate (category unknown among rows with a code)", self.unknown.cell());
        line("failures told as success (expected temporary/permanent, got success)", self.failure_as_success.cell());
        line("high confidence but wrong category", self.high_wrong.cell());
        let _ = writeln!(s);

        let _ = writeln!(s, "### Category accuracy by confidence\n\n| confidence | rows | right |\n|---|---|---|");
        for (k, t) in &self.by_confidence {
            let _ = writeln!(s, "| {k} | {} | {:.1}% |", t.n, t.pct());
        }
        let _ = writeln!(s, "\n### Category accuracy by input kind\n\n| kind | rows | right |\n|---|---|---|");
        for (k, t) in &self.by_kind {
            let _ = writeln!(s, "| {k} | {} | {:.1}% |", t.n, t.pct());
        }
        let _ = writeln!(s, "\n### Category accuracy by expected category\n\n| category | rows | right |\n|---|---|---|");
        let mut cats: Vec<_> = self.by_category.iter().collect();
        cats.sort_by(|a, b| b.1.n.cmp(&a.1.n).then(a.0.cmp(b.0)));
        for (k, t) in cats {
            let _ = writeln!(s, "| {k} | {} | {:.1}% |", t.n, t.pct());
        }
        self.provider_table(&mut s);
        let _ = writeln!(s, "\n### Most frequent confusions (expected -> got)\n\n| expected | got | rows |\n|---|---|---|");
        let mut conf: Vec<_> = self.confusion.iter().collect();
        conf.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for ((e, g), n) in conf.into_iter().take(25) {
            let _ = writeln!(s, "| {e} | {g} | {n} |");
        }
        let _ = writeln!(s);
        s
    }

    /// Provider accuracy per expected provider: those with at least 3 rows, the rest summed.
    fn provider_table(&self, s: &mut String) {
        const MIN_ROWS: usize = 3;
        let _ = writeln!(
            s,
            "\n### Provider accuracy by expected provider\n\n\
             Rows whose label names a provider, gateway, ESP or blocklist operator. \"none\": we named\n\
             no provider; \"another\": we named a different one.\n\n\
             | provider | rows | right | none | another |\n|---|---|---|---|---|"
        );
        let mut provs: Vec<_> = self.by_provider.iter().collect();
        provs.sort_by(|a, b| b.1.n.cmp(&a.1.n).then(a.0.cmp(b.0)));
        let mut rest = (0usize, ProviderTally::default());
        for (k, t) in provs {
            if t.n >= MIN_ROWS {
                let pct = 100.0 * t.right as f64 / t.n as f64;
                let _ = writeln!(s, "| {k} | {} | {pct:.1}% | {} | {} |", t.n, t.none, t.other);
            } else {
                rest.0 += 1;
                rest.1.n += t.n;
                rest.1.right += t.right;
                rest.1.none += t.none;
                rest.1.other += t.other;
            }
        }
        let (count, t) = rest;
        if t.n > 0 {
            let pct = 100.0 * t.right as f64 / t.n as f64;
            let _ = writeln!(s, "| {count} others (under {MIN_ROWS} rows each) | {} | {pct:.1}% | {} | {} |", t.n, t.none, t.other);
        }
    }

    /// The wrong rows as a plain-text list.
    pub fn failures_text(&self, width: usize) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "{} wrong rows of split `{}` (of {}):", self.failures.len(), self.split, self.rows);
        for (row, got, wrong) in &self.failures {
            let text: String = row.text.replace('\n', "⏎").chars().take(width).collect();
            let cut = if row.text.chars().count() > width { "…" } else { "" };
            let _ = writeln!(
                s,
                "\n{} [{}] wrong: {}\n  expected: {} / {} / {} / {} {}\n  got:      {} / {} / {} / {} {} ({})\n  text: {text}{cut}",
                row.id,
                row.kind,
                wrong.join(", "),
                row.category,
                row.provider.as_deref().unwrap_or("-"),
                row.outcome,
                row.code.map(|c| c.to_string()).unwrap_or_else(|| "-".into()),
                row.enhanced.as_deref().unwrap_or("-"),
                got.category,
                got.provider.as_deref().unwrap_or("-"),
                got.outcome,
                got.code.map(|c| c.to_string()).unwrap_or_else(|| "-".into()),
                got.enhanced.as_deref().unwrap_or("-"),
                got.confidence,
            );
        }
        s
    }
}

fn fail_pct(t: &Tally) -> f64 {
    if t.n == 0 {
        0.0
    } else {
        t.pct()
    }
}

/// The whole Markdown report of all splits.
pub fn markdown(reports: &[Report]) -> String {
    let mut s = String::from(
        "# Accuracy of smtp-explain on the labelled corpus\n\n\
         Generated by `npm run accuracy` (`cargo run --release --example accuracy`) from\n\
         `tests/corpus/*.jsonl`; do not edit by hand. Labels were written by people reading each\n\
         text, never by running smtp-explain. Checked against `tests/corpus/floors.json` by\n\
         `cargo test --test accuracy`.\n\n",
    );
    for r in reports {
        s.push_str(&r.markdown());
    }
    s
}

/// Reads `floors.json` (`{ "<split>": { "<figure>": percent, ... }, ... }`).
pub fn load_floors(dir: &Path) -> Result<Value, String> {
    let path = dir.join("floors.json");
    let body = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&body).map_err(|e| format!("{}: {e}", path.display()))
}
