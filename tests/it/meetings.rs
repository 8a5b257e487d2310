//! `dipkb meetings` and `dipkb person`: merged meetings, name lookup, filters.

use crate::{data, path_str, root, Env};
use serde_json::Value;

fn with_eval_gazetteer<'a>(args: &[&'a str], gazetteer: &'a str) -> Vec<&'a str> {
    let mut all = vec!["--no-builtin", "--gazetteer", gazetteer];
    all.extend_from_slice(args);
    all
}

#[test]
fn main_job_lists_both_seed_meetings_of_takizaki_with_sources() {
    let env = seed_store();
    let table = env.ok(&["meetings", "--person", "Takizaki"]);
    assert!(
        table.contains("Kim Jung-han") && table.contains("Lee Do-hoon"),
        "{table}"
    );
    let value = env.json(&["meetings", "--person", "takizaki", "--json"]);
    let list = value.as_array().unwrap();
    assert_eq!(list.len(), 2);
    for meeting in list {
        let source = &meeting["sources"][0];
        assert!(source["path"]
            .as_str()
            .unwrap()
            .ends_with("asiae-2020-10-29-korea-japan-talks.txt"));
        assert!(!source["evidence"].as_array().unwrap().is_empty());
    }
    // Any spelling finds the same person.
    for name in ["Shigeki Takizaki", "TAKIZAKI SHIGEKI", "takizaki-shigeki"] {
        assert_eq!(
            env.json(&["meetings", "--person", name, "--json"])
                .as_array()
                .unwrap()
                .len(),
            2,
            "{name}"
        );
    }
    let both = env.json(&[
        "meetings",
        "--person",
        "Kim Jeong-han",
        "--with",
        "Takizaki",
        "--json",
    ]);
    assert_eq!(both.as_array().unwrap().len(), 1);
}

/// A store with the seed article: Takizaki meets Kim Jung-han and Lee Do-hoon.
fn seed_store() -> Env {
    let env = Env::new();
    env.ok(&["ingest", path_str(&root().join("data/articles"))]);
    env
}

/// A store with the seed (Kim Jung-han meets Takizaki) and the nuclear
/// envoys' story (Sung Kim meets Noh Kyu-duk and Funakoshi): two of the
/// built-in gazetteer's many Kims have meetings.
fn two_kims_store() -> Env {
    let env = seed_store();
    env.ok(&[
        "ingest",
        path_str(&data(
            "articles/yonhap-2021-06-21-nuclear-envoys-trilateral.txt",
        )),
    ]);
    env
}

#[test]
fn a_family_name_shared_by_people_with_meetings_lists_only_them() {
    let env = two_kims_store();
    let stderr = env.usage_error(&["meetings", "--person", "Kim"]);
    assert!(
        stderr.contains("`Kim` could be several people with meetings in the store"),
        "{stderr}"
    );
    let listed: Vec<&str> = stderr
        .lines()
        .skip(1)
        .filter(|line| line.starts_with("  "))
        .collect();
    assert_eq!(listed.len(), 2, "{stderr}");
    assert!(listed
        .iter()
        .any(|line| line.contains("kim-jung-han") && line.contains("1 meeting")));
    assert!(listed
        .iter()
        .any(|line| line.contains("sung-kim") && line.contains("meeting")));
    // The gazetteer's other Kims are counted, not listed.
    assert!(!stderr.contains("kim-jong-un"), "{stderr}");
    assert!(
        stderr.contains("more in the gazetteer have no meeting"),
        "{stderr}"
    );
}

#[test]
fn the_one_namesake_with_meetings_is_taken_with_a_note() {
    let env = seed_store();
    let output = env.run(&["meetings", "--person", "Kim", "--json"]);
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("`Kim` taken as Kim Jung-han (kim-jung-han)"),
        "{stderr}"
    );
    let meetings: Value = serde_json::from_slice(&output.stdout).unwrap();
    let meetings = meetings.as_array().unwrap();
    assert_eq!(meetings.len(), 1);
    assert_eq!(meetings[0]["participants"][0]["id"], "kim-jung-han");
    // `person` takes the same one.
    let profile = env.json(&["person", "Kim", "--json"]);
    assert_eq!(profile["id"], "kim-jung-han");
}

#[test]
fn namesakes_without_meetings_are_a_short_list() {
    let stderr = seed_store().usage_error(&["meetings", "--person", "Park"]);
    assert!(
        stderr.contains("none with a meeting in the store"),
        "{stderr}"
    );
    let listed = stderr.lines().filter(|line| line.starts_with("  ")).count();
    assert!((2..=11).contains(&listed), "{stderr}");
}

#[test]
fn unknown_names_exit_2_with_suggestions() {
    let stderr = seed_store().usage_error(&["meetings", "--person", "Takizakki"]);
    assert!(
        stderr.contains("did you mean: Shigeki Takizaki"),
        "{stderr}"
    );
}

/// Display columns, counting wide (Hangul, kanji) characters as two.
fn columns(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}

#[test]
fn the_table_fits_the_width_and_the_header_lines_up() {
    let env = two_kims_store();
    for width in [80usize, 100, 120] {
        let output = env
            .command(&["meetings"])
            .env("COLUMNS", width.to_string())
            .output()
            .unwrap();
        assert!(output.status.success());
        let table = String::from_utf8(output.stdout).unwrap();
        for line in table.lines() {
            assert!(columns(line) <= width, "{width}: {line:?}\n{table}");
        }
        let header = table.lines().next().unwrap();
        let row = table
            .lines()
            .find(|line| line.starts_with("2020-10-29") && line.contains("Kim Jung-han"))
            .unwrap_or_else(|| panic!("{table}"));
        for (name, cell) in [("participants", "Kim Jung-han"), ("place", "Jongno-gu")] {
            assert_eq!(
                row.find(cell),
                header.find(name),
                "{name} at {width}:\n{table}"
            );
        }
    }
    // Participants are compact: name and country, titles only in --csv and --json.
    let table = env
        .command(&["meetings"])
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.contains("Kim Jung-han (KR)"), "{table}");
    assert!(!table.contains("Director-General"), "{table}");
    // Piped without COLUMNS: 100 columns.
    let table = env.ok(&["meetings"]);
    assert!(table.lines().all(|line| columns(line) <= 100), "{table}");
}

#[test]
fn wide_prints_one_line_per_meeting() {
    let env = two_kims_store();
    let count = env.json(&["meetings", "--json"]).as_array().unwrap().len();
    let table = env
        .command(&["meetings", "--wide"])
        .env("COLUMNS", "60")
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert_eq!(table.lines().count(), count + 1, "{table}");
    assert!(table.lines().any(|line| columns(line) > 100), "{table}");
}

#[test]
fn person_roles_do_not_repeat_the_org_named_in_the_title() {
    let profile = seed_store().ok(&["person", "Takizaki"]);
    assert!(
        profile.contains("Director-General, Asian and Oceanian Affairs Bureau"),
        "{profile}"
    );
    assert!(
        !profile.contains("Bureau, Asian and Oceanian Affairs Bureau"),
        "{profile}"
    );
}

fn merged_store(order: &[&str]) -> (Env, Value) {
    let env = Env::new();
    let gazetteer = data("eval/gazetteer");
    let gazetteer = path_str(&gazetteer).to_string();
    for file in order {
        let path = data(&format!("merge/{file}"));
        env.ok(&with_eval_gazetteer(
            &["ingest", path_str(&path)],
            &gazetteer,
        ));
    }
    let value = env.json(&with_eval_gazetteer(
        &["meetings", "--person", "Kim Jung-han", "--json"],
        &gazetteer,
    ));
    (env, value)
}

const MERGE_FILES: [&str; 5] = [
    "asiae-2020-10-30-kim-takizaki-jongno.txt",
    "joongang-2020-10-31-kim-takizaki.txt",
    "kyodo-2020-10-31-takizaki-kim-seoul.txt",
    "yonhap-2020-10-30-kim-takizaki-seoul.txt",
    "yonhap-2020-11-27-kim-takizaki-tokyo.txt",
];

/// The merged meetings without source order, which follows ingest order.
fn normalized(value: &Value) -> Value {
    let mut value = value.clone();
    for meeting in value.as_array_mut().unwrap() {
        let sources = meeting["sources"].as_array_mut().unwrap();
        sources.sort_by_key(|source| source["path"].as_str().unwrap().to_string());
    }
    value
}

#[test]
fn four_reports_of_one_meeting_in_different_spellings_are_one_meeting() {
    let (_, value) = merged_store(&MERGE_FILES);
    let list = value.as_array().unwrap();
    let october: Vec<&Value> = list.iter().filter(|m| m["date"] == "2020-10-30").collect();
    assert_eq!(october.len(), 1, "{value:#}");
    assert_eq!(october[0]["sources"].as_array().unwrap().len(), 4);
    assert_eq!(october[0]["place"]["id"], "jongno-gu");
    let november: Vec<&Value> = list.iter().filter(|m| m["date"] == "2020-11-27").collect();
    assert_eq!(november.len(), 1);
    assert_eq!(november[0]["sources"].as_array().unwrap().len(), 1);
}

#[test]
fn ingest_order_does_not_change_the_store() {
    let (_, forward) = merged_store(&MERGE_FILES);
    let mut reversed = MERGE_FILES;
    reversed.reverse();
    let (_, backward) = merged_store(&reversed);
    assert_eq!(normalized(&forward), normalized(&backward));
}

#[test]
fn filters_narrow_the_list_and_csv_has_a_header() {
    let (env, _) = merged_store(&MERGE_FILES);
    let gazetteer = data("eval/gazetteer");
    let gazetteer = path_str(&gazetteer);
    let since = env.json(&with_eval_gazetteer(
        &["meetings", "--since", "2020-11-01", "--json"],
        gazetteer,
    ));
    assert_eq!(since.as_array().unwrap().len(), 1);
    let japan = env.json(&with_eval_gazetteer(
        &[
            "meetings",
            "--country",
            "JP",
            "--until",
            "2020-10",
            "--json",
        ],
        gazetteer,
    ));
    assert_eq!(japan.as_array().unwrap().len(), 1);
    let csv = env.ok(&with_eval_gazetteer(&["meetings", "--csv"], gazetteer));
    assert!(csv.starts_with("id,date,kind,status,participants,countries,place,issues,sources\n"));
    assert_eq!(csv.lines().count(), 3);
    let output = env.run(&with_eval_gazetteer(
        &["meetings", "--kind", "lunch"],
        gazetteer,
    ));
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn person_profile_ranks_counterparts_and_lists_roles() {
    let env = seed_store();
    let value = env.json(&["person", "Takizaki", "--json"]);
    assert_eq!(value["id"], "takizaki-shigeki");
    assert_eq!(value["meeting_count"], 2);
    assert_eq!(value["first_meeting"], "2020-10-29");
    let counterparts: Vec<&str> = value["counterparts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(counterparts, ["kim-jung-han", "lee-do-hoon"]);
    assert!(!value["roles"].as_array().unwrap().is_empty());
}

#[test]
fn reindex_rebuilds_the_same_meetings() {
    let env = seed_store();
    let before = env.json(&["meetings", "--json"]);
    env.ok(&["reindex"]);
    assert_eq!(env.json(&["meetings", "--json"]), before);
}

#[test]
fn querying_a_missing_store_says_so_instead_of_creating_one() {
    let env = Env::new();
    let output = env.run(&["meetings"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("no store at") && stderr.contains("dipkb ingest"),
        "{stderr}"
    );
    assert!(!env.db().exists());
}

#[test]
fn one_outlets_talks_and_anothers_summit_are_one_meeting() {
    let env = Env::new();
    let dir = env.path("two");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "---\ndate: 2023-05-07\nsource: Yonhap\n---\nPresident Yoon Suk Yeol held talks with Prime Minister Fumio Kishida in Seoul on Sunday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "---\ndate: 2023-05-08\nsource: Kyodo\n---\nFumio Kishida and Yoon Suk Yeol held a summit in Seoul on May 7.\n",
    )
    .unwrap();
    env.ok(&["ingest", path_str(&dir)]);
    let value = env.json(&["meetings", "--person", "Kishida", "--json"]);
    let list = value.as_array().unwrap();
    assert_eq!(list.len(), 1, "{value:#}");
    assert_eq!(list[0]["kind"], "summit");
    assert_eq!(list[0]["sources"].as_array().unwrap().len(), 2);
}
