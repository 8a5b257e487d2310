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

/// Every phrase a sentence is read for, found in one pass: the lexicon's
/// triggers and status cues, its clause breaks, background phrases and
/// multilateral and separate-meeting words, and the date words. Triggers and status cues are two separate leftmost-longest
/// sets (`will meet` is both a planned cue and, inside it, the trigger
/// `meet`), picked here from the overlapping matches of one automaton.
#[derive(Debug)]
pub struct LexiconMatcher {
    automaton: AhoCorasick,
    phrases: Vec<Phrase>,
    /// Meeting kinds in lexicon order (`talks`, `phone-call`...).
    pub kinds: Vec<String>,
    /// The lexicon's word lists, for the rules that read a window of text.
    pub words: super::words::Words,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phrase {
    Trigger(usize),
    Status(CueKind),
    ClauseBreak,
    Background,
    Multilateral,
    Separate,
    DateWord,
}

/// What one pass over a sentence found.
#[derive(Debug, Default)]
pub struct Scan {
    /// Triggers and status cues on word boundaries, sorted by start.
    pub cues: Vec<Cue>,
    /// Where a subordinate clause opens (`after`, `since`, `during which`).
    pub clause_breaks: Vec<usize>,
    /// A phrase about the state of relations (`relations between`).
    pub background: bool,
    /// A word that makes listed parties one meeting of them all (`trilateral`).
    pub multilateral: bool,
    /// A word that makes listed counterparts separate meetings (`separately`).
    pub separate: bool,
    /// A word every date without digits has (`May`, `Friday`, `tonight`).
    pub date_word: bool,
}

impl LexiconMatcher {
    pub fn new(lexicon: &Lexicon) -> Result<LexiconMatcher, crate::tagger::BuildError> {
        let mut texts: Vec<String> = Vec::new();
        let mut phrases = Vec::new();
        let mut kinds = Vec::new();
        for (index, (kind, triggers)) in lexicon.meeting_triggers.iter().enumerate() {
            kinds.push(kind.clone());
            for phrase in triggers {
                texts.push(phrase.to_lowercase());
                phrases.push(Phrase::Trigger(index));
            }
        }
        for (cues, kind) in [
            (&lexicon.planned, CueKind::Planned),
            (&lexicon.cancelled, CueKind::Cancelled),
        ] {
            for phrase in cues {
                texts.push(phrase.to_lowercase());
                phrases.push(Phrase::Status(kind));
            }
        }
        for (list, phrase) in [
            (&lexicon.words.clause_breaks, Phrase::ClauseBreak),
            (&lexicon.words.background_phrases, Phrase::Background),
            (&lexicon.words.multilateral_words, Phrase::Multilateral),
            (&lexicon.words.separate_words, Phrase::Separate),
        ] {
            for text in list {
                texts.push(text.to_lowercase());
                phrases.push(phrase);
            }
        }
        for word in super::date::DATE_WORDS {
            texts.push(word.to_string());
            phrases.push(Phrase::DateWord);
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            // A few hundred short phrases: the DFA is fastest and small.
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&texts)?;
        Ok(LexiconMatcher {
            automaton,
            phrases,
            kinds,
            words: super::words::compile(&lexicon.words)?,
        })
    }

    /// Reads `text` once for every phrase; ranges are relative to `text`.
    pub fn scan(&self, text: &str) -> Scan {
        let mut scan = Scan::default();
        // (start, end, pattern) of every trigger and status phrase found.
        let mut triggers: Vec<(usize, usize, usize)> = Vec::new();
        let mut status: Vec<(usize, usize, usize)> = Vec::new();
        for hit in self.automaton.find_overlapping_iter(text) {
            let pattern = hit.pattern().as_usize();
            let found = (hit.start(), hit.end(), pattern);
            match self.phrases[pattern] {
                Phrase::Trigger(_) => triggers.push(found),
                Phrase::Status(_) => status.push(found),
                Phrase::ClauseBreak => scan.clause_breaks.push(hit.start()),
                Phrase::Background => scan.background = true,
                Phrase::Multilateral => scan.multilateral = true,
                Phrase::Separate => scan.separate = true,
                Phrase::DateWord => scan.date_word = true,
            }
        }
        for mut found in [triggers, status] {
            self.leftmost_longest(text, &mut found, &mut scan.cues);
        }
        scan.cues.sort_by_key(|cue| (cue.span.start, cue.span.end));
        scan
    }

    /// Keeps the leftmost-longest matches among `found`, as a search for
    /// them alone would (the leftmost start, there the longest phrase, the
    /// first listed on a tie, then on from its end), and of those the ones
    /// on word boundaries.
    fn leftmost_longest(
        &self,
        text: &str,
        found: &mut [(usize, usize, usize)],
        cues: &mut Vec<Cue>,
    ) {
        found.sort_by_key(|&(start, end, pattern)| (start, std::cmp::Reverse(end), pattern));
        let mut free_from = 0;
        for &(start, end, pattern) in found.iter() {
            if start < free_from {
                continue;
            }
            free_from = end;
            let range = start..end;
            let before = text[..range.start].chars().next_back();
            let after = text[range.end..].chars().next();
            let last = text[..range.end].chars().next_back().unwrap_or(' ');
            let spaced_script = last.is_ascii() || !(is_hangul_or_cjk(last));
            let starts = before.is_none_or(|c| !c.is_alphanumeric()) || !spaced_script;
            let ends = after.is_none_or(|c| !c.is_alphanumeric()) || !spaced_script;
            if starts && ends {
                let kind = match self.phrases[pattern] {
                    Phrase::Trigger(index) => CueKind::Trigger(index),
                    Phrase::Status(kind) => kind,
                    _ => continue,
                };
                cues.push(Cue { span: range, kind });
            }
        }
    }
}

fn is_hangul_or_cjk(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7A3 | 0x3040..=0x30FF | 0x4E00..=0x9FFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> LexiconMatcher {
        let lexicon = Lexicon {
            meeting_triggers: vec![
                (
                    "talks".into(),
                    vec!["talks".into(), "held talks".into(), "met".into()],
                ),
                (
                    "summit".into(),
                    vec!["summit".into(), "summit talks".into()],
                ),
            ],
            planned: vec!["will hold".into(), "will meet".into()],
            cancelled: vec!["called off".into()],
            words: crate::gazetteer::WordLists {
                clause_breaks: vec![" after ".into(), " since ".into(), " as ".into()],
                background_phrases: vec!["relations between".into()],
                ..Default::default()
            },
            ..Lexicon::default()
        };
        LexiconMatcher::new(&lexicon).unwrap()
    }

    #[test]
    fn triggers_and_status_cues_are_leftmost_longest_each() {
        let scan = matcher().scan("They will hold summit talks; Kim MET Abe, not metal");
        let found: Vec<(&str, CueKind)> = scan
            .cues
            .iter()
            .map(|cue| {
                (
                    &"They will hold summit talks; Kim MET Abe, not metal"[cue.span.clone()],
                    cue.kind,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("will hold", CueKind::Planned),
                ("summit talks", CueKind::Trigger(1)),
                ("MET", CueKind::Trigger(0)),
            ]
        );
    }

    #[test]
    fn clause_markers_and_background_phrases_ignore_case() {
        let scan = matcher().scan("met since as AFTER it");
        assert_eq!(scan.clause_breaks, [3, 9, 12]);
        assert!(!scan.background);
        assert!(
            matcher()
                .scan("Relations Between the two have soured.")
                .background
        );
    }
}
