//! The JSON contract of docs/JSON.md, as views over library values: the one
//! place that decides field names, shared by the CLI and the store.
//!
//! Views borrow from the article and the gazetteer and serialize straight to
//! the output: `tag --jsonl` writes millions of mentions, and building a
//! `serde_json::Value` tree for each cost more than tagging them.

use crate::article::Article;
use crate::extract::{DateValue, Extraction, Meeting};
use crate::gazetteer::{EntityRef, Gazetteer, Kind};
use crate::resolve::Mention;
use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;
use serde_json::Value;

/// `{"path", "title", "date", "source"?, "url"?, "country"?}`.
#[derive(Serialize)]
pub struct ArticleView<'a> {
    path: &'a str,
    title: Option<&'a str>,
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
}

pub fn article(article: &Article) -> ArticleView<'_> {
    ArticleView {
        path: &article.path,
        title: article.title.as_deref(),
        date: article.date.map(|date| date.to_string()),
        source: article.source.as_deref(),
        url: article.url.as_deref(),
        country: article.country.as_deref(),
    }
}

/// One mention: `{"start", "end", "text", "kind", "entity", "resolved_by",
/// "candidates"?, "title"?}`.
#[derive(Serialize)]
pub struct MentionView<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
    entity: Option<&'a str>,
    resolved_by: &'static str,
    #[serde(skip_serializing_if = "Ids::is_empty")]
    candidates: Ids<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
}

/// Entity ids, serialized lazily from the gazetteer.
pub struct Ids<'a> {
    gazetteer: &'a Gazetteer,
    entities: &'a [EntityRef],
}

impl Ids<'_> {
    fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }
}

impl Serialize for Ids<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.entities.len()))?;
        for &entity in self.entities {
            seq.serialize_element(self.gazetteer.id(entity))?;
        }
        seq.end()
    }
}

pub fn mention<'a>(
    gazetteer: &'a Gazetteer,
    article: &'a Article,
    mention: &'a Mention,
) -> MentionView<'a> {
    MentionView {
        start: mention.span.start,
        end: mention.span.end,
        text: &article.body[mention.span.clone()],
        kind: mention.kind.as_str(),
        entity: mention.entity.map(|entity| gazetteer.id(entity)),
        resolved_by: mention.resolved_by.as_str(),
        candidates: Ids {
            gazetteer,
            entities: &mention.candidates,
        },
        title: mention.title.clone().map(|title| &article.body[title]),
    }
}

/// Every mention of an article, serialized one by one as the output asks.
pub struct MentionsView<'a> {
    gazetteer: &'a Gazetteer,
    article: &'a Article,
    mentions: &'a [Mention],
}

impl Serialize for MentionsView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.mentions.len()))?;
        for found in self.mentions {
            seq.serialize_element(&mention(self.gazetteer, self.article, found))?;
        }
        seq.end()
    }
}

pub fn mentions<'a>(
    gazetteer: &'a Gazetteer,
    article: &'a Article,
    mentions: &'a [Mention],
) -> MentionsView<'a> {
    MentionsView {
        gazetteer,
        article,
        mentions,
    }
}

/// The `tag --json` object for one article.
#[derive(Serialize)]
pub struct TaggedView<'a> {
    article: ArticleView<'a>,
    mentions: MentionsView<'a>,
}

pub fn tagged<'a>(
    gazetteer: &'a Gazetteer,
    source: &'a Article,
    found: &'a [Mention],
) -> TaggedView<'a> {
    TaggedView {
        article: article(source),
        mentions: mentions(gazetteer, source, found),
    }
}

/// The parts of a date the text gave, when it gave no full date.
#[derive(Serialize)]
struct PartialView {
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    weekday: Option<&'static str>,
}

#[derive(Serialize)]
struct RangeView {
    from: String,
    to: String,
}

/// A place (`kind`, `within`, `country`) or a country standing for one.
#[derive(Serialize)]
pub struct PlaceView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub within: Option<Vec<String>>,
    pub country: Option<&'a str>,
}

pub fn place_view(gazetteer: &Gazetteer, place: EntityRef) -> PlaceView<'_> {
    let id = gazetteer.id(place);
    let name = gazetteer.name(place);
    match place.kind {
        Kind::Place => PlaceView {
            id,
            name,
            kind: &gazetteer.places[place.index as usize].kind,
            within: Some(gazetteer.place_chain(id)),
            country: gazetteer.country_of(place),
        },
        _ => PlaceView {
            id,
            name,
            kind: "country",
            within: None,
            country: Some(id),
        },
    }
}

/// A participant: a person with country and title at the meeting date, or a country.
#[derive(Serialize)]
pub struct ParticipantView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: &'static str,
    pub country: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<&'a str>,
}

pub fn participant(
    gazetteer: &Gazetteer,
    entity: EntityRef,
    date: Option<chrono::NaiveDate>,
) -> ParticipantView<'_> {
    let role = gazetteer
        .person(entity)
        .and_then(|person| person.role_on(date));
    ParticipantView {
        id: gazetteer.id(entity),
        name: gazetteer.name(entity),
        kind: entity.kind.as_str(),
        country: gazetteer.country_of(entity),
        title: role.map(|role| role.title.as_str()),
        organization: role
            .and_then(|role| role.org.as_deref())
            .and_then(|org| gazetteer.organization(org))
            .map(|org| org.common.name.as_str()),
    }
}

#[derive(Serialize)]
struct IssueView<'a> {
    id: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct EvidenceView<'a> {
    start: usize,
    end: usize,
    fields: &'a [&'static str],
}

/// One meeting as `extract --json` prints it.
#[derive(Serialize)]
pub struct MeetingView<'a> {
    kind: &'static str,
    status: &'static str,
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_partial: Option<PartialView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_range: Option<RangeView>,
    place: Option<PlaceView<'a>>,
    participants: Vec<ParticipantView<'a>>,
    countries: &'a [String],
    issues: Vec<IssueView<'a>>,
    evidence: Vec<EvidenceView<'a>>,
}

fn partial(date: &DateValue) -> Option<PartialView> {
    date.partial.as_ref().map(partial_view)
}

/// A partial date as `date_partial` JSON text, as `extract --json` and
/// the store's `meetings.date_partial` show it.
pub fn partial_json(partial: &crate::extract::date::Partial) -> String {
    let view = partial_view(partial);
    serde_json::to_value(view)
        .expect("a partial date has string keys only")
        .to_string()
}

fn partial_view(partial: &crate::extract::date::Partial) -> PartialView {
    PartialView {
        year: partial.year,
        month: partial.month,
        day: partial.day,
        weekday: partial.weekday.map(crate::extract::date::weekday_name),
    }
}

pub fn meeting_view<'a>(
    gazetteer: &'a Gazetteer,
    meeting: &'a Meeting,
    article_date: Option<chrono::NaiveDate>,
) -> MeetingView<'a> {
    let day = meeting.date.day().or(article_date);
    MeetingView {
        kind: meeting.kind.as_str(),
        status: meeting.status.as_str(),
        date: meeting.date.date.as_deref(),
        date_partial: partial(&meeting.date),
        date_range: meeting.date.range.map(|(from, to)| RangeView {
            from: from.to_string(),
            to: to.to_string(),
        }),
        place: meeting.place.map(|entity| place_view(gazetteer, entity)),
        participants: meeting
            .participants
            .iter()
            .map(|&entity| participant(gazetteer, entity, day))
            .collect(),
        countries: &meeting.countries,
        issues: meeting
            .issues
            .iter()
            .map(|&issue| IssueView {
                id: gazetteer.id(issue),
                name: gazetteer.name(issue),
            })
            .collect(),
        evidence: meeting
            .evidence
            .iter()
            .map(|evidence| EvidenceView {
                start: evidence.span.start,
                end: evidence.span.end,
                fields: &evidence.fields,
            })
            .collect(),
    }
}

/// A meeting as a JSON value, for the store, which keeps it as text.
pub fn meeting(
    gazetteer: &Gazetteer,
    meeting: &Meeting,
    article_date: Option<chrono::NaiveDate>,
) -> Value {
    serde_json::to_value(meeting_view(gazetteer, meeting, article_date))
        .expect("a meeting view has string keys only")
}

/// The whole `extract --json` object for one article. With the text and
/// the gazetteer's fingerprint it is all `ingest --extracted` needs to
/// store the article without extracting it again (`crate::extracted`).
#[derive(Serialize)]
pub struct ExtractionView<'a> {
    article: ExtractedArticleView<'a>,
    mentions: MentionsView<'a>,
    meetings: Vec<MeetingView<'a>>,
    gazetteer_fingerprint: &'a str,
}

/// The article fields, its content hash and (when asked) its text.
#[derive(Serialize)]
struct ExtractedArticleView<'a> {
    #[serde(flatten)]
    fields: ArticleView<'a>,
    content_hash: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
}

/// `fingerprint` is `crate::extracted::fingerprint` of `gazetteer`,
/// computed once per run by the caller.
pub fn extraction<'a>(
    gazetteer: &'a Gazetteer,
    source: &'a Article,
    extraction: &'a Extraction,
    fingerprint: &'a str,
    with_text: bool,
) -> ExtractionView<'a> {
    ExtractionView {
        article: ExtractedArticleView {
            fields: article(source),
            content_hash: crate::store::content_hash(&source.body),
            text: with_text.then_some(source.body.as_str()),
        },
        mentions: mentions(gazetteer, source, &extraction.mentions),
        meetings: extraction
            .meetings
            .iter()
            .map(|found| meeting_view(gazetteer, found, source.date))
            .collect(),
        gazetteer_fingerprint: fingerprint,
    }
}
