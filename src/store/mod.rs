//! The knowledge base: an embedded SQLite file of articles, mentions and
//! meetings merged across articles.
//!
//! Every write is one transaction per batch, so a crash leaves the store as
//! it was before the batch or with the batch complete. Meetings are derived
//! from per-article reports and recomputed for every participant set a
//! batch touches, in a canonical order, so the result does not depend on the
//! order articles arrived in.

mod body;
mod merge;
mod query;
mod schema;
#[cfg(test)]
mod tests;

pub use query::{
    Candidate, FoundPerson, MeetingFilter, NameError, PersonProfile, StoredMeeting,
    StoredParticipant, StoredPlace, StoredSource,
};

use crate::article::Article;
use crate::extract::Extraction;
use crate::gazetteer::names::each_name;
use crate::gazetteer::{EntityRef, Gazetteer, Kind};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::time::Duration;

/// A store operation failed; says which and why.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("the store was written by a newer dipkb (schema version {found}, this one knows {known}); upgrade dipkb")]
    TooNew { found: i64, known: i64 },
    #[error("the store has a damaged row ({0}); run `dipkb reindex` or restore a backup")]
    Corrupt(String),
    #[error("compressing an article body: {0}")]
    Compress(std::io::Error),
}

pub struct Store {
    connection: Connection,
    /// The fingerprint of the gazetteer this store was last synced with in
    /// this process, keyed by the gazetteer's address and size, so a long
    /// ingest computes it once rather than once per batch.
    synced: Option<(GazetteerStamp, String)>,
    /// The integer codes of committed rows, remembered between batches.
    codes: Codes,
    /// Compresses bodies with the store's dictionary; like `codes`, taken
    /// out for a batch and handed back only after its commit, so a
    /// dictionary trained by a failed batch is never used.
    bodies: body::BodyWriter,
    /// How many bodies a store needs before it trains a dictionary.
    dictionary_min_bodies: usize,
    /// Place and country names `place_name` has looked up.
    place_names: std::cell::RefCell<HashMap<String, Option<String>>>,
}

/// The store's integer codes for entities, resolutions and candidate lists
/// (schema version 5), looked up once and remembered. They describe
/// committed rows only: a batch works on a copy taken out of the store and
/// hands it back after its commit, so a failed batch leaves none behind.
#[derive(Debug, Default)]
struct Codes {
    /// Every `entity_numbers` row, loaded on first use.
    known: Option<HashMap<(Kind, String), i64>>,
    /// For the gazetteer of `stamp`: per kind, per entity index, its number
    /// or 0 when not looked up yet.
    stamp: Option<GazetteerStamp>,
    numbers: [Vec<i64>; 5],
    resolutions: HashMap<&'static str, i64>,
    /// Every stored candidate list by its members' numbers, loaded on first use.
    lists: Option<HashMap<Vec<i64>, i64>>,
    /// Every stored mention text, loaded on first use.
    texts: Option<HashMap<String, i64>>,
}

impl Codes {
    fn known(
        &mut self,
        connection: &Connection,
    ) -> Result<&mut HashMap<(Kind, String), i64>, StoreError> {
        if self.known.is_none() {
            let mut known = HashMap::new();
            let mut statement = connection.prepare("SELECT num, kind, id FROM entity_numbers")?;
            let mut rows = statement.query([])?;
            while let Some(row) = rows.next()? {
                let num: i64 = row.get(0)?;
                let kind: String = row.get(1)?;
                let kind = Kind::ALL
                    .into_iter()
                    .find(|known| known.as_str() == kind)
                    .ok_or_else(|| {
                        StoreError::Corrupt(format!(
                            "entity_numbers row {num}: unknown kind `{kind}`"
                        ))
                    })?;
                known.insert((kind, row.get(2)?), num);
            }
            self.known = Some(known);
        }
        Ok(self.known.get_or_insert_with(HashMap::new))
    }

    /// The number of `entity`, given one on first sight.
    fn number(
        &mut self,
        connection: &Connection,
        gazetteer: &Gazetteer,
        entity: EntityRef,
    ) -> Result<i64, StoreError> {
        if self.stamp != Some(stamp(gazetteer)) {
            self.stamp = Some(stamp(gazetteer));
            for kind in Kind::ALL {
                self.numbers[kind as usize] = vec![0; gazetteer.len(kind)];
            }
        }
        let slot = self.numbers[entity.kind as usize][entity.index as usize];
        if slot != 0 {
            return Ok(slot);
        }
        let id = gazetteer.id(entity);
        let known = self.known(connection)?;
        let num = match known.get(&(entity.kind, id.to_string())) {
            Some(&num) => num,
            None => {
                connection
                    .prepare_cached("INSERT INTO entity_numbers (kind, id) VALUES (?1, ?2)")?
                    .execute(params![entity.kind.as_str(), id])?;
                let num = connection.last_insert_rowid();
                known.insert((entity.kind, id.to_string()), num);
                num
            }
        };
        self.numbers[entity.kind as usize][entity.index as usize] = num;
        Ok(num)
    }

    fn resolution(
        &mut self,
        connection: &Connection,
        name: &'static str,
    ) -> Result<i64, StoreError> {
        if let Some(&code) = self.resolutions.get(name) {
            return Ok(code);
        }
        connection
            .prepare_cached("INSERT OR IGNORE INTO resolutions (name) VALUES (?1)")?
            .execute([name])?;
        let code = connection
            .prepare_cached("SELECT code FROM resolutions WHERE name = ?1")?
            .query_row([name], |row| row.get(0))?;
        self.resolutions.insert(name, code);
        Ok(code)
    }

    /// The code of a mention's text, stored on first sight.
    fn text(&mut self, connection: &Connection, text: &str) -> Result<i64, StoreError> {
        if self.texts.is_none() {
            let mut texts = HashMap::new();
            let mut statement = connection.prepare("SELECT text, code FROM mention_texts")?;
            let mut rows = statement.query([])?;
            while let Some(row) = rows.next()? {
                texts.insert(row.get(0)?, row.get(1)?);
            }
            self.texts = Some(texts);
        }
        let texts = self.texts.get_or_insert_with(HashMap::new);
        if let Some(&code) = texts.get(text) {
            return Ok(code);
        }
        // Another process may have stored it since the texts were read.
        connection
            .prepare_cached("INSERT OR IGNORE INTO mention_texts (text) VALUES (?1)")?
            .execute([text])?;
        let code: i64 = connection
            .prepare_cached("SELECT code FROM mention_texts WHERE text = ?1")?
            .query_row([text], |row| row.get(0))?;
        texts.insert(text.to_string(), code);
        Ok(code)
    }

    /// The id of the candidate list `entities`, stored on first sight.
    fn candidates(
        &mut self,
        connection: &Connection,
        gazetteer: &Gazetteer,
        entities: &[EntityRef],
    ) -> Result<i64, StoreError> {
        let mut members = Vec::with_capacity(entities.len());
        for &entity in entities {
            members.push(self.number(connection, gazetteer, entity)?);
        }
        if self.lists.is_none() {
            let mut lists: HashMap<Vec<i64>, i64> = HashMap::new();
            let mut current: Option<(i64, Vec<i64>)> = None;
            let mut statement = connection.prepare(
                "SELECT list, position, num FROM candidate_lists ORDER BY list, position",
            )?;
            let mut rows = statement.query([])?;
            while let Some(row) = rows.next()? {
                let (list, position, num): (i64, i64, i64) =
                    (row.get(0)?, row.get(1)?, row.get(2)?);
                match &mut current {
                    Some((id, members)) if *id == list => members.push(num),
                    _ => {
                        if let Some((id, members)) = current.take() {
                            lists.insert(members, id);
                        }
                        current = Some((list, vec![num]));
                    }
                }
                let expected = current
                    .as_ref()
                    .map_or(0, |(_, members)| members.len() as i64 - 1);
                if position != expected {
                    return Err(StoreError::Corrupt(format!(
                        "candidate_lists list {list}: position {position} where {expected} was expected"
                    )));
                }
            }
            if let Some((id, members)) = current {
                lists.insert(members, id);
            }
            self.lists = Some(lists);
        }
        let lists = self.lists.get_or_insert_with(HashMap::new);
        if let Some(&id) = lists.get(&members) {
            return Ok(id);
        }
        // Read under the write lock: another process may have added lists.
        let id: i64 = connection
            .prepare_cached("SELECT coalesce(max(list), 0) + 1 FROM candidate_lists")?
            .query_row([], |row| row.get(0))?;
        let mut insert = connection.prepare_cached(
            "INSERT INTO candidate_lists (list, position, num) VALUES (?1, ?2, ?3)",
        )?;
        for (position, num) in members.iter().enumerate() {
            insert.execute(params![id, position as i64, num])?;
        }
        lists.insert(members, id);
        Ok(id)
    }
}

/// Identifies a loaded gazetteer cheaply: its address and how many
/// entities of each kind it has.
type GazetteerStamp = (usize, [usize; 5]);

fn stamp(gazetteer: &Gazetteer) -> GazetteerStamp {
    let mut sizes = [0; 5];
    for (size, kind) in sizes.iter_mut().zip(Kind::ALL) {
        *size = gazetteer.len(kind);
    }
    (gazetteer as *const Gazetteer as usize, sizes)
}

/// What one ingest batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchSummary {
    pub articles: usize,
    /// Articles already in the store (same content hash), left untouched.
    pub duplicates: usize,
    /// Meetings reported by the new articles.
    pub reports: usize,
    /// Of those, how many joined a meeting another report also describes.
    pub merged: usize,
}

impl std::ops::AddAssign for BatchSummary {
    fn add_assign(&mut self, other: BatchSummary) {
        self.articles += other.articles;
        self.duplicates += other.duplicates;
        self.reports += other.reports;
        self.merged += other.merged;
    }
}

/// The SHA-256 of an article body, hex: two articles with the same text are one.
pub fn content_hash(body: &str) -> String {
    let digest = Sha256::digest(body.as_bytes());
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

impl Store {
    /// Opens (creating if needed) the store at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let connection = Connection::open(path)?;
        Store::setup(connection)
    }

    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::setup(Connection::open_in_memory()?)
    }

    fn setup(connection: Connection) -> Result<Store, StoreError> {
        // Another process may hold the write lock while it commits a batch;
        // wait for it rather than fail.
        connection.busy_timeout(Duration::from_secs(120))?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        connection.pragma_update(None, "synchronous", "NORMAL")?;
        // Ingest updates indexes (mentions by article and person) at random
        // places; with SQLite's default 2 MB page cache most of those
        // updates re-read pages through system calls. 64 MB is allocated
        // only as pages are used, so queries do not pay for it.
        connection.pragma_update(None, "cache_size", -65536)?;
        let mut store = Store {
            connection,
            synced: None,
            codes: Codes::default(),
            bodies: body::BodyWriter::default(),
            dictionary_min_bodies: body::DICTIONARY_MIN_BODIES,
            place_names: Default::default(),
        };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let known = schema::MIGRATIONS.len() as i64;
        // Usually there is nothing to do: check without taking the write
        // lock, so a query never waits for an ingest batch to commit.
        let current: i64 = self
            .connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if current == known {
            return Ok(());
        }
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = transaction.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version > known {
            return Err(StoreError::TooNew {
                found: version,
                known,
            });
        }
        for migration in &schema::MIGRATIONS[version as usize..] {
            transaction.execute_batch(migration)?;
        }
        transaction.pragma_update(None, "user_version", known)?;
        transaction.commit()?;
        if (1..schema::COMPACT_MENTIONS).contains(&version) {
            // The old mention rows' pages would stay in the file as free
            // space; one rewrite gives them back.
            self.connection.execute_batch("VACUUM")?;
        }
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    pub fn connection(&self) -> &Connection {
        &self.connection
    }

    /// Which of these content hashes the store already has.
    pub fn known_hashes(&self, hashes: &[String]) -> Result<HashSet<String>, StoreError> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT 1 FROM articles WHERE content_hash = ?1")?;
        let mut known = HashSet::new();
        for hash in hashes {
            if statement.exists([hash])? {
                known.insert(hash.clone());
            }
        }
        Ok(known)
    }

    /// Stores a batch of extracted articles in one transaction, then merges
    /// the meetings they report. Articles already stored are skipped.
    pub fn ingest(
        &mut self,
        gazetteer: &Gazetteer,
        batch: &[(Article, Extraction)],
    ) -> Result<BatchSummary, StoreError> {
        let print = match &self.synced {
            Some((stamp_seen, print)) if *stamp_seen == stamp(gazetteer) => print.clone(),
            _ => fingerprint(gazetteer),
        };
        let mut codes = std::mem::take(&mut self.codes);
        let mut bodies = std::mem::take(&mut self.bodies);
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        sync_gazetteer(&transaction, gazetteer, &print)?;
        let texts: Vec<&str> = batch
            .iter()
            .map(|(article, _)| article.body.as_str())
            .collect();
        bodies.prepare(&transaction, &texts, self.dictionary_min_bodies)?;
        let mut summary = BatchSummary::default();
        let mut touched = merge::Touched::new();
        for (article, extraction) in batch {
            match insert_article(
                &transaction,
                gazetteer,
                &mut codes,
                &mut bodies,
                article,
                extraction,
                &mut touched,
            )? {
                Some(reports) => {
                    summary.articles += 1;
                    summary.reports += reports;
                }
                None => summary.duplicates += 1,
            }
        }
        summary.merged = merge::remerge(&transaction, &touched)?;
        transaction.commit()?;
        self.synced = Some((stamp(gazetteer), print));
        self.codes = codes;
        self.bodies = bodies;
        self.place_names.borrow_mut().clear();
        Ok(summary)
    }

    /// Re-extracts every stored article with `extract` and rebuilds all
    /// meetings, in one transaction.
    pub fn reindex(
        &mut self,
        gazetteer: &Gazetteer,
        mut extract: impl FnMut(&[Article]) -> Vec<Extraction>,
    ) -> Result<BatchSummary, StoreError> {
        let mut codes = std::mem::take(&mut self.codes);
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        transaction.execute("DELETE FROM meta WHERE key = 'gazetteer'", [])?;
        sync_gazetteer(&transaction, gazetteer, &fingerprint(gazetteer))?;
        transaction.execute_batch("DELETE FROM participants; DELETE FROM meeting_issues; DELETE FROM meetings; DELETE FROM report_participants; DELETE FROM report_issues; DELETE FROM report_evidence; DELETE FROM reports; DELETE FROM mention_spans;")?;
        let articles = load_articles(&transaction)?;
        let mut summary = BatchSummary::default();
        let mut touched = merge::Touched::new();
        for chunk in articles.chunks(1024) {
            let items: Vec<Article> = chunk.iter().map(|(_, article)| article.clone()).collect();
            let extractions = extract(&items);
            for ((id, article), extraction) in chunk.iter().zip(&extractions) {
                summary.articles += 1;
                summary.reports += insert_extraction(
                    &transaction,
                    gazetteer,
                    &mut codes,
                    *id,
                    article,
                    extraction,
                    &mut touched,
                )?;
            }
        }
        summary.merged = merge::remerge(&transaction, &touched)?;
        transaction.commit()?;
        self.synced = None;
        self.codes = codes;
        self.place_names.borrow_mut().clear();
        Ok(summary)
    }

    /// Trains the body dictionary once the store has `bodies` articles
    /// rather than the default 500: lets tests exercise it on a few.
    pub fn set_dictionary_min_bodies(&mut self, bodies: usize) {
        self.dictionary_min_bodies = bodies;
    }

    /// Counts of rows, for summaries and tests.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        let count = |table: &str| -> Result<usize, StoreError> {
            Ok(self
                .connection
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                    row.get::<_, i64>(0)
                })? as usize)
        };
        Ok(Counts {
            articles: count("articles")?,
            mentions: count("mention_spans")?,
            reports: count("reports")?,
            meetings: count("meetings")?,
            sources: count("sources")?,
        })
    }

    /// `PRAGMA integrity_check` says `ok`.
    pub fn is_intact(&self) -> Result<bool, StoreError> {
        let result: String = self
            .connection
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        Ok(result == "ok")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub articles: usize,
    pub mentions: usize,
    pub reports: usize,
    pub meetings: usize,
    pub sources: usize,
}

fn load_articles(connection: &Connection) -> Result<Vec<(i64, Article)>, StoreError> {
    let mut statement = connection.prepare(
        "SELECT id, path, title, published, source, url, country, body, dictionary_id FROM articles ORDER BY id",
    )?;
    let mut rows = statement.query([])?;
    let mut articles = Vec::new();
    let mut reader = body::BodyReader::new(connection);
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let body = reader.text(row.get_ref(7)?, row.get(8)?, id)?;
        let noise = crate::article::find_noise(&body);
        articles.push((
            id,
            Article {
                path: row.get(1)?,
                title: row.get(2)?,
                date: row
                    .get::<_, Option<String>>(3)?
                    .and_then(|date| crate::article::parse_date(&date)),
                source: row.get(4)?,
                url: row.get(5)?,
                country: row.get(6)?,
                body,
                body_line_offset: 0,
                noise,
            },
        ));
    }
    Ok(articles)
}

/// A fingerprint of what the store keeps of the gazetteer.
fn fingerprint(gazetteer: &Gazetteer) -> String {
    let mut hasher = Sha256::new();
    for kind in Kind::ALL {
        for entity in gazetteer.refs(kind) {
            hasher.update(gazetteer.id(entity).as_bytes());
            hasher.update([0]);
            each_name(gazetteer, entity, |name, _| {
                hasher.update(name.as_bytes());
                hasher.update([1]);
            });
        }
    }
    for person in &gazetteer.people {
        for role in &person.roles {
            hasher.update(role.title.as_bytes());
            hasher.update(format!("{:?}{:?}{:?}", role.org, role.from, role.to).as_bytes());
        }
    }
    let digest = hasher.finalize();
    digest
        .iter()
        .take(16)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Refreshes `entities` and `person_names` when the gazetteer changed.
fn sync_gazetteer(
    connection: &Connection,
    gazetteer: &Gazetteer,
    print: &str,
) -> Result<(), StoreError> {
    let stored: Option<String> = connection
        .query_row(
            "SELECT value FROM meta WHERE key = 'gazetteer'",
            [],
            |row| row.get(0),
        )
        .optional()?;
    if stored.as_deref() == Some(print) {
        return Ok(());
    }
    connection.execute_batch("DELETE FROM entities; DELETE FROM person_names;")?;
    let mut insert_entity =
        connection.prepare("INSERT OR REPLACE INTO entities (id, kind, name, country, roles) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    let mut insert_name = connection
        .prepare("INSERT INTO person_names (name, person_id, how) VALUES (?1, ?2, ?3)")?;
    for kind in Kind::ALL {
        for entity in gazetteer.refs(kind) {
            let id = gazetteer.id(entity);
            let roles = gazetteer.person(entity).map(|person| {
                serde_json::Value::Array(
                    person
                        .roles
                        .iter()
                        .map(|role| {
                            serde_json::json!({
                                "title": role.title,
                                "org": role.org.as_deref().and_then(|org| gazetteer.organization(org)).map(|org| org.common.name.clone()).or(role.org.clone()),
                                "from": role.from.map(|date| date.to_string()),
                                "to": role.to.map(|date| date.to_string()),
                            })
                        })
                        .collect(),
                )
                .to_string()
            });
            insert_entity.execute(params![
                id,
                kind.as_str(),
                gazetteer.name(entity),
                gazetteer.country_of(entity),
                roles
            ])?;
            if kind == Kind::Person {
                let mut seen = HashSet::new();
                let mut names = Vec::new();
                each_name(gazetteer, entity, |name, via| {
                    let folded = crate::tagger::fold(name);
                    if seen.insert(folded.clone()) {
                        names.push((folded, via));
                    }
                });
                for (folded, via) in names {
                    insert_name.execute(params![folded, id, via.as_str()])?;
                }
            }
        }
    }
    connection.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('gazetteer', ?1)",
        [print],
    )?;
    Ok(())
}

/// Inserts an article unless its content hash is known; returns the number
/// of meetings it reports, or `None` for a duplicate.
fn insert_article(
    connection: &Connection,
    gazetteer: &Gazetteer,
    codes: &mut Codes,
    bodies: &mut body::BodyWriter,
    article: &Article,
    extraction: &Extraction,
    touched: &mut merge::Touched,
) -> Result<Option<usize>, StoreError> {
    let hash = content_hash(&article.body);
    let (frame, dictionary) = bodies.compress(&article.body)?;
    let inserted = connection.execute(
        "INSERT OR IGNORE INTO articles (content_hash, path, title, published, source, url, country, body, dictionary_id, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, datetime('now'))",
        params![
            hash,
            article.path,
            article.title,
            article.date.map(|date| date.to_string()),
            article.source,
            article.url,
            article.country,
            frame,
            dictionary
        ],
    )?;
    if inserted == 0 {
        return Ok(None);
    }
    let id = connection.last_insert_rowid();
    Ok(Some(insert_extraction(
        connection, gazetteer, codes, id, article, extraction, touched,
    )?))
}

/// Writes one article's mentions and reports: the one place where
/// extraction types become rows.
fn insert_extraction(
    connection: &Connection,
    gazetteer: &Gazetteer,
    codes: &mut Codes,
    article_id: i64,
    article: &Article,
    extraction: &Extraction,
    touched: &mut merge::Touched,
) -> Result<usize, StoreError> {
    let mut insert_mention = connection.prepare_cached(
        "INSERT INTO mention_spans (article_id, start_byte, length, kind, num, resolved_by, candidates, text_code)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for mention in &extraction.mentions {
        let num = match mention.entity {
            Some(entity) => Some(codes.number(connection, gazetteer, entity)?),
            None => None,
        };
        let candidates = match mention.candidates.as_slice() {
            [] => None,
            entities => Some(codes.candidates(connection, gazetteer, entities)?),
        };
        insert_mention.execute(params![
            article_id,
            mention.span.start as i64,
            mention.span.len() as i64,
            mention.kind as i64,
            num,
            codes.resolution(connection, mention.resolved_by.as_str())?,
            candidates,
            codes.text(connection, &article.body[mention.span.clone()])?
        ])?;
    }
    let mut insert_report = connection.prepare_cached(
        "INSERT INTO reports (article_id, participants_key, kind, status, date, day,
                              partial_year, partial_month, partial_day, partial_weekday, place_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    let mut insert_participant = connection.prepare_cached(
        "INSERT INTO report_participants (report_id, position, kind, entity_id, name, country, title)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut insert_report_issue = connection.prepare_cached(
        "INSERT INTO report_issues (report_id, position, issue_id) VALUES (?1, ?2, ?3)",
    )?;
    let mut insert_evidence = connection.prepare_cached(
        "INSERT INTO report_evidence (report_id, position, start_byte, end_byte, fields)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut insert_place = connection.prepare_cached(
        "INSERT INTO places (id, name, kind, country, within) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country, within = excluded.within",
    )?;
    let mut insert_issue = connection
        .prepare_cached("INSERT INTO issues (id, name) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET name = excluded.name")?;
    for meeting in &extraction.meetings {
        let mut ids: Vec<&str> = meeting
            .participants
            .iter()
            .map(|&entity| gazetteer.id(entity))
            .collect();
        ids.sort();
        let key = ids.join(" ");
        if let Some(place) = meeting.place {
            let view = crate::views::place_view(gazetteer, place);
            let within = view
                .within
                .as_ref()
                .map(|within| serde_json::to_string(within).expect("a list of strings serializes"));
            insert_place.execute(params![view.id, view.name, view.kind, view.country, within])?;
        }
        for &issue in &meeting.issues {
            insert_issue.execute(params![gazetteer.id(issue), gazetteer.name(issue)])?;
        }
        let day = meeting
            .date
            .date
            .as_deref()
            .and_then(merge::parse_day)
            .map(merge::day_number);
        let partial = meeting.date.partial.as_ref();
        insert_report.execute(params![
            article_id,
            key,
            meeting.kind.as_str(),
            meeting.status.as_str(),
            meeting.date.date,
            day,
            partial.and_then(|partial| partial.year),
            partial.and_then(|partial| partial.month),
            partial.and_then(|partial| partial.day),
            partial
                .and_then(|partial| partial.weekday)
                .map(|weekday| weekday.num_days_from_monday()),
            meeting.place.map(|place| gazetteer.id(place)),
        ])?;
        let report_id = connection.last_insert_rowid();
        // Titles are those held on the meeting's day, or the article's.
        let on = meeting.date.day().or(article.date);
        for (position, &entity) in meeting.participants.iter().enumerate() {
            let view = crate::views::participant(gazetteer, entity, on);
            insert_participant.execute(params![
                report_id,
                position as i64,
                view.kind,
                view.id,
                view.name,
                view.country,
                view.title
            ])?;
        }
        for (position, &issue) in meeting.issues.iter().enumerate() {
            insert_report_issue.execute(params![
                report_id,
                position as i64,
                gazetteer.id(issue)
            ])?;
        }
        for (position, evidence) in meeting.evidence.iter().enumerate() {
            insert_evidence.execute(params![
                report_id,
                position as i64,
                evidence.span.start as i64,
                evidence.span.end as i64,
                serde_json::to_string(&evidence.fields).expect("a list of strings serializes")
            ])?;
        }
        touched
            .entry((key, meeting.kind.as_str().to_string()))
            .or_default()
            .extend(day);
    }
    Ok(extraction.meetings.len())
}
