//! Measures smtp-explain on the labelled corpus (`tests/corpus/*.jsonl`).
//!
//! ```text
//! cargo run --release --example accuracy                  # figures per split, writes bench/accuracy.md
//! cargo run --release --example accuracy -- --failures dev   # also lists the wrong rows of `dev`
//! cargo run --release --example accuracy -- --write-floors   # also rewrites tests/corpus/floors.json
//! cargo run --release --example accuracy -- --ids f3-s8- --failures dev   # only rows whose id starts so
//! ```
//! With `--ids` the report is printed only (bench/accuracy.md and floors are left alone).
//! (`npm run accuracy` runs the first.)

#[path = "../tests/support/accuracy.rs"]
mod accuracy;

use std::path::Path;

fn main() {
    let mut failures: Option<String> = None;
    let mut write_floors = false;
    let mut width = 160usize;
    let mut ids: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--failures" => failures = Some(args.next().unwrap_or_else(|| "dev".to_string())),
            "--write-floors" => write_floors = true,
            "--ids" => ids = args.next(),
            "--width" => width = args.next().and_then(|w| w.parse().ok()).unwrap_or(width),
            "-h" | "--help" => {
                println!("usage: accuracy [--failures SPLIT] [--width N] [--write-floors] [--ids ID_PREFIX]");
                return;
            }
            other => {
                eprintln!("unknown argument {other}; try --help");
                std::process::exit(2);
            }
        }
    }
    let dir = accuracy::corpus_dir();
    let mut rows = accuracy::load_rows(&dir).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1);
    });
    if let Some(prefix) = &ids {
        rows.retain(|r| r.id.starts_with(prefix.as_str()));
    }
    let reports: Vec<_> = accuracy::splits(&rows).iter().map(|s| accuracy::evaluate(&rows, s)).collect();
    let md = accuracy::markdown(&reports);
    print!("{md}");
    if ids.is_some() {
        if let Some(split) = failures {
            if let Some(r) = reports.iter().find(|r| r.split == split) {
                print!("\n{}", r.failures_text(width));
            }
        }
        return;
    }
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench").join("accuracy.md");
    let _ = std::fs::create_dir_all(out.parent().unwrap());
    std::fs::write(&out, &md).expect("write bench/accuracy.md");
    eprintln!("wrote {}", out.display());
    if write_floors {
        let mut m = serde_json::Map::new();
        for r in &reports {
            m.insert(r.split.clone(), r.floors());
        }
        let path = dir.join("floors.json");
        let body = serde_json::to_string_pretty(&serde_json::Value::Object(m)).unwrap() + "\n";
        std::fs::write(&path, body).expect("write floors.json");
        eprintln!("wrote {}", path.display());
    }
    if let Some(split) = failures {
        match reports.iter().find(|r| r.split == split) {
            Some(r) => print!("\n{}", r.failures_text(width)),
            None => eprintln!("no rows in split `{split}`"),
        }
    }
}
