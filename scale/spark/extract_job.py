#!/usr/bin/env python3
"""dipkb extraction as a Spark map step.

Reads JSON Lines articles (one {"text", "id"|"path", "title", "date", ...}
object a line) from any path Spark reads (local, HDFS, S3...), runs
`dipkb extract --jsonl --with-text` on every partition, and writes:

    OUTPUT/kind=extracted/part-*.txt   one extraction record per article, for
                                       `dipkb ingest --extracted OUTPUT/kind=extracted`
    OUTPUT/kind=errors/part-*.txt      one JSON object per article dipkb could
                                       not read: partition, line in it, message, record
    OUTPUT/kind=stats/part-*.txt       one JSON object per partition: articles,
                                       errors, bytes, seconds

A bad article does not fail the job: dipkb skips it and says why on stderr,
and the job writes that beside the output. If dipkb itself crashes on a
partition, the partition is split in halves and retried until the article
that crashes it is found and written to the errors.

Usage (see README.md):
    spark-submit extract_job.py --dipkb target/release/dipkb \
        [--gazetteer DIR]... [--no-builtin] [--partitions N] [--summary FILE] \
        INPUT OUTPUT
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession

# `dipkb: -:LINE: message`: an article dipkb could not read, by its line on stdin.
ERROR_LINE = re.compile(r"^dipkb: -:(\d+): (.*)$")


class Crash(Exception):
    """dipkb stopped with a code other than 0 (all read) or 2 (some skipped)."""


def run_dipkb(command, lines):
    """Pipes `lines` through `command`; returns (records, {line: message}).

    stdin is fed on a thread while stdout is read, so neither pipe fills up.
    """
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )

    def feed():
        try:
            for line in lines:
                process.stdin.write(line.encode("utf-8"))
                process.stdin.write(b"\n")
        except BrokenPipeError:
            pass  # dipkb stopped; its exit code says why
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    errors_text = []
    feeder = threading.Thread(target=feed)
    reader = threading.Thread(target=lambda: errors_text.append(process.stderr.read()))
    feeder.start()
    reader.start()
    records = [line.decode("utf-8").rstrip("\n") for line in process.stdout]
    feeder.join()
    reader.join()
    code = process.wait()
    stderr = errors_text[0].decode("utf-8", "replace") if errors_text else ""
    if code not in (0, 2):
        raise Crash("dipkb exited with %s: %s" % (code, stderr.strip()[-2000:]))
    errors = {}
    for line in stderr.splitlines():
        found = ERROR_LINE.match(line)
        if found:
            errors[int(found.group(1))] = found.group(2)
    return records, errors


def extract(command, lines, offset, out):
    """Extracts `lines` (line `offset + 1` onwards of the partition) into
    `out` as (kind, value) rows, halving the batch when dipkb crashes."""
    try:
        records, errors = run_dipkb(command, lines)
    except Crash as crash:
        if len(lines) == 1:
            out.append(("errors", {"line": offset + 1, "message": str(crash), "record": lines[0][:2000]}))
            return
        middle = len(lines) // 2
        extract(command, lines[:middle], offset, out)
        extract(command, lines[middle:], offset + middle, out)
        return
    for record in records:
        out.append(("extracted", record))
    for line, message in sorted(errors.items()):
        record = lines[line - 1] if 0 < line <= len(lines) else ""
        out.append(("errors", {"line": offset + line, "message": message, "record": record[:2000]}))


def partition_job(binary, gazetteers, no_builtin):
    """The function each partition runs, with what it needs from SparkFiles."""

    def run(index, rows):
        path = SparkFiles.get(binary)
        if not os.access(path, os.X_OK):
            os.chmod(path, 0o755)
        command = [path]
        for name in gazetteers:
            command += ["--gazetteer", SparkFiles.get(name)]
        if no_builtin:
            command.append("--no-builtin")
        command += ["extract", "--jsonl", "--with-text", "-"]
        lines = list(rows)
        started = time.monotonic()
        out = []
        extract(command, lines, 0, out)
        seconds = time.monotonic() - started
        errors = 0
        failed = set()
        for kind, value in out:
            if kind == "errors":
                errors += 1
                failed.add(value["line"])
                value["partition"] = index
                yield (kind, json.dumps(value, ensure_ascii=False))
            else:
                yield (kind, value)
        # A cheap look, not a parse: the text itself rarely has these keys.
        unnamed = sum(
            1
            for number, line in enumerate(lines, 1)
            if number not in failed and line.strip() and '"id"' not in line and '"path"' not in line
        )
        yield ("stats", json.dumps({
            "partition": index,
            "articles": sum(1 for line in lines if line.strip()),
            "errors": errors,
            "unnamed": unnamed,
            "bytes": sum(len(line.encode("utf-8")) + 1 for line in lines),
            "seconds": round(seconds, 3),
        }))

    return run


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input", help="JSON Lines articles: a file, directory or glob Spark reads")
    parser.add_argument("output", help="output directory (must not exist)")
    parser.add_argument("--dipkb", required=True, help="the dipkb binary, built for the executors' platform")
    parser.add_argument("--gazetteer", action="append", default=[], help="a gazetteer directory to ship (repeatable)")
    parser.add_argument("--no-builtin", action="store_true", help="pass --no-builtin to dipkb")
    parser.add_argument("--partitions", type=int, default=0, help="at least this many input partitions")
    parser.add_argument("--summary", help="also write the run's summary (JSON) to this local file")
    args = parser.parse_args(argv)

    names = [os.path.basename(os.path.normpath(path)) for path in args.gazetteer]
    if len(set(names)) != len(names):
        parser.error("gazetteer directories must have different names: %s" % names)
    spark = (
        SparkSession.builder.appName("dipkb-extract")
        # Writes the three kinds side by side instead of sorting each
        # partition's rows by kind first.
        .config("spark.sql.maxConcurrentOutputFileWriters", "3")
        .getOrCreate()
    )
    context = spark.sparkContext
    context.addFile(args.dipkb)
    for path in args.gazetteer:
        context.addFile(path, recursive=True)

    started = time.monotonic()
    lines = context.textFile(args.input, args.partitions or None)
    rows = lines.mapPartitionsWithIndex(
        partition_job(os.path.basename(args.dipkb), names, args.no_builtin)
    )
    spark.createDataFrame(rows, "kind string, value string").write.partitionBy("kind").text(args.output)
    seconds = time.monotonic() - started

    stats = [json.loads(row.value) for row in spark.read.text(args.output + "/kind=stats").collect()]
    articles = sum(stat["articles"] for stat in stats)
    errors = sum(stat["errors"] for stat in stats)
    unnamed = sum(stat["unnamed"] for stat in stats)
    times = sorted(stat["seconds"] for stat in stats)
    summary = {
        "articles": articles,
        "extracted": articles - errors,
        "errors": errors,
        "partitions": len(stats),
        "seconds": round(seconds, 2),
        "articles_per_second": round(articles / seconds, 1) if seconds else None,
        "partition_seconds": {
            "min": times[0] if times else None,
            "median": statistics.median(times) if times else None,
            "max": times[-1] if times else None,
            "sum": round(sum(times), 2),
        },
    }
    print("dipkb-extract: %d articles, %d extracted, %d errors (in %s/kind=errors), %d partitions, %.1f s"
          % (articles, articles - errors, errors, args.output, len(stats), seconds), file=sys.stderr)
    if unnamed:
        print("dipkb-extract: warning: %d articles have no `id` or `path`: they are stored under "
              "their position in a partition (-:LINE), not where they came from" % unnamed, file=sys.stderr)
    print("dipkb-extract: %s" % json.dumps(summary), file=sys.stderr)
    if args.summary:
        with open(args.summary, "w") as out:
            json.dump(summary, out)
    spark.stop()


if __name__ == "__main__":
    main()
