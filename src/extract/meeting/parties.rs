//! The parties to a trigger: subjects before it, objects after it, and the clauses that cut them off.

use super::*;
use crate::extract::words::{WordList, Words};

/// The last `bytes` or so of `text[..end]`, lower-cased, starting at a word:
/// the look-back rules read a few words before a name, and folding the
/// whole sentence before every name cost more than the rest of reading it.
pub(super) fn lower_tail(text: &str, end: usize, bytes: usize) -> String {
    let before = &text[..end];
    let mut start = crate::segment::tail_start(before, bytes);
    // A word cut in two would read as another word (`cannot` as `not`).
    if start > 0 && !before[..start].ends_with(char::is_whitespace) {
        start = before[start..]
            .find(char::is_whitespace)
            .map_or(end, |offset| start + offset);
    }
    before[start..].to_lowercase()
}

/// Does `text`, lower-cased, contain a phrase of `list`?
pub(super) fn contains_any(text: &str, list: &WordList) -> bool {
    list.found_in(&text.to_lowercase())
}

/// The parties to one trigger: subjects before it, objects after it, and
/// where the last object ends.
#[derive(Debug, Clone, Default)]
pub(super) struct Parties {
    pub(super) subjects: Vec<EntityRef>,
    pub(super) objects: Vec<EntityRef>,
    pub(super) last_object_end: Option<usize>,
    /// Rules beyond subject-trigger-object that found parties.
    pub(super) rules: Vec<&'static str>,
}

impl Parties {
    pub(super) fn all(&self) -> Vec<EntityRef> {
        let mut all = self.subjects.clone();
        for object in &self.objects {
            if !all.contains(object) {
                all.push(*object);
            }
        }
        all
    }
}

pub(super) fn parties(
    words: &Words,
    text: &str,
    trigger: &Range<usize>,
    people: &[(Range<usize>, EntityRef)],
) -> Parties {
    let mut found = Parties::default();
    for (range, person) in people {
        if in_relative_clause(words, text, range.start) {
            continue;
        }
        if range.end <= trigger.start {
            if in_leading_clause(words, text, range, trigger.start) {
                continue;
            }
            if is_subject(words, text, range.end, trigger.start) && !found.subjects.contains(person)
            {
                found.subjects.push(*person);
            }
        } else if range.start >= trigger.end {
            // `with A, his title, and B`: a list continues the object.
            let listed = found
                .last_object_end
                .is_some_and(|end| continues_list(words, &text[end..range.start]));
            if listed || is_object(words, text, trigger.end, range.start) {
                found.last_object_end = Some(range.end);
                if !found.objects.contains(person) && !found.subjects.contains(person) {
                    found.objects.push(*person);
                }
            }
        }
    }
    // `A said that a meeting between himself and B was called off`: the
    // reflexive is the person named before the trigger.
    if found.subjects.is_empty() && !found.objects.is_empty() {
        let after = text[trigger.end..].to_lowercase();
        let reflexive = after
            .split_whitespace()
            .take(3)
            .any(|word| words.reflexive_pronouns.is(word));
        let before = people
            .iter()
            .rev()
            .find(|(range, person)| range.end <= trigger.start && !found.objects.contains(person));
        if let (true, Some((_, person))) = (reflexive, before) {
            found.subjects.push(*person);
            found
                .rules
                .push("`between himself and B`: the person named before the trigger");
        }
    }
    // `A told B during a brief encounter`: the one speaking to the
    // trigger's subject was there too.
    if let [subject] = found.subjects[..] {
        let at = people.iter().find(|(_, person)| *person == subject);
        if let Some((range, _)) = at.filter(|(range, _)| range.end <= trigger.start) {
            let within = text[range.end..trigger.start].trim_start().to_lowercase();
            let speaker = people.iter().find(|(other, person)| {
                *person != subject
                    && other.end <= range.start
                    && words
                        .address_verbs
                        .is(text[other.end..range.start].trim().to_lowercase().as_str())
            });
            if let Some((_, speaker)) = speaker {
                if words.speaker_within.starts(&within) {
                    found.subjects.insert(0, *speaker);
                    found
                        .rules
                        .push("`A told B during a meeting`: both were at it");
                }
            }
        }
    }
    // `During their talks, A and B agreed`: the trigger opens the sentence
    // in a phrase of its own, and the parties are the main clause's people.
    if let Some(comma) = leading_phrase_end(words, text, trigger) {
        let mut last: Option<usize> = None;
        for (range, person) in people {
            if range.start <= comma {
                continue;
            }
            let between = &text[last.unwrap_or(comma + 1)..range.start];
            let goes_on = if last.is_none() {
                main_clause_open(words, between)
            } else {
                list_goes_on(words, between)
            };
            if !goes_on {
                break;
            }
            last = Some(range.end);
            if !found.subjects.contains(person) && !found.objects.contains(person) {
                found.subjects.push(*person);
            }
        }
        if last.is_some() {
            found
                .rules
                .push("trigger in a leading phrase: the main clause's people are its parties");
        }
    }
    found
}

/// Where a leading phrase around the trigger ends: the comma after it, if
/// the sentence opens with the phrase and nothing else comes first.
pub(super) fn leading_phrase_end(
    words: &Words,
    text: &str,
    trigger: &Range<usize>,
) -> Option<usize> {
    let before = text[..trigger.start].trim_start();
    if before.len() > 60 || before.contains([',', ';', ':']) {
        return None;
    }
    let lower = before.to_lowercase();
    if !words.leading_phrases.starts(&lower) {
        return None;
    }
    let after = &text[trigger.end..];
    let comma = after.find(',')?;
    (comma <= 100 && !after[..comma].contains([';', '.', '"', '\u{201c}']))
        .then_some(trigger.end + comma)
}

/// Does the main clause run on from a leading phrase to a name?
fn main_clause_open(words: &Words, between: &str) -> bool {
    between.len() < 120 && !contains_any(between, &words.main_clause_breaks)
}

/// Does a list of the main clause's people go on (`A, title, and his
/// counterpart, B`), past appositives and their relative clauses?
fn list_goes_on(words: &Words, between: &str) -> bool {
    between.len() < 200 && !contains_any(between, &words.subject_list_breaks)
}

/// Parties for every trigger of a sentence. A trigger in a verb phrase
/// coordinated with the previous one (`paid a courtesy call on A, ..., and
/// held a meeting with B`) shares its subject: A is not B's host.
pub(super) fn parties_per_trigger(
    words: &Words,
    text: &str,
    triggers: &[(Range<usize>, usize)],
    people: &[(Range<usize>, EntityRef)],
) -> Vec<Parties> {
    let mut all: Vec<Parties> = Vec::with_capacity(triggers.len());
    for (index, (trigger, _)) in triggers.iter().enumerate() {
        let mut found = parties(words, text, trigger, people);
        if index > 0 {
            let previous = &mut all[index - 1];
            let previous_end = triggers[index - 1].0.end;
            // The previous trigger's objects before this one's verb.
            let before_verb = |end: &usize| *end <= trigger.start;
            let from = people
                .iter()
                .filter(|(range, person)| {
                    previous.objects.contains(person) && before_verb(&range.end)
                })
                .map(|(range, _)| range.end)
                .max()
                .unwrap_or(previous_end);
            // `and held a` before the trigger, or `and talked by phone`
            // whose first word is the trigger's own verb.
            if from <= trigger.start
                && is_coordinated(words, &text[from..trigger.end])
                && !previous.subjects.is_empty()
            {
                found.subjects = previous.subjects.clone();
                found
                    .objects
                    .retain(|object| !found.subjects.contains(object));
                // `met A and talked by phone with B`: B is the second
                // verb's, not the first's.
                previous
                    .objects
                    .retain(|object| !found.objects.contains(object));
            }
        }
        all.push(found);
    }
    all
}

/// `, and held a` / ` and then met`: a second verb of the same subject.
pub(super) fn is_coordinated(words: &Words, between: &str) -> bool {
    let lower = between.to_lowercase();
    let Some(position) = lower.rfind(" and ") else {
        return false;
    };
    let after = &lower[position + 5..];
    let verb = after
        .split_whitespace()
        .find(|word| !words.coordinated_fillers.is(word));
    verb.is_some_and(|verb| words.coordinated_verbs.is(verb))
        && !words.coordinated_breaks.found_in(&lower)
}

/// Is the text between two listed objects just `, title, and`?
pub(super) fn continues_list(words: &Words, between: &str) -> bool {
    let lower = between.trim_end().to_lowercase();
    // A space before, so that ` and` also joins when `and` is all there is.
    let joined = words.list_joiners.ends(&format!(" {lower}"));
    // `and Chinese President`: a conjunction, then only the next one's titles.
    let titled =
        lower.contains(" and ") && !lower.contains(',') && lower.split_whitespace().count() <= 6;
    // `A, Secretary of State B`: a comma, then only the next one's title,
    // its words capitalised.
    let capitalised_title = between.trim_start().strip_prefix(',').is_some_and(|rest| {
        let title: Vec<&str> = rest.split_whitespace().collect();
        !rest.contains(',')
            && !title.is_empty()
            && title.len() <= 8
            && title.iter().all(|word| {
                word.chars().next().is_some_and(char::is_uppercase)
                    || matches!(*word, "of" | "for" | "the" | "and" | "to" | "on")
            })
    });
    between.len() < 160
        && (joined || titled || capitalised_title)
        && !words.object_list_breaks.found_in(&lower)
}

/// Is a name inside a leading clause of its own (`Before seeing Xi,
/// Blinken held talks`), cut off from the trigger by a comma?
pub(super) fn in_leading_clause(
    words: &Words,
    text: &str,
    range: &Range<usize>,
    trigger: usize,
) -> bool {
    let clause = text[..range.start]
        .rsplit(',')
        .next()
        .unwrap_or("")
        .trim_start()
        .to_lowercase();
    let opens = words.leading_clause_openers.starts(&clause);
    opens && text[range.end..trigger].contains(',')
}

/// Is a name inside a relative clause (`Park, who accompanied Yoon, met`)?
pub(super) fn in_relative_clause(words: &Words, text: &str, start: usize) -> bool {
    let before = &text[..start];
    let clause = before.rsplit(',').next().unwrap_or(before).to_lowercase();
    words.relative_clause_words.found_in(&clause)
        || words.relative_clause_openers.starts(clause.trim_start())
}

/// Removes parenthetical attributions (`, his office said Monday,`) that
/// sit between a subject and its verb.
pub(super) fn without_attributions(words: &Words, between: &str) -> String {
    let mut result = String::new();
    let mut rest = between;
    while let Some(open) = rest.find(", ") {
        let after = &rest[open + 2..];
        match after.find(',') {
            Some(close) if close < 60 => {
                let inner = after[..close].to_lowercase();
                if words.attribution_phrases.found_in(&inner) {
                    result.push_str(&rest[..open]);
                    rest = &after[close + 1..];
                    continue;
                }
                result.push_str(&rest[..open + 2]);
                rest = after;
            }
            _ => break,
        }
    }
    result.push_str(rest);
    result
}

/// Is a party ending at `end` the subject of a trigger starting at `trigger`?
pub(super) fn is_subject(words: &Words, text: &str, end: usize, trigger: usize) -> bool {
    let between = without_attributions(words, &text[end..trigger]);
    let between = between.as_str();
    if between.len() > 320 {
        return false;
    }
    if !contains_any(between, &words.subject_breaks) {
        return true;
    }
    let lower = between.to_lowercase();
    // `X told reporters after meeting Y`: the speaker met Y.
    // `X told Y in a phone call`: what was said is the meeting itself.
    let tail = lower.trim_end();
    let after = words.speaker_after.ends(tail);
    let within = words.speaker_within.ends(tail);
    if after || within {
        if let Some(position) = words
            .speech_verbs
            .find_all(&lower)
            .map(|(start, _, _)| start)
            .min()
        {
            let clause = &lower[position..];
            let limit = if within { 12 } else { 4 };
            if clause.split_whitespace().count() <= limit
                && !contains_any(
                    &without_attributions(words, &between[..position]),
                    &words.subject_breaks,
                )
            {
                return true;
            }
        }
    }
    // `X said he met Y`: the speaker is the subject.
    for speech in words.speech_verbs.phrases() {
        if let Some(position) = lower.find(speech.as_str()) {
            let after = &lower[position..];
            if words.subject_pronouns.found_in(after)
                && !contains_any(&between[..position], &words.subject_breaks)
            {
                return true;
            }
        }
    }
    false
}

/// Is a party starting at `start` the object of a trigger ending at `trigger_end`?
/// `Russia, France, and Indonesia, as well as`: the serial comma of a list
/// of names, not a clause's `, and`, is dropped.
fn list_commas(between: &str) -> String {
    let mut out = String::with_capacity(between.len());
    let mut rest = between;
    while let Some(at) = rest.find(", and ") {
        let after = &rest[at + 6..];
        let item_end = after.find([',', ';']).unwrap_or(after.len());
        let item = after[..item_end].trim_end_matches(" as well as");
        let named = !item.is_empty()
            && item.split_whitespace().count() <= 4
            && item
                .split_whitespace()
                .all(|word| word.starts_with(|c: char| c.is_uppercase() || c == '('));
        out.push_str(&rest[..at]);
        out.push_str(if named { " and " } else { ", and " });
        rest = after;
    }
    out.push_str(rest);
    out
}

pub(super) fn is_object(words: &Words, text: &str, trigger_end: usize, start: usize) -> bool {
    let between = &text[trigger_end..start];
    // `... and India, as well as B`: a list joiner, not a clause's `as`.
    let joined = list_commas(between)
        .to_lowercase()
        .replace(", as well as ", " and ")
        .replace(" as well as ", " and ");
    if between.len() > 160 || contains_any(&joined, &words.object_breaks) {
        return false;
    }
    let lower = between.to_lowercase();
    let trimmed = lower.trim_start();
    let introduced = words.object_openers.starts(trimmed);
    // `received the delegation of China led by A, member of ...`: the
    // group's leader is the one met.
    let leader = words.delegation_nouns.found_in(&lower)
        && words.led_by.find_all(&lower).any(|(_, end, _)| {
            let rest = &lower[end..];
            !rest.contains(',') && rest.split_whitespace().count() <= 4
        });
    if leader {
        return true;
    }
    let linked = words.counterpart_nouns.found_in(&lower)
        || words.met_group_nouns.found_in(&lower)
        || (lower.contains(" with ") && !lower.contains(','));
    // `the meeting held today in Aqaba, Jordan, between officials of`: the
    // parties come after the meeting's setting, in a short phrase of their own.
    let late = words.late_object_openers.phrases().iter().any(|word| {
        lower.rfind(word.as_str()).is_some_and(|at| {
            let tail = &lower[at + word.len()..];
            let setting = &lower[..at];
            !tail.contains(',')
                && tail.split_whitespace().count() <= 5
                && !words.setting_breaks.found_in(setting)
        })
    });
    // A direct object, perhaps behind its titles: `met U.S. Deputy Secretary of State Wendy Sherman`.
    let direct = !lower.contains(',') && between.split_whitespace().count() <= 8;
    introduced || linked || late || direct
}

/// Is a country at `start` the topic of talks (`talks on North Korea`)
/// rather than a side?
pub(super) fn is_topic(words: &Words, text: &str, start: usize) -> bool {
    let before = lower_tail(text, start, 60);
    let before = before.trim_end();
    let ends_with_word = |text: &str, word: &str| {
        text.strip_suffix(word)
            .is_some_and(|rest| rest.ends_with(' '))
    };
    words.topic_words.phrases().iter().any(|word| {
        ends_with_word(before, word)
            || before
                .strip_suffix(" the")
                .is_some_and(|rest| ends_with_word(rest, word))
    })
}

/// Is a person at `range` only background (a time clause, an era)?
pub(super) fn is_background(words: &Words, text: &str, range: &Range<usize>) -> bool {
    let after = &text[range.end..];
    let after_end = after
        .char_indices()
        .nth(40)
        .map_or(after.len(), |(offset, _)| offset);
    let after_window = after[..after_end].to_lowercase();
    let era_after = words.background_after.starts(&after_window)
        || words.background_after_anywhere.found_in(&after_window);
    if !era_after {
        return false;
    }
    let before = lower_tail(text, range.start, 200);
    let window_start = crate::segment::tail_start(&before, 60);
    let window = &before[window_start..];
    let possessive_era = words.background_era_after.starts(&after_window);
    possessive_era || words.background_before.found_in(window)
}
