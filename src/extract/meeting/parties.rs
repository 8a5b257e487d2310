//! The parties to a trigger: subjects before it, objects after it, and the clauses that cut them off.

use super::*;

/// Words that end the clause a trigger's subject sits in.
pub(super) const SUBJECT_BREAKS: &[&str] = &[
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
pub(super) const OBJECT_BREAKS: &[&str] = &[
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
pub(super) const BACKGROUND_BEFORE: &[&str] = &[
    "since ", "unlike ", "under ", "during ", "after ", "before ", "when ", "while ", "as ", "of ",
];
pub(super) const BACKGROUND_AFTER: &[&str] = &[
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

pub(super) fn contains_any(text: &str, words: &[&str]) -> bool {
    let lower = text.to_lowercase();
    words.iter().any(|word| lower.contains(word))
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
    text: &str,
    trigger: &Range<usize>,
    people: &[(Range<usize>, EntityRef)],
) -> Parties {
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
    // `During their talks, A and B agreed`: the trigger opens the sentence
    // in a phrase of its own, and the parties are the main clause's people.
    if let Some(comma) = leading_phrase_end(text, trigger) {
        let mut last: Option<usize> = None;
        for (range, person) in people {
            if range.start <= comma {
                continue;
            }
            let between = &text[last.unwrap_or(comma + 1)..range.start];
            let goes_on = if last.is_none() {
                main_clause_open(between)
            } else {
                list_goes_on(between)
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

/// Phrases that open a sentence with the meeting as their object (`During
/// the talks,`, `In a phone call with A,`, `After meeting A,`).
const LEADING_PHRASES: [&str; 16] = [
    "during ",
    "at ",
    "in ",
    "after ",
    "before ",
    "ahead of ",
    "following ",
    "on the sidelines of ",
    "on the margins of ",
    "prior to ",
    "upon ",
    "over ",
    "throughout ",
    "speaking ",
    "when ",
    "as ",
];

/// Where a leading phrase around the trigger ends: the comma after it, if
/// the sentence opens with the phrase and nothing else comes first.
pub(super) fn leading_phrase_end(text: &str, trigger: &Range<usize>) -> Option<usize> {
    let before = text[..trigger.start].trim_start();
    if before.len() > 60 || before.contains([',', ';', ':']) {
        return None;
    }
    let lower = before.to_lowercase();
    if !LEADING_PHRASES.iter().any(|word| lower.starts_with(word)) {
        return None;
    }
    let after = &text[trigger.end..];
    let comma = after.find(',')?;
    (comma <= 100 && !after[..comma].contains([';', '.', '"', '\u{201c}']))
        .then_some(trigger.end + comma)
}

/// Does the main clause run on from a leading phrase to a name?
fn main_clause_open(between: &str) -> bool {
    between.len() < 120
        && !contains_any(
            between,
            &[
                ";", " said", " says", " that ", " while ", " but ", " when ",
            ],
        )
}

/// Does a list of the main clause's people go on (`A, title, and his
/// counterpart, B`), past appositives and their relative clauses?
fn list_goes_on(between: &str) -> bool {
    between.len() < 200
        && !contains_any(
            between,
            &[";", " said", " says", " that ", " while ", " but ", " to "],
        )
}

/// Parties for every trigger of a sentence. A trigger in a verb phrase
/// coordinated with the previous one (`paid a courtesy call on A, ..., and
/// held a meeting with B`) shares its subject: A is not B's host.
pub(super) fn parties_per_trigger(
    text: &str,
    triggers: &[(Range<usize>, usize)],
    people: &[(Range<usize>, EntityRef)],
) -> Vec<Parties> {
    let mut all: Vec<Parties> = Vec::with_capacity(triggers.len());
    for (index, (trigger, _)) in triggers.iter().enumerate() {
        let mut found = parties(text, trigger, people);
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
                && is_coordinated(&text[from..trigger.end])
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
pub(super) fn is_coordinated(between: &str) -> bool {
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
            "held",
            "met",
            "had",
            "paid",
            "hosted",
            "received",
            "spoke",
            "talked",
            "visited",
            "called",
            "sat",
            "holds",
            "meets",
            "has",
            "pays",
            "hosts",
            "receives",
            "speaks",
            "phoned",
            "telephoned",
            "conferred",
            "greeted",
            "welcomed",
            "talks",
            "calls",
        ]
        .contains(&verb)
    }) && ![";", " said", " while ", " but "]
        .iter()
        .any(|word| lower.contains(word))
}

/// Is the text between two listed objects just `, title, and`?
pub(super) fn continues_list(between: &str) -> bool {
    let lower = between.trim_end().to_lowercase();
    let joined = lower.ends_with(" and")
        || lower.ends_with(',')
        || lower == "and"
        || lower.ends_with("as well as")
        || lower.ends_with(" and with")
        || lower.ends_with(", with");
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
pub(super) fn in_leading_clause(text: &str, range: &Range<usize>, trigger: usize) -> bool {
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
pub(super) fn in_relative_clause(text: &str, start: usize) -> bool {
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

/// Removes parenthetical attributions (`, his office said Monday,`) that
/// sit between a subject and its verb.
pub(super) fn without_attributions(between: &str) -> String {
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
pub(super) fn is_subject(text: &str, end: usize, trigger: usize) -> bool {
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
pub(super) fn is_object(text: &str, trigger_end: usize, start: usize) -> bool {
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
    // `the meeting held today in Aqaba, Jordan, between officials of`: the
    // parties come after the meeting's setting, in a short phrase of their own.
    let late = [" between ", " among "].iter().any(|word| {
        lower.rfind(word).is_some_and(|at| {
            let tail = &lower[at + word.len()..];
            let setting = &lower[..at];
            !tail.contains(',')
                && tail.split_whitespace().count() <= 5
                && ![
                    " where ", " which ", " who ", " that ", " to ", " and ", ";",
                ]
                .iter()
                .any(|word| setting.contains(word))
        })
    });
    // A direct object, perhaps behind its titles: `met U.S. Deputy Secretary of State Wendy Sherman`.
    let direct = !lower.contains(',') && between.split_whitespace().count() <= 8;
    introduced || linked || late || direct
}

/// Is a country at `start` the topic of talks (`talks on North Korea`)
/// rather than a side?
pub(super) fn is_topic(text: &str, start: usize) -> bool {
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
        "discussed",
        "discuss",
        "discussing",
        "concerning",
        "condemned",
        "condemning",
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
pub(super) fn is_background(text: &str, range: &Range<usize>) -> bool {
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
