use super::*;

#[test]
fn migrations_bring_a_new_store_to_the_latest_version() {
    let store = Store::open_in_memory().unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        schema::MIGRATIONS.len() as i64
    );
    assert!(store.is_intact().unwrap());
}

#[test]
fn reopening_a_store_keeps_its_version_and_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kb.db");
    {
        let store = Store::open(&path).unwrap();
        store
            .connection()
            .execute("INSERT INTO issues (id, name) VALUES ('x', 'X')", [])
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        schema::MIGRATIONS.len() as i64
    );
    let count: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM issues", [], |row| row.get(0))
        .unwrap();
    assert_eq!(count, 1);
}

#[test]
fn a_store_from_a_newer_dipkb_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kb.db");
    {
        let connection = rusqlite::Connection::open(&path).unwrap();
        connection.pragma_update(None, "user_version", 99).unwrap();
    }
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::TooNew { found: 99, .. })
    ));
}

/// Opens a store written by an older schema: it must come up at the
/// latest version and intact.
fn open_upgraded(path: &Path) -> Store {
    let store = Store::open(path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        schema::MIGRATIONS.len() as i64
    );
    assert!(store.is_intact().unwrap());
    store
}

#[test]
fn content_hash_is_sha256_hex() {
    assert_eq!(content_hash("").len(), 64);
    assert_ne!(content_hash("a"), content_hash("b"));
}

/// A version 4 store (mentions as text rows) upgrades in place: every
/// mention reads back through the `mentions` view exactly as it was stored,
/// and ingest then writes compact rows beside the migrated ones.
#[test]
fn a_version_4_store_upgrades_and_keeps_every_mention() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v4.db");
    let body = "Kim Jung-han met Takizaki at the Foreign Ministry in Seoul. 김정한은 말했다.";
    /// start, end, text, kind, entity, resolved by, candidates
    type OldRow<'a> = (
        i64,
        i64,
        &'a str,
        &'a str,
        Option<&'a str>,
        &'a str,
        Option<&'a str>,
    );
    let rows: [OldRow; 5] = [
        (
            0,
            12,
            "Kim Jung-han",
            "person",
            Some("kim-jung-han"),
            "name",
            None,
        ),
        (
            17,
            25,
            "Takizaki",
            "person",
            Some("takizaki-shigeki"),
            "family",
            None,
        ),
        (
            33,
            49,
            "Foreign Ministry",
            "organization",
            None,
            "ambiguous",
            Some(r#"["kr-mofa","jp-mofa"]"#),
        ),
        (53, 58, "Seoul", "place", Some("seoul"), "name", None),
        (
            60,
            69,
            "김정한",
            "person",
            None,
            "unresolved",
            Some(r#"["kim-jung-han"]"#),
        ),
    ];
    {
        let connection = rusqlite::Connection::open(&path).unwrap();
        for migration in &schema::MIGRATIONS[..4] {
            connection.execute_batch(migration).unwrap();
        }
        connection.pragma_update(None, "user_version", 4).unwrap();
        connection
            .execute(
                "INSERT INTO articles (id, content_hash, path, body, ingested_at) VALUES (1, 'h', 'a.txt', ?1, 'now')",
                [body],
            )
            .unwrap();
        connection
            .execute_batch(
                "INSERT INTO entities (id, kind, name) VALUES
                   ('kim-jung-han', 'person', 'Kim Jung-han'), ('takizaki-shigeki', 'person', 'Takizaki'),
                   ('kr-mofa', 'organization', 'MOFA (KR)'), ('jp-mofa', 'organization', 'MOFA (JP)'),
                   ('seoul', 'place', 'Seoul');",
            )
            .unwrap();
        for (start, end, text, kind, entity, resolved_by, candidates) in rows {
            assert_eq!(&body[start as usize..end as usize], text);
            connection
                .execute(
                    "INSERT INTO mentions (article_id, start_byte, end_byte, text, kind, entity_id, resolved_by, candidates)
                     VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    rusqlite::params![start, end, text, kind, entity, resolved_by, candidates],
                )
                .unwrap();
        }
    }
    let store = open_upgraded(&path);
    type Row = (
        i64,
        i64,
        String,
        String,
        Option<String>,
        String,
        Option<String>,
    );
    let mut statement = store
        .connection()
        .prepare("SELECT start_byte, end_byte, text, kind, entity_id, resolved_by, candidates FROM mentions ORDER BY start_byte")
        .unwrap();
    let read: Vec<Row> = statement
        .query_map([], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
                row.get(6)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let expected: Vec<Row> = rows
        .iter()
        .map(
            |&(start, end, text, kind, entity, resolved_by, candidates)| {
                (
                    start,
                    end,
                    text.to_string(),
                    kind.to_string(),
                    entity.map(str::to_string),
                    resolved_by.to_string(),
                    candidates.map(str::to_string),
                )
            },
        )
        .collect();
    assert_eq!(read, expected);
    // Both lists are stored once, in order.
    let members: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM candidate_lists", [], |row| row.get(0))
        .unwrap();
    assert_eq!(members, 3);
}

/// Ingest writes compact rows that read back through the view as the
/// extraction found them, and candidate lists shared by mentions are
/// stored once.
#[test]
fn mentions_read_back_through_the_view() {
    use crate::extract::Extractor;
    let sources = vec![crate::gazetteer::SourceFile {
        path: "test.yaml".into(),
        text: "organizations:\n  - {id: kr-mofa, name: Ministry of Foreign Affairs (Korea), kind: ministry, generic: [Foreign Ministry]}\n  - {id: jp-mofa, name: Ministry of Foreign Affairs (Japan), kind: ministry, generic: [Foreign Ministry]}\npeople:\n  - {id: kim-a, name: Kim Jung-han, family: Kim, given: Jung-han}\n".into(),
        builtin: false,
    }];
    let (gazetteer, _) = crate::gazetteer::load(&sources).unwrap();
    let extractor = Extractor::new(gazetteer).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let mut batch = Vec::new();
    for (index, body) in [
        "Kim Jung-han visited the Foreign Ministry. The Foreign Ministry said nothing.",
        "The Foreign Ministry of one country and Kim Jung-han.",
    ]
    .iter()
    .enumerate()
    {
        let article = crate::article::Article {
            path: format!("{index}.txt"),
            body: body.to_string(),
            ..Default::default()
        };
        let extraction = extractor.extract(&article, &mut Default::default());
        batch.push((article, extraction));
    }
    store.ingest(&extractor.gazetteer, &batch).unwrap();
    let mut expected = Vec::new();
    for (index, (article, extraction)) in batch.iter().enumerate() {
        for mention in &extraction.mentions {
            let ids: Vec<&str> = mention
                .candidates
                .iter()
                .map(|&entity| extractor.gazetteer.id(entity))
                .collect();
            expected.push((
                index as i64 + 1,
                article.body[mention.span.clone()].to_string(),
                mention.kind.as_str().to_string(),
                mention
                    .entity
                    .map(|entity| extractor.gazetteer.id(entity).to_string()),
                (!ids.is_empty()).then(|| serde_json::to_string(&ids).unwrap()),
            ));
        }
    }
    assert!(
        expected.iter().filter(|row| row.4.is_some()).count() >= 2,
        "{expected:?}"
    );
    let mut statement = store
        .connection()
        .prepare("SELECT article_id, text, kind, entity_id, candidates FROM mentions ORDER BY article_id, start_byte")
        .unwrap();
    let read: Vec<_> = statement
        .query_map([], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, Option<String>>(3)?,
                row.get::<_, Option<String>>(4)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(read, expected);
    let lists: i64 = store
        .connection()
        .query_row(
            "SELECT count(DISTINCT list) FROM candidate_lists",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(lists, 1);
}

/// A version 5 store (reports as the extracted JSON, sources copied per
/// meeting) upgrades in place: the reports become typed rows, the
/// `sources` view gives the rows the table had, and merging a new report
/// of the same meeting reads the migrated rows.
#[test]
fn a_version_5_store_upgrades_to_typed_reports() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v5.db");
    let meeting_json = r#"{"countries":["JP","KR"],"date":null,"date_partial":{"month":3,"weekday":"tuesday","year":2021},"evidence":[{"end":40,"fields":["participants","kind"],"start":0},{"end":90,"fields":["issues"],"start":41}],"issues":[{"id":"dokdo","name":"Dokdo"},{"id":"fine-dust","name":"Fine dust"}],"kind":"talks","participants":[{"country":"KR","id":"kim-a","kind":"person","name":"Kim A","organization":"MOFA","title":"Minister"},{"country":"JP","id":"JP","kind":"country","name":"Japan"}],"place":null,"status":"held"}"#;
    {
        let connection = rusqlite::Connection::open(&path).unwrap();
        for migration in &schema::MIGRATIONS[..5] {
            connection.execute_batch(migration).unwrap();
        }
        connection.pragma_update(None, "user_version", 5).unwrap();
        connection
            .execute_batch(&format!(
                "INSERT INTO issues (id, name) VALUES ('dokdo', 'Dokdo'), ('fine-dust', 'Fine dust');
                 INSERT INTO articles (id, content_hash, path, published, body, ingested_at) VALUES (1, 'h1', 'a.txt', '2021-03-20', 'text', 'now');
                 INSERT INTO articles (id, content_hash, path, published, body, ingested_at) VALUES (2, 'h2', 'b.txt', '2021-03-10', 'text', 'now');
                 INSERT INTO meetings (id, meeting_key, participants_key, kind, status, date, date_partial)
                     VALUES (7, 'k', 'JP kim-a', 'talks', 'held', NULL, '{{\"month\":3,\"weekday\":\"tuesday\",\"year\":2021}}');
                 INSERT INTO reports (id, article_id, meeting_id, participants_key, kind, status, date, date_partial, place_id, meeting_json)
                     VALUES (3, 1, 7, 'JP kim-a', 'talks', 'held', NULL, '{{\"month\":3,\"weekday\":\"tuesday\",\"year\":2021}}', NULL, '{meeting_json}');
                 INSERT INTO reports (id, article_id, meeting_id, participants_key, kind, status, date, date_partial, place_id, meeting_json)
                     VALUES (4, 2, NULL, 'JP kim-a', 'talks', 'held', '2021-03-02', NULL, NULL, '{{\"evidence\":[],\"issues\":[],\"participants\":[]}}');
                 INSERT INTO sources (meeting_id, article_id, report_id, start_byte, end_byte, fields)
                     VALUES (7, 1, 3, 0, 40, '[\"participants\",\"kind\"]'), (7, 1, 3, 41, 90, '[\"issues\"]');"
            ))
            .unwrap();
    }
    let store = open_upgraded(&path);
    let connection = store.connection();
    let typed: (Option<i64>, i64, i64, i64, Option<i64>) = connection
        .query_row(
            "SELECT day, partial_year, partial_month, partial_weekday, partial_day FROM reports WHERE id = 3",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?)),
        )
        .unwrap();
    assert_eq!(typed, (None, 2021, 3, 1, None));
    let day: Option<i64> = connection
        .query_row("SELECT day FROM reports WHERE id = 4", [], |row| row.get(0))
        .unwrap();
    let march_2 = chrono::NaiveDate::from_ymd_opt(2021, 3, 2).unwrap();
    assert_eq!(day, Some(merge::day_number(march_2)));
    let rows = |sql: &str| -> Vec<String> {
        let mut statement = connection.prepare(sql).unwrap();
        statement
            .query_map([], |row| row.get::<_, String>(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(
        rows("SELECT kind || ' ' || entity_id || ' ' || name || ' ' || country || ' ' || coalesce(title, '-') FROM report_participants WHERE report_id = 3 ORDER BY position"),
        ["person kim-a Kim A KR Minister", "country JP Japan JP -"]
    );
    assert_eq!(
        rows("SELECT issue_id FROM report_issues WHERE report_id = 3 ORDER BY position"),
        ["dokdo", "fine-dust"]
    );
    assert_eq!(
        rows("SELECT meeting_id || ' ' || article_id || ' ' || report_id || ' ' || start_byte || ' ' || end_byte || ' ' || fields FROM sources ORDER BY start_byte"),
        [
            r#"7 1 3 0 40 ["participants","kind"]"#,
            r#"7 1 3 41 90 ["issues"]"#
        ]
    );
    // Merging again from the typed rows: report 4 (March 2, a Tuesday)
    // seeds a day cluster the partial report joins.
    let mut touched = merge::Touched::new();
    touched
        .entry(("JP kim-a".into(), "talks".into()))
        .or_default()
        .insert(merge::day_number(march_2));
    merge::remerge(connection, &touched).unwrap();
    assert_eq!(
        rows("SELECT date || ' ' || (SELECT count(*) FROM reports r WHERE r.meeting_id = m.id) FROM meetings m"),
        ["2021-03-02 2"]
    );
    assert_eq!(
        rows(
            "SELECT entity_id || ' ' || coalesce(title, '-') FROM participants ORDER BY entity_id"
        ),
        ["JP -", "kim-a Minister"]
    );
    assert_eq!(
        rows("SELECT issue_id FROM meeting_issues ORDER BY issue_id"),
        ["dokdo", "fine-dust"]
    );
}

/// Bodies written since schema 7 are zstd frames, older ones text; both
/// read back, and a damaged frame is a `Corrupt` error naming the row.
#[test]
fn bodies_read_back_compressed_or_text() {
    let store = Store::open_in_memory().unwrap();
    let text = "Kim Jung-han met Takizaki in Seoul. ".repeat(20);
    let frame = zstd::bulk::compress(text.as_bytes(), body::BODY_LEVEL).unwrap();
    assert!(frame.len() < text.len() / 4);
    let connection = store.connection();
    for (id, value) in [
        (1, rusqlite::types::Value::Text(text.clone())),
        (2, rusqlite::types::Value::Blob(frame)),
        (3, rusqlite::types::Value::Blob(b"not zstd".to_vec())),
    ] {
        connection
            .execute(
                "INSERT INTO articles (id, content_hash, path, body, ingested_at) VALUES (?1, ?2, 'a.txt', ?3, 'now')",
                rusqlite::params![id, format!("h{id}"), value],
            )
            .unwrap();
    }
    let mut reader = body::BodyReader::new(connection);
    let mut read = |id: i64| {
        connection
            .query_row("SELECT body FROM articles WHERE id = ?1", [id], |row| {
                Ok(reader.text(row.get_ref(0)?, None, id))
            })
            .unwrap()
    };
    assert_eq!(read(1).unwrap(), text);
    assert_eq!(read(2).unwrap(), text);
    match read(3) {
        Err(StoreError::Corrupt(message)) => {
            assert!(message.contains("articles row 3"), "{message}")
        }
        other => panic!("{other:?}"),
    }
}

/// A gazetteer of a few people and places, and `count` articles about
/// their meetings, each different, sharing the wording news shares.
fn dictionary_corpus(count: usize) -> (crate::extract::Extractor, Vec<(Article, Extraction)>) {
    // The built-in lexicon (meeting triggers) and a gazetteer of our own.
    let mut sources: Vec<crate::gazetteer::SourceFile> = crate::gazetteer::builtin_sources()
        .into_iter()
        .filter(|source| source.path.to_string_lossy().contains("lexicon"))
        .collect();
    sources.push(crate::gazetteer::SourceFile {
        path: "test.yaml".into(),
        text: "countries:
  - {id: KR, name: South Korea}
  - {id: JP, name: Japan}
  - {id: CN, name: China}
people:
  - {id: kim-a, name: Kim Jung-han, family: Kim, given: Jung-han, country: KR}
  - {id: taki-b, name: Takizaki Shigeki, family: Takizaki, given: Shigeki, country: JP}
  - {id: park-c, name: Park Jin, family: Park, given: Jin, country: KR}
  - {id: wang-d, name: Wang Yi, family: Wang, given: Yi, country: CN}
places:
  - {id: seoul, name: Seoul, kind: city, country: KR}
  - {id: tokyo, name: Tokyo, kind: city, country: JP}
"
        .into(),
        builtin: false,
    });
    let (gazetteer, _) = crate::gazetteer::load(&sources).unwrap();
    let extractor = crate::extract::Extractor::new(gazetteer).unwrap();
    let people = ["Kim Jung-han", "Takizaki Shigeki", "Park Jin", "Wang Yi"];
    let places = ["Seoul", "Tokyo"];
    let mut batch = Vec::new();
    for index in 0..count {
        let (a, b) = (people[index % 4], people[(index / 4 + index + 1) % 4]);
        let place = places[index % 2];
        let day = 1 + index % 28;
        let body = format!(
            "SEOUL, March {day} (Yonhap) -- {a} held talks with {b} in {place} on March {day}, 2021, \
             the foreign ministry said in a statement, article number {index}. \
             The two sides discussed bilateral relations, regional security and economic cooperation, \
             and agreed to keep in close contact, officials said. {b} arrived on {}day. \
             (END)",
            ["Mon", "Tues", "Wednes", "Thurs", "Fri"][index % 5]
        );
        let article = Article {
            path: format!("{index}.txt"),
            date: chrono::NaiveDate::from_ymd_opt(2021, 3, day as u32),
            body,
            ..Default::default()
        };
        let extraction = extractor.extract(&article, &mut Default::default());
        batch.push((article, extraction));
    }
    (extractor, batch)
}

/// Every mention through the `mentions` view, in order.
fn mention_rows(store: &Store) -> Vec<(i64, i64, String, String, Option<String>)> {
    let mut statement = store
        .connection()
        .prepare("SELECT article_id, start_byte, text, kind, entity_id FROM mentions ORDER BY article_id, start_byte")
        .unwrap();
    statement
        .query_map([], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Each article's `dictionary_id`, in id order.
fn dictionary_ids(store: &Store) -> Vec<Option<i64>> {
    let mut statement = store
        .connection()
        .prepare("SELECT dictionary_id FROM articles ORDER BY id")
        .unwrap();
    statement
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// A store whose bodies were compressed with a trained dictionary (in one
/// batch, or from the second of two small ones, topped up with the stored
/// bodies) gives the same bodies, evidence sentences and mentions as one
/// without, and its bodies take less space.
#[test]
fn a_store_with_a_dictionary_reads_back_as_one_without() {
    let (extractor, batch) = dictionary_corpus(120);
    let gazetteer = &extractor.gazetteer;
    let mut plain = Store::open_in_memory().unwrap();
    plain.set_dictionary_min_bodies(usize::MAX);
    plain.ingest(gazetteer, &batch).unwrap();
    let mut trained = Store::open_in_memory().unwrap();
    trained.set_dictionary_min_bodies(100);
    trained.ingest(gazetteer, &batch).unwrap();
    let mut halves = Store::open_in_memory().unwrap();
    halves.set_dictionary_min_bodies(100);
    halves.ingest(gazetteer, &batch[..60]).unwrap();
    halves.ingest(gazetteer, &batch[60..]).unwrap();

    assert_eq!(dictionary_ids(&plain), vec![None; 120]);
    assert_eq!(dictionary_ids(&trained), vec![Some(1); 120]);
    let mut expected = vec![None; 60];
    expected.extend(vec![Some(1); 60]);
    assert_eq!(dictionary_ids(&halves), expected);

    let bodies: Vec<String> = batch
        .iter()
        .map(|(article, _)| article.body.clone())
        .collect();
    let meetings = plain.meetings(&MeetingFilter::default()).unwrap();
    assert!(meetings.len() > 10, "{}", meetings.len());
    assert!(meetings.iter().all(|meeting| !meeting.sources.is_empty()
        && meeting
            .sources
            .iter()
            .all(|source| source.evidence.iter().all(|e| !e.2.is_empty()))));
    let mentions = mention_rows(&plain);
    assert!(mentions.len() >= 240, "{}", mentions.len());
    for store in [&plain, &trained, &halves] {
        let stored: Vec<String> = load_articles(store.connection())
            .unwrap()
            .into_iter()
            .map(|(_, article)| article.body)
            .collect();
        assert_eq!(stored, bodies);
        assert_eq!(store.meetings(&MeetingFilter::default()).unwrap(), meetings);
        assert_eq!(mention_rows(store), mentions);
    }
    let size = |store: &Store| -> i64 {
        store
            .connection()
            .query_row("SELECT sum(length(body)) FROM articles", [], |row| {
                row.get(0)
            })
            .unwrap()
    };
    assert!(
        size(&trained) * 2 < size(&plain),
        "{} {}",
        size(&trained),
        size(&plain)
    );
}

/// A schema 7 store (bodies as zstd frames without a dictionary, or text)
/// upgrades in place: its bodies read back, and the next batch trains a
/// dictionary for the new bodies only.
#[test]
fn a_version_7_store_upgrades_and_reads_its_old_bodies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v7.db");
    let old = [
        "Kim Jung-han met Park Jin in Seoul.",
        "Wang Yi phoned Takizaki Shigeki.",
    ];
    {
        let connection = rusqlite::Connection::open(&path).unwrap();
        for migration in &schema::MIGRATIONS[..7] {
            connection.execute_batch(migration).unwrap();
        }
        connection.pragma_update(None, "user_version", 7).unwrap();
        connection
            .execute(
                "INSERT INTO articles (id, content_hash, path, body, ingested_at) VALUES (1, 'h1', 'a.txt', ?1, 'now')",
                [old[0]],
            )
            .unwrap();
        let frame = zstd::bulk::compress(old[1].as_bytes(), body::BODY_LEVEL).unwrap();
        connection
            .execute(
                "INSERT INTO articles (id, content_hash, path, body, ingested_at) VALUES (2, 'h2', 'b.txt', ?1, 'now')",
                [frame],
            )
            .unwrap();
    }
    let mut store = open_upgraded(&path);
    let read = |store: &Store| -> Vec<String> {
        load_articles(store.connection())
            .unwrap()
            .into_iter()
            .map(|(_, article)| article.body)
            .collect()
    };
    assert_eq!(read(&store), old);
    let (extractor, batch) = dictionary_corpus(60);
    store.set_dictionary_min_bodies(50);
    store.ingest(&extractor.gazetteer, &batch).unwrap();
    let mut expected = vec![None, None];
    expected.extend(vec![Some(1); 60]);
    assert_eq!(dictionary_ids(&store), expected);
    let mut bodies: Vec<String> = old.iter().map(|text| text.to_string()).collect();
    bodies.extend(batch.iter().map(|(article, _)| article.body.clone()));
    drop(store);
    assert_eq!(read(&open_upgraded(&path)), bodies);
}

/// A damaged or missing dictionary is a `Corrupt` error that names its
/// row, when reading bodies and when compressing new ones; never a panic
/// or wrong text.
#[test]
fn a_damaged_dictionary_is_a_corrupt_error_naming_its_row() {
    let (extractor, batch) = dictionary_corpus(60);
    let fresh = || {
        let mut store = Store::open_in_memory().unwrap();
        store.set_dictionary_min_bodies(50);
        store.ingest(&extractor.gazetteer, &batch[..55]).unwrap();
        store
    };
    let expect_corrupt = |result: Result<(), StoreError>, naming: &str| match result {
        Err(StoreError::Corrupt(message)) => assert!(message.contains(naming), "{message}"),
        other => panic!("expected a Corrupt error naming {naming}: {other:?}"),
    };
    let reading = |store: &Store| store.meetings(&MeetingFilter::default()).map(|_| ());
    type Damage = fn(&mut Vec<u8>);
    let damages: [(&str, Damage); 4] = [
        ("not a dictionary", |bytes| *bytes = vec![0, 1, 2, 3]),
        // The last bytes are the dictionary's content: zstd loads it, the
        // frames' checksums catch the wrong text.
        ("content", |bytes| {
            let end = bytes.len();
            bytes[end - 200..].fill(b'#');
        }),
        ("tables", |bytes| bytes[8..].fill(0)),
        ("truncated", |bytes| bytes.truncate(100)),
    ];
    for (what, damage) in damages {
        let mut store = fresh();
        assert!(reading(&store).is_ok());
        let mut bytes: Vec<u8> = store
            .connection()
            .query_row("SELECT bytes FROM dictionaries WHERE id = 1", [], |row| {
                row.get(0)
            })
            .unwrap();
        damage(&mut bytes);
        store
            .connection()
            .execute("UPDATE dictionaries SET bytes = ?1 WHERE id = 1", [&bytes])
            .unwrap();
        expect_corrupt(reading(&store), "dictionaries row 1");
        expect_corrupt(
            load_articles(store.connection()).map(|_| ()),
            "dictionaries row 1",
        );
        if what != "content" {
            // Nor can a new process compress with it.
            let mut next = Store::open_in_memory().unwrap();
            std::mem::swap(&mut next.connection, &mut store.connection);
            expect_corrupt(
                next.ingest(&extractor.gazetteer, &batch[55..]).map(|_| ()),
                "dictionaries row 1",
            );
        }
    }
    let store = fresh();
    store
        .connection()
        .execute("UPDATE dictionaries SET bytes = 'text'", [])
        .unwrap();
    expect_corrupt(reading(&store), "dictionaries row 1: not a BLOB");
    let store = fresh();
    store
        .connection()
        .execute_batch(
            "PRAGMA foreign_keys = OFF; UPDATE articles SET dictionary_id = 7 WHERE id = 3;",
        )
        .unwrap();
    expect_corrupt(
        load_articles(store.connection()).map(|_| ()),
        "dictionaries row 7 is missing",
    );
}

/// A schema 8 store (participants and issues in rowid tables) upgrades in
/// place to tables keyed by meeting: listings read the same rows, a person
/// still finds their meetings, and deleting a meeting still removes them.
#[test]
fn a_version_8_store_upgrades_to_rows_keyed_by_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v8.db");
    {
        let connection = rusqlite::Connection::open(&path).unwrap();
        for migration in &schema::MIGRATIONS[..8] {
            connection.execute_batch(migration).unwrap();
        }
        connection.pragma_update(None, "user_version", 8).unwrap();
        connection
            .execute_batch(
                "INSERT INTO articles (id, content_hash, path, published, body, ingested_at)
                     VALUES (1, 'h1', 'a.txt', '2021-03-02', 'Kim A met Tanaka B in Seoul. They discussed fine dust.', 'now');
                 INSERT INTO issues (id, name) VALUES ('fine-dust', 'Fine dust'), ('dokdo', 'Dokdo');
                 INSERT INTO meetings (id, meeting_key, participants_key, kind, status, date)
                     VALUES (7, 'k7', 'kim-a tanaka-b', 'talks', 'held', '2021-03-02'),
                            (8, 'k8', 'kim-a lee-c', 'phone-call', 'held', '2021-03-05');
                 INSERT INTO participants (meeting_id, entity_id, kind, name, country, title)
                     VALUES (7, 'tanaka-b', 'person', 'Tanaka B', 'JP', NULL),
                            (7, 'kim-a', 'person', 'Kim A', 'KR', 'Minister'),
                            (8, 'lee-c', 'person', 'Lee C', 'KR', NULL),
                            (8, 'kim-a', 'person', 'Kim A', 'KR', 'Minister');
                 INSERT INTO meeting_issues (meeting_id, issue_id)
                     VALUES (7, 'fine-dust'), (7, 'dokdo'), (8, 'dokdo');
                 INSERT INTO reports (id, article_id, meeting_id, participants_key, kind, status, date)
                     VALUES (3, 1, 7, 'kim-a tanaka-b', 'talks', 'held', '2021-03-02');
                 INSERT INTO report_evidence (report_id, position, start_byte, end_byte, fields)
                     VALUES (3, 0, 0, 28, '[\"participants\"]'), (3, 1, 29, 54, '[\"issues\"]');",
            )
            .unwrap();
    }
    let store = open_upgraded(&path);
    let without_rowid: i64 = store
        .connection()
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name IN ('participants', 'meeting_issues') AND sql LIKE '%WITHOUT ROWID%'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(without_rowid, 2);
    let kim = |store: &Store| {
        store
            .meetings(&MeetingFilter {
                people: vec!["kim-a".into()],
                ..MeetingFilter::default()
            })
            .unwrap()
    };
    let meetings = kim(&store);
    /// Key, participants, issues, evidence sentences.
    type Listed = (String, Vec<String>, Vec<String>, Vec<String>);
    let summary: Vec<Listed> = meetings
        .iter()
        .map(|meeting| {
            (
                meeting.key.clone(),
                meeting.participants.iter().map(|p| p.id.clone()).collect(),
                meeting.issues.iter().map(|(id, _)| id.clone()).collect(),
                meeting
                    .sources
                    .iter()
                    .flat_map(|source| source.evidence.iter().map(|e| e.2.clone()))
                    .collect(),
            )
        })
        .collect();
    let strings = |items: &[&str]| items.iter().map(|item| item.to_string()).collect();
    assert_eq!(
        summary,
        vec![
            (
                "k7".to_string(),
                strings(&["kim-a", "tanaka-b"]),
                strings(&["dokdo", "fine-dust"]),
                strings(&["Kim A met Tanaka B in Seoul.", "They discussed fine dust."])
            ),
            (
                "k8".to_string(),
                strings(&["kim-a", "lee-c"]),
                strings(&["dokdo"]),
                vec![]
            ),
        ]
    );
    assert_eq!(meetings[0].countries, ["JP", "KR"]);
    assert_eq!(
        meetings[0].participants[0].title.as_deref(),
        Some("Minister")
    );
    store
        .connection()
        .execute("DELETE FROM meetings WHERE id = 7", [])
        .unwrap();
    let left: (i64, i64) = store
        .connection()
        .query_row(
            "SELECT (SELECT count(*) FROM participants), (SELECT count(*) FROM meeting_issues)",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert_eq!(left, (2, 1));
    assert_eq!(kim(&store).len(), 1);
}

#[test]
fn brief_meetings_count_the_sources_they_do_not_read() {
    let (extractor, batch) = dictionary_corpus(40);
    let mut store = Store::open_in_memory().unwrap();
    store.ingest(&extractor.gazetteer, &batch).unwrap();
    let full = store.meetings(&MeetingFilter::default()).unwrap();
    let brief = store.meetings_brief(&MeetingFilter::default()).unwrap();
    assert_eq!(full.len(), brief.len());
    assert!(!full.is_empty());
    for (full, brief) in full.iter().zip(&brief) {
        assert_eq!(full.key, brief.key);
        assert!(brief.sources.is_empty());
        assert_eq!(brief.source_count, full.sources.len());
        assert_eq!(full.source_count, full.sources.len());
        assert!(brief.source_count >= 1);
    }
}
