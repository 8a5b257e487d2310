//! Meetings: who met whom, when, where and about what, sentence by sentence.
//!
//! Each sentence is read on its own first: its meeting trigger, the parties
//! around the trigger (the subject before it, the party after `with`, a
//! joint subject, `his counterpart Y`), dates, places, issues and status.
//! Sentences naming two parties found meetings; sentences that name fewer
//! (`During the talks, ...`, a caption, a headline) join the meeting they fit,
//! and sentences without a trigger lend their issues to the meeting being
//! reported until another one is introduced.

use super::date::{self, DateExpr, DateValue};
use super::{CueKind, Extractor};
use crate::article::Article;
use crate::gazetteer::{EntityRef, Gazetteer, Kind};
use crate::resolve::Mention;
use crate::segment::Sentence;
use chrono::Datelike;
use std::collections::BTreeSet;
use std::ops::Range;

/// Korean word order and particles: `korean.rs`.
#[path = "korean.rs"]
mod korean;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MeetingKind {
    Talks,
    PhoneCall,
    Summit,
    VideoConference,
}

impl MeetingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingKind::Talks => "talks",
            MeetingKind::PhoneCall => "phone-call",
            MeetingKind::Summit => "summit",
            MeetingKind::VideoConference => "video-conference",
        }
    }

    pub fn parse(text: &str) -> Option<MeetingKind> {
        Some(match text {
            "talks" => MeetingKind::Talks,
            "phone-call" => MeetingKind::PhoneCall,
            "summit" => MeetingKind::Summit,
            "video-conference" => MeetingKind::VideoConference,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Held,
    Planned,
    Cancelled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Held => "held",
            Status::Planned => "planned",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        Some(match text {
            "held" => Status::Held,
            "planned" => Status::Planned,
            "cancelled" | "canceled" => Status::Cancelled,
            _ => return None,
        })
    }
}

/// A sentence used for a meeting, and for which fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub span: Range<usize>,
    /// Any of `participants`, `date`, `place`, `issues`, `status`, `kind`.
    pub fields: Vec<&'static str>,
}

/// One meeting reported by an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub kind: MeetingKind,
    pub status: Status,
    pub date: DateValue,
    /// A place, or a country when only that is said.
    pub place: Option<EntityRef>,
    /// People, or countries for sides named only as a country.
    pub participants: Vec<EntityRef>,
    /// Every country at the table, sorted.
    pub countries: Vec<String>,
    pub issues: Vec<EntityRef>,
    pub evidence: Vec<Evidence>,
}

/// What one sentence says, before sentences are joined into meetings.
#[derive(Debug, Default, Clone)]
struct Reading {
    trigger: Option<(Range<usize>, MeetingKind)>,
    persons: Vec<EntityRef>,
    /// Countries named as sides (`Korea-Japan talks`, `with Japan`).
    sides: Vec<String>,
    status: Option<Status>,
    dates: Vec<(Range<usize>, DateExpr)>,
    places: Vec<(usize, EntityRef)>,
    issues: Vec<EntityRef>,
    headline: bool,
    /// `They spoke by phone...`: the parties are the meeting being reported.
    pronoun_subject: bool,
    /// History or context (`Relations have been strained since 2019`).
    background: bool,
    /// Further meetings in the same sentence: kind and people.
    also: Vec<(MeetingKind, Vec<EntityRef>)>,
    /// Titles standing for a person as the trigger's subject (`the Secretary
    /// held a call with ...`), lower case.
    title_subjects: Vec<String>,
    /// Body offsets where a subordinate clause starts (`after`, `since`,
    /// `during which`), to keep their dates apart from the meeting's.
    clause_breaks: Vec<usize>,
}

impl Reading {
    /// Are a date and the trigger in the same clause?
    fn same_clause(&self, date: &Range<usize>, trigger: &Range<usize>) -> bool {
        // Only a clause opened after the trigger separates: a date before
        // it (`On April 2, X, who is visiting China, held`) is the meeting's.
        date.start < trigger.end
            || !self
                .clause_breaks
                .iter()
                .any(|&offset| trigger.end <= offset && offset < date.start)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
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
    fn class(&self, gazetteer: &Gazetteer) -> Class {
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

/// Words that end the clause a trigger's subject sits in.
const SUBJECT_BREAKS: &[&str] = &[
    ";",
    " said",
    " says",
    " told",
    " that ",
    " stated",
    " noted",
    " added",
    " explained",
    " emphasized",
    " emphasised",
    " stressed",
    " urged",
    " according to",
    " while ",
    " but ",
    " whereas ",
    " after ",
    " before ",
    " since ",
    " when ",
];

/// Words that end the clause before a trigger's object.
const OBJECT_BREAKS: &[&str] = &[
    ";",
    ", and ",
    " said",
    " says",
    " told",
    " that ",
    " who ",
    " which ",
    " while ",
    " but ",
    " after ",
    " before ",
    " since ",
    " when ",
    " as ",
    " to discuss",
    " to hold",
    " to attend",
    " following ",
];

/// Words before a person that make them background (`since Prime Minister
/// Suga took office`, `unlike during Abe's administration`).
const BACKGROUND_BEFORE: &[&str] = &[
    "since ", "unlike ", "under ", "during ", "after ", "before ", "when ", "while ", "as ", "of ",
];
const BACKGROUND_AFTER: &[&str] = &[
    " took office",
    " takes office",
    " came to power",
    " was elected",
    " was inaugurated",
    "'s inauguration",
    "\u{2019}s inauguration",
    "'s administration",
    "\u{2019}s administration",
    "'s government",
    "\u{2019}s government",
    "'s term",
    "\u{2019}s term",
    "'s tenure",
    "\u{2019}s tenure",
    "'s era",
    "\u{2019}s era",
    " administration",
    " era",
    " government",
    "'s death",
    "\u{2019}s death",
    "'s funeral",
    "\u{2019}s funeral",
    " inauguration",
];

pub(super) fn extract(
    extractor: &Extractor,
    article: &Article,
    sentences: &[Sentence],
    mentions: &[Mention],
) -> Vec<Meeting> {
    let gazetteer = &extractor.gazetteer;
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
                && draft.status == reading.status
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
    }
    for (index, reading) in readings.iter().enumerate() {
        for (kind, people) in &reading.also {
            let persons: BTreeSet<EntityRef> = people.iter().copied().collect();
            if drafts
                .iter()
                .any(|draft| draft.persons == persons && draft.status == reading.status)
            {
                continue;
            }
            let mut draft = Draft::new(persons, Vec::new(), index);
            draft.kind = Some(*kind);
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
    let has_people_meeting = !drafts.is_empty();

    // Walk the article: every other sentence joins the meeting it fits.
    let mut current: Option<usize> = None;
    for (index, reading) in readings.iter().enumerate() {
        match classes[index] {
            Class::Full => {
                if !reading.headline {
                    current = owner[index];
                }
            }
            Class::Partial
                if reading.pronoun_subject
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
                let target = if reading.headline {
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
                match (target, classes[index]) {
                    (Some(slot), _) => {
                        drafts[slot].add(index, Attach::Fits);
                        if !reading.headline {
                            current = Some(slot);
                        }
                    }
                    // Sides alone found a meeting only in an article that
                    // names no officials meeting (`the two Koreas held talks`).
                    (None, Class::Sided) if !(has_people_meeting && reading.persons.is_empty()) => {
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
                        drafts.push(Draft::new(
                            reading.persons.iter().copied().collect(),
                            sides,
                            index,
                        ));
                        let slot = drafts.len() - 1;
                        drafts[slot].found(index, reading, article);
                        if !reading.headline {
                            current = Some(slot);
                        }
                    }
                    (None, _) => {
                        let fallback = if reading.headline { main } else { current };
                        if let Some(slot) = fallback {
                            drafts[slot].add(index, Attach::IssuesOnly);
                        }
                    }
                }
            }
            Class::None => {
                let target = if reading.headline { main } else { current };
                if let Some(slot) = target {
                    if !reading.background {
                        drafts[slot].add(index, Attach::IssuesOnly);
                    }
                }
            }
        }
    }

    let mut meetings: Vec<Meeting> = drafts
        .iter()
        .map(|draft| build(draft, &readings, sentences, article, gazetteer))
        .collect();
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
    // Wire copy opens with where it was filed (`SAN FRANCISCO, Nov. 16
    // (Xinhua) --`): a held meeting that names no place took place there.
    if let Some(dateline) = dateline_place(article, sentences, mentions) {
        for meeting in &mut meetings {
            if meeting.place.is_none() && meeting.status == Status::Held && !remote(meeting) {
                meeting.place = Some(dateline);
            }
        }
    }
    meetings
}

/// The place of a dateline: an all-capitals place name opening the body's
/// first sentence, followed by a comma or a dash.
fn dateline_place(
    article: &Article,
    sentences: &[Sentence],
    mentions: &[Mention],
) -> Option<EntityRef> {
    let first = sentences.iter().find(|sentence| !sentence.headline)?;
    let mention = mentions
        .iter()
        .find(|mention| mention.span.start == first.span.start)?;
    let entity = mention.entity.filter(|entity| entity.kind == Kind::Place)?;
    let text = &article.body[mention.span.clone()];
    let after = article.body[mention.span.end..].trim_start_matches(' ');
    let capitals = text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
    (capitals
        && (after.starts_with(',')
            || after.starts_with('-')
            || after.starts_with('\u{2013}')
            || after.starts_with('\u{2014}')))
    .then_some(entity)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attach {
    /// The sentence names this meeting's parties.
    Founding,
    /// The sentence is about this meeting: dates and places count.
    Fits,
    /// The sentence follows the meeting: only its issues count.
    IssuesOnly,
}

#[derive(Debug)]
struct Draft {
    persons: BTreeSet<EntityRef>,
    sides: Vec<String>,
    first: usize,
    sentences: Vec<(usize, Attach)>,
    /// Status and day of the founding sentences, to keep other meetings of
    /// the same people (a planned follow-up) apart.
    status: Option<Status>,
    day: Option<chrono::NaiveDate>,
    /// The kind, when the founding sentence's main trigger is another meeting's.
    kind: Option<MeetingKind>,
}

impl Draft {
    fn new(persons: BTreeSet<EntityRef>, sides: Vec<String>, first: usize) -> Draft {
        Draft {
            persons,
            sides,
            first,
            sentences: Vec::new(),
            status: None,
            day: None,
            kind: None,
        }
    }

    fn found(&mut self, index: usize, reading: &Reading, article: &Article) {
        if self.status.is_none() {
            self.status = reading.status;
        }
        if self.day.is_none() {
            self.day = reading_day(reading, article);
        }
        self.add(index, Attach::Founding);
    }

    /// Adds a sentence once, keeping them in text order.
    fn add(&mut self, index: usize, attach: Attach) {
        if let Err(position) = self
            .sentences
            .binary_search_by_key(&index, |(existing, _)| *existing)
        {
            self.sentences.insert(position, (index, attach));
        }
    }
}

/// `The Secretary held a call with X`: the title stands for the last person
/// named before with that title on the article date.
fn resolve_title_subjects(
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
        let holder = mentions
            .iter()
            .rev()
            .filter(|mention| mention.span.start < start && mention.kind == Kind::Person)
            .filter_map(|mention| mention.entity)
            .find(|&entity| {
                let title = gazetteer
                    .person(entity)
                    .and_then(|person| person.role_on(article.date))
                    .map(|role| role.title.to_lowercase())
                    .unwrap_or_default();
                !reading.persons.contains(&entity)
                    && reading
                        .title_subjects
                        .iter()
                        .any(|wanted| wanted == "he" || title.contains(wanted.as_str()))
            });
        if let Some(person) = holder {
            reading.persons.insert(0, person);
        }
    }
}

/// Does a pronoun sentence report another meeting than `draft`: another
/// kind of contact (a call, not the summit), status or day?
fn differs(draft: &Draft, reading: &Reading, readings: &[Reading], article: &Article) -> bool {
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
    other_kind || other_status || other_day
}

/// Does a sentence with fewer parties fit a meeting? Its people must be at
/// the table, its sides among the meeting's countries, its date not another.
fn fits(draft: &Draft, reading: &Reading, gazetteer: &Gazetteer, article: &Article) -> bool {
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
fn compatible_dates(draft: &Draft, reading: &Reading, article: &Article) -> bool {
    match (draft.day, reading_day(reading, article)) {
        (Some(meeting_day), Some(sentence_day)) => meeting_day == sentence_day,
        _ => true,
    }
}

/// The exact day a sentence's trigger is dated to, if it has one.
fn reading_day(reading: &Reading, article: &Article) -> Option<chrono::NaiveDate> {
    let expr = pick_date(reading)?;
    date::resolve(expr, article.date, reading.status == Some(Status::Planned)).day()
}

/// Titles that stand for a person as a trigger's subject (`the Secretary
/// held a call`), lower case.
const SUBJECT_TITLE_WORDS: [&str; 13] = [
    "secretary",
    "foreign minister",
    "prime minister",
    "president",
    "minister",
    "envoy",
    "ambassador",
    "vice minister",
    "director-general",
    "director general",
    "special representative",
    "premier",
    "chancellor",
];

static SUBJECT_TITLES: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(SUBJECT_TITLE_WORDS)
            .expect("fixed phrases build")
    });

/// Reads one sentence; `mentions` are the sentence's own.
fn read(
    extractor: &Extractor,
    body: &str,
    sentence: &Sentence,
    mentions: &[Mention],
    article_year: Option<i32>,
) -> Reading {
    let text = &body[sentence.span.clone()];
    if korean::is_korean(text) {
        return korean::read(extractor, body, sentence, mentions);
    }
    let gazetteer = &extractor.gazetteer;
    let base = sentence.span.start;
    let mut reading = Reading {
        headline: sentence.headline,
        ..Reading::default()
    };
    let scan = extractor.lexicon.scan(text);
    let cues = &scan.cues;
    let in_sentence: Vec<&Mention> = mentions.iter().collect();
    let quotes = quoted_ranges(text);
    let is_quoted = |offset: usize| quotes.iter().any(|range| range.contains(&offset));

    // Candidate parties: people (not background, not inside quotes) and countries.
    let people: Vec<(Range<usize>, EntityRef)> = in_sentence
        .iter()
        .filter(|mention| mention.kind == Kind::Person)
        .filter_map(|mention| {
            Some((
                mention.span.start - base..mention.span.end - base,
                mention.entity?,
            ))
        })
        .filter(|(range, _)| !is_quoted(range.start) && !is_background(text, range))
        .collect();
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
            || !is_event(text, range.start)
    });
    // A sentence that says a meeting did not happen (`He does not hold talks
    // ... as Tokyo declines to arrange a phone call`) reports none.
    if triggers
        .iter()
        .any(|(range, _)| is_negated(text, range.start))
    {
        triggers.clear();
    }
    // The main trigger is the one with the most parties around it; on a
    // tie, the first one after the first party.
    let first_party = people.first().map(|(range, _)| range.start).unwrap_or(0);
    let per_trigger = parties_per_trigger(text, &triggers, &people);
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
                    && !is_event(text, range.start)
            });
            if summit {
                kind = MeetingKind::Summit;
            }
        }
        let persons = per_trigger[position].all();
        // Other triggers with people of their own are meetings of their own
        // (`met A in the morning and held talks with B`).
        for (other, found) in per_trigger.iter().enumerate() {
            let all = found.all();
            if other == position || found.objects.is_empty() || all.len() < 2 {
                continue;
            }
            if found.objects.iter().any(|object| persons.contains(object)) {
                continue;
            }
            let other_kind = MeetingKind::parse(&extractor.lexicon.kinds[triggers[other].1])
                .unwrap_or(MeetingKind::Talks);
            reading.also.push((other_kind, all));
        }
        let mut sides: Vec<String> = Vec::new();
        for (range, country) in &countries {
            if is_topic(text, range.start) || is_location(text, range.start, Kind::Place) {
                continue;
            }
            let party = if range.end <= trigger.start {
                is_subject(text, range.end, trigger.start)
            } else if range.start >= trigger.end {
                is_object(text, trigger.end, range.start)
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
            sides.retain(|side| {
                countries.iter().any(|(range, country)| {
                    country == side
                        && range.start >= trigger.end
                        && is_object(text, trigger.end, range.start)
                })
            });
        }
        reading.title_subjects = title_subjects(text, trigger.start);
        reading.persons = persons;
        reading.sides = sides;
        reading.trigger = Some((trigger.start + base..trigger.end + base, kind));
        reading.status = Some(status(cues, &trigger, text));
        reading.pronoun_subject = starts_with_pronoun(text);
    }
    // A date right after `said` is when something was said, not met.
    let dates = if date::may_have_date(text, scan.date_word) {
        date::find(text)
    } else {
        Vec::new()
    };
    reading.dates = dates
        .into_iter()
        .filter(|(range, _)| !is_attribution_date(text, range.start))
        .map(|(range, expr)| (range.start + base..range.end + base, expr))
        .collect();
    reading.background = scan.background || names_another_year(text, article_year);
    reading
        .clause_breaks
        .extend(scan.clause_breaks.iter().map(|offset| base + offset));
    for mention in &in_sentence {
        let Some(entity) = mention.entity else {
            continue;
        };
        match entity.kind {
            Kind::Issue if !reading.issues.contains(&entity) => reading.issues.push(entity),
            Kind::Place | Kind::Country => {
                let start = mention.span.start - base;
                if is_location(text, start, entity.kind) {
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
fn status(cues: &[super::Cue], trigger: &Range<usize>, text: &str) -> Status {
    if cues.iter().any(|cue| cue.kind == CueKind::Cancelled) {
        return Status::Cancelled;
    }
    for cue in cues {
        if cue.kind != CueKind::Planned {
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
        let anywhere = matches!(
            cue_text.as_str(),
            "upcoming" | "next week" | "next month" | "later this month"
        );
        if close_before || anywhere {
            return Status::Planned;
        }
    }
    Status::Held
}

/// The last `bytes` or so of `text[..end]`, lower-cased, starting at a word:
/// the look-back rules read a few words before a name, and folding the
/// whole sentence before every name cost more than the rest of reading it.
fn lower_tail(text: &str, end: usize, bytes: usize) -> String {
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

fn contains_any(text: &str, words: &[&str]) -> bool {
    let lower = text.to_lowercase();
    words.iter().any(|word| lower.contains(word))
}

/// The parties to one trigger: subjects before it, objects after it, and
/// where the last object ends.
#[derive(Debug, Clone, Default)]
struct Parties {
    subjects: Vec<EntityRef>,
    objects: Vec<EntityRef>,
    last_object_end: Option<usize>,
}

impl Parties {
    fn all(&self) -> Vec<EntityRef> {
        let mut all = self.subjects.clone();
        for object in &self.objects {
            if !all.contains(object) {
                all.push(*object);
            }
        }
        all
    }
}

fn parties(text: &str, trigger: &Range<usize>, people: &[(Range<usize>, EntityRef)]) -> Parties {
    let mut found = Parties::default();
    for (range, person) in people {
        if in_relative_clause(text, range.start) {
            continue;
        }
        if range.end <= trigger.start {
            if in_leading_clause(text, range, trigger.start) {
                continue;
            }
            if is_subject(text, range.end, trigger.start) && !found.subjects.contains(person) {
                found.subjects.push(*person);
            }
        } else if range.start >= trigger.end {
            // `with A, his title, and B`: a list continues the object.
            let listed = found
                .last_object_end
                .is_some_and(|end| continues_list(&text[end..range.start]));
            if listed || is_object(text, trigger.end, range.start) {
                found.last_object_end = Some(range.end);
                if !found.objects.contains(person) && !found.subjects.contains(person) {
                    found.objects.push(*person);
                }
            }
        }
    }
    found
}

/// Parties for every trigger of a sentence. A trigger in a verb phrase
/// coordinated with the previous one (`paid a courtesy call on A, ..., and
/// held a meeting with B`) shares its subject: A is not B's host.
fn parties_per_trigger(
    text: &str,
    triggers: &[(Range<usize>, usize)],
    people: &[(Range<usize>, EntityRef)],
) -> Vec<Parties> {
    let mut all: Vec<Parties> = Vec::with_capacity(triggers.len());
    for (index, (trigger, _)) in triggers.iter().enumerate() {
        let mut found = parties(text, trigger, people);
        if index > 0 {
            let previous = &all[index - 1];
            let from = previous
                .last_object_end
                .unwrap_or(triggers[index - 1].0.end);
            if from <= trigger.start
                && is_coordinated(&text[from..trigger.start])
                && !previous.subjects.is_empty()
            {
                found.subjects = previous.subjects.clone();
                found
                    .objects
                    .retain(|object| !found.subjects.contains(object));
            }
        }
        all.push(found);
    }
    all
}

/// `, and held a` / ` and then met`: a second verb of the same subject.
fn is_coordinated(between: &str) -> bool {
    let lower = between.to_lowercase();
    let Some(position) = lower.rfind(" and ") else {
        return false;
    };
    let after = &lower[position + 5..];
    let verb = after
        .split_whitespace()
        .find(|word| *word != "then" && *word != "also" && *word != "later");
    verb.is_some_and(|verb| {
        [
            "held", "met", "had", "paid", "hosted", "received", "spoke", "talked", "visited",
            "called", "sat", "holds", "meets", "has", "pays", "hosts", "receives", "speaks",
        ]
        .contains(&verb)
    }) && ![";", " said", " while ", " but "]
        .iter()
        .any(|word| lower.contains(word))
}

/// Is the text between two listed objects just `, title, and`?
fn continues_list(between: &str) -> bool {
    let lower = between.trim_end().to_lowercase();
    let joined = lower.ends_with(" and") || lower.ends_with(',') || lower == "and";
    // `and Chinese President`: a conjunction, then only the next one's titles.
    let titled =
        lower.contains(" and ") && !lower.contains(',') && lower.split_whitespace().count() <= 6;
    between.len() < 160
        && (joined || titled)
        && ![
            ";", " said", " who ", " which ", " that ", " while ", " but ",
        ]
        .iter()
        .any(|word| lower.contains(word))
}

/// Is a name inside a leading clause of its own (`Before seeing Xi,
/// Blinken held talks`), cut off from the trigger by a comma?
fn in_leading_clause(text: &str, range: &Range<usize>, trigger: usize) -> bool {
    let clause = text[..range.start]
        .rsplit(',')
        .next()
        .unwrap_or("")
        .trim_start()
        .to_lowercase();
    let opens = [
        "before ",
        "after ",
        "while ",
        "since ",
        "when ",
        "following ",
        "unlike ",
    ]
    .iter()
    .any(|word| clause.starts_with(word));
    opens && text[range.end..trigger].contains(',')
}

/// Is a name inside a relative clause (`Park, who accompanied Yoon, met`)?
fn in_relative_clause(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let clause = before.rsplit(',').next().unwrap_or(before).to_lowercase();
    [
        " who ",
        " whom ",
        " which ",
        "accompanied by",
        "along with",
        " joined by",
    ]
    .iter()
    .any(|word| clause.contains(word))
        || clause.trim_start().starts_with("who ")
}

/// Is a summit at `start` the event a meeting happens at (`on the sidelines
/// of the G20 summit`, `ahead of the NATO summit`)?
fn is_event(text: &str, start: usize) -> bool {
    // The last 50 characters before the summit.
    let from = text[..start]
        .char_indices()
        .rev()
        .nth(49)
        .map_or(0, |(offset, _)| offset);
    let window = text[from..start].to_lowercase();
    [
        "sidelines of",
        "ahead of",
        "at the",
        "during the",
        "for the",
        "to the",
        "attend",
        "host",
        "after the",
        "before the",
        "of the",
    ]
    .iter()
    .any(|phrase| window.contains(phrase))
}

/// Titles used as names before a trigger: `The Secretary held a call`,
/// `the minister met`. Only in the trigger's own clause.
fn title_subjects(text: &str, trigger: usize) -> Vec<String> {
    let before = &text[..trigger];
    let clause = before.rsplit([';', '"']).next().unwrap_or(before);
    let mut found = Vec::new();
    let word_is = |words: &[&str]| {
        clause
            .split_whitespace()
            .any(|word| words.iter().any(|wanted| word.eq_ignore_ascii_case(wanted)))
    };
    if word_is(&["he", "she"]) && !word_is(&["said", "says", "told"]) {
        found.push("he".to_string());
    }
    // `the TITLE ` anywhere in the clause, or `TITLE ` opening it.
    for hit in SUBJECT_TITLES.find_overlapping_iter(clause) {
        let standing = clause[hit.end()..].starts_with(' ')
            && (hit.start() == 0
                || hit.start() >= 4
                    && clause.as_bytes()[hit.start() - 4..hit.start()]
                        .eq_ignore_ascii_case(b"the "));
        let title = SUBJECT_TITLE_WORDS[hit.pattern().as_usize()];
        if standing && !found.iter().any(|known| known == title) {
            found.push(title.to_string());
        }
    }
    found
}

/// Is a trigger negated (`have never held talks`, `did not meet`)?
fn is_negated(text: &str, start: usize) -> bool {
    let before = lower_tail(text, start, 120);
    let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    words.iter().any(|word| {
        matches!(
            *word,
            "never" | "not" | "no" | "n't" | "didn't" | "won't" | "hasn't" | "haven't" | "without"
        )
    })
}

/// Does the sentence start with a pronoun standing for the parties?
fn starts_with_pronoun(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    [
        "they ",
        "the two ",
        "both ",
        "the pair ",
        "the leaders ",
        "the ministers ",
    ]
    .iter()
    .any(|pronoun| lower.starts_with(pronoun))
}

/// Is a date at `start` the date something was said (`his office said Monday`)?
fn is_attribution_date(text: &str, start: usize) -> bool {
    let before = lower_tail(text, start, 120);
    let words: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    words.iter().any(|word| {
        matches!(
            word.trim_matches(','),
            "said" | "says" | "told" | "announced" | "stated" | "reported"
        )
    })
}

/// Sentences about history or context lend no issues to a meeting: those
/// that name a year other than the article's (the lexicon scan finds the
/// ones that say how relations have been).
fn names_another_year(text: &str, article_year: Option<i32>) -> bool {
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

/// Removes parenthetical attributions (`, his office said Monday,`) that
/// sit between a subject and its verb.
fn without_attributions(between: &str) -> String {
    let mut result = String::new();
    let mut rest = between;
    while let Some(open) = rest.find(", ") {
        let after = &rest[open + 2..];
        match after.find(',') {
            Some(close) if close < 60 => {
                let inner = after[..close].to_lowercase();
                if [" said", " says", " told", " announced", "according to"]
                    .iter()
                    .any(|word| inner.contains(word))
                {
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
fn is_subject(text: &str, end: usize, trigger: usize) -> bool {
    let between = without_attributions(&text[end..trigger]);
    let between = between.as_str();
    if between.len() > 320 {
        return false;
    }
    if !contains_any(between, SUBJECT_BREAKS) {
        return true;
    }
    let lower = between.to_lowercase();
    // `X told reporters after meeting Y`: the speaker met Y.
    // `X told Y in a phone call`: what was said is the meeting itself.
    let tail = lower.trim_end();
    let after_words = ["after", "following", "before", "ahead of", "during"];
    let within_words = [
        "in a",
        "during a",
        "at a",
        "in their",
        "during their",
        "at their",
        "over the",
    ];
    let after = after_words.iter().any(|word| tail.ends_with(word));
    let within = within_words.iter().any(|word| tail.ends_with(word));
    if after || within {
        if let Some(position) = [" said", " says", " told"]
            .iter()
            .filter_map(|speech| lower.find(speech))
            .min()
        {
            let clause = &lower[position..];
            let limit = if within { 12 } else { 4 };
            if clause.split_whitespace().count() <= limit
                && !contains_any(&without_attributions(&between[..position]), SUBJECT_BREAKS)
            {
                return true;
            }
        }
    }
    // `X said he met Y`: the speaker is the subject.
    for speech in [" said", " says", " told"] {
        if let Some(position) = lower.find(speech) {
            let after = &lower[position..];
            if (after.contains(" he ") || after.contains(" she "))
                && !contains_any(&between[..position], SUBJECT_BREAKS)
            {
                return true;
            }
        }
    }
    false
}

/// Is a party starting at `start` the object of a trigger ending at `trigger_end`?
fn is_object(text: &str, trigger_end: usize, start: usize) -> bool {
    let between = &text[trigger_end..start];
    if between.len() > 160 || contains_any(between, OBJECT_BREAKS) {
        return false;
    }
    let lower = between.to_lowercase();
    let trimmed = lower.trim_start();
    let introduced = ["with ", "between ", "among ", "and "]
        .iter()
        .any(|word| trimmed.starts_with(word));
    let linked =
        lower.contains("counterpart") || (lower.contains(" with ") && !lower.contains(','));
    // A direct object, perhaps behind its titles: `met U.S. Deputy Secretary of State Wendy Sherman`.
    let direct = !lower.contains(',') && between.split_whitespace().count() <= 8;
    introduced || linked || direct
}

/// Is a country at `start` the topic of talks (`talks on North Korea`)
/// rather than a side?
fn is_topic(text: &str, start: usize) -> bool {
    let before = lower_tail(text, start, 60);
    let before = before.trim_end();
    let ends_with_word = |text: &str, word: &str| {
        text.strip_suffix(word)
            .is_some_and(|rest| rest.ends_with(' '))
    };
    [
        "on",
        "about",
        "over",
        "regarding",
        "toward",
        "towards",
        "against",
        "in",
        "to",
    ]
    .iter()
    .any(|word| {
        ends_with_word(before, word)
            || before
                .strip_suffix(" the")
                .is_some_and(|rest| ends_with_word(rest, word))
    })
}

/// Is a person at `range` only background (a time clause, an era)?
fn is_background(text: &str, range: &Range<usize>) -> bool {
    let after = &text[range.end..];
    let after_end = after
        .char_indices()
        .nth(40)
        .map_or(after.len(), |(offset, _)| offset);
    let after_window = after[..after_end].to_lowercase();
    let era_after = BACKGROUND_AFTER
        .iter()
        .any(|phrase| after_window.starts_with(phrase))
        || after_window.contains(" took office")
        || after_window.contains(" came to power");
    if !era_after {
        return false;
    }
    let before = lower_tail(text, range.start, 200);
    let window_start = crate::segment::tail_start(&before, 60);
    let window = &before[window_start..];
    let possessive_era = [
        "'s administration",
        "\u{2019}s administration",
        "'s inauguration",
        "\u{2019}s inauguration",
        "'s era",
        "\u{2019}s era",
        "'s tenure",
        "\u{2019}s tenure",
    ]
    .iter()
    .any(|phrase| after_window.starts_with(phrase));
    possessive_era || BACKGROUND_BEFORE.iter().any(|word| window.contains(word))
}

/// Is a place at `start` where something happened (`in Seoul`, `at the
/// ... building in Jongno-gu, Seoul`, `visited Tokyo`)?
fn is_location(text: &str, start: usize, kind: Kind) -> bool {
    let before = lower_tail(text, start, 200);
    let trimmed = before.trim_end();
    let last_word = trimmed
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    if kind == Kind::Country {
        return last_word == "in";
    }
    if [
        "in", "at", "to", "visited", "visiting", "visit", "near", "inside",
    ]
    .contains(&last_word)
    {
        return true;
    }
    // `in the eastern Chinese port city of Qingdao`.
    if last_word == "of" {
        let window_start = crate::segment::tail_start(trimmed, 60);
        let window = &trimmed[window_start..];
        if (window.contains(" in the ") || window.contains(" at the "))
            && [
                "city of",
                "capital of",
                "town of",
                "port of",
                "island of",
                "resort of",
            ]
            .iter()
            .any(|phrase| window.ends_with(phrase))
        {
            return true;
        }
    }
    // `in Jongno-gu, Seoul`: a place right after another located place.
    if let Some(earlier) = trimmed.strip_suffix(',') {
        let window_start = crate::segment::tail_start(earlier, 40);
        let window = &earlier[window_start..];
        return window.contains(" in ") || window.contains(" at ");
    }
    // `at the Iikura House`, `at the foreign ministry in Kasumigaseki`.
    let window_start = crate::segment::tail_start(trimmed, 30);
    trimmed[window_start..].ends_with(" the") && trimmed[window_start..].contains(" at the")
}

/// Ranges inside double quotes, where names are quoted speech.
fn quoted_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut open: Option<usize> = None;
    for (offset, c) in text.char_indices() {
        match c {
            '\u{201c}' => open = Some(offset),
            '\u{201d}' => {
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

fn build(
    draft: &Draft,
    readings: &[Reading],
    sentences: &[Sentence],
    article: &Article,
    gazetteer: &Gazetteer,
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
                if let Some(expr) = pick_date(reading) {
                    date_expr = Some(expr);
                    fields.push("date");
                }
            }
            for &(offset, entity) in &reading.places {
                let better = match place {
                    None => true,
                    Some((_, current)) => depth(gazetteer, entity) > depth(gazetteer, current),
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
        for &issue in &reading.issues {
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
    evidence.sort_by_key(|evidence| evidence.span.start);
    let mut status = if cancelled {
        Status::Cancelled
    } else {
        status.unwrap_or(Status::Held)
    };
    let mut date = match date_expr {
        Some(expr) => date::resolve(expr, article.date, status == Status::Planned),
        None => DateValue::default(),
    };
    // A meeting dated after the article was written has not happened yet.
    if status == Status::Held {
        if let (Some(day), Some(anchor)) = (date.day(), article.date) {
            if day > anchor {
                status = Status::Planned;
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
    let kind = draft.kind.or(kind).unwrap_or(MeetingKind::Talks);
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

/// The date of a sentence: a date next to the trigger beats the dateline;
/// a date in another clause (`after Pyongyang launched a satellite last
/// week`) is not the meeting's.
fn pick_date(reading: &Reading) -> Option<DateExpr> {
    let (trigger, _) = reading.trigger.as_ref()?;
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

/// How deep a place sits: a district in a city in a country is deeper than
/// the city, which is deeper than the country.
fn depth(gazetteer: &Gazetteer, entity: EntityRef) -> usize {
    match entity.kind {
        Kind::Country => 0,
        Kind::Place => 1 + gazetteer.place_chain(gazetteer.id(entity)).len(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_back_window_starts_at_a_word() {
        let text = format!("{} cannot meet", "x".repeat(300));
        let start = text.find("meet").unwrap();
        // A window cut inside `cannot` must not read `not`.
        assert_eq!(lower_tail(&text, start, 5), " ");
        assert_eq!(lower_tail(&text, start, 8), " cannot ");
        assert!(!is_negated("They hope to meet", 12));
        assert!(is_negated("The two have NOT met", 17));
        assert!(!is_negated(&text, start));
    }

    #[test]
    fn subject_titles_need_the_or_the_clause_start() {
        let text = "The Foreign Minister held talks";
        let trigger = text.find("held").unwrap();
        let found = title_subjects(text, trigger);
        assert!(found.contains(&"foreign minister".to_string()), "{found:?}");
        assert!(!found.contains(&"minister".to_string()), "{found:?}");
        let text = "A former president held talks";
        assert!(title_subjects(text, text.find("held").unwrap()).is_empty());
        let text = "Secretary Blinken said; he held a call";
        assert_eq!(title_subjects(text, text.find("held").unwrap()), ["he"]);
    }

    #[test]
    fn a_country_after_on_or_about_is_a_topic() {
        let text = "talks on North Korea and with Japan";
        assert!(is_topic(text, text.find("North").unwrap()));
        assert!(!is_topic(text, text.find("Japan").unwrap()));
        let text = "talks about the Philippines";
        assert!(is_topic(text, text.find("Philippines").unwrap()));
        let text = "Moon met Abe";
        assert!(!is_topic(text, text.find("Abe").unwrap()));
    }

    #[test]
    fn another_year_marks_a_background_sentence() {
        assert!(names_another_year("They met in 2015.", Some(2020)));
        assert!(!names_another_year("They met in 2020.", Some(2020)));
        assert!(!names_another_year("They met 12015 times.", Some(2020)));
    }
}
