#!/usr/bin/env python3
"""Makes a large set of extraction records from a small one, to measure the
merge (`dipkb ingest --extracted`) at a scale no corpus on this machine
reaches: copy K of every record has its dates K years later, its `id` or
`path` suffixed with `#K` and a line `Copy K.` after its text (offsets stay
valid, the content hash is recomputed), so every copy is a new article whose
meetings are new meetings, as in a longer archive. Copy 0 is the record as
it is. Writes one file per copy.

Usage: grow_extracted.py RECORDS.jsonl OUT_DIR COPIES
"""

import hashlib
import json
import os
import re
import sys

DATE = re.compile(r"^(\d{4})(-\d{2}(?:-\d{2})?)?$")


def shift(text, years):
    """`2020-10-29` -> `2020+years-10-29` (29 February becomes the 28th)."""
    if text is None:
        return None
    found = DATE.match(text)
    if not found:
        return text
    rest = found.group(2) or ""
    if rest == "-02-29":
        rest = "-02-28"
    return "%04d%s" % (int(found.group(1)) + years, rest)


def copy(record, k):
    if k == 0:
        return record
    article = record["article"]
    article["text"] += "\nCopy %d." % k
    article["content_hash"] = hashlib.sha256(article["text"].encode("utf-8")).hexdigest()
    article["path"] = "%s#%d" % (article["path"], k)
    article["date"] = shift(article.get("date"), k)
    for meeting in record.get("meetings", []):
        meeting["date"] = shift(meeting.get("date"), k)
        if meeting.get("date_range"):
            meeting["date_range"] = {key: shift(value, k) for key, value in meeting["date_range"].items()}
        partial = meeting.get("date_partial")
        if partial and partial.get("year"):
            partial["year"] += k
    return record


def main():
    source, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    for k in range(copies):
        with open(source, encoding="utf-8") as lines, \
                open(os.path.join(out, "copy-%03d.jsonl" % k), "w", encoding="utf-8") as written:
            for line in lines:
                written.write(json.dumps(copy(json.loads(line), k), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
