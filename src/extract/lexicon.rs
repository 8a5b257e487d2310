//! Finding the lexicon's phrases (meeting triggers, planned and cancelled
//! cues) in sentences.

use crate::gazetteer::Lexicon;
use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A meeting of this kind (index into `LexiconMatcher::kinds`).
    Trigger(usize),
    Planned,
    Cancelled,
}

/// A lexicon phrase found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub span: Range<usize>,
    pub kind: CueKind,
}

/// Triggers and status cues are matched separately: `will meet` is both a
/// planned cue and, inside it, the trigger `meet`.
#[derive(Debug)]
pub struct LexiconMatcher {
    triggers: Phrases,
    status: Phrases,
    /// Meeting kinds in lexicon order (`talks`, `phone-call`...).
    pub kinds: Vec<String>,
}

#[derive(Debug)]
struct Phrases {
    automaton: AhoCorasick,
    cues: Vec<CueKind>,
}

impl Phrases {
    fn new(phrases: &[String], cues: Vec<CueKind>) -> Result<Phrases, crate::tagger::BuildError> {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            // A few hundred short phrases: the DFA is fastest and small.
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(phrases)?;
        Ok(Phrases { automaton, cues })
    }

    fn find(&self, text: &str, found: &mut Vec<Cue>) {
        for hit in self.automaton.find_iter(text) {
            let range = hit.range();
            let before = text[..range.start].chars().next_back();
            let after = text[range.end..].chars().next();
            let last = text[..range.end].chars().next_back().unwrap_or(' ');
            let spaced_script = last.is_ascii() || !(is_hangul_or_cjk(last));
            let starts = before.is_none_or(|c| !c.is_alphanumeric()) || !spaced_script;
            let ends = after.is_none_or(|c| !c.is_alphanumeric()) || !spaced_script;
            if starts && ends {
                found.push(Cue {
                    span: range,
                    kind: self.cues[hit.pattern().as_usize()],
                });
            }
        }
    }
}

impl LexiconMatcher {
    pub fn new(lexicon: &Lexicon) -> Result<LexiconMatcher, crate::tagger::BuildError> {
        let mut trigger_phrases = Vec::new();
        let mut trigger_cues = Vec::new();
        let mut kinds = Vec::new();
        for (index, (kind, triggers)) in lexicon.meeting_triggers.iter().enumerate() {
            kinds.push(kind.clone());
            for phrase in triggers {
                trigger_phrases.push(phrase.to_lowercase());
                trigger_cues.push(CueKind::Trigger(index));
            }
        }
        let mut status_phrases = Vec::new();
        let mut status_cues = Vec::new();
        for phrase in &lexicon.planned {
            status_phrases.push(phrase.to_lowercase());
            status_cues.push(CueKind::Planned);
        }
        for phrase in &lexicon.cancelled {
            status_phrases.push(phrase.to_lowercase());
            status_cues.push(CueKind::Cancelled);
        }
        Ok(LexiconMatcher {
            triggers: Phrases::new(&trigger_phrases, trigger_cues)?,
            status: Phrases::new(&status_phrases, status_cues)?,
            kinds,
        })
    }

    /// Cues in `text`, on word boundaries, with ranges relative to `text`,
    /// sorted by start.
    pub fn find(&self, text: &str) -> Vec<Cue> {
        let mut found = Vec::new();
        self.triggers.find(text, &mut found);
        self.status.find(text, &mut found);
        found.sort_by_key(|cue| (cue.span.start, cue.span.end));
        found
    }
}

fn is_hangul_or_cjk(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7A3 | 0x3040..=0x30FF | 0x4E00..=0x9FFF)
}
