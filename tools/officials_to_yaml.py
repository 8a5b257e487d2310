#!/usr/bin/env python3
"""Convert the officials table (officials/officials.tsv of the source data) into gazetteer/people/officials.yaml.

Usage (from the repository root):
    python3 tools/officials_to_yaml.py (--data DIR | --tsv PATH) [--out PATH] [--check]

DIR is the source-data directory that holds officials/officials.tsv (it is
not part of the repository: see tools/PEOPLE.md).

The output is deterministic: the same TSV gives byte-identical YAML.
`--check` exits with status 1 if the file on disk differs from what would be
generated (for CI), without writing it.

Rules (see tools/PEOPLE.md):
- one entry per person (rows with the same family, given and country are
  merged; each row becomes one role, in TSV order);
- id: East Asian people (KR, KP, CN, JP, TW) `family-given`, others
  `given-family`; ASCII lowercase, hyphens only;
- `spellings` become aliases: multi-word ones are full-name aliases, one-word
  ones family-name variants; forms the tagger generates itself (either order
  of `family given`, hyphen/space/joined Korean given names) are dropped;
- `organization` (plus, for bureau-level posts, the title) maps to an id in
  gazetteer/organizations.yaml; an unmapped organization is an error;
- title, from, to and source are copied from the row; a second URL in
  `source_url` is kept as a YAML comment.

A short, explicit supplement table (SUPPLEMENT_* below) adds facts that the
TSV lacks for a few people: dates missing from a row, extra roles and extra
spellings. These come from general knowledge, not from the cited pages; every
such value is marked in the output with a `# supplement` comment, and only
facts the author was sure of are listed. A supplement that would overwrite a
value the TSV has is an error.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TSV_IN_DATA = Path("officials") / "officials.tsv"
DEFAULT_OUT = ROOT / "gazetteer" / "people" / "officials.yaml"
ORGS_FILE = ROOT / "gazetteer" / "organizations.yaml"

EAST_ASIAN = {"KR", "KP", "CN", "JP", "TW"}
HANGUL_COUNTRIES = {"KR", "KP"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# organization text in the TSV -> organization id
ORG_MAP = {
    # China
    "Communist Party of China Central Committee": "cn-cpc-central-committee",
    "Embassy of the People's Republic of China in Japan": "cn-embassy-jp",
    "Embassy of the People's Republic of China in the DPRK": "cn-embassy-kp",
    "Embassy of the People's Republic of China in the Republic of Korea": "cn-embassy-kr",
    "Embassy of the People's Republic of China in the United States": "cn-embassy-us",
    "Ministry of Commerce (PRC)": "cn-mofcom",
    "Ministry of Foreign Affairs (PRC)": "cn-mfa",
    "Ministry of National Defense (PRC)": "cn-mnd",
    "Permanent Mission of China to the UN": "cn-un-mission",
    "State (PRC)": "cn-presidency",
    "State Council (PRC)": "cn-state-council",
    # Japan
    "Cabinet Intelligence and Research Office (Japan)": "jp-ciro",
    "Cabinet Office (Japan)": "jp-cabinet-office",
    "Cabinet Secretariat (Japan)": "jp-cabinet-secretariat",
    "Cabinet of Japan": "jp-cabinet",
    "Embassy of Japan in China": "jp-embassy-cn",
    "Embassy of Japan in the Republic of Korea": "jp-embassy-kr",
    "Embassy of Japan in the United States": "jp-embassy-us",
    "Ministry of Defense (Japan)": "jp-mod",
    "Ministry of Economy, Trade and Industry (Japan)": "jp-meti",
    "Ministry of Finance (Japan)": "jp-mof",
    "Ministry of Foreign Affairs of Japan": "jp-mofa",
    # North Korea
    "Cabinet (DPRK)": "kp-cabinet",
    "Committee for the Peaceful Reunification of the Country (DPRK)": "kp-cprc",
    "Embassy of the DPRK in China": "kp-embassy-cn",
    "Korean People's Army (DPRK)": "kp-kpa",
    "Ministry of Foreign Affairs (DPRK)": "kp-mfa",
    "Ministry of National Defence (DPRK)": "kp-mnd",
    "Permanent Mission of the DPRK to the UN": "kp-un-mission",
    "State Affairs Commission (DPRK)": "kp-sac",
    "Supreme People's Assembly (DPRK)": "kp-spa",
    "Workers' Party of Korea": "kp-wpk",
    # South Korea
    "Embassy of the Republic of Korea in China": "kr-embassy-cn",
    "Embassy of the Republic of Korea in Japan": "kr-embassy-jp",
    "Embassy of the Republic of Korea in Russia": "kr-embassy-ru",
    "Embassy of the Republic of Korea in the United States": "kr-embassy-us",
    "Ministry of Foreign Affairs (ROK)": "kr-mofa",
    "Ministry of National Defense (ROK)": "kr-mnd",
    "Ministry of Trade, Industry and Energy (ROK)": "kr-motie",
    "Ministry of Unification (ROK)": "kr-unification-ministry",
    "National Intelligence Service (ROK)": "kr-nis",
    "Office for Government Policy Coordination (ROK)": "kr-pm-office",
    "Office of the President (ROK)": "kr-president-office",
    "Permanent Mission of the Republic of Korea to the UN": "kr-un-mission",
    "Presidential Security Service (ROK)": "kr-pss",
    # Russia
    "Embassy of Russia in the DPRK": "ru-embassy-kp",
    "Embassy of Russia in the Republic of Korea": "ru-embassy-kr",
    "Ministry of Defence of Russia": "ru-mod",
    "Ministry of Foreign Affairs of Russia": "ru-mfa",
    "Presidency of Russia": "ru-presidency",
    "Security Council of Russia": "ru-security-council",
    # United States
    "Central Intelligence Agency": "us-cia",
    "Office of the U.S. Trade Representative": "us-ustr",
    "U.S. Department of Commerce": "us-commerce",
    "U.S. Department of Defense": "us-dod",
    "U.S. Department of State": "us-state-department",
    "U.S. Department of the Treasury": "us-treasury",
    "U.S. Embassy Beijing": "us-embassy-beijing",
    "U.S. Embassy Seoul": "us-embassy-seoul",
    "U.S. Embassy Tokyo": "us-embassy-tokyo",
    "U.S. Mission to the United Nations": "us-un-mission",
    "White House": "us-white-house",
    "White House National Security Council": "us-nsc",
}

# (organization id from ORG_MAP, regex on the title) -> more specific id.
# First match wins.
TITLE_ORG_RULES = [
    ("jp-mofa", r"Asian and Oceanian Affairs Bureau", "jp-mofa-asia-oceania"),
    ("jp-mofa", r"Foreign Policy Bureau", "jp-mofa-foreign-policy"),
    ("kr-mofa", r"Director-General for Asian and Pacific Affairs", "kr-mofa-asia-pacific"),
    ("cn-mfa", r"Department of Asian Affairs", "cn-mfa-asia"),
    ("us-state-department", r"East Asian and Pacific Affairs", "us-state-eap"),
    ("us-state-department", r"Deputy Assistant Secretary of State for Korea and Japan", "us-state-eap"),
    ("us-state-department", r"Office of Korean and Mongolian Affairs", "us-state-eap"),
    ("jp-cabinet-secretariat", r"National Security Secretariat", "jp-nss"),
    ("kr-president-office", r"National Security", "kr-national-security-office"),
    ("cn-cpc-central-committee", r"Central (Foreign Affairs )?Commission( for Foreign Affairs)?", "cn-cfac"),
    ("cn-cpc-central-committee", r"International Department", "cn-idcpc"),
    ("kp-wpk", r"United Front Department", "kp-ufd"),
    ("kp-wpk", r"Central Committee", "kp-wpk-central-committee"),
    ("kp-kpa", r"Reconnaissance General Bureau", "kp-rgb"),
]

# ---------------------------------------------------------------------------
# Supplements: general knowledge, NOT from the cited pages. Only facts the
# author is sure of; every value is marked `# supplement` in the output.

# (person id, role title as in the TSV) -> missing dates to fill in
SUPPLEMENT_DATES = {
    ("kim-jung-han", "Director-General for Asian and Pacific Affairs"): {"from": "2019"},
    ("xi-jinping", "President of the People's Republic of China"): {"from": "2013-03-14"},
    ("kim-jong-un", "Chairman of the State Affairs Commission"): {"from": "2016-06-29"},
    ("vladimir-putin", "President"): {"from": "2012-05-07"},
    ("sergey-lavrov", "Minister of Foreign Affairs"): {"from": "2004-03-09"},
    ("donald-trump", "President (45th)"): {"from": "2017-01-20"},
    ("mike-pompeo", "Secretary of State"): {"to": "2021-01-20"},
    ("rex-tillerson", "Secretary of State"): {"from": "2017-02-01"},
    ("james-mattis", "Secretary of Defense"): {"from": "2017-01-20"},
    ("steven-mnuchin", "Secretary of the Treasury"): {"from": "2017-02-13", "to": "2021-01-20"},
    ("jake-sullivan", "National Security Advisor"): {"from": "2021-01-20", "to": "2025-01-20"},
    ("robert-lighthizer", "United States Trade Representative"): {"from": "2017-05-15", "to": "2021-01-20"},
    ("lloyd-austin", "Secretary of Defense"): {"to": "2025-01-20"},
    ("gina-raimondo", "Secretary of Commerce"): {"to": "2025-01-20"},
    ("katherine-tai", "United States Trade Representative"): {"to": "2025-01-20"},
    ("kamala-harris", "Vice President"): {"to": "2025-01-20"},
    ("h-r-mcmaster", "National Security Adviser"): {"from": "2017-02-20"},
    ("patrick-shanahan", "Acting Secretary of Defense"): {"from": "2019-01-01", "to": "2019-06-23"},
    ("stephen-biegun", "Deputy Secretary of State and Special Representative for North Korea"): {"from": "2019-12", "to": "2021-01-20"},
    ("mike-waltz", "National Security Adviser"): {"from": "2025-01-20"},
    ("rahm-emanuel", "Ambassador to Japan"): {"to": "2025-01"},
    ("philip-goldberg", "Ambassador to South Korea"): {"to": "2025-01"},
    ("chung-eui-yong", "Minister of Foreign Affairs"): {"to": "2022-05"},
    ("park-jin", "Minister of Foreign Affairs"): {"to": "2024-01"},
    ("park-geun-hye", "President"): {"from": "2013-02-25"},
    ("lee-nak-yon", "Prime Minister"): {"to": "2020-01"},
    ("kim-boo-kyum", "Prime Minister"): {"to": "2022-05"},
    ("han-duck-soo", "Prime Minister"): {"from": "2022-05-21", "to": "2025-05-01"},
    ("noh-kyu-duk", "Special Representative for Korean Peninsula Peace and Security Affairs"): {"to": "2022-05"},
    ("suh-wook", "Minister of National Defense"): {"to": "2022-05"},
    ("lee-jong-sup", "Minister of National Defense"): {"from": "2022-05"},
    ("lee-in-young", "Minister of Unification"): {"to": "2022-05"},
    ("choi-jong-kun", "First Vice Minister of Foreign Affairs"): {"to": "2022-05"},
    ("song-young-moo", "Minister of National Defense"): {"from": "2017-07", "to": "2018-09"},
    ("jeong-kyeong-doo", "Minister of National Defense"): {"from": "2018-09"},
    ("kishida-fumio", "Minister for Foreign Affairs"): {"from": "2012-12-26"},
    ("hayashi-yoshimasa", "Chief Cabinet Secretary"): {"from": "2023-12-14", "to": "2025-10-21"},
    ("kamikawa-yoko", "Minister for Foreign Affairs"): {"to": "2024-10-01"},
    ("kishi-nobuo", "Minister of Defense"): {"to": "2022-08"},
    ("onodera-itsunori", "Minister of Defense"): {"to": "2018-10"},
    ("ishiba-shigeru", "Prime Minister"): {"to": "2025-10-21"},
    ("kato-katsunobu", "Chief Cabinet Secretary"): {"to": "2021-10-04"},
    ("kato-katsunobu", "Minister of Finance"): {"to": "2025-10-21"},
    ("kihara-minoru", "Minister of Defense"): {"to": "2024-10-01"},
    ("nakatani-gen", "Minister of Defense"): {"to": "2025-10-21"},
    ("iwaya-takeshi", "Minister for Foreign Affairs"): {"to": "2025-10-21"},
    ("saito-ken", "Minister of Economy, Trade and Industry"): {"to": "2024-10-01"},
    ("kajiyama-hiroshi", "Minister of Economy, Trade and Industry"): {"from": "2019-10-25", "to": "2021-10-04"},
    ("sugawara-isshu", "Minister of Economy, Trade and Industry"): {"to": "2019-10-25"},
    ("hagiuda-koichi", "Minister of Economy, Trade and Industry"): {"from": "2021-10-04"},
    ("seko-hiroshige", "Minister of Economy, Trade and Industry"): {"from": "2016-08-03"},
    ("inada-tomomi", "Minister of Defense"): {"from": "2016-08-03"},
    ("zhong-shan", "Minister of Commerce"): {"to": "2020-12-26"},
    ("liu-he", "Vice Premier (chief trade negotiator with the US)"): {"from": "2018-03", "to": "2023-03"},
    ("wei-fenghe", "State Councilor and Minister of National Defense"): {"from": "2018-03", "to": "2023-03"},
    ("choe-ryong-hae", "President of the Presidium of the Supreme People's Assembly"): {"from": "2019-04-11"},
    ("kim-yong-nam", "President of the Presidium of the Supreme People's Assembly"): {"from": "1998-09-05", "to": "2019-04-11"},
    ("ri-yong-ho", "Minister of Foreign Affairs"): {"from": "2016-05"},
    ("nikolai-patrushev", "Secretary of the Security Council"): {"from": "2008-05"},
}

# person id -> extra roles (title, org, from, to)
SUPPLEMENT_ROLES = {
    "takizaki-shigeki": [
        {"title": "Chief representative for North Korean nuclear issues (Six-Party Talks head of delegation)",
         "org": "jp-mofa-asia-oceania"},
    ],
    "xi-jinping": [
        {"title": "General Secretary of the Communist Party of China", "org": "cn-cpc", "from": "2012-11-15"},
    ],
    "kim-jong-un": [
        {"title": "General Secretary of the Workers' Party of Korea", "org": "kp-wpk", "from": "2021-01-10"},
    ],
    "vladimir-putin": [
        {"title": "President", "org": "ru-presidency", "from": "2000-05-07", "to": "2008-05-07"},
        {"title": "Prime Minister", "org": "ru-government", "from": "2008-05-08", "to": "2012-05-07"},
    ],
    "abe-shinzo": [
        {"title": "Prime Minister", "org": "jp-cabinet", "from": "2006-09-26", "to": "2007-09-26"},
    ],
    "mike-pompeo": [
        {"title": "Director of the Central Intelligence Agency", "org": "us-cia", "from": "2017-01-23", "to": "2018-04-26"},
    ],
    "antony-blinken": [
        {"title": "Deputy Secretary of State", "org": "us-state-department", "from": "2015-01", "to": "2017-01-20"},
    ],
    "joe-biden": [
        {"title": "Vice President", "org": "us-white-house", "from": "2009-01-20", "to": "2017-01-20"},
    ],
    "yang-jiechi": [
        {"title": "Minister of Foreign Affairs", "org": "cn-mfa", "from": "2007-04", "to": "2013-03"},
    ],
}

# person id -> extra aliases (spellings the press uses that the TSV lacks)
SUPPLEMENT_ALIASES = {
    "takizaki-shigeki": ["Takisaki"],
    "yoon-suk-yeol": ["Yoon Seok-youl"],
    "abe-shinzo": ["Shinzō Abe"],
    "kono-taro": ["Tarō Kōno", "Kōno"],
    "kato-katsunobu": ["Katsunobu Katō", "Katō"],
    "kamikawa-yoko": ["Yōko Kamikawa", "Kamikawa Yōko"],
    "hagiuda-koichi": ["Kōichi Hagiuda", "Hagiuda Kōichi"],
    "tomita-koji": ["Kōji Tomita", "Tomita Kōji"],
    "yachi-shotaro": ["Shōtarō Yachi", "Yachi Shōtarō"],
    "seko-hiroshige": ["Hiroshige Sekō", "Sekō Hiroshige", "Sekō"],
    "koizumi-shinjiro": ["Shinjirō Koizumi", "Koizumi Shinjirō"],
    "saito-ken": ["Ken Saitō", "Saitō Ken", "Saitō"],
    "akazawa-ryosei": ["Ryōsei Akazawa", "Akazawa Ryōsei"],
}


# person id -> Hangul (and hanja) spellings as Korean news writes them, one
# person a line: `id<TAB>spelling|spelling`. General knowledge, like the
# supplements above; ids not in the TSV are for the hand-written more.yaml.
HANGUL_FILE = ROOT / "tools" / "hangul_names.tsv"


def hangul_aliases() -> dict[str, list[str]]:
    table = {}
    for number, line in enumerate(HANGUL_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        pid, _, spellings = line.partition("\t")
        if not spellings:
            raise ConversionError(f"{HANGUL_FILE.name}:{number}: expected id<TAB>spellings")
        table[pid] = [s.strip() for s in spellings.split("|") if s.strip()]
    return table


class ConversionError(Exception):
    pass


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(*parts: str) -> str:
    text = ascii_fold(" ".join(parts)).lower().replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def person_id(family: str, given: str, country: str) -> str:
    return slug(family, given) if country in EAST_ASIAN else slug(given, family)


def generated_forms(family: str, given: str, country: str) -> set[str]:
    """Lower-cased name forms the tagger generates itself (not to be listed)."""
    givens = {given}
    if country in HANGUL_COUNTRIES:
        parts = re.split(r"[- ]", given)
        givens |= {"-".join(parts), " ".join(parts), "".join(parts),
                   parts[0] + "-" + "".join(parts[1:]).lower() if len(parts) > 1 else given}
    forms = set()
    for g in givens:
        forms.add(f"{family} {g}".lower())
        forms.add(f"{g} {family}".lower())
    if country in HANGUL_COUNTRIES:
        # any hyphen/space/joined variant of the given name
        norm = lambda s: re.sub(r"[- ]", "", s.lower())
        forms.add("NORM:" + norm(family + given))
        forms.add("NORM:" + norm(given + family))
    return forms


def is_generated(alias: str, forms: set[str]) -> bool:
    a = alias.lower()
    if a in forms:
        return True
    words = a.split()
    if len(words) >= 2:
        # only Korean forms get the normalised comparison, and only when the
        # family name stays a separate word
        norm = "NORM:" + re.sub(r"[- ]", "", a)
        if norm in forms:
            return True
    return False


def load_org_ids() -> set[str]:
    data = yaml.safe_load(ORGS_FILE.read_text(encoding="utf-8"))
    return {o["id"] for o in data["organizations"]}


def map_org(org_text: str, title: str) -> str:
    if org_text not in ORG_MAP:
        raise ConversionError(f"unmapped organization: {org_text!r} (title {title!r})")
    org = ORG_MAP[org_text]
    for base, pattern, specific in TITLE_ORG_RULES:
        if base == org and re.search(pattern, title):
            return specific
    return org


def read_rows(tsv: Path) -> list[dict]:
    with tsv.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = list(reader)
    expected = ["family", "given", "name_order", "country", "display_name", "spellings",
                "title", "organization", "from", "to", "source_url", "evidence"]
    if reader.fieldnames != expected:
        raise ConversionError(f"unexpected columns: {reader.fieldnames}")
    return rows


def build(rows: list[dict], org_ids: set[str]) -> list[dict]:
    people: dict[str, dict] = {}
    order: list[str] = []
    for number, row in enumerate(rows, start=2):
        row = {k: (v or "").strip() for k, v in row.items()}
        pid = person_id(row["family"], row["given"], row["country"])
        for field in ("from", "to"):
            if row[field] and not DATE_RE.match(row[field]):
                raise ConversionError(f"line {number}: bad date {row[field]!r}")
        if pid not in people:
            people[pid] = {
                "id": pid,
                "name": row["display_name"],
                "family": row["family"],
                "given": row["given"],
                "name_order": row["name_order"],
                "spellings": [],
                "country": row["country"],
                "roles": [],
            }
            order.append(pid)
        person = people[pid]
        for key in ("name", "family", "given", "name_order", "country"):
            value = row["display_name"] if key == "name" else row[key]
            if person[key] != value:
                raise ConversionError(f"line {number}: {pid}: {key} {value!r} differs from {person[key]!r}")
        for spelling in filter(None, (s.strip() for s in row["spellings"].split("|"))):
            if spelling not in person["spellings"]:
                person["spellings"].append(spelling)
        org = map_org(row["organization"], row["title"])
        if org not in org_ids:
            raise ConversionError(f"line {number}: organization id {org!r} not in {ORGS_FILE.name}")
        urls = row["source_url"].split()
        role = {"title": row["title"], "org": org, "from": row["from"], "to": row["to"],
                "source": urls[0] if urls else "", "also": urls[1:], "supplemented": set()}
        person["roles"].append(role)

    # supplements
    used = set()
    for (pid, title), dates in SUPPLEMENT_DATES.items():
        if pid not in people:
            raise ConversionError(f"supplement for unknown person {pid}")
        matches = [r for r in people[pid]["roles"] if r["title"] == title]
        if len(matches) != 1:
            raise ConversionError(f"supplement {pid}/{title}: {len(matches)} matching roles")
        role = matches[0]
        for field, value in dates.items():
            if role[field]:
                raise ConversionError(f"supplement {pid}/{title}: {field} already {role[field]!r}")
            role[field] = value
            role["supplemented"].add(field)
        used.add(pid)
    for pid, roles in SUPPLEMENT_ROLES.items():
        if not roles:
            continue
        if pid not in people:
            raise ConversionError(f"supplement role for unknown person {pid}")
        for extra in roles:
            if extra["org"] not in org_ids:
                raise ConversionError(f"supplement role org {extra['org']!r} unknown")
            people[pid]["roles"].append({"title": extra["title"], "org": extra["org"],
                                         "from": extra.get("from", ""), "to": extra.get("to", ""),
                                         "source": "", "also": [], "supplemented": {"role"}})
    for pid, aliases in SUPPLEMENT_ALIASES.items():
        if pid not in people:
            raise ConversionError(f"supplement alias for unknown person {pid}")
        for alias in aliases:
            if alias not in people[pid]["spellings"]:
                people[pid]["spellings"].append(alias)

    for pid, aliases in hangul_aliases().items():
        if pid in people:
            for alias in aliases:
                if alias not in people[pid]["spellings"]:
                    people[pid]["spellings"].append(alias)

    # aliases
    for person in people.values():
        forms = generated_forms(person["family"], person["given"], person["country"])
        aliases = []
        for spelling in person["spellings"]:
            if is_generated(spelling, forms) or spelling.lower() == person["name"].lower():
                continue
            if spelling.lower() not in {a.lower() for a in aliases}:
                aliases.append(spelling)
        person["aliases"] = aliases
        for role in person["roles"]:
            if role["from"] and role["to"] and role["to"] < role["from"][: len(role["to"])]:
                raise ConversionError(f"{person['id']}: {role['title']}: to before from")
    return [people[pid] for pid in order]


def scalar(value: str) -> str:
    """A YAML scalar: plain where safe, else double-quoted."""
    dumped = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**6).strip()
    if dumped.endswith("\n..."):
        dumped = dumped[: -len("\n...")]
    if dumped.endswith("..."):
        dumped = dumped[:-3].strip()
    # yaml.safe_dump may quote with single quotes; both are fine for loaders
    return dumped


def flow_list(items: list[str]) -> str:
    return "[" + ", ".join(scalar(i) for i in items) + "]"


def emit(people: list[dict], tsv_display: str) -> str:
    out = [
        "# GENERATED FILE - do not edit by hand.",
        f"# Generated by tools/officials_to_yaml.py from {tsv_display}",
        "# (232 officials of KR, JP, US, CN, KP, RU, 2017-2025; see the README beside the TSV).",
        "# Every role's title, organization and dates come from the public web page cited in its",
        "# `source:` (a second supporting page, where the TSV gives one, follows as a comment).",
        "# Values marked `# supplement` are NOT from the cited page: they come from the short",
        "# supplement table in the script (general knowledge, only facts the author was sure of).",
        "# Aliases: the TSV's `spellings` (not individually sourced) plus supplement spellings,",
        "# minus the forms the tagger generates itself (both name orders, hyphenation variants);",
        "# Hangul spellings come from tools/hangul_names.tsv (general knowledge, like the supplements).",
        "people:",
    ]
    for p in people:
        out.append(f"  - id: {p['id']}")
        out.append(f"    name: {scalar(p['name'])}")
        out.append(f"    family: {scalar(p['family'])}")
        out.append(f"    given: {scalar(p['given'])}")
        out.append(f"    name_order: {p['name_order']}")
        if p["aliases"]:
            out.append(f"    aliases: {flow_list(p['aliases'])}")
        out.append(f"    country: {p['country']}")
        out.append("    roles:")
        for r in p["roles"]:
            mark = "  # supplement: not from a cited page" if "role" in r["supplemented"] else ""
            out.append(f"      - title: {scalar(r['title'])}{mark}")
            out.append(f"        org: {r['org']}")
            for field in ("from", "to"):
                if r[field]:
                    note = "  # supplement" if field in r["supplemented"] else ""
                    out.append(f"        {field}: {r[field]}{note}")
            if r["source"]:
                out.append(f"        source: {scalar(r['source'])}")
                for extra in r["also"]:
                    out.append(f"        # also: {extra}")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--data", type=Path, help="source-data directory holding officials/officials.tsv")
    source.add_argument("--tsv", type=Path, help="the officials table itself")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="fail if the output file is out of date")
    args = parser.parse_args(argv)
    if args.tsv is None:
        args.tsv = args.data / TSV_IN_DATA
    try:
        people = build(read_rows(args.tsv), load_org_ids())
    except ConversionError as error:
        print(f"officials_to_yaml: {error}", file=sys.stderr)
        return 2
    text = emit(people, "officials/officials.tsv (source data, --data DIR)")
    # sanity: the output must load and round-trip the ids
    loaded = yaml.safe_load(text)
    assert [p["id"] for p in loaded["people"]] == [p["id"] for p in people]
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run tools/officials_to_yaml.py", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    dated = sum(1 for p in people if any(r["from"] or r["to"] for r in p["roles"]))
    print(f"wrote {args.out}: {len(people)} people ({dated} with a dated role), "
          f"{sum(len(p['roles']) for p in people)} roles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
