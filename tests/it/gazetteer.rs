//! `dipkb gazetteer`: every problem listed with file:line:col, exit code 2.

use crate::{data, path_str, Env};

#[test]
fn malformed_gazetteer_lists_every_error_with_its_position() {
    let env = Env::new();
    let dir = data("gazetteer/bad");
    let output = env.run(&[
        "--no-builtin",
        "--gazetteer",
        path_str(&dir),
        "gazetteer",
        "check",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let text = String::from_utf8(output.stdout).unwrap();
    let people = path_str(&dir.join("people.yaml")).to_string();
    let places = path_str(&dir.join("places.yaml")).to_string();
    for expected in [
        format!("{people}:5:5: error: unknown key `nickname`"),
        format!("{people}:12:15: error: `2020-13-01` is not a date"),
        format!("{people}:15:13: error: role ends (2020-01) before it starts (2021-05)"),
        format!(
            "{people}:16:5: error: duplicate person id `kim-a` (first defined at {people}:3:5)"
        ),
        format!("{people}:18:15: error: empty name in `aliases`"),
        format!("{people}:6:5: error: `country` refers to unknown country id `XX`"),
        format!("{people}:6:5: error: `org` refers to unknown organization id `no-such-ministry`"),
        format!("{places}:6:"),
    ] {
        assert!(text.contains(&expected), "missing `{expected}` in:\n{text}");
    }
    assert!(text.trim_end().ends_with("errors"), "{text}");
}

#[test]
fn a_bad_gazetteer_stops_other_commands_with_exit_2_and_the_position() {
    let env = Env::new();
    let input = env.path("a.txt");
    std::fs::write(&input, "Text.").unwrap();
    let dir = data("gazetteer/bad");
    let output = env.run(&["--gazetteer", path_str(&dir), "tag", path_str(&input)]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("people.yaml:5:5: error: unknown key `nickname`"),
        "{stderr}"
    );
}

#[test]
fn alias_bomb_is_refused_quickly_with_a_message() {
    let env = Env::new();
    let output = env.run(&[
        "--no-builtin",
        "--gazetteer",
        path_str(&data("gazetteer/bomb")),
        "gazetteer",
        "check",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("bomb.yaml:") && text.contains("invalid YAML"),
        "{text}"
    );
}

#[test]
fn oversized_gazetteer_file_is_refused_before_parsing() {
    let env = Env::new();
    let dir = env.path("big");
    std::fs::create_dir(&dir).unwrap();
    let file = std::fs::File::create(dir.join("big.yaml")).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap(); // sparse: no disk used
    let output = env.run(&[
        "--no-builtin",
        "--gazetteer",
        path_str(&dir),
        "gazetteer",
        "check",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("big.yaml:1:1: error: file is 104857600 bytes, over the"),
        "{text}"
    );
}

#[test]
fn builtin_gazetteer_checks_clean_and_is_large() {
    let env = Env::new();
    let output = env.run(&["gazetteer", "check"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let stats = env.json(&["gazetteer", "stats", "--json"]);
    assert!(stats["countries"]["entries"].as_u64().unwrap() >= 249);
    assert!(stats["places"]["entries"].as_u64().unwrap() >= 2000);
    assert!(stats["organizations"]["entries"].as_u64().unwrap() >= 150);
    assert!(stats["people"]["with_dated_roles"].as_u64().unwrap() >= 300);
    assert!(stats["issues"]["entries"].as_u64().unwrap() >= 60);
}

#[test]
fn lookup_says_how_a_name_matches() {
    let env = Env::new();
    let value = env.json(&["gazetteer", "lookup", "Jeonghan Kim", "--json"]);
    assert_eq!(value[0]["id"], "kim-jung-han");
    assert_eq!(value[0]["how"], "variant");
    let value = env.json(&["gazetteer", "lookup", "Takizaki", "--json"]);
    assert_eq!(value[0]["how"], "family");
}

#[test]
fn user_entry_replacing_a_builtin_one_is_reported_by_check() {
    let env = Env::new();
    let dir = env.path("mine");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("issues.yaml"),
        "issues:\n  - id: forced-labor\n    name: Forced labour\n",
    )
    .unwrap();
    let text = env.ok(&["--gazetteer", path_str(&dir), "gazetteer", "check"]);
    assert!(text.contains("issues.yaml:2:5: warning: issue `forced-labor` replaces the built-in entry with this id"), "{text}");
}

#[test]
fn compile_writes_the_cache_that_tag_then_reads() {
    let env = Env::new();
    let gazetteer = data("eval/gazetteer");
    let input = env.path("a.txt");
    std::fs::write(&input, "Kang Kyung-wha met Toshimitsu Motegi in Seoul.\n").unwrap();
    let args = ["--no-builtin", "--gazetteer", path_str(&gazetteer)];
    let uncached = env
        .command(&[&args[..], &["tag", "--json", path_str(&input)]].concat())
        .env("DIPKB_CACHE_DIR", "")
        .output()
        .unwrap();
    assert!(uncached.status.success());
    assert!(
        !env.path("cache").exists(),
        "an empty DIPKB_CACHE_DIR turns the cache off"
    );

    let compiled = env.ok(&[&args[..], &["gazetteer", "compile"]].concat());
    assert!(compiled.starts_with("compiled: "), "{compiled}");
    let files: Vec<_> = std::fs::read_dir(env.path("cache")).unwrap().collect();
    assert_eq!(files.len(), 1);
    let again = env.ok(&[&args[..], &["gazetteer", "compile"]].concat());
    assert!(again.starts_with("up to date: "), "{again}");

    let cached = env.ok(&[&args[..], &["tag", "--json", path_str(&input)]].concat());
    assert_eq!(cached.as_bytes(), uncached.stdout.as_slice());
    assert!(cached.contains("Motegi"), "{cached}");

    // A corrupt cache file is rebuilt, and the answer does not change.
    let file = std::fs::read_dir(env.path("cache"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::write(&file, b"dipkbgz\x01 not a cache").unwrap();
    let rebuilt = env.ok(&[&args[..], &["tag", "--json", path_str(&input)]].concat());
    assert_eq!(rebuilt, cached);
    assert!(std::fs::metadata(&file).unwrap().len() > 100);
}

/// docs/GAZETTEER.md is the format's reference: every YAML example in it
/// must load, on top of the built-in gazetteer its references point into.
#[test]
fn the_format_documents_examples_all_load() {
    let doc = std::fs::read_to_string(crate::root().join("docs/GAZETTEER.md")).unwrap();
    let env = Env::new();
    let dir = env.path("examples");
    std::fs::create_dir(&dir).unwrap();
    let mut count = 0;
    for (index, block) in doc.split("```yaml\n").skip(1).enumerate() {
        let yaml = block.split("```").next().unwrap();
        std::fs::write(dir.join(format!("example-{index}.yaml")), yaml).unwrap();
        count += 1;
    }
    assert!(count >= 6, "{count} examples");
    let output = env.run(&["--gazetteer", path_str(&dir), "gazetteer", "check"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        !format!("{stdout}{stderr}").contains("error"),
        "{stdout}\n{stderr}"
    );
    // The people example is found by the names the document says are generated.
    let found = env.ok(&[
        "--gazetteer",
        path_str(&dir),
        "gazetteer",
        "lookup",
        "Takizaki Shigeki",
    ]);
    assert!(found.contains("takizaki-shigeki"), "{found}");
}
