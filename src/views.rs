//! The JSON contract of DESIGN.md, as views over library values: the one
//! place that decides field names, shared by the CLI and the store.

use crate::article::Article;
use crate::extract::{DateValue, Extraction, Meeting};
use crate::gazetteer::{EntityRef, Gazetteer, Kind};
use crate::resolve::Mention;
use serde_json::{json, Map, Value};

pub fn article(article: &Article) -> Value {
    let mut object = Map::new();
    object.insert("path".into(), json!(article.path));
    object.insert("title".into(), json!(article.title));
    object.insert(
        "date".into(),
        json!(article.date.map(|date| date.to_string())),
    );
    if let Some(source) = &article.source {
        object.insert("source".into(), json!(source));
    }
    if let Some(url) = &article.url {
        object.insert("url".into(), json!(url));
    }
    if let Some(country) = &article.country {
        object.insert("country".into(), json!(country));
    }
    Value::Object(object)
}

pub fn mentions(gazetteer: &Gazetteer, article: &Article, mentions: &[Mention]) -> Value {
    Value::Array(
        mentions
            .iter()
            .map(|mention| {
                let mut object = Map::new();
                object.insert("start".into(), json!(mention.span.start));
                object.insert("end".into(), json!(mention.span.end));
                object.insert("text".into(), json!(&article.body[mention.span.clone()]));
                object.insert("kind".into(), json!(mention.kind.as_str()));
                object.insert(
                    "entity".into(),
                    json!(mention.entity.map(|entity| gazetteer.id(entity))),
                );
                object.insert("resolved_by".into(), json!(mention.resolved_by.as_str()));
                if !mention.candidates.is_empty() {
                    object.insert(
                        "candidates".into(),
                        json!(mention
                            .candidates
                            .iter()
                            .map(|&entity| gazetteer.id(entity))
                            .collect::<Vec<_>>()),
                    );
                }
                if let Some(title) = &mention.title {
                    object.insert("title".into(), json!(&article.body[title.clone()]));
                }
                Value::Object(object)
            })
            .collect(),
    )
}

pub fn date_fields(object: &mut Map<String, Value>, date: &DateValue) {
    object.insert("date".into(), json!(date.date));
    if let Some(partial) = &date.partial {
        let mut parts = Map::new();
        if let Some(year) = partial.year {
            parts.insert("year".into(), json!(year));
        }
        if let Some(month) = partial.month {
            parts.insert("month".into(), json!(month));
        }
        if let Some(day) = partial.day {
            parts.insert("day".into(), json!(day));
        }
        if let Some(weekday) = partial.weekday {
            parts.insert(
                "weekday".into(),
                json!(crate::extract::date::weekday_name(weekday)),
            );
        }
        object.insert("date_partial".into(), Value::Object(parts));
    }
    if let Some((from, to)) = date.range {
        object.insert(
            "date_range".into(),
            json!({"from": from.to_string(), "to": to.to_string()}),
        );
    }
}

pub fn place(gazetteer: &Gazetteer, place: EntityRef) -> Value {
    let id = gazetteer.id(place);
    let mut object = Map::new();
    object.insert("id".into(), json!(id));
    object.insert("name".into(), json!(gazetteer.name(place)));
    match place.kind {
        Kind::Place => {
            let detail = &gazetteer.places[place.index as usize];
            object.insert("kind".into(), json!(detail.kind));
            object.insert("within".into(), json!(gazetteer.place_chain(id)));
            object.insert("country".into(), json!(gazetteer.country_of(place)));
        }
        _ => {
            object.insert("kind".into(), json!("country"));
            object.insert("country".into(), json!(id));
        }
    }
    Value::Object(object)
}

/// A participant: a person with country and title at the meeting date, or a country.
pub fn participant(
    gazetteer: &Gazetteer,
    entity: EntityRef,
    date: Option<chrono::NaiveDate>,
) -> Value {
    let mut object = Map::new();
    object.insert("id".into(), json!(gazetteer.id(entity)));
    object.insert("name".into(), json!(gazetteer.name(entity)));
    object.insert("kind".into(), json!(entity.kind.as_str()));
    object.insert("country".into(), json!(gazetteer.country_of(entity)));
    if let Some(person) = gazetteer.person(entity) {
        if let Some(role) = person.role_on(date) {
            object.insert("title".into(), json!(role.title));
            if let Some(org) = role
                .org
                .as_deref()
                .and_then(|org| gazetteer.organization(org))
            {
                object.insert("organization".into(), json!(org.common.name));
            }
        }
    }
    Value::Object(object)
}

pub fn meeting(
    gazetteer: &Gazetteer,
    meeting: &Meeting,
    article_date: Option<chrono::NaiveDate>,
) -> Value {
    let mut object = Map::new();
    object.insert("kind".into(), json!(meeting.kind.as_str()));
    object.insert("status".into(), json!(meeting.status.as_str()));
    date_fields(&mut object, &meeting.date);
    object.insert(
        "place".into(),
        meeting
            .place
            .map_or(Value::Null, |entity| place(gazetteer, entity)),
    );
    let day = meeting.date.day().or(article_date);
    object.insert(
        "participants".into(),
        Value::Array(
            meeting
                .participants
                .iter()
                .map(|&entity| participant(gazetteer, entity, day))
                .collect(),
        ),
    );
    object.insert("countries".into(), json!(meeting.countries));
    object.insert(
        "issues".into(),
        Value::Array(
            meeting
                .issues
                .iter()
                .map(|&issue| json!({"id": gazetteer.id(issue), "name": gazetteer.name(issue)}))
                .collect(),
        ),
    );
    object.insert(
        "evidence".into(),
        Value::Array(
            meeting
                .evidence
                .iter()
                .map(|evidence| json!({"start": evidence.span.start, "end": evidence.span.end, "fields": evidence.fields}))
                .collect(),
        ),
    );
    Value::Object(object)
}

/// The whole `extract --json` object for one article.
pub fn extraction(gazetteer: &Gazetteer, source: &Article, extraction: &Extraction) -> Value {
    json!({
        "article": article(source),
        "mentions": mentions(gazetteer, source, &extraction.mentions),
        "meetings": extraction
            .meetings
            .iter()
            .map(|found| meeting(gazetteer, found, source.date))
            .collect::<Vec<_>>(),
    })
}
