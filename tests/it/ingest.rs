//! `dipkb ingest`: idempotent, atomic per batch, safe with two writers.

use crate::{data, path_str, root, Env};

/// Articles, meetings and sources, read through the CLI's JSON.
fn counts(env: &Env) -> (i64, i64, i64) {
    let meetings = env.json(&["meetings", "--json"]);
    let list = meetings.as_array().unwrap();
    let sources: i64 = list
        .iter()
        .map(|m| m["sources"].as_array().unwrap().len() as i64)
        .sum();
    let mut articles: Vec<String> = list
        .iter()
        .flat_map(|m| {
            m["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["path"].as_str().unwrap().to_string())
        })
        .collect();
    articles.sort();
    articles.dedup();
    (articles.len() as i64, list.len() as i64, sources)
}

#[test]
fn ingesting_the_same_directory_twice_changes_nothing() {
    let env = Env::new();
    let articles = root().join("data/articles");
    env.ok(&["ingest", path_str(&articles)]);
    let first = counts(&env);
    let output = env.run(&["ingest", path_str(&articles)]);
    assert!(output.status.success());
    let summary = String::from_utf8(output.stderr).unwrap();
    assert!(
        summary.contains("ingested 0 articles, 0 skipped, 1 already stored"),
        "{summary}"
    );
    assert_eq!(counts(&env), first);
    assert_eq!(first.1, 2);
}

#[test]
fn bad_files_are_reported_with_their_path_and_the_rest_is_stored() {
    let env = Env::new();
    let dir = env.path("mixed");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(crate::seed(), dir.join("seed.txt")).unwrap();
    std::fs::write(dir.join("latin1.txt"), b"Caf\xe9 talks\n").unwrap();
    std::fs::write(dir.join("binary.txt"), b"\x00\x01\x02").unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(
        dir.join("batch.jsonl"),
        "{\"text\":\"Wang Yi met Park Jin in Qingdao on Aug. 9, 2022.\"}\n{not json}\n",
    )
    .unwrap();
    let output = env.run(&["ingest", path_str(&dir)]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("latin1.txt:1: not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("binary.txt:1: binary file"), "{stderr}");
    assert!(stderr.contains("batch.jsonl:2: invalid JSON"), "{stderr}");
    assert!(
        stderr.contains("ingested 3 articles, 3 skipped"),
        "{stderr}"
    );
    let meetings = env.json(&["meetings", "--json"]);
    assert_eq!(meetings.as_array().unwrap().len(), 3);
}

#[test]
fn killed_mid_ingest_the_store_stays_consistent_and_completes_later() {
    let env = Env::new();
    let input = env.path("many.jsonl");
    let mut lines = String::new();
    for index in 0..6000 {
        lines.push_str(&format!(
            "{{\"id\":\"a{index}\",\"date\":\"2021-03-{:02}\",\"text\":\"Chung Eui-yong held talks with Antony Blinken in Seoul on Thursday. Article {index}.\"}}\n",
            1 + index % 28
        ));
    }
    std::fs::write(&input, lines).unwrap();
    let mut child = env
        .command(&["ingest", "--batch", "500", path_str(&input)])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let _ = child.kill(); // SIGKILL
    let _ = child.wait();
    // Whatever was committed is whole; ingesting again completes the rest.
    env.ok(&["ingest", path_str(&input)]);
    let meetings = env.json(&["meetings", "--json"]);
    let list = meetings.as_array().unwrap();
    let sources: usize = list
        .iter()
        .map(|m| m["sources"].as_array().unwrap().len())
        .sum();
    assert_eq!(sources, 6000, "every article reported once");
    let mut keys: Vec<&str> = list.iter().map(|m| m["id"].as_str().unwrap()).collect();
    keys.sort();
    let total = keys.len();
    keys.dedup();
    assert_eq!(keys.len(), total, "no duplicate meeting");
    let integrity = std::process::Command::new("sqlite3")
        .arg(env.db())
        .arg("PRAGMA integrity_check;")
        .output();
    if let Ok(output) = integrity {
        if output.status.success() {
            assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "ok");
        }
    }
}

#[test]
fn two_ingests_at_once_both_succeed() {
    let env = Env::new();
    let gazetteer = data("eval/gazetteer");
    let spawn = |dir: &str| {
        env.command(&[
            "--no-builtin",
            "--gazetteer",
            path_str(&gazetteer),
            "ingest",
            path_str(&data(dir)),
        ])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
    };
    // Both start before either finishes.
    let children = [spawn("articles"), spawn("merge")];
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let meetings = env.json(&["meetings", "--json"]);
    let paths: std::collections::BTreeSet<String> = meetings
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|m| {
            m["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["path"].as_str().unwrap().to_string())
        })
        .collect();
    assert!(paths.iter().any(|path| path.contains("/merge/")));
    assert!(paths.iter().any(|path| path.contains("/articles/")));
}

/// Bodies compressed with a dictionary trained by the first batch, or by
/// the fifth of five small batches (topped up with the stored bodies, the
/// four earlier batches' bodies staying without one), give the same
/// `meetings --json` byte for byte.
#[test]
fn a_body_dictionary_changes_no_answer() {
    let inputs = tempfile::tempdir().unwrap();
    let input = inputs.path().join("many.jsonl");
    let people = [
        "Chung Eui-yong",
        "Antony Blinken",
        "Wang Yi",
        "Motegi Toshimitsu",
    ];
    let mut lines = String::new();
    for index in 0..600 {
        let (a, b) = (people[index % 4], people[(index / 4 + index + 1) % 4]);
        let day = 1 + index % 28;
        lines.push_str(&format!(
            "{{\"id\":\"a{index}\",\"date\":\"2021-03-{day:02}\",\"text\":\"SEOUL, March {day} (Yonhap) -- {a} held talks with {b} in Seoul on March {day}, 2021, the foreign ministry said, report {index}. The two discussed regional security and trade, and agreed to keep in close contact. (END)\"}}\n"
        ));
    }
    std::fs::write(&input, lines).unwrap();
    let ingest = |batch: &str| {
        let env = Env::new();
        env.ok(&["ingest", "--batch", batch, path_str(&input)]);
        let connection = rusqlite::Connection::open(env.db()).unwrap();
        let with_dictionary: (i64, i64) = connection
            .query_row(
                "SELECT (SELECT count(*) FROM dictionaries), count(dictionary_id) FROM articles",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .unwrap();
        (env.ok(&["meetings", "--json"]), with_dictionary)
    };
    let (one_batch, dictionary) = ingest("1000");
    assert_eq!(dictionary, (1, 600));
    let (small_batches, dictionary) = ingest("100");
    assert_eq!(dictionary, (1, 200));
    assert!(one_batch.len() > 10_000, "{one_batch}");
    assert!(one_batch == small_batches, "meetings --json differs");
}
