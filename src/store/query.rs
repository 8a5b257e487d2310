//! Reading the store: meetings by filter, people by any spelling, profiles.

use super::{Store, StoreError};
use rusqlite::{params_from_iter, types::Value as SqlValue, OptionalExtension};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// Which meetings to list. Flags become this before any SQL runs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetingFilter {
    /// Person ids; a meeting must include every one of them.
    pub people: Vec<String>,
    pub country: Option<String>,
    pub issue: Option<String>,
    /// Inclusive bounds, `YYYY-MM-DD` (a month-precision date counts by its month).
    pub since: Option<String>,
    pub until: Option<String>,
    pub kind: Option<String>,
    pub status: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredParticipant {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub country: Option<String>,
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSource {
    pub article_id: i64,
    pub path: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Evidence sentences: byte range in the article body, the sentence, the fields it supports.
    pub evidence: Vec<(i64, i64, String, String)>,
}

/// A meeting as stored: merged across every article that reported it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredMeeting {
    /// Stable id, the same whatever order articles were ingested in.
    pub key: String,
    pub kind: String,
    pub status: String,
    pub date: Option<String>,
    pub date_partial: Option<String>,
    /// Place id, name, kind and the chain of places containing it.
    pub place: Option<(String, String, String, Vec<String>)>,
    pub participants: Vec<StoredParticipant>,
    pub countries: Vec<String>,
    pub issues: Vec<(String, String)>,
    pub sources: Vec<StoredSource>,
    /// How many articles reported it: known without reading `sources`.
    pub source_count: usize,
}

/// The person a name picked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundPerson {
    pub id: String,
    /// The display name, to say which person was taken.
    pub name: String,
    /// Other people the name could also mean, none of whom has a meeting in
    /// the store: the one who has was taken, and the caller should say so.
    pub passed_over: usize,
}

/// One of the people an ambiguous name could mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: String,
    pub name: String,
    /// The latest title the gazetteer gives, to tell namesakes apart.
    pub role: Option<String>,
    /// Meetings in the store with this person at the table.
    pub meetings: usize,
}

impl Candidate {
    fn found(self, passed_over: usize) -> FoundPerson {
        FoundPerson {
            id: self.id,
            name: self.name,
            passed_over,
        }
    }
}

/// How many namesakes an error message lists when none has a meeting.
const LISTED_WITHOUT_MEETINGS: usize = 10;

/// A name given on the command line did not pick out one person.
#[derive(Debug, thiserror::Error)]
pub enum NameError {
    /// Several people fit. `candidates` are those with meetings in the store
    /// (most meetings first) when any has, else every namesake;
    /// `without_meetings` counts the namesakes left out of the list.
    #[error("{}", ambiguity_text(.name, .candidates, *.without_meetings))]
    Ambiguous {
        name: String,
        candidates: Vec<Candidate>,
        without_meetings: usize,
    },
    #[error("no person called `{name}` in the gazetteer{}", if .suggestions.is_empty() { String::new() } else { format!("; did you mean: {}?", .suggestions.join(", ")) })]
    Unknown {
        name: String,
        suggestions: Vec<String>,
    },
}

fn ambiguity_text(name: &str, candidates: &[Candidate], without_meetings: usize) -> String {
    let line = |candidate: &Candidate| {
        let role = candidate
            .role
            .as_deref()
            .map(|role| format!(" ({role})"))
            .unwrap_or_default();
        let meetings = match candidate.meetings {
            0 => String::new(),
            1 => ", 1 meeting".to_string(),
            count => format!(", {count} meetings"),
        };
        format!("  {}  {}{role}{meetings}", candidate.id, candidate.name)
    };
    let with_meetings = candidates.iter().any(|candidate| candidate.meetings > 0);
    let mut text = if with_meetings {
        format!(
            "`{name}` could be several people with meetings in the store; give a full name or an id:"
        )
    } else {
        format!(
            "`{name}` could be {} people, none with a meeting in the store; give a full name or an id:",
            candidates.len()
        )
    };
    let listed = if with_meetings {
        candidates.len()
    } else {
        candidates.len().min(LISTED_WITHOUT_MEETINGS)
    };
    for candidate in &candidates[..listed] {
        text.push('\n');
        text.push_str(&line(candidate));
    }
    if listed < candidates.len() {
        text.push_str(&format!(
            "\n  ... and {} more (`dipkb gazetteer lookup` shows names)",
            candidates.len() - listed
        ));
    }
    if with_meetings && without_meetings > 0 {
        text.push_str(&format!(
            "\n({without_meetings} more in the gazetteer have no meeting in the store)"
        ));
    }
    text
}

/// A person's record in the store, for `dipkb person`.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonProfile {
    pub id: String,
    pub name: String,
    pub country: Option<String>,
    /// Roles as JSON objects `{title, org, from, to}`.
    pub roles: Vec<Value>,
    pub meetings: Vec<StoredMeeting>,
    /// Counterparts by number of shared meetings, most first.
    pub counterparts: Vec<(String, String, usize)>,
    pub issues: Vec<(String, String, usize)>,
}

impl Store {
    /// Finds the one person a name means: any spelling or variant, any
    /// case, or a family name alone when only one person has it. When the
    /// name fits several people and exactly one of them has meetings in the
    /// store, that one is taken (`passed_over` says how many were not).
    pub fn find_person(&self, name: &str) -> Result<Result<FoundPerson, NameError>, StoreError> {
        let folded = crate::tagger::fold(name.trim());
        let folded = folded.split_whitespace().collect::<Vec<_>>().join(" ");
        // An id works too.
        let by_id: Option<String> = self
            .connection
            .query_row(
                "SELECT id FROM entities WHERE kind = 'person' AND id = ?1",
                [&folded],
                |row| row.get(0),
            )
            .optional()?;
        if let Some(id) = by_id {
            return Ok(Ok(self.candidate(id)?.found(0)));
        }
        let mut statement = self.connection.prepare_cached(
            "SELECT DISTINCT person_id, how FROM person_names WHERE name = ?1 ORDER BY person_id",
        )?;
        let rows: Vec<(String, String)> = statement
            .query_map([&folded], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let full: Vec<&String> = rows
            .iter()
            .filter(|(_, how)| how != "family")
            .map(|(id, _)| id)
            .collect();
        let mut ids: Vec<String> = if full.is_empty() {
            rows.iter().map(|(id, _)| id.clone()).collect()
        } else {
            full.into_iter().cloned().collect()
        };
        ids.dedup();
        match ids.len() {
            1 => Ok(Ok(self.candidate(ids.remove(0))?.found(0))),
            0 => Ok(Err(NameError::Unknown {
                name: name.to_string(),
                suggestions: self.closest_names(&folded)?,
            })),
            _ => {
                let mut candidates = Vec::new();
                for id in ids {
                    candidates.push(self.candidate(id)?);
                }
                let (mut met, unmet): (Vec<Candidate>, Vec<Candidate>) = candidates
                    .into_iter()
                    .partition(|candidate| candidate.meetings > 0);
                if met.len() == 1 {
                    return Ok(Ok(met.remove(0).found(unmet.len())));
                }
                if met.is_empty() {
                    return Ok(Err(NameError::Ambiguous {
                        name: name.to_string(),
                        candidates: unmet,
                        without_meetings: 0,
                    }));
                }
                met.sort_by(|a, b| b.meetings.cmp(&a.meetings).then_with(|| a.id.cmp(&b.id)));
                Ok(Err(NameError::Ambiguous {
                    name: name.to_string(),
                    candidates: met,
                    without_meetings: unmet.len(),
                }))
            }
        }
    }

    /// A namesake for an ambiguity message: name, latest title, meetings.
    fn candidate(&self, id: String) -> Result<Candidate, StoreError> {
        let (name, roles): (String, Option<String>) = self.connection.query_row(
            "SELECT name, roles FROM entities WHERE kind = 'person' AND id = ?1",
            [&id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let roles: Vec<Value> = match roles {
            Some(text) => serde_json::from_str(&text).map_err(|error| {
                StoreError::Corrupt(format!("entities row person {id}: roles: {error}"))
            })?,
            None => Vec::new(),
        };
        let role = roles.last().cloned().and_then(|role| {
            role.get("title")
                .and_then(Value::as_str)
                .map(str::to_string)
        });
        let meetings: i64 = self.connection.query_row(
            "SELECT count(*) FROM participants WHERE entity_id = ?1",
            [&id],
            |row| row.get(0),
        )?;
        Ok(Candidate {
            id,
            name,
            role,
            meetings: usize::try_from(meetings).unwrap_or(0),
        })
    }

    /// The person names nearest to `folded` by edit distance, for suggestions.
    fn closest_names(&self, folded: &str) -> Result<Vec<String>, StoreError> {
        let mut statement = self.connection.prepare_cached(
            "SELECT DISTINCT n.name, e.name FROM person_names n JOIN entities e ON e.kind = 'person' AND e.id = n.person_id",
        )?;
        let mut scored: Vec<(usize, String)> = statement
            .query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
            })?
            .map(|row| row.map(|(name, display)| (edit_distance(folded, &name), display)))
            .collect::<Result<_, _>>()?;
        scored.sort();
        let limit = (folded.chars().count() / 3).max(2);
        let mut suggestions: Vec<String> = Vec::new();
        for (distance, display) in scored {
            if distance > limit || suggestions.len() >= 5 {
                break;
            }
            if !suggestions.contains(&display) {
                suggestions.push(display);
            }
        }
        Ok(suggestions)
    }

    /// Meetings matching the filter, sorted by date (undated last), then key.
    /// The `entities` table as the graph needs it: names, countries and
    /// people's roles (for member-of edges).
    pub fn entities(&self) -> Result<crate::graph::Entities, StoreError> {
        let mut statement = self
            .connection
            .prepare("SELECT kind, id, name, country, roles FROM entities ORDER BY kind, id")?;
        let mut rows = statement.query([])?;
        let mut entities = crate::graph::Entities::default();
        while let Some(row) = rows.next()? {
            let kind: String = row.get(0)?;
            let id: String = row.get(1)?;
            let name: String = row.get(2)?;
            let country: Option<String> = row.get(3)?;
            let roles: Option<String> = row.get(4)?;
            entities.insert(&kind, &id, &name, country.as_deref());
            let Some(roles) = roles else { continue };
            let roles: Vec<Value> = serde_json::from_str(&roles).map_err(|error| {
                StoreError::Corrupt(format!("entities row {kind} {id}: roles: {error}"))
            })?;
            for role in roles {
                let title = role.get("title").and_then(Value::as_str);
                let org = role.get("org").and_then(Value::as_str);
                if let (Some(title), Some(org)) = (title, org) {
                    entities.add_role(&id, title, org);
                }
            }
        }
        Ok(entities)
    }

    pub fn meetings(&self, filter: &MeetingFilter) -> Result<Vec<StoredMeeting>, StoreError> {
        self.select_meetings(filter, true)
    }

    /// Meetings without their sources: what the graph needs, read without
    /// touching article bodies (most of the cost on a large store).
    pub fn meetings_brief(&self, filter: &MeetingFilter) -> Result<Vec<StoredMeeting>, StoreError> {
        self.select_meetings(filter, false)
    }

    fn select_meetings(
        &self,
        filter: &MeetingFilter,
        with_sources: bool,
    ) -> Result<Vec<StoredMeeting>, StoreError> {
        // Filters are written `m.id IN (SELECT ...)` so SQLite starts from
        // the participants or issues index rather than scanning every
        // meeting and probing each one.
        let mut conditions: Vec<String> = Vec::new();
        let mut values: Vec<SqlValue> = Vec::new();
        for person in &filter.people {
            values.push(SqlValue::Text(person.clone()));
            conditions.push(format!(
                "m.id IN (SELECT p.meeting_id FROM participants p WHERE p.entity_id = ?{})",
                values.len()
            ));
        }
        if let Some(country) = &filter.country {
            values.push(SqlValue::Text(country.to_uppercase()));
            conditions.push(format!(
                "m.id IN (SELECT p.meeting_id FROM participants p WHERE p.country = ?{})",
                values.len()
            ));
        }
        if let Some(issue) = &filter.issue {
            values.push(SqlValue::Text(issue.clone()));
            conditions.push(format!(
                "m.id IN (SELECT i.meeting_id FROM meeting_issues i WHERE i.issue_id = ?{})",
                values.len()
            ));
        }
        if let Some(since) = &filter.since {
            values.push(SqlValue::Text(since.clone()));
            conditions.push(format!(
                "m.date IS NOT NULL AND substr(m.date, 1, length(?{0})) >= ?{0}",
                values.len()
            ));
        }
        if let Some(until) = &filter.until {
            values.push(SqlValue::Text(until.clone()));
            conditions.push(format!(
                "m.date IS NOT NULL AND substr(m.date, 1, length(?{0})) <= ?{0}",
                values.len()
            ));
        }
        if let Some(kind) = &filter.kind {
            values.push(SqlValue::Text(kind.clone()));
            conditions.push(format!("m.kind = ?{}", values.len()));
        }
        if let Some(status) = &filter.status {
            values.push(SqlValue::Text(status.clone()));
            conditions.push(format!("m.status = ?{}", values.len()));
        }
        let selected = if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        };
        // One snapshot for the meetings and their rows, so an ingest
        // committing meanwhile cannot show a meeting without its rows.
        let snapshot = self.connection.unchecked_transaction()?;
        let sql = format!(
            "SELECT m.id, m.meeting_key, m.kind, m.status, m.date, m.date_partial, m.place_id, pl.name, pl.kind, pl.within
             FROM meetings m LEFT JOIN places pl ON pl.id = m.place_id
             {selected} ORDER BY m.date IS NULL, m.date, m.meeting_key"
        );
        let mut statement = snapshot.prepare_cached(&sql)?;
        let rows: Vec<(i64, StoredMeeting, Option<String>)> = statement
            .query_map(params_from_iter(values.iter()), |row| {
                let place_id: Option<String> = row.get(6)?;
                let place = match place_id {
                    Some(id) => Some((
                        id.clone(),
                        row.get::<_, Option<String>>(7)?.unwrap_or(id),
                        row.get::<_, Option<String>>(8)?.unwrap_or_default(),
                        Vec::new(),
                    )),
                    None => None,
                };
                Ok((
                    row.get(0)?,
                    StoredMeeting {
                        key: row.get(1)?,
                        kind: row.get(2)?,
                        status: row.get(3)?,
                        date: row.get(4)?,
                        date_partial: row.get(5)?,
                        place,
                        participants: Vec::new(),
                        countries: Vec::new(),
                        issues: Vec::new(),
                        sources: Vec::new(),
                        source_count: 0,
                    },
                    row.get(9)?,
                ))
            })?
            .collect::<Result<_, _>>()?;
        let mut meetings = Vec::with_capacity(rows.len());
        let mut index: HashMap<i64, usize> = HashMap::with_capacity(rows.len());
        for (id, mut meeting, within) in rows {
            if let (Some(place), Some(within)) = (&mut meeting.place, within) {
                place.3 = serde_json::from_str(&within).map_err(|error| {
                    StoreError::Corrupt(format!("places row {}: within: {error}", place.0))
                })?;
            }
            index.insert(id, meetings.len());
            meetings.push(meeting);
        }
        if meetings.is_empty() {
            return Ok(meetings);
        }
        // The selected meetings' rows, read in meeting order with one
        // statement per table rather than three per meeting: the rows of
        // neighbouring meetings share pages, and each page is read once.
        let of_selected = |column: &str| {
            if selected.is_empty() {
                String::new()
            } else {
                format!("WHERE {column} IN (SELECT m.id FROM meetings m {selected})")
            }
        };
        let mut statement = snapshot.prepare_cached(&format!(
            "SELECT meeting_id, entity_id, kind, name, country, title FROM participants
             {} ORDER BY meeting_id, entity_id",
            of_selected("meeting_id")
        ))?;
        let mut rows = statement.query(params_from_iter(values.iter()))?;
        while let Some(row) = rows.next()? {
            let Some(&at) = index.get(&row.get::<_, i64>(0)?) else {
                continue;
            };
            meetings[at].participants.push(StoredParticipant {
                id: row.get(1)?,
                kind: row.get(2)?,
                name: row.get(3)?,
                country: row.get(4)?,
                title: row.get(5)?,
            });
        }
        for meeting in &mut meetings {
            let mut countries: Vec<String> = meeting
                .participants
                .iter()
                .filter_map(|p| p.country.clone())
                .collect();
            countries.sort();
            countries.dedup();
            meeting.countries = countries;
        }
        let mut statement = snapshot.prepare_cached(&format!(
            "SELECT mi.meeting_id, i.id, i.name FROM meeting_issues mi JOIN issues i ON i.id = mi.issue_id
             {} ORDER BY mi.meeting_id, i.id",
            of_selected("mi.meeting_id")
        ))?;
        let mut rows = statement.query(params_from_iter(values.iter()))?;
        while let Some(row) = rows.next()? {
            if let Some(&at) = index.get(&row.get::<_, i64>(0)?) {
                meetings[at].issues.push((row.get(1)?, row.get(2)?));
            }
        }
        if with_sources {
            self.fill_sources(
                &snapshot,
                &of_selected("s.meeting_id"),
                &values,
                &index,
                &mut meetings,
            )?;
            for meeting in &mut meetings {
                meeting.source_count = meeting.sources.len();
            }
        } else {
            // The count alone reads no article row or body.
            let mut statement = snapshot.prepare_cached(&format!(
                "SELECT s.meeting_id, COUNT(DISTINCT s.article_id) FROM sources s
                 {} GROUP BY s.meeting_id",
                of_selected("s.meeting_id")
            ))?;
            let mut rows = statement.query(params_from_iter(values.iter()))?;
            while let Some(row) = rows.next()? {
                if let Some(&at) = index.get(&row.get::<_, i64>(0)?) {
                    meetings[at].source_count = row.get::<_, i64>(1)? as usize;
                }
            }
        }
        Ok(meetings)
    }

    /// Each meeting's sources: the articles that reported it (by content
    /// hash) and their evidence sentences, cut from the bodies.
    fn fill_sources(
        &self,
        snapshot: &rusqlite::Transaction<'_>,
        of_selected: &str,
        values: &[SqlValue],
        index: &HashMap<i64, usize>,
        meetings: &mut [StoredMeeting],
    ) -> Result<(), StoreError> {
        // Bodies stay out of the sort (a body is a kilobyte or more, its
        // evidence rows a few numbers) and are read once per article.
        let mut sources = snapshot.prepare_cached(&format!(
            "SELECT s.meeting_id, a.id, a.path, a.title, a.published, a.source, a.url, s.start_byte, s.end_byte, s.fields
             FROM sources s JOIN articles a ON a.id = s.article_id
             {of_selected} ORDER BY s.meeting_id, a.content_hash, s.start_byte",
        ))?;
        let mut stored_body =
            snapshot.prepare_cached("SELECT body, dictionary_id FROM articles WHERE id = ?1")?;
        let mut rows = sources.query(params_from_iter(values.iter()))?;
        let mut bodies = super::body::BodyReader::new(snapshot);
        // Evidence rows of one article come together: decompress its body once.
        let mut body: Option<(i64, String)> = None;
        while let Some(row) = rows.next()? {
            let Some(&at) = index.get(&row.get::<_, i64>(0)?) else {
                continue;
            };
            let article_id: i64 = row.get(1)?;
            let (start, end): (i64, i64) = (row.get(7)?, row.get(8)?);
            if body.as_ref().is_none_or(|(id, _)| *id != article_id) {
                let text = stored_body.query_row([article_id], |stored| {
                    Ok(bodies.text(stored.get_ref(0)?, stored.get(1)?, article_id))
                })??;
                body = Some((article_id, text));
            }
            let text = body
                .as_ref()
                .map_or("", |(_, text)| text.as_str())
                .as_bytes();
            let slice = |offset: i64| (offset.max(0) as usize).min(text.len());
            let sentence =
                String::from_utf8_lossy(&text[slice(start)..slice(end).max(slice(start))])
                    .into_owned();
            let fields: String = row.get(9)?;
            let meeting = &mut meetings[at];
            // Rows of one article are adjacent within a meeting (ordered by
            // content hash), so its entry is the last one when it exists.
            match meeting.sources.last_mut() {
                Some(source) if source.article_id == article_id => {
                    source.evidence.push((start, end, sentence, fields));
                }
                _ => meeting.sources.push(StoredSource {
                    article_id,
                    path: row.get(2)?,
                    title: row.get(3)?,
                    published: row.get(4)?,
                    source: row.get(5)?,
                    url: row.get(6)?,
                    evidence: vec![(start, end, sentence, fields)],
                }),
            }
        }
        Ok(())
    }

    /// Everything the store knows about one person.
    pub fn person(&self, id: &str) -> Result<PersonProfile, StoreError> {
        let (name, country, roles): (String, Option<String>, Option<String>) =
            self.connection.query_row(
                "SELECT name, country, roles FROM entities WHERE kind = 'person' AND id = ?1",
                [id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )?;
        let roles: Vec<Value> = match roles {
            Some(text) => serde_json::from_str(&text).map_err(|error| {
                StoreError::Corrupt(format!("entities row person {id}: roles: {error}"))
            })?,
            None => Vec::new(),
        };
        let meetings = self.meetings(&MeetingFilter {
            people: vec![id.to_string()],
            ..MeetingFilter::default()
        })?;
        let mut counterparts: BTreeMap<(String, String), usize> = BTreeMap::new();
        let mut issues: BTreeMap<(String, String), usize> = BTreeMap::new();
        for meeting in &meetings {
            for participant in &meeting.participants {
                if participant.id != id {
                    *counterparts
                        .entry((participant.id.clone(), participant.name.clone()))
                        .or_default() += 1;
                }
            }
            for (issue, issue_name) in &meeting.issues {
                *issues
                    .entry((issue.clone(), issue_name.clone()))
                    .or_default() += 1;
            }
        }
        let rank = |map: BTreeMap<(String, String), usize>| {
            let mut list: Vec<(String, String, usize)> = map
                .into_iter()
                .map(|((id, name), count)| (id, name, count))
                .collect();
            list.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
            list
        };
        Ok(PersonProfile {
            id: id.to_string(),
            name,
            country,
            roles,
            meetings,
            counterparts: rank(counterparts),
            issues: rank(issues),
        })
    }

    /// The display name of a place or country id, as the gazetteer had it.
    /// Listings call it for every place containing every meeting's place,
    /// each call a read transaction of its own (file locks and all), so
    /// names are remembered for the life of this `Store`; its own ingests
    /// forget them. (Another process re-syncing a renamed place shows in
    /// a `Store` opened after it.)
    pub fn place_name(&self, id: &str) -> Result<Option<String>, StoreError> {
        if let Some(name) = self.place_names.borrow().get(id) {
            return Ok(name.clone());
        }
        let name: Option<String> = self
            .connection
            .prepare_cached(
                "SELECT name FROM entities WHERE id = ?1 AND kind IN ('place', 'country') ORDER BY kind = 'country' DESC LIMIT 1",
            )?
            .query_row([id], |row| row.get(0))
            .optional()?;
        self.place_names
            .borrow_mut()
            .insert(id.to_string(), name.clone());
        Ok(name)
    }

    /// An issue id from an id or any name of it, case-insensitive.
    pub fn find_issue(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .connection
            .query_row(
                "SELECT id FROM issues WHERE id = ?1 OR lower(name) = lower(?1) UNION SELECT id FROM entities WHERE kind = 'issue' AND (id = ?1 OR lower(name) = lower(?1)) LIMIT 1",
                [name],
                |row| row.get(0),
            )
            .optional()?)
    }
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            current[j + 1] = (previous[j + 1] + 1)
                .min(current[j] + 1)
                .min(previous[j] + cost);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// Names the meeting-level exports (HTML, PLOVER, CAMEO CSV) show beside
/// the meetings: read once, not per meeting.
impl Store {
    /// Every entity of one kind, id → name.
    pub fn entity_names(&self, kind: &str) -> Result<BTreeMap<String, String>, StoreError> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT id, name FROM entities WHERE kind = ?1")?;
        let names = statement
            .query_map([kind], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(names)
    }

    /// Places meetings were held at: id → (name, kind, country).
    pub fn places(&self) -> Result<BTreeMap<String, StoredPlace>, StoreError> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT id, name, kind, country FROM places")?;
        let places = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    StoredPlace {
                        name: row.get(1)?,
                        kind: row.get(2)?,
                        country: row.get(3)?,
                    },
                ))
            })?
            .collect::<Result<_, _>>()?;
        Ok(places)
    }

    /// Every spelling the gazetteer gives these people (folded to lower
    /// case, as `--person` matches them), person id → spellings, sorted.
    pub fn person_spellings<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<BTreeMap<String, Vec<String>>, StoreError> {
        let mut statement = self.connection.prepare_cached(
            "SELECT DISTINCT name FROM person_names WHERE person_id = ?1 ORDER BY name",
        )?;
        let mut spellings = BTreeMap::new();
        for id in ids {
            let names: Vec<String> = statement
                .query_map([id], |row| row.get(0))?
                .collect::<Result<_, _>>()?;
            spellings.insert(id.to_string(), names);
        }
        Ok(spellings)
    }
}

/// A place as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPlace {
    pub name: String,
    /// city, district, venue, area, island, region, country...
    pub kind: String,
    pub country: Option<String>,
}
