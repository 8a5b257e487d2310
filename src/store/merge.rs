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
//!
//! A batch re-reads only what it can change: the reports of a family not
//! dated to the day (usually few), and the day-dated reports of the days a
//! new report or one of those could be merged into. Day clusters hold only
//! reports of their own day, and every report not dated to the day can
//! only join a cluster of a day inside its window (its month, or a week
//! around its article), so the clusters of the other days stay as they
//! were. A meeting whose reports and key are unchanged is left in place.

use super::StoreError;
use crate::extract::date::Partial;
use chrono::{Datelike, NaiveDate, Weekday};
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What a batch touched: per `(participants_key, kind)`, the day numbers
/// of its new reports dated to the day.
pub(super) type Touched = BTreeMap<(String, String), BTreeSet<i64>>;

/// Julian day number of 0001-01-01 less one: the store's `day` column is
/// `num_days_from_ce() + JULIAN_CE` (SQLite's `julianday(date) + 0.5`).
const JULIAN_CE: i64 = 1_721_425;

/// The store's day number of `date`.
pub(super) fn day_number(date: NaiveDate) -> i64 {
    date.num_days_from_ce() as i64 + JULIAN_CE
}

/// A meeting's date as the store keeps it, when it is a whole day.
pub(super) fn parse_day(date: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

#[derive(Debug, Clone)]
struct Report {
    id: i64,
    kind: String,
    status: String,
    date: Option<String>,
    day: Option<NaiveDate>,
    partial: Option<Partial>,
    place: Option<String>,
    published: Option<NaiveDate>,
    content_hash: String,
    /// The meeting it was merged into; `None` for a report of this batch.
    meeting_id: Option<i64>,
}

impl Report {
    /// The days of the clusters this report could join when it is not
    /// dated to the day; `None` when no bound is known (any day).
    fn window(&self) -> Option<(i64, i64)> {
        let month = |year: i32, month: u32| {
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)?
            };
            Some((day_number(first), day_number(next) - 1))
        };
        match (&self.date, &self.partial) {
            (Some(date), _) => {
                let (year, rest) = date.split_once('-')?;
                if year.len() != 4 || rest.len() != 2 {
                    return None;
                }
                month(year.parse().ok()?, rest.parse().ok()?)
            }
            (None, Some(partial)) => match (partial.year, partial.month) {
                (Some(year), Some(number)) => month(year, number),
                (Some(year), None) => Some((
                    day_number(NaiveDate::from_ymd_opt(year, 1, 1)?),
                    day_number(NaiveDate::from_ymd_opt(year, 12, 31)?),
                )),
                _ => None,
            },
            (None, None) => {
                let published = day_number(self.published?);
                Some((published - 7, published + 7))
            }
        }
    }
}

#[derive(Debug)]
struct Cluster {
    day: Option<NaiveDate>,
    reports: Vec<Report>,
}

/// Recomputes the meetings the touched reports can change. Returns how
/// many reports joined a meeting another report also describes, counted
/// over the meetings that hold a new report.
pub(super) fn remerge(connection: &Connection, touched: &Touched) -> Result<usize, StoreError> {
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
    // One outlet's `talks` is another's `summit`: in-person meetings of the
    // same people merge across those two kinds; calls and video calls stay
    // with their own kind.
    let mut families: BTreeMap<(String, &'static [&'static str]), BTreeSet<i64>> = BTreeMap::new();
    for ((key, kind), days) in touched {
        families
            .entry((key.clone(), family(kind)))
            .or_default()
            .extend(days);
    }
    for ((key, kinds), days) in families {
        let reports = load_family(connection, &key, kinds, &days)?;
        let clusters = cluster(reports, &chains);
        // Keys in cluster order, as a full recomputation gives them.
        let mut used_keys = BTreeSet::new();
        let keyed: Vec<(String, &str, &Cluster)> = clusters
            .iter()
            .map(|cluster| {
                let kind = meeting_kind(cluster);
                let key = meeting_key(&key, kind, cluster, &chains, &mut used_keys);
                (key, kind, cluster)
            })
            .collect();
        // Old meetings the loaded reports belong to, and how many of them each has.
        let mut old: BTreeMap<i64, usize> = BTreeMap::new();
        for cluster in &clusters {
            for report in &cluster.reports {
                if let Some(id) = report.meeting_id {
                    *old.entry(id).or_default() += 1;
                }
            }
        }
        let mut kept = BTreeSet::new();
        for (meeting_key, _, cluster) in &keyed {
            if let Some(id) = unchanged(connection, cluster, meeting_key, &old)? {
                kept.insert(id);
            }
        }
        let mut delete = connection.prepare_cached("DELETE FROM meetings WHERE id = ?1")?;
        for id in old.keys().filter(|id| !kept.contains(id)) {
            delete.execute([id])?;
        }
        for (meeting_key, kind, cluster) in keyed {
            if cluster
                .reports
                .iter()
                .any(|report| report.meeting_id.is_none())
            {
                merged += cluster.reports.len() - 1;
            }
            let id = cluster.reports[0].meeting_id;
            if id.is_some_and(|id| kept.contains(&id)) {
                continue;
            }
            write_meeting(connection, &key, kind, &meeting_key, cluster, &chains)?;
        }
    }
    Ok(merged)
}

/// A summit if any outlet called it one.
fn meeting_kind(cluster: &Cluster) -> &str {
    if cluster.reports.iter().any(|report| report.kind == "summit") {
        "summit"
    } else {
        cluster.reports[0].kind.as_str()
    }
}

/// The stored meeting that is exactly this cluster (the same reports, all
/// of its reports, and the same key), if any.
fn unchanged(
    connection: &Connection,
    cluster: &Cluster,
    meeting_key: &str,
    old: &BTreeMap<i64, usize>,
) -> Result<Option<i64>, StoreError> {
    let Some(id) = cluster.reports[0].meeting_id else {
        return Ok(None);
    };
    if cluster
        .reports
        .iter()
        .any(|report| report.meeting_id != Some(id))
        || old.get(&id) != Some(&cluster.reports.len())
    {
        return Ok(None);
    }
    let stored: Option<String> = connection
        .prepare_cached("SELECT meeting_key FROM meetings WHERE id = ?1")?
        .query_row([id], |row| row.get(0))
        .optional()?;
    Ok((stored.as_deref() == Some(meeting_key)).then_some(id))
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

/// The reports of a family that the new reports' `days` can regroup: every
/// report not dated to the day, and the day-dated ones of the days any of
/// those or the new reports fall on or could join.
fn load_family(
    connection: &Connection,
    key: &str,
    kinds: &[&str],
    days: &BTreeSet<i64>,
) -> Result<Vec<Report>, StoreError> {
    const SELECT: &str = "SELECT r.id, r.status, r.date, r.partial_year, r.partial_month, r.partial_day, r.partial_weekday,
                r.place_id, r.meeting_id, a.published, a.content_hash
         FROM reports r JOIN articles a ON a.id = r.article_id
         WHERE r.participants_key = ?1 AND r.kind = ?2";
    let mut reports = Vec::new();
    for &kind in kinds {
        let mut statement = connection.prepare_cached(&format!("{SELECT} AND r.day IS NULL"))?;
        read_reports(statement.query(params![key, kind])?, kind, &mut reports)?;
    }
    let mut windows: Vec<(i64, i64)> = days.iter().map(|&day| (day, day)).collect();
    let mut unbounded = false;
    for report in &reports {
        match report.window() {
            Some(window) => windows.push(window),
            None => unbounded = true,
        }
    }
    for &kind in kinds {
        if unbounded {
            let mut statement =
                connection.prepare_cached(&format!("{SELECT} AND r.day IS NOT NULL"))?;
            read_reports(statement.query(params![key, kind])?, kind, &mut reports)?;
            continue;
        }
        let mut statement =
            connection.prepare_cached(&format!("{SELECT} AND r.day BETWEEN ?3 AND ?4"))?;
        for (from, to) in coalesce(&mut windows) {
            read_reports(
                statement.query(params![key, kind, from, to])?,
                kind,
                &mut reports,
            )?;
        }
    }
    Ok(reports)
}

/// Sorts and joins overlapping or adjacent day ranges.
fn coalesce(windows: &mut [(i64, i64)]) -> Vec<(i64, i64)> {
    windows.sort_unstable();
    let mut joined: Vec<(i64, i64)> = Vec::with_capacity(windows.len());
    for &(from, to) in windows.iter() {
        match joined.last_mut() {
            Some(last) if from <= last.1 + 1 => last.1 = last.1.max(to),
            _ => joined.push((from, to)),
        }
    }
    joined
}

fn read_reports(
    mut rows: rusqlite::Rows<'_>,
    kind: &str,
    reports: &mut Vec<Report>,
) -> Result<(), StoreError> {
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let date: Option<String> = row.get(2)?;
        let weekday: Option<i64> = row.get(6)?;
        let weekday = match weekday {
            None => None,
            Some(number) => Some(
                u8::try_from(number)
                    .ok()
                    .and_then(|number| Weekday::try_from(number).ok())
                    .ok_or_else(|| {
                        StoreError::Corrupt(format!("reports row {id}: partial_weekday {number}"))
                    })?,
            ),
        };
        let (year, month, day): (Option<i32>, Option<u32>, Option<u32>) =
            (row.get(3)?, row.get(4)?, row.get(5)?);
        let partial = (year.is_some() || month.is_some() || day.is_some() || weekday.is_some())
            .then_some(Partial {
                year,
                month,
                day,
                weekday,
            });
        let published: Option<String> = row.get(9)?;
        reports.push(Report {
            id,
            kind: kind.to_string(),
            status: row.get(1)?,
            day: date.as_deref().and_then(parse_day),
            date,
            partial,
            place: row.get(7)?,
            meeting_id: row.get(8)?,
            published: published.and_then(|date| crate::article::parse_date(&date)),
            content_hash: row.get(10)?,
        });
    }
    Ok(())
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
            a.day.is_none(),
            a.day,
            a.date.is_none(),
            &a.date,
            a.published,
            &a.content_hash,
            a.id,
        )
            .cmp(&(
                b.day.is_none(),
                b.day,
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
                day: report.day,
                reports: vec![report],
            }),
        }
    }
    clusters
}

fn fits(cluster: &Cluster, report: &Report, chains: &dyn Fn(&str) -> Vec<String>) -> bool {
    let date_fits = match (cluster.day, report.day) {
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

fn partial_fits(partial: &Partial, day: NaiveDate) -> bool {
    partial.day.is_none_or(|value| value == day.day())
        && partial.month.is_none_or(|value| value == day.month())
        && partial.year.is_none_or(|value| value == day.year())
        && partial
            .weekday
            .is_none_or(|weekday| weekday == day.weekday())
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

/// The most specific place any report gives.
fn meeting_place(cluster: &Cluster, chains: &dyn Fn(&str) -> Vec<String>) -> Option<String> {
    cluster
        .reports
        .iter()
        .filter_map(|report| report.place.clone())
        .max_by_key(|place| (chains(place).len(), std::cmp::Reverse(place.clone())))
}

/// The key is derived from what the meeting is, not from row ids, so it is
/// the same whatever order the articles came in. Two clusters of the same
/// people on the same day (kept apart by their places) differ by place; the
/// earliest article breaks any remaining tie.
fn meeting_key(
    key: &str,
    kind: &str,
    cluster: &Cluster,
    chains: &dyn Fn(&str) -> Vec<String>,
    used_keys: &mut BTreeSet<String>,
) -> String {
    let place = meeting_place(cluster, chains);
    let day = cluster.day.map(|day| day.to_string()).unwrap_or_default();
    let first_article = cluster
        .reports
        .iter()
        .map(|report| report.content_hash.as_str())
        .min()
        .unwrap_or_default();
    let mut attempt = 0;
    loop {
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
            return candidate;
        }
        attempt += 1;
    }
}

fn write_meeting(
    connection: &Connection,
    key: &str,
    kind: &str,
    meeting_key: &str,
    cluster: &Cluster,
    chains: &dyn Fn(&str) -> Vec<String>,
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
        reports
            .iter()
            .find_map(|report| report.partial.as_ref())
            .map(crate::views::partial_json)
    } else {
        None
    };
    let place = meeting_place(cluster, chains);
    connection.prepare_cached(
        "INSERT INTO meetings (meeting_key, participants_key, kind, status, date, date_partial, place_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?.execute(params![meeting_key, key, kind, status, date, partial, place],
    )?;
    let meeting_id = connection.last_insert_rowid();
    // Participants as the report closest to the meeting's day describes them
    // (titles are dated): the first report to name one wins. Every report
    // in canonical order adds issues.
    let mut insert_participants = connection.prepare_cached(
        "INSERT OR IGNORE INTO participants (meeting_id, entity_id, kind, name, country, title)
         SELECT ?1, entity_id, kind, name, country, title FROM report_participants
         WHERE report_id = ?2 ORDER BY position",
    )?;
    let mut insert_issues = connection.prepare_cached(
        "INSERT OR IGNORE INTO meeting_issues (meeting_id, issue_id)
         SELECT ?1, issue_id FROM report_issues WHERE report_id = ?2 ORDER BY position",
    )?;
    let mut update_report =
        connection.prepare_cached("UPDATE reports SET meeting_id = ?1 WHERE id = ?2")?;
    for report in reports {
        insert_participants.execute(params![meeting_id, report.id])?;
        insert_issues.execute(params![meeting_id, report.id])?;
        update_report.execute(params![meeting_id, report.id])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from_day_number(day: i64) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(i32::try_from(day - JULIAN_CE).ok()?)
    }

    #[test]
    fn day_numbers_are_sqlite_julian_days() {
        let date = NaiveDate::from_ymd_opt(2021, 3, 17).unwrap();
        // SELECT CAST(julianday('2021-03-17') + 0.5 AS INTEGER)
        assert_eq!(day_number(date), 2_459_291);
        assert_eq!(from_day_number(2_459_291), Some(date));
    }

    #[test]
    fn windows_join_when_they_touch() {
        let mut windows = vec![(10, 12), (1, 3), (4, 5), (11, 20), (30, 30)];
        assert_eq!(coalesce(&mut windows), vec![(1, 5), (10, 20), (30, 30)]);
    }

    fn report(date: Option<&str>, partial: Option<Partial>, published: Option<&str>) -> Report {
        Report {
            id: 1,
            kind: "talks".into(),
            status: "held".into(),
            day: date.and_then(parse_day),
            date: date.map(str::to_string),
            partial,
            place: None,
            published: published.and_then(crate::article::parse_date),
            content_hash: "h".into(),
            meeting_id: None,
        }
    }

    /// Every day a report could join lies inside its window.
    #[test]
    fn a_report_window_covers_every_day_it_fits() {
        let day = |text: &str| day_number(parse_day(text).unwrap());
        let month = report(Some("2021-02"), None, None);
        assert_eq!(month.window(), Some((day("2021-02-01"), day("2021-02-28"))));
        let undated = report(None, None, Some("2021-03-17"));
        assert_eq!(
            undated.window(),
            Some((day("2021-03-10"), day("2021-03-24")))
        );
        let partial = Partial {
            year: Some(2020),
            month: None,
            day: Some(3),
            weekday: None,
        };
        let partial = report(None, Some(partial), None);
        assert_eq!(
            partial.window(),
            Some((day("2020-01-01"), day("2020-12-31")))
        );
        // A weekday alone fits any such day; an undated report of an
        // undated article fits any cluster.
        let weekday = Partial {
            weekday: Some(Weekday::Tue),
            ..Partial::default()
        };
        assert_eq!(report(None, Some(weekday), None).window(), None);
        assert_eq!(report(None, None, None).window(), None);
    }
}
