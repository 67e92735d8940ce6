//! The memo of `--lines` (text output) and `--summary --lines`: real logs repeat the same few
//! replies thousands of times, each time with other queue ids, process ids, times, addresses
//! and numbers. A line's *shape* is the line with those parts masked ([`shape`], [`mask`]): the
//! local part of every address, and every number or run of letters and digits that holds a
//! digit, except what may be a reply code (`550`, `598`, `5.1.1`), single digits and short
//! words (`IPv6`). Masked runs keep their length and kind, so what the library reads by
//! position or length reads alike. Nothing a rule of the knowledge tables may read is masked:
//! the library's patterns are looked for in the line first ([`smtp_explain::pattern_spans`]),
//! and a masked part that touches one stays as it is (`tosa@rx.t-online.de` names a provider;
//! `gmail.fan@...`). Lines of one shape get one result: the printed words (outcome, codes,
//! category, title) or the summary's facts, and which address of the line is the recipient
//! ([`Places`]).
//!
//! A shape is used only after two lines of it were explained in full and gave the same (the
//! head and the recipient's place; the line rebuilt from them must be the line printed, the
//! facts rebuilt the facts counted); a shape whose lines differ is never used again. What is
//! learned is shared by the worker threads (a shape is learned from any two lines), and each
//! thread keeps what was decided for reading without a lock. The memo holds at most
//! [`MAX_SHAPES`] shapes of lines up to [`MAX_KEY`] bytes, shared, and as many per thread
//! (bounded memory; when full it starts over). `tests/cli.rs` checks that a log of varied
//! lines prints what each line prints alone, and that its summary is the sum of each line's.
//!
//! With `SMTP_EXPLAIN_MEMO_STATS` set in the environment, the command writes to standard error
//! how many lines the memo answered and how many were explained in full ([`report`]):
//! `tests/cli.rs` checks that a typical Postfix log is nearly all answered from the memo (a
//! part of every line that a rule reads, such as a software marker on Postfix's `delays=`
//! numbers, keeps them unmasked and silently makes every line a new shape).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

use super::safe::clean;
use super::summary::Facts;

/// Most shapes remembered (per thread).
const MAX_SHAPES: usize = 4096;
/// Longest line whose shape is remembered.
const MAX_KEY: usize = 2048;

/// What a shape's line gives, as learned from a line explained in full.
#[derive(Clone, PartialEq, Eq)]
pub enum Learned {
    /// Text output: the printed line after `N: ` without the recipient (`None`: nothing is
    /// printed), and which addresses of the line may be the recipient ([`Places`]).
    Text { head: Option<String>, recipient: Places },
    /// `--summary`: what the line counts as, the recipient as in `Text`.
    Summary { result: Counted, recipient: Places },
}

/// What a line counts as in `--summary --lines` (see [`super::summary::Facts`]).
#[derive(Clone, PartialEq, Eq)]
pub enum Counted {
    /// Shown: its facts, but for the recipient's domain (from the line's recipient).
    Shown(Facts),
    /// Explained, but nothing recognised.
    Unrecognized,
    /// Read as a log line with nothing about a delivery.
    Skipped,
}

/// Which addresses of a line (bit `k`: the `k`-th, counted from 0) were the recipient in every
/// line of the shape learned from; 0: no recipient. Where two addresses of a line hold the
/// recipient (Postfix `to=<bob@...>` and the reply's `<bob@...>`), which one the library reads
/// is not known: both stay candidates until a line tells them apart, and a line whose
/// candidates differ is explained in full.
pub type Places = u64;

impl Learned {
    /// What two lines of a shape taught together, when they agree: the same result and a
    /// recipient at a place both had one.
    fn merge(&self, other: &Learned) -> Option<Learned> {
        let both = |a: Places, b: Places| if a == 0 && b == 0 { Some(0) } else { Some(a & b).filter(|&p| p != 0) };
        match (self, other) {
            (Learned::Text { head, recipient }, Learned::Text { head: h, recipient: r }) if head == h => {
                Some(Learned::Text { head: head.clone(), recipient: both(*recipient, *r)? })
            }
            (Learned::Summary { result, recipient }, Learned::Summary { result: o, recipient: r }) if result == o => {
                Some(Learned::Summary { result: result.clone(), recipient: both(*recipient, *r)? })
            }
            _ => None,
        }
    }
}

enum Entry {
    /// Seen once, with what it gave.
    Once(Learned),
    /// Seen twice alike: used from now on.
    Sure(Learned),
    /// Lines of this shape differ: always explained in full.
    Never,
}

type Shapes<V> = HashMap<Box<[u8]>, V, BuildHasherDefault<KeyHasher>>;

/// What all threads learned: a shape is learned from any two lines, whichever thread read
/// them.
fn shared() -> &'static Mutex<Shapes<Entry>> {
    static SHARED: OnceLock<Mutex<Shapes<Entry>>> = OnceLock::new();
    SHARED.get_or_init(Default::default)
}

/// The memo of one thread: the shapes it found decided in [`shared`] (`None`: never used),
/// looked up without a lock.
#[derive(Default)]
pub struct Memo {
    local: Shapes<Option<Learned>>,
    key: Vec<u8>,
    addresses: Vec<(usize, usize)>,
    covered: Covered,
    /// The line last shaped and not found (when `missed_shaped`): [`Memo::learn`] takes its
    /// shape as it is.
    missed: String,
    missed_shaped: bool,
    /// Lines answered from the memo and lines explained in full, not yet added to [`HITS`] and
    /// [`FULL`] ([`Memo::flush_counts`]).
    hits: u64,
    full: u64,
}

/// Lines answered from a memo, and lines explained in full (and learned from), by all threads.
static HITS: AtomicU64 = AtomicU64::new(0);
static FULL: AtomicU64 = AtomicU64::new(0);

/// Writes to standard error how many lines the memo answered and how many were explained in
/// full (after [`Memo::flush_counts`] in each thread), when `SMTP_EXPLAIN_MEMO_STATS` is set.
pub fn report() {
    if std::env::var_os("SMTP_EXPLAIN_MEMO_STATS").is_some() {
        eprintln!("memo: {} lines answered, {} explained in full", HITS.load(Ordering::Relaxed), FULL.load(Ordering::Relaxed));
    }
}

/// A hasher for shapes (byte strings the memo made): a multiply-rotate mix of 8 bytes at a
/// time. A shape is always compared in full after the hash, so a collision costs a probe only.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            h = (h ^ word).wrapping_mul(K).rotate_left(29);
        }
        let mut last = [0u8; 8];
        last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        h = (h ^ u64::from_le_bytes(last) ^ bytes.len() as u64).wrapping_mul(K).rotate_left(29);
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        // The high bits mixed into the low ones (the table takes its buckets from the low bits
        // and its tags from the high ones).
        self.0 ^ (self.0 >> 32)
    }
}

/// The bytes of a line a pattern of the knowledge tables covers, as disjoint `[start, end)`
/// intervals in order.
#[derive(Default)]
struct Covered(Vec<(usize, usize)>);

impl Covered {
    /// Finds the patterns in `line` ([`smtp_explain::pattern_spans`]: every pattern found,
    /// in no set order of start or end).
    fn find(&mut self, line: &str) {
        let spans = &mut self.0;
        spans.clear();
        smtp_explain::pattern_spans(line, |start, end| spans.push((start, end)));
        spans.sort_unstable();
        // Overlapping or touching spans merged, in place.
        let mut kept = 0usize;
        for i in 0..spans.len() {
            let (start, end) = spans[i];
            match kept.checked_sub(1).map(|k| &mut spans[k]) {
                Some(last) if last.1 >= start => last.1 = last.1.max(end),
                _ => {
                    spans[kept] = (start, end);
                    kept += 1;
                }
            }
        }
        spans.truncate(kept);
    }

    /// Whether a pattern covers a byte of `line[from..to]`.
    fn touches(&self, from: usize, to: usize) -> bool {
        let spans = &self.0;
        let i = spans.partition_point(|&(_, e)| e <= from);
        spans.get(i).is_some_and(|&(s, _)| s < to)
    }
}

/// Bytes that end an address token.
fn ends_address(b: u8) -> bool {
    b.is_ascii_whitespace()
        || matches!(b, b'<' | b'>' | b',' | b';' | b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'=' | b':' | b'\\' | b'@')
}

/// The addresses of a line: `(start, end)` of each `local@domain` token.
fn addresses(line: &[u8], out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut from = 0;
    while let Some(p) = line[from..].iter().position(|&b| b == b'@') {
        let at = from + p;
        let mut start = at;
        while start > 0 && !ends_address(line[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < line.len() && !ends_address(line[end]) {
            end += 1;
        }
        if start < at && end > at + 1 {
            out.push((start, end));
        }
        from = end.max(at + 1);
    }
}

/// Whether the library reads the byte as part of an address's local part (`address_at` in
/// `src/matcher.rs`): a local part of other bytes is read as text.
fn local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'=')
}

/// Writes the shape of `line` into `key`, and its addresses into `addrs`; `covered` gets
/// which bytes a rule of the knowledge tables may read (those are never masked).
fn shape(line: &str, key: &mut Vec<u8>, addrs: &mut Vec<(usize, usize)>, covered: &mut Covered) {
    let bytes = line.as_bytes();
    key.clear();
    covered.find(line);
    addresses(bytes, addrs);
    let mut from = 0;
    for &(start, end) in addrs.iter() {
        let at = start + bytes[start..end].iter().position(|&b| b == b'@').unwrap_or(0);
        // A rule may read the local part, or one ends right before it: kept as it is.
        if covered.touches(start.saturating_sub(1), at) {
            continue;
        }
        mask(bytes, from, start, key, covered);
        // The local part is masked (`!`: one the library does not read as an address's).
        key.push(if bytes[start..at].iter().all(|&b| local_byte(b)) { b'*' } else { b'!' });
        from = at;
    }
    mask(bytes, from, bytes.len(), key, covered);
}

/// Writes `line[from..to]` into `key` with the parts that vary from line to line masked:
/// numbers and runs of letters and digits that hold a digit, but not what may be a reply code
/// (any number of three digits, `598`, and dotted numbers of three parts with one digit first,
/// `5.1.1`) nor short words with letters (`IPv6`). A masked run keeps its length and whether
/// it held letters (`#` digits, `%` letters and digits, `&` an IPv4 address, then the length),
/// so that what the library reads by position or length (syslog times, Exim message ids)
/// reads the same in every line of a shape. Bytes a rule may read (`covered`) stay.
/// 1 for an ASCII letter, 2 for a digit, else 0.
static ALNUM: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            2
        } else if c.is_ascii_alphabetic() {
            1
        } else {
            0
        };
        b += 1;
    }
    t
};

fn mask(line: &[u8], from: usize, to: usize, key: &mut Vec<u8>, covered: &Covered) {
    let mut i = from;
    // Start of the bytes not yet written, kept as they are.
    let mut kept = from;
    #[inline(always)]
    fn masked(line: &[u8], covered: &Covered, key: &mut Vec<u8>, kept: &mut usize, start: usize, end: usize, class: u8) {
        // The run's bytes and the bytes on either side of it.
        if !covered.touches(start.saturating_sub(1), end + 1) {
            key.extend_from_slice(&line[*kept..start]);
            key.push(class);
            key.push(((end - start).min(255)) as u8);
            *kept = end;
        }
    }
    let line_to = &line[..to];
    while i < to {
        if ALNUM[line_to[i] as usize] == 0 {
            i += 1;
            continue;
        }
        let start = i;
        if line_to[i].is_ascii_digit() {
            // A dotted number: digits, and more digits after single dots.
            let mut parts = 0;
            let mut first = 0;
            let mut longest = 0;
            let mut j = i;
            loop {
                let run = line[j..to].iter().take_while(|b| b.is_ascii_digit()).count();
                if parts == 0 {
                    first = run;
                }
                longest = longest.max(run);
                parts += 1;
                j += run;
                if j + 1 < to && line[j] == b'.' && line[j + 1].is_ascii_digit() {
                    j += 1;
                } else {
                    break;
                }
            }
            if !(j < to && line[j].is_ascii_alphanumeric()) {
                // A single digit stays too (`"class":5` of a KumoMTA record).
                let code = (parts == 1 && (first == 3 || first == 1)) || (parts == 3 && first == 1);
                let ip = parts == 4 && longest <= 3;
                if !code || ip {
                    masked(line, covered, key, &mut kept, start, j, if ip { b'&' } else { b'#' });
                }
                i = j;
                continue;
            }
        }
        let mut digits = 0;
        while let Some(&b) = line_to.get(i) {
            let class = ALNUM[b as usize];
            if class == 0 {
                break;
            }
            digits += usize::from(class >> 1);
            i += 1;
        }
        if digits > 0 && (digits == i - start || i - start > 4) {
            masked(line, covered, key, &mut kept, start, i, if digits == i - start { b'#' } else { b'%' });
        }
    }
    key.extend_from_slice(&line[kept.min(to)..to]);
}

/// Writes `n` in decimal.
fn push_number(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// Writes the printed text of a line after `N: `, from a head and the line's recipient, as
/// [`super::render::one_line`] would (the recipient's words, each cleaned).
fn rebuild(head: &str, recipient: Option<&str>, out: &mut Vec<u8>) {
    out.extend_from_slice(head.as_bytes());
    for word in recipient.unwrap_or("").split_whitespace() {
        out.push(b' ');
        out.extend_from_slice(clean(word).as_bytes());
    }
}

impl Memo {
    /// Shapes `line` and looks its shape up; `None` when the line must be explained in full
    /// (then call [`Memo::learn`] or [`Memo::learn_summary`]).
    fn recall(&mut self, line: &str) -> Option<Learned> {
        if line.len() > MAX_KEY {
            return None;
        }
        shape(line, &mut self.key, &mut self.addresses, &mut self.covered);
        let found = match self.local.get(self.key.as_slice()) {
            Some(learned) => learned.clone(),
            None => {
                let decided = match shared().lock().unwrap_or_else(|e| e.into_inner()).get(self.key.as_slice()) {
                    Some(Entry::Sure(learned)) => Some(Some(learned.clone())),
                    Some(Entry::Never) => Some(None),
                    _ => None,
                };
                if let Some(decided) = &decided {
                    self.keep(decided.clone());
                }
                decided.flatten()
            }
        };
        self.missed_shaped = found.is_none();
        if self.missed_shaped {
            self.missed.clear();
            self.missed.push_str(line);
        }
        found
    }

    /// Remembers a decided shape (the current key) in this thread.
    fn keep(&mut self, learned: Option<Learned>) {
        if self.local.len() >= MAX_SHAPES && !self.local.contains_key(self.key.as_slice()) {
            self.local.clear();
        }
        self.local.insert(self.key.clone().into_boxed_slice(), learned);
    }

    /// The line's recipient, at the places learned; `None` when the line has no such address
    /// or the candidates hold different addresses.
    fn recipient<'a>(&self, line: &'a str, places: Places) -> Option<Option<&'a str>> {
        if places == 0 {
            return Some(None);
        }
        let text = |k: u32| self.addresses.get(k as usize).map(|&(s, e)| &line[s..e]);
        let first = text(places.trailing_zeros())?;
        let mut rest = places & (places - 1);
        while rest != 0 {
            if text(rest.trailing_zeros())? != first {
                return None;
            }
            rest &= rest - 1;
        }
        Some(Some(first))
    }

    /// The addresses of the line that are `recipient` (see [`Places`]); `None` when it is no
    /// address of the line (among the first 64).
    fn places_of(&self, line: &str, recipient: Option<&str>) -> Option<Places> {
        let Some(r) = recipient else { return Some(0) };
        let places = self.addresses.iter().take(64).enumerate().filter(|(_, &(s, e))| &line[s..e] == r).fold(0, |p, (k, _)| p | 1 << k);
        (places != 0).then_some(places)
    }

    /// Writes the printed line for `line` (`N: ...` and a line end, or nothing when the line
    /// shows nothing) when its shape is known; false when the line must be explained in full
    /// (then call [`Memo::learn`]).
    pub fn print(&mut self, number: u64, line: &str, out: &mut Vec<u8>) -> bool {
        let Some(Learned::Text { head, recipient }) = self.recall(line) else { return false };
        let Some(head) = head else {
            self.hits += 1;
            return true;
        };
        let Some(recipient) = self.recipient(line, recipient) else { return false };
        self.hits += 1;
        push_number(out, number);
        out.extend_from_slice(b": ");
        rebuild(&head, recipient, out);
        out.push(b'\n');
        true
    }

    /// What `line` counts as in `--summary` when its shape is known; `None` when the line must
    /// be explained in full (then call [`Memo::learn_summary`]).
    pub fn count(&mut self, line: &str) -> Option<Counted> {
        let Some(Learned::Summary { result, recipient }) = self.recall(line) else { return None };
        let recipient = self.recipient(line, recipient)?;
        self.hits += 1;
        Some(match result {
            Counted::Shown(facts) => Counted::Shown(facts.with_recipient(recipient)),
            other => other,
        })
    }

    /// Learns from a line explained in full: `printed`, the line it printed after `N: `
    /// (`None`: nothing), `head`, the same without the recipient, and the recipient.
    pub fn learn(&mut self, line: &str, printed: Option<&str>, head: Option<String>, recipient: Option<&str>) {
        if !self.shaped(line) {
            return;
        }
        let learned = match (printed, head) {
            (None, _) => Some(Learned::Text { head: None, recipient: 0 }),
            (Some(printed), Some(head)) => self.places_of(line, recipient).and_then(|places| {
                let mut again = Vec::with_capacity(printed.len());
                rebuild(&head, recipient, &mut again);
                (again == printed.as_bytes()).then_some(Learned::Text { head: Some(head), recipient: places })
            }),
            (Some(_), None) => None,
        };
        self.decide(learned);
    }

    /// Learns from a line explained in full for `--summary`: what it counts as (its facts
    /// with the recipient's domain), and its recipient.
    pub fn learn_summary(&mut self, line: &str, counted: &Counted, recipient: Option<&str>) {
        if !self.shaped(line) {
            return;
        }
        let learned = match counted {
            Counted::Shown(facts) => self.places_of(line, recipient).and_then(|places| {
                let general = facts.without_recipient();
                let again = general.clone().with_recipient(recipient);
                (again == *facts).then_some(Learned::Summary { result: Counted::Shown(general), recipient: places })
            }),
            other => Some(Learned::Summary { result: other.clone(), recipient: 0 }),
        };
        self.decide(learned);
    }

    /// Shapes `line` for learning, unless [`Memo::recall`] just did; false for a line too
    /// long to remember.
    fn shaped(&mut self, line: &str) -> bool {
        self.full += 1;
        if line.len() > MAX_KEY {
            return false;
        }
        if !(self.missed_shaped && self.missed == line) {
            shape(line, &mut self.key, &mut self.addresses, &mut self.covered);
        }
        self.missed_shaped = false;
        true
    }

    /// Adds this thread's counts of lines answered and explained in full to the totals that
    /// [`report`] writes.
    pub fn flush_counts(&mut self) {
        HITS.fetch_add(std::mem::take(&mut self.hits), Ordering::Relaxed);
        FULL.fetch_add(std::mem::take(&mut self.full), Ordering::Relaxed);
    }

    /// Adds what a line of the current shape gave (`None`: nothing the memo could use).
    fn decide(&mut self, learned: Option<Learned>) {
        let mut shapes = shared().lock().unwrap_or_else(|e| e.into_inner());
        let entry = match (shapes.get(self.key.as_slice()), learned) {
            (_, None) | (Some(Entry::Never), _) => Entry::Never,
            (Some(Entry::Once(first) | Entry::Sure(first)), Some(learned)) => first.merge(&learned).map_or(Entry::Never, Entry::Sure),
            (None, Some(learned)) => Entry::Once(learned),
        };
        let decided = match &entry {
            Entry::Once(_) => None,
            Entry::Sure(learned) => Some(Some(learned.clone())),
            Entry::Never => Some(None),
        };
        if shapes.len() >= MAX_SHAPES && !shapes.contains_key(self.key.as_slice()) {
            shapes.clear();
        }
        shapes.insert(self.key.clone().into_boxed_slice(), entry);
        drop(shapes);
        if let Some(decided) = decided {
            self.keep(decided);
        }
    }
}
