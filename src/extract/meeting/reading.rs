//! Sentence readings: what one sentence says about a meeting.

use super::context::*;
use super::parties::*;
use super::*;
use crate::extract::words::{WordList, Words};

/// What one sentence says, before sentences are joined into meetings.
#[derive(Debug, Default, Clone)]
pub(super) struct Reading {
    pub(super) trigger: Option<(Range<usize>, MeetingKind)>,
    pub(super) persons: Vec<EntityRef>,
    /// Countries named as sides (`Korea-Japan talks`, `with Japan`).
    pub(super) sides: Vec<String>,
    pub(super) status: Option<Status>,
    pub(super) dates: Vec<(Range<usize>, DateExpr)>,
    pub(super) places: Vec<(usize, EntityRef)>,
    /// `here in Jakarta`: where the speaker is.
    pub(super) speaker_place: Option<EntityRef>,
    pub(super) issues: Vec<EntityRef>,
    /// Where each issue is first named (body offsets), to tell apart the
    /// issues of two meetings in one sentence.
    pub(super) issue_at: Vec<(usize, EntityRef)>,
    pub(super) headline: bool,
    /// `They spoke by phone...`: the parties are the meeting being reported.
    pub(super) pronoun_subject: bool,
    /// History or context (`Relations have been strained since 2019`).
    pub(super) background: bool,
    /// Further meetings in the same sentence: kind, people, and their own
    /// trigger (body offsets) when it is not the main one.
    pub(super) also: Vec<(MeetingKind, Vec<EntityRef>, Option<Range<usize>>)>,
    /// `the call followed their meeting in Samarkand in September`: a
    /// meeting of the pair the article is about, its own trigger and date.
    pub(super) pair_again: Vec<(MeetingKind, Range<usize>, DateExpr)>,
    /// `the last virtual meeting in December 2021`, `their first talks
    /// since November`: an earlier meeting of the same sides, its trigger
    /// and date.
    pub(super) earlier: Vec<(MeetingKind, Range<usize>, DateExpr)>,
    /// `the three countries`: how many countries named before are the sides.
    pub(super) country_group: Option<usize>,
    /// Titles standing for a person as the trigger's subject (`the Secretary
    /// held a call with ...`), lower case.
    pub(super) title_subjects: Vec<String>,
    /// Body offsets where a subordinate clause starts (`after`, `since`,
    /// `during which`), to keep their dates apart from the meeting's.
    pub(super) clause_breaks: Vec<usize>,
    /// People named in the sentence who are not its parties, and why.
    pub(super) dropped: Vec<(Range<usize>, EntityRef, &'static str)>,
    /// Parties named by description (`the two leaders`, `their talks`, `his
    /// Japanese counterpart`), resolved to people named elsewhere.
    pub(super) described: Option<Described>,
    /// One person met several countries' officials in separate meetings
    /// (`met counterparts from A, B and C`): one meeting per side.
    pub(super) split_sides: bool,
    /// `held bilateral talks with the leaders of A and B`, `separate
    /// talks`: one meeting with each, never a part of a bigger one.
    pub(super) one_each: bool,
    /// `I met ...`, `our meeting`: the speaker of a transcript or statement is a party.
    pub(super) first_person: bool,
    /// Rules that shaped this reading, for `dipkb explain`.
    pub(super) rules: Vec<&'static str>,
}

impl Reading {
    /// Is the meeting still ahead when written: planned, or called off
    /// before it was held (`had been set to meet on Thursday`)? Its
    /// weekdays count forward.
    pub(super) fn ahead(&self) -> bool {
        matches!(self.status, Some(Status::Planned | Status::Cancelled))
    }

    /// Are a date and the trigger in the same clause?
    pub(super) fn same_clause(&self, date: &Range<usize>, trigger: &Range<usize>) -> bool {
        // Only a clause opened after the trigger separates: a date before
        // it (`On April 2, X, who is visiting China, held`) is the meeting's.
        date.start < trigger.end
            || !self
                .clause_breaks
                .iter()
                .any(|&offset| trigger.end <= offset && offset < date.start)
    }
}

/// Parties a sentence names by description rather than by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Described {
    /// `they`, `the two leaders`, `their talks`: the pair named before.
    Pair,
    /// `his (Japanese) counterpart`, `the Japanese official`: one more
    /// person, of that country when it is said.
    Counterpart(Option<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// Two or more people as parties.
    Full,
    /// One person and a foreign side, or two sides and no person.
    Sided,
    /// A trigger with fewer parties: joins a meeting.
    Partial,
    /// No trigger: lends issues only.
    None,
}

impl Reading {
    pub(super) fn class(&self, gazetteer: &Gazetteer) -> Class {
        if self.trigger.is_none() {
            return Class::None;
        }
        if self.persons.len() >= 2 {
            return Class::Full;
        }
        let foreign: Vec<&String> = self
            .sides
            .iter()
            .filter(|side| {
                !self
                    .persons
                    .iter()
                    .any(|&person| gazetteer.country_of(person) == Some(side.as_str()))
            })
            .collect();
        if (self.persons.len() == 1 && !foreign.is_empty())
            || (self.persons.is_empty() && self.sides.len() >= 2)
        {
            Class::Sided
        } else {
            Class::Partial
        }
    }
}

/// Where a pair possessive among the three words before `at` starts
/// (`their last meeting`, `their Samarkand meeting`).
fn pair_possessive_before(words: &Words, text: &str, at: usize) -> Option<usize> {
    let window_start = crate::segment::tail_start(&text[..at], 30);
    let window = &text[window_start..at];
    let mut starts: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for piece in window.split_inclusive(char::is_whitespace) {
        let word = piece.trim();
        if !word.is_empty() {
            starts.push((window_start + offset, word));
        }
        offset += piece.len();
    }
    starts.iter().rev().take(3).find_map(|(start, word)| {
        let bare = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        words.pair_possessives.is(&bare).then_some(*start)
    })
}

/// `the three countries`, `both countries`: a group of countries named
/// before, and how many.
fn country_group(words: &Words, text: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    let found = words
        .country_group_nouns
        .find_all(&lower)
        .find_map(|(start, _, _)| {
            let count = lower[..start].split_whitespace().next_back()?;
            match count {
                "both" | "two" => Some(2),
                "three" => Some(3),
                "four" => Some(4),
                "five" => Some(5),
                _ => None,
            }
        });
    found
}

/// Reads one sentence; `mentions` are the sentence's own.
pub(super) fn read(
    extractor: &Extractor,
    body: &str,
    sentence: &Sentence,
    mentions: &[Mention],
    article_year: Option<i32>,
) -> Reading {
    let text = &body[sentence.span.clone()];
    if super::korean::is_korean(text) {
        return super::korean::read(extractor, body, sentence, mentions);
    }
    let gazetteer = &extractor.gazetteer;
    let words = &extractor.lexicon.words;
    let base = sentence.span.start;
    let mut reading = Reading {
        headline: sentence.headline,
        ..Reading::default()
    };
    let scan = extractor.lexicon.scan(text);
    let cues = &scan.cues;
    let in_sentence: Vec<&Mention> = mentions.iter().collect();
    // Quoted speech is someone's words, not the article's report, unless the
    // quote itself reports a meeting (`"On Friday the minister spoke with
    // A," the release said`): a trigger and a person inside one quote.
    let quotes: Vec<Range<usize>> = quoted_ranges(text)
        .into_iter()
        .filter(|quote| {
            let trigger = cues.iter().any(|cue| {
                matches!(cue.kind, CueKind::Trigger(_)) && quote.contains(&cue.span.start)
            });
            let person = in_sentence.iter().any(|mention| {
                mention.kind == Kind::Person && quote.contains(&(mention.span.start - base))
            });
            !(trigger && person)
        })
        .collect();
    let is_quoted = |offset: usize| quotes.iter().any(|range| range.contains(&offset));

    // Candidate parties: people (not background, not inside quotes) and countries.
    let mut people: Vec<(Range<usize>, EntityRef)> = Vec::new();
    for mention in in_sentence
        .iter()
        .filter(|mention| mention.kind == Kind::Person)
    {
        let Some(entity) = mention.entity else {
            continue;
        };
        let range = mention.span.start - base..mention.span.end - base;
        if is_quoted(range.start) {
            reading
                .dropped
                .push((mention.span.clone(), entity, "inside quotes"));
        } else if is_background(words, text, &range) {
            reading.dropped.push((
                mention.span.clone(),
                entity,
                "background (an era, a time clause)",
            ));
        } else {
            people.push((range, entity));
        }
    }
    let countries: Vec<(Range<usize>, String)> = in_sentence
        .iter()
        .filter_map(|mention| {
            let entity = mention.entity?;
            let range = mention.span.start - base..mention.span.end - base;
            match entity.kind {
                Kind::Country => Some((range, gazetteer.id(entity).to_string())),
                _ => None,
            }
        })
        .filter(|(range, _)| !is_quoted(range.start))
        .collect();

    let mut triggers: Vec<(Range<usize>, usize)> = cues
        .iter()
        .filter_map(|cue| match cue.kind {
            CueKind::Trigger(kind) => Some((cue.span.clone(), kind)),
            _ => None,
        })
        .filter(|(range, _)| !is_quoted(range.start))
        .collect();
    // A summit someone attends (`to attend the G7 summit`, `on the
    // sidelines of the G20 summit`) is an event, not a meeting between them.
    triggers.retain(|(range, kind)| {
        MeetingKind::parse(&extractor.lexicon.kinds[*kind]) != Some(MeetingKind::Summit)
            || !is_event(words, text, range.start)
    });
    // A sentence that says a meeting did not happen (`He does not hold talks
    // ... as Tokyo declines to arrange a phone call`) reports none.
    if triggers
        .iter()
        .any(|(range, _)| is_negated(words, text, range.start))
    {
        triggers.clear();
    }
    // `Will A meet B?`: a question reports no meeting.
    if text.trim_end().ends_with('?') {
        triggers.clear();
    }
    // `overtures for dialogue`, `hopes to host a summit`, `left the door
    // open for a meeting`: a wish or an offer is not a meeting.
    let before_retain = triggers.len();
    triggers.retain(|(range, _)| !is_unreal(words, text, range.start));
    if triggers.len() < before_retain {
        reading
            .rules
            .push("a hope, offer or proposal of a meeting is not one");
    }
    // `The ministers discussed the state of the negotiations on ...`: a
    // meeting talked about, with no one of its own, is a topic.
    triggers.retain(|(range, _)| {
        let before = lower_tail(text, range.start, 50);
        let near: Vec<&str> = before
            .split_whitespace()
            .rev()
            .take(5)
            .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        // `discussed Russia at talks in Ottawa`: the talks are where, not what.
        let topic = near
            .iter()
            .position(|word| words.topic_before.is(word))
            .is_some_and(|at| {
                !near[..at]
                    .iter()
                    .any(|word| words.leading_phrases.starts(&format!("{word} ")))
            });
        !topic
            || people.iter().any(|(person, _)| {
                person.start >= range.end && is_object(words, text, range.end, person.start)
            })
    });
    // The main trigger is the one with the most parties around it; on a
    // tie, the first one after the first party.
    let first_party = people.first().map(|(range, _)| range.start).unwrap_or(0);
    let mut pair_again: Vec<(MeetingKind, Vec<EntityRef>, Range<usize>)> = Vec::new();
    let mut earlier: Vec<(MeetingKind, Range<usize>, usize)> = Vec::new();
    let per_trigger = parties_per_trigger(words, text, &triggers, &people);
    let mut best: Option<(usize, bool, std::cmp::Reverse<usize>, usize)> = None;
    for (position, (trigger, _)) in triggers.iter().enumerate() {
        let found = &per_trigger[position];
        let score = (
            found.all().len(),
            !found.objects.is_empty() && trigger.start >= first_party,
            std::cmp::Reverse(position),
            position,
        );
        if best.is_none_or(|best| (score.0, score.1, score.2) > (best.0, best.1, best.2)) {
            best = Some(score);
        }
    }
    if let Some((_, _, _, position)) = best {
        let (trigger, kind_index) = triggers[position].clone();
        let mut kind =
            MeetingKind::parse(&extractor.lexicon.kinds[kind_index]).unwrap_or(MeetingKind::Talks);
        // `the first summit since Moon met Abe`: the meeting is a summit,
        // unless the summit is the event around it (`on the sidelines of
        // the G20 summit`).
        if kind == MeetingKind::Talks {
            let summit = triggers.iter().any(|(range, index)| {
                range.end <= trigger.start
                    && MeetingKind::parse(&extractor.lexicon.kinds[*index])
                        == Some(MeetingKind::Summit)
                    && !is_event(words, text, range.start)
            });
            if summit {
                kind = MeetingKind::Summit;
            }
        }
        let mut persons = per_trigger[position].all();
        let together = scan.multilateral;
        let separate = scan.separate;
        // `A held separate talks with B and C`: one meeting per counterpart.
        let found = &per_trigger[position];
        // `held bilateral summits with A and B (and trilateral talks with
        // both)`, `meetings with A, B and C`: meetings in the plural are
        // one with each.
        // `bilateral talks`, `held bilateral meetings` (one trigger).
        let phrase = text[trigger.clone()].to_lowercase();
        let bilateral = phrase.starts_with("bilateral")
            || lower_tail(text, trigger.start, 12)
                .split_whitespace()
                .last()
                .is_some_and(|last| last == "bilateral");
        let bilateral_plural = {
            let word = phrase.split_whitespace().last().unwrap_or_default();
            // `meetings with A, B and C` in the plural, not `talks`, which
            // is always plural: one with each, unless held together.
            bilateral && word.ends_with('s') && word != "talks"
                || words.one_each_plurals.is(word) && !together
        };
        if bilateral_plural && found.subjects.len() == 1 && found.objects.len() >= 2 {
            let subject = found.subjects[0];
            let all = persons.clone();
            persons = vec![subject, found.objects[0]];
            for &object in &found.objects[1..] {
                reading.also.push((kind, vec![subject, object], None));
            }
            if together {
                reading.also.push((kind, all, None));
            }
            reading
                .rules
                .push("bilateral meetings in the plural: one with each counterpart listed");
        } else if separate && !together && found.subjects.len() == 1 && found.objects.len() >= 2 {
            let subject = found.subjects[0];
            persons = vec![subject, found.objects[0]];
            for &object in &found.objects[1..] {
                reading.also.push((kind, vec![subject, object], None));
            }
            reading
                .rules
                .push("separate meetings with each counterpart listed");
        }
        reading.split_sides = !together;
        reading.one_each = !together && (separate || bilateral && phrase.ends_with('s'));
        // Other triggers with people of their own are meetings of their own
        // (`met A in the morning and held talks with B`).
        for (other, found) in per_trigger.iter().enumerate() {
            let all = found.all();
            // `I had a meeting with A, and I spoke with B`: the speaker,
            // found later, is the other party.
            let speaker_met = all.len() == 1
                && found.subjects.is_empty()
                && first_person(words, text, triggers[other].0.start);
            if other == position || found.objects.is_empty() || all.len() < 2 && !speaker_met {
                continue;
            }
            if found.objects.iter().any(|object| persons.contains(object)) {
                continue;
            }
            let other_kind = MeetingKind::parse(&extractor.lexicon.kinds[triggers[other].1])
                .unwrap_or(MeetingKind::Talks);
            let own_trigger = triggers[other].0.start + base..triggers[other].0.end + base;
            // `... his tour, which also included separate summits with B
            // and C`: the sentence's own subject met each of them.
            let host = persons
                .iter()
                .copied()
                .find(|person| !found.objects.contains(person));
            if separate && !together && found.subjects.is_empty() && found.objects.len() >= 2 {
                if let Some(host) = host {
                    for &object in &found.objects {
                        reading.also.push((
                            other_kind,
                            vec![host, object],
                            Some(own_trigger.clone()),
                        ));
                    }
                    reading
                        .rules
                        .push("separate meetings of the sentence's subject with each one listed");
                    continue;
                }
            }
            reading.also.push((other_kind, all, Some(own_trigger)));
        }
        // `... since their last meeting in B on June 19`: the same people's
        // other meeting, kept when its own date (checked below) differs;
        // in a sentence without them, the pair of the meeting around it.
        for (other, (range, kind_index)) in triggers.iter().enumerate() {
            if other == position {
                continue;
            }
            // The meeting's words start at the possessive (`their Samarkand
            // meeting`): its place may come before the trigger.
            if let Some(from) = pair_possessive_before(words, text, range.start) {
                let kind = MeetingKind::parse(&extractor.lexicon.kinds[*kind_index])
                    .unwrap_or(MeetingKind::Talks);
                pair_again.push((kind, persons.clone(), from + base..range.end + base));
            }
        }
        // `following the last virtual meeting in December 2021`, `the
        // first in-person meeting since November`: an earlier meeting.
        for (other, (range, kind_index)) in triggers.iter().enumerate() {
            if other == position && persons.len() >= 2
                || pair_possessive_before(words, text, range.start).is_some()
            {
                continue;
            }
            let kind = MeetingKind::parse(&extractor.lexicon.kinds[*kind_index])
                .unwrap_or(MeetingKind::Talks);
            let before = lower_tail(text, range.start, 40);
            let last = before.split_whitespace().rev().take(3).any(|word| {
                words
                    .earlier_words
                    .is(word.trim_matches(|c: char| !c.is_alphanumeric()))
            });
            if last {
                earlier.push((kind, range.start + base..range.end + base, range.end + base));
                continue;
            }
            let after = text[range.end..].to_lowercase();
            let since = after
                .split_inclusive(char::is_whitespace)
                .take(4)
                .scan(0, |offset, piece| {
                    let at = *offset;
                    *offset += piece.len();
                    Some((at, piece.trim()))
                })
                .find(|(_, word)| words.since_words.is(word));
            if let Some((at, word)) = since {
                let from = range.end + at + word.len();
                earlier.push((kind, range.start + base..range.end + base, from + base));
            }
        }
        let mut sides: Vec<String> = Vec::new();
        // Countries met, in order: `the ministers of A, B, and C` goes on
        // as a list past the first.
        let mut object_sides: Vec<String> = Vec::new();
        let mut last_object_end: Option<usize> = None;
        for (range, country) in &countries {
            if is_topic(words, text, range.start)
                || is_location(words, text, range.start, Kind::Place)
                || possessed_thing(words, text, range.end)
            {
                continue;
            }
            let party = if range.end <= trigger.start {
                is_subject(words, text, range.end, trigger.start)
            } else if range.start >= trigger.end {
                let listed = last_object_end.is_some_and(|end| {
                    end <= range.start
                        && range.start - end < 60
                        && continues_list(words, &text[end..range.start])
                        && !text[end..range.start].to_lowercase().contains("discuss")
                });
                let object = listed || is_object(words, text, trigger.end, range.start);
                if object {
                    last_object_end = Some(range.end);
                    if !object_sides.contains(country) {
                        object_sides.push(country.clone());
                    }
                }
                object
            } else {
                false
            };
            if party && !sides.contains(country) {
                sides.push(country.clone());
            }
        }
        // A single person's side must be named as the one met (`met a
        // Japanese delegation`, `talks with Japan`), not anywhere before.
        if persons.len() == 1 {
            sides.retain(|side| object_sides.contains(side));
        }
        reading.title_subjects = title_subjects(words, text, trigger.start);
        reading.first_person = first_person(words, text, trigger.start);
        for (range, person) in &people {
            if persons.contains(person) {
                continue;
            }
            let why = if in_relative_clause(words, text, range.start) {
                "in a relative clause"
            } else if range.end <= trigger.start
                && in_leading_clause(words, text, range, trigger.start)
            {
                "in a leading clause cut off by a comma"
            } else if range.end <= trigger.start {
                "not the subject of the trigger's clause"
            } else {
                "not an object of the trigger"
            };
            reading
                .dropped
                .push((range.start + base..range.end + base, *person, why));
        }
        reading
            .rules
            .extend(per_trigger[position].rules.iter().copied());
        reading.persons = persons;
        reading.sides = sides;
        reading.trigger = Some((trigger.start + base..trigger.end + base, kind));
        reading.status = Some(status(words, cues, &trigger, text));
        reading.pronoun_subject = starts_with_pronoun(words, text);
        reading.described = described(words, text, &trigger, &countries);
        reading.country_group = country_group(words, text);
    }
    // A date right after `said` is when something was said, not met.
    let dates = if date::may_have_date(text, scan.date_word) {
        date::find(text)
    } else {
        Vec::new()
    };
    reading.dates = dates
        .into_iter()
        .filter(|(range, _)| {
            !is_attribution_date(words, text, range.start)
                && !is_aside_date(words, text, range.start)
        })
        .map(|(range, expr)| (range.start + base..range.end + base, expr))
        .collect();
    reading.background = scan.background || names_another_year(text, article_year);
    reading
        .clause_breaks
        .extend(scan.clause_breaks.iter().map(|offset| base + offset));
    for (kind, people, trigger) in pair_again {
        let own = reading
            .dates
            .iter()
            .filter(|(range, _)| range.start >= trigger.end && reading.same_clause(range, &trigger))
            .min_by_key(|(range, _)| range.start)
            .map(|(_, expr)| *expr);
        if people.len() < 2 {
            if let Some(own) = own {
                reading.pair_again.push((kind, trigger, own));
            }
        } else if own.is_some() && own != pick_date(&reading) {
            reading.also.push((kind, people, Some(trigger)));
            reading
                .rules
                .push("`their last meeting in B on DATE`: the same people's other meeting");
        }
    }
    for (kind, trigger, from) in earlier {
        // Its date: the first after the trigger (or after `since`) in its clause.
        let own = reading
            .dates
            .iter()
            .filter(|(range, _)| {
                range.start >= from
                    && range.start - from <= 60
                    && reading.same_clause(range, &trigger)
            })
            .min_by_key(|(range, _)| range.start)
            .map(|(_, expr)| *expr);
        if let Some(own) = own {
            reading.earlier.push((kind, trigger, own));
        }
    }
    for mention in &in_sentence {
        let Some(entity) = mention.entity else {
            continue;
        };
        match entity.kind {
            Kind::Issue if !reading.issues.contains(&entity) => {
                if is_background_issue(words, text, mention.span.start - base) {
                    reading.rules.push(
                        "an issue after `amid`, `following` or `in the wake of` is background",
                    );
                } else {
                    reading.issues.push(entity);
                    reading.issue_at.push((mention.span.start, entity));
                }
            }
            Kind::Place | Kind::Country => {
                let start = mention.span.start - base;
                let end = mention.span.end - base;
                // `their Samarkand meeting`, `the Vienna talks`: a city
                // naming a meeting is where it was.
                let names_meeting = entity.kind == Kind::Place
                    && triggers.iter().any(|(range, _)| {
                        range.start > end && text[end..range.start].trim().is_empty()
                    });
                if entity.kind == Kind::Place
                    && words
                        .speaker_place_before
                        .ends_words(lower_tail(text, start, 20).trim_end())
                {
                    reading.speaker_place.get_or_insert(entity);
                }
                if names_meeting || is_location(words, text, start, entity.kind) {
                    // A venue (`the Great Hall of the People`) places the
                    // meeting in its city.
                    let venue = gazetteer
                        .place(gazetteer.id(entity))
                        .filter(|place| place.kind == "venue");
                    let entity = venue
                        .and_then(|place| place.within.as_deref())
                        .and_then(|city| gazetteer.find(Kind::Place, city))
                        .unwrap_or(entity);
                    reading.places.push((mention.span.start, entity));
                }
            }
            _ => {}
        }
    }
    reading
}

/// Status of the meeting a trigger reports: cancelled anywhere in the
/// sentence, planned when a planned cue stands just before the trigger.
pub(super) fn status(
    words: &Words,
    cues: &[crate::extract::Cue],
    trigger: &Range<usize>,
    text: &str,
) -> Status {
    if cues.iter().any(|cue| cue.kind == CueKind::Cancelled) {
        return Status::Cancelled;
    }
    // `had the opportunity to meet`, `was able to hold talks`: done, not planned.
    let done = |cue: &crate::extract::Cue| {
        let before = lower_tail(text, cue.span.start, 40);
        words.done_before.ends(before.trim_end())
    };
    for cue in cues {
        if cue.kind != CueKind::Planned || done(cue) {
            continue;
        }
        let cue_text = text[cue.span.clone()].to_lowercase();
        // `will meet` contains its trigger; `plans to hold talks` ends just before it.
        let overlapping = cue.span.start <= trigger.start && cue.span.end > trigger.start;
        let close_before = overlapping
            || cue.span.end <= trigger.start && trigger.start - cue.span.end <= 40 && {
                let between = &text[cue.span.end..trigger.start];
                !between.contains([',', ';']) && between.split_whitespace().count() <= 5
            };
        let anywhere = words.planned_anywhere.is(&cue_text);
        // `their meeting ... is due to take place after the summit`: the
        // meeting is the subject of a planned happening.
        let happens_after = cue.span.start >= trigger.end
            && cue.span.start - trigger.end <= 120
            && !text[trigger.end..cue.span.start].contains(';')
            && words
                .planned_happenings
                .starts(text[cue.span.end..].trim_start().to_lowercase().as_str());
        if close_before || anywhere || happens_after {
            return Status::Planned;
        }
    }
    Status::Held
}

/// Is a summit at `start` the event a meeting happens at (`on the sidelines
/// of the G20 summit`, `ahead of the NATO summit`)?
pub(super) fn is_event(words: &Words, text: &str, start: usize) -> bool {
    // The last 50 characters before the summit.
    let from = text[..start]
        .char_indices()
        .rev()
        .nth(49)
        .map_or(0, |(offset, _)| offset);
    let window = text[from..start].to_lowercase();
    // Whole words only: `during their summit` is theirs, not `during the`.
    let whole = words.event_before.find_all(&window).any(|(_, end, _)| {
        window[end..]
            .chars()
            .next()
            .is_none_or(|next| !next.is_alphanumeric())
    });
    whole
}

/// Titles used as names before a trigger: `The Secretary held a call`,
/// `the minister met`. Only in the trigger's own clause.
pub(super) fn title_subjects(words: &Words, text: &str, trigger: usize) -> Vec<String> {
    let before = &text[..trigger];
    let clause = before.rsplit([';', '"']).next().unwrap_or(before);
    let mut found = Vec::new();
    // The lists' phrases as words: ` he ` is `he`.
    let word_is = |list: &WordList| {
        clause.split_whitespace().any(|word| {
            list.phrases()
                .iter()
                .any(|wanted| word.eq_ignore_ascii_case(wanted.trim()))
        })
    };
    if word_is(&words.subject_pronouns) && !word_is(&words.speech_verbs) {
        found.push("he".to_string());
    }
    // `the TITLE ` anywhere in the clause, or `TITLE ` opening it.
    for (start, end, index) in words.subject_titles.find_all(clause) {
        let standing = clause[end..].starts_with(' ')
            && (start == 0
                || start >= 4 && clause.as_bytes()[start - 4..start].eq_ignore_ascii_case(b"the "));
        let title = &words.subject_titles.phrases()[index];
        if standing && !found.iter().any(|known| known == title) {
            found.push(title.clone());
        }
    }
    found
}

/// Is a trigger negated (`have never held talks`, `did not meet`)?
pub(super) fn is_negated(words: &Words, text: &str, start: usize) -> bool {
    let before = lower_tail(text, start, 120);
    before
        .split_whitespace()
        .rev()
        .take(3)
        .any(|word| words.negations.is(word))
}

/// Is a trigger only wished for, offered or conditional (`hopes to hold
/// talks`, `overtures for dialogue`, `if they meet`)?
fn is_unreal(words: &Words, text: &str, start: usize) -> bool {
    let before = lower_tail(text, start, 60);
    let window: String = {
        let words: Vec<&str> = before.split_whitespace().collect();
        let from = words.len().saturating_sub(5);
        let mut joined = words[from..].join(" ");
        joined.push(' ');
        joined
    };
    // One automaton pass over the window, not a search per phrase.
    let phrases = words.unreal_before.phrases();
    let unreal = words
        .unreal_before
        .find_all(&window)
        .any(|(at, end, index)| {
            // `look forward to the summit to be hosted by`: a meeting
            // already arranged, not a wish.
            let arranged = phrases[index].contains("forward") && window[end..].starts_with(" the ");
            (at == 0 || window.as_bytes()[at - 1] == b' ') && !arranged
        });
    unreal
}

/// Does the sentence start with a pronoun standing for the parties?
pub(super) fn starts_with_pronoun(words: &Words, text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    words.pair_openers.starts(&lower)
}

/// Is the trigger's subject the speaker (`I met`, `we held talks`, `our
/// meeting`, `I also had the opportunity to meet`)?
fn first_person(words: &Words, text: &str, trigger: usize) -> bool {
    let before = &text[..trigger];
    let clause = before
        .rsplit([';', '"', '\u{201c}', '\u{201d}'])
        .next()
        .unwrap_or(before);
    let mut clause_words = clause
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''));
    let near: Vec<String> = clause
        .split_whitespace()
        .rev()
        .take(3)
        .map(|word| word.to_lowercase())
        .collect();
    clause_words.any(|word| words.first_person_words.is_as_written(word))
        || near
            .iter()
            .any(|word| words.first_person_possessives.is(word))
}

/// Is a country at `end` the owner of a thing, not a side (`North Korea's
/// missile launches`, but not `Japan's foreign minister`)?
fn possessed_thing(words: &Words, text: &str, end: usize) -> bool {
    let after = &text[end..];
    let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))
    else {
        return false;
    };
    let word: String = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    !word.is_empty()
        && !words.side_nouns.is(&word)
        && !word.chars().next().is_some_and(char::is_numeric)
}

/// Does the sentence name a trigger's parties by description: a pair
/// before it (`the two leaders spoke`, `their talks`), or one more person
/// after it (`with his Japanese counterpart`)?
fn described(
    words: &Words,
    text: &str,
    trigger: &Range<usize>,
    countries: &[(Range<usize>, String)],
) -> Option<Described> {
    let before = lower_tail(text, trigger.start, 80);
    let clause = before.rsplit([';', ',']).next().unwrap_or(&before);
    let possessive = clause
        .split_whitespace()
        .rev()
        .take(4)
        .any(|word| words.pair_possessives.is(word));
    if possessive || words.pair_words.found_in(clause) {
        return Some(Described::Pair);
    }
    let after_end = text[trigger.end..]
        .char_indices()
        .nth(60)
        .map_or(text.len(), |(offset, _)| trigger.end + offset);
    let after = text[trigger.end..after_end].to_lowercase();
    // The first phrase of each list, in lexicon order, that is there.
    let first_of = |list: &WordList| {
        list.phrases()
            .iter()
            .find_map(|phrase| after.find(phrase.as_str()))
    };
    let counterpart = first_of(&words.counterpart_nouns);
    let position = counterpart.or_else(|| first_of(&words.official_nouns))?;
    let lead = &after[..position];
    if lead.contains([',', ';']) || !words.counterpart_determiners.found_in(lead) {
        return None;
    }
    let country = countries
        .iter()
        .find(|(range, _)| range.start >= trigger.end && range.start < trigger.end + position)
        .map(|(_, country)| country.clone());
    // `the Japanese official` needs its country; `his counterpart` does not.
    (counterpart.is_some() || country.is_some()).then_some(Described::Counterpart(country))
}

/// Is a date at `start` inside an aside about something else: a relative
/// clause, an appointment, an election, a launch?
fn is_aside_date(words: &Words, text: &str, start: usize) -> bool {
    // ` date 2022-09-17` opening a captured page marks when it was saved.
    let opening = text[..start].trim();
    if opening.eq_ignore_ascii_case("date") {
        return true;
    }
    // `Today's era`, `this week's summit`: a possessive names a time, not when they met.
    let rest = &text[start..];
    let word_end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    if rest[word_end..].starts_with("'s ") || rest[word_end..].starts_with("\u{2019}s ") {
        return true;
    }
    let before = lower_tail(text, start, 80);
    let clause = before.rsplit([',', ';', '(']).next().unwrap_or(&before);
    words.aside_words.found_in(clause)
}

/// Is an issue at `start` background (`amid the war in Ukraine`, `in light
/// of the recent missile launches`) rather than what was discussed? Only
/// its own clause counts: `discussed X amid Y` keeps X.
fn is_background_issue(words: &Words, text: &str, start: usize) -> bool {
    let before = lower_tail(text, start, 100);
    let clause = before
        .rsplit([',', ';', '(', '\u{2014}'])
        .next()
        .unwrap_or(&before);
    let clause = format!(" {clause}");
    words.background_issue_before.phrases().iter().any(|word| {
        clause
            .rfind(&format!(" {word}"))
            .is_some_and(|at| !words.agenda_words.found_in(&clause[at..]))
    })
}

/// Is a date at `start` the date something was said (`his office said Monday`)?
pub(super) fn is_attribution_date(words: &Words, text: &str, start: usize) -> bool {
    let before = lower_tail(text, start, 120);
    before
        .split_whitespace()
        .rev()
        .take(2)
        .any(|word| words.attribution_verbs.is(word.trim_matches(',')))
}

/// Sentences about history or context lend no issues to a meeting: those
/// that name a year other than the article's (the lexicon scan finds the
/// ones that say how relations have been).
pub(super) fn names_another_year(text: &str, article_year: Option<i32>) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(3)).any(|start| {
        if !matches!(bytes[start], b'1' | b'2') {
            return false;
        }
        let word = &bytes[start..start + 4];
        let bounded = (start == 0 || !bytes[start - 1].is_ascii_alphanumeric())
            && bytes
                .get(start + 4)
                .is_none_or(|next| !next.is_ascii_alphanumeric());
        bounded
            && word.iter().all(u8::is_ascii_digit)
            && (word.starts_with(b"19") || word.starts_with(b"20"))
            && std::str::from_utf8(word)
                .ok()
                .and_then(|year| year.parse::<i32>().ok())
                != article_year
    })
}

/// The date of a sentence: a date next to the trigger beats the dateline;
/// a date in another clause (`after Pyongyang launched a satellite last
/// week`) is not the meeting's.
pub(super) fn pick_date(reading: &Reading) -> Option<DateExpr> {
    let (trigger, _) = reading.trigger.as_ref()?;
    pick_date_near(reading, trigger)
}

/// The date of a second meeting in a sentence (`met A on Monday and called
/// B last week`): after its own trigger first, as dates before it are the
/// first meeting's.
pub(super) fn pick_date_after(reading: &Reading, trigger: &Range<usize>) -> Option<DateExpr> {
    reading
        .dates
        .iter()
        .filter(|(range, _)| range.start >= trigger.end && reading.same_clause(range, trigger))
        .min_by_key(|(range, _)| range.start)
        .map(|(_, expr)| *expr)
        .or_else(|| pick_date_near(reading, trigger))
}

/// The date of a sentence for one of its triggers.
pub(super) fn pick_date_near(reading: &Reading, trigger: &Range<usize>) -> Option<DateExpr> {
    reading
        .dates
        .iter()
        .filter(|(range, _)| reading.same_clause(range, trigger))
        .min_by_key(|(range, _)| {
            if range.start >= trigger.end {
                range.start - trigger.end
            } else {
                trigger.start.saturating_sub(range.end) + 1
            }
        })
        .map(|(_, expr)| *expr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    pub(super) fn look_back_window_starts_at_a_word() {
        let text = format!("{} cannot meet", "x".repeat(300));
        let start = text.find("meet").unwrap();
        // A window cut inside `cannot` must not read `not`.
        assert_eq!(lower_tail(&text, start, 5), " ");
        assert_eq!(lower_tail(&text, start, 8), " cannot ");
        let words = crate::extract::words::builtin();
        assert!(!is_negated(words, "They hope to meet", 12));
        assert!(is_negated(words, "The two have NOT met", 17));
        assert!(!is_negated(words, &text, start));
    }

    #[test]
    pub(super) fn subject_titles_need_the_or_the_clause_start() {
        let text = "The Foreign Minister held talks";
        let trigger = text.find("held").unwrap();
        let words = crate::extract::words::builtin();
        let found = title_subjects(words, text, trigger);
        assert!(found.contains(&"foreign minister".to_string()), "{found:?}");
        assert!(!found.contains(&"minister".to_string()), "{found:?}");
        let text = "A former president held talks";
        assert!(title_subjects(words, text, text.find("held").unwrap()).is_empty());
        let text = "Secretary Blinken said; he held a call";
        assert_eq!(
            title_subjects(words, text, text.find("held").unwrap()),
            ["he"]
        );
    }

    #[test]
    pub(super) fn a_country_after_on_or_about_is_a_topic() {
        let words = crate::extract::words::builtin();
        let text = "talks on North Korea and with Japan";
        assert!(is_topic(words, text, text.find("North").unwrap()));
        assert!(!is_topic(words, text, text.find("Japan").unwrap()));
        let text = "talks about the Philippines";
        assert!(is_topic(words, text, text.find("Philippines").unwrap()));
        let text = "Moon met Abe";
        assert!(!is_topic(words, text, text.find("Abe").unwrap()));
    }

    #[test]
    pub(super) fn another_year_marks_a_background_sentence() {
        assert!(names_another_year("They met in 2015.", Some(2020)));
        assert!(!names_another_year("They met in 2020.", Some(2020)));
        assert!(!names_another_year("They met 12015 times.", Some(2020)));
    }
}
