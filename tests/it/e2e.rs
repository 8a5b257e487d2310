//! End to end: the seed article's two meetings, field by field, and the
//! quality figures on the hand-written truth set.

use crate::{data, path_str, seed, Env};
use serde_json::Value;

fn ids(list: &Value) -> Vec<String> {
    let mut ids: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

#[test]
fn seed_article_yields_its_two_meetings() {
    let env = Env::new();
    let value = env.json(&["extract", path_str(&seed()), "--json"]);
    assert_eq!(value["article"]["date"], "2020-10-29");
    let meetings = value["meetings"].as_array().unwrap();
    assert_eq!(meetings.len(), 2, "{meetings:#?}");
    let find = |person: &str| {
        meetings
            .iter()
            .find(|meeting| ids(&meeting["participants"]).contains(&person.to_string()))
            .unwrap_or_else(|| panic!("no meeting with {person}"))
    };

    let directors = find("kim-jung-han");
    assert_eq!(
        ids(&directors["participants"]),
        ["kim-jung-han", "takizaki-shigeki"]
    );
    assert_eq!(directors["kind"], "talks");
    assert_eq!(directors["status"], "held");
    assert_eq!(directors["date"], "2020-10-29");
    assert_eq!(directors["place"]["id"], "jongno-gu");
    assert_eq!(
        directors["place"]["within"],
        serde_json::json!(["seoul", "KR"])
    );
    assert_eq!(directors["countries"], serde_json::json!(["JP", "KR"]));
    let issues = ids(&directors["issues"]);
    for issue in [
        "forced-labor",
        "export-controls",
        "trilateral-summit",
        "fukushima-water",
    ] {
        assert!(issues.contains(&issue.to_string()), "{issue} in {issues:?}");
    }
    assert!(!issues.contains(&"denuclearization".to_string()));
    let kim = &directors["participants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "kim-jung-han")
        .unwrap();
    assert_eq!(kim["country"], "KR");
    assert!(kim["title"].as_str().unwrap().contains("Director-General"));

    let envoys = find("lee-do-hoon");
    assert_eq!(
        ids(&envoys["participants"]),
        ["lee-do-hoon", "takizaki-shigeki"]
    );
    assert_eq!(envoys["kind"], "talks");
    assert_eq!(envoys["status"], "held");
    assert_eq!(envoys["date"], "2020-10-29");
    let place_chain: Vec<&str> = std::iter::once(envoys["place"]["id"].as_str().unwrap())
        .chain(
            envoys["place"]["within"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap()),
        )
        .collect();
    assert!(place_chain.contains(&"seoul"), "{place_chain:?}");
    let issues = ids(&envoys["issues"]);
    for issue in [
        "north-korea-nuclear",
        "denuclearization",
        "korean-peninsula-peace",
    ] {
        assert!(issues.contains(&issue.to_string()), "{issue} in {issues:?}");
    }
    assert!(!issues.contains(&"forced-labor".to_string()));

    // Background people and the bylines are at no table.
    for meeting in meetings {
        let people = ids(&meeting["participants"]);
        for absent in ["suga-yoshihide", "abe-shinzo"] {
            assert!(!people.contains(&absent.to_string()));
        }
        // Every field is backed by evidence inside the body.
        assert!(!meeting["evidence"].as_array().unwrap().is_empty());
    }
}

#[test]
fn extraction_quality_on_the_truth_set() {
    let env = Env::new();
    let gazetteer = data("eval/gazetteer");
    let value = env.json(&[
        "--no-builtin",
        "--gazetteer",
        path_str(&gazetteer),
        "eval",
        path_str(&data("eval/truth.yaml")),
        "--json",
    ]);
    eprintln!("{value:#}");
    // A floor that guards against regressions; the figures themselves are
    // printed by `dipkb eval` and reported in the README.
    // Known misses (FIXME): a first-person press release (`Motegi and I held
    // talks`) and a factbox line naming two leaders of one country.
    // Pair F1 as `dipkb eval` prints it (three decimals): 0.959 when set.
    assert!(printed(&value["pairs"]["f1"]) >= 0.959, "{value:#}");
    assert!(
        value["date_accuracy"].as_f64().unwrap() >= 0.85,
        "{value:#}"
    );
    assert!(
        value["place_accuracy"].as_f64().unwrap() >= 0.90,
        "{value:#}"
    );
    assert!(value["status_right"].as_u64().unwrap() >= 34, "{value:#}");
    assert!(value["kind_right"].as_u64().unwrap() >= 31, "{value:#}");
}

#[test]
fn extraction_quality_on_the_held_out_set() {
    // Written by someone who did not read the rules; a floor against regressions.
    let env = Env::new();
    let gazetteer = data("heldout/gazetteer");
    let value = env.json(&[
        "--no-builtin",
        "--gazetteer",
        path_str(&gazetteer),
        "eval",
        path_str(&data("heldout/truth.yaml")),
        "--json",
    ]);
    eprintln!("{value:#}");
    // Pair F1 as `dipkb eval` prints it (three decimals): 0.896 when set.
    assert!(printed(&value["pairs"]["f1"]) >= 0.896, "{value:#}");
    assert!(
        value["date_accuracy"].as_f64().unwrap() >= 0.75,
        "{value:#}"
    );
    assert!(
        value["place_accuracy"].as_f64().unwrap() >= 0.75,
        "{value:#}"
    );
}

/// A figure rounded to three decimals, as `dipkb eval` prints it, so that a
/// floor written as printed (0.959) holds for the value behind it (0.95890).
fn printed(value: &serde_json::Value) -> f64 {
    let figure = value.as_f64().expect("a number");
    (figure * 1000.0).round() / 1000.0
}
