//! Scoring extraction against a truth file: participant pairs (precision,
//! recall, F1) and, for meetings found, how often date, place, status, kind
//! and issues are right.

use crate::extract::Meeting;
use crate::gazetteer::yaml::{self, Node, Value};
use crate::gazetteer::Gazetteer;
use std::collections::BTreeSet;

/// One expected meeting, by ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expected {
    pub participants: BTreeSet<String>,
    pub kind: Option<String>,
    pub status: Option<String>,
    pub date: Option<String>,
    /// `day=29`, `month=9`, `weekday=friday`, sorted, when `date` is null.
    pub date_partial: Vec<String>,
    pub place: Option<String>,
    pub issues: BTreeSet<String>,
}

/// The expected meetings of each article file (path relative to the truth file's folder).
#[derive(Debug, Clone, Default)]
pub struct Truth {
    pub articles: Vec<(String, Vec<Expected>)>,
}

#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}: {message}")]
pub struct TruthError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

impl Truth {
    pub fn parse(path: &str, text: &str) -> Result<Truth, TruthError> {
        let fail = |line: usize, message: &str| TruthError {
            path: path.to_string(),
            line,
            message: message.to_string(),
        };
        let root = yaml::parse(text).map_err(|error| fail(error.position.line, &error.message))?;
        let articles = root
            .field("articles")
            .ok_or_else(|| fail(1, "expected a top-level `articles:` list"))?;
        let Value::Seq(items) = &articles.value else {
            return Err(fail(articles.position.line, "`articles` must be a list"));
        };
        let mut truth = Truth::default();
        for item in items {
            let file = item
                .field("file")
                .and_then(Node::as_str)
                .ok_or_else(|| fail(item.position.line, "each article needs `file`"))?;
            let mut meetings = Vec::new();
            if let Some(Node {
                value: Value::Seq(list),
                ..
            }) = item.field("meetings")
            {
                for meeting in list {
                    let strings = |key: &str| -> BTreeSet<String> {
                        match meeting.field(key).map(|node| &node.value) {
                            Some(Value::Seq(values)) => values
                                .iter()
                                .filter_map(|v| v.as_str().map(str::to_string))
                                .collect(),
                            _ => BTreeSet::new(),
                        }
                    };
                    let text = |key: &str| {
                        meeting
                            .field(key)
                            .and_then(Node::as_str)
                            .map(str::to_string)
                    };
                    let mut date_partial = Vec::new();
                    if let Some(Node {
                        value: Value::Map(entries),
                        ..
                    }) = meeting.field("date_partial")
                    {
                        for (key, value) in entries {
                            if let (Some(key), Some(value)) = (key.as_str(), value.as_str()) {
                                date_partial.push(format!("{key}={}", value.to_lowercase()));
                            }
                        }
                    }
                    date_partial.sort();
                    meetings.push(Expected {
                        participants: strings("participants"),
                        kind: text("kind"),
                        status: text("status"),
                        date: text("date"),
                        date_partial,
                        place: text("place"),
                        issues: strings("issues"),
                    });
                }
            }
            truth.articles.push((file.to_string(), meetings));
        }
        Ok(truth)
    }
}

/// A found meeting in the same terms as `Expected`.
pub fn describe(gazetteer: &Gazetteer, meeting: &Meeting) -> Expected {
    let mut date_partial = Vec::new();
    if let Some(partial) = &meeting.date.partial {
        if let Some(year) = partial.year {
            date_partial.push(format!("year={year}"));
        }
        if let Some(month) = partial.month {
            date_partial.push(format!("month={month}"));
        }
        if let Some(day) = partial.day {
            date_partial.push(format!("day={day}"));
        }
        if let Some(weekday) = partial.weekday {
            date_partial.push(format!(
                "weekday={}",
                crate::extract::date::weekday_name(weekday)
            ));
        }
    }
    date_partial.sort();
    Expected {
        participants: meeting
            .participants
            .iter()
            .map(|&entity| gazetteer.id(entity).to_string())
            .collect(),
        kind: Some(meeting.kind.as_str().to_string()),
        status: Some(meeting.status.as_str().to_string()),
        date: meeting.date.date.clone(),
        date_partial,
        place: meeting.place.map(|entity| gazetteer.id(entity).to_string()),
        issues: meeting
            .issues
            .iter()
            .map(|&entity| gazetteer.id(entity).to_string())
            .collect(),
    }
}

/// Counts over many articles.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Score {
    pub pairs_true_positive: usize,
    pub pairs_false_positive: usize,
    pub pairs_false_negative: usize,
    pub expected_meetings: usize,
    pub found_meetings: usize,
    /// Expected meetings paired with a found one (same participants, or most of them).
    pub matched: usize,
    pub date_right: usize,
    pub place_right: usize,
    pub status_right: usize,
    pub kind_right: usize,
    pub issues_true_positive: usize,
    pub issues_false_positive: usize,
    pub issues_false_negative: usize,
}

fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        1.0
    } else {
        numerator as f64 / denominator as f64
    }
}

impl Score {
    pub fn pair_precision(&self) -> f64 {
        ratio(
            self.pairs_true_positive,
            self.pairs_true_positive + self.pairs_false_positive,
        )
    }
    pub fn pair_recall(&self) -> f64 {
        ratio(
            self.pairs_true_positive,
            self.pairs_true_positive + self.pairs_false_negative,
        )
    }
    pub fn pair_f1(&self) -> f64 {
        let (precision, recall) = (self.pair_precision(), self.pair_recall());
        if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        }
    }
    pub fn issue_precision(&self) -> f64 {
        ratio(
            self.issues_true_positive,
            self.issues_true_positive + self.issues_false_positive,
        )
    }
    pub fn issue_recall(&self) -> f64 {
        ratio(
            self.issues_true_positive,
            self.issues_true_positive + self.issues_false_negative,
        )
    }
    /// Share of expected meetings found with the right date (or partial date).
    pub fn date_accuracy(&self) -> f64 {
        ratio(self.date_right, self.expected_meetings)
    }
    pub fn place_accuracy(&self) -> f64 {
        ratio(self.place_right, self.expected_meetings)
    }

    /// Adds one article: expected against found meetings.
    pub fn add(&mut self, expected: &[Expected], found: &[Expected]) -> Vec<String> {
        let mut notes = Vec::new();
        let pairs = |meetings: &[Expected]| -> BTreeSet<(String, String)> {
            let mut pairs = BTreeSet::new();
            for meeting in meetings {
                let people: Vec<&String> = meeting.participants.iter().collect();
                for (index, a) in people.iter().enumerate() {
                    for b in &people[index + 1..] {
                        pairs.insert(((*a).clone(), (*b).clone()));
                    }
                }
            }
            pairs
        };
        let expected_pairs = pairs(expected);
        let found_pairs = pairs(found);
        self.pairs_true_positive += expected_pairs.intersection(&found_pairs).count();
        for pair in found_pairs.difference(&expected_pairs) {
            self.pairs_false_positive += 1;
            notes.push(format!("extra pair {} + {}", pair.0, pair.1));
        }
        for pair in expected_pairs.difference(&found_pairs) {
            self.pairs_false_negative += 1;
            notes.push(format!("missed pair {} + {}", pair.0, pair.1));
        }
        self.expected_meetings += expected.len();
        self.found_meetings += found.len();
        // Pair each expected meeting with the found one sharing most participants.
        let mut used = vec![false; found.len()];
        for want in expected {
            let best = found
                .iter()
                .enumerate()
                .filter(|(index, _)| !used[*index])
                .map(|(index, got)| {
                    (
                        index,
                        want.participants.intersection(&got.participants).count(),
                    )
                })
                .filter(|(_, shared)| *shared * 2 > want.participants.len().max(1) || *shared >= 2)
                .max_by_key(|(index, shared)| (*shared, usize::MAX - index));
            let Some((index, _)) = best else {
                notes.push(format!("missed meeting {:?}", want.participants));
                continue;
            };
            used[index] = true;
            let got = &found[index];
            self.matched += 1;
            let date_ok = want.date == got.date
                && (want.date.is_some() || want.date_partial == got.date_partial);
            if date_ok {
                self.date_right += 1;
            } else {
                notes.push(format!(
                    "date {:?}/{:?} expected {:?}/{:?} for {:?}",
                    got.date, got.date_partial, want.date, want.date_partial, want.participants
                ));
            }
            if want.place == got.place {
                self.place_right += 1;
            } else {
                notes.push(format!(
                    "place {:?} expected {:?} for {:?}",
                    got.place, want.place, want.participants
                ));
            }
            if want.status.is_none() || want.status == got.status {
                self.status_right += 1;
            } else {
                notes.push(format!(
                    "status {:?} expected {:?} for {:?}",
                    got.status, want.status, want.participants
                ));
            }
            if want.kind.is_none() || want.kind == got.kind {
                self.kind_right += 1;
            } else {
                notes.push(format!(
                    "kind {:?} expected {:?} for {:?}",
                    got.kind, want.kind, want.participants
                ));
            }
            self.issues_true_positive += want.issues.intersection(&got.issues).count();
            let extra: Vec<_> = got.issues.difference(&want.issues).collect();
            let missed: Vec<_> = want.issues.difference(&got.issues).collect();
            self.issues_false_positive += extra.len();
            self.issues_false_negative += missed.len();
            if !extra.is_empty() || !missed.is_empty() {
                notes.push(format!(
                    "issues extra {extra:?} missed {missed:?} for {:?}",
                    want.participants
                ));
            }
        }
        for (index, got) in found.iter().enumerate() {
            if !used[index] {
                notes.push(format!("extra meeting {:?}", got.participants));
            }
        }
        notes
    }
}
