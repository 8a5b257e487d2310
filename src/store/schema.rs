//! The store's schema, versioned with `PRAGMA user_version`. Each entry of
//! `MIGRATIONS` moves the schema one version forward; never edit a released one.

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
];
