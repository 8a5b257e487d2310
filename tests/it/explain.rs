//! `dipkb explain`: users ask why an edge is in their graph, and why a
//! person they see in the article is not.

use crate::{data, path_str, seed, Env};

#[test]
fn explain_names_each_meetings_sentences_and_rules() {
    let env = Env::new();
    let out = env.ok(&["explain", path_str(&seed())]);
    assert!(out.contains("meeting 1: held talks 2020-10-29"), "{out}");
    assert!(out.contains("Kim Jung-han (KR)"), "{out}");
    assert!(out.contains("founds it: names its parties"), "{out}");
    // The evidence fields each sentence gave are shown beside it.
    assert!(
        out.contains("[participants, kind, status, date, place]"),
        "{out}"
    );
    assert!(out.contains("sentences:"), "{out}");
}

#[test]
fn explain_says_why_the_speaker_sits_at_the_table_and_others_do_not() {
    let env = Env::new();
    let gazetteer = data("explain");
    let out = env.ok(&[
        "--gazetteer",
        path_str(&gazetteer),
        "explain",
        path_str(&data("explain/transcript.txt")),
    ]);
    assert!(
        out.contains("Haruki Tanaka (JP) + Ines Valcourt (FR)")
            || out.contains("Ines Valcourt (FR) + Haruki Tanaka (JP)"),
        "{out}"
    );
    assert!(
        out.contains("rule: `I` and `we` are the speaker of the transcript or statement"),
        "{out}"
    );
    assert!(
        out.contains("not a participant: Otto Brenner (DE)"),
        "{out}"
    );
}

#[test]
fn explain_of_a_missing_file_names_it_and_fails() {
    let env = Env::new();
    let output = env.run(&["explain", "no-such-article.txt"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no-such-article.txt"), "{stderr}");
}
