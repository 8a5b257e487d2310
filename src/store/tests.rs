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

#[test]
fn content_hash_is_sha256_hex() {
    assert_eq!(content_hash("").len(), 64);
    assert_ne!(content_hash("a"), content_hash("b"));
}
