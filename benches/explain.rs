//! Prints how long explain() takes natively on typical replies, and how the time grows with
//! the input size (it should grow linearly). Figures are printed, never asserted.
//! Run: `cargo bench --bench explain` (or `npm run bench`, which also measures the Wasm build).

use std::hint::black_box;
use std::time::{Duration, Instant};

use smtp_explain::{explain, explain_all, Options};

/// Median time of one call, over rounds of `iterations` calls.
fn measure(iterations: u32, mut f: impl FnMut()) -> Duration {
    let mut rounds = Vec::new();
    for _ in 0..7 {
        let start = Instant::now();
        for _ in 0..iterations {
            f();
        }
        rounds.push(start.elapsed() / iterations);
    }
    rounds.sort();
    rounds[rounds.len() / 2]
}

fn main() {
    let inputs: Vec<&str> = include_str!("inputs.txt").lines().filter(|l| !l.is_empty()).collect();
    explain("warm up the tables");
    println!("explain() native, median per call:");
    let mut total = Duration::ZERO;
    let mut results = Vec::new();
    for input in &inputs {
        let t = measure(2000, || {
            black_box(explain(black_box(input)));
        });
        total += t;
        let shown: String = input.chars().take(60).collect();
        println!("  {:>8.2} µs  {shown}…", t.as_secs_f64() * 1e6);
        results.push(t.as_secs_f64() * 1e6);
    }
    let mean = total.as_secs_f64() * 1e6 / inputs.len() as f64;
    println!("  {mean:>8.2} µs  mean of the typical replies");

    println!("\nscaling with input size (explain_all over a log of repeated lines):");
    let line = format!("{}\n", inputs[3]);
    for lines in [1usize, 10, 100, 1000, 10_000] {
        let text = line.repeat(lines);
        let t = measure(
            if lines > 1000 {
                1
            } else if lines > 100 {
                5
            } else {
                100
            },
            || {
                black_box(explain_all(black_box(&text), &Options::default()));
            },
        );
        println!(
            "  {:>7} bytes  {:>10.1} µs  {:>6.1} ns/byte",
            text.len(),
            t.as_secs_f64() * 1e6,
            t.as_secs_f64() * 1e9 / text.len() as f64
        );
    }
    let noise = "x".repeat(1 << 20);
    let t = measure(3, || {
        black_box(explain(black_box(&noise)));
    });
    println!(
        "  {:>7} bytes  {:>10.1} µs  {:>6.1} ns/byte  (1 MiB without any code)",
        noise.len(),
        t.as_secs_f64() * 1e6,
        t.as_secs_f64() * 1e9 / noise.len() as f64
    );

    // For benches/wasm.mjs, which compares the Wasm build with these figures.
    let json = format!("{{\"mean_us\": {mean:.3}, \"per_input_us\": {:?}}}\n", results);
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-native.json");
    if std::fs::write(&out, json).is_ok() {
        println!("\nwrote {}", out.display());
    }
}
