#!/usr/bin/env bash
# The Spark path end to end, on this machine in local mode: installs PySpark
# into a virtual environment of its own, generates a corpus, extracts it with
# the Spark job (local[2]), merges the output with `dipkb ingest --extracted`
# and checks that `meetings --json` is byte for byte what a direct
# `dipkb ingest` of the same articles gives. Prints the time of every step.
#
# Usage: scale/spark/test.sh
#   Environment: OUT (work directory, default a new temporary one),
#   VENV (default OUT/venv; an existing one with PySpark is reused),
#   DIPKB (a built binary; default: cargo build --release),
#   MB and PEOPLE (corpus size, default 5 MB and 2,000 people),
#   PARTITIONS (default 4), MASTER (default local[2]).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=${OUT:-$(mktemp -d -t dipkb-spark.XXXXXX)}
VENV=${VENV:-$OUT/venv}
MB=${MB:-5}
PEOPLE=${PEOPLE:-2000}
PARTITIONS=${PARTITIONS:-4}
MASTER=${MASTER:-local[2]}
PYSPARK_VERSION=4.3.0
mkdir -p "$OUT"
rm -rf "$OUT/spark-out" "$OUT"/direct.db* "$OUT"/merged.db*
START=$(date +%s.%N)
step_start=$START
step() { # step NAME: prints the time since the previous step
  local now
  now=$(date +%s.%N)
  awk -v a="$step_start" -v b="$now" -v name="$1" 'BEGIN { printf "%-28s %6.1f s\n", name, b - a }' | tee -a "$OUT/times.txt"
  step_start=$now
}
: >"$OUT/times.txt"

# Spark 4 runs on Java 17 or newer.
if ! command -v java >/dev/null 2>&1; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null
  else
    echo "test.sh: Spark needs Java 17 (apt-get install openjdk-17-jre-headless)" >&2
    exit 1
  fi
fi

if [[ ! -x $VENV/bin/spark-submit ]]; then
  if ! python3 -m venv "$VENV" 2>/dev/null; then
    # Debian keeps venv's pip bootstrap in its own package.
    apt-get install -y -qq python3-venv >/dev/null && python3 -m venv "$VENV"
  fi
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
fi
step "install pyspark"

if [[ -z ${DIPKB:-} ]]; then
  cargo build --release --quiet
  DIPKB=$ROOT/target/release/dipkb
fi
DIPKB=$(realpath "$DIPKB")
step "build dipkb"

# The generator's records have no id; numbered, an article is stored under
# the same name whichever way it comes in. Two bad lines check that errors
# are counted and written beside the output, not fatal.
python3 bench/make_corpus.py --out "$OUT/corpus" --mb "$MB" --people "$PEOPLE" --seed 1 2>/dev/null
python3 - "$OUT/corpus/corpus.jsonl" "$OUT/articles.jsonl" <<'EOF'
import json, sys
with open(sys.argv[1], encoding="utf-8") as source, open(sys.argv[2], "w", encoding="utf-8") as out:
    for number, line in enumerate(source, 1):
        out.write(json.dumps({"id": "article-%07d" % number, **json.loads(line)}, ensure_ascii=False) + "\n")
    out.write('{"id": "bad-text", "text": 12}\n')
    out.write("not JSON at all\n")
EOF
ARTICLES=$(($(wc -l <"$OUT/articles.jsonl") - 2))
GAZ=(--no-builtin --gazetteer "$OUT/corpus/gazetteer")
step "corpus ($ARTICLES articles)"

PATH="$VENV/bin:$PATH" PYSPARK_PYTHON="$VENV/bin/python" \
  spark-submit --master "$MASTER" --conf spark.ui.enabled=false \
  scale/spark/extract_job.py --dipkb "$DIPKB" --gazetteer "$OUT/corpus/gazetteer" --no-builtin \
  --partitions "$PARTITIONS" --summary "$OUT/spark.json" "$OUT/articles.jsonl" "$OUT/spark-out" \
  >"$OUT/spark.log" 2>&1 || { tail -40 "$OUT/spark.log" >&2; exit 1; }
grep '^dipkb-extract' "$OUT/spark.log" || true
step "spark job ($MASTER)"

"$DIPKB" "${GAZ[@]}" --db "$OUT/merged.db" ingest --extracted "$OUT/spark-out/kind=extracted"
step "merge (ingest --extracted)"

"$DIPKB" "${GAZ[@]}" extract --jsonl --with-text "$OUT/articles.jsonl" >"$OUT/direct-extract.jsonl" 2>/dev/null || [[ $? == 2 ]]
step "direct extract --jsonl"

"$DIPKB" "${GAZ[@]}" --db "$OUT/direct.db" ingest --jsonl "$OUT/articles.jsonl" 2>"$OUT/direct.log" || [[ $? == 2 ]]
step "direct ingest"

"$DIPKB" --db "$OUT/direct.db" meetings --json >"$OUT/direct.json"
"$DIPKB" --db "$OUT/merged.db" meetings --json >"$OUT/merged.json"
python3 - "$OUT" "$ARTICLES" <<'EOF'
import json, sys
out, articles = sys.argv[1], int(sys.argv[2])
summary = json.load(open(out + "/spark.json"))
assert summary["articles"] == articles + 2, summary
assert summary["extracted"] == articles and summary["errors"] == 2, summary
errors = [json.loads(line) for name in __import__("glob").glob(out + "/spark-out/kind=errors/*.txt")
          for line in open(name)]
assert sorted(error["record"][:10] for error in errors) == ['not JSON a', '{"id": "ba'], errors
meetings = json.load(open(out + "/direct.json"))
assert len(meetings) > articles // 2, "too few meetings to compare: %d" % len(meetings)
print("spark: %d articles in %d partitions, %.1f s (%.0f articles/s); partition seconds min %.2f median %.2f max %.2f"
      % (summary["articles"], summary["partitions"], summary["seconds"], summary["articles_per_second"],
         summary["partition_seconds"]["min"], summary["partition_seconds"]["median"], summary["partition_seconds"]["max"]))
print("%d meetings" % len(meetings))
EOF
if ! cmp -s "$OUT/direct.json" "$OUT/merged.json"; then
  echo "FAIL: meetings --json differs between the direct ingest and the Spark path ($OUT)" >&2
  diff "$OUT/direct.json" "$OUT/merged.json" | head -20 >&2
  exit 1
fi
step "compare"
step_start=$START
step "total"
echo "ok: meetings --json identical (direct ingest and Spark + ingest --extracted); work files in $OUT"
