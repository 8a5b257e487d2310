#!/usr/bin/env python3
# Credit: written for the dipkb project's original design brief as the runner
# of the peer taggers, and copied here unchanged except for this note and the
# pointer to the matching rules (now docs/GAZETTEER.md), so the README's
# comparison can be reproduced from a clone of the repository.
"""baseline_tag.py -- tag a make_corpus.py corpus with an off-the-shelf Python
multi-pattern matcher, as a yardstick for the dipkb tagger.

Usage:
    baseline_tag.py --engine flashtext|pyahocorasick|ahocorasick_rs|spacy
                    --patterns DIR/patterns.tsv --corpus DIR/corpus.jsonl
                    --out FILE [--max-mb X] [--exclude-kinds K[,K..]]
                    [--no-caps-rule]

Options:
    --engine          matcher to use (see "Engines" below)
    --patterns        patterns.tsv from make_corpus.py (alias TAB id TAB kind)
    --corpus          corpus.jsonl from make_corpus.py (one article a line, "text")
    --out             JSON Lines of mentions, one a line:
                        {"article": N, "start": S, "end": E, "entity": ID, "kind": K}
                      article = 0-based line number in corpus.jsonl; start/end =
                      **character (code point) offsets** into that article's
                      "text" (Python str indices, end exclusive), NOT the byte
                      offsets of the dipkb contract.  entity = the entity id, or
                      for an alias shared by several entities "id1|id2|...",
                      cut after 5 ids as "...|+N"; kind likewise.
    --max-mb X        stop after X * 1e6 bytes of article text (a prefix slice;
                      for slow engines such as spacy)
    --exclude-kinds   leave patterns of these kinds out of the matcher (e.g.
                      "family" to drop family-name-alone patterns)
    --no-caps-rule    do not apply the all-capitals rule (see below)

Printed at the end: one summary line
    engine=E version=V articles=N MB=X build_s=B tag_s=T MB_s=R mentions=M
    keys=K rss_build_MB=.. maxrss_MB=.. offsets=char
where version = the engine package's version, MB = UTF-8 bytes of article text / 1e6, build_s = reading patterns.tsv and
building the matcher, tag_s = time spent inside the per-article tagging function
only (matching + boundary/caps filtering; JSON parsing and writing excluded),
MB_s = MB / tag_s, keys = distinct lower-cased aliases compiled.

Matching semantics common to all engines:
  * patterns are lower-cased (str.lower) and deduplicated; text is lower-cased
    per article (case-insensitive matching);
  * whole word: a match is kept only when the characters on both sides are not
    word characters (str.isalnum() or "_") -- Unicode-aware;
  * all-capitals rule of docs/GAZETTEER.md: an alias written entirely in capitals (US,
    ROK, MOFA, U.S.) only counts when the text has it in exactly that case; a
    match whose key has only such aliases and whose text differs is dropped
    (so "us" is never the United States).  --no-caps-rule turns this off.

Engines:
  pyahocorasick   ahocorasick.Automaton (C, char trie) + Automaton.iter_long():
                  leftmost-longest, non-overlapping; then the word-boundary and
                  caps filters.  A rejected match is not retried at a shorter
                  length or a later start inside it (same as a plain
                  leftmost-longest scan + filter).
  ahocorasick_rs  ahocorasick_rs.AhoCorasick(matchkind=LeftmostLongest) (Rust
                  aho-corasick crate underneath, implementation chosen by the
                  library) + find_matches_as_indexes(overlapping=False); then
                  the same filters.  Reports the same mentions as
                  pyahocorasick (checked on the benchmark corpus).
  flashtext       flashtext.KeywordProcessor(case_sensitive=False), extract_keywords
                  (span_info=True): pure-Python char trie that only starts a match
                  at a word start and only accepts it at a word end, longest
                  keyword wins, non-overlapping.  Its word characters are set to
                  ASCII letters/digits/_ plus every non-ASCII alphanumeric that
                  occurs in the patterns, so it agrees with the boundary rule;
                  the caps filter is applied afterwards.
  spacy           spacy.blank("en") tokenizer + PhraseMatcher(attr="LOWER"),
                  one pattern doc per distinct spelling of an alias, tokenized as
                  written (tokenizer exceptions are case-sensitive):
                  token-level (whole words by construction, but a token boundary
                  is the tokenizer's, e.g. "Japan's" -> "Japan" "'s"); all
                  matches, overlapping, reduced here to leftmost-longest
                  non-overlapping; then the caps filter.  Offsets from token
                  .idx.  Timing includes tokenization (make_doc).
"""

import argparse
import json
import os
import resource
import string
import sys
import time


def rss_mb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


def is_caps(alias):
    return any(c.isalpha() for c in alias) and alias == alias.upper() and alias != alias.lower()


class Patterns:
    """patterns.tsv grouped by lower-cased alias."""

    def __init__(self, path, exclude_kinds=(), caps_rule=True):
        groups = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line:
                    continue
                alias, eid, kind = line.split("\t")
                if kind in exclude_kinds:
                    continue
                groups.setdefault(alias.lower(), []).append((alias, eid, kind))
        self.keys = list(groups)
        self.entries = [groups[k] for k in self.keys]
        # check_caps[i]: None = any case is fine, else the set of exact spellings
        self.check_caps = []
        for ents in self.entries:
            caps = [a for a, _, _ in ents if is_caps(a)]
            if caps_rule and len(caps) == len(ents):
                self.check_caps.append(frozenset(caps))
            else:
                self.check_caps.append(None)
        self._value = {}

    def value(self, i, surface):
        # an all-capitals alias is evidence only when the surface is exactly it
        ents = [e for e in self.entries[i] if not is_caps(e[0]) or e[0] == surface] \
            or self.entries[i]
        key = (i, len(ents))
        v = self._value.get(key)
        if v is None:
            ids, kinds = [], []
            for _, eid, kind in ents:
                if eid not in ids:
                    ids.append(eid)
                if kind not in kinds:
                    kinds.append(kind)
            ent = "|".join(ids[:5]) + ("|+%d" % (len(ids) - 5) if len(ids) > 5 else "")
            v = (ent, "|".join(kinds))
            self._value[key] = v
        return v


def lower_same_len(text):
    low = text.lower()
    if len(low) != len(text):  # e.g. U+0130; keep offsets aligned
        low = "".join(c.lower()[:1] for c in text)
    return low


def word_char(c):
    return c.isalnum() or c == "_"


def filter_matches(text, spans, pats):
    """spans: iterable of (start, end, key_index) in order; apply the
    word-boundary and caps rules."""
    out = []
    n = len(text)
    caps = pats.check_caps
    for s, e, i in spans:
        if s > 0 and word_char(text[s - 1]):
            continue
        if e < n and word_char(text[e]):
            continue
        cs = caps[i]
        if cs is not None and text[s:e] not in cs:
            continue
        out.append((s, e, i))
    return out


# ----------------------------------------------------------------------------
class PyAhoCorasick:
    name = "pyahocorasick"

    def __init__(self, pats):
        import ahocorasick
        self.version = getattr(ahocorasick, "__version__", None) or _dist_version("pyahocorasick")
        self.pats = pats
        a = ahocorasick.Automaton()
        for i, k in enumerate(pats.keys):
            a.add_word(k, (i, len(k)))
        a.make_automaton()
        self.a = a

    def tag(self, text):
        low = lower_same_len(text)
        spans = ((end - ln + 1, end + 1, i) for end, (i, ln) in self.a.iter_long(low))
        return filter_matches(text, spans, self.pats)


class AhoCorasickRs:
    name = "ahocorasick_rs"

    def __init__(self, pats):
        import ahocorasick_rs
        self.version = _dist_version("ahocorasick_rs")
        self.pats = pats
        self.ac = ahocorasick_rs.AhoCorasick(pats.keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def tag(self, text):
        low = lower_same_len(text)
        spans = ((s, e, i) for i, s, e in self.ac.find_matches_as_indexes(low, overlapping=False))
        return filter_matches(text, spans, self.pats)


class FlashText:
    name = "flashtext"

    def __init__(self, pats):
        from flashtext import KeywordProcessor
        self.version = _dist_version("flashtext")
        self.pats = pats
        kp = KeywordProcessor(case_sensitive=False)
        wc = set(string.digits + string.ascii_letters + "_")
        for k in pats.keys:
            for c in k:
                if c.isalnum():
                    wc.add(c)
                    wc.add(c.upper())
        kp.set_non_word_boundaries(wc)
        for i, k in enumerate(pats.keys):
            kp.add_keyword(k, i + 1)  # clean_name 0 would be replaced by the keyword
        self.kp = kp

    def tag(self, text):
        spans = ((s, e, i - 1) for i, s, e in self.kp.extract_keywords(text, span_info=True))
        return filter_matches(text, spans, self.pats)


class Spacy:
    name = "spacy"

    def __init__(self, pats):
        import spacy
        from spacy.matcher import PhraseMatcher
        self.version = spacy.__version__
        self.pats = pats
        self.nlp = spacy.blank("en")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.label_of = {}
        strings = self.nlp.vocab.strings
        # tokenize the aliases as written (not lower-cased): the tokenizer's
        # exceptions are case-sensitive ("U.S." is one token, "u.s." is not)
        spell = [(i, a) for i, ents in enumerate(pats.entries)
                 for a in dict.fromkeys(a for a, _, _ in ents)]
        docs = {}
        for (i, _), doc in zip(spell, self.nlp.tokenizer.pipe((a for _, a in spell),
                                                               batch_size=2000)):
            docs.setdefault(i, []).append(doc)
        for i, ds in docs.items():
            label = "k%d" % i
            self.label_of[strings.add(label)] = i
            self.matcher.add(label, ds)

    def tag(self, text):
        doc = self.nlp.make_doc(text)
        ms = self.matcher(doc)
        ms.sort(key=lambda m: (m[1], m[1] - m[2]))
        out, last = [], 0
        caps = self.pats.check_caps
        for mid, s, e in ms:
            if s < last:
                continue
            i = self.label_of[mid]
            cs = doc[s].idx
            ce = doc[e - 1].idx + len(doc[e - 1].text)
            c = caps[i]
            if c is not None and text[cs:ce] not in c:
                continue
            out.append((cs, ce, i))
            last = e
        return out


ENGINES = {"pyahocorasick": PyAhoCorasick, "ahocorasick_rs": AhoCorasickRs,
           "flashtext": FlashText, "spacy": Spacy}


def _dist_version(dist):
    try:
        from importlib.metadata import version
        return version(dist)
    except Exception:
        return "?"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--engine", required=True, choices=sorted(ENGINES))
    ap.add_argument("--patterns", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--max-mb", type=float, default=None)
    ap.add_argument("--exclude-kinds", default="")
    ap.add_argument("--no-caps-rule", action="store_true")
    args = ap.parse_args(argv)

    # import the engine's module before timing: build_s is pattern loading +
    # matcher construction, not interpreter/module start-up
    __import__({"pyahocorasick": "ahocorasick", "ahocorasick_rs": "ahocorasick_rs",
                "flashtext": "flashtext", "spacy": "spacy.matcher"}[args.engine])
    rss0 = rss_mb()
    t0 = time.perf_counter()
    pats = Patterns(args.patterns, set(filter(None, args.exclude_kinds.split(","))),
                    caps_rule=not args.no_caps_rule)
    eng = ENGINES[args.engine](pats)
    build_s = time.perf_counter() - t0
    rss_build = rss_mb() - rss0

    limit = int(args.max_mb * 1_000_000) if args.max_mb else None
    tag_s = 0.0
    nbytes = arts = mentions = 0
    perf = time.perf_counter
    tag = eng.tag
    with open(args.corpus, encoding="utf-8") as fin, \
         open(args.out, "w", encoding="utf-8") as fout:
        for line in fin:
            if limit is not None and nbytes >= limit:
                break
            text = json.loads(line)["text"]
            t = perf()
            ms = tag(text)
            tag_s += perf() - t
            buf = []
            for s, e, i in ms:
                ent, kind = pats.value(i, text[s:e])
                buf.append('{"article":%d,"start":%d,"end":%d,"entity":%s,"kind":%s}\n'
                           % (arts, s, e, json.dumps(ent), json.dumps(kind)))
            fout.write("".join(buf))
            mentions += len(ms)
            nbytes += len(text.encode("utf-8"))
            arts += 1
    mb = nbytes / 1e6
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print("engine=%s version=%s articles=%d MB=%.2f build_s=%.3f tag_s=%.3f MB_s=%.3f "
          "mentions=%d keys=%d rss_build_MB=%.1f maxrss_MB=%.1f offsets=char"
          % (eng.name, eng.version, arts, mb, build_s, tag_s, mb / tag_s if tag_s else 0.0,
             mentions, len(pats.keys), rss_build, maxrss))


if __name__ == "__main__":
    main()
