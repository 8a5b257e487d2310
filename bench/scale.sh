#!/usr/bin/env bash
# Store growth: ingests BATCHES copies of the bench corpus (make_corpus.py
# --mb 100 --people 20000 --seed 1, 19,626 articles) into one store, one
# copy per `dipkb ingest` run, and prints the rate and the store size after
# each; then `meetings --person` and `person` latency on the final store.
# Copy k moves every article date 4k years back (leap days stay valid
# between 1901 and 2099, so up to 28 copies of the 2015-2025 corpus) and
# adds a line naming the copy, so every body is new; the same people meet
# again in every copy, so each batch also re-merges the meetings of the
# earlier copies (a hard case for the merge).
#
# Usage: bench/scale.sh   Environment: OUT (default /tmp/dipkb-bench),
#   BATCHES (default 5: about 100,000 articles; at most 28), DIPKB (a
#   dipkb binary to use instead of building this checkout's), RUNS (query
#   runs timed, default 9), DB (default $OUT/scale.db).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/bench
OUT=${OUT:-/tmp/dipkb-bench}
BATCHES=${BATCHES:-5}
C=$OUT/c100-p20000
mkdir -p "$OUT"
[[ -f $C/stats.json ]] || python3 "$BENCH/make_corpus.py" --out "$C" --mb 100 --people 20000 --seed 1 >/dev/null
if [[ -z ${DIPKB:-} ]]; then
  nice cargo build --release --quiet
  DIPKB=$ROOT/target/release/dipkb
fi
RUNS=${RUNS:-9}
DB=${DB:-$OUT/scale.db}
rm -f "$DB" "$DB-wal" "$DB-shm"
articles=$(wc -l <"$C/corpus.jsonl")
echo "| articles in the store | seconds | articles/s | CPU seconds | store MB |"
echo "|---|---|---|---|---|"
for k in $(seq 0 $((BATCHES - 1))); do
  python3 - "$k" "$C/corpus.jsonl" >"$OUT/batch.jsonl" <<'PY'
import json, sys
k = int(sys.argv[1])
for line in open(sys.argv[2]):
    record = json.loads(line)
    if k:
        year, rest = record["date"].split("-", 1)
        record["date"] = f"{int(year) - 4 * k}-{rest}"
        record["text"] += f"\n(Archive copy {k}.)"
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
PY
  /usr/bin/time -f '%e %U %S' -o "$OUT/scale.time" nice "$DIPKB" --no-builtin --gazetteer "$C/gazetteer" --db "$DB" ingest --jsonl "$OUT/batch.jsonl" 2>/dev/null
  read -r seconds user system <"$OUT/scale.time"
  stored=$(sqlite3 "$DB" 'SELECT count(*) FROM articles')
  bytes=$(( $(stat -c %s "$DB") + $(stat -c %s "$DB-wal" 2>/dev/null || echo 0) ))
  printf '| %s | %s | %.0f | %.1f | %d |\n' "$stored" "$seconds" "$(python3 -c "print($articles / $seconds)")" \
    "$(python3 -c "print($user + $system)")" "$((bytes / 1000000))"
done
person=$(sqlite3 "$DB" "SELECT e.name FROM participants p JOIN entities e ON e.kind = 'person' AND e.id = p.entity_id GROUP BY p.entity_id ORDER BY count(*) DESC LIMIT 1")
python3 - "$DIPKB" "$DB" "$person" "$RUNS" <<'PY'
import statistics, subprocess, sys, time
dipkb, db, person, runs = sys.argv[1:]
for args in (["meetings", "--person", person], ["person", person]):
    command = [dipkb, "--db", db] + args
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)  # warm the page cache
    times = []
    for _ in range(int(runs)):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    print("%s %r: %.1f ms median (min %.1f)" % (args[0], person, statistics.median(times) * 1000, min(times) * 1000))
PY
