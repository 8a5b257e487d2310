//! The store's schema, versioned with `PRAGMA user_version`. Each entry of
//! `MIGRATIONS` moves the schema one version forward; never edit a released one.

/// The version that made mentions compact: stores upgraded across it are
/// vacuumed once to give the old rows' space back.
pub const COMPACT_MENTIONS: i64 = 5;

/// Forward migrations; index `i` takes the schema from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // Version 1.
    "
    -- One row per stored article; the body is kept so the store can be re-extracted.
    CREATE TABLE articles (
        id            INTEGER PRIMARY KEY,
        content_hash  TEXT NOT NULL UNIQUE,   -- SHA-256 of the body: re-ingesting the same text changes nothing
        path          TEXT NOT NULL,          -- where it was read from
        title         TEXT,
        published     TEXT,                   -- YYYY-MM-DD
        source        TEXT,                   -- the outlet
        url           TEXT,
        country       TEXT,                   -- the outlet's home country (ISO 3166-1 alpha-2)
        body          TEXT NOT NULL,
        ingested_at   TEXT NOT NULL
    );

    -- Every name found in an article, after resolution.
    CREATE TABLE mentions (
        article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start_byte   INTEGER NOT NULL,        -- byte offsets into articles.body
        end_byte     INTEGER NOT NULL,
        text         TEXT NOT NULL,
        kind         TEXT NOT NULL,           -- person | country | organization | place | issue
        entity_id    TEXT,                    -- NULL when ambiguous or unresolved
        resolved_by  TEXT NOT NULL,
        candidates   TEXT                     -- JSON list of ids when ambiguous
    );
    CREATE INDEX mentions_by_entity ON mentions(entity_id);
    CREATE INDEX mentions_by_article ON mentions(article_id);

    -- People, countries, places and issues as the gazetteer described them
    -- when the store last saw it; lets queries run without loading YAML.
    CREATE TABLE entities (
        id        TEXT NOT NULL,
        kind      TEXT NOT NULL,
        name      TEXT NOT NULL,
        country   TEXT,
        roles     TEXT,                       -- people: JSON list of {title, org, from, to}
        PRIMARY KEY (kind, id)
    );
    -- Every spelling of every person, folded to lower case, for --person lookups.
    CREATE TABLE person_names (
        name       TEXT NOT NULL,
        person_id  TEXT NOT NULL,
        how        TEXT NOT NULL               -- name | alias | variant | family
    );
    CREATE INDEX person_names_by_name ON person_names(name);

    -- Places where meetings happened, with what contains them.
    CREATE TABLE places (
        id       TEXT PRIMARY KEY,
        name     TEXT NOT NULL,
        kind     TEXT NOT NULL,              -- city | district | venue | ... | country
        country  TEXT,
        within   TEXT                        -- JSON list of containing place ids, innermost first
    );

    -- Issues discussed at meetings.
    CREATE TABLE issues (
        id    TEXT PRIMARY KEY,
        name  TEXT NOT NULL
    );

    -- A meeting as one article reports it. Reports of the same meeting are
    -- merged into one row of `meetings`.
    CREATE TABLE reports (
        id                INTEGER PRIMARY KEY,
        article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        meeting_id        INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
        participants_key  TEXT NOT NULL,      -- sorted participant ids joined by ' '
        kind              TEXT NOT NULL,      -- talks | phone-call | summit | video-conference
        status            TEXT NOT NULL,      -- held | planned | cancelled
        date              TEXT,               -- YYYY-MM-DD or YYYY-MM
        date_partial      TEXT,               -- JSON, when only part of the date is known
        place_id          TEXT,
        meeting_json      TEXT NOT NULL       -- the meeting object as extracted
    );
    CREATE INDEX reports_by_key ON reports(participants_key, kind);
    CREATE INDEX reports_by_article ON reports(article_id);

    -- Meetings, merged across articles.
    CREATE TABLE meetings (
        id                INTEGER PRIMARY KEY,
        meeting_key       TEXT NOT NULL UNIQUE,  -- stable id, independent of ingest order
        participants_key  TEXT NOT NULL,
        kind              TEXT NOT NULL,
        status            TEXT NOT NULL,
        date              TEXT,
        date_partial      TEXT,
        place_id          TEXT REFERENCES places(id)
    );
    CREATE INDEX meetings_by_date ON meetings(date);
    CREATE INDEX meetings_by_key ON meetings(participants_key, kind);

    -- Who sat at the table: people, or countries for sides named only as a country.
    CREATE TABLE participants (
        meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        entity_id   TEXT NOT NULL,
        kind        TEXT NOT NULL,           -- person | country
        name        TEXT NOT NULL,
        country     TEXT,
        title       TEXT,                    -- the post held at the meeting date
        PRIMARY KEY (meeting_id, entity_id)
    );
    CREATE INDEX participants_by_entity ON participants(entity_id);

    CREATE TABLE meeting_issues (
        meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        issue_id    TEXT NOT NULL REFERENCES issues(id),
        PRIMARY KEY (meeting_id, issue_id)
    );
    CREATE INDEX meeting_issues_by_issue ON meeting_issues(issue_id);

    -- Which article, and which sentences of it, reported which meeting.
    CREATE TABLE sources (
        meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        start_byte  INTEGER NOT NULL,        -- an evidence sentence in articles.body
        end_byte    INTEGER NOT NULL,
        fields      TEXT NOT NULL            -- what the sentence supports: participants, date, place...
    );
    CREATE INDEX sources_by_meeting ON sources(meeting_id);

    -- Facts about the store itself (the gazetteer fingerprint).
    CREATE TABLE meta (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
    );
    ",
    // Version 2: indexes for foreign keys. Deleting a meeting sets
    // `reports.meeting_id` to NULL and replacing a place checks
    // `meetings.place_id`; without these indexes each such step scanned a
    // whole table, once per meeting a batch touched.
    "
    CREATE INDEX reports_by_meeting ON reports(meeting_id);
    CREATE INDEX meetings_by_place ON meetings(place_id);
    CREATE INDEX sources_by_article ON sources(article_id);
    CREATE INDEX sources_by_report ON sources(report_id);
    ",
    // Version 3: `meetings --country` starts from the participants' country.
    "
    CREATE INDEX participants_by_country ON participants(country);
    ",
    // Version 4: mentions are looked up by entity only for people (which
    // articles name this official?). Indexing every mention's entity cost
    // ingest more than a third of its writing time and served no command.
    "
    DROP INDEX mentions_by_entity;
    CREATE INDEX mentions_by_person ON mentions(entity_id) WHERE kind = 'person';
    ",
    // Version 5: mentions stored compactly. A mention is a few integers in
    // `mention_spans`; its text is a slice of the body, entities are
    // numbered once in `entity_numbers`, shared candidate lists are stored
    // once in `candidate_sets`. The `mentions` view shows the old columns.
    "
    CREATE TABLE entity_numbers (
        num   INTEGER PRIMARY KEY,
        kind  TEXT NOT NULL,
        id    TEXT NOT NULL,
        UNIQUE (kind, id)
    );
    CREATE TABLE resolutions (
        code  INTEGER PRIMARY KEY,
        name  TEXT NOT NULL UNIQUE
    );
    -- A candidate list: its members in order. Lists are shared by every
    -- mention of the same ambiguous name.
    CREATE TABLE candidate_lists (
        list      INTEGER NOT NULL,
        position  INTEGER NOT NULL,
        num       INTEGER NOT NULL REFERENCES entity_numbers(num),
        PRIMARY KEY (list, position)
    ) WITHOUT ROWID;
    CREATE TABLE mention_spans (
        article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start_byte   INTEGER NOT NULL,
        length       INTEGER NOT NULL,
        kind         INTEGER NOT NULL,
        num          INTEGER,
        resolved_by  INTEGER NOT NULL,
        candidates   INTEGER,
        PRIMARY KEY (article_id, start_byte)
    ) WITHOUT ROWID;

    -- Looked up by id alone while the rows move; dropped at the end.
    CREATE INDEX upgrade_entities_by_id ON entities(id);
    CREATE INDEX upgrade_numbers_by_id ON entity_numbers(id);
    INSERT INTO entity_numbers (kind, id)
        SELECT kind, entity_id FROM mentions WHERE entity_id IS NOT NULL
        UNION
        SELECT coalesce(
                   (SELECT e.kind FROM entities e WHERE e.id = j.value AND e.kind = m.kind),
                   (SELECT min(e.kind) FROM entities e WHERE e.id = j.value),
                   m.kind),
               j.value
        FROM mentions m, json_each(m.candidates) j
        WHERE m.candidates IS NOT NULL;
    INSERT INTO resolutions (name) SELECT DISTINCT resolved_by FROM mentions ORDER BY resolved_by;
    CREATE TEMP TABLE old_lists AS
        SELECT row_number() OVER (ORDER BY candidates) AS list, candidates AS ids
        FROM (SELECT DISTINCT candidates FROM mentions WHERE candidates IS NOT NULL);
    CREATE INDEX temp.old_lists_by_ids ON old_lists(ids);
    INSERT INTO candidate_lists (list, position, num)
        SELECT s.list, j.key, (SELECT min(n.num) FROM entity_numbers n WHERE n.id = j.value)
        FROM old_lists s, json_each(s.ids) j;
    INSERT INTO mention_spans (article_id, start_byte, length, kind, num, resolved_by, candidates)
        SELECT m.article_id, m.start_byte, m.end_byte - m.start_byte,
               CASE m.kind WHEN 'country' THEN 0 WHEN 'organization' THEN 1 WHEN 'person' THEN 2
                           WHEN 'place' THEN 3 ELSE 4 END,
               (SELECT n.num FROM entity_numbers n WHERE n.kind = m.kind AND n.id = m.entity_id),
               (SELECT r.code FROM resolutions r WHERE r.name = m.resolved_by),
               (SELECT s.list FROM old_lists s WHERE s.ids = m.candidates)
        FROM mentions m;
    DROP TABLE old_lists;
    DROP TABLE mentions;
    DROP INDEX upgrade_entities_by_id;
    DROP INDEX upgrade_numbers_by_id;
    CREATE INDEX mention_spans_by_person ON mention_spans(num) WHERE kind = 2;

    -- Every mention as version 4 stored it: the text is sliced from the body
    -- (offsets are bytes, so through a blob), the ids come from the numbers.
    CREATE VIEW mentions AS
    SELECT s.article_id,
           s.start_byte,
           s.start_byte + s.length AS end_byte,
           CAST(substr(CAST(a.body AS BLOB), s.start_byte + 1, s.length) AS TEXT) AS text,
           CASE s.kind WHEN 0 THEN 'country' WHEN 1 THEN 'organization' WHEN 2 THEN 'person'
                       WHEN 3 THEN 'place' ELSE 'issue' END AS kind,
           n.id AS entity_id,
           r.name AS resolved_by,
           CASE WHEN s.candidates IS NOT NULL THEN
               (SELECT json_group_array(id) FROM
                   (SELECT c.id FROM candidate_lists l JOIN entity_numbers c ON c.num = l.num
                    WHERE l.list = s.candidates ORDER BY l.position))
           END AS candidates
    FROM mention_spans s
    JOIN articles a ON a.id = s.article_id
    JOIN resolutions r ON r.code = s.resolved_by
    LEFT JOIN entity_numbers n ON n.num = s.num;
    ",
    // Version 6: typed reports. A report's participants, issues and
    // evidence are rows of their own, and its date a day number, so merging
    // reads typed columns rather than the public JSON view (renaming a JSON
    // field cannot change merging). `day` lets a batch re-read only the
    // reports of the days it touched. `sources` becomes a view over each
    // report's evidence and the meeting it was merged into, so merging no
    // longer copies evidence rows.
    "
    CREATE TABLE typed_reports (
        id                INTEGER PRIMARY KEY,
        article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        meeting_id        INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
        participants_key  TEXT NOT NULL,
        kind              TEXT NOT NULL,
        status            TEXT NOT NULL,
        date              TEXT,
        day               INTEGER,
        partial_year      INTEGER,
        partial_month     INTEGER,
        partial_day       INTEGER,
        partial_weekday   INTEGER,
        place_id          TEXT
    );
    INSERT INTO typed_reports (id, article_id, meeting_id, participants_key, kind, status, date, day,
                               partial_year, partial_month, partial_day, partial_weekday, place_id)
        SELECT id, article_id, meeting_id, participants_key, kind, status, date,
               CASE WHEN length(date) = 10 AND date(date) IS date
                    THEN CAST(julianday(date) + 0.5 AS INTEGER) END,
               json_extract(date_partial, '$.year'),
               json_extract(date_partial, '$.month'),
               json_extract(date_partial, '$.day'),
               CASE lower(json_extract(date_partial, '$.weekday'))
                   WHEN 'monday' THEN 0 WHEN 'tuesday' THEN 1 WHEN 'wednesday' THEN 2
                   WHEN 'thursday' THEN 3 WHEN 'friday' THEN 4 WHEN 'saturday' THEN 5
                   WHEN 'sunday' THEN 6 END,
               place_id
        FROM reports;
    CREATE TABLE report_participants (
        report_id  INTEGER NOT NULL REFERENCES typed_reports(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        kind       TEXT NOT NULL,
        entity_id  TEXT NOT NULL,
        name       TEXT NOT NULL,
        country    TEXT,
        title      TEXT,
        PRIMARY KEY (report_id, position)
    ) WITHOUT ROWID;
    INSERT INTO report_participants (report_id, position, kind, entity_id, name, country, title)
        SELECT r.id, j.key, json_extract(j.value, '$.kind'), json_extract(j.value, '$.id'),
               json_extract(j.value, '$.name'), json_extract(j.value, '$.country'),
               json_extract(j.value, '$.title')
        FROM reports r, json_each(r.meeting_json, '$.participants') j;
    CREATE TABLE report_issues (
        report_id  INTEGER NOT NULL REFERENCES typed_reports(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        issue_id   TEXT NOT NULL,
        PRIMARY KEY (report_id, position)
    ) WITHOUT ROWID;
    INSERT INTO report_issues (report_id, position, issue_id)
        SELECT r.id, j.key, json_extract(j.value, '$.id')
        FROM reports r, json_each(r.meeting_json, '$.issues') j;
    CREATE TABLE report_evidence (
        report_id   INTEGER NOT NULL REFERENCES typed_reports(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        start_byte  INTEGER NOT NULL,
        end_byte    INTEGER NOT NULL,
        fields      TEXT NOT NULL,
        PRIMARY KEY (report_id, position)
    ) WITHOUT ROWID;
    INSERT INTO report_evidence (report_id, position, start_byte, end_byte, fields)
        SELECT r.id, j.key, json_extract(j.value, '$.start'), json_extract(j.value, '$.end'),
               coalesce(json_extract(j.value, '$.fields'), '[]')
        FROM reports r, json_each(r.meeting_json, '$.evidence') j;
    DROP TABLE sources;
    DROP TABLE reports;
    ALTER TABLE typed_reports RENAME TO reports;
    CREATE INDEX reports_by_key ON reports(participants_key, kind, day);
    CREATE INDEX reports_by_article ON reports(article_id);
    CREATE INDEX reports_by_meeting ON reports(meeting_id);
    CREATE VIEW sources AS
    SELECT r.meeting_id, r.article_id, e.report_id, e.start_byte, e.end_byte, e.fields
    FROM reports r JOIN report_evidence e ON e.report_id = r.id
    WHERE r.meeting_id IS NOT NULL;
    ",
    // Version 7: article bodies written from now on are compressed (one
    // zstd frame each, a BLOB where older rows keep their TEXT), so the
    // `mentions` view can no longer slice them: each distinct mention text
    // is stored once in `mention_texts`. Rows stored before keep NULL there
    // and the view still slices their text bodies.
    "
    CREATE TABLE mention_texts (
        code  INTEGER PRIMARY KEY,
        text  TEXT NOT NULL UNIQUE
    );
    ALTER TABLE mention_spans ADD COLUMN text_code INTEGER REFERENCES mention_texts(code);
    DROP VIEW mentions;
    CREATE VIEW mentions AS
    SELECT s.article_id,
           s.start_byte,
           s.start_byte + s.length AS end_byte,
           coalesce(t.text, CAST(substr(CAST(a.body AS BLOB), s.start_byte + 1, s.length) AS TEXT)) AS text,
           CASE s.kind WHEN 0 THEN 'country' WHEN 1 THEN 'organization' WHEN 2 THEN 'person'
                       WHEN 3 THEN 'place' ELSE 'issue' END AS kind,
           n.id AS entity_id,
           r.name AS resolved_by,
           CASE WHEN s.candidates IS NOT NULL THEN
               (SELECT json_group_array(id) FROM
                   (SELECT c.id FROM candidate_lists l JOIN entity_numbers c ON c.num = l.num
                    WHERE l.list = s.candidates ORDER BY l.position))
           END AS candidates
    FROM mention_spans s
    JOIN articles a ON a.id = s.article_id
    JOIN resolutions r ON r.code = s.resolved_by
    LEFT JOIN mention_texts t ON t.code = s.text_code
    LEFT JOIN entity_numbers n ON n.num = s.num;
    ",
    // Version 8: a zstd dictionary for article bodies, trained by the
    // first batch with enough articles from their own text (a 5 KB body
    // alone shares nothing with its neighbours; with a dictionary of the
    // corpus's common wording it compresses about three times smaller).
    // `articles.dictionary_id` says which dictionary compressed a body;
    // NULL for bodies compressed without one or stored as text.
    "
    CREATE TABLE dictionaries (
        id     INTEGER PRIMARY KEY,
        bytes  BLOB NOT NULL
    );
    ALTER TABLE articles ADD COLUMN dictionary_id INTEGER REFERENCES dictionaries(id);
    ",
    // Version 9: the rows a meeting listing reads lie together. A
    // meeting's participants and issues were rows of rowid tables found
    // through their primary keys' separate indexes: two B-trees, two pages
    // per meeting. Keyed by meeting they are one B-tree, its rows side by
    // side, and the person index carries the meeting id. Reports are found
    // by meeting with their article in the index, so listing a meeting's
    // sources does not visit the report rows.
    "
    CREATE TABLE new_participants (
        meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        entity_id   TEXT NOT NULL,
        kind        TEXT NOT NULL,
        name        TEXT NOT NULL,
        country     TEXT,
        title       TEXT,
        PRIMARY KEY (meeting_id, entity_id)
    ) WITHOUT ROWID;
    INSERT INTO new_participants (meeting_id, entity_id, kind, name, country, title)
        SELECT meeting_id, entity_id, kind, name, country, title FROM participants;
    DROP TABLE participants;
    ALTER TABLE new_participants RENAME TO participants;
    CREATE INDEX participants_by_entity ON participants(entity_id);
    CREATE INDEX participants_by_country ON participants(country);
    CREATE TABLE new_meeting_issues (
        meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        issue_id    TEXT NOT NULL REFERENCES issues(id),
        PRIMARY KEY (meeting_id, issue_id)
    ) WITHOUT ROWID;
    INSERT INTO new_meeting_issues (meeting_id, issue_id)
        SELECT meeting_id, issue_id FROM meeting_issues;
    DROP TABLE meeting_issues;
    ALTER TABLE new_meeting_issues RENAME TO meeting_issues;
    CREATE INDEX meeting_issues_by_issue ON meeting_issues(issue_id);
    DROP INDEX reports_by_meeting;
    CREATE INDEX reports_by_meeting ON reports(meeting_id, article_id);
    ",
];
