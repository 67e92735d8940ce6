//! How the time grows with the input: `explain_all()` and `explain()` at 1x, 2x, 4x and 8x
//! input over a bounce with many recipients, a Postfix log, a phrase flood, many reply lines
//! and text without any code. Linear means 8x input costs at most 9x time (the budget in DESIGN.md).
//! Figures are printed, never asserted. Run: `cargo bench --bench scaling`;
//! `benches/scaling.mjs` measures the same inputs in the Wasm build.

use std::hint::black_box;
use std::time::Instant;

use smtp_explain::{explain, explain_all, Options};

#[path = "common/inputs.rs"]
mod inputs;

const SCALES: [usize; 4] = [1, 2, 4, 8];
const ROUNDS: usize = 11;

/// Best of `ROUNDS` runs of each scale, the scales taken in turn within a round, so that
/// whatever else the shared machine does falls on every scale alike (the minimum is the least
/// disturbed run).
fn best_times(mut run: impl FnMut(usize)) -> [f64; 4] {
    let mut best = [f64::INFINITY; 4];
    for _ in 0..ROUNDS {
        for (i, b) in best.iter_mut().enumerate() {
            let start = Instant::now();
            run(i);
            *b = b.min(start.elapsed().as_secs_f64() * 1e3);
        }
    }
    best
}

fn main() {
    explain("warm up the tables");
    println!("scaling (best of {ROUNDS} rounds, scales in turn; ratio = time at Nx / time at 1x; linear: 8x ≤ 9x):");
    let mut worst: f64 = 0.0;
    for kind in ["dsn", "log", "flood", "replies", "noise"] {
        let texts = SCALES.map(|scale| inputs::input(kind, scale));
        for (name, all) in [("explain_all", true), ("explain", false)] {
            let t = best_times(|i| {
                if all {
                    black_box(explain_all(black_box(&texts[i]), &Options::default()));
                } else {
                    black_box(explain(black_box(&texts[i])));
                }
            });
            let mut line = format!("  {name:<11} {kind:<7} 1x {:>7} KB {:>8.2} ms", texts[0].len() / 1000, t[0]);
            for (scale, ms) in SCALES.iter().zip(t).skip(1) {
                line += &format!(" | {scale}x {ms:>8.2} ms {:>5.2}x", ms / t[0]);
            }
            worst = worst.max(t[3] / t[0]);
            println!("{line}");
        }
    }
    println!("  worst 8x ratio: {worst:.2}x (budget 9x)");
}
