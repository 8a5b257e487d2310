#!/usr/bin/env python3
"""Check the country/place gazetteer files and show what their patterns hit.

Usage: python3 tools/check_countries_places.py [TEXT_FILE ...]
Run from the repository root.  Loads gazetteer/countries/*.yaml and
gazetteer/places/*.yaml with PyYAML and checks: allowed keys only, unique
ids, `capital`/`within` point at existing place ids, `country` at existing
country ids, no empty alias, no alias repeated in an entry or equal to its
name, places have a valid kind.  Prints counts.  For each TEXT_FILE, lists
every name/alias/demonym found in it (whole word; case-insensitive unless the
alias is written entirely in capitals) so that false positives are visible.
Exit status 1 when a check fails.
"""
import glob
import re
import sys

import yaml

COUNTRY_KEYS = {"id", "name", "aliases", "demonyms", "capital"}
PLACE_KEYS = {"id", "name", "kind", "country", "within", "aliases"}
KINDS = {"city", "district", "region", "venue", "island", "area"}


def all_caps(s):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def main():
    errors = []
    countries, places = [], []
    for path in sorted(glob.glob("gazetteer/countries/*.yaml")):
        doc = yaml.safe_load(open(path, encoding="utf-8")) or {}
        countries += [(path, e) for e in doc.get("countries", [])]
    for path in sorted(glob.glob("gazetteer/places/*.yaml")):
        doc = yaml.safe_load(open(path, encoding="utf-8")) or {}
        places += [(path, e) for e in doc.get("places", [])]
    cids, pids = {}, {}
    for path, e in countries:
        if set(e) - COUNTRY_KEYS:
            errors.append(f"{path}: {e.get('id')}: unknown keys {set(e) - COUNTRY_KEYS}")
        if e["id"] in cids:
            errors.append(f"{path}: duplicate country id {e['id']}")
        cids[e["id"]] = e
        if not re.fullmatch(r"[A-Z]{2}", str(e["id"])):
            errors.append(f"{path}: bad country id {e['id']!r}")
    for path, e in places:
        if set(e) - PLACE_KEYS:
            errors.append(f"{path}: {e.get('id')}: unknown keys {set(e) - PLACE_KEYS}")
        if e["id"] in pids:
            errors.append(f"{path}: duplicate place id {e['id']}")
        pids[e["id"]] = e
        if e.get("kind") not in KINDS:
            errors.append(f"{path}: {e['id']}: bad kind {e.get('kind')!r}")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["id"]):
            errors.append(f"{path}: bad place id {e['id']!r}")
    for path, e in countries:
        if "capital" in e and e["capital"] not in pids:
            errors.append(f"{path}: {e['id']}: capital {e['capital']} is not a place")
    for path, e in places:
        if e.get("country") not in cids:
            errors.append(f"{path}: {e['id']}: country {e.get('country')} is not a country")
        if "within" in e and e["within"] not in pids:
            errors.append(f"{path}: {e['id']}: within {e['within']} is not a place")
    for path, e in countries + places:
        pats = [e["name"]] + (e.get("aliases") or []) + (e.get("demonyms") or [])
        if not isinstance(e["name"], str) or not e["name"].strip():
            errors.append(f"{path}: {e['id']}: empty name")
        seen = set()
        for a in pats:
            if not isinstance(a, str) or not a.strip():
                errors.append(f"{path}: {e['id']}: empty or non-string alias {a!r}")
                continue
            k = a if all_caps(a) else a.casefold()
            if k in seen:
                errors.append(f"{path}: {e['id']}: alias repeated or equal to name: {a!r}")
            seen.add(k)
    n_alias = sum(len(e.get("aliases") or []) for _, e in countries + places)
    n_dem = sum(len(e.get("demonyms") or []) for _, e in countries)
    kinds = {}
    for _, e in places:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"countries: {len(countries)} (with capital: {sum('capital' in e for _, e in countries)})")
    print(f"places: {len(places)} by kind: {dict(sorted(kinds.items()))}")
    print(f"aliases: {n_alias}, demonyms: {n_dem}")
    for t in sys.argv[1:]:
        text = open(t, encoding="utf-8").read()
        print(f"\nhits in {t}:")
        for _, e in countries + places:
            for a in [e["name"]] + (e.get("aliases") or []) + (e.get("demonyms") or []):
                rx = re.compile(r"(?<!\w)" + re.escape(a) + r"(?!\w)", 0 if all_caps(a) else re.I)
                n = len(rx.findall(text))
                if n:
                    print(f"  {e['id']:<14} {a!r}: {n}")
    for err in errors:
        print("ERROR", err)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
