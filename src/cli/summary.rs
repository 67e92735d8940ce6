//! `--summary`: counts per outcome, category, provider, recipient domain and remote host, and
//! the most frequent replies, over a log (`--lines`), maildir folders, mbox files or single
//! messages.

use std::collections::HashMap;
use std::io::{self, BufRead, Read, Write};
use std::path::Path;

use serde_json::{json, Value};
use smtp_explain::{tally_all, Explanation, Outcome, Tally};

use super::render::Style;
use super::safe::{clean, json as safe_json};

/// Distinct keys kept per table; later new keys are counted as "other" (bounded memory).
const MAX_KEYS: usize = 50_000;
/// Bytes of one message read; the rest is dropped (the bounce reason sits at the start).
const MAX_MESSAGE: usize = 8 << 20;
/// Rows per table in text output.
const TEXT_ROWS: usize = 15;
/// Replies listed.
const TOP_REPLIES: usize = 10;

/// What the summary keeps of one explanation (small, made on the worker threads).
#[derive(Clone, PartialEq, Eq)]
pub struct Facts {
    outcome: &'static str,
    category: &'static str,
    provider: Option<String>,
    domain: Option<String>,
    host: Option<String>,
    reply: Option<String>,
}

impl Facts {
    pub fn of(e: &Explanation) -> Facts {
        let reply = e.reply.as_ref().map(|r| (r.code, r.enhanced.as_deref(), r.text.as_str()));
        Facts::from_parts(
            e.outcome,
            e.category.id.id(),
            e.provider.as_ref().map(|p| p.id.as_ref()),
            e.recipient.as_deref(),
            e.remote_host.as_deref(),
            reply,
        )
    }

    /// The facts of a finding tallied without its texts (the same as of its explanation).
    pub fn of_tally(t: &Tally) -> Facts {
        let reply = t.reply.as_ref().map(|(code, enhanced, text)| (*code, enhanced.as_deref(), text.as_str()));
        Facts::from_parts(t.outcome, t.category.id(), t.provider, t.recipient.as_deref(), t.remote_host.as_deref(), reply)
    }

    fn from_parts(
        outcome: Outcome,
        category: &'static str,
        provider: Option<&str>,
        recipient: Option<&str>,
        host: Option<&str>,
        reply: Option<(Option<u16>, Option<&str>, &str)>,
    ) -> Facts {
        Facts {
            outcome: outcome.id(),
            category,
            provider: provider.map(str::to_string),
            domain: domain_of(recipient),
            host: host.map(|h| h.to_ascii_lowercase()),
            // Failures only: in a log, the many "250 OK" variants would fill the list.
            reply: reply.filter(|_| !matches!(outcome, Outcome::Success | Outcome::Intermediate)).map(|(code, enhanced, text)| {
                let mut key = String::new();
                for c in code.map(|c| c.to_string()).into_iter().chain(enhanced.map(str::to_string)) {
                    key.push_str(&c);
                    key.push(' ');
                }
                key.push_str(&mask(text));
                key.trim().to_string()
            }),
        }
    }
}

impl Facts {
    /// The same facts without the recipient's domain (what lines of one shape share, for the
    /// memo of `--summary --lines`).
    pub fn without_recipient(&self) -> Facts {
        Facts { domain: None, ..self.clone() }
    }

    /// The same facts with the domain of another recipient.
    pub fn with_recipient(mut self, recipient: Option<&str>) -> Facts {
        self.domain = domain_of(recipient);
        self
    }
}

/// The recipient's domain, in lower case.
fn domain_of(recipient: Option<&str>) -> Option<String> {
    recipient.and_then(|r| r.rsplit_once('@')).map(|(_, d)| d.trim_end_matches('>').to_ascii_lowercase())
}

/// The reply text with what varies between two sendings of the same reply masked: addresses
/// become `<address>`, runs of letters and digits that hold a digit (ids, IPs, numbers,
/// dates) become `#`. Cut at 160 characters.
pub fn mask(text: &str) -> String {
    // Postfix's smtpd appends the envelope to its reject lines (`; from=<a> to=<b> proto=ESMTP
    // helo=<c>`): that part is the log's, not the reply's.
    let text = text.find("; from=<").map_or(text, |p| &text[..p]);
    let mut out = String::with_capacity(text.len().min(200));
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if let Some(at) = word.find('@') {
            // Keep the brackets or punctuation around the address.
            let start = word[..at].rfind(|c: char| "<([\"'=:;,".contains(c)).map_or(0, |p| p + 1);
            let end = word[at..].find(|c: char| ">)]\"';,".contains(c)).map_or(word.len(), |p| at + p);
            out.push_str(&word[..start]);
            out.push_str(if word[..start].ends_with('<') { "address" } else { "<address>" });
            out.push_str(&word[end..]);
            continue;
        }
        // Runs of letters and digits, as slices of the word (no copy of each).
        let flush = |run: &str, out: &mut String| {
            if run.bytes().any(|b| b.is_ascii_digit()) {
                out.push('#');
            } else {
                out.push_str(run);
            }
        };
        let mut run_start = None;
        for (k, c) in word.char_indices() {
            if c.is_alphanumeric() || c == '_' {
                run_start.get_or_insert(k);
            } else {
                if let Some(s) = run_start.take() {
                    flush(&word[s..k], &mut out);
                }
                out.push(c);
            }
        }
        if let Some(s) = run_start {
            flush(&word[s..], &mut out);
        }
        if out.len() > 400 {
            break;
        }
    }
    // Runs of masked numbers (an IP: #.#.#.#) read as one.
    let mut collapsed = String::with_capacity(out.len());
    let mut chars = out.chars().peekable();
    while let Some(c) = chars.next() {
        collapsed.push(c);
        if c == '#' {
            while chars.peek().is_some_and(|&n| n == '.' || n == ':' || n == '#' || n == '-') {
                let mut look = chars.clone();
                look.next();
                if chars.peek() == Some(&'#') || look.peek() == Some(&'#') {
                    chars.next();
                } else {
                    break;
                }
            }
        }
    }
    if collapsed.chars().count() > 160 {
        collapsed = collapsed.chars().take(159).collect::<String>() + "…";
    }
    collapsed
}

#[derive(Default)]
struct Counter {
    counts: HashMap<String, u64>,
    other: u64,
}

impl Counter {
    fn add(&mut self, key: &str) {
        if let Some(n) = self.counts.get_mut(key) {
            *n += 1;
        } else if self.counts.len() < MAX_KEYS {
            self.counts.insert(key.to_string(), 1);
        } else {
            self.other += 1;
        }
    }
    fn merge(&mut self, other: Counter) {
        self.other += other.other;
        for (key, n) in other.counts {
            if let Some(mine) = self.counts.get_mut(&key) {
                *mine += n;
            } else if self.counts.len() < MAX_KEYS {
                self.counts.insert(key, n);
            } else {
                self.other += n;
            }
        }
    }

    /// Rows by count, most first (ties by name).
    fn rows(&self) -> Vec<(&str, u64)> {
        let mut rows: Vec<(&str, u64)> = self.counts.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        rows
    }
}

/// The running summary.
#[derive(Default)]
pub struct Summary {
    /// Lines read (log input).
    pub lines: u64,
    /// Lines skipped as not about a delivery.
    pub skipped: u64,
    /// Lines kept by the pre-filter in which nothing was recognised.
    pub unrecognized: u64,
    /// Messages read (message input).
    pub messages: u64,
    /// Bytes read.
    pub bytes: u64,
    /// Inputs the library failed on (an internal error; reported, then skipped).
    pub failed: u64,
    results: u64,
    outcomes: Counter,
    categories: Counter,
    providers: Counter,
    domains: Counter,
    hosts: Counter,
    replies: Counter,
}

impl Summary {
    pub fn add(&mut self, f: &Facts) {
        self.results += 1;
        self.outcomes.add(f.outcome);
        self.categories.add(f.category);
        self.providers.add(f.provider.as_deref().unwrap_or("(none)"));
        self.domains.add(f.domain.as_deref().unwrap_or("(none)"));
        self.hosts.add(f.host.as_deref().unwrap_or("(none)"));
        if let Some(r) = &f.reply {
            self.replies.add(r);
        }
    }

    /// Adds the counts of another summary.
    pub fn merge(&mut self, other: Summary) {
        self.lines += other.lines;
        self.skipped += other.skipped;
        self.unrecognized += other.unrecognized;
        self.messages += other.messages;
        self.bytes += other.bytes;
        self.failed += other.failed;
        self.results += other.results;
        self.outcomes.merge(other.outcomes);
        self.categories.merge(other.categories);
        self.providers.merge(other.providers);
        self.domains.merge(other.domains);
        self.hosts.merge(other.hosts);
        self.replies.merge(other.replies);
    }

    pub fn to_json(&self, log: bool) -> String {
        let table = |c: &Counter, limit: usize| -> Value {
            let mut rows: Vec<Value> = c.rows().into_iter().take(limit).map(|(k, n)| json!({"key": k, "count": n})).collect();
            if c.other > 0 {
                rows.push(json!({"key": "(other)", "count": c.other}));
            }
            Value::Array(rows)
        };
        let mut v = json!({
            "results": self.results,
            "bytes": self.bytes,
            "outcomes": table(&self.outcomes, usize::MAX),
            "categories": table(&self.categories, usize::MAX),
            "providers": table(&self.providers, usize::MAX),
            "recipientDomains": table(&self.domains, usize::MAX),
            "remoteHosts": table(&self.hosts, usize::MAX),
            "topReplies": self.replies.rows().into_iter().take(TOP_REPLIES).map(|(k, n)| json!({"reply": k, "count": n})).collect::<Vec<_>>(),
        });
        if log {
            v["lines"] = json!(self.lines);
            v["skippedLines"] = json!(self.skipped);
            v["unrecognizedLines"] = json!(self.unrecognized);
        } else {
            v["messages"] = json!(self.messages);
        }
        safe_json(serde_json::to_string_pretty(&v).unwrap_or_default())
    }

    pub fn to_text(&self, log: bool, style: &Style) -> String {
        let mut out = String::new();
        if log {
            out.push_str(&format!(
                "{} results from {} lines ({} not about a delivery, {} with nothing recognised)\n",
                self.results, self.lines, self.skipped, self.unrecognized
            ));
        } else {
            out.push_str(&format!("{} results from {} messages\n", self.results, self.messages));
        }
        let section = |out: &mut String, title: &str, c: &Counter, rows: usize| {
            let all = c.rows();
            if all.is_empty() {
                return;
            }
            out.push('\n');
            out.push_str(&style.bold(title));
            out.push('\n');
            for (k, n) in all.iter().take(rows) {
                out.push_str(&format!("  {n:>9}  {}\n", clean(k)));
            }
            let rest: u64 = all.iter().skip(rows).map(|(_, n)| n).sum::<u64>() + c.other;
            if rest > 0 {
                let keys = all.len().saturating_sub(rows);
                out.push_str(&style.dim(&format!("  {rest:>9}  ({keys} more{})", if c.other > 0 { " and others" } else { "" })));
                out.push('\n');
            }
        };
        section(&mut out, "Outcomes", &self.outcomes, TEXT_ROWS);
        section(&mut out, "Categories", &self.categories, 50);
        section(&mut out, "Providers", &self.providers, TEXT_ROWS);
        section(&mut out, "Recipient domains", &self.domains, TEXT_ROWS);
        section(&mut out, "Remote hosts", &self.hosts, TEXT_ROWS);
        let replies = self.replies.rows();
        if !replies.is_empty() {
            out.push('\n');
            out.push_str(&style.bold("Most frequent failure replies"));
            out.push('\n');
            for (k, n) in replies.iter().take(TOP_REPLIES) {
                out.push_str(&format!("  {n:>9}  {}\n", clean(k)));
            }
        }
        out
    }
}

/// Messages waiting for the workers, per worker.
const QUEUED_PER_WORKER: usize = 4;

/// Summarises whole messages on `jobs` worker threads (each message read as
/// [`smtp_explain::explain_all`] reads it, one result per failed recipient, tallied without
/// its texts). `produce` reads the inputs and hands
/// each message to `emit`, which returns false when the workers are gone.
pub fn summarise_messages(
    summary: &mut Summary,
    jobs: usize,
    produce: impl FnOnce(&mut dyn FnMut(Vec<u8>) -> bool, &mut Summary) -> io::Result<()>,
) -> io::Result<()> {
    let jobs = jobs.max(1);
    if jobs == 1 {
        // One job: each message is explained where it is read (no thread, no hand-over).
        let mut local = Summary::default();
        let produced = produce(&mut |message| explain_message(&mut local, message), summary);
        summary.merge(local);
        return produced;
    }
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(jobs * QUEUED_PER_WORKER);
    let rx = std::sync::Arc::new(std::sync::Mutex::new(rx));
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs)
            .map(|_| {
                let rx = std::sync::Arc::clone(&rx);
                scope.spawn(move || {
                    let mut local = Summary::default();
                    loop {
                        let next = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                        let Ok(message) = next else { break };
                        explain_message(&mut local, message);
                    }
                    local
                })
            })
            .collect();
        drop(rx);
        let mut emit = |message: Vec<u8>| tx.send(message).is_ok();
        let produced = produce(&mut emit, summary);
        drop(tx);
        for worker in workers {
            if let Ok(local) = worker.join() {
                summary.merge(local);
            }
        }
        produced
    })
}

/// Explains one message (bytes read lossily as UTF-8) into a summary; a panic in the library
/// counts as a failed input. Returns true (for `emit`).
fn explain_message(summary: &mut Summary, message: Vec<u8>) -> bool {
    summary.messages += 1;
    // Valid UTF-8 (nearly every message) is taken as it is, after one validation.
    let text = String::from_utf8(message).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    // The summary counts what the explanations say, not their texts: those are never worded
    // (so the options, which choose the texts, change nothing here).
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| tally_all(&text))) {
        Ok(all) => all.iter().for_each(|t| summary.add(&Facts::of_tally(t))),
        Err(_) => summary.failed += 1,
    }
    true
}

/// Splits one input into messages: an mbox (first line `From `, then a `From ` line after a
/// blank line starts the next message) or one message. Returns false when `emit` did.
pub fn split_messages(input: impl Read, bytes: &mut u64, emit: &mut dyn FnMut(Vec<u8>) -> bool) -> io::Result<bool> {
    split_sized(input, None, bytes, emit)
}

/// [`split_messages`] of an input whose size may be known (a file): buffer and first message
/// are sized for it.
fn split_sized(input: impl Read, size: Option<u64>, bytes: &mut u64, emit: &mut dyn FnMut(Vec<u8>) -> bool) -> io::Result<bool> {
    const BUFFER: usize = 256 * 1024;
    let size = size.map(|n| usize::try_from(n).unwrap_or(usize::MAX).saturating_add(1));
    let mut input = io::BufReader::with_capacity(size.map_or(BUFFER, |n| n.min(BUFFER)), input);
    let mut message: Vec<u8> = Vec::with_capacity(size.map_or(0, |n| n.min(MAX_MESSAGE)));
    let mut first = true;
    let mut mbox = false;
    let mut blank_before = true;
    let flush = |message: &mut Vec<u8>, emit: &mut dyn FnMut(Vec<u8>) -> bool| -> bool {
        let whole = std::mem::take(message);
        whole.iter().all(u8::is_ascii_whitespace) || emit(whole)
    };
    loop {
        // Each line is read onto the end of the message, then looked at there (and taken off
        // again when it starts the next message or no longer fits).
        let start = message.len();
        // A line longer than a message is read in pieces (memory stays bounded).
        let read = input.by_ref().take(MAX_MESSAGE as u64).read_until(b'\n', &mut message)?;
        if read == 0 {
            break;
        }
        *bytes += read as u64;
        let line = &message[start..];
        if first {
            mbox = line.starts_with(b"From ");
            first = false;
        }
        if mbox && blank_before && line.starts_with(b"From ") {
            message.truncate(start);
            if !flush(&mut message, emit) {
                return Ok(false);
            }
            blank_before = false;
            continue;
        }
        blank_before = line.iter().all(u8::is_ascii_whitespace);
        if start + read > MAX_MESSAGE {
            message.truncate(start);
        }
        if !mbox {
            // Not an mbox: no line starts another message, and while the message fits every
            // line is kept; whole lines are taken a buffer at a time as long as they fit (then
            // line by line again, as above).
            loop {
                let buffer = input.fill_buf()?;
                let Some(last) = buffer.iter().rposition(|&b| b == b'\n') else { break };
                let take = last + 1;
                if message.len() + take > MAX_MESSAGE {
                    break;
                }
                message.extend_from_slice(&buffer[..take]);
                input.consume(take);
                *bytes += take as u64;
            }
        }
    }
    Ok(flush(&mut message, emit))
}

/// Splits a path into messages: a maildir (its `cur` and `new`), a folder of message files,
/// an mbox file or a message file. Unreadable files in a folder are reported on `errors`.
pub fn split_path(path: &Path, bytes: &mut u64, emit: &mut dyn FnMut(Vec<u8>) -> bool, errors: &mut dyn Write) -> io::Result<bool> {
    if !path.is_dir() {
        let file = std::fs::File::open(path)?;
        let size = file.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
        return split_sized(file, size, bytes, emit);
    }
    let maildir = ["cur", "new"].iter().map(|d| path.join(d)).filter(|d| d.is_dir()).collect::<Vec<_>>();
    let folders = if maildir.is_empty() { vec![path.to_path_buf()] } else { maildir };
    for folder in folders {
        // Sorted by their names: the order of their paths (one folder), without comparing
        // the paths component by component (a cost per message in a folder of thousands).
        let mut files: Vec<_> =
            std::fs::read_dir(&folder)?.filter_map(|e| e.ok()).map(|e| (e.file_name(), e.path())).filter(|(_, p)| p.is_file()).collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, file) in files {
            let more = match std::fs::File::open(&file) {
                Ok(f) => {
                    let size = f.metadata().ok().map(|m| m.len());
                    split_sized(f, size, bytes, emit)?
                }
                Err(e) => {
                    writeln!(errors, "smtp-explain: {}: {e}", clean(&file.to_string_lossy()))?;
                    true
                }
            };
            if !more {
                return Ok(false);
            }
        }
    }
    Ok(true)
}
