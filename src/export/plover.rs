//! PLOVER 2.0 event data as JSON Lines: one event per meeting, with actor
//! and recipient lists as PLOVER codes multi-party events. Field names
//! follow the manual's formal tables; what dipkb adds sits under `dipkb`.
//! The mapping is in docs/EVENTS.md, the schema in docs/plover-event.schema.json.

use super::events::{classify, place_country};
use super::iso3::alpha3;
use super::Names;
use crate::store::{StoredMeeting, StoredParticipant};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::io;

/// The codebook named in every citation.
pub const CODEBOOK: &str = "plover-2.0";

#[derive(Serialize)]
struct Record<'a> {
    id: String,
    date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    enddate: Option<String>,
    actor: Vec<Entity<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    recipient: Vec<Entity<'a>>,
    event: [&'static str; 1],
    /// `null` when no mode fits, as the manual asks.
    mode: Option<[&'static str; 1]>,
    context: Vec<&'static str>,
    quad_code: u8,
    event_scale: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    event_loc: Option<Location<'a>>,
    event_text: Vec<&'a str>,
    cite_info: Vec<Citation<'a>>,
    coder: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    comment: Option<&'static str>,
    dipkb: Extra<'a>,
}

#[derive(Serialize)]
struct Entity<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sector: Option<&'static str>,
    entity_text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    office: Option<&'a str>,
    dipkb_id: &'a str,
}

#[derive(Serialize)]
struct Location<'a> {
    extracted_place: &'a str,
    resolved_place: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country_code: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    resolution: Option<u8>,
    dipkb_id: &'a str,
}

#[derive(Serialize)]
struct Citation<'a> {
    corpus: &'static str,
    citation: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publication: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    path: &'a str,
    coder: &'static str,
    codebook: &'static str,
    evidence: Vec<Evidence<'a>>,
}

#[derive(Serialize)]
struct Evidence<'a> {
    text: &'a str,
    start: i64,
    end: i64,
    fields: Vec<String>,
}

#[derive(Serialize)]
struct Extra<'a> {
    meeting: &'a str,
    kind: &'a str,
    status: &'a str,
}

/// What a write left out.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub written: usize,
    /// Meetings with no date to the month: PLOVER requires a date.
    pub undated: usize,
}

const CODER: &str = concat!("dipkb ", env!("CARGO_PKG_VERSION"));

pub fn write(
    meetings: &[StoredMeeting],
    names: &Names,
    out: &mut dyn io::Write,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    for meeting in meetings {
        let Some((date, enddate)) = meeting.date.as_deref().and_then(date_span) else {
            summary.undated += 1;
            continue;
        };
        let event = classify(meeting, names);
        let record = Record {
            id: format!("dipkb-{}", meeting.key),
            date,
            comment: enddate
                .is_some()
                .then_some("dipkb knows this date to the month: date and enddate span it"),
            enddate,
            actor: event.actors.iter().map(|p| entity(p)).collect(),
            recipient: event.recipients.iter().map(|p| entity(p)).collect(),
            event: [event.category.as_str()],
            mode: event.mode.map(|mode| [mode.as_str()]),
            context: event.contexts.clone(),
            quad_code: event.category.quad_code(),
            event_scale: event.scale(),
            event_loc: location(meeting, names),
            event_text: event_text(meeting),
            cite_info: meeting
                .sources
                .iter()
                .map(|source| Citation {
                    corpus: "dipkb",
                    citation: [
                        source.source.as_deref(),
                        source.title.as_deref(),
                        source.published.as_deref(),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", "),
                    url: source.url.as_deref(),
                    title: source.title.as_deref(),
                    publication: source.source.as_deref(),
                    date: source.published.as_deref(),
                    path: &source.path,
                    coder: CODER,
                    codebook: CODEBOOK,
                    evidence: source
                        .evidence
                        .iter()
                        .map(|(start, end, text, fields)| Evidence {
                            text,
                            start: *start,
                            end: *end,
                            fields: serde_json::from_str(fields).unwrap_or_default(),
                        })
                        .collect(),
                })
                .collect(),
            coder: CODER,
            dipkb: Extra {
                meeting: &meeting.key,
                kind: &meeting.kind,
                status: &meeting.status,
            },
        };
        serde_json::to_writer(&mut *out, &record)?;
        writeln!(out)?;
        summary.written += 1;
    }
    Ok(summary)
}

/// `YYYY-MM-DD` as it is; `YYYY-MM` as the first day, with the last day
/// as the end date. Anything else has no PLOVER date.
fn date_span(date: &str) -> Option<(String, Option<String>)> {
    if NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok() {
        return Some((date.to_string(), None));
    }
    let first = NaiveDate::parse_from_str(&format!("{date}-01"), "%Y-%m-%d").ok()?;
    let next = if first.month() == 12 {
        NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)?
    };
    let last = next.pred_opt()?;
    Some((first.to_string(), Some(last.to_string())))
}

/// A person is a government official (PLOVER has no diplomat sector; its
/// own example codes a foreign minister `GOV`); a side named only as a
/// country is the country.
fn entity(participant: &StoredParticipant) -> Entity<'_> {
    Entity {
        code: participant.country.as_deref().and_then(alpha3),
        sector: (participant.kind == "person").then_some("GOV"),
        entity_text: &participant.name,
        office: participant.title.as_deref(),
        dipkb_id: &participant.id,
    }
}

fn location<'a>(meeting: &'a StoredMeeting, names: &'a Names) -> Option<Location<'a>> {
    let (id, name, kind, within) = meeting.place.as_ref()?;
    let country = place_country(meeting, names);
    Some(Location {
        extracted_place: name,
        resolved_place: names.place_path(name, within),
        country: country
            .as_deref()
            .and_then(|code| names.countries.get(code))
            .map(String::as_str),
        country_code: country.as_deref().and_then(alpha3),
        resolution: match kind.as_str() {
            "venue" | "district" => Some(5),
            "city" | "island" => Some(4),
            "area" => Some(3),
            "region" | "province" | "state" => Some(2),
            "country" => Some(1),
            _ => None,
        },
        dipkb_id: id,
    })
}

/// Every evidence sentence of every source, each once, in source order.
fn event_text(meeting: &StoredMeeting) -> Vec<&str> {
    let mut texts: Vec<&str> = Vec::new();
    for source in &meeting.sources {
        for (_, _, text, _) in &source.evidence {
            if !texts.contains(&text.as_str()) {
                texts.push(text);
            }
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_to_the_day_or_spanning_the_month() {
        assert_eq!(date_span("2020-10-29"), Some(("2020-10-29".into(), None)));
        assert_eq!(
            date_span("2021-02"),
            Some(("2021-02-01".into(), Some("2021-02-28".into())))
        );
        assert_eq!(
            date_span("2020-12"),
            Some(("2020-12-01".into(), Some("2020-12-31".into())))
        );
        assert_eq!(date_span("2020"), None);
        assert_eq!(date_span("2020-13"), None);
    }
}
