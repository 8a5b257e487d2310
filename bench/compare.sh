#!/usr/bin/env bash
# Side-by-side benchmark of `dipkb tag --jsonl` and the peer taggers of
# issue 7 (bench/baseline_tag.py) on the same bench/make_corpus.py corpus, plus `extract --jsonl`, ingest
# throughput and `meetings --person` latency on a ~100,000-article store.
#
# Usage: bench/compare.sh [--quick]
#   Environment: OUT (work dir, default /tmp/dipkb-bench), RUNS (default 3),
#   MB (default 100), PEOPLE (default 20000), SPACY_MB (default 20),
#   STORE_MB (text for the query store, default 510: ~100,000 articles),
#   ENGINES (default "flashtext pyahocorasick ahocorasick_rs spacy"),
#   SKIP_STORE=1 to leave out ingest and query, SCALE=1 to add the scale curve
#   (SCALE_PEOPLE, default "2000 20000 200000", at MB of text; SCALE_MB,
#   default "10 1000", at PEOPLE people).
# Every figure is whole-process wall-clock time measured with /usr/bin/time,
# except the peers' "core MB/s", which is their runner's own timing of the
# tagging calls alone; "ratio" divides dipkb's whole-process MB/s by it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/bench
OUT=${OUT:-/tmp/dipkb-bench}
RUNS=${RUNS:-3}
MB=${MB:-100}
PEOPLE=${PEOPLE:-20000}
SPACY_MB=${SPACY_MB:-20}
STORE_MB=${STORE_MB:-510}
ENGINES=${ENGINES-"flashtext pyahocorasick ahocorasick_rs spacy"}
if [[ ${1:-} == --quick ]]; then
  MB=5 PEOPLE=2000 SPACY_MB=1 STORE_MB=5 RUNS=1
fi
mkdir -p "$OUT"
TIME=/usr/bin/time
[[ -x $TIME ]] || { echo "compare.sh needs GNU time (apt-get install time)" >&2; exit 1; }

cargo build --release --quiet
DIPKB=$ROOT/target/release/dipkb

if [[ -n $ENGINES ]]; then
  python3 -c 'import flashtext, ahocorasick, ahocorasick_rs, spacy' 2>/dev/null ||
    pip install --quiet flashtext pyahocorasick ahocorasick-rs spacy
fi

corpus() { # corpus DIR MB PEOPLE
  if [[ ! -f $1/stats.json ]]; then
    python3 "$BENCH/make_corpus.py" --out "$1" --mb "$2" --people "$3" --seed 1 >/dev/null
  fi
}

# timed LOG CMD...: runs CMD under GNU time; prints "seconds max_rss_mb".
timed() {
  local log=$1; shift
  $TIME -f '%e %M' -o "$log.time" "$@" >"$log.out" 2>"$log.err"
  awk '{printf "%s %.0f\n", $1, $2 / 1024}' "$log.time"
}

median() { python3 -c 'import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }

text_mb() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["text_bytes"] / 1e6)' "$1/stats.json"; }

# run_dipkb COMMAND DIR: median seconds and peak RSS of `dipkb COMMAND --jsonl` on DIR.
run_dipkb() {
  local command=$1 dir=$2 times=() rss=()
  for run in $(seq "$RUNS"); do
    read -r seconds peak < <(timed "$OUT/dipkb-$command" "$DIPKB" --no-builtin --gazetteer "$dir/gazetteer" "$command" --jsonl "$dir/corpus.jsonl")
    times+=("$seconds"); rss+=("$peak")
  done
  echo "$(median "${times[@]}") $(median "${rss[@]}")"
}

tag_dipkb() { run_dipkb tag "$1"; }

C=$OUT/c$MB-p$PEOPLE
corpus "$C" "$MB" "$PEOPLE"
TEXT_MB=$(text_mb "$C")
echo "corpus: $C ($TEXT_MB MB of text, $(wc -l <"$C/corpus.jsonl") articles, $(nproc) cores, $RUNS runs each, medians)"
echo
printf '| %-44s | %12s | %14s | %9s | %13s | %10s |\n' engine "MB/s (whole)" "MB/s (core)" "ratio" "peak RSS (MB)" mentions
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" "--------------" "----------------" "-----------" "---------------" "------------"
read -r SECONDS_DIPKB RSS_DIPKB < <(tag_dipkb "$C")
DIPKB_MBS=$(python3 -c "print(round($TEXT_MB / $SECONDS_DIPKB, 1))")
MENTIONS=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["mentions"]) for l in open(sys.argv[1])))' "$OUT/dipkb-tag.out")
printf '| %-44s | %12s | %14s | %9s | %13s | %10s |\n' "dipkb tag --jsonl ($(nproc) threads)" "$DIPKB_MBS" "-" "1.0" "$RSS_DIPKB" "$MENTIONS"

for engine in $ENGINES; do
  limit=()
  slice_mb=$TEXT_MB
  if [[ $engine == spacy ]]; then limit=(--max-mb "$SPACY_MB"); slice_mb=$SPACY_MB; fi
  whole=() core=() rss=() mentions=
  for run in $(seq "$RUNS"); do
    read -r seconds peak < <(timed "$OUT/$engine" python3 "$BENCH/baseline_tag.py" --engine "$engine" \
      --patterns "$C/patterns.tsv" --corpus "$C/corpus.jsonl" --out "$OUT/$engine.mentions" "${limit[@]}")
    summary=$(tail -1 "$OUT/$engine.out")
    mb=$(sed -E 's/.* MB=([0-9.]+).*/\1/' <<<"$summary")
    whole+=("$(python3 -c "print($mb / $seconds)")")
    core+=("$(sed -E 's/.* MB_s=([0-9.]+).*/\1/' <<<"$summary")")
    rss+=("$peak")
    mentions=$(sed -E 's/.* mentions=([0-9]+).*/\1/' <<<"$summary")
  done
  core_median=$(median "${core[@]}")
  printf '| %-44s | %12.2f | %14.2f | %8.1fx | %13s | %10s |\n' "$engine$([[ $engine == spacy ]] && echo " ($SPACY_MB MB slice)")" \
    "$(median "${whole[@]}")" "$core_median" "$(python3 -c "print($DIPKB_MBS / $core_median)")" "$(median "${rss[@]}")" "$mentions"
done

echo
read -r seconds peak < <(run_dipkb extract "$C")
printf 'dipkb extract --jsonl: %s s, %.1f MB/s, peak RSS %s MB\n' "$seconds" "$(python3 -c "print($TEXT_MB / $seconds)")" "$peak"

if [[ ${SCALE:-0} == 1 ]]; then
  echo
  echo "scale curve: dipkb tag --jsonl, whole process"
  printf '| %7s | %6s | %9s | %8s | %13s |\n' people "MB" seconds "MB/s" "peak RSS (MB)"
  for people in ${SCALE_PEOPLE-2000 20000 200000}; do
    dir=$OUT/c$MB-p$people; corpus "$dir" "$MB" "$people"
    read -r seconds peak < <(tag_dipkb "$dir")
    printf '| %7s | %6s | %9s | %8.1f | %13s |\n' "$people" "$MB" "$seconds" "$(python3 -c "print($(text_mb "$dir") / $seconds)")" "$peak"
  done
  for size in ${SCALE_MB-10 1000}; do
    dir=$OUT/c$size-p$PEOPLE; corpus "$dir" "$size" "$PEOPLE"
    read -r seconds peak < <(tag_dipkb "$dir")
    printf '| %7s | %6s | %9s | %8.1f | %13s |\n' "$PEOPLE" "$size" "$seconds" "$(python3 -c "print($(text_mb "$dir") / $seconds)")" "$peak"
  done
fi

if [[ ${SKIP_STORE:-0} != 1 ]]; then
  echo
  articles=$(wc -l <"$C/corpus.jsonl")
  ingest=() rss=()
  for run in $(seq "$RUNS"); do
    rm -f "$OUT/ingest.db" "$OUT/ingest.db-wal" "$OUT/ingest.db-shm"
    read -r seconds peak < <(timed "$OUT/ingest" "$DIPKB" --no-builtin --gazetteer "$C/gazetteer" --db "$OUT/ingest.db" ingest --jsonl "$C/corpus.jsonl")
    ingest+=("$(python3 -c "print($articles / $seconds)")"); rss+=("$peak")
  done
  printf 'ingest into a fresh store: %.0f articles/s (%s articles, peak RSS %s MB)\n' "$(median "${ingest[@]}")" "$articles" "$(median "${rss[@]}")"

  # The query store: STORE_MB of text from the same generator (~196 articles a MB).
  S=$OUT/c$STORE_MB-p$PEOPLE
  corpus "$S" "$STORE_MB" "$PEOPLE"
  DB=$OUT/store-$STORE_MB.db
  if [[ ! -f $DB ]]; then
    read -r seconds peak < <(timed "$OUT/store" "$DIPKB" --no-builtin --gazetteer "$S/gazetteer" --db "$DB" ingest --jsonl "$S/corpus.jsonl")
    echo "built the query store: $(wc -l <"$S/corpus.jsonl") articles in ${seconds} s ($(python3 -c "print(round($(wc -l <"$S/corpus.jsonl") / $seconds))") articles/s, peak RSS $peak MB)"
  fi
  person=$(sqlite3 "$DB" "SELECT e.name FROM participants p JOIN entities e ON e.kind = 'person' AND e.id = p.entity_id GROUP BY p.entity_id ORDER BY count(*) DESC LIMIT 1")
  count=$(sqlite3 "$DB" "SELECT count(*) FROM meetings")
  # GNU time rounds to 10 ms; time the whole process from Python instead.
  latency=$(python3 - "$DIPKB" "$DB" "$person" "$((RUNS * 5))" "$OUT/meetings.out" <<'PY'
import statistics, subprocess, sys, time
dipkb, db, person, runs, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
command = [dipkb, "--db", db, "meetings", "--person", person]
subprocess.run(command, stdout=subprocess.DEVNULL, check=True)  # warm the page cache
times = []
for _ in range(runs):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, check=True)
    times.append(time.perf_counter() - start)
open(out, "wb").write(result.stdout)
print("%.1f %.1f %.1f" % (statistics.median(times) * 1000, min(times) * 1000, max(times) * 1000))
PY
)
  read -r median_ms min_ms max_ms <<<"$latency"
  printf 'meetings --person "%s" on a %s-article store (%s meetings): %s ms median (min %s, max %s), %s lines out\n' "$person" \
    "$(sqlite3 "$DB" 'SELECT count(*) FROM articles')" "$count" "$median_ms" "$min_ms" "$max_ms" "$(wc -l <"$OUT/meetings.out")"
fi
