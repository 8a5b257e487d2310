//! Reading a Korean sentence. Korean puts the verb last and marks roles
//! with particles: the parties are the names before the trigger (the
//! subject with `은/는/이/가`, the counterpart with `과/와` or `을/를`),
//! the trigger is a noun and verb (`회담을 가졌다`, `만났다`), and the
//! tense or a cue after it gives the status (`한다`, `예정` planned;
//! `취소`, `무산` cancelled). A child of `meeting`, so it fills the same
//! `Reading` the English rules do.

use super::reading::Reading;
use super::Status;
use crate::extract::date;
use crate::extract::meeting::MeetingKind;
use crate::extract::words::Words;
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

pub(super) fn read(
    extractor: &Extractor,
    body: &str,
    sentence: &Sentence,
    mentions: &[Mention],
) -> Reading {
    let text = &body[sentence.span.clone()];
    let base = sentence.span.start;
    let words = &extractor.lexicon.words;
    let mut reading = Reading {
        headline: sentence.headline,
        ..Reading::default()
    };
    let scan = extractor.lexicon.scan(text);
    let quotes = super::context::quoted_ranges(text);
    let local = |mention: &Mention| mention.span.start - base..mention.span.end - base;

    let people: Vec<(Range<usize>, EntityRef)> = mentions
        .iter()
        .filter(|mention| mention.kind == Kind::Person)
        .filter_map(|mention| Some((local(mention), mention.entity?)))
        .collect();
    // A quote is read on its own: its names are parties to its triggers only
    // (`"문 대통령이 ... 양자회담을 개최한 것도 성과"라며`).
    let quote_of = |offset: usize| quotes.iter().position(|range| range.contains(&offset));

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
        .filter(|(range, _)| is_hangul_at(text, range.start))
        .filter(|(range, kind)| *kind != MeetingKind::Summit || !is_event(words, text, range))
        .filter(|(range, _)| !is_object_of_other_verb(words, text, range))
        .collect();

    // The trigger with the most parties before it; of those the first, the
    // noun right after its counterpart (`A과의 회담 전 ... 정상회담의 연기`).
    let party = |person: &Range<usize>, trigger: &Range<usize>| {
        person.end <= trigger.start
            && quote_of(person.start) == quote_of(trigger.start)
            && is_party(text, person, trigger)
    };
    let count = |range: &Range<usize>| {
        people
            .iter()
            .filter(|(person, _)| party(person, range))
            .count()
    };
    let most = triggers.iter().map(|(range, _)| count(range)).max();
    let main = triggers
        .iter()
        .find(|(range, _)| Some(count(range)) == most && most > Some(0))
        .or(triggers.last());
    if let Some((trigger, mut kind)) = main.cloned() {
        let mut parties: Vec<(Range<usize>, EntityRef)> = people
            .iter()
            .filter(|(range, _)| party(range, &trigger))
            .cloned()
            .collect();
        // `이번 협의에는 A과 B이 참석한다`: the meeting is the topic and
        // the parties attend it, after it.
        if parties.is_empty() && attended(words, text, &trigger) {
            parties = people
                .iter()
                .filter(|(range, _)| {
                    range.start >= trigger.end && quote_of(range.start) == quote_of(trigger.start)
                })
                .cloned()
                .collect();
        }
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
                reading.also.push((kind, vec![subject, *other], None));
            }
        }
        // Talks between heads of state or government are a summit.
        let heads = |person: &EntityRef| {
            extractor
                .gazetteer
                .person(*person)
                .is_some_and(|person| person.roles.iter().any(|role| is_head(&role.title)))
        };
        let summit = kind == MeetingKind::Talks && persons.len() >= 2 && persons.iter().all(heads);
        // `한·일 외교장관회담`, `한미는 ... 회의를 열었다`: sides named by
        // the countries' one-syllable abbreviations, the trigger's own or
        // its subject's.
        let sides = pair_sides(words, text, &trigger);
        if !sides.is_empty() && persons.is_empty() {
            reading.sides = sides;
        }
        // `A이 영국과 독일, 프랑스 등 참가국 정상과 양자회담을 개최`: one
        // person and countries listed as counterparts, a meeting each.
        let listed = listed_countries(text, mentions, base, &trigger);
        if persons.len() == 1 && !listed.is_empty() {
            // `참가국 정상과 양자회담`: the heads of those countries.
            if heads(&persons[0]) && text[..trigger.start].contains("정상") {
                kind = MeetingKind::Summit;
            }
            reading.sides = vec![extractor.gazetteer.id(listed[0]).to_string()];
            for country in &listed[1..] {
                reading.also.push((kind, vec![persons[0], *country], None));
            }
        }
        reading.persons = persons;
        reading.trigger = Some((
            trigger.start + base..trigger.end + base,
            if summit { MeetingKind::Summit } else { kind },
        ));
        // A cancellation is this trigger's when no other trigger or quote
        // stands between them (`회담을 하기로 합의했지만, 일본이 ... 취소`).
        let cues: Vec<crate::extract::Cue> = scan
            .cues
            .iter()
            .filter(|cue| {
                cue.kind != CueKind::Cancelled
                    || (cue.span.start + 12 >= trigger.start
                        && quote_of(cue.span.start) == quote_of(trigger.start)
                        && !triggers.iter().any(|(other, _)| {
                            other.start > trigger.end && other.start < cue.span.start
                        }))
            })
            .cloned()
            .collect();
        reading.status = Some(status(words, text, &trigger, &cues));
        // Korean leaves out a subject the reader knows: a meeting without
        // names is the one being reported, or another one of its parties.
        let before = &text[..trigger.start];
        reading.pronoun_subject = (reading.persons.is_empty() && reading.sides.is_empty())
            || words.korean_pair_words.found_as_written(before);
    }
    // Korean dates a meeting before its verb: a date after the trigger
    // belongs to another clause (`만나 지난 4월 북러정상회담에서`).
    let trigger_end = reading
        .trigger
        .as_ref()
        .map_or(text.len(), |(range, _)| range.end - base);
    reading.dates = date::find_korean(text)
        .into_iter()
        .filter(|(range, _)| range.start < trigger_end)
        .filter(|(range, _)| {
            !is_attribution(words, text, range.end) && !is_adnominal(words, text, range.end)
        })
        .map(|(range, expr)| (range.start + base..range.end + base, expr))
        .collect();
    for mention in mentions {
        let Some(entity) = mention.entity else {
            continue;
        };
        match entity.kind {
            Kind::Issue if !reading.issues.contains(&entity) => reading.issues.push(entity),
            Kind::Place | Kind::Country if is_venue(text, &local(mention), mentions, base) => {
                // `백악관에서`: a building stands for its city.
                let gazetteer = &extractor.gazetteer;
                let city = gazetteer
                    .place(gazetteer.id(entity))
                    .filter(|place| place.kind == "venue")
                    .and_then(|place| place.within.as_deref())
                    .and_then(|within| gazetteer.find(Kind::Place, within));
                reading
                    .places
                    .push((mention.span.start, city.unwrap_or(entity)));
            }
            _ => {}
        }
    }
    reading
}

/// `협의에는 ... 참석한다`: a meeting word as the topic of attending.
fn attended(words: &Words, text: &str, trigger: &Range<usize>) -> bool {
    let rest = word_rest(text, trigger.end);
    matches!(rest, "에는" | "에" | "에서는" | "에도")
        && words
            .korean_attend_verbs
            .found_as_written(&text[trigger.end..])
}

/// A head of state or government's title.
fn is_head(title: &str) -> bool {
    let lower = title.to_lowercase();
    let head = [
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "chairman of the state affairs",
    ]
    .iter()
    .any(|word| lower.starts_with(word));
    head && !lower.contains("vice") && !lower.contains("deputy") && !lower.contains("(nominee)")
}

/// Is a trigger the object of another verb, not a meeting held by the
/// subject (`정상회의를 환영했다`, `회담 준비를 논의하는`)?
fn is_object_of_other_verb(words: &Words, text: &str, range: &Range<usize>) -> bool {
    let rest = &text[range.end..];
    // The rest of the trigger's word (`를`, `에서`), then the next word.
    let word_end = rest.find(' ').unwrap_or(rest.len());
    let next = rest[word_end..].trim_start();
    // `회의의 개최 일정`: the meeting's schedule, not a meeting held.
    words.korean_other_verbs.starts_as_written(next)
        || rest[..word_end].starts_with("준비")
        || rest[..word_end] == *"의"
}

fn is_hangul_at(text: &str, offset: usize) -> bool {
    text[offset..].chars().next().is_some_and(is_hangul)
}

/// The particle (or rest of the word) right after `end`.
fn word_rest(text: &str, end: usize) -> &str {
    let rest = &text[end..];
    let stop = rest.find(|c: char| !is_hangul(c)).unwrap_or(rest.len());
    &rest[..stop]
}

/// Is the person at `range` a party to the trigger: in its clause, and not
/// a possessor (`문재인 대통령의 순방을 수행하는`) or the one quoted?
fn is_party(text: &str, range: &Range<usize>, trigger: &Range<usize>) -> bool {
    let between = &text[range.end..trigger.start];
    // The name's phrase runs to its particle: glued to the name (`문재인의`)
    // or after its title (`김정한 외교부 국장과`).
    let words: Vec<&str> = between.split(' ').collect();
    let phrase_end = if words[0].is_empty() {
        words
            .iter()
            .position(|word| {
                let bare = word.trim_end_matches([',', '.']);
                !bare.is_empty()
                    && (ends_with_particle(bare) || !bare.chars().next().is_some_and(is_hangul))
            })
            .unwrap_or(0)
    } else {
        0
    };
    let word = words[phrase_end];
    // `A과 B의 정상회담` is theirs; `A의 순방을 수행하는 B은 회담` is not A's.
    let after = words[phrase_end + 1..]
        .iter()
        .filter(|word| !word.is_empty())
        .count();
    let possessive =
        word.ends_with('의') && !word.ends_with("과의") && !word.ends_with("와의") && after > 2;
    // A clause that ends before the trigger (`...했고,`, `...했으나`).
    let clause_break = [
        "했고",
        "했으며",
        "했지만",
        "했으나",
        "밝혔다",
        "말했다",
        "고 말",
        "다며",
        "다고",
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
        let Some(gap) = text.get(range.end..to) else {
            return Vec::new();
        };
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

/// Countries listed as the counterparts of a trigger: `영국과 독일, 호주 등
/// ... 정상과` (the list ends in `과`/`와` or `등`, before the trigger).
fn listed_countries(
    text: &str,
    mentions: &[Mention],
    base: usize,
    trigger: &Range<usize>,
) -> Vec<EntityRef> {
    let mut found = Vec::new();
    for mention in mentions {
        let (Some(entity), Kind::Country) = (mention.entity, mention.kind) else {
            continue;
        };
        let range = mention.span.start - base..mention.span.end - base;
        if range.end > trigger.start {
            break;
        }
        let rest = word_rest(text, range.end);
        let continues = matches!(rest, "과" | "와")
            || (rest.is_empty() && text[range.end..].starts_with([',', ' ']) && !found.is_empty());
        if continues && !found.contains(&entity) {
            found.push(entity);
        } else if !continues {
            found.clear();
        }
    }
    if found.len() >= 2 {
        found
    } else {
        Vec::new()
    }
}

/// Is a summit trigger the event (`G7 정상회의를 계기로`)?
fn is_event(words: &Words, text: &str, range: &Range<usize>) -> bool {
    let after = &text[range.end..];
    let before = &text[..range.start];
    let from = before
        .char_indices()
        .rev()
        .nth(12)
        .map_or(0, |(offset, _)| offset);
    words.korean_event_after.written().iter().any(|word| {
        after
            .trim_start_matches(['을', '를', '에', ' '])
            .starts_with(word.trim_start_matches("를 "))
    }) || words.korean_event_before.found_as_written(&before[from..])
}

/// Planned when the trigger's clause goes on to a plan (`예정`, `계획`) or
/// its verb is in the present (`갖는다`, `회담한다`: Korean news tells a
/// scheduled event in the present), held when the verb is past (`가졌다`);
/// cancelled on a cancellation cue that is not a mere possibility. A
/// headline without a verb after its trigger is read whole.
fn status(
    words: &Words,
    text: &str,
    trigger: &Range<usize>,
    cues: &[crate::extract::Cue],
) -> Status {
    let cancelled = cues.iter().any(|cue| {
        cue.kind == CueKind::Cancelled && !text[cue.span.end..].trim_start().starts_with("가능성")
    });
    if cancelled {
        return Status::Cancelled;
    }
    let tense = |clause: &str| -> Option<Status> {
        let clause_words: Vec<&str> = clause.split([' ', ',', '…']).collect();
        for (index, word) in clause_words.iter().enumerate() {
            // `예정이다`, `계획이라고`; not `협의 계획 등을` (a noun listed).
            let listed = word.ends_with(['을', '를']) || clause_words.get(index + 1) == Some(&"등");
            if !listed && words.korean_planned.found_as_written(word) {
                return Some(Status::Planned);
            }
            if let Some(tense) = verb_tense(word) {
                return Some(tense);
            }
        }
        None
    };
    tense(&text[trigger.end..])
        .or_else(|| tense(text))
        .unwrap_or(Status::Held)
}

/// The tense of a finite verb (`가졌다`, `갖는다고`, `만났으나`): past for
/// a syllable with the ㅆ final before the ending, present (planned) for one
/// with ㄴ (`한다`, `연다`, `갖는다`); `None` for a word that is not one.
fn verb_tense(word: &str) -> Option<Status> {
    let word = word.trim_end_matches(['.', '"', '\'', '\u{201d}']);
    let endings = [
        "다고", "다며", "다는", "다", "으나", "지만", "는데", "고", "을",
    ];
    let stem = endings
        .iter()
        .find_map(|ending| word.strip_suffix(ending).filter(|stem| !stem.is_empty()))?;
    let last = stem.chars().next_back()?;
    if !is_hangul(last) {
        return None;
    }
    let final_consonant = (last as u32 - 0xAC00) % 28;
    // `논의했을 것으로 보인다`: a past guess is past.
    if word.ends_with('을') && final_consonant == 20 {
        return Some(Status::Held);
    }
    match final_consonant {
        20 => Some(Status::Held),
        // `는다`, `한다`; not `하고` or `만나고` (no final), not `이다`.
        4 if word.ends_with('다') || word.ends_with("다고") => Some(Status::Planned),
        _ => None,
    }
}

/// `지난 5월 취임한 윤 대통령`: a date in a clause that describes a name
/// (its verb ends `-한`, `-된`, `-던`) dates that, not the meeting.
fn is_adnominal(words: &Words, text: &str, end: usize) -> bool {
    let next = text[end..].split_whitespace().next().unwrap_or("");
    next.chars().count() >= 2
        && words
            .korean_adnominal_endings
            .written()
            .iter()
            .any(|ending| next.ends_with(ending.as_str()))
}

/// A date right before `밝혔다`, `전했다` or a briefing: when it was said,
/// not met.
fn is_attribution(words: &Words, text: &str, end: usize) -> bool {
    let after = text[end..].trim_start();
    let next = after.split_whitespace().next().unwrap_or("");
    words.korean_attribution_verbs.starts_as_written(after)
        || words.korean_statement_nouns.found_as_written(next)
}

/// One-syllable country abbreviations of Korean headlines and prose.
const ABBREVIATIONS: &[(char, &str)] = &[
    ('한', "KR"),
    ('韓', "KR"),
    ('남', "KR"),
    ('미', "US"),
    ('美', "US"),
    ('일', "JP"),
    ('日', "JP"),
    ('중', "CN"),
    ('中', "CN"),
    ('러', "RU"),
    ('북', "KP"),
    ('北', "KP"),
    ('조', "KP"),
];

/// The countries of a pair or triple word (`한·일`, `한미일`, `北美`,
/// `북러`) at `start`, and where it ends; `None` for any other word.
fn pair_at(words: &Words, text: &str, start: usize) -> Option<(Vec<String>, usize)> {
    let mut countries: Vec<String> = Vec::new();
    let mut end = start;
    let mut letters = String::new();
    for (offset, c) in text[start..].char_indices() {
        if matches!(c, '·' | '-' | 'ㆍ' | '・') && !countries.is_empty() {
            continue;
        }
        match ABBREVIATIONS
            .iter()
            .find(|(abbreviation, _)| *abbreviation == c)
        {
            Some((_, country))
                if countries.len() < 3 && !countries.iter().any(|x| x == country) =>
            {
                countries.push(country.to_string());
                letters.push(c);
                end = start + offset + c.len_utf8();
            }
            _ => break,
        }
    }
    // `조` is North Korea only beside `미` (`조미`); `한중` is written
    // `한·중` (`한중` is also a word), so the dotless form is left out.
    let dotted = text[start..end].contains(['·', '-', 'ㆍ', '・']);
    if countries.len() < 2
        || words.korean_not_pairs.is_as_written(&letters) && !dotted
        || (letters.contains('조') && !letters.contains('미'))
    {
        return None;
    }
    Some((countries, end))
}

/// Sides named by an abbreviation word that is the trigger's own (`한·일
/// 외교장관회담`, `북미정상회담`) or its clause's subject (`한미는`,
/// `한·일 외교당국이`).
fn pair_sides(words: &Words, text: &str, trigger: &Range<usize>) -> Vec<String> {
    let mut sides = Vec::new();
    for (offset, _) in text[..trigger.start].char_indices() {
        let at_start = offset == 0 || text[..offset].ends_with([' ', '…', '"', '\'', '(']);
        let Some((countries, end)) = at_start.then(|| pair_at(words, text, offset)).flatten()
        else {
            continue;
        };
        let Some(between) = text.get(end..trigger.start) else {
            continue;
        };
        let own = !between.contains(',') && between.split_whitespace().count() <= 2;
        let subject_word = if between.starts_with(' ') {
            between.split_whitespace().next().unwrap_or("")
        } else {
            word_rest(text, end)
        };
        let subject = ["은", "는", "이", "가"]
            .iter()
            .any(|particle| subject_word.ends_with(particle));
        if own || subject {
            sides = countries;
        }
    }
    sides
}

/// Is a place where the meeting is: followed by `에서`/`서`, directly or
/// through a district or venue (`서울 종로구 외교부청사에서`)?
fn is_venue(text: &str, range: &Range<usize>, mentions: &[Mention], base: usize) -> bool {
    let mut end = range.end;
    for _ in 0..3 {
        let rest = word_rest(text, end);
        if matches!(
            rest,
            "에서" | "서" | "에서는" | "에서도" | "에서의" | "에서만"
        ) {
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
        let words = crate::extract::words::builtin();
        assert_eq!(status(words, planned, &(at..at + 6), &[]), Status::Planned);
        let held = "두 사람은 29일 서울에서 협의를 했다.";
        let at = held.find("협의").unwrap();
        assert_eq!(status(words, held, &(at..at + 6), &[]), Status::Held);
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
