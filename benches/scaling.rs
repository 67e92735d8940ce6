//! How the time grows with the input: `explain_all()` and `explain()` at 1x, 2x, 4x and 8x
//! input over a bounce with many recipients, a Postfix log, a phrase flood, many reply lines
//! and text without any code. Linear means 8x input costs at most 9x time (the budget in DESIGN.md).
//! Figures are printed, never asserted. Run: `cargo bench --bench scaling`;
//! `benches/scaling.mjs` measures the same inputs in the Wasm build.

use std::hint::black_box;
use std::time::{Duration, Instant};

use smtp_explain::{explain, explain_all, Options};

#[path = "common/inputs.rs"]
mod inputs;

/// Best of `rounds` runs (the machine is shared: the minimum is the least disturbed).
fn measure(rounds: u32, mut f: impl FnMut()) -> Duration {
    (0..rounds)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    explain("warm up the tables");
    println!("scaling (best of 5; ratio = time at Nx / time at 1x; linear: 8x ≤ 9x):");
    let mut worst: f64 = 0.0;
    for kind in ["dsn", "log", "flood", "replies", "noise"] {
        for (name, all) in [("explain_all", true), ("explain", false)] {
            let mut base = 0.0;
            let mut line = format!("  {name:<11} {kind:<6}");
            for scale in [1usize, 2, 4, 8] {
                let text = inputs::input(kind, scale);
                let t = measure(5, || {
                    if all {
                        black_box(explain_all(black_box(&text), &Options::default()));
                    } else {
                        black_box(explain(black_box(&text)));
                    }
                })
                .as_secs_f64()
                    * 1e3;
                if scale == 1 {
                    base = t;
                    line += &format!(" 1x {:>7} KB {t:>8.2} ms", text.len() / 1000);
                } else {
                    line += &format!(" | {scale}x {t:>8.2} ms {:>5.2}x", t / base);
                    if scale == 8 {
                        worst = worst.max(t / base);
                    }
                }
            }
            println!("{line}");
        }
    }
    println!("  worst 8x ratio: {worst:.2}x (budget 9x)");
}
