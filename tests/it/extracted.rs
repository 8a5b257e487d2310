//! `dipkb ingest --extracted`: storing `extract --jsonl --with-text` output
//! gives the store a direct ingest gives, whatever the order and the files.

use crate::{data, path_str, root, Env};

/// The directories every test here ingests: 26 articles, 35 meetings, some
/// reported by several articles.
fn sources() -> Vec<String> {
    vec![
        path_str(&data("articles")).to_string(),
        path_str(&data("merge")).to_string(),
        path_str(&root().join("data/articles")).to_string(),
    ]
}

/// `meetings --json` of a store made by a direct ingest of `sources()`.
fn direct() -> String {
    let env = Env::new();
    let mut args = vec!["ingest"];
    let paths = sources();
    args.extend(paths.iter().map(String::as_str));
    env.ok(&args);
    env.ok(&["meetings", "--json"])
}

/// The extraction records of `sources()`, one line each.
fn records(env: &Env, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["extract", "--jsonl", "--with-text"];
    args.extend_from_slice(extra);
    let paths = sources();
    args.extend(paths.iter().map(String::as_str));
    let text = env.ok(&args);
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    assert!(lines.len() > 25, "{} records", lines.len());
    lines
}

fn write(env: &Env, name: &str, lines: &[String]) -> String {
    let path = env.path(name);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path_str(&path).to_string()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn extracted_records_in_any_order_and_files_give_the_direct_store() {
    let expected = direct();
    assert!(expected.matches("\"sources\"").count() > 30);
    let env = Env::new();
    let mut lines = records(&env, &[]);
    // Reversed and dealt into three files, the last one through stdin.
    lines.reverse();
    let dealt =
        |offset: usize| -> Vec<String> { lines.iter().skip(offset).step_by(3).cloned().collect() };
    let first = write(&env, "b.jsonl", &dealt(0));
    let second = write(&env, "a.out", &dealt(1));
    env.ok(&["ingest", "--extracted", &first, &second, "--batch", "4"]);
    let output = env.with_stdin(
        &["ingest", "--extracted", "-"],
        (dealt(2).join("\n") + "\n").as_bytes(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(env.ok(&["meetings", "--json"]), expected);
    // Again: nothing is stored twice.
    let output = env.run(&["ingest", "--extracted", &first, &second]);
    assert!(output.status.success());
    assert!(
        stderr(&output).contains("ingested 0 articles, 0 skipped"),
        "{}",
        stderr(&output)
    );
    assert_eq!(env.ok(&["meetings", "--json"]), expected);
}

#[test]
fn a_bad_line_is_reported_with_file_and_line_and_the_rest_is_stored_once() {
    let expected = direct();
    let env = Env::new();
    let lines = records(&env, &[]);
    let mut damaged = lines.clone();
    damaged[3] = "{\"article\": {\"path\": \"x\"".into();
    let mut value: serde_json::Value = serde_json::from_str(&damaged[5]).unwrap();
    value["article"].as_object_mut().unwrap().remove("text");
    damaged[5] = value.to_string();
    let path = write(&env, "out.jsonl", &damaged);
    let output = env.run(&["ingest", "--extracted", &path]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains(&format!("{path}:4: not an extraction record")),
        "{message}"
    );
    assert!(
        message.contains(&format!("{path}:6: the record has no `article.text`")),
        "{message}"
    );
    assert!(message.contains("2 skipped"), "{message}");
    // The fixed file stores the two missing articles and nothing twice.
    let path = write(&env, "out.jsonl", &lines);
    let output = env.run(&["ingest", "--extracted", &path]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&format!(
            "ingested 2 articles, 0 skipped, {} already stored",
            lines.len() - 2
        )),
        "{}",
        stderr(&output)
    );
    assert_eq!(env.ok(&["meetings", "--json"]), expected);
}

#[test]
fn records_of_another_gazetteer_are_refused_unless_forced() {
    let expected = direct();
    let env = Env::new();
    // A person no article names: same extraction, another gazetteer.
    let extra = env.path("extra");
    std::fs::create_dir(&extra).unwrap();
    std::fs::write(
        extra.join("people.yaml"),
        "people:\n  - {id: nobody-here, name: Quentin Nobodyhere, country: FR}\n",
    )
    .unwrap();
    let lines = records(&env, &["--gazetteer", path_str(&extra)]);
    let path = write(&env, "out.jsonl", &lines);
    let output = env.run(&["ingest", "--extracted", &path]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains(&format!(
            "{path}:1: extracted with a gazetteer with fingerprint"
        )),
        "{message}"
    );
    assert!(message.contains("--force"), "{message}");
    let output = env.run(&["meetings", "--json"]);
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "[]");

    // The same gazetteer as the extraction: accepted.
    let other = Env::new();
    other.ok(&[
        "--gazetteer",
        path_str(&extra),
        "ingest",
        "--extracted",
        &path,
    ]);

    let output = env.run(&["ingest", "--extracted", "--force", &path]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("warning"), "{}", stderr(&output));
    assert_eq!(env.ok(&["meetings", "--json"]), expected);
}
