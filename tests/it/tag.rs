//! `dipkb tag`: every mention of the seed article, with exact offsets.

use crate::{path_str, seed, Env};
use serde_json::Value;

fn seed_mentions(env: &Env) -> (String, Vec<Value>) {
    let value = env.json(&["tag", path_str(&seed()), "--json"]);
    let text = std::fs::read_to_string(seed()).unwrap();
    let body = text.splitn(3, "---\n").nth(2).unwrap().to_string();
    let mentions = value["mentions"].as_array().unwrap().clone();
    (body, mentions)
}

fn texts_for(mentions: &[Value], entity: &str) -> Vec<String> {
    mentions
        .iter()
        .filter(|mention| mention["entity"] == entity)
        .map(|mention| mention["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn offsets_are_exact_slices_of_the_body_after_front_matter() {
    let env = Env::new();
    let (body, mentions) = seed_mentions(&env);
    assert!(mentions.len() > 40);
    for mention in &mentions {
        let start = mention["start"].as_u64().unwrap() as usize;
        let end = mention["end"].as_u64().unwrap() as usize;
        assert_eq!(
            &body[start..end],
            mention["text"].as_str().unwrap(),
            "{mention}"
        );
    }
}

#[test]
fn seed_people_are_found_in_every_form() {
    let env = Env::new();
    let (_, mentions) = seed_mentions(&env);
    assert_eq!(
        texts_for(&mentions, "kim-jung-han"),
        [
            "Kim Jeong-han",
            "Director Kim",
            "Director Kim",
            "Director Kim"
        ]
    );
    let takizaki = texts_for(&mentions, "takizaki-shigeki");
    for form in ["Takizaki Shigeki", "Director Takizaki", "Takizaki"] {
        assert!(
            takizaki.iter().any(|text| text == form),
            "{form} in {takizaki:?}"
        );
    }
    assert_eq!(
        texts_for(&mentions, "lee-do-hoon"),
        ["Lee Do-hoon", "Lee Do-hoon"]
    );
    assert_eq!(
        texts_for(&mentions, "suga-yoshihide"),
        ["Suga Yoshihide", "Yoshihide Suga", "Prime Minister Suga"]
    );
    assert_eq!(texts_for(&mentions, "abe-shinzo"), ["Shinzo Abe"]);
    // Family names resolved through the full name name their method.
    let director_kim = mentions
        .iter()
        .find(|mention| mention["text"] == "Director Kim")
        .unwrap();
    assert_eq!(director_kim["resolved_by"], "family");
    assert_eq!(director_kim["title"], "Director");
}

#[test]
fn seed_countries_places_and_issues_are_found() {
    let env = Env::new();
    let (_, mentions) = seed_mentions(&env);
    for (entity, text) in [
        ("JP", "Japan"),
        ("KR", "Korea"),
        ("KR", "South Korea"),
        ("US", "U.S."),
        ("seoul", "Seoul"),
        ("jongno-gu", "Jongno-gu"),
        ("forced-labor", "forced labor"),
        ("export-controls", "export restrictions"),
        ("export-controls", "Export Controls"),
        ("fukushima-water", "Fukushima nuclear contaminated water"),
        ("trilateral-summit", "trilateral summit"),
        (
            "denuclearization",
            "complete denuclearization of the Korean Peninsula",
        ),
        ("north-korea-nuclear", "North Korea nuclear issues"),
    ] {
        assert!(
            texts_for(&mentions, entity)
                .iter()
                .any(|found| found == text),
            "{entity} as `{text}` in {:?}",
            texts_for(&mentions, entity)
        );
    }
    // China appears inside the issue `Korea-Japan-China trilateral summit`:
    // the longer name wins, as it should.
    assert!(mentions
        .iter()
        .any(|mention| mention["text"] == "Korea-Japan-China trilateral summit"));
}

#[test]
fn shared_ministry_name_is_ambiguous_unless_a_country_word_or_person_settles_it() {
    let env = Env::new();
    let (_, mentions) = seed_mentions(&env);
    let ministry: Vec<&Value> = mentions
        .iter()
        .filter(|mention| {
            mention["text"]
                .as_str()
                .unwrap()
                .contains("Ministry of Foreign Affairs")
        })
        .collect();
    assert!(ministry.iter().any(|mention| mention["entity"].is_null()
        && mention["resolved_by"] == "ambiguous"
        && mention["candidates"]
            .as_array()
            .unwrap()
            .contains(&Value::from("kr-mofa"))
        && mention["candidates"]
            .as_array()
            .unwrap()
            .contains(&Value::from("jp-mofa"))));
    assert!(ministry
        .iter()
        .any(|mention| mention["entity"] == "jp-mofa" && mention["resolved_by"] == "country-word"));
    assert!(ministry
        .iter()
        .any(|mention| mention["entity"] == "kr-mofa" && mention["resolved_by"] == "person"));
}

#[test]
fn nothing_is_found_inside_other_words_or_in_lower_case_us() {
    let env = Env::new();
    let input = env.path("words.txt");
    std::fs::write(
        &input,
        "Abel visited Koreana Hotel with us; the moon rose over Koreans.\n",
    )
    .unwrap();
    let value = env.json(&["tag", path_str(&input), "--json"]);
    let texts: Vec<&str> = value["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Koreans"]);
}

#[test]
fn president_moon_is_moon_but_the_moon_is_not() {
    let env = Env::new();
    let input = env.path("moon.txt");
    std::fs::write(
        &input,
        "---\ndate: 2019-06-30\n---\nThe moon rose. President Moon met Trump at Panmunjom.\n",
    )
    .unwrap();
    let value = env.json(&["tag", path_str(&input), "--json"]);
    let mentions = value["mentions"].as_array().unwrap();
    assert_eq!(mentions[0]["text"], "President Moon");
    assert_eq!(mentions[0]["entity"], "moon-jae-in");
}

#[test]
fn piped_output_marks_mentions_in_brackets() {
    let env = Env::new();
    let input = env.path("a.txt");
    std::fs::write(&input, "Takizaki Shigeki met Kim Jeong-han in Seoul.\n").unwrap();
    let text = env.ok(&["tag", path_str(&input)]);
    assert_eq!(
        text,
        "[Takizaki Shigeki](person:takizaki-shigeki) met [Kim Jeong-han](person:kim-jung-han) in [Seoul](place:seoul).\n"
    );
}

#[test]
fn stdin_and_json_lines_are_read() {
    let env = Env::new();
    let output = env.with_stdin(
        &["tag", "--jsonl", "-"],
        b"{\"text\":\"Wang Yi met Park Jin.\"}\n{\"text\":\"Nothing here.\"}\n",
    );
    assert!(output.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["mentions"].as_array().unwrap().len(), 2);
    assert_eq!(lines[0]["article"]["path"], "-:1");
    assert!(lines[1]["mentions"].as_array().unwrap().is_empty());
}
