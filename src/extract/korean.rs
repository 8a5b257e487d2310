//! Reading a Korean sentence. Korean puts the verb last and marks roles
//! with particles: the parties are the names before the trigger (the
//! subject with `은/는/이/가`, the counterpart with `과/와` or `을/를`),
//! the trigger is a noun and verb (`회담을 가졌다`, `만났다`), and the
//! tense or a cue after it gives the status (`한다`, `예정` planned;
//! `취소`, `무산` cancelled). A child of `meeting`, so it fills the same
//! `Reading` the English rules do.

use super::{Reading, Status};
use crate::extract::date;
use crate::extract::meeting::MeetingKind;
use crate::extract::{CueKind, Extractor};
use crate::gazetteer::hangul::is_hangul;
use crate::gazetteer::{EntityRef, Kind};
use crate::resolve::Mention;
use crate::segment::Sentence;
use crate::tagger::is_particle;
use std::ops::Range;

/// Is the sentence Korean: more Hangul syllables than Latin letters?
pub(super) fn is_korean(text: &str) -> bool {
    if text.is_ascii() {
        return false;
    }
    let mut hangul = 0usize;
    let mut latin = 0usize;
    for c in text.chars() {
        if is_hangul(c) {
            hangul += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    hangul > 0 && hangul >= latin
}

/// Subjects standing for the parties of the meeting just reported.
const BOTH_SIDES: &[&str] = &[
    "양측",
    "양국",
    "양 국",
    "양 정상",
    "두 정상",
    "두 사람",
    "양 장관",
    "양국 장관",
    "양 국장",
    "양 대표",
    "량측",
    "량국",
];

/// Words after a trigger that make it planned.
const PLANNED_AFTER: &[&str] = &[
    "예정",
    "계획",
    "하기로",
    "갖기로",
    "열기로",
    "할 것",
    "갖는다",
    "가질",
    "한다",
    "연다",
    "열린다",
    "만난다",
    "개최한다",
    "진행한다",
    "방침",
];

/// What a summit trigger is when it is the event around a meeting.
const EVENT_AFTER: &[&str] = &["를 계기로", "계기", "참석", "기간", "에 참석", "참가"];
const EVENT_BEFORE: &[&str] = &["G7", "G20", "주요 7개국", "주요 20개국", "아세안", "APEC", "나토"];

pub(super) fn read(
    extractor: &Extractor,
    body: &str,
    sentence: &Sentence,
    mentions: &[Mention],
) -> Reading {
    let text = &body[sentence.span.clone()];
    let base = sentence.span.start;
    let mut reading = Reading {
        headline: sentence.headline,
        ..Reading::default()
    };
    let scan = extractor.lexicon.scan(text);
    let quotes = quoted(text);
    let is_quoted = |offset: usize| quotes.iter().any(|range| range.contains(&offset));
    let local = |mention: &Mention| mention.span.start - base..mention.span.end - base;

    let people: Vec<(Range<usize>, EntityRef)> = mentions
        .iter()
        .filter(|mention| mention.kind == Kind::Person)
        .filter_map(|mention| Some((local(mention), mention.entity?)))
        .filter(|(range, _)| !is_quoted(range.start))
        .collect();

    let kind_of = |index: usize| {
        MeetingKind::parse(&extractor.lexicon.kinds[index]).unwrap_or(MeetingKind::Talks)
    };
    let triggers: Vec<(Range<usize>, MeetingKind)> = scan
        .cues
        .iter()
        .filter_map(|cue| match cue.kind {
            CueKind::Trigger(index) => Some((cue.span.clone(), kind_of(index))),
            _ => None,
        })
        .filter(|(range, _)| is_hangul_at(text, range.start) && !is_quoted(range.start))
        .filter(|(range, kind)| *kind != MeetingKind::Summit || !is_event(text, range))
        .collect();

    // The trigger that ends the clause of the most parties: the last one
    // with a name before it, as the verb comes last.
    let main = triggers
        .iter()
        .rev()
        .find(|(range, _)| {
            people
                .iter()
                .any(|(person, _)| person.end <= range.start && is_party(text, person, range))
        })
        .or(triggers.last());
    if let Some((trigger, kind)) = main.cloned() {
        let parties: Vec<(Range<usize>, EntityRef)> = people
            .iter()
            .filter(|(range, _)| range.end <= trigger.start && is_party(text, range, &trigger))
            .cloned()
            .collect();
        let mut persons: Vec<EntityRef> = Vec::new();
        for (_, person) in &parties {
            if !persons.contains(person) {
                persons.push(*person);
            }
        }
        // `A은 B, C와 정상회담을 가졌다`: one subject, several counterparts
        // listed with a comma, each a meeting of its own.
        let counterparts = listed_counterparts(text, &parties, &trigger);
        if persons.len() >= 3 && counterparts.len() >= 2 && persons.len() == counterparts.len() + 1
        {
            let subject = persons
                .iter()
                .copied()
                .find(|person| !counterparts.contains(person))
                .expect("one more person than counterparts");
            persons = vec![subject, counterparts[0]];
            for other in &counterparts[1..] {
                reading.also.push((kind, vec![subject, *other]));
            }
        }
        let summit = kind == MeetingKind::Talks
            && triggers
                .iter()
                .any(|(_, other)| *other == MeetingKind::Summit);
        reading.persons = persons;
        reading.trigger = Some((
            trigger.start + base..trigger.end + base,
            if summit { MeetingKind::Summit } else { kind },
        ));
        reading.status = Some(status(text, &trigger, &scan.cues));
        let before = &text[..trigger.start];
        reading.pronoun_subject = BOTH_SIDES.iter().any(|word| before.contains(word));
    }
    reading.dates = date::find_korean(text)
        .into_iter()
        .filter(|(range, _)| !is_attribution(text, range.end))
        .map(|(range, expr)| (range.start + base..range.end + base, expr))
        .collect();
    for mention in mentions {
        let Some(entity) = mention.entity else {
            continue;
        };
        match entity.kind {
            Kind::Issue if !reading.issues.contains(&entity) => reading.issues.push(entity),
            Kind::Place | Kind::Country if is_venue(text, &local(mention), mentions, base) => {
                reading.places.push((mention.span.start, entity));
            }
            _ => {}
        }
    }
    reading
}

fn is_hangul_at(text: &str, offset: usize) -> bool {
    text[offset..].chars().next().is_some_and(is_hangul)
}

/// The particle (or rest of the word) right after `end`.
fn word_rest(text: &str, end: usize) -> &str {
    let rest = &text[end..];
    let stop = rest
        .find(|c: char| !is_hangul(c))
        .unwrap_or(rest.len());
    &rest[..stop]
}

/// Is the person at `range` a party to the trigger: in its clause, and not
/// a possessor (`문재인 대통령의 순방을 수행하는`) or the one quoted?
fn is_party(text: &str, range: &Range<usize>, trigger: &Range<usize>) -> bool {
    let between = &text[range.end..trigger.start];
    // The name's phrase runs to the first particle: `김정한 외교부 국장과`.
    let phrase_end = between
        .split(' ')
        .position(|word| {
            let bare = word.trim_end_matches([',', '.']);
            bare.is_empty()
                || ends_with_particle(bare)
                || !bare.chars().next().is_some_and(is_hangul)
        })
        .unwrap_or(0);
    let word = between.split(' ').nth(phrase_end).unwrap_or("");
    let possessive = word.ends_with('의') && !word.ends_with("과의") && !word.ends_with("와의");
    // A clause that ends before the trigger (`...했고,`, `...했으나`).
    let clause_break = [
        "했고", "했으며", "했지만", "했으나", "밝혔다", "말했다", "고 말", "다며", "다고",
    ]
    .iter()
    .any(|word| between.contains(word));
    !possessive && !clause_break
}

fn ends_with_particle(word: &str) -> bool {
    (1..=4).any(|chars| {
        let Some((at, _)) = word.char_indices().rev().nth(chars - 1) else {
            return false;
        };
        is_particle(&word[at..])
    })
}

/// The people listed as counterparts right before the trigger: `B, C와`.
fn listed_counterparts(
    text: &str,
    parties: &[(Range<usize>, EntityRef)],
    trigger: &Range<usize>,
) -> Vec<EntityRef> {
    let mut found = Vec::new();
    for (index, (range, person)) in parties.iter().enumerate() {
        let to = parties
            .get(index + 1)
            .map_or(trigger.start, |(next, _)| next.start);
        let gap = &text[range.end..to];
        let last_word = gap.trim_end().rsplit(' ').next().unwrap_or("");
        let listed = gap.trim_end().ends_with(',')
            || last_word.ends_with('과')
            || last_word.ends_with('와')
            || last_word.ends_with("과의")
            || last_word.ends_with("와의");
        let topic = gap
            .split(' ')
            .any(|word| word.ends_with('은') || word.ends_with('는'));
        if listed && !topic {
            found.push(*person);
        } else {
            found.clear();
        }
    }
    found
}

/// Is a summit trigger the event (`G7 정상회의를 계기로`)?
fn is_event(text: &str, range: &Range<usize>) -> bool {
    let after = &text[range.end..];
    let before = &text[..range.start];
    let from = before
        .char_indices()
        .rev()
        .nth(12)
        .map_or(0, |(offset, _)| offset);
    EVENT_AFTER
        .iter()
        .any(|word| after.trim_start_matches(['을', '를', '에', ' ']).starts_with(word.trim_start_matches("를 ")))
        || EVENT_BEFORE.iter().any(|word| before[from..].contains(word))
}

/// Planned when the trigger's clause goes on to a future or a plan,
/// cancelled on a cancellation cue that is not a mere possibility.
fn status(text: &str, trigger: &Range<usize>, cues: &[crate::extract::Cue]) -> Status {
    let cancelled = cues.iter().any(|cue| {
        cue.kind == CueKind::Cancelled && !text[cue.span.end..].trim_start().starts_with("가능성")
    });
    if cancelled {
        return Status::Cancelled;
    }
    let after = &text[trigger.end..];
    let clause_end = after.find("다.").map_or(after.len(), |at| at + "다.".len());
    let clause = &after[..clause_end];
    let past = ["했다", "가졌다", "열었다", "만났다", "진행했다", "됐다", "였다", "했었다", "었다", "했으며", "했고"];
    if PLANNED_AFTER.iter().any(|word| clause.contains(word))
        && !past.iter().any(|word| clause.ends_with(word) || clause.ends_with(&format!("{word}.")))
    {
        return Status::Planned;
    }
    Status::Held
}

/// A date right before `밝혔다`, `전했다`: when it was said, not met.
fn is_attribution(text: &str, end: usize) -> bool {
    let after = text[end..].trim_start();
    ["밝혔", "전했", "발표", "말했", "보도", "공지"]
        .iter()
        .any(|word| after.starts_with(word))
}

/// Is a place where the meeting is: followed by `에서`/`서`, directly or
/// through a district or venue (`서울 종로구 외교부청사에서`)?
fn is_venue(text: &str, range: &Range<usize>, mentions: &[Mention], base: usize) -> bool {
    let mut end = range.end;
    for _ in 0..3 {
        let rest = word_rest(text, end);
        if matches!(rest, "에서" | "서" | "에서는" | "에서도" | "에서의" | "에서만") {
            return true;
        }
        if !rest.is_empty() {
            return rest.ends_with("에서") || (rest.ends_with('에') && rest.chars().count() > 2);
        }
        // The next word: another place, or a venue word.
        let after = &text[end..];
        let Some(next_start) = after.find(|c: char| c != ' ').map(|at| end + at) else {
            return false;
        };
        if next_start == end {
            return false;
        }
        let next = mentions.iter().find(|mention| {
            mention.span.start - base == next_start
                && matches!(mention.kind, Kind::Place | Kind::Organization)
        });
        end = match next {
            Some(mention) => mention.span.end - base,
            None => {
                let word_end = text[next_start..]
                    .find(' ')
                    .map_or(text.len(), |at| next_start + at);
                let word = &text[next_start..word_end];
                return word.ends_with("에서") || word.ends_with("청사에");
            }
        };
    }
    false
}

fn quoted(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut open: Option<usize> = None;
    for (offset, c) in text.char_indices() {
        match c {
            '\u{201c}' | '\u{300c}' | '\u{300e}' => open = Some(offset),
            '\u{201d}' | '\u{300d}' | '\u{300f}' => {
                if let Some(start) = open.take() {
                    ranges.push(start..offset);
                }
            }
            '"' => match open.take() {
                Some(start) => ranges.push(start..offset),
                None => open = Some(offset),
            },
            _ => {}
        }
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_sentences_are_told_from_english_ones() {
        assert!(is_korean("김정한 국장은 다키자키 국장과 회담을 가졌다."));
        assert!(is_korean("G7 정상회의"));
        assert!(!is_korean("Kim met Takizaki (김정한) in Seoul."));
    }

    #[test]
    fn status_follows_the_verb_after_the_trigger() {
        let planned = "두 사람은 오는 6일 서울에서 국장급 협의를 갖는다.";
        let at = planned.find("협의").unwrap();
        assert_eq!(status(planned, &(at..at + 6), &[]), Status::Planned);
        let held = "두 사람은 29일 서울에서 협의를 했다.";
        let at = held.find("협의").unwrap();
        assert_eq!(status(held, &(at..at + 6), &[]), Status::Held);
    }

    #[test]
    fn a_possessor_is_not_a_party() {
        let text = "문재인 대통령의 순방을 수행하는 강 장관은 라브로프 장관과 회담했다.";
        let trigger = text.find("회담").unwrap();
        let trigger = trigger..trigger + 6;
        assert!(!is_party(text, &(0..9), &trigger));
        let kang = text.find("강 장관").unwrap();
        assert!(is_party(text, &(kang..kang + 10), &trigger));
    }

    #[test]
    fn places_before_essi_are_venues() {
        let text = "도쿄에서 만났다";
        assert!(is_venue(text, &(0..6), &[], 0));
        assert!(!is_venue("도쿄로 향했다", &(0..6), &[], 0));
    }
}
