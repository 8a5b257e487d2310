//! `dipkb extract`: JSON Lines, dates without an anchor, hostile input.

use crate::{path_str, Env};

#[test]
fn without_a_date_only_the_written_parts_are_kept() {
    let env = Env::new();
    let input = env.path("a.txt");
    std::fs::write(
        &input,
        "Takizaki Shigeki held talks with Kim Jeong-han in Seoul on the 29th.\n",
    )
    .unwrap();
    let value = env.json(&["extract", path_str(&input)]);
    let meeting = &value["meetings"][0];
    assert!(meeting["date"].is_null());
    assert_eq!(meeting["date_partial"], serde_json::json!({"day": 29}));
    let anchored = env.json(&["extract", path_str(&input), "--date", "2020-10-30"]);
    assert_eq!(anchored["meetings"][0]["date"], "2020-10-29");
}

#[test]
fn planned_and_cancelled_meetings_say_so() {
    let env = Env::new();
    let planned = env.path("planned.txt");
    std::fs::write(&planned, "---\ndate: 2021-07-15\n---\nChoi Jong-kun will hold talks with Wendy Sherman in Seoul next week.\n").unwrap();
    let value = env.json(&["extract", path_str(&planned)]);
    assert_eq!(value["meetings"][0]["status"], "planned");
    assert_eq!(value["meetings"][0]["date"], "2021-07");
    let cancelled = env.path("cancelled.txt");
    std::fs::write(&cancelled, "---\ndate: 2021-07-19\n---\nA summit between Moon Jae-in and Yoshihide Suga was called off on Monday.\n").unwrap();
    let value = env.json(&["extract", path_str(&cancelled)]);
    assert_eq!(value["meetings"][0]["status"], "cancelled");
    assert_eq!(value["meetings"][0]["kind"], "summit");
}

#[test]
fn jsonl_in_gives_one_line_out_per_article_in_order() {
    let env = Env::new();
    let input = env.path("in.jsonl");
    let mut lines = String::new();
    for index in 0..1200 {
        lines.push_str(&format!("{{\"text\":\"Wang Yi spoke by phone with Park Jin on the {}th.\",\"date\":\"2022-08-28\",\"id\":\"a{index}\"}}\n", 10 + index % 15));
    }
    std::fs::write(&input, lines).unwrap();
    let text = env.ok(&["extract", "--jsonl", path_str(&input)]);
    let out: Vec<serde_json::Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(out.len(), 1200);
    assert_eq!(out[999]["article"]["path"], "a999");
    assert_eq!(out[0]["meetings"][0]["kind"], "phone-call");
}

#[test]
fn hostile_input_never_panics() {
    let env = Env::new();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty.txt", Vec::new()),
        ("front-only.txt", b"---\ntitle: x\n---\n".to_vec()),
        ("unclosed-front.txt", b"---\ntitle: x\nbody".to_vec()),
        ("long-line.txt", vec![b'x'; 1 << 20]),
        ("dots.txt", ".".repeat(100_000).into_bytes()),
        (
            "mixed.txt",
            "Kim Jong Un 김정은은 「北朝鮮」 met 🙂 Moon. \u{0130}STANBUL"
                .as_bytes()
                .to_vec(),
        ),
    ];
    for (name, bytes) in &cases {
        let path = env.path(name);
        std::fs::write(&path, bytes).unwrap();
        let output = env.run(&["extract", path_str(&path)]);
        assert!(
            output.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    // Refused with a clear error, not read lossily: invalid UTF-8 and binary files.
    let bad = env.path("latin1.txt");
    std::fs::write(&bad, b"line one\nSeoul caf\xe9\n").unwrap();
    let output = env.run(&["extract", path_str(&bad)]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("latin1.txt:2: not valid UTF-8"), "{stderr}");
    let binary = env.path("binary.txt");
    std::fs::write(&binary, b"\x7fELF\x00\x00\x01").unwrap();
    let output = env.run(&["extract", path_str(&binary)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8(output.stderr)
        .unwrap()
        .contains("binary file"));
}

#[test]
fn a_fifty_megabyte_article_is_extracted() {
    let env = Env::new();
    let path = env.path("big.txt");
    // A dump-like file: 50 MB of ordinary prose around one meeting.
    let filler =
        "The committee reviewed the annual budget and the harbour works for the coming season.\n\n";
    let meeting = "Chung Eui-yong held talks with Antony Blinken in Seoul on Thursday about North Korea's nuclear program.\n\n";
    let mut text = filler.repeat(25_000_000 / filler.len());
    text.push_str(meeting);
    text.push_str(&filler.repeat(25_000_000 / filler.len()));
    std::fs::write(&path, text).unwrap();
    let output = env.run(&[
        "extract",
        "--jsonl",
        path_str(&path),
        "--date",
        "2021-03-18",
    ]);
    assert!(output.status.success());
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["meetings"].as_array().unwrap().len(), 1);
}

/// The word lists the rules read are lexicon keys: a user's lexicon that
/// adds `overshadowed by ` to `background_issue_before` makes the issue after
/// it the meeting's setting, not its agenda.
#[test]
fn a_users_word_list_changes_what_is_extracted() {
    let env = Env::new();
    let article = crate::data("lexicon-user/overshadowed.txt");
    let issues = |value: &serde_json::Value| value["meetings"][0]["issues"].clone();
    let builtin = env.json(&["extract", path_str(&article)]);
    assert_eq!(builtin["meetings"].as_array().unwrap().len(), 1);
    assert_eq!(issues(&builtin)[0]["id"], "forced-labor");
    let gazetteer = crate::data("lexicon-user/gazetteer");
    let user = env.json(&[
        "--gazetteer",
        path_str(&gazetteer),
        "extract",
        path_str(&article),
    ]);
    // The meeting is still found (the other keys kept the built-in words),
    // without the issue.
    assert_eq!(
        user["meetings"][0]["participants"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(issues(&user), serde_json::json!([]));
}
