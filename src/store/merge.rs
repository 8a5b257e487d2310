//! Merging reports of the same meeting across articles.
//!
//! Reports with the same participants and a compatible kind (talks and
//! summit are one family; calls and video calls each their own) are
//! clustered: reports dated
//! to the day seed clusters in date order; month-precision, partial and
//! undated reports join the first cluster they fit (an undated report only
//! one whose articles were published within a week of its own). Places must
//! not contradict (one contains the other, or one is unknown). The order is
//! canonical, so the clusters are the same whatever the ingest order.

use super::StoreError;
use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone)]
struct Report {
    id: i64,
    kind: String,
    article_id: i64,
    status: String,
    date: Option<String>,
    partial: Option<Value>,
    place: Option<String>,
    published: Option<NaiveDate>,
    content_hash: String,
    meeting: Value,
}

impl Report {
    fn day(&self) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(self.date.as_deref()?, "%Y-%m-%d").ok()
    }
}

#[derive(Debug)]
struct Cluster {
    day: Option<NaiveDate>,
    reports: Vec<Report>,
}

/// Recomputes the meetings of every `(participants_key, kind)` touched.
/// Returns how many reports joined a meeting another report also describes.
pub(super) fn remerge(
    connection: &Connection,
    touched: &BTreeSet<(String, String)>,
) -> Result<usize, StoreError> {
    let mut merged = 0;
    // Place chains are looked up again and again while clustering; read
    // each from the database once per batch.
    let known_chains: RefCell<HashMap<String, Vec<String>>> = RefCell::new(HashMap::new());
    let chains = |place: &str| -> Vec<String> {
        if let Some(chain) = known_chains.borrow().get(place) {
            return chain.clone();
        }
        let chain = place_chain(connection, place).unwrap_or_default();
        known_chains
            .borrow_mut()
            .insert(place.to_string(), chain.clone());
        chain
    };
    let mut delete = connection
        .prepare_cached("DELETE FROM meetings WHERE participants_key = ?1 AND kind = ?2")?;
    // One outlet's `talks` is another's `summit`: in-person meetings of the
    // same people merge across those two kinds; calls and video calls stay
    // with their own kind.
    let families: BTreeSet<(String, &'static [&'static str])> = touched
        .iter()
        .map(|(key, kind)| (key.clone(), family(kind)))
        .collect();
    for (key, kinds) in families {
        let mut reports = Vec::new();
        for kind in kinds {
            delete.execute(params![key, kind])?;
            reports.extend(load_reports(connection, &key, kind)?);
        }
        let clusters = cluster(reports, &chains);
        let mut used_keys = BTreeSet::new();
        for cluster in clusters {
            merged += cluster.reports.len() - 1;
            // A summit if any outlet called it one.
            let kind = if cluster.reports.iter().any(|report| report.kind == "summit") {
                "summit"
            } else {
                cluster.reports[0].kind.as_str()
            };
            write_meeting(connection, &key, kind, &cluster, &chains, &mut used_keys)?;
        }
    }
    Ok(merged)
}

/// The kinds that may describe the same meeting.
fn family(kind: &str) -> &'static [&'static str] {
    match kind {
        "talks" | "summit" => &["talks", "summit"],
        "phone-call" => &["phone-call"],
        "video-conference" => &["video-conference"],
        _ => &["talks", "summit"],
    }
}

fn load_reports(connection: &Connection, key: &str, kind: &str) -> Result<Vec<Report>, StoreError> {
    let mut statement = connection.prepare_cached(
        "SELECT r.id, r.article_id, r.status, r.date, r.date_partial, r.place_id, a.published, a.content_hash, r.meeting_json
         FROM reports r JOIN articles a ON a.id = r.article_id
         WHERE r.participants_key = ?1 AND r.kind = ?2",
    )?;
    let rows = statement.query_map(params![key, kind], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, i64>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, Option<String>>(3)?,
            row.get::<_, Option<String>>(4)?,
            row.get::<_, Option<String>>(5)?,
            row.get::<_, Option<String>>(6)?,
            row.get::<_, String>(7)?,
            row.get::<_, String>(8)?,
        ))
    })?;
    let mut reports = Vec::new();
    for row in rows {
        let (id, article_id, status, date, partial, place, published, content_hash, meeting) = row?;
        let meeting: Value = serde_json::from_str(&meeting)
            .map_err(|error| StoreError::Corrupt(format!("report {id}: {error}")))?;
        reports.push(Report {
            id,
            kind: kind.to_string(),
            article_id,
            status,
            date,
            partial: match partial {
                Some(text) => Some(serde_json::from_str(&text).map_err(|error| {
                    StoreError::Corrupt(format!("reports row {id}: date_partial: {error}"))
                })?),
                None => None,
            },
            place,
            published: published.and_then(|date| crate::article::parse_date(&date)),
            content_hash,
            meeting,
        });
    }
    Ok(reports)
}

fn place_chain(connection: &Connection, place: &str) -> Result<Vec<String>, StoreError> {
    let within: Option<String> = connection
        .prepare_cached("SELECT within FROM places WHERE id = ?1")?
        .query_row([place], |row| row.get(0))
        .optional()?
        .flatten();
    let mut chain = vec![place.to_string()];
    if let Some(within) = within {
        let within: Vec<String> = serde_json::from_str(&within)
            .map_err(|error| StoreError::Corrupt(format!("places row {place}: within: {error}")))?;
        chain.extend(within);
    }
    Ok(chain)
}

/// Clusters reports in a canonical order (see the module doc).
fn cluster(mut reports: Vec<Report>, chains: &dyn Fn(&str) -> Vec<String>) -> Vec<Cluster> {
    reports.sort_by(|a, b| {
        (
            a.day().is_none(),
            a.day(),
            a.date.is_none(),
            &a.date,
            a.published,
            &a.content_hash,
            a.id,
        )
            .cmp(&(
                b.day().is_none(),
                b.day(),
                b.date.is_none(),
                &b.date,
                b.published,
                &b.content_hash,
                b.id,
            ))
    });
    let mut clusters: Vec<Cluster> = Vec::new();
    for report in reports {
        let slot = clusters
            .iter()
            .position(|cluster| fits(cluster, &report, chains));
        match slot {
            Some(slot) => clusters[slot].reports.push(report),
            None => clusters.push(Cluster {
                day: report.day(),
                reports: vec![report],
            }),
        }
    }
    clusters
}

fn fits(cluster: &Cluster, report: &Report, chains: &dyn Fn(&str) -> Vec<String>) -> bool {
    let date_fits = match (cluster.day, report.day()) {
        (Some(day), Some(other)) => day == other,
        (Some(day), None) => match (&report.date, &report.partial) {
            (Some(month), _) => month == &format!("{:04}-{:02}", day.year(), day.month()),
            (None, Some(partial)) => partial_fits(partial, day),
            (None, None) => published_near(cluster, report),
        },
        (None, _) => {
            let first = &cluster.reports[0];
            first.date == report.date
                && first.partial == report.partial
                && published_near(cluster, report)
        }
    };
    if !date_fits {
        return false;
    }
    // Places must not contradict: equal, one inside the other, or unknown.
    let Some(place) = &report.place else {
        return true;
    };
    cluster.reports.iter().all(|other| match &other.place {
        None => true,
        Some(other_place) => {
            other_place == place
                || chains(place).contains(other_place)
                || chains(other_place).contains(place)
        }
    })
}

fn partial_fits(partial: &Value, day: NaiveDate) -> bool {
    let number = |key: &str| partial.get(key).and_then(Value::as_u64);
    number("day").is_none_or(|value| value == day.day() as u64)
        && number("month").is_none_or(|value| value == day.month() as u64)
        && number("year").is_none_or(|value| value == day.year() as u64)
        && partial
            .get("weekday")
            .and_then(Value::as_str)
            .is_none_or(|weekday| weekday == crate::extract::date::weekday_name(day.weekday()))
}

/// Was the report's article published within a week of the cluster's?
fn published_near(cluster: &Cluster, report: &Report) -> bool {
    let Some(published) = report.published else {
        return true;
    };
    let anchor = cluster
        .day
        .or_else(|| cluster.reports.iter().find_map(|other| other.published));
    anchor.is_none_or(|anchor| (published - anchor).num_days().abs() <= 7)
}

fn write_meeting(
    connection: &Connection,
    key: &str,
    kind: &str,
    cluster: &Cluster,
    chains: &dyn Fn(&str) -> Vec<String>,
    used_keys: &mut BTreeSet<String>,
) -> Result<(), StoreError> {
    let reports = &cluster.reports;
    let status = if reports.iter().any(|report| report.status == "held") {
        "held"
    } else if reports.iter().any(|report| report.status == "cancelled") {
        "cancelled"
    } else {
        "planned"
    };
    let date = cluster
        .day
        .map(|day| day.to_string())
        .or_else(|| reports.iter().find_map(|report| report.date.clone()));
    let partial = if date.is_none() {
        reports.iter().find_map(|report| report.partial.clone())
    } else {
        None
    };
    // The most specific place any report gives.
    let place = reports
        .iter()
        .filter_map(|report| report.place.clone())
        .max_by_key(|place| (chains(place).len(), std::cmp::Reverse(place.clone())));
    // The key is derived from what the meeting is, not from row ids, so it
    // is the same whatever order the articles came in. Two clusters of the
    // same people on the same day (kept apart by their places) differ by
    // place; the earliest article breaks any remaining tie.
    let day = cluster.day.map(|day| day.to_string()).unwrap_or_default();
    let first_article = reports
        .iter()
        .map(|report| report.content_hash.as_str())
        .min()
        .unwrap_or_default();
    let mut attempt = 0;
    let meeting_key = loop {
        let anchor = if cluster.day.is_some() && attempt == 0 {
            format!("{day}|{}", place.as_deref().unwrap_or(""))
        } else {
            format!(
                "{day}|{}|{first_article}|{attempt}",
                place.as_deref().unwrap_or("")
            )
        };
        let digest = Sha256::digest(format!("{key}|{kind}|{anchor}").as_bytes());
        let candidate: String = digest
            .iter()
            .take(8)
            .map(|byte| format!("{byte:02x}"))
            .collect();
        if used_keys.insert(candidate.clone()) {
            break candidate;
        }
        attempt += 1;
    };
    connection.prepare_cached(
        "INSERT INTO meetings (meeting_key, participants_key, kind, status, date, date_partial, place_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?.execute(params![meeting_key, key, kind, status, date, partial.map(|value| value.to_string()), place],
    )?;
    let meeting_id = connection.last_insert_rowid();
    let mut insert_participant = connection.prepare_cached(
        "INSERT OR IGNORE INTO participants (meeting_id, entity_id, kind, name, country, title) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut insert_issue = connection.prepare_cached(
        "INSERT OR IGNORE INTO meeting_issues (meeting_id, issue_id) VALUES (?1, ?2)",
    )?;
    let mut insert_source = connection.prepare_cached(
        "INSERT INTO sources (meeting_id, article_id, report_id, start_byte, end_byte, fields) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut update_report =
        connection.prepare_cached("UPDATE reports SET meeting_id = ?1 WHERE id = ?2")?;
    // Participants as the report closest to the meeting's day describes them
    // (titles are dated); every report in canonical order adds issues.
    for report in reports {
        if let Some(Value::Array(participants)) = report.meeting.get("participants") {
            for participant in participants {
                let text = |field: &str| {
                    participant
                        .get(field)
                        .and_then(Value::as_str)
                        .map(str::to_string)
                };
                insert_participant.execute(params![
                    meeting_id,
                    text("id"),
                    text("kind"),
                    text("name"),
                    text("country"),
                    text("title")
                ])?;
            }
        }
        if let Some(Value::Array(issues)) = report.meeting.get("issues") {
            for issue in issues {
                if let Some(id) = issue.get("id").and_then(Value::as_str) {
                    insert_issue.execute(params![meeting_id, id])?;
                }
            }
        }
        if let Some(Value::Array(evidence)) = report.meeting.get("evidence") {
            for item in evidence {
                let number = |field: &str| item.get(field).and_then(Value::as_i64).unwrap_or(0);
                let fields = item
                    .get("fields")
                    .map(|fields| fields.to_string())
                    .unwrap_or_else(|| "[]".into());
                insert_source.execute(params![
                    meeting_id,
                    report.article_id,
                    report.id,
                    number("start"),
                    number("end"),
                    fields
                ])?;
            }
        }
        update_report.execute(params![meeting_id, report.id])?;
    }
    Ok(())
}
