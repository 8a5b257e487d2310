//! Document assembly: which meetings an article reports, from its sentence readings.

use super::context::*;
use super::reading::*;
use super::*;
use crate::extract::words::Words;
use chrono::Datelike;

/// Reads every sentence, then decides which meetings the article reports;
/// with `trace`, also records why, for `dipkb explain`.
pub(in crate::extract) fn extract(
    extractor: &Extractor,
    article: &Article,
    sentences: &[Sentence],
    mentions: &[Mention],
    trace: Option<&mut Trace>,
) -> Vec<Meeting> {
    let gazetteer = &extractor.gazetteer;
    let words = &extractor.lexicon.words;
    let body = article.body.as_str();
    // Mentions come in text order, so each sentence's are one run.
    let mut runs: Vec<std::ops::Range<usize>> = vec![0..0; sentences.len()];
    let mut start = 0;
    while start < mentions.len() {
        let sentence = mentions[start].sentence;
        let mut end = start;
        while end < mentions.len() && mentions[end].sentence == sentence {
            end += 1;
        }
        if let Some(run) = runs.get_mut(sentence) {
            *run = start..end;
        }
        start = end;
    }
    let readings: Vec<Reading> = sentences
        .iter()
        .enumerate()
        .map(|(index, sentence)| {
            read(
                extractor,
                body,
                sentence,
                &mentions[runs[index].clone()],
                article.date.map(|date| date.year()),
            )
        })
        .collect();
    let mut readings = readings;
    resolve_title_subjects(&mut readings, sentences, mentions, gazetteer, article);
    resolve_first_person(words, &mut readings, article, sentences, mentions);
    resolve_counterparts(&mut readings, sentences, mentions, gazetteer);
    resolve_country_groups(&mut readings, mentions, gazetteer);
    let classes: Vec<Class> = readings
        .iter()
        .map(|reading| reading.class(gazetteer))
        .collect();

    // Meetings founded by sentences with two or more people, one per set.
    let mut drafts: Vec<Draft> = Vec::new();
    let mut owner: Vec<Option<usize>> = vec![None; sentences.len()];
    for (index, reading) in readings.iter().enumerate() {
        if classes[index] != Class::Full {
            continue;
        }
        let persons: BTreeSet<EntityRef> = reading.persons.iter().copied().collect();
        let existing = drafts.iter().position(|draft| {
            draft.persons == persons
                && same_plan(draft.status, reading.status)
                && compatible_dates(draft, reading, article)
        });
        let slot = match existing {
            Some(slot) => slot,
            None => {
                drafts.push(Draft::new(persons, Vec::new(), index));
                drafts.len() - 1
            }
        };
        drafts[slot].found(index, reading, article);
        owner[index] = Some(slot);
        // `held bilateral meetings with his counterparts from A, B and C,
        // as well as D`: D met him, and so did each country's unnamed one.
        // So with a list of countries met besides the people (`met the
        // foreign ministers of A, B and C, as well as D`).
        let unnamed: Vec<&String> = reading
            .sides
            .iter()
            .filter(|side| {
                !reading
                    .persons
                    .iter()
                    .any(|&person| gazetteer.country_of(person) == Some(side.as_str()))
            })
            .collect();
        let series = reading.one_each
            || reading.split_sides && unnamed.len() >= 2 && reading.also.is_empty();
        if series && !reading.persons.is_empty() {
            let subject = reading.persons[0];
            for side in unnamed {
                let mut draft = Draft::new(BTreeSet::from([subject]), vec![side.clone()], index);
                draft.found(index, reading, article);
                drafts.push(draft);
            }
        }
    }
    for (index, reading) in readings.iter().enumerate() {
        for (kind, people, trigger) in &reading.also {
            let persons: BTreeSet<EntityRef> = people.iter().copied().collect();
            let day = trigger
                .as_ref()
                .and_then(|trigger| pick_date_after(reading, trigger))
                .and_then(|expr| date::resolve(expr, article.date, reading.ahead()).day());
            if drafts.iter().any(|draft| {
                draft.persons == persons
                    && draft.status == reading.status
                    && (day.is_none() || draft.day.is_none() || draft.day == day)
            }) {
                continue;
            }
            let mut draft = Draft::new(persons, Vec::new(), index);
            draft.kind = Some(*kind);
            draft.trigger = trigger.clone();
            draft.found(index, reading, article);
            drafts.push(draft);
        }
    }
    // The article's main meeting: the first one its body reports. Headline
    // sentences that name no meeting of their own are about it.
    let main = drafts
        .iter()
        .enumerate()
        .filter_map(|(slot, draft)| {
            draft
                .sentences
                .iter()
                .map(|(index, _)| *index)
                .find(|index| !readings[*index].headline)
                .map(|first_body| (first_body, slot))
        })
        .min()
        .map(|(_, slot)| slot)
        .or(if drafts.is_empty() { None } else { Some(0) });

    // Walk the article: every other sentence joins the meeting it fits.
    let mut current: Option<usize> = None;
    for (index, reading) in readings.iter().enumerate() {
        // `... following the last virtual meeting in December 2021`: the
        // sides of the meeting at hand met before.
        // (`The two leaders last met in March` is theirs, not the sides'.)
        let pair = reading.pronoun_subject || reading.described == Some(Described::Pair);
        if !reading.headline && !pair && !reading.earlier.is_empty() {
            let at_hand = if classes[index] == Class::Full {
                owner[index]
            } else {
                current
            };
            if let Some(slot) = at_hand {
                let mut sides: Vec<String> = drafts[slot]
                    .persons
                    .iter()
                    .filter_map(|&person| gazetteer.country_of(person).map(str::to_string))
                    .chain(drafts[slot].sides.iter().cloned())
                    .collect();
                sides.sort();
                sides.dedup();
                let mut founded = false;
                for (kind, trigger, expr) in &reading.earlier {
                    let value = date::resolve(*expr, article.date, false);
                    if sides.len() < 2 || !other_date(drafts[slot].day, &value) {
                        continue;
                    }
                    let mut draft = Draft::new(BTreeSet::new(), sides.clone(), index);
                    draft.kind = Some(*kind);
                    draft.trigger = Some(trigger.clone());
                    draft.past = true;
                    draft.rule =
                        Some("founds it: `the last meeting in 2021`: the same sides met before");
                    draft.found(index, reading, article);
                    drafts.push(draft);
                    founded = true;
                }
                if founded && classes[index] != Class::Full {
                    drafts[slot].add(index, Attach::IssuesOnly);
                    continue;
                }
            }
        }
        // `The call was a follow-up of their Samarkand meeting in
        // September`: the pair met before, on a date of its own.
        if classes[index] != Class::Full && !reading.headline {
            if let Some(slot) = current.filter(|&slot| drafts[slot].persons.len() >= 2) {
                let mut founded = false;
                for (kind, trigger, expr) in &reading.pair_again {
                    let value = date::resolve(*expr, article.date, false);
                    if drafts[slot].day.is_some() && other_date(drafts[slot].day, &value) {
                        let mut draft = Draft::new(
                            drafts[slot].persons.clone(),
                            drafts[slot].sides.clone(),
                            index,
                        );
                        draft.kind = Some(*kind);
                        draft.trigger = Some(trigger.clone());
                        draft.past = true;
                        draft.rule = Some(
                            "founds it: `their meeting in September` is the pair's other meeting",
                        );
                        draft.found(index, reading, article);
                        drafts.push(draft);
                        founded = true;
                    }
                }
                // The rest of the sentence is about the meeting around it;
                // its dates are the other meeting's.
                if founded {
                    drafts[slot].add(index, Attach::IssuesOnly);
                    continue;
                }
            }
        }
        match classes[index] {
            Class::Full => {
                if !reading.headline {
                    current = owner[index];
                }
            }
            Class::Partial
                if (reading.pronoun_subject || reading.described == Some(Described::Pair))
                    && !reading.headline
                    && current.is_some_and(|slot| {
                        differs(&drafts[slot], reading, &readings, article)
                    }) =>
            {
                // `They spoke by phone on Sept. 24`: the same people, another meeting.
                let persons = drafts[current.expect("checked")].persons.clone();
                let sides = drafts[current.expect("checked")].sides.clone();
                drafts.push(Draft::new(persons, sides, index));
                let slot = drafts.len() - 1;
                drafts[slot].found(index, reading, article);
                current = Some(slot);
            }
            Class::Sided | Class::Partial if reading.background && !reading.headline => {
                // `The last summit ... was held in Chengdu in December 2019`:
                // history, not the meeting being reported.
            }
            Class::Sided | Class::Partial => {
                let fits = |draft: &Draft| fits(draft, reading, gazetteer, article);
                let one_each =
                    reading.one_each && reading.persons.len() == 1 && reading.sides.len() >= 2;
                let target = if one_each {
                    None
                } else if reading.headline {
                    main.filter(|&slot| fits(&drafts[slot]))
                        .or_else(|| drafts.iter().position(&fits))
                } else {
                    current
                        .filter(|&slot| fits(&drafts[slot]))
                        .or_else(|| {
                            // The next meeting the article introduces.
                            drafts
                                .iter()
                                .enumerate()
                                .filter(|(_, draft)| draft.first > index && fits(draft))
                                .map(|(slot, _)| slot)
                                .next()
                        })
                        .or_else(|| drafts.iter().position(&fits))
                };
                // `The two leaders spoke by phone`: the pair named before.
                let pair = match (target, classes[index]) {
                    (None, Class::Partial) if reading.described == Some(Described::Pair) => {
                        pair_before(index, &reading.persons, sentences, mentions, gazetteer)
                    }
                    _ => None,
                };
                match (target, classes[index], pair) {
                    (Some(slot), _, _) => {
                        lend_issues(&mut drafts, slot, index);
                        drafts[slot].add(index, Attach::Fits);
                        if !reading.headline {
                            current = Some(slot);
                        }
                    }
                    // Sides alone found a meeting only in an article that
                    // names no officials meeting (`the two Koreas held talks`).
                    // A headline sums up the body: with officials named
                    // there, its countries found no meeting of their own.
                    (None, Class::Sided, _)
                        if !(reading.headline
                            && reading.persons.is_empty()
                            && !drafts.is_empty()) =>
                    {
                        let sides = if reading.persons.is_empty() {
                            reading.sides.clone()
                        } else {
                            reading
                                .sides
                                .iter()
                                .filter(|side| {
                                    !reading.persons.iter().any(|&person| {
                                        gazetteer.country_of(person) == Some(side.as_str())
                                    })
                                })
                                .cloned()
                                .collect()
                        };
                        // `A met counterparts from B, C and D`: a meeting per side.
                        let groups: Vec<Vec<String>> = if reading.persons.len() == 1
                            && reading.split_sides
                            && sides.len() >= 2
                        {
                            sides.iter().map(|side| vec![side.clone()]).collect()
                        } else {
                            vec![sides]
                        };
                        // `the leaders of France and Germany`, named at the
                        // meeting before: the side is its one person there.
                        let named_before = |side: &str| {
                            let slot = current?;
                            let mut of_side = drafts[slot].persons.iter().filter(|&&person| {
                                gazetteer.country_of(person) == Some(side)
                                    && !reading.persons.contains(&person)
                            });
                            match (of_side.next(), of_side.next()) {
                                (Some(&person), None) => Some(person),
                                _ => None,
                            }
                        };
                        let groups: Vec<(BTreeSet<EntityRef>, Vec<String>)> = groups
                            .into_iter()
                            .map(|sides| {
                                let mut persons: BTreeSet<EntityRef> =
                                    reading.persons.iter().copied().collect();
                                match sides.as_slice() {
                                    [side] if !persons.is_empty() => match named_before(side) {
                                        Some(person) => {
                                            persons.insert(person);
                                            (persons, Vec::new())
                                        }
                                        None => (persons, sides),
                                    },
                                    _ => (persons, sides),
                                }
                            })
                            .collect();
                        for (persons, sides) in groups {
                            drafts.push(Draft::new(persons, sides, index));
                            let slot = drafts.len() - 1;
                            drafts[slot].found(index, reading, article);
                        }
                        let slot = drafts.len() - 1;
                        if !reading.headline {
                            current = Some(slot);
                        }
                    }
                    (None, Class::Partial, Some(persons))
                        if drafts.iter().any(|draft| {
                            draft.persons == persons && compatible_dates(draft, reading, article)
                        }) =>
                    {
                        // The pair's meeting is already reported: this is more of it.
                        let slot = drafts
                            .iter()
                            .position(|draft| {
                                draft.persons == persons
                                    && compatible_dates(draft, reading, article)
                            })
                            .expect("checked");
                        drafts[slot].add(index, Attach::Fits);
                        if !reading.headline {
                            current = Some(slot);
                        }
                    }
                    (None, Class::Partial, Some(persons)) => {
                        drafts.push(Draft::new(persons, Vec::new(), index));
                        let slot = drafts.len() - 1;
                        drafts[slot].found(index, reading, article);
                        drafts[slot].rule = Some(
                            "founds it: `they`, `the two leaders`, `their talks` are the pair named before",
                        );
                        if !reading.headline {
                            current = Some(slot);
                        }
                    }
                    (None, _, _) => {
                        let fallback = if reading.headline { main } else { current };
                        if let Some(slot) = fallback {
                            drafts[slot].add(index, Attach::IssuesOnly);
                            lend_issues(&mut drafts, slot, index);
                        }
                    }
                }
            }
            Class::None => {
                let target = if reading.headline { main } else { current };
                if let Some(slot) = target {
                    if !reading.background {
                        let named = (!reading.headline && index <= drafts[slot].first + 2)
                            .then(|| names_the_sides(&drafts[slot], index, mentions, gazetteer))
                            .flatten();
                        match named {
                            Some(persons) => {
                                drafts[slot].persons = persons;
                                drafts[slot].sides.clear();
                                drafts[slot].add(index, Attach::Founding);
                            }
                            None => {
                                drafts[slot].add(index, Attach::IssuesOnly);
                                lend_issues(&mut drafts, slot, index);
                            }
                        }
                    }
                }
            }
        }
    }

    let mut meetings: Vec<Meeting> = drafts
        .iter()
        .map(|draft| build(draft, &readings, sentences, article, gazetteer, words))
        .collect();
    // A meeting with a country as a side is the named meeting of the same
    // event when one has its people and someone of that country, its status
    // and its day: `the two countries' talks` and `A met B` are one.
    let mut merged_into: Vec<Option<usize>> = vec![None; meetings.len()];
    for index in 0..meetings.len() {
        // An earlier meeting named in passing is another event by its date.
        if drafts[index].past
            || !meetings[index]
                .participants
                .iter()
                .any(|participant| participant.kind == Kind::Country)
        {
            continue;
        }
        let target = (0..meetings.len()).find(|&other| {
            other != index
                && merged_into[other].is_none()
                && named_same_event(&meetings[index], &meetings[other], gazetteer)
        });
        if let Some(target) = target {
            let (evidence, issues) = (
                meetings[index].evidence.clone(),
                meetings[index].issues.clone(),
            );
            let into = &mut meetings[target];
            for item in evidence {
                if !into.evidence.iter().any(|known| known.span == item.span) {
                    into.evidence.push(Evidence {
                        span: item.span,
                        fields: vec!["participants"],
                    });
                }
            }
            into.evidence.sort_by_key(|evidence| evidence.span.start);
            for issue in issues {
                if !into.issues.contains(&issue) {
                    into.issues.push(issue);
                }
            }
            merged_into[index] = Some(target);
        }
    }
    // A meeting without a date or place borrows them from a meeting of the
    // same article that shares a participant (the same trip, the same day).
    // Only when the meeting's own sentences give no date at all (`last
    // week` without an anchor is a date, just an unknown one), and no place
    // for calls and video conferences, which happen nowhere in particular.
    let remote = |meeting: &Meeting| {
        matches!(
            meeting.kind,
            MeetingKind::PhoneCall | MeetingKind::VideoConference
        )
    };
    for index in 0..meetings.len() {
        let said_date = drafts[index].sentences.iter().any(|(sentence, attach)| {
            *attach != Attach::IssuesOnly && pick_date(&readings[*sentence]).is_some()
        });
        let needs_date = !meetings[index].date.is_known() && !said_date;
        let needs_place = meetings[index].place.is_none() && !remote(&meetings[index]);
        if !needs_date && !needs_place {
            continue;
        }
        let shares = |other: usize| {
            other != index
                && meetings[other].status == meetings[index].status
                && meetings[other].participants.iter().any(|participant| {
                    participant.kind == Kind::Person
                        && meetings[index].participants.contains(participant)
                })
        };
        let date_donor =
            (0..meetings.len()).find(|&other| shares(other) && meetings[other].date.is_known());
        let same_day = |other: usize| match (meetings[other].date.day(), meetings[index].date.day())
        {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let place_donor = (0..meetings.len())
            .find(|&other| shares(other) && !remote(&meetings[other]) && same_day(other));
        if needs_date {
            if let Some(donor) = date_donor {
                meetings[index].date = meetings[donor].date.clone();
            }
        }
        if needs_place {
            if let Some(donor) = place_donor {
                meetings[index].place = meetings[donor].place;
            }
        }
    }
    // `during his visit to Hanoi`, `arrived in Nairobi`, `here in Jakarta`:
    // a held meeting that names no place took place where its people had
    // travelled, as the article last said before reporting it.
    let visits = visit_places(words, article, mentions);
    if !visits.is_empty() {
        for meeting in &mut meetings {
            if meeting.place.is_some() || meeting.status != Status::Held || remote(meeting) {
                continue;
            }
            let Some(first) = meeting.evidence.first().map(|evidence| evidence.span.end) else {
                continue;
            };
            if let Some(&(_, place)) = visits.iter().rev().find(|(offset, _)| *offset < first) {
                meeting.place = Some(place);
            }
        }
    }
    // Wire copy opens with where it was filed (`SAN FRANCISCO, Nov. 16
    // (Xinhua) --`): a held meeting that names no place took place there.
    if let Some(dateline) = dateline_place(article, sentences, mentions) {
        for meeting in &mut meetings {
            if meeting.place.is_none() && meeting.status == Status::Held && !remote(meeting) {
                meeting.place = Some(dateline);
            }
        }
    }
    if let Some(trace) = trace {
        *trace = make_trace(&readings, &classes, &drafts);
        for (index, target) in merged_into.iter().enumerate().rev() {
            if let Some(target) = *target {
                let moved: Vec<(usize, &'static str)> = trace.meetings[index]
                    .iter()
                    .map(|&(sentence, _)| {
                        (
                            sentence,
                            "the same event, with a country for a named side: merged",
                        )
                    })
                    .collect();
                trace.meetings[target].extend(moved);
                trace.meetings[target].sort_by_key(|(sentence, _)| *sentence);
            }
        }
        let mut index = 0;
        trace.meetings.retain(|_| {
            index += 1;
            merged_into[index - 1].is_none()
        });
    }
    let mut index = 0;
    meetings.retain(|_| {
        index += 1;
        merged_into[index - 1].is_none()
    });
    meetings
}

/// Is a date another than a meeting's day: another day, or another month
/// or year? Any date is another than an undated meeting's, for a meeting
/// called earlier (`the last meeting in 2021`).
fn other_date(day: Option<chrono::NaiveDate>, value: &DateValue) -> bool {
    match (day, value.day(), &value.date) {
        (Some(day), Some(own), _) => day != own,
        (Some(day), None, Some(date)) => !day
            .format("%Y-%m-%d")
            .to_string()
            .starts_with(date.as_str()),
        (None, _, Some(_)) => true,
        _ => false,
    }
}

/// Can two sentences' statuses be one meeting's? The same, or a meeting
/// called off and the plan for it (`scrapped a planned meeting with B. The
/// two had been set to meet in Geneva on Thursday`).
fn same_plan(draft: Option<Status>, reading: Option<Status>) -> bool {
    draft == reading
        || matches!(
            (draft, reading),
            (Some(Status::Cancelled), Some(Status::Planned))
                | (Some(Status::Planned), Some(Status::Cancelled))
        )
}

/// A sentence about a meeting lends its issues to the meetings founded by
/// the same sentence as well (`A held separate meetings with B and C. The
/// talks covered trade`: both covered trade).
fn lend_issues(drafts: &mut [Draft], slot: usize, index: usize) {
    let founding: Vec<usize> = drafts[slot]
        .sentences
        .iter()
        .filter(|(_, attach)| *attach == Attach::Founding)
        .map(|(sentence, _)| *sentence)
        .collect();
    for (other, draft) in drafts.iter_mut().enumerate() {
        let sibling = draft
            .sentences
            .iter()
            .any(|(sentence, attach)| *attach == Attach::Founding && founding.contains(sentence));
        if other != slot && sibling && draft.first <= index {
            draft.add(index, Attach::IssuesOnly);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Attach {
    /// The sentence names this meeting's parties.
    Founding,
    /// The sentence is about this meeting: dates and places count.
    Fits,
    /// The sentence follows the meeting: only its issues count.
    IssuesOnly,
}

#[derive(Debug)]
pub(super) struct Draft {
    pub(super) persons: BTreeSet<EntityRef>,
    pub(super) sides: Vec<String>,
    pub(super) first: usize,
    pub(super) sentences: Vec<(usize, Attach)>,
    /// Status and day of the founding sentences, to keep other meetings of
    /// the same people (a planned follow-up) apart.
    pub(super) status: Option<Status>,
    pub(super) day: Option<chrono::NaiveDate>,
    /// The rule that founded it, when not the plain one (for `dipkb explain`).
    pub(super) rule: Option<&'static str>,
    /// The kind, when the founding sentence's main trigger is another meeting's.
    pub(super) kind: Option<MeetingKind>,
    /// The founding sentence's own trigger for this meeting, when it is not
    /// the sentence's main one (`met A on Monday and called B last week`).
    pub(super) trigger: Option<Range<usize>>,
    /// An earlier meeting named in passing: held, whatever the sentence's
    /// own meeting is.
    pub(super) past: bool,
}

impl Draft {
    pub(super) fn new(persons: BTreeSet<EntityRef>, sides: Vec<String>, first: usize) -> Draft {
        Draft {
            persons,
            sides,
            first,
            sentences: Vec::new(),
            status: None,
            day: None,
            rule: None,
            kind: None,
            trigger: None,
            past: false,
        }
    }

    pub(super) fn found(&mut self, index: usize, reading: &Reading, article: &Article) {
        if self.status.is_none() {
            self.status = reading.status;
        }
        if self.day.is_none() {
            self.day = match &self.trigger {
                Some(trigger) => pick_date_after(reading, trigger)
                    .map(|expr| date::resolve(expr, article.date, reading.ahead()))
                    .and_then(|value| value.day()),
                None => reading_day(reading, article),
            };
        }
        self.add(index, Attach::Founding);
    }

    /// Adds a sentence once, keeping them in text order.
    pub(super) fn add(&mut self, index: usize, attach: Attach) {
        if let Err(position) = self
            .sentences
            .binary_search_by_key(&index, |(existing, _)| *existing)
        {
            self.sentences.insert(position, (index, attach));
        }
    }
}

/// `The top negotiators of A and B held phone talks. X and his counterpart
/// Y shared ...`: a meeting of countries only whose next sentences name one
/// person of each side, and no one else, was held by them.
fn names_the_sides(
    draft: &Draft,
    index: usize,
    mentions: &[Mention],
    gazetteer: &Gazetteer,
) -> Option<BTreeSet<EntityRef>> {
    if !draft.persons.is_empty() || draft.sides.len() < 2 {
        return None;
    }
    let persons: BTreeSet<EntityRef> = mentions
        .iter()
        .filter(|mention| mention.sentence == index && mention.kind == Kind::Person)
        .filter_map(|mention| mention.entity)
        .collect();
    let mut covered: Vec<&str> = Vec::new();
    for &person in &persons {
        let country = gazetteer.country_of(person)?;
        if !draft.sides.iter().any(|side| side == country) || covered.contains(&country) {
            return None;
        }
        covered.push(country);
    }
    (covered.len() == draft.sides.len()).then_some(persons)
}

/// Is `sided`, a meeting with a country as a side, the same event as
/// `named`: same status, compatible kind and day, its people among
/// `named`'s, and each of its countries at `named`'s table?
fn named_same_event(sided: &Meeting, named: &Meeting, gazetteer: &Gazetteer) -> bool {
    if sided.status != named.status {
        return false;
    }
    let remote =
        |kind: MeetingKind| matches!(kind, MeetingKind::PhoneCall | MeetingKind::VideoConference);
    if remote(sided.kind) != remote(named.kind) && sided.kind != MeetingKind::Talks {
        return false;
    }
    match (sided.date.day(), named.date.day()) {
        (Some(a), Some(b)) if a != b => return false,
        _ => {}
    }
    if let (Some(a), Some(b)) = (&sided.date.date, &named.date.date) {
        if !(a.starts_with(b.as_str()) || b.starts_with(a.as_str())) {
            return false;
        }
    }
    let named_countries: BTreeSet<&str> = named
        .participants
        .iter()
        .filter_map(|&participant| gazetteer.country_of(participant))
        .collect();
    sided
        .participants
        .iter()
        .all(|&participant| match participant.kind {
            Kind::Country => named_countries.contains(gazetteer.id(participant)),
            _ => named.participants.contains(&participant),
        })
}

/// Was `person` a head of state or government on `date` (by the role the
/// gazetteer gives for that date)?
fn is_leader(
    words: &Words,
    gazetteer: &Gazetteer,
    person: EntityRef,
    date: Option<chrono::NaiveDate>,
) -> bool {
    let Some(role) = gazetteer
        .person(person)
        .and_then(|person| person.role_on(date))
    else {
        return false;
    };
    let title = role.title.to_lowercase();
    let subordinate = words.subordinate_title_words.found_in(&title);
    !subordinate
        && words.leader_titles.phrases().iter().any(|leader| {
            // At the start (`President`), or as a later word of a title that
            // is not a minister's list of posts (`Minister, ... President`).
            let later_word = title
                .match_indices(leader.as_str())
                .any(|(at, _)| at > 0 && title.as_bytes()[at - 1] == b' ');
            title.starts_with(leader.as_str()) || later_word && !title.contains("minister,")
        })
}

/// `I met with X`: in a transcript (`Name, Title: ...` opens the speaker's
/// turn) or a statement whose title names its author, `I` and `we` are the
/// speaker.
fn resolve_first_person(
    words: &Words,
    readings: &mut [Reading],
    article: &Article,
    sentences: &[Sentence],
    mentions: &[Mention],
) {
    if !readings.iter().any(|reading| reading.first_person) {
        return;
    }
    let body = article.body.as_str();
    let person_at = |index: usize| {
        mentions
            .iter()
            .filter(|mention| mention.sentence == index && mention.kind == Kind::Person)
            .find_map(|mention| Some((mention.span.clone(), mention.entity?)))
    };
    // The author a first-person title names: its first person in the headline.
    let titled = article.title.as_deref().is_some_and(|title| {
        let title = title.to_lowercase();
        words.first_person_titles.found_in(&title)
    });
    let mut speaker: Option<EntityRef> = if titled {
        (0..sentences.len())
            .take_while(|&index| sentences[index].headline || index < 3)
            .find_map(|index| person_at(index).map(|(_, person)| person))
    } else {
        None
    };
    for (index, reading) in readings.iter_mut().enumerate() {
        // `Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: Good morning.`
        if let Some((span, person)) = person_at(index) {
            let start = sentences[index].span.start;
            let lead = &body[start..span.start];
            let rest = &body[span.end..sentences[index].span.end];
            let turn = lead.trim().len() <= 4
                && rest
                    .find(':')
                    .is_some_and(|colon| colon <= 100 && !rest[..colon].contains(['.', ';']));
            if turn {
                speaker = Some(person);
            }
        }
        if !reading.first_person || reading.trigger.is_none() {
            continue;
        }
        if let Some(person) = speaker {
            if !reading.persons.contains(&person) {
                reading.persons.insert(0, person);
                reading
                    .rules
                    .push("`I` and `we` are the speaker of the transcript or statement");
            }
            // `I had a meeting with A, and I spoke with B`: the speaker's too.
            for (_, people, _) in &mut reading.also {
                if people.len() == 1 && people[0] != person {
                    people.insert(0, person);
                }
            }
        }
    }
}

/// The two people a description such as `the two leaders` stands for: the
/// sentence's own person, if any, and the nearest people named before it,
/// of two countries.
fn pair_before(
    index: usize,
    own: &[EntityRef],
    sentences: &[Sentence],
    mentions: &[Mention],
    gazetteer: &Gazetteer,
) -> Option<BTreeSet<EntityRef>> {
    let start = sentences[index].span.start;
    let mut chosen: Vec<EntityRef> = own.to_vec();
    for entity in mentions
        .iter()
        .rev()
        .filter(|mention| mention.span.start < start && mention.kind == Kind::Person)
        .filter_map(|mention| mention.entity)
    {
        if chosen.len() >= 2 {
            break;
        }
        let same_country = chosen.iter().any(|&other| {
            other == entity
                || gazetteer
                    .country_of(other)
                    .is_some_and(|country| gazetteer.country_of(entity) == Some(country))
        });
        if !same_country {
            chosen.push(entity);
        }
    }
    (chosen.len() >= 2).then(|| chosen.into_iter().collect())
}

/// `A held talks with his Japanese counterpart`: the counterpart is the
/// person of that country (or of another country than A's) the article
/// names, nearest before the sentence, else after it; when it names none,
/// the country itself is the side.
/// `the three countries`: the last three countries at a table, or named
/// where no meeting is, in this sentence or the three before, are the
/// meeting's sides.
fn resolve_country_groups(readings: &mut [Reading], mentions: &[Mention], gazetteer: &Gazetteer) {
    for index in 0..readings.len() {
        let Some(count) = readings[index].country_group else {
            continue;
        };
        let reading = &readings[index];
        if reading.trigger.is_none() || !reading.persons.is_empty() || reading.sides.len() >= count
        {
            continue;
        }
        let mut sides: Vec<String> = reading.sides.clone();
        for earlier in (index.saturating_sub(3)..index).rev() {
            let before = &readings[earlier];
            let found: Vec<String> = if before.trigger.is_some() {
                before
                    .persons
                    .iter()
                    .filter_map(|&person| gazetteer.country_of(person).map(str::to_string))
                    .chain(before.sides.iter().cloned())
                    .collect()
            } else {
                mentions
                    .iter()
                    .filter(|mention| mention.sentence == earlier && mention.kind == Kind::Country)
                    .filter_map(|mention| mention.entity)
                    .map(|entity| gazetteer.id(entity).to_string())
                    .collect()
            };
            for side in found.into_iter().rev() {
                if sides.len() < count && !sides.contains(&side) {
                    sides.push(side);
                }
            }
            if sides.len() == count {
                break;
            }
        }
        if sides.len() == count {
            sides.sort();
            let reading = &mut readings[index];
            reading.sides = sides;
            reading
                .rules
                .push("`the three countries`: the countries at the table before are its sides");
        }
    }
}

pub(super) fn resolve_counterparts(
    readings: &mut [Reading],
    sentences: &[Sentence],
    mentions: &[Mention],
    gazetteer: &Gazetteer,
) {
    for (index, reading) in readings.iter_mut().enumerate() {
        let Some(Described::Counterpart(country)) = reading.described.clone() else {
            continue;
        };
        if reading.trigger.is_none() || reading.persons.len() != 1 {
            continue;
        }
        let own = reading.persons[0];
        let own_country = gazetteer.country_of(own);
        let wanted = |entity: EntityRef| {
            entity != own
                && match &country {
                    Some(country) => gazetteer.country_of(entity) == Some(country.as_str()),
                    None => own_country.is_some() && gazetteer.country_of(entity) != own_country,
                }
        };
        let span = &sentences[index].span;
        let people = || {
            mentions
                .iter()
                .filter(|mention| mention.kind == Kind::Person)
                .filter_map(|mention| Some((mention.span.start, mention.entity?)))
        };
        let found = people()
            .filter(|(start, _)| *start < span.start)
            .map(|(_, entity)| entity)
            .rfind(|&entity| wanted(entity))
            .or_else(|| {
                people()
                    .filter(|(start, _)| *start >= span.end)
                    .map(|(_, entity)| entity)
                    .find(|&entity| wanted(entity))
            });
        match (found, country) {
            (Some(person), _) => {
                reading.persons.push(person);
                reading
                    .rules
                    .push("a counterpart by description: the person of that side named elsewhere");
            }
            (None, Some(country))
                if own_country != Some(country.as_str()) && !reading.sides.contains(&country) =>
            {
                reading.sides.push(country);
                reading.rules.push(
                    "a counterpart by description whom the article never names: the country is the side",
                );
            }
            _ => {}
        }
    }
}

/// `The Secretary held a call with X`: the title stands for the last person
/// named before with that title on the article date.
pub(super) fn resolve_title_subjects(
    readings: &mut [Reading],
    sentences: &[Sentence],
    mentions: &[Mention],
    gazetteer: &Gazetteer,
    article: &Article,
) {
    for (index, reading) in readings.iter_mut().enumerate() {
        if reading.title_subjects.is_empty()
            || reading.trigger.is_none()
            || reading.persons.len() >= 2
        {
            continue;
        }
        let start = sentences[index].span.start;
        let holds = |entity: EntityRef, pronoun: bool| {
            let title = gazetteer
                .person(entity)
                .and_then(|person| person.role_on(article.date))
                .map(|role| role.title.to_lowercase())
                .unwrap_or_default();
            !reading.persons.contains(&entity)
                && reading
                    .title_subjects
                    .iter()
                    .any(|wanted| (pronoun && wanted == "he") || title.contains(wanted.as_str()))
        };
        let holder = mentions
            .iter()
            .rev()
            .filter(|mention| mention.span.start < start && mention.kind == Kind::Person)
            .filter_map(|mention| mention.entity)
            .find(|&entity| holds(entity, true))
            .or_else(|| {
                // A headline or lead names the title; the body names the holder.
                mentions
                    .iter()
                    .filter(|mention| mention.span.start >= start && mention.kind == Kind::Person)
                    .filter_map(|mention| mention.entity)
                    .find(|&entity| holds(entity, false))
            });
        if let Some(person) = holder {
            reading.persons.insert(0, person);
        }
    }
}

/// Does a pronoun sentence report another meeting than `draft`: another
/// kind of contact (a call, not the summit), status or day?
pub(super) fn differs(
    draft: &Draft,
    reading: &Reading,
    readings: &[Reading],
    article: &Article,
) -> bool {
    let Some((_, kind)) = &reading.trigger else {
        return false;
    };
    let founding_kind = draft
        .sentences
        .iter()
        .find(|(_, attach)| *attach == Attach::Founding)
        .and_then(|(index, _)| readings[*index].trigger.as_ref().map(|(_, kind)| *kind));
    let strong = matches!(kind, MeetingKind::PhoneCall | MeetingKind::VideoConference);
    let other_kind = strong && founding_kind.is_some_and(|founding| founding != *kind);
    let own_date = !reading.dates.is_empty();
    let other_status = own_date
        && reading.status.is_some()
        && draft.status.is_some()
        && reading.status != draft.status;
    let other_day =
        matches!((draft.day, reading_day(reading, article)), (Some(a), Some(b)) if a != b);
    // `their meeting in September`, told on the day of another: another month.
    let other_month = draft.day.is_some_and(|day| {
        pick_date(reading)
            .map(|expr| date::resolve(expr, article.date, reading.ahead()))
            .and_then(|value| value.date)
            .is_some_and(|month| month.len() == 7 && month != day.format("%Y-%m").to_string())
    });
    other_kind || other_status || other_day || other_month
}

/// Does a sentence with fewer parties fit a meeting? Its people must be at
/// the table, its sides among the meeting's countries, its date not another.
pub(super) fn fits(
    draft: &Draft,
    reading: &Reading,
    gazetteer: &Gazetteer,
    article: &Article,
) -> bool {
    if !reading
        .persons
        .iter()
        .all(|person| draft.persons.contains(person))
    {
        return false;
    }
    let countries: BTreeSet<&str> = draft
        .persons
        .iter()
        .filter_map(|&person| gazetteer.country_of(person))
        .chain(draft.sides.iter().map(String::as_str))
        .collect();
    if !reading
        .sides
        .iter()
        .all(|side| countries.contains(side.as_str()))
    {
        return false;
    }
    compatible_dates(draft, reading, article)
}

/// A sentence's date does not contradict the meeting's founding sentences.
pub(super) fn compatible_dates(draft: &Draft, reading: &Reading, article: &Article) -> bool {
    match (draft.day, reading_day(reading, article)) {
        (Some(meeting_day), Some(sentence_day)) => meeting_day == sentence_day,
        _ => true,
    }
}

/// The exact day a sentence's trigger is dated to, if it has one.
pub(super) fn reading_day(reading: &Reading, article: &Article) -> Option<chrono::NaiveDate> {
    let expr = pick_date(reading)?;
    date::resolve(expr, article.date, reading.ahead()).day()
}

/// The issues a founding sentence gives a meeting: with two meetings in
/// it (`met A on trade, and called B about fishing`), those named after
/// each one's trigger and before the next one's; a meeting founded in
/// passing (`the call followed their meeting in May`) takes none.
fn founding_issues(draft: &Draft, index: usize, reading: &Reading) -> Vec<EntityRef> {
    let Some((main, _)) = &reading.trigger else {
        return reading.issues.clone();
    };
    let mut starts: Vec<usize> = vec![main.start];
    starts.extend(
        reading
            .also
            .iter()
            .filter_map(|(_, _, trigger)| trigger.as_ref().map(|trigger| trigger.start)),
    );
    starts.sort_unstable();
    starts.dedup();
    let own = match &draft.trigger {
        Some(trigger) if index == draft.first => trigger.start,
        _ => main.start,
    };
    if !starts.contains(&own) {
        return Vec::new();
    }
    if starts.len() == 1 {
        return reading.issues.clone();
    }
    reading
        .issue_at
        .iter()
        .filter(|(offset, _)| {
            let owner = starts
                .iter()
                .copied()
                .filter(|start| start <= offset)
                .max()
                .unwrap_or(starts[0]);
            owner == own
        })
        .map(|(_, issue)| *issue)
        .collect()
}

pub(super) fn build(
    draft: &Draft,
    readings: &[Reading],
    sentences: &[Sentence],
    article: &Article,
    gazetteer: &Gazetteer,
    words: &Words,
) -> Meeting {
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut kind = None;
    let mut status = None;
    let mut cancelled = false;
    let mut date_expr: Option<DateExpr> = None;
    let mut place: Option<(usize, EntityRef)> = None;
    let mut issues: Vec<EntityRef> = Vec::new();
    // Founding sentences first: they decide kind, status and date.
    let mut ordered: Vec<&(usize, Attach)> = draft.sentences.iter().collect();
    ordered.sort_by_key(|(index, attach)| (*attach != Attach::Founding, *index));
    for &&(index, attach) in &ordered {
        let reading = &readings[index];
        let mut fields: Vec<&'static str> = Vec::new();
        if attach == Attach::Founding {
            fields.push("participants");
        }
        if attach != Attach::IssuesOnly {
            if let Some((_, trigger_kind)) = &reading.trigger {
                let stronger = matches!(
                    trigger_kind,
                    MeetingKind::PhoneCall | MeetingKind::VideoConference
                ) || (attach == Attach::Founding
                    && *trigger_kind == MeetingKind::Summit);
                if kind.is_none() && attach == Attach::Founding
                    || stronger
                        && kind != Some(*trigger_kind)
                        && kind.is_none_or(|kind| kind == MeetingKind::Talks)
                {
                    kind = Some(*trigger_kind);
                    fields.push("kind");
                }
            }
            if reading.status == Some(Status::Cancelled) && attach == Attach::Founding {
                cancelled = true;
                fields.push("status");
            } else if status.is_none() && attach == Attach::Founding {
                status = reading.status;
                fields.push("status");
            }
            if date_expr.is_none() {
                let own = match &draft.trigger {
                    Some(trigger) if index == draft.first => pick_date_after(reading, trigger),
                    _ => pick_date(reading),
                };
                if let Some(expr) = own {
                    date_expr = Some(expr);
                    fields.push("date");
                }
            }
            // The most specific place; of two as specific in one sentence,
            // the one nearer the trigger (`will travel to A, after
            // meetings in B`: the meetings were in B).
            let distance = |offset: usize| {
                reading
                    .trigger
                    .as_ref()
                    .map_or(0, |(trigger, _)| offset.abs_diff(trigger.start))
            };
            let own: Vec<usize> = reading.places.iter().map(|(offset, _)| *offset).collect();
            // A second meeting in its founding sentence (`met A in Seoul
            // and called B`) takes only places after its own trigger.
            let after = match &draft.trigger {
                Some(trigger) if index == draft.first => trigger.start,
                _ => 0,
            };
            for &(offset, entity) in reading.places.iter().filter(|(offset, _)| *offset >= after) {
                let better = match place {
                    None => true,
                    Some((current_offset, current)) => {
                        let (new_depth, old_depth) =
                            (depth(gazetteer, entity), depth(gazetteer, current));
                        new_depth > old_depth
                            || new_depth == old_depth
                                && own.contains(&current_offset)
                                && distance(offset) < distance(current_offset)
                    }
                };
                if better {
                    place = Some((offset, entity));
                    if !fields.contains(&"place") {
                        fields.push("place");
                    }
                }
            }
        }
        let mut added_issue = false;
        let own: Vec<EntityRef> = if attach == Attach::Founding {
            founding_issues(draft, index, reading)
        } else {
            reading.issues.clone()
        };
        for &issue in &own {
            if !issues.contains(&issue) {
                issues.push(issue);
                added_issue = true;
            }
        }
        if added_issue {
            fields.push("issues");
        }
        if !fields.is_empty() {
            evidence.push(Evidence {
                span: sentences[index].span.clone(),
                fields,
            });
        }
    }
    // `it's good to be here in Jakarta`: a meeting met in person with no
    // place as specific was where the speaker is.
    let in_person = !matches!(
        kind,
        Some(MeetingKind::PhoneCall | MeetingKind::VideoConference)
    );
    let here = readings
        .iter()
        .enumerate()
        .find_map(|(index, reading)| reading.speaker_place.map(|place| (index, place)));
    if let Some((index, here)) = here {
        if in_person
            && place.is_none_or(|(_, current)| depth(gazetteer, here) > depth(gazetteer, current))
        {
            place = Some((sentences[index].span.start, here));
            let span = sentences[index].span.clone();
            match evidence.iter_mut().find(|evidence| evidence.span == span) {
                Some(evidence) if !evidence.fields.contains(&"place") => {
                    evidence.fields.push("place")
                }
                Some(_) => {}
                None => evidence.push(Evidence {
                    span,
                    fields: vec!["place"],
                }),
            }
        }
    }
    evidence.sort_by_key(|evidence| evidence.span.start);
    let mut status = if draft.past {
        Status::Held
    } else if cancelled {
        Status::Cancelled
    } else {
        status.unwrap_or(Status::Held)
    };
    // `I met the foreign minister of Qatar`, told in a briefing or a
    // statement with no date of its own: the day it was given.
    let speaker_today = date_expr.is_none()
        && status == Status::Held
        && !draft.past
        && draft
            .sentences
            .iter()
            .any(|(index, attach)| *attach == Attach::Founding && readings[*index].first_person);
    if speaker_today && article.date.is_some() {
        date_expr = Some(DateExpr::Relative(0));
        let told = draft
            .sentences
            .iter()
            .find(|(index, attach)| *attach == Attach::Founding && readings[*index].first_person)
            .map(|(index, _)| sentences[*index].span.clone());
        if let Some(span) = told {
            match evidence.iter_mut().find(|evidence| evidence.span == span) {
                Some(evidence) if !evidence.fields.contains(&"date") => {
                    evidence.fields.push("date")
                }
                Some(_) => {}
                None => {
                    evidence.push(Evidence {
                        span,
                        fields: vec!["date"],
                    });
                    evidence.sort_by_key(|evidence| evidence.span.start);
                }
            }
        }
    }
    let mut date = match date_expr {
        Some(expr) => date::resolve(
            expr,
            article.date,
            matches!(status, Status::Planned | Status::Cancelled),
        ),
        None => DateValue::default(),
    };
    // A meeting dated after the article was written has not happened yet.
    if status == Status::Held {
        if let (Some(day), Some(anchor)) = (date.day(), article.date) {
            if day > anchor {
                status = Status::Planned;
            }
        }
    } else if status == Status::Planned {
        // `Yesterday I had the opportunity to meet ...`: a meeting dated
        // before the article was written is past.
        if let (Some(day), Some(anchor)) = (date.day(), article.date) {
            if day < anchor {
                status = Status::Held;
            }
        }
    }
    if status == Status::Planned && date.date.is_none() && date.partial.is_none() {
        if let Some(expr) = date_expr {
            date = date::resolve(expr, article.date, true);
        }
    }
    let mut participants: Vec<EntityRef> = draft.persons.iter().copied().collect();
    for side in &draft.sides {
        if let Some(country) = gazetteer.find(Kind::Country, side) {
            participants.push(country);
        }
    }
    participants.sort_by(|a, b| gazetteer.id(*a).cmp(gazetteer.id(*b)));
    let mut countries: Vec<String> = participants
        .iter()
        .filter_map(|&participant| gazetteer.country_of(participant).map(str::to_string))
        .collect();
    countries.sort();
    countries.dedup();
    let mut kind = draft.kind.or(kind).unwrap_or(MeetingKind::Talks);
    // Heads of state or government meeting in person hold a summit,
    // whatever word the article uses for it.
    let people: Vec<EntityRef> = participants
        .iter()
        .copied()
        .filter(|participant| participant.kind == Kind::Person)
        .collect();
    let on = date.day().or(article.date);
    if kind == MeetingKind::Talks
        && people.len() >= 2
        && people.len() == participants.len()
        && people
            .iter()
            .all(|&person| is_leader(words, gazetteer, person, on))
    {
        kind = MeetingKind::Summit;
    }
    // A call happens nowhere in particular: where the callers were is not
    // where they met.
    let place = if matches!(kind, MeetingKind::PhoneCall | MeetingKind::VideoConference) {
        None
    } else {
        place
    };
    Meeting {
        kind,
        status,
        date,
        place: place.map(|(_, entity)| entity),
        participants,
        countries,
        issues,
        evidence,
    }
}

/// What `dipkb explain` shows: each sentence's reading and each meeting's sentences.
fn make_trace(readings: &[Reading], classes: &[Class], drafts: &[Draft]) -> Trace {
    let sentences = readings
        .iter()
        .zip(classes)
        .map(|(reading, class)| SentenceTrace {
            role: match class {
                Class::Full => "names two or more people at a meeting",
                Class::Sided => "names a meeting with a country as a side",
                Class::Partial => "names a meeting with fewer parties: joins one",
                Class::None => "no meeting trigger: lends issues at most",
            },
            trigger: reading.trigger.clone(),
            persons: reading.persons.clone(),
            sides: reading.sides.clone(),
            status: reading.status,
            rules: reading.rules.clone(),
            dropped: reading.dropped.clone(),
        })
        .collect();
    let meetings = drafts
        .iter()
        .map(|draft| {
            draft
                .sentences
                .iter()
                .map(|&(index, attach)| {
                    let why = match attach {
                        Attach::Founding if index == draft.first => {
                            draft.rule.unwrap_or("founds it: names its parties")
                        }
                        Attach::Founding => "founds it: names its parties",
                        Attach::Fits => {
                            "joins it: its people and sides are at the table, its date agrees"
                        }
                        Attach::IssuesOnly => "follows it: lends its issues only",
                    };
                    (index, why)
                })
                .collect()
        })
        .collect();
    Trace {
        sentences,
        meetings,
    }
}
