//! The tagger: one trie over every folded name of every entity.
//!
//! Matching starts only at word starts and walks the trie from there,
//! collecting every pattern that ends on the way; the longest one
//! whose end is a word boundary (and whose case fits) wins. Starting at word
//! starts skips most of the text's bytes, and because every candidate at a
//! start is seen, a rejected longest match never hides a shorter valid one
//! (`S. Korea` cannot swallow the `Korea` of `elections. Korea Hydro`).
//!
//! Text is folded to lower case once, into a reused buffer; for non-ASCII
//! text a map takes folded offsets back to the original, so offsets always
//! point into the text as given.

use crate::gazetteer::names::{each_name, Via};
use crate::gazetteer::{EntityRef, Gazetteer, Kind};
use rayon::prelude::*;
use std::collections::HashMap;

/// One entity a pattern stands for, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Target {
    pub entity: EntityRef,
    pub via: Via,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Pattern {
    /// Set for all-capitals names (`US`, `ROK`): the text must equal it exactly.
    exact: Option<Box<str>>,
    /// The name as first written, for display.
    surface: Box<str>,
    targets: std::ops::Range<u32>,
}

/// A name found in a text: byte offsets into the text as given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub pattern: u32,
    /// A second pattern with the same folded text (one case-sensitive, one
    /// not), or `u32::MAX`.
    pub other: u32,
}

/// Reusable buffers for tagging, so a long run allocates only as texts grow.
#[derive(Debug, Default)]
pub struct Scratch {
    folded: String,
    /// For each byte of `folded`, the offset of the original character it came
    /// from, or `u32::MAX` inside a character that folded to several. Empty
    /// when the text is ASCII (offsets are then the same).
    map: Vec<u32>,
}

#[derive(Debug, thiserror::Error)]
#[error("building the name automaton: {0}")]
pub struct BuildError(#[from] aho_corasick::BuildError);

pub struct Tagger {
    trie: Trie,
    patterns: Vec<Pattern>,
    targets: Vec<Target>,
    starts: StartFilter,
}

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tagger")
            .field("patterns", &self.patterns.len())
            .field("targets", &self.targets.len())
            .finish()
    }
}

/// Korean particles that may follow a Hangul name without a space (`김정한은`).
const HANGUL_PARTICLES: &[&str] = &[
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "에서",
    "에게",
    "께",
    "께서",
    "과",
    "와",
    "도",
    "로",
    "으로",
    "만",
    "부터",
    "까지",
    "과의",
    "와의",
    "에서의",
    "으로서",
    "로서",
    "이다",
    "이며",
    "측",
    "측은",
    "측의",
    "한테",
    "이나",
    "나",
    "랑",
    "이랑",
    "보다",
    "처럼",
    // Combinations and the contracted `서` (`서울서`, `G7서` for `에서`).
    "서",
    "은요",
    "과는",
    "와는",
    "과도",
    "와도",
    "에는",
    "에도",
    "에서는",
    "에서도",
    "에게는",
    "에게도",
    "으로는",
    "로는",
    "으로도",
    "로도",
    "께서는",
    "께서도",
    "으로부터",
    "로부터",
    "에게서",
    "까지는",
    "만의",
    "만은",
    "이라는",
    "라는",
    "이라고",
    "라고",
    // Nouns written without a space after a name (`문재인정부`).
    "정부",
    "행정부",
    "정권",
];

/// Everything the tagger derives from the gazetteer: the trie of folded
/// names, the start filter, what each name stands for. Plain arrays, so the
/// gazetteer cache keeps all of it and a start from the cache builds nothing.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Tables {
    trie: Trie,
    starts: StartFilter,
    patterns: Vec<Pattern>,
    targets: Vec<Target>,
}

impl Tables {
    /// Spells out and folds every name in the gazetteer.
    pub fn new(gazetteer: &Gazetteer) -> Tables {
        let mut keys: HashMap<(String, bool), usize> = HashMap::new();
        let mut folded_patterns: Vec<String> = Vec::new();
        // Per pattern: the exact spelling, the surface, the targets.
        type Pending = (Option<Box<str>>, Box<str>, Vec<Target>);
        let mut pending: Vec<Pending> = Vec::new();
        // Names are spelled out and folded in parallel, then numbered in
        // gazetteer order, so pattern ids do not depend on the thread count.
        let entities: Vec<EntityRef> = Kind::ALL
            .iter()
            .flat_map(|&kind| gazetteer.refs(kind))
            .collect();
        // Per name: as written, folded, all capitals, how it names the entity.
        type Spelled = (Box<str>, String, bool, Via);
        let names: Vec<Vec<Spelled>> = entities
            .par_iter()
            .map(|&entity| {
                let mut names = Vec::new();
                each_name(gazetteer, entity, |name, via| {
                    let name = name.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
                    if name.is_empty() || !name.chars().next().is_some_and(char::is_alphanumeric) {
                        return;
                    }
                    names.push((name.into(), fold(name), is_all_capitals(name), via));
                });
                names
            })
            .collect();
        for (&entity, names) in entities.iter().zip(names) {
            for (name, folded, exact, via) in names {
                let slot = match keys.entry((folded, exact)) {
                    std::collections::hash_map::Entry::Occupied(slot) => *slot.get(),
                    std::collections::hash_map::Entry::Vacant(slot) => {
                        let folded = slot.key().0.clone();
                        folded_patterns.push(folded);
                        pending.push((exact.then(|| name.clone()), name, Vec::new()));
                        *slot.insert(pending.len() - 1)
                    }
                };
                let targets = &mut pending[slot].2;
                match targets.iter_mut().find(|target| target.entity == entity) {
                    Some(target) => target.via = target.via.min(via),
                    None => targets.push(Target { entity, via }),
                }
            }
        }
        // The build's lookup table is large and no longer needed.
        std::thread::spawn(move || drop(keys));
        let (trie, starts) = rayon::join(
            || Trie::new(&folded_patterns),
            || StartFilter::new(&folded_patterns),
        );
        std::thread::spawn(move || drop(folded_patterns));
        let mut patterns = Vec::with_capacity(pending.len());
        let mut targets = Vec::new();
        for (exact, surface, pattern_targets) in pending {
            let start = targets.len() as u32;
            targets.extend(pattern_targets);
            patterns.push(Pattern {
                exact,
                surface,
                targets: start..targets.len() as u32,
            });
        }
        Tables {
            trie,
            starts,
            patterns,
            targets,
        }
    }

    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// True when every index the tagger will follow stays in bounds: what
    /// a decoded cache must satisfy before it is used.
    pub fn fits(&self, gazetteer: &Gazetteer) -> bool {
        self.trie.fits(self.patterns.len())
            && self.starts.fits()
            && self.patterns.iter().all(|pattern| {
                pattern.targets.start <= pattern.targets.end
                    && pattern.targets.end as usize <= self.targets.len()
            })
            && self
                .targets
                .iter()
                .all(|target| (target.entity.index as usize) < gazetteer.len(target.entity.kind))
    }
}

impl Tagger {
    /// Builds the trie for every name in the gazetteer.
    pub fn new(gazetteer: &Gazetteer) -> Tagger {
        Tagger::from_tables(Tables::new(gazetteer))
    }

    pub fn from_tables(tables: Tables) -> Tagger {
        let Tables {
            trie,
            starts,
            patterns,
            targets,
        } = tables;
        Tagger {
            trie,
            patterns,
            targets,
            starts,
        }
    }

    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// The entities a matched pattern stands for.
    pub fn targets(&self, pattern: u32) -> &[Target] {
        let range = &self.patterns[pattern as usize].targets;
        &self.targets[range.start as usize..range.end as usize]
    }

    /// The name as written in the gazetteer.
    pub fn surface(&self, pattern: u32) -> &str {
        &self.patterns[pattern as usize].surface
    }

    /// Every target of a match (both patterns when two share the text).
    pub fn match_targets(&self, found: &Match) -> impl Iterator<Item = &Target> {
        let other: &[Target] = if found.other == u32::MAX {
            &[]
        } else {
            self.targets(found.other)
        };
        self.targets(found.pattern).iter().chain(other)
    }

    /// Tags `text`, allocating fresh buffers. Prefer `tag_into` in loops.
    pub fn tag(&self, text: &str) -> Vec<Match> {
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        self.tag_into(text, &mut scratch, &mut out);
        out
    }

    /// Appends the matches in `text` to `out`, left to right, not overlapping.
    pub fn tag_into(&self, text: &str, scratch: &mut Scratch, out: &mut Vec<Match>) {
        fold_into(text, scratch);
        let folded_text = scratch.folded.as_str();
        let folded = folded_text.as_bytes();
        let ascii = scratch.map.is_empty();
        let original = |folded_offset: usize| -> u32 {
            if ascii {
                folded_offset as u32
            } else {
                scratch.map[folded_offset]
            }
        };
        let mut position = 0;
        let mut previous_is_word = false;
        while position < folded.len() {
            let byte = folded[position];
            let (is_word, width, cjk) = if byte < 0x80 {
                let is_word = IS_ASCII_WORD[byte as usize];
                if is_word == previous_is_word {
                    // Inside a word or between words: nothing starts here.
                    // Skip the rest of the ASCII run of the same kind at once.
                    position += 1;
                    while position < folded.len()
                        && folded[position] < 0x80
                        && IS_ASCII_WORD[folded[position] as usize] == is_word
                    {
                        position += 1;
                    }
                    continue;
                }
                (is_word, 1, false)
            } else {
                let c = decode(folded_text, position);
                (c.is_alphanumeric(), c.len_utf8(), is_cjk(c))
            };
            if ((is_word && !previous_is_word) || cjk) && self.starts.may_start(&folded[position..])
            {
                if let Some((end, pattern, other)) =
                    self.longest_at(text, folded_text, position, &original)
                {
                    out.push(Match {
                        start: original(position) as usize,
                        end: original(end) as usize,
                        pattern,
                        other,
                    });
                    position = end;
                    previous_is_word = end > 0 && is_word_before(folded_text, end);
                    continue;
                }
            }
            previous_is_word = is_word;
            position += width;
        }
    }

    /// The longest acceptable match starting at folded offset `start`.
    fn longest_at(
        &self,
        text: &str,
        folded_text: &str,
        start: usize,
        original: &impl Fn(usize) -> u32,
    ) -> Option<(usize, u32, u32)> {
        let trie = &self.trie;
        let folded = folded_text.as_bytes();
        let mut state = Trie::ROOT;
        let mut best = None;
        for (offset, &byte) in folded[start..].iter().enumerate() {
            let Some(next) = trie.next(state, byte) else {
                break;
            };
            state = next;
            let ends = trie.patterns(state);
            if ends.is_empty() {
                continue;
            }
            let end = start + offset + 1;
            let original_end = original(end);
            if original_end == u32::MAX || !is_boundary(folded_text, end) {
                continue;
            }
            let original_start = original(start) as usize;
            let mut accepted = [u32::MAX; 2];
            for &pattern in ends {
                let info = &self.patterns[pattern as usize];
                if let Some(exact) = &info.exact {
                    if &text[original_start..original_end as usize] != exact.as_ref() {
                        continue;
                    }
                }
                if accepted[0] == u32::MAX {
                    accepted[0] = pattern;
                } else {
                    accepted[1] = pattern;
                }
            }
            if accepted[0] != u32::MAX {
                best = Some((end, accepted[0], accepted[1]));
            }
        }
        best
    }
}

/// ASCII letters and digits: the bytes that continue a word.
static IS_ASCII_WORD: [bool; 128] = {
    let mut table = [false; 128];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

/// The folded names as a trie: the tagger's walk from a word start only
/// ever follows edges, so it needs neither failure links nor a full
/// automaton (building those was most of the start-up time). States are
/// numbered breadth first; each state's edges are contiguous and sorted by
/// byte, and the root's are also kept as a 256-entry table.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Trie {
    /// Per byte, the state the root goes to, or `NONE`.
    root: Vec<u32>,
    /// Per state, where its edges start in `bytes` and `next`; one more
    /// entry than there are states.
    edges: Vec<u32>,
    bytes: Vec<u8>,
    next: Vec<u32>,
    /// Per state, where its patterns start in `ends`; one more entry than
    /// there are states. A state's patterns are the names spelled exactly
    /// as the path to it, in pattern order.
    first_end: Vec<u32>,
    ends: Vec<u32>,
}

impl Trie {
    const ROOT: u32 = 0;
    const NONE: u32 = u32::MAX;

    /// Builds the trie from the patterns sorted: the patterns under a state
    /// are a run of the sorted list, split by their next byte.
    fn new(patterns: &[String]) -> Trie {
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        order.par_sort_unstable_by(|&a, &b| {
            patterns[a as usize]
                .as_bytes()
                .cmp(patterns[b as usize].as_bytes())
                .then(a.cmp(&b))
        });
        let byte_at =
            |index: usize, depth: usize| patterns[order[index] as usize].as_bytes()[depth];
        let mut trie = Trie {
            root: vec![Trie::NONE; 256],
            edges: Vec::new(),
            bytes: Vec::new(),
            next: Vec::new(),
            first_end: Vec::new(),
            ends: Vec::new(),
        };
        let mut queue = std::collections::VecDeque::from([(0..order.len(), 0)]);
        let mut states: u64 = 1;
        while let Some((run, depth)) = queue.pop_front() {
            trie.edges.push(trie.bytes.len() as u32);
            trie.first_end.push(trie.ends.len() as u32);
            let mut index = run.start;
            // Patterns that end here sort before those that go on.
            while index < run.end && patterns[order[index] as usize].len() == depth {
                trie.ends.push(order[index]);
                index += 1;
            }
            while index < run.end {
                let byte = byte_at(index, depth);
                let mut end = index + 1;
                while end < run.end && byte_at(end, depth) == byte {
                    end += 1;
                }
                let state = u32::try_from(states)
                    .ok()
                    .filter(|&state| state != Trie::NONE)
                    .expect(
                        "fewer than 4 billion trie states (gazetteer files are at most 64 MiB)",
                    );
                states += 1;
                trie.bytes.push(byte);
                trie.next.push(state);
                queue.push_back((index..end, depth + 1));
                index = end;
            }
        }
        trie.edges.push(trie.bytes.len() as u32);
        trie.first_end.push(trie.ends.len() as u32);
        let root_edges = trie.edges[0] as usize..trie.edges[1] as usize;
        for (&byte, &next) in trie.bytes[root_edges.clone()]
            .iter()
            .zip(&trie.next[root_edges])
        {
            trie.root[byte as usize] = next;
        }
        trie
    }

    /// The state after `byte` from `state`, if there is an edge.
    #[inline]
    fn next(&self, state: u32, byte: u8) -> Option<u32> {
        if state == Trie::ROOT {
            let next = self.root[byte as usize];
            return (next != Trie::NONE).then_some(next);
        }
        let start = self.edges[state as usize] as usize;
        let end = self.edges[state as usize + 1] as usize;
        let bytes = &self.bytes[start..end];
        let found = if bytes.len() <= 8 {
            bytes.iter().position(|&edge| edge == byte)
        } else {
            bytes.binary_search(&byte).ok()
        };
        found.map(|offset| self.next[start + offset])
    }

    /// The patterns spelled exactly as the path to `state`.
    #[inline]
    fn patterns(&self, state: u32) -> &[u32] {
        let start = self.first_end[state as usize] as usize;
        let end = self.first_end[state as usize + 1] as usize;
        &self.ends[start..end]
    }

    /// Every offset and state in bounds, edges sorted, offsets not going
    /// back: what `next` and `patterns` rely on.
    fn fits(&self, pattern_count: usize) -> bool {
        let states = self.edges.len().saturating_sub(1);
        let ascending = |offsets: &[u32], len: usize| {
            offsets.first() == Some(&0)
                && offsets.last() == Some(&(len as u32))
                && offsets.windows(2).all(|pair| pair[0] <= pair[1])
        };
        states > 0
            && self.first_end.len() == self.edges.len()
            && self.root.len() == 256
            && self.bytes.len() == self.next.len()
            && ascending(&self.edges, self.bytes.len())
            && ascending(&self.first_end, self.ends.len())
            && self
                .edges
                .windows(2)
                .all(|pair| self.bytes[pair[0] as usize..pair[1] as usize].is_sorted())
            && self
                .next
                .iter()
                .chain(self.root.iter().filter(|&&next| next != Trie::NONE))
                .all(|&next| next != Trie::ROOT && (next as usize) < states)
            && self
                .ends
                .iter()
                .all(|&pattern| (pattern as usize) < pattern_count)
    }
}

/// Which folded byte strings may begin a pattern: exact sets for one and
/// two bytes, hashed bit sets for the rest. It fits in cache and rejects
/// most word starts before the automaton is touched: the anchored walk is
/// bound by cache misses on automaton states, and most words start no name.
/// A word whose first four bytes begin some long pattern (`minister` and
/// `Ministry of ...`) is looked at again: the first eight bytes must begin
/// a pattern, or a pattern of four to seven bytes must be all of them.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct StartFilter {
    one: [u64; 4],
    two: Vec<u64>,
    three: Vec<u64>,
    /// First four bytes of patterns of four bytes or more.
    four: Vec<u64>,
    /// First eight bytes of patterns of eight bytes or more.
    eight: Vec<u64>,
    /// Whole patterns of four to seven bytes, by length.
    whole: [Vec<u64>; 4],
}

const THREE_BITS: u32 = 18;
const FOUR_BITS: u32 = 20;
const EIGHT_BITS: u32 = 20;
const WHOLE_BITS: u32 = 18;

impl StartFilter {
    fn new(patterns: &[String]) -> StartFilter {
        let mut filter = StartFilter {
            one: [0; 4],
            two: vec![0; 1 << (16 - 6)],
            three: vec![0; 1 << (THREE_BITS - 6)],
            four: vec![0; 1 << (FOUR_BITS - 6)],
            eight: vec![0; 1 << (EIGHT_BITS - 6)],
            whole: std::array::from_fn(|_| vec![0; 1 << (WHOLE_BITS - 6)]),
        };
        for pattern in patterns {
            let bytes = pattern.as_bytes();
            match bytes.len() {
                0 => {}
                1 => set_bit(&mut filter.one, bytes[0] as usize),
                2 => set_bit(&mut filter.two, two_key(bytes)),
                3 => set_bit(&mut filter.three, three_key(bytes)),
                length => {
                    set_bit(&mut filter.four, four_key(bytes));
                    if length >= 8 {
                        set_bit(&mut filter.eight, long_key(&bytes[..8], EIGHT_BITS));
                    } else {
                        set_bit(&mut filter.whole[length - 4], long_key(bytes, WHOLE_BITS));
                    }
                }
            }
        }
        filter
    }

    /// Every table as long as `new` makes it: `has_bit` indexes them
    /// by hashes of that width.
    fn fits(&self) -> bool {
        self.two.len() == 1 << (16 - 6)
            && self.three.len() == 1 << (THREE_BITS - 6)
            && self.four.len() == 1 << (FOUR_BITS - 6)
            && self.eight.len() == 1 << (EIGHT_BITS - 6)
            && self
                .whole
                .iter()
                .all(|table| table.len() == 1 << (WHOLE_BITS - 6))
    }

    /// May a pattern start at the beginning of `rest`? Never false when one does.
    #[inline]
    fn may_start(&self, rest: &[u8]) -> bool {
        if rest.len() >= 4 && has_bit(&self.four, four_key(rest)) && self.may_start_long(rest) {
            return true;
        }
        (rest.len() >= 3 && has_bit(&self.three, three_key(rest)))
            || (rest.len() >= 2 && has_bit(&self.two, two_key(rest)))
            || has_bit(&self.one, rest[0] as usize)
    }

    /// May a pattern of four bytes or more start `rest`?
    #[inline]
    fn may_start_long(&self, rest: &[u8]) -> bool {
        (rest.len() >= 8 && has_bit(&self.eight, long_key(&rest[..8], EIGHT_BITS)))
            || (4..8).any(|length| {
                rest.len() >= length
                    && has_bit(
                        &self.whole[length - 4],
                        long_key(&rest[..length], WHOLE_BITS),
                    )
            })
    }
}

/// A hash of up to eight bytes, `bits` wide.
#[inline]
fn long_key(bytes: &[u8], bits: u32) -> usize {
    let mut word = [0u8; 8];
    word[..bytes.len()].copy_from_slice(bytes);
    (u64::from_le_bytes(word).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

#[inline]
fn two_key(bytes: &[u8]) -> usize {
    u16::from_le_bytes([bytes[0], bytes[1]]) as usize
}

#[inline]
fn three_key(bytes: &[u8]) -> usize {
    let value = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], 0]);
    (value.wrapping_mul(0x9E37_79B1) >> (32 - THREE_BITS)) as usize
}

#[inline]
fn four_key(bytes: &[u8]) -> usize {
    let value = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
    (value.wrapping_mul(0x9E37_79B1) >> (32 - FOUR_BITS)) as usize
}

#[inline]
fn set_bit(bits: &mut [u64], index: usize) {
    bits[index / 64] |= 1 << (index % 64);
}

#[inline]
fn has_bit(bits: &[u64], index: usize) -> bool {
    bits[index / 64] & (1 << (index % 64)) != 0
}

/// True for a name written entirely in capitals (`US`, `ROK`, `U.S.`): such
/// names match only as written, so `us` is never the United States.
pub fn is_all_capitals(name: &str) -> bool {
    name.chars().any(char::is_uppercase) && !name.chars().any(char::is_lowercase)
}

/// Lower-cases a name the way `tag_into` folds text.
pub fn fold(name: &str) -> String {
    let mut scratch = Scratch::default();
    fold_into(name, &mut scratch);
    scratch.folded
}

fn fold_into(text: &str, scratch: &mut Scratch) {
    scratch.folded.clear();
    scratch.map.clear();
    if text.is_ascii() {
        scratch.folded.push_str(text);
        scratch.folded.make_ascii_lowercase();
        return;
    }
    let bytes = text.as_bytes();
    let mut offset = 0;
    while offset < bytes.len() {
        if bytes[offset] < 0x80 {
            // A run of ASCII folds byte by byte, each byte its own offset.
            let run_end = bytes[offset..]
                .iter()
                .position(|&byte| byte >= 0x80)
                .map_or(bytes.len(), |length| offset + length);
            let before = scratch.folded.len();
            scratch.folded.push_str(&text[offset..run_end]);
            scratch.folded[before..].make_ascii_lowercase();
            scratch.map.extend(offset as u32..run_end as u32);
            offset = run_end;
            continue;
        }
        let c = decode(text, offset);
        let before = scratch.folded.len();
        scratch.folded.extend(c.to_lowercase());
        let added = scratch.folded.len() - before;
        let first_width = scratch.folded[before..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        for index in 0..added {
            // Offsets inside the first folded character, and the start of it,
            // map to the original character; a second folded character from
            // the same original one is not a boundary.
            scratch.map.push(if index < first_width {
                offset as u32
            } else {
                u32::MAX
            });
        }
        offset += c.len_utf8();
    }
    scratch.map.push(text.len() as u32);
}

fn decode(text: &str, offset: usize) -> char {
    text[offset..].chars().next().unwrap_or(' ')
}

fn is_word_before(text: &str, end: usize) -> bool {
    text[..end]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// Han, kana and other scripts written without spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3130..=0x318F)
}

/// Is `text` a Korean particle that may follow a name (`은`, `과의`)?
pub fn is_particle(text: &str) -> bool {
    HANGUL_PARTICLES.contains(&text)
}

/// May a match end at folded offset `end`? At a non-word character, at the
/// end of text, after CJK, or before a Korean particle that follows Hangul.
fn is_boundary(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    if end >= bytes.len() {
        return true;
    }
    let byte = bytes[end];
    if byte < 0x80 {
        // Korean glues Latin letters to a Hangul name (`워싱턴DC`).
        return !byte.is_ascii_alphanumeric()
            || text[..end].chars().next_back().is_some_and(is_hangul);
    }
    if !text.is_char_boundary(end) {
        return false;
    }
    let next = decode(text, end);
    if !next.is_alphanumeric() {
        return true;
    }
    let last = text[..end].chars().next_back().unwrap_or(' ');
    if is_cjk(last) || is_cjk(next) {
        return true;
    }
    // A particle after a Hangul name, or after a Latin one (`G7서`, `EU는`).
    if (is_hangul(last) || last.is_ascii_alphanumeric()) && is_hangul(next) {
        let run_end = text[end..]
            .char_indices()
            .find(|(_, c)| !is_hangul(*c))
            .map_or(text.len(), |(offset, _)| end + offset);
        return HANGUL_PARTICLES.contains(&&text[end..run_end]);
    }
    false
}

#[cfg(test)]
mod tests;
