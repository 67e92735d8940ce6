//! `--lines`: a log read line by line, each line explained and written as soon as it is read.
//!
//! Memory is bounded: one reused line buffer (lines longer than [`MAX_LINE`] are cut), batches
//! of at most [`BATCH`] lines and [`BATCH_BYTES`] bytes, two batches queued per worker. Lines that cannot be about a delivery are
//! skipped by a byte pre-filter ([`super::filter`]) before any text is decoded. Kept lines go
//! to worker threads in batches; results are written in input order. A batch leaves the
//! reader when it is full or when the input has nothing more buffered, and the writer flushes
//! whenever it has caught up with the workers, so `tail -f log | smtp-explain --lines` prints
//! each line at once while a big file runs at full speed.
//!
//! CSV logs name their columns once, in a header line (Exchange message tracking `#Fields:`,
//! PowerMTA accounting, Microsoft 365 message trace exports): the reader remembers the last
//! header of the stream and sends it along with each row (`header\nrow`), which the library
//! reads like a pasted header and row. While a header is known every row is kept (a trace
//! export's `Failed` row holds no code for the pre-filter to see).
//!
//! qmail names the recipient of a delivery only on its `starting delivery N: msg M to remote
//! addr` line: the reader keeps those lines (of multilog's `@4000...` lines) by delivery
//! number and sends the matching one along with the `delivery N: failure: ...` line.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Read};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use super::filter::may_be_delivery;

/// Longest line explained; the rest of a longer line is dropped.
pub const MAX_LINE: usize = 1 << 20;
/// Lines per batch.
const BATCH: usize = 512;
/// Bytes of text per batch: with the channel bounds, what is in flight stays a few MiB per
/// worker even when every line is long.
const BATCH_BYTES: usize = 1 << 20;

/// Kept lines, their texts one after another in one string (one allocation per batch, not
/// per line).
#[derive(Default)]
pub struct Batch {
    text: String,
    /// Each line's number (from 1) and the end of its text in `text`.
    lines: Vec<(u64, usize)>,
}

impl Batch {
    fn with_capacity(lines: usize) -> Batch {
        Batch { text: String::with_capacity(lines * 128), lines: Vec::with_capacity(lines) }
    }

    /// Adds line `number`, the texts of `parts` one after another.
    fn push(&mut self, number: u64, parts: &[&str]) {
        for part in parts {
            self.text.push_str(part);
        }
        self.lines.push((number, self.text.len()));
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// The lines: number and text.
    pub fn iter(&self) -> impl Iterator<Item = (u64, &str)> {
        let mut start = 0;
        self.lines.iter().map(move |&(number, end)| {
            let text = &self.text[start..end];
            start = end;
            (number, text)
        })
    }
}

/// Counts of what the reader saw.
#[derive(Default, Debug, Clone, Copy)]
pub struct Counts {
    pub lines: u64,
    pub kept: u64,
    pub bytes: u64,
}

/// Reads one line into `buf` (without the line end), at most `MAX_LINE` bytes of it.
/// Returns false at the end of the input.
fn read_line(input: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<(bool, usize)> {
    buf.clear();
    let read = (&mut *input).take(MAX_LINE as u64 + 1).read_until(b'\n', buf)?;
    if read == 0 {
        return Ok((false, 0));
    }
    let mut total = read;
    if buf.last() == Some(&b'\n') {
        buf.pop();
    } else if buf.len() > MAX_LINE {
        buf.truncate(MAX_LINE);
        // Drop the rest of the long line.
        loop {
            let available = input.fill_buf()?;
            if available.is_empty() {
                break;
            }
            match available.iter().position(|&b| b == b'\n') {
                Some(p) => {
                    input.consume(p + 1);
                    total += p + 1;
                    break;
                }
                None => {
                    let len = available.len();
                    input.consume(len);
                    total += len;
                }
            }
        }
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok((true, total))
}

/// The column names the library reads in a CSV log (`column` in `src/parse/log.rs`), compared
/// without case, quotes, `-`, `_` and spaces: the recipient columns, and the others.
const RECIPIENT_COLUMNS: &[&str] = &["rcpt", "recipientaddress", "recipient", "recipients"];
const OTHER_COLUMNS: &[&str] = &[
    "eventid",
    "event",
    "type",
    "status",
    "deliverystatus",
    "dsnaction",
    "action",
    "dsnstatus",
    "recipientstatus",
    "dsndiag",
    "detail",
    "senderaddress",
    "sender",
    "orig",
    "dsnmta",
    "bouncecat",
    "serverhostname",
    "dlvdestinationip",
    "dlvdesintationip",
    "toip",
];

/// A column name compared: lower case, without quotes, `-`, `_` and spaces.
fn normalized(name: &[u8]) -> String {
    name.iter().filter(|b| !matches!(b, b'"' | b'-' | b'_' | b' ')).map(|b| b.to_ascii_lowercase() as char).collect()
}

/// A header line with only the names of the columns the library reads (the others empty):
/// the library reads it alike, and each row sent with it costs far fewer bytes to scan.
fn compact_header(line: &[u8]) -> String {
    let line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
    let (prefix, names) = match line.strip_prefix(b"#Fields:") {
        Some(rest) => ("#Fields: ", rest),
        None => ("", line),
    };
    let mut out = String::from(prefix);
    for (i, name) in names.split(|&b| b == b',').enumerate() {
        if i > 0 {
            out.push(',');
        }
        let key = normalized(name);
        if RECIPIENT_COLUMNS.contains(&key.as_str()) || OTHER_COLUMNS.contains(&key.as_str()) {
            out.push_str(&key);
        }
    }
    out.push('\n');
    out
}

/// Whether a line is the header line of a CSV log: Exchange's `#Fields: ...`, or column names
/// (no `@`, `=` or space in the first name) among which a recipient column and an event,
/// action or reply column: PowerMTA `type,...,rcpt,...,dsnAction,dsnStatus,dsnDiag,...`,
/// Microsoft 365 `"Received","SenderAddress","RecipientAddress",...,"Status",...`. Cheap on
/// other lines: most fail at the first byte or the first field.
pub fn is_csv_header(line: &[u8]) -> bool {
    // A file written by PowerShell's Export-Csv or Excel may start with a byte order mark.
    let line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
    if line.starts_with(b"#Fields:") {
        return true;
    }
    if !line.first().is_some_and(|b| b.is_ascii_alphabetic() || *b == b'"') {
        return false;
    }
    // The first name ends at a comma within 64 bytes, with no space before it (most log lines
    // fail here, at their first space).
    if line.iter().take(64).find(|&&b| b == b',' || b == b' ') != Some(&b',') {
        return false;
    }
    if line.iter().any(|&b| b == b'@' || b == b'=') {
        return false;
    }
    let names: Vec<String> = line.split(|&b| b == b',').map(normalized).collect();
    let has = |list: &[&str]| names.iter().any(|n| list.contains(&n.as_str()));
    // Three columns the library reads at least, as the library asks.
    let known = names.iter().filter(|n| RECIPIENT_COLUMNS.contains(&n.as_str()) || OTHER_COLUMNS.contains(&n.as_str())).count();
    if known < 3 && !(has(&["recipientstatus"]) && has(&["senderaddress"])) {
        return false;
    }
    (has(RECIPIENT_COLUMNS) && has(&["type", "eventid", "event", "status", "dsnaction", "action", "recipientstatus", "dsndiag", "detail"]))
        || (has(&["recipientstatus"]) && has(&["senderaddress"]))
}

/// Most qmail deliveries remembered; beyond it the oldest are forgotten (bounded memory).
const MAX_QMAIL: usize = 1 << 16;

/// The delivery number of a qmail line: `starting delivery 42: ...` (`starting`) or
/// `delivery 42: failure: ...` (a result). Only multilog lines (`@` first) are looked at.
fn qmail_delivery(line: &[u8], starting: bool) -> Option<&[u8]> {
    if line.first() != Some(&b'@') {
        return None;
    }
    let word: &[u8] = if starting { b" starting delivery " } else { b" delivery " };
    let at = line.windows(word.len()).position(|w| w == word)? + word.len();
    let len = line[at..].iter().position(|b| !b.is_ascii_digit())?;
    (len > 0 && line.get(at + len) == Some(&b':')).then(|| &line[at..at + len])
}

/// Whether a buffered reader has nothing more buffered (the next read would block).
fn drained<R: io::Read>(input: &io::BufReader<R>) -> bool {
    input.buffer().is_empty()
}

/// The position of the first line end in `bytes`: 32 bytes compared at a time.
fn newline(bytes: &[u8]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(32);
    let mut at = 0;
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |found, &b| found | (b == b'\n')) {
            return chunk.iter().position(|&b| b == b'\n').map(|p| at + p);
        }
        at += 32;
    }
    chunks.remainder().iter().position(|&b| b == b'\n').map(|p| at + p)
}

/// What the reader keeps between lines.
#[derive(Default)]
struct Reader {
    counts: Counts,
    batch: Batch,
    batch_bytes: usize,
    /// The header line of a CSV log, with its line end, once seen.
    header: Option<String>,
    /// qmail: each pending delivery's `starting delivery` line, by number, oldest first.
    qmail: std::collections::HashMap<Vec<u8>, String>,
    qmail_order: std::collections::VecDeque<Vec<u8>>,
}

impl Reader {
    /// Takes one line (without its line end; `read`: its length in the input): counts it and
    /// adds it to the batch when it is kept.
    fn line(&mut self, buf: &[u8], read: usize) {
        self.counts.lines += 1;
        self.counts.bytes += read as u64;
        let keep = if may_be_delivery(buf) {
            true
        } else if is_csv_header(buf) {
            self.header = Some(compact_header(buf));
            false
        } else if let Some(id) = qmail_delivery(buf, true) {
            if self.qmail_order.len() >= MAX_QMAIL {
                if let Some(old) = self.qmail_order.pop_front() {
                    self.qmail.remove(&old);
                }
            }
            self.qmail_order.push_back(id.to_vec());
            self.qmail.insert(id.to_vec(), String::from_utf8_lossy(buf).into_owned() + "\n");
            false
        } else {
            self.header.is_some() && !buf.is_empty() && buf[0] != b'#'
        };
        if keep {
            self.counts.kept += 1;
            self.batch_bytes += buf.len();
            let line = match std::str::from_utf8(buf) {
                Ok(text) => std::borrow::Cow::Borrowed(text),
                Err(_) => String::from_utf8_lossy(buf),
            };
            let starting = qmail_delivery(buf, false).and_then(|id| self.qmail.remove(id));
            let number = self.counts.lines;
            match (&self.header, starting) {
                (Some(h), _) => self.batch.push(number, &[h, &line]),
                (None, Some(start)) => self.batch.push(number, &[&start, &line]),
                (None, None) => self.batch.push(number, &[&line]),
            }
        }
    }
}

/// Runs the pipeline: `work` turns a batch of kept lines into a result (on a worker thread),
/// `done` takes the results in input order (on this thread), `idle` is called whenever the
/// results written so far are all there is (time to flush).
pub fn run<R, T, W, D, I>(input: R, jobs: usize, work: W, mut done: D, mut idle: I) -> io::Result<Counts>
where
    R: io::Read + Send,
    T: Send,
    W: Fn(Batch) -> T + Sync,
    D: FnMut(T) -> io::Result<()>,
    I: FnMut() -> io::Result<()>,
{
    let jobs = jobs.max(1);
    let (batch_tx, batch_rx) = mpsc::sync_channel::<(u64, Batch)>(jobs * 2);
    let batch_rx = Arc::new(Mutex::new(batch_rx));
    let (result_tx, result_rx) = mpsc::sync_channel::<(u64, T)>(jobs * 2);
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let batch_rx = Arc::clone(&batch_rx);
            let result_tx = result_tx.clone();
            let work = &work;
            scope.spawn(move || loop {
                let next = batch_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                let Ok((seq, batch)) = next else { break };
                if result_tx.send((seq, work(batch))).is_err() {
                    break;
                }
            });
        }
        drop(result_tx);
        // Only the workers hold the batch receiver: when they stop, the reader's sends fail.
        drop(batch_rx);
        let reader = scope.spawn(move || -> io::Result<Counts> {
            let mut input = io::BufReader::with_capacity(256 * 1024, input);
            let mut buf = Vec::with_capacity(4096);
            let mut reader = Reader::default();
            let mut seq = 0u64;
            let send = |batch: &mut Batch, seq: &mut u64| -> bool {
                let full = std::mem::replace(batch, Batch::with_capacity(BATCH));
                let ok = batch_tx.send((*seq, full)).is_ok();
                *seq += 1;
                ok
            };
            loop {
                // A line whole in the input's buffer is read there; others are copied out.
                let available = input.fill_buf()?;
                if available.is_empty() {
                    break;
                }
                match newline(available) {
                    Some(end) if end <= MAX_LINE => {
                        let line = &available[..end];
                        reader.line(line.strip_suffix(b"\r").unwrap_or(line), end + 1);
                        input.consume(end + 1);
                    }
                    _ => {
                        let (_, read) = read_line(&mut input, &mut buf)?;
                        reader.line(&buf, read);
                    }
                }
                // An empty batch is sent too when the input pauses, so the writer flushes.
                if reader.batch.len() >= BATCH || reader.batch_bytes >= BATCH_BYTES || drained(&input) {
                    reader.batch_bytes = 0;
                    if !send(&mut reader.batch, &mut seq) {
                        return Ok(reader.counts);
                    }
                }
            }
            send(&mut reader.batch, &mut seq);
            Ok(reader.counts)
        });
        let mut pending: BTreeMap<u64, T> = BTreeMap::new();
        let mut next = 0u64;
        let mut failed = None;
        loop {
            let received = match result_rx.try_recv() {
                Ok(r) => Some(r),
                Err(mpsc::TryRecvError::Empty) => {
                    if failed.is_none() {
                        if let Err(e) = idle() {
                            failed = Some(e);
                        }
                    }
                    result_rx.recv().ok()
                }
                Err(mpsc::TryRecvError::Disconnected) => None,
            };
            let Some((seq, result)) = received else { break };
            pending.insert(seq, result);
            while let Some(result) = pending.remove(&next) {
                next += 1;
                if failed.is_none() {
                    if let Err(e) = done(result) {
                        failed = Some(e);
                    }
                }
            }
            if failed.is_some() {
                // Stop reading: dropping the receiver ends the workers and then the reader.
                break;
            }
        }
        drop(result_rx);
        let counts = reader.join().unwrap_or_else(|_| Err(io::Error::other("reader panicked")));
        match failed {
            Some(e) => Err(e),
            None => counts,
        }
    })
}
