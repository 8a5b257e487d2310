//! A Korean-language article end to end: extraction with the built-in
//! gazetteer, and the stored meetings found by a Hangul or a Latin name.

use crate::{data, path_str, Env};
use serde_json::Value;

fn summary(meeting: &Value) -> (String, String, String, String, Vec<String>) {
    let text = |value: &Value| value.as_str().unwrap_or("").to_string();
    let mut people: Vec<String> = meeting["participants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|participant| text(&participant["id"]))
        .collect();
    people.sort();
    (
        text(&meeting["kind"]),
        text(&meeting["status"]),
        text(&meeting["date"]),
        text(&meeting["place"]["id"]),
        people,
    )
}

#[test]
fn a_korean_article_gives_its_held_and_planned_talks() {
    let env = Env::new();
    let value = env.json(&["extract", path_str(&data("ko/dg-talks.txt"))]);
    let meetings: Vec<_> = value["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .map(summary)
        .collect();
    let pair = vec!["kim-jung-han".to_string(), "takizaki-shigeki".to_string()];
    assert_eq!(
        meetings,
        [
            (
                "talks".into(),
                "held".into(),
                "2020-10-29".into(),
                "jongno-gu".into(),
                pair.clone()
            ),
            (
                "talks".into(),
                "planned".into(),
                "2020-11".into(),
                "tokyo".into(),
                pair
            ),
        ],
        "{value:#}"
    );
    let issues: Vec<&str> = value["meetings"][0]["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|issue| issue["id"].as_str().unwrap())
        .collect();
    assert_eq!(issues, ["export-controls", "forced-labor"]);
}

#[test]
fn a_hangul_name_finds_the_same_person_as_its_latin_spelling() {
    let env = Env::new();
    env.ok(&["ingest", path_str(&data("ko"))]);
    let count = |name: &str| {
        env.json(&["meetings", "--person", name, "--json"])
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(count("Kim Jung-han"), 2);
    for name in ["김정한", "다키자키", "다키자키 시게키", "Takizaki"] {
        assert_eq!(count(name), 2, "{name}");
    }
}
