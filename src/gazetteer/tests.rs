use super::*;

fn load_one(yaml: &str) -> Result<(Gazetteer, Vec<Problem>), LoadError> {
    load(&[SourceFile {
        path: "g.yaml".into(),
        text: yaml.into(),
        builtin: false,
    }])
}

fn errors(yaml: &str) -> Vec<(usize, ProblemKind)> {
    let error = load_one(yaml).expect_err("expected problems");
    error
        .problems
        .into_iter()
        .filter(|problem| problem.severity() == Severity::Error)
        .map(|problem| (problem.line, problem.kind))
        .collect()
}

#[test]
fn every_error_in_a_file_is_reported_with_its_line() {
    let yaml = "\
people:
  - id: a
    name: A
    nickname: x
  - id: b
    name: B
    roles:
      - title: Minister
        from: 2020-13-01
        to: 2019
        org: nowhere
  - id: a
    name: A again
    aliases: ['']
";
    let problems = errors(yaml);
    let lines: Vec<usize> = problems.iter().map(|(line, _)| *line).collect();
    assert!(
        matches!(problems[0].1, ProblemKind::UnknownKey { .. }),
        "{problems:?}"
    );
    assert_eq!(lines[0], 4);
    assert!(problems
        .iter()
        .any(|(line, kind)| *line == 9 && matches!(kind, ProblemKind::BadDate { .. })));
    assert!(problems
        .iter()
        .any(|(_, kind)| matches!(kind, ProblemKind::UnknownRef { field: "org", .. })));
    assert!(problems
        .iter()
        .any(|(line, kind)| *line == 12 && matches!(kind, ProblemKind::DuplicateId { .. })));
    assert!(problems
        .iter()
        .any(|(line, kind)| *line == 14 && matches!(kind, ProblemKind::EmptyAlias { .. })));
}

#[test]
fn role_ending_before_it_starts_is_an_error() {
    let problems = errors("people:\n  - id: a\n    name: A\n    roles:\n      - title: Minister\n        from: 2020-05\n        to: 2019-01-01\n");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].0, 7);
    assert!(matches!(problems[0].1, ProblemKind::EndBeforeStart { .. }));
}

#[test]
fn references_to_missing_ids_are_errors() {
    let yaml = "\
countries:
  - id: KR
    name: South Korea
    capital: seoul
places:
  - id: jongno-gu
    name: Jongno-gu
    within: nowhere
organizations:
  - id: bureau
    name: Bureau
    parent: ministry
    country: XX
";
    let problems = errors(yaml);
    let fields: Vec<&str> = problems
        .iter()
        .filter_map(|(_, kind)| match kind {
            ProblemKind::UnknownRef { field, .. } => Some(*field),
            _ => None,
        })
        .collect();
    assert_eq!(fields, ["capital", "within", "country", "parent"]);
}

#[test]
fn yaml_syntax_error_has_a_position() {
    let problems = errors("people:\n  - id: a\n    name: [A\n");
    assert!(matches!(problems[0].1, ProblemKind::Syntax(_)));
    assert!(problems[0].0 >= 3);
}

#[test]
fn wrong_shapes_are_reported_not_panicked_on() {
    for yaml in [
        "people: 3",
        "- a\n- b",
        "people:\n  - just a string",
        "countries:\n  - id: [1]\n    name: X",
    ] {
        let error = load_one(yaml).expect_err(yaml);
        assert!(!error.problems.is_empty());
    }
}

#[test]
fn user_entry_replaces_builtin_one_with_a_warning() {
    let builtin = SourceFile {
        path: "builtin.yaml".into(),
        text: "issues:\n  - id: x\n    name: Old\n".into(),
        builtin: true,
    };
    let user = SourceFile {
        path: "user.yaml".into(),
        text: "issues:\n  - id: x\n    name: New\n".into(),
        builtin: false,
    };
    let (gazetteer, warnings) = load(&[builtin, user]).unwrap();
    assert_eq!(gazetteer.issues.len(), 1);
    assert_eq!(gazetteer.issues[0].common.name, "New");
    assert!(matches!(
        warnings[0].kind,
        ProblemKind::OverridesBuiltin { .. }
    ));
}

#[test]
fn builtin_gazetteer_loads_without_errors() {
    let (gazetteer, _) = load(&builtin_sources()).unwrap();
    assert!(!gazetteer.lexicon.meeting_triggers.is_empty());
}

#[test]
fn role_dates_decide_what_was_held_when() {
    let (gazetteer, _) = load_one("people:\n  - id: a\n    name: A\n    roles:\n      - title: Director\n        from: 2019-09\n        to: 2021-07\n      - title: Ambassador\n        from: 2021-08\n").unwrap();
    let person = &gazetteer.people[0];
    let day = |text: &str| chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
    assert_eq!(
        person.role_on(Some(day("2020-10-29"))).unwrap().title,
        "Director"
    );
    assert_eq!(
        person.role_on(Some(day("2022-01-01"))).unwrap().title,
        "Ambassador"
    );
    assert!(person.role_on(Some(day("2018-01-01"))).is_none());
}

#[test]
fn word_lists_keep_their_spaces_and_replace_the_builtin_key_by_key() {
    let builtin = builtin_sources();
    let user = SourceFile {
        path: "user.yaml".into(),
        text: "lexicon:\n  subject_breaks: [\" said\", \"overshadowed by \"]\n".into(),
        builtin: false,
    };
    let mut sources = builtin.clone();
    sources.push(user);
    let (gazetteer, _) = load(&sources).unwrap();
    let words = &gazetteer.lexicon.words;
    assert_eq!(words.subject_breaks, [" said", "overshadowed by "]);
    // Keys the user left out keep the built-in words, Korean ones included.
    let (builtin_only, _) = load(&builtin).unwrap();
    assert_eq!(
        words.object_breaks,
        builtin_only.lexicon.words.object_breaks
    );
    assert!(!words.object_breaks.is_empty() && !words.korean_planned.is_empty());
    // A word list of the wrong shape is reported at its line.
    let problems = errors("lexicon:\n  titles: [Minister]\n  unreal_before:\n    hopes: to\n");
    assert!(
        matches!(&problems[..], [(4, ProblemKind::WrongType { field, .. })] if field == "unreal_before"),
        "{problems:?}"
    );
}
