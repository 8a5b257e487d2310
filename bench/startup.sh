#!/usr/bin/env bash
# Start-up: `dipkb tag` of a one-line file with make_corpus.py gazetteers of
# 2,000, 20,000 and 200,000 people, from YAML (DIPKB_CACHE_DIR empty) and
# from the compiled cache. Medians of RUNS runs: wall and CPU seconds, peak RSS.
#
# Usage: bench/startup.sh   Environment: OUT (default /tmp/dipkb-bench), RUNS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/bench
OUT=${OUT:-/tmp/dipkb-bench}
RUNS=${RUNS:-3}
mkdir -p "$OUT"
cargo build --release --quiet
DIPKB=$ROOT/target/release/dipkb
export DIPKB_CACHE_DIR=$OUT/cache
echo "Hello world." >"$OUT/one.txt"
echo "| people | from | wall s | CPU s | peak RSS MB |"
echo "|---|---|---|---|---|"
for people in 2000 20000 200000; do
  dir=$OUT/g1-p$people
  [[ -d $dir/gazetteer ]] || python3 "$BENCH/make_corpus.py" --out "$dir" --mb 1 --people "$people" --seed 1 >/dev/null
  "$DIPKB" --no-builtin --gazetteer "$dir/gazetteer" gazetteer compile >/dev/null
  for from in YAML cache; do
    for run in $(seq "$RUNS"); do
      cache=$DIPKB_CACHE_DIR; [[ $from == YAML ]] && cache=
      DIPKB_CACHE_DIR=$cache /usr/bin/time -f '%e %U %S %M' -a -o "$OUT/startup-$people-$from.time" \
        "$DIPKB" --no-builtin --gazetteer "$dir/gazetteer" tag "$OUT/one.txt" >/dev/null
    done
    tail -n "$RUNS" "$OUT/startup-$people-$from.time" | python3 -c "
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin]
print('| $people | $from | %.2f | %.2f | %.0f |' % (statistics.median(r[0] for r in rows),
      statistics.median(r[1] + r[2] for r in rows), max(r[3] for r in rows) / 1024))"
  done
done
