//! Prints how many whole bounce messages per second `explain_all` reads natively: every file of
//! the Sisimai sample corpus (`tests/data/sisimai/emails/`), read from memory, one call each;
//! and the same for `tally_all`, what `smtp-explain --summary` counts (the same findings and
//! verdicts, without wording the texts). Figures are printed, never asserted. Run:
//! `cargo bench --bench bounces`.

use std::fs;
use std::hint::black_box;
use std::time::Instant;

use smtp_explain::{explain_all, tally_all, Options};

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/sisimai/emails");
    let mut paths: Vec<_> = fs::read_dir(dir).expect("corpus").flatten().map(|e| e.path()).collect();
    paths.sort();
    let messages: Vec<String> = paths.iter().map(|p| String::from_utf8_lossy(&fs::read(p).expect("message")).into_owned()).collect();
    let bytes: usize = messages.iter().map(String::len).sum();
    let options = Options::default();
    for m in &messages {
        black_box(explain_all(m, &options));
    }
    let mut rates = Vec::new();
    let mut explanations = 0;
    for _ in 0..7 {
        let start = Instant::now();
        explanations = 0;
        for m in &messages {
            explanations += black_box(explain_all(black_box(m), &options)).len();
        }
        rates.push(messages.len() as f64 / start.elapsed().as_secs_f64());
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    let median = rates[rates.len() / 2];
    println!("whole bounces, explain_all native: {} messages ({:.1} MB), {explanations} explanations", messages.len(), bytes as f64 / 1e6);
    println!("  {median:>10.0} messages/s  (median of 7 passes; {:.1} MB/s)", median * bytes as f64 / messages.len() as f64 / 1e6);
    let mut rates = Vec::new();
    let mut tallies = 0;
    for _ in 0..7 {
        let start = Instant::now();
        tallies = 0;
        for m in &messages {
            tallies += black_box(tally_all(black_box(m))).len();
        }
        rates.push(messages.len() as f64 / start.elapsed().as_secs_f64());
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    let median = rates[rates.len() / 2];
    println!("whole bounces, tally_all native (what --summary counts, no texts): {tallies} findings");
    println!("  {median:>10.0} messages/s  (median of 7 passes; {:.1} MB/s)", median * bytes as f64 / messages.len() as f64 / 1e6);
}
