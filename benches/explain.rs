//! Prints how long explain() takes natively on typical replies, and how the time grows with
//! the input size (it should grow linearly). Figures are printed, never asserted.
//! Run: `cargo bench --bench explain` (or `npm run bench`, which also measures the Wasm build).
//! With `--typical-only` it prints one JSON line of the typical replies' figures and stops
//! (`benches/wasm.mjs` runs it between its own rounds, for the ratio of the same moment).

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

/// This thread's CPU time so far (Linux: the scheduler's count in nanoseconds), which unlike
/// the clock leaves out the time other processes of a shared machine hold the CPU.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok().map(Duration::from_nanos)
}

/// Median CPU time of one call, over rounds of `iterations` calls (None without a count).
fn measure_cpu(iterations: u32, mut f: impl FnMut()) -> Option<Duration> {
    let mut rounds = Vec::new();
    for _ in 0..7 {
        let start = thread_cpu()?;
        for _ in 0..iterations {
            f();
        }
        rounds.push((thread_cpu()? - start) / iterations);
    }
    rounds.sort();
    Some(rounds[rounds.len() / 2])
}

fn main() {
    let inputs: Vec<&str> = include_str!("inputs.txt").lines().filter(|l| !l.is_empty()).collect();
    explain("warm up the tables");
    let typical_only = std::env::args().any(|a| a == "--typical-only");
    if !typical_only {
        println!("explain() native, median per call:");
    }
    let mut total = Duration::ZERO;
    let mut cpu_total = Some(Duration::ZERO);
    let mut results = Vec::new();
    for input in &inputs {
        let t = measure(2000, || {
            black_box(explain(black_box(input)));
        });
        let cpu = measure_cpu(2000, || {
            black_box(explain(black_box(input)));
        });
        total += t;
        cpu_total = cpu_total.zip(cpu).map(|(a, b)| a + b);
        let shown: String = input.chars().take(60).collect();
        if !typical_only {
            println!("  {:>8.2} µs  {shown}…", t.as_secs_f64() * 1e6);
        }
        results.push(t.as_secs_f64() * 1e6);
    }
    let mean = total.as_secs_f64() * 1e6 / inputs.len() as f64;
    let cpu_mean = cpu_total.map(|t| t.as_secs_f64() * 1e6 / inputs.len() as f64);
    if typical_only {
        println!("{{\"mean_us\": {mean:.3}, \"cpu_mean_us\": {}}}", cpu_mean.map_or("null".into(), |c| format!("{c:.3}")));
        return;
    }
    println!("  {mean:>8.2} µs  mean of the typical replies");
    if let Some(cpu) = cpu_mean {
        println!("  {cpu:>8.2} µs  the same by this thread's CPU time");
    }

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

    // A record of this run (benches/wasm.mjs runs `--typical-only` itself, for figures of the same moment).
    let cpu = cpu_mean.map_or("null".into(), |c| format!("{c:.3}"));
    let json = format!("{{\"mean_us\": {mean:.3}, \"cpu_mean_us\": {cpu}, \"per_input_us\": {:?}}}\n", results);
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-native.json");
    if std::fs::write(&out, json).is_ok() {
        println!("\nwrote {}", out.display());
    }
}
