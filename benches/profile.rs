//! A harness for instruction-count profiling (`valgrind --tool=callgrind`): runs explain()
//! over the typical replies, or explain_all() over one generated input, a given number of
//! times. Run: `cargo bench --bench profile -- typical 200` (modes: typical, flood, dsn, log;
//! `bounces N`: explain_all over every Sisimai sample bounce of `tests/data/sisimai/emails`, N
//! times, the files read into memory first).

use std::hint::black_box;

use smtp_explain::{explain, explain_all, Options};

#[path = "common/inputs.rs"]
mod scaling_inputs;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let mode = args.first().map_or("typical", String::as_str);
    let times: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(100);
    let scale: usize = args.get(2).filter(|_| mode != "text").and_then(|n| n.parse().ok()).unwrap_or(1);
    let inputs: Vec<&str> = include_str!("inputs.txt").lines().filter(|l| !l.is_empty()).collect();
    explain("warm up the tables");
    match mode {
        "typical" => {
            for _ in 0..times {
                for input in &inputs {
                    black_box(explain(black_box(input)));
                }
            }
        }
        // One given text: `profile text 1000 '452 4.2.2 Mailbox full'`.
        "text" => {
            let text = args.get(2).cloned().unwrap_or_default();
            for _ in 0..times {
                black_box(explain(black_box(&text)));
            }
        }
        // Prints every result for a list of files (one input per line for .jsonl "text"
        // fields, whole files otherwise) so that two builds can be compared byte for byte.
        "dump" => {
            for path in &args[1..] {
                let content = String::from_utf8_lossy(&std::fs::read(path).unwrap_or_default()).into_owned();
                let texts: Vec<String> = if path.ends_with(".jsonl") {
                    content
                        .lines()
                        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                        .filter_map(|v| v["text"].as_str().map(String::from))
                        .collect()
                } else if path.ends_with(".txt") {
                    content.split("\n\n").map(String::from).chain(content.lines().map(String::from)).collect()
                } else {
                    vec![content]
                };
                for text in texts {
                    for options in [Options::default(), Options { audience: Some(smtp_explain::Audience::Admin), lang: Some("de".into()) }]
                    {
                        println!("{}", serde_json::to_string(&explain_all(&text, &options)).unwrap());
                        println!("{}", serde_json::to_string(&smtp_explain::explain_with(&text, &options)).unwrap());
                    }
                }
            }
            for kind in ["dsn", "log", "flood", "noise"] {
                println!("{}", serde_json::to_string(&explain_all(&scaling_inputs::input(kind, 1), &Options::default())).unwrap());
            }
        }
        "bounces" => {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/sisimai/emails");
            let mut paths: Vec<_> = std::fs::read_dir(dir).expect("corpus").flatten().map(|e| e.path()).collect();
            paths.sort();
            let messages: Vec<String> =
                paths.iter().map(|p| String::from_utf8_lossy(&std::fs::read(p).expect("message")).into_owned()).collect();
            for _ in 0..times {
                for m in &messages {
                    black_box(explain_all(black_box(m), &Options::default()));
                }
            }
        }
        other => {
            let text = scaling_inputs::input(other, scale);
            for _ in 0..times {
                black_box(explain_all(black_box(&text), &Options::default()));
            }
        }
    }
}
