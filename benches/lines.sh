#!/bin/sh
# Throughput of `smtp-explain --lines` on a Postfix-like log, next to `wc -l` on the same file.
#   sh benches/lines.sh [SIZE_MB] [LOG]
# Writes the log with benches/genlog.py when LOG does not exist (default /tmp/smtp-explain-bench.log),
# builds the release binary, reads the file once to warm the page cache, then prints MB/s and
# the peak memory (max RSS) of each run. MB per CPU-second is the figure to compare on a
# machine shared with other work (wall-clock MB/s then depends on the load). Needs python3 and GNU time (/usr/bin/time).
set -eu
size=${1:-200}
log=${2:-/tmp/smtp-explain-bench-$size.log}
here=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -s "$log" ]; then
  python3 "$here/benches/genlog.py" "$size" > "$log"
fi
cargo build --release --quiet --manifest-path "$here/Cargo.toml"
bin="$here/target/release/smtp-explain"
bytes=$(wc -c < "$log")
lines=$(wc -l < "$log")
kept=$("$bin" --summary --lines --json < "$log" | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["lines"]-s["skippedLines"])')
echo "log: $log, $((bytes / 1048576)) MB, $lines lines, $kept pass the pre-filter; $(nproc) cores"
measure() {
  name=$1; shift
  start=$(date +%s.%N)
  /usr/bin/time -f "%M %U %S" -o /tmp/smtp-explain-bench.rss "$@" < "$log" > /dev/null
  end=$(date +%s.%N)
  python3 - "$name" "$start" "$end" "$bytes" $(tail -1 /tmp/smtp-explain-bench.rss) <<'PY'
import sys
name, start, end, size = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
rss, cpu = int(sys.argv[5]), float(sys.argv[6]) + float(sys.argv[7])
t = end - start
mb = size / 1048576
print(f"{name:<38} {t:7.2f} s {mb / t:8.1f} MB/s | cpu {cpu:6.2f} s {mb / max(cpu, 0.01):8.1f} MB/cpu-s | max RSS {rss / 1024:5.1f} MB")
PY
}
cat "$log" > /dev/null
measure "wc -l" wc -l
measure "smtp-explain --lines" "$bin" --lines
measure "smtp-explain --lines --jobs 1" "$bin" --lines --jobs 1
measure "smtp-explain --lines --json" "$bin" --lines --json
measure "smtp-explain --summary --lines" "$bin" --summary --lines
grep -v -e 'status=' -e 'reject:' "$log" > "$log.other"
bytes=$(wc -c < "$log.other")
log="$log.other"
measure "pre-filter only (no delivery line)" "$bin" --lines --jobs 1
rm -f "$log"
