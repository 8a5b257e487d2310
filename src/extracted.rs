//! Extraction records read back: what `extract --jsonl --with-text` writes,
//! turned into the article and extraction the store takes, so articles
//! extracted elsewhere (on a cluster) are stored without extracting them
//! again, with exactly the rows a direct ingest writes.
//!
//! A record names entities by id, so it is only meaningful with the
//! gazetteer it was made with: records carry that gazetteer's
//! [`fingerprint`], and [`parse`] refuses ids the gazetteer does not have.

use crate::article::{find_noise, parse_date, Article, ArticleError};
use crate::extract::{DateValue, Evidence, Extraction, Meeting, MeetingKind, Partial, Status};
use crate::gazetteer::{
    Common, Country, Gazetteer, Issue, Kind, Lexicon, NameOrder, Organization, Person, Place, Role,
};
use crate::resolve::{Mention, ResolvedBy};
use chrono::Weekday;
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// A fingerprint of everything in a gazetteer that extraction reads: every
/// entity's id, names, aliases and fields, and the lexicon; not where the
/// files were (a cluster ships them to a different directory). Two
/// gazetteers with the same fingerprint give the same extraction.
pub fn fingerprint(gazetteer: &Gazetteer) -> String {
    let mut hash = Hasher(Sha256::new());
    // Destructured field by field: a field added to a gazetteer type stops
    // this from compiling until it is hashed (or said not to matter).
    let common = |hash: &mut Hasher, common: &Common| {
        let Common {
            id,
            name,
            aliases,
            origin: _,
        } = common;
        hash.text(id);
        hash.text(name);
        hash.list(aliases);
    };
    hash.count(gazetteer.countries.len());
    for Country {
        common: fields,
        demonyms,
        capital,
    } in &gazetteer.countries
    {
        common(&mut hash, fields);
        hash.list(demonyms);
        hash.option(capital);
    }
    hash.count(gazetteer.organizations.len());
    for Organization {
        common: fields,
        kind,
        country,
        parent,
        generic,
    } in &gazetteer.organizations
    {
        common(&mut hash, fields);
        hash.text(kind);
        hash.option(country);
        hash.option(parent);
        hash.list(generic);
    }
    hash.count(gazetteer.people.len());
    for Person {
        common: fields,
        family,
        given,
        name_order,
        country,
        roles,
    } in &gazetteer.people
    {
        common(&mut hash, fields);
        hash.option(family);
        hash.option(given);
        hash.text(match name_order {
            NameOrder::FamilyFirst => "family_first",
            NameOrder::GivenFirst => "given_first",
        });
        hash.option(country);
        hash.count(roles.len());
        for Role {
            title,
            org,
            from,
            to,
            source: _,
        } in roles
        {
            hash.text(title);
            hash.option(org);
            hash.option(&from.map(|date| date.to_string()));
            hash.option(&to.map(|date| date.to_string()));
        }
    }
    hash.count(gazetteer.places.len());
    for Place {
        common: fields,
        kind,
        country,
        within,
    } in &gazetteer.places
    {
        common(&mut hash, fields);
        hash.text(kind);
        hash.option(country);
        hash.option(within);
    }
    hash.count(gazetteer.issues.len());
    for Issue { common: fields } in &gazetteer.issues {
        common(&mut hash, fields);
    }
    let Lexicon {
        meeting_triggers,
        titles,
        common_words,
        planned,
        cancelled,
        words,
        origin: _,
    } = &gazetteer.lexicon;
    hash.count(meeting_triggers.len());
    for (kind, phrases) in meeting_triggers {
        hash.text(kind);
        hash.list(phrases);
    }
    hash.list(titles);
    hash.list(common_words);
    hash.list(planned);
    hash.list(cancelled);
    for (key, list) in words.iter() {
        hash.text(key);
        hash.list(list);
    }
    let digest = hash.0.finalize();
    digest
        .iter()
        .take(16)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Feeds values with their lengths, so `["ab", "c"]` and `["a", "bc"]`
/// hash apart.
struct Hasher(Sha256);

impl Hasher {
    fn count(&mut self, count: usize) {
        self.0.update((count as u64).to_le_bytes());
    }
    fn text(&mut self, text: &str) {
        self.count(text.len());
        self.0.update(text.as_bytes());
    }
    fn option(&mut self, text: &Option<String>) {
        match text {
            Some(text) => {
                self.0.update([1]);
                self.text(text);
            }
            None => self.0.update([0]),
        }
    }
    fn list(&mut self, items: &[String]) {
        self.count(items.len());
        for item in items {
            self.text(item);
        }
    }
}

/// One record read back.
#[derive(Debug)]
pub struct Record {
    pub article: Article,
    pub extraction: Extraction,
    /// The fingerprint of the gazetteer the record was made with, if it says.
    pub fingerprint: Option<String>,
}

/// Why a record was not read.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error(transparent)]
    Bad(#[from] ArticleError),
    /// Made with another gazetteer than the one expected (`found` is its
    /// fingerprint, if it has one); its ids were not looked at.
    #[error("{path}:{line}: extracted with {}", match found {
        Some(print) => format!("a gazetteer with fingerprint {print}"),
        None => "an unknown gazetteer (no `gazetteer_fingerprint`)".to_string(),
    })]
    OtherGazetteer {
        path: String,
        line: usize,
        found: Option<String>,
    },
}

/// Reads one record (a line of `extract --jsonl --with-text`) against the
/// gazetteer it names entities from. `path` and `line` are for messages.
/// With `expected`, a record made with a gazetteer of another fingerprint
/// is refused before its ids are looked up. Checks what can be checked: the
/// text is there and matches its hash, every mention's text is at its
/// offsets, every id is in the gazetteer.
pub fn parse(
    gazetteer: &Gazetteer,
    expected: Option<&str>,
    path: &str,
    line: usize,
    json: &str,
) -> Result<Record, RecordError> {
    let fail = |message: String| ArticleError {
        path: path.to_string(),
        line,
        message,
    };
    let record: RecordJson = serde_json::from_str(json).map_err(|error| {
        fail(format!(
            "not an extraction record (`dipkb extract --jsonl --with-text` output): {error}"
        ))
    })?;
    if let Some(expected) = expected {
        if record.gazetteer_fingerprint.as_deref() != Some(expected) {
            return Err(RecordError::OtherGazetteer {
                path: path.to_string(),
                line,
                found: record.gazetteer_fingerprint,
            });
        }
    }
    let source = record.article;
    let body = source.text.ok_or_else(|| {
        fail("the record has no `article.text`: extract with `--with-text`".into())
    })?;
    if let Some(hash) = &source.content_hash {
        let actual = crate::store::content_hash(&body);
        if *hash != actual {
            return Err(fail(format!(
                "`article.content_hash` is {hash} but the text hashes to {actual}: the record was altered"
            ))
            .into());
        }
    }
    let date = match source.date {
        Some(date) => Some(
            parse_date(&date)
                .ok_or_else(|| fail(format!("`article.date` is `{date}`, expected YYYY-MM-DD")))?,
        ),
        None => None,
    };
    let noise = find_noise(&body);
    let sentences = crate::segment::sentences(&body, &noise);
    let find = |kind: Kind, id: &str| {
        gazetteer.find(kind, id).ok_or_else(|| {
            fail(format!(
                "no {kind} `{id}` in this gazetteer: extract and ingest with the same gazetteer"
            ))
        })
    };
    // A mention's kind is its entity's kind; candidates of a shared name may
    // be of other kinds, so those are looked up in every kind.
    let find_any = |kind: Kind, id: &str| {
        std::iter::once(kind)
            .chain(Kind::ALL)
            .find_map(|kind| gazetteer.find(kind, id))
            .ok_or_else(|| fail(format!("no entity `{id}` in this gazetteer: extract and ingest with the same gazetteer")))
    };
    let mut mentions = Vec::with_capacity(record.mentions.len());
    for mention in record.mentions {
        let span = mention.start..mention.end;
        if body.get(span.clone()) != Some(mention.text.as_str()) {
            return Err(fail(format!(
                "mention `{}` at bytes {}..{} is not what the text has there",
                mention.text, mention.start, mention.end
            ))
            .into());
        }
        let kind = parse_kind(&mention.kind)
            .ok_or_else(|| fail(format!("unknown mention kind `{}`", mention.kind)))?;
        let resolved_by = ResolvedBy::parse(&mention.resolved_by)
            .ok_or_else(|| fail(format!("unknown `resolved_by` `{}`", mention.resolved_by)))?;
        let entity = match &mention.entity {
            Some(id) => Some(find_any(kind, id)?),
            None => None,
        };
        let candidates = mention
            .candidates
            .iter()
            .map(|id| find_any(kind, id))
            .collect::<Result<Vec<_>, _>>()?;
        // A title is written where the mention starts (its span covers it).
        let title = match &mention.title {
            Some(title) => {
                let range = span.start..span.start + title.len();
                if body.get(range.clone()) != Some(title.as_str()) {
                    return Err(fail(format!(
                        "mention title `{title}` is not at the start of mention `{}`",
                        mention.text
                    ))
                    .into());
                }
                Some(range)
            }
            None => None,
        };
        let sentence = sentences
            .partition_point(|sentence| sentence.span.end < span.end)
            .min(sentences.len().saturating_sub(1));
        mentions.push(Mention {
            span,
            kind,
            entity,
            candidates,
            resolved_by,
            sentence,
            title,
        });
    }
    let mut meetings = Vec::with_capacity(record.meetings.len());
    for meeting in record.meetings {
        let kind = MeetingKind::parse(&meeting.kind)
            .ok_or_else(|| fail(format!("unknown meeting kind `{}`", meeting.kind)))?;
        let status = Status::parse(&meeting.status)
            .ok_or_else(|| fail(format!("unknown meeting status `{}`", meeting.status)))?;
        let day = |text: &str| {
            parse_date(text)
                .ok_or_else(|| fail(format!("`date_range` has `{text}`, expected YYYY-MM-DD")))
        };
        let range = match &meeting.date_range {
            Some(range) => Some((day(&range.from)?, day(&range.to)?)),
            None => None,
        };
        let partial = match meeting.date_partial {
            Some(partial) => Some(Partial {
                year: partial.year,
                month: partial.month,
                day: partial.day,
                weekday: match &partial.weekday {
                    Some(name) => Some(
                        parse_weekday(name)
                            .ok_or_else(|| fail(format!("unknown weekday `{name}`")))?,
                    ),
                    None => None,
                },
            }),
            None => None,
        };
        let place = match &meeting.place {
            Some(place) if place.kind == "country" => Some(find(Kind::Country, &place.id)?),
            Some(place) => Some(find(Kind::Place, &place.id)?),
            None => None,
        };
        let participants = meeting
            .participants
            .iter()
            .map(|participant| {
                let kind = parse_kind(&participant.kind).ok_or_else(|| {
                    fail(format!("unknown participant kind `{}`", participant.kind))
                })?;
                find(kind, &participant.id)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let issues = meeting
            .issues
            .iter()
            .map(|issue| find(Kind::Issue, &issue.id))
            .collect::<Result<Vec<_>, _>>()?;
        let evidence = meeting
            .evidence
            .iter()
            .map(|evidence| {
                if body.get(evidence.start..evidence.end).is_none() {
                    return Err(fail(format!(
                        "evidence at bytes {}..{} is outside the text",
                        evidence.start, evidence.end
                    )));
                }
                let fields = evidence
                    .fields
                    .iter()
                    .map(|field| {
                        EVIDENCE_FIELDS
                            .iter()
                            .find(|known| **known == field)
                            .copied()
                            .ok_or_else(|| fail(format!("unknown evidence field `{field}`")))
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(Evidence {
                    span: evidence.start..evidence.end,
                    fields,
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        meetings.push(Meeting {
            kind,
            status,
            date: DateValue {
                date: meeting.date,
                range,
                partial,
            },
            place,
            participants,
            countries: meeting.countries,
            issues,
            evidence,
        });
    }
    let article = Article {
        path: source.path,
        title: source.title,
        date,
        source: source.source,
        url: source.url,
        country: source.country,
        body,
        body_line_offset: 0,
        noise,
    };
    Ok(Record {
        article,
        extraction: Extraction {
            sentences,
            mentions,
            meetings,
        },
        fingerprint: record.gazetteer_fingerprint,
    })
}

/// The fields a meeting's evidence can back (`Evidence::fields`).
const EVIDENCE_FIELDS: [&str; 6] = ["participants", "date", "place", "issues", "status", "kind"];

fn parse_kind(text: &str) -> Option<Kind> {
    Kind::ALL.into_iter().find(|kind| kind.as_str() == text)
}

fn parse_weekday(name: &str) -> Option<Weekday> {
    use Weekday::*;
    [Mon, Tue, Wed, Thu, Fri, Sat, Sun]
        .into_iter()
        .find(|&day| crate::extract::date::weekday_name(day) == name)
}

/// The fields of an `extract` record that storing needs; others are skipped.
#[derive(Deserialize)]
struct RecordJson {
    article: ArticleJson,
    #[serde(default)]
    mentions: Vec<MentionJson>,
    #[serde(default)]
    meetings: Vec<MeetingJson>,
    #[serde(default)]
    gazetteer_fingerprint: Option<String>,
}

#[derive(Deserialize)]
struct ArticleJson {
    path: String,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
    country: Option<String>,
    content_hash: Option<String>,
    text: Option<String>,
}

#[derive(Deserialize)]
struct MentionJson {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    entity: Option<String>,
    resolved_by: String,
    #[serde(default)]
    candidates: Vec<String>,
    title: Option<String>,
}

#[derive(Deserialize)]
struct MeetingJson {
    kind: String,
    status: String,
    date: Option<String>,
    date_partial: Option<PartialJson>,
    date_range: Option<RangeJson>,
    place: Option<RefJson>,
    #[serde(default)]
    participants: Vec<RefJson>,
    #[serde(default)]
    countries: Vec<String>,
    #[serde(default)]
    issues: Vec<RefJson>,
    #[serde(default)]
    evidence: Vec<EvidenceJson>,
}

#[derive(Deserialize)]
struct PartialJson {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    weekday: Option<String>,
}

#[derive(Deserialize)]
struct RangeJson {
    from: String,
    to: String,
}

/// An entity as a record names it: by id (and kind, for places and participants).
#[derive(Deserialize)]
struct RefJson {
    id: String,
    #[serde(default)]
    kind: String,
}

#[derive(Deserialize)]
struct EvidenceJson {
    start: usize,
    end: usize,
    #[serde(default)]
    fields: Vec<String>,
}

#[cfg(test)]
mod tests;
