#!/usr/bin/env python3
"""Quick consistency check of gazetteer/people/*.yaml, organizations.yaml and
issues.yaml (the files tools/officials_to_yaml.py and tools/PEOPLE.md cover).

Usage (from the repository root): python3 tools/check_people_orgs_issues.py [--seed FILE]

Checks: allowed keys, required fields, unique ids, `org`/`parent` references,
valid dates and `to` >= `from`, no empty / duplicate aliases, no alias equal to
the entry's own name, ISO2-shaped country codes, enum values. Warns about
aliases shared by several entities (outside `generic`) and single-word aliases
of people that are common English words. With --seed, reports which seed
phrases are covered. Prints counts. Exit status 1 on errors.

This is a convenience for data authors; the authoritative check is
`dipkb gazetteer check`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "gazetteer"

PERSON_KEYS = {"id", "name", "family", "given", "name_order", "aliases", "country", "roles"}
ROLE_KEYS = {"title", "org", "from", "to", "source"}
ORG_KEYS = {"id", "name", "kind", "country", "parent", "aliases", "generic"}
ISSUE_KEYS = {"id", "name", "aliases"}
ORG_KINDS = {"ministry", "bureau", "agency", "government", "party", "company", "international"}
NAME_ORDERS = {"family_first", "given_first"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
COMMON_WORDS = {"moon", "park", "rice", "will", "young", "long", "gray", "grey", "may", "power",
                "craft", "brown", "hunt", "bishop", "carter", "cooper", "johnson", "kennedy", "wong",
                "lee", "kim", "han", "ban", "song", "chang", "sun", "ma", "he", "mao", "hua", "kan"}


def parse_date(text, where, errors):
    text = str(text)
    try:
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 1, 1), dt.date(int(text), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            y, m = map(int, text.split("-"))
            first = dt.date(y, m, 1)
            last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
            return first, last
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            d = dt.date.fromisoformat(text)
            return d, d
    except ValueError:
        pass
    errors.append(f"{where}: bad date {text!r}")
    return None


def check_aliases(entity, field, where, errors):
    aliases = entity.get(field) or []
    if not isinstance(aliases, list):
        errors.append(f"{where}: `{field}` is not a list")
        return []
    seen = set()
    for alias in aliases:
        if not isinstance(alias, str) or not alias.strip():
            errors.append(f"{where}: empty or non-string {field} {alias!r}")
            continue
        key = alias if alias.isupper() else alias.lower()
        if key in seen:
            errors.append(f"{where}: duplicate {field} {alias!r}")
        seen.add(key)
        if alias.lower() == str(entity.get("name", "")).lower():
            errors.append(f"{where}: {field} {alias!r} equals the name")
    return aliases


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=Path)
    args = parser.parse_args()
    errors: list[str] = []
    warnings: list[str] = []

    orgs = yaml.safe_load((GAZ / "organizations.yaml").read_text(encoding="utf-8"))["organizations"]
    issues = yaml.safe_load((GAZ / "issues.yaml").read_text(encoding="utf-8"))["issues"]
    people = []
    for path in sorted((GAZ / "people").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key in data:
            if key != "people":
                errors.append(f"{path.name}: unexpected top-level key {key!r}")
        for p in data.get("people") or []:
            people.append((path.name, p))

    owners = defaultdict(set)  # lower-cased name -> {(kind, id)}
    generic_names = set()

    org_ids = set()
    for o in orgs:
        where = f"organizations.yaml:{o.get('id')}"
        for key in set(o) - ORG_KEYS:
            errors.append(f"{where}: unknown key {key!r}")
        for key in ("id", "name", "kind"):
            if not o.get(key):
                errors.append(f"{where}: missing {key}")
        if not ID_RE.match(str(o.get("id", ""))):
            errors.append(f"{where}: bad id")
        if o.get("id") in org_ids:
            errors.append(f"{where}: duplicate id")
        org_ids.add(o.get("id"))
        if o.get("kind") not in ORG_KINDS:
            errors.append(f"{where}: bad kind {o.get('kind')!r}")
        if "country" in o and not COUNTRY_RE.match(str(o["country"])):
            errors.append(f"{where}: bad country {o['country']!r}")
        for alias in [o["name"]] + check_aliases(o, "aliases", where, errors):
            owners[alias.lower()].add(("organization", o["id"]))
        for g in check_aliases(o, "generic", where, errors):
            generic_names.add(g.lower())
            if re.search(r"\b(Korea|Korean|Japan|Japanese|China|Chinese|U\.S\.|US|American|Russia|Russian)\b", g):
                errors.append(f"{where}: country-qualified generic {g!r}")
    for o in orgs:
        if o.get("parent") and o["parent"] not in org_ids:
            errors.append(f"organizations.yaml:{o['id']}: unknown parent {o['parent']!r}")

    issue_ids = set()
    for i in issues:
        where = f"issues.yaml:{i.get('id')}"
        for key in set(i) - ISSUE_KEYS:
            errors.append(f"{where}: unknown key {key!r}")
        if not ID_RE.match(str(i.get("id", ""))) or not i.get("name"):
            errors.append(f"{where}: bad id or missing name")
        if i.get("id") in issue_ids:
            errors.append(f"{where}: duplicate id")
        issue_ids.add(i.get("id"))
        for alias in [i["name"]] + check_aliases(i, "aliases", where, errors):
            owners[alias.lower()].add(("issue", i["id"]))

    person_ids = set()
    dated_people = 0
    alias_count = sum(len(o.get("aliases") or []) + len(o.get("generic") or []) for o in orgs)
    alias_count += sum(len(i.get("aliases") or []) for i in issues)
    for fname, p in people:
        where = f"{fname}:{p.get('id')}"
        for key in set(p) - PERSON_KEYS:
            errors.append(f"{where}: unknown key {key!r}")
        if not p.get("id") or not p.get("name"):
            errors.append(f"{where}: missing id or name")
        if not ID_RE.match(str(p.get("id", ""))):
            errors.append(f"{where}: bad id")
        if p.get("id") in person_ids:
            errors.append(f"{where}: duplicate id")
        person_ids.add(p.get("id"))
        if p.get("name_order") and p["name_order"] not in NAME_ORDERS:
            errors.append(f"{where}: bad name_order")
        if "country" in p and not COUNTRY_RE.match(str(p["country"])):
            errors.append(f"{where}: bad country {p['country']!r}")
        aliases = check_aliases(p, "aliases", where, errors)
        alias_count += len(aliases)
        for alias in aliases:
            if " " not in alias and alias.lower() in COMMON_WORDS:
                warnings.append(f"{where}: single-word alias {alias!r} is a common word")
            if " " in alias:
                owners[alias.lower()].add(("person", p["id"]))
        fam, giv = p.get("family"), p.get("given")
        if fam and giv:
            for form in (f"{fam} {giv}", f"{giv} {fam}"):
                owners[form.lower()].add(("person", p["id"]))
        dated = False
        for n, r in enumerate(p.get("roles") or []):
            rw = f"{where} role {n + 1}"
            for key in set(r) - ROLE_KEYS:
                errors.append(f"{rw}: unknown key {key!r}")
            if not r.get("title"):
                errors.append(f"{rw}: missing title")
            if r.get("org") and r["org"] not in org_ids:
                errors.append(f"{rw}: unknown org {r['org']!r}")
            f = parse_date(r["from"], rw, errors) if "from" in r else None
            t = parse_date(r["to"], rw, errors) if "to" in r else None
            if f and t and t[1] < f[0]:
                errors.append(f"{rw}: to {r['to']} before from {r['from']}")
            if "from" in r or "to" in r:
                dated = True
            if r.get("source") and not str(r["source"]).startswith(("http://", "https://")):
                errors.append(f"{rw}: source is not a URL")
        dated_people += dated

    for name, who in sorted(owners.items()):
        if len(who) > 1 and name not in generic_names:
            warnings.append(f"name {name!r} shared by {sorted(who)}")

    if args.seed:
        text = args.seed.read_text(encoding="utf-8").lower()
        for name, who in sorted(owners.items()):
            if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                print(f"seed: {name!r} -> {sorted(who)}")
        for g in sorted(generic_names):
            if re.search(r"(?<!\w)" + re.escape(g) + r"(?!\w)", text):
                print(f"seed: generic {g!r}")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"people: {len(people)} (with a dated role: {dated_people}); organizations: {len(orgs)}; "
          f"issues: {len(issues)}; aliases (incl. generic): {alias_count}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
