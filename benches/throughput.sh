#!/bin/sh
# Throughput side by side, in one run, on this machine:
#   (a) whole bounce messages per second: `smtp-explain --summary --json --jobs 1 DIR` against
#       Sisimai's Perl `Sisimai->rise(DIR, delivered => 1, vacation => 1)` (the call of Sisimai's
#       own speed test, Benchmarks.mk) over the same folder: the public Sisimai sample bounces
#       (tests/data/sisimai/emails) repeated COPIES times;
#   (b) MB/s of `smtp-explain --lines` on a generated Postfix log of SIZE_MB (benches/genlog.py)
#       against `wc -l` on the same file.
#
#   sh benches/throughput.sh [COPIES] [SIZE_MB] [RUNS]      (defaults 20, 200, 3)
#
# Each command runs RUNS times; the median is printed, as wall-clock rate and as rate per
# CPU-second (user + system). On a machine shared with other work the CPU-second figure is the
# one to compare. Figures are printed, never asserted: the script exits 0 when something it
# compares against is missing (it then says why).
#
# Sisimai is never part of this repository. It is read from a bare git clone of
# github.com/sisimai/p5-sisimai (SISIMAI_GIT, default /work/.mirror/sisimai+p5-sisimai/repo)
# whose lib/ is unpacked into target/sisimai/ at bench time, or from SISIMAI_LIB (a lib/ folder
# holding Sisimai.pm). It needs Perl 5.26+, JSON and Class::Accessor::Lite; when that module is
# not installed it is unpacked the same way from a bare clone of
# github.com/kazuho/p5-Class-Accessor-Lite (CAL_GIT) into target/perl5/.
set -u
copies=${1:-20}
size=${2:-200}
runs=${3:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

if ! cargo build --release --quiet; then
  echo "throughput: the release build failed; nothing measured"
  exit 0
fi
bin="$here/target/release/smtp-explain"

# --- the message folder: every sample bounce, COPIES times -----------------------------------
corpus="$here/tests/data/sisimai/emails"
dir="$here/target/bench-bounces"
rm -rf "$dir"
mkdir -p "$dir"
i=1
while [ "$i" -le "$copies" ]; do
  for f in "$corpus"/*.eml; do
    ln "$f" "$dir/$i-${f##*/}" 2>/dev/null || cp "$f" "$dir/$i-${f##*/}"
  done
  i=$((i + 1))
done
messages=$(ls "$dir" | wc -l)
bytes=$(cat "$dir"/* | wc -c)
cat "$dir"/* > /dev/null

# --- Sisimai ----------------------------------------------------------------------------------
sisimai_inc=""
sisimai_why=""
SISIMAI_GIT=${SISIMAI_GIT:-/work/.mirror/sisimai+p5-sisimai/repo}
CAL_GIT=${CAL_GIT:-/work/.mirror/kazuho+p5-Class-Accessor-Lite/repo}
if ! command -v perl > /dev/null; then
  sisimai_why="perl is not installed"
elif [ -n "${SISIMAI_LIB:-}" ]; then
  sisimai_inc="-I$SISIMAI_LIB"
elif [ -d "$SISIMAI_GIT" ]; then
  rm -rf "$here/target/sisimai"
  mkdir -p "$here/target/sisimai"
  if git --git-dir="$SISIMAI_GIT" archive HEAD lib | tar -x -C "$here/target/sisimai"; then
    sisimai_inc="-I$here/target/sisimai/lib"
  else
    sisimai_why="could not unpack lib/ from $SISIMAI_GIT"
  fi
else
  sisimai_why="no copy of Sisimai's Perl code: set SISIMAI_GIT to a bare clone of github.com/sisimai/p5-sisimai (or SISIMAI_LIB to its lib/)"
fi
if [ -n "$sisimai_inc" ] && ! perl -MClass::Accessor::Lite -e 1 2> /dev/null; then
  if [ -d "$CAL_GIT" ]; then
    rm -rf "$here/target/perl5"
    mkdir -p "$here/target/perl5"
    git --git-dir="$CAL_GIT" archive HEAD lib | tar -x -C "$here/target/perl5" && sisimai_inc="$sisimai_inc -I$here/target/perl5/lib"
  fi
fi
if [ -n "$sisimai_inc" ]; then
  # shellcheck disable=SC2086
  if ! err=$(perl $sisimai_inc -MSisimai -e 'Sisimai->rise(shift) or die "Sisimai read nothing\n"' "$corpus" 2>&1 > /dev/null); then
    sisimai_why="Sisimai does not run here: $(echo "$err" | head -1)"
    sisimai_inc=""
  fi
fi

# --- the log ----------------------------------------------------------------------------------
log=${LOG:-/tmp/smtp-explain-bench-$size.log}
if [ ! -s "$log" ]; then
  python3 "$here/benches/genlog.py" "$size" > "$log"
fi
logbytes=$(wc -c < "$log")
cat "$log" > /dev/null

# --- measuring --------------------------------------------------------------------------------
# median RUNS: prints "<wall seconds> <cpu seconds> <first line of stdout>" (medians)
median() {
  python3 - "$runs" "$@" <<'PY'
import os, resource, statistics, subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
stdin = None
if cmd[-2:-1] == ["<"]:
    stdin, cmd = cmd[-1], cmd[:-2]
walls, cpus, first = [], [], ""
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(stdin or os.devnull, "rb") as f:
        p = subprocess.run(cmd, stdin=f, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    walls.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if p.returncode != 0:
        print("failed", p.returncode)
        sys.exit(0)
    first = (p.stdout.decode("utf-8", "replace").strip().splitlines() or [""])[0]
print(f"{statistics.median(walls):.4f} {statistics.median(cpus):.4f} {first}")
PY
}
rate() { # rate NAME UNIT AMOUNT WALL CPU EXTRA
  python3 - "$@" <<'PY'
import sys
name, unit = sys.argv[1], sys.argv[2]
if len(sys.argv) < 7 or sys.argv[4] == "failed":
    print(f"  {name:<36} failed (exit status {sys.argv[5] if len(sys.argv) > 5 else '?'})")
    sys.exit(0)
amount, wall, cpu, extra = float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), sys.argv[6]
print(f"  {name:<36} {wall:7.2f} s {amount / wall:10.1f} {unit} | cpu {cpu:7.2f} s {amount / max(cpu, 1e-3):10.1f} {unit.split('/')[0]}/cpu-s  {extra}")
PY
}
ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{a / b:.1f}x' if b > 0 else 'n/a')" "$@"; }

echo "throughput on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); medians of $runs runs"
echo
echo "(a) whole bounces: $messages messages ($copies x the $(ls "$corpus" | wc -l) Sisimai samples, $((bytes / 1048576)) MB) in $dir"
set -- $(median "$bin" --summary --json --jobs 1 "$dir")
ours_wall=$1 ours_cpu=$2
results=$("$bin" --summary --json --jobs 1 "$dir" | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"])')
rate "smtp-explain --summary --jobs 1" "messages/s" "$messages" "$ours_wall" "$ours_cpu" "($results results)"
set -- $(median "$bin" --summary --json "$dir")
rate "smtp-explain --summary (all cores)" "messages/s" "$messages" "$1" "$2" ""
if [ -n "$sisimai_inc" ]; then
  version=$(perl $sisimai_inc -MSisimai -e 'print Sisimai->version')
  # shellcheck disable=SC2086
  set -- $(median perl $sisimai_inc -MSisimai -le 'print scalar @{ Sisimai->rise(shift, delivered => 1, vacation => 1) || [] }' "$dir")
  rate "Sisimai $version (Perl $(perl -e 'printf "%vd", $^V'))" "messages/s" "$messages" "$1" "$2" "($3 results)"
  echo "  => smtp-explain reads $(ratio "$1" "$ours_wall") as many messages per second as Sisimai ($(ratio "$2" "$ours_cpu") per CPU-second; goal: 100x)"
else
  echo "  Sisimai: not measured ($sisimai_why)"
fi

echo
lines=$(wc -l < "$log")
echo "(b) --lines: $log, $((logbytes / 1048576)) MB, $lines lines"
mb=$(python3 -c "print($logbytes / 1048576)")
set -- $(median wc -l "<" "$log")
wc_wall=$1 wc_cpu=$2
rate "wc -l" "MB/s" "$mb" "$1" "$2" ""
set -- $(median "$bin" --lines "<" "$log")
rate "smtp-explain --lines" "MB/s" "$mb" "$1" "$2" ""
echo "  => wc -l is $(ratio "$1" "$wc_wall") as fast as smtp-explain --lines ($(ratio "$2" "$wc_cpu") per CPU-second; goal: --lines at 200 MB/s or more)"
rm -rf "$dir"
exit 0
