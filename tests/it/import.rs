//! `dipkb gazetteer import-cameo`: a fixture actor dictionary converts to
//! exactly the expected YAML, which then loads on its own.

use crate::{data, path_str, Env};

#[test]
fn cameo_fixture_converts_exactly_and_loads() {
    let env = Env::new();
    let output = env.run(&[
        "gazetteer",
        "import-cameo",
        path_str(&data("cameo/fixture.actors.txt")),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let yaml = String::from_utf8(output.stdout).unwrap();
    let expected = std::fs::read_to_string(data("cameo/fixture.expected.yaml")).unwrap();
    assert_eq!(yaml, expected);

    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("converted 9 people (9 roles), dropped 5 lines\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("fixture.actors.txt:43: `9008223` is not a date (YYMMDD or YYYYMMDD)"),
        "{stderr}"
    );

    let dir = env.path("imported");
    std::fs::create_dir(&dir).unwrap();
    let out_file = dir.join("cameo.yaml");
    env.ok(&[
        "gazetteer",
        "import-cameo",
        path_str(&data("cameo/fixture.actors.txt")),
        "-o",
        path_str(&out_file),
    ]);
    assert_eq!(std::fs::read_to_string(&out_file).unwrap(), expected);
    let check = env.run(&[
        "--no-builtin",
        "--gazetteer",
        path_str(&dir),
        "gazetteer",
        "check",
    ]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn cameo_import_for_builtin_leaves_out_known_entries() {
    let env = Env::new();
    let output = env.run(&[
        "gazetteer",
        "import-cameo",
        "--for-builtin",
        path_str(&data("cameo/fixture.actors.txt")),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let yaml = String::from_utf8(output.stdout).unwrap();
    assert!(
        !yaml.contains("\ncountries:\n") && !yaml.contains("id: roh-moo-hyun"),
        "{yaml}"
    );
    let dir = env.path("imported");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("cameo.yaml"), &yaml).unwrap();
    env.ok(&["--gazetteer", path_str(&dir), "gazetteer", "check"]);
}

#[test]
fn check_warns_about_stale_people_and_lists_who_shares_a_name() {
    let env = Env::new();
    let dir = env.path("mine");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("people.yaml"),
        "people:\n\
         \x20 - id: old-hand\n    name: Old Hand\n    roles:\n      - {title: Envoy, from: 1990, to: 2001}\n\
         \x20 - id: open-term\n    name: Open Term\n    aliases: [O. Term]\n    roles:\n      - {title: Minister, from: 2001}\n\
         \x20 - id: new-face\n    name: New Face\n    aliases: [O. Term]\n    roles:\n      - {title: Minister, from: 2024-05}\n",
    )
    .unwrap();
    let text = env.ok(&[
        "--no-builtin",
        "--gazetteer",
        path_str(&dir),
        "gazetteer",
        "check",
    ]);
    let file = path_str(&dir.join("people.yaml")).to_string();
    for expected in [
        format!("{file}:2:5: warning: stale: no role after 2001-12-31, though the gazetteer runs to 2024-05-01"),
        format!("{file}:6:5: warning: stale: `Minister` from 2001 has no end, though the gazetteer runs to 2024-05-01"),
        format!("{file}:6:5: warning: name `O. Term` is shared with person `new-face` (New Face, {file}:11)"),
    ] {
        assert!(text.contains(&expected), "missing `{expected}` in:\n{text}");
    }
}
