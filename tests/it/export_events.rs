//! `dipkb export --format plover` and `--format csv`: PLOVER 2.0 events
//! that validate against docs/plover-event.schema.json and agree with
//! `meetings --json`, CAMEO dyads, snapshots of the seed.

use crate::export::{export, hostile_store, sample_store, seed_store};
use crate::root;
use expect_test::expect_file;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("docs/plover-event.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("the schema is a valid JSON Schema")
}

fn lines(jsonl: &str) -> Vec<Value> {
    jsonl
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

fn assert_valid(validator: &jsonschema::Validator, events: &[Value]) {
    for event in events {
        let errors: Vec<String> = validator
            .iter_errors(event)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}\n{event:#}");
    }
}

#[test]
fn seed_snapshots() {
    let env = seed_store();
    let plover = env.ok(&["export", "--format", "plover"]);
    // Article paths are where the checkout is: the snapshot keeps them relative.
    let root = format!("{}/", env!("CARGO_MANIFEST_DIR"));
    let plover = plover.replace(&root, "");
    expect_file!["../data/expected/export/seed.plover.jsonl"].assert_eq(&plover);
    let csv = env.ok(&["export", "--format", "csv"]);
    expect_file!["../data/expected/export/seed-dyads.csv"].assert_eq(&csv);
}

#[test]
fn plover_events_validate_and_match_the_store() {
    let (env, global) = sample_store();
    let validator = schema();
    let events = lines(&export(&env, &global, &["--format", "plover"]));
    assert_valid(&validator, &events);

    let mut args = global.clone();
    args.extend(["meetings", "--json"]);
    let meetings = env.json(&args);
    let meetings = meetings.as_array().unwrap();
    let dated: Vec<&Value> = meetings
        .iter()
        .filter(|m| m["date"].as_str().is_some_and(|d| d.len() >= 7))
        .collect();
    assert!(
        dated.len() < meetings.len(),
        "the sample has undated meetings"
    );
    assert_eq!(events.len(), dated.len(), "one event per dated meeting");

    let mut modes: BTreeSet<String> = BTreeSet::new();
    for (meeting, event) in dated.iter().zip(&events) {
        assert_eq!(
            event["id"],
            format!("dipkb-{}", meeting["id"].as_str().unwrap())
        );
        let date = meeting["date"].as_str().unwrap();
        assert!(event["date"].as_str().unwrap().starts_with(date), "{event}");
        // Actors and recipients are exactly the participants.
        let sides = |key: &str| -> Vec<String> {
            event[key]
                .as_array()
                .map(|list| {
                    list.iter()
                        .map(|e| e["dipkb_id"].as_str().unwrap().to_string())
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut everyone: Vec<String> = sides("actor");
        everyone.extend(sides("recipient"));
        everyone.sort();
        let mut participants: Vec<String> = meeting["participants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_string())
            .collect();
        participants.sort();
        assert_eq!(everyone, participants, "{event}");
        let category = match meeting["status"].as_str().unwrap() {
            "held" => "CONSULT",
            "planned" => "AGREE",
            _ => "REJECT",
        };
        assert_eq!(event["event"][0], category);
        assert_eq!(event["context"][0], "diplomatic");
        if meeting["kind"] == "phone-call" && meeting["status"] == "held" {
            assert_eq!(event["mode"][0], "phone");
        }
        if let Some(mode) = event["mode"][0].as_str() {
            modes.insert(mode.to_string());
        }
        // Every evidence sentence of the meeting is cited.
        let evidence: BTreeSet<&str> = meeting["sources"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["evidence"].as_array().unwrap())
            .map(|e| e["text"].as_str().unwrap())
            .collect();
        let cited: BTreeSet<&str> = event["cite_info"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["evidence"].as_array().unwrap())
            .map(|e| e["text"].as_str().unwrap())
            .collect();
        assert_eq!(evidence, cited);
    }
    // (The sample's one cancelled meeting has no date, so no `meet`.)
    for mode in ["phone", "visit", "third-party", "multilateral"] {
        assert!(modes.contains(mode), "no {mode} in the sample: {modes:?}");
    }

    // A visit: the visitor is the actor, the host's country is the place's.
    let visit = events
        .iter()
        .find(|e| e["mode"][0] == "visit")
        .expect("a visit");
    let host_country = visit["recipient"][0]["code"].as_str().unwrap();
    assert_eq!(visit["event_loc"]["country_code"], host_country);
    assert!(visit["actor"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["code"] != host_country));
}

#[test]
fn the_schema_rejects_what_plover_forbids() {
    let validator = schema();
    let env = seed_store();
    let event = lines(&env.ok(&["export", "--format", "plover"])).remove(0);
    assert!(validator.is_valid(&event));
    let broken = |change: &dyn Fn(&mut Value)| {
        let mut copy = event.clone();
        change(&mut copy);
        copy
    };
    for (what, bad) in [
        (
            "no date",
            broken(&|e| drop(e.as_object_mut().unwrap().remove("date"))),
        ),
        ("month date", broken(&|e| e["date"] = "2020-10".into())),
        (
            "unknown category",
            broken(&|e| e["event"] = serde_json::json!(["MEET"])),
        ),
        (
            "unknown context",
            broken(&|e| e["context"] = serde_json::json!(["humanitarian"])),
        ),
        (
            "two-letter code",
            broken(&|e| e["actor"][0]["code"] = "JP".into()),
        ),
        ("no actor", broken(&|e| e["actor"] = serde_json::json!([]))),
        (
            "held but AGREE",
            broken(&|e| e["event"] = serde_json::json!(["AGREE"])),
        ),
    ] {
        assert!(!validator.is_valid(&bad), "the schema accepted {what}");
    }
}

#[test]
fn csv_dyads_cover_every_cross_country_pair() {
    let (env, global) = sample_store();
    let csv = export(&env, &global, &["--format", "csv"]);
    let mut rows = parse_csv(&csv).into_iter();
    let header = rows.next().unwrap();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (meeting, source, target, code) = (
        column("meeting"),
        column("source_id"),
        column("target_id"),
        column("cameo"),
    );
    let mut pairs: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
    let mut codes: BTreeSet<String> = BTreeSet::new();
    for cells in rows {
        assert_eq!(cells.len(), header.len(), "{cells:?}");
        let (a, b) = (cells[source].clone(), cells[target].clone());
        pairs
            .entry(cells[meeting].clone())
            .or_default()
            .insert((a.clone().min(b.clone()), a.max(b)));
        codes.insert(cells[code].clone());
    }
    for expected in ["036", "040", "041", "042", "043", "125"] {
        assert!(codes.contains(expected), "no {expected}: {codes:?}");
    }
    let allowed: BTreeSet<String> = [
        "036", "040", "041", "042", "043", "044", "045", "046", "125",
    ]
    .map(String::from)
    .into();
    assert!(codes.is_subset(&allowed), "{codes:?}");

    let mut args = global.clone();
    args.extend(["meetings", "--json"]);
    for meeting in env.json(&args).as_array().unwrap() {
        let participants = meeting["participants"].as_array().unwrap();
        let mut expected = BTreeSet::new();
        for (position, first) in participants.iter().enumerate() {
            for second in &participants[position + 1..] {
                if first["country"].is_string() && first["country"] == second["country"] {
                    continue;
                }
                let (a, b) = (
                    first["id"].as_str().unwrap().to_string(),
                    second["id"].as_str().unwrap().to_string(),
                );
                expected.insert((a.clone().min(b.clone()), a.max(b)));
            }
        }
        let id = meeting["id"].as_str().unwrap();
        assert_eq!(
            pairs.get(id).cloned().unwrap_or_default(),
            expected,
            "meeting {id}"
        );
    }
}

#[test]
fn hostile_names_survive_csv_and_plover() {
    let (env, global) = hostile_store();
    let events = lines(&export(&env, &global, &["--format", "plover"]));
    assert_valid(&schema(), &events);
    let names: BTreeSet<&str> = events
        .iter()
        .flat_map(|e| e["actor"].as_array().unwrap())
        .map(|a| a["entity_text"].as_str().unwrap())
        .collect();
    assert!(names.contains("Takizaki \\ Shigeki\\"), "{names:?}");
    let csv = export(&env, &global, &["--format", "csv"]);
    assert!(csv.contains("\"Kim \"\"The Fox\"\" Jung-han\""), "{csv}");
    let rows = parse_csv(&csv);
    assert!(
        rows.len() > 1 && rows.iter().all(|row| row.len() == 16),
        "{rows:?}"
    );
    let place = "Seoul 서울 <\"capital\">, South <Korea> & \"Friends\"".to_string();
    assert!(
        rows.iter().any(|row| row.contains(&place)),
        "a place with commas and quotes comes back whole: {rows:?}"
    );
}

#[test]
fn plover_and_csv_take_the_filters_not_views() {
    let env = seed_store();
    let events = lines(&env.ok(&["export", "--format", "plover", "--person", "Lee Do-hoon"]));
    assert_eq!(events.len(), 1);
    let output = env.run(&["export", "--format", "plover", "--view", "meetings"]);
    assert_eq!(output.status.code(), Some(2));
    let output = env.run(&["export", "--format", "csv", "--render", "svg"]);
    assert_eq!(output.status.code(), Some(2));
}

/// CSV records (RFC 4180: quoted fields may hold commas, quotes and line breaks).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = vec![String::new()];
    let mut quoted = false;
    let mut characters = text.chars().peekable();
    while let Some(character) = characters.next() {
        match (character, quoted) {
            ('"', true) if characters.peek() == Some(&'"') => {
                characters.next();
                row.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(String::new()),
            ('\n', false) => rows.push(std::mem::replace(&mut row, vec![String::new()])),
            (character, _) => row.last_mut().unwrap().push(character),
        }
    }
    if row.len() > 1 || !row[0].is_empty() {
        rows.push(row);
    }
    rows
}

#[test]
fn evidence_sentences_are_whole_sentences_of_the_article() {
    // The seed has non-ASCII text before its sentences: offsets are bytes,
    // and a sentence read by characters would start mid-word.
    let env = seed_store();
    let article = std::fs::read_to_string(crate::seed()).unwrap();
    let events = lines(&env.ok(&["export", "--format", "plover"]));
    let mut checked = 0;
    for event in &events {
        for citation in event["cite_info"].as_array().unwrap() {
            for evidence in citation["evidence"].as_array().unwrap() {
                let text = evidence["text"].as_str().unwrap();
                let span = evidence["end"].as_u64().unwrap() - evidence["start"].as_u64().unwrap();
                assert_eq!(text.len() as u64, span, "{text}");
                assert!(article.contains(text), "{text}");
                let first = text.trim_start().chars().next().unwrap();
                assert!(!first.is_lowercase(), "starts mid-word: {text}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 6, "{checked} sentences");
}
