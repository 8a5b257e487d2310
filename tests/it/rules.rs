//! Extraction rules as data. Every case in `tests/data/rules/*.yaml` is a
//! short article and the meetings a careful reader records from it (the
//! development set's conventions: people by id, unnamed sides by country
//! code, `summit` only for heads of state or government meeting in person).
//! One test runs them all through the library, in process, with the built-in
//! gazetteer plus `tests/data/rules/gazetteer` (invented people), and reports
//! every failing case with its file, line, name and a diff, then the pass
//! count per class.
//!
//! A case marked `known_gap: "reason"` is a target extraction does not reach
//! yet: it runs and is counted, and the test fails when it *passes*, so the
//! flag is removed the day the gap closes instead of hiding a fixed rule.
//!
//! `DIPKB_RULES=WORD` runs only the cases whose file, class or name contains
//! WORD; `DIPKB_RULES_VERBOSE=1` prints the diffs of known gaps as well.
//! Run with `cargo test --test it rules -- --nocapture` to see the summary.

use crate::root;
use dipkb::article::Article;
use dipkb::eval::{describe, Expected};
use dipkb::extract::{Extractor, Meeting};
use dipkb::gazetteer::yaml::{self, Node, Value};
use dipkb::gazetteer::Kind;
use dipkb::tagger::Scratch;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// The classes a case may name: what real articles do that the rules missed
/// (issue 11's list), then the rules of `docs/EXTRACTION.md`. Each must have
/// at least one case, so no class can lose its coverage unnoticed.
const CLASSES: &[(&str, &str)] = &[
    (
        "country-sides",
        "sides that are countries, beside named officials",
    ),
    (
        "several-meetings",
        "several meetings in one sentence or article",
    ),
    ("triggers", "the words that say a meeting took place"),
    (
        "korean",
        "Korean-language articles: particles, word order, dates",
    ),
    ("noun-only", "the meeting only as a noun, people elsewhere"),
    ("pronouns", "descriptions and pronouns as parties"),
    ("quotes", "meetings inside quoted statements"),
    ("false-meetings", "hopes, questions, proposals, duplicates"),
    ("titles", "titles written differently, honorifics in lists"),
    ("dates-places", "date and place in neighbouring sentences"),
    ("front-matter", "title, date and country of the article"),
    ("furniture", "bylines, credits and page chrome are not news"),
    (
        "sentences",
        "sentence splitting around abbreviations and wraps",
    ),
    ("headline", "the headline block joins the main meeting"),
    ("names", "full names, aliases and name orders"),
    ("family-names", "a family name goes to the right person"),
    ("shared-names", "shared names settled by country"),
    ("denials", "a sentence that denies a meeting reports none"),
    ("parties", "who is at the table and who is not"),
    ("sides", "countries as sides, topics or locations"),
    ("joining", "sentences with fewer parties join a meeting"),
    ("kind", "talks, summit, phone call, video conference"),
    ("status", "held, planned, cancelled"),
    ("date", "date expressions and their resolution"),
    ("place", "the most specific place of the meeting"),
    ("issues", "what the meeting discussed, not the background"),
    ("evidence", "the sentences that back a meeting"),
];

const KINDS: &[&str] = &["talks", "phone-call", "summit", "video-conference"];
const STATUSES: &[&str] = &["held", "planned", "cancelled"];

/// One case: an article and every meeting it reports.
struct Case {
    file: String,
    line: usize,
    name: String,
    class: String,
    /// The article as a file would hold it, front matter included.
    text: String,
    meetings: Vec<Want>,
    known_gap: Option<String>,
}

/// An expected meeting: participants always; other fields only when the case
/// states them (`place: null` states "no place"; a missing key, "any").
#[derive(Default)]
struct Want {
    participants: BTreeSet<String>,
    kind: Option<String>,
    status: Option<String>,
    date: Option<Option<String>>,
    /// Compared when `date` is null: `day=29`, `weekday=friday`, sorted.
    date_partial: Vec<String>,
    place: Option<Option<String>>,
    issues: Option<BTreeSet<String>>,
    /// Text each of which some evidence sentence must contain.
    evidence: Vec<String>,
}

/// A found meeting as the harness compares it.
struct Found {
    described: Expected,
    evidence: Vec<String>,
}

#[test]
fn extraction_rules_as_data() {
    let dir = root().join("tests/data/rules");
    let gazetteer = dipkb::gazetteer::load_dirs_unlinted(&[dir.join("gazetteer")], true)
        .expect("the rules gazetteer loads");
    let extractor = Extractor::new(gazetteer).expect("the tagger builds");
    let mut errors = Vec::new();
    let cases = load_cases(&dir, &extractor, &mut errors);
    assert!(errors.is_empty(), "bad rule files:\n{}", errors.join("\n"));
    let filter = std::env::var("DIPKB_RULES").unwrap_or_default();
    let verbose = std::env::var_os("DIPKB_RULES_VERBOSE").is_some();
    let mut scratch = Scratch::default();
    // class -> (cases, passed, known gaps)
    let mut counts: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let mut failures = String::new();
    let mut fixed = String::new();
    let mut gaps = String::new();
    let mut run = 0;
    for case in &cases {
        let selected = [&case.file, &case.class, &case.name]
            .iter()
            .any(|field| field.contains(filter.as_str()));
        if !selected {
            continue;
        }
        run += 1;
        let diff = check(case, &extractor, &mut scratch);
        let entry = counts.entry(case.class.as_str()).or_default();
        entry.0 += 1;
        let heading = format!(
            "{}:{} `{}` [{}]",
            case.file, case.line, case.name, case.class
        );
        match (&case.known_gap, diff.is_empty()) {
            (None, true) => entry.1 += 1,
            (None, false) => {
                let _ = writeln!(failures, "FAIL {heading}\n{diff}");
            }
            (Some(reason), true) => {
                entry.1 += 1;
                let _ = writeln!(
                    fixed,
                    "PASSES NOW {heading}: remove its `known_gap: {reason:?}`"
                );
            }
            (Some(reason), false) => {
                entry.2 += 1;
                let _ = writeln!(gaps, "gap {heading}: {reason}");
                if verbose {
                    let _ = writeln!(gaps, "{diff}");
                }
            }
        }
    }
    let mut summary = String::from("class              cases  pass  known gap  failing\n");
    let mut totals = (0, 0, 0);
    for (class, _) in CLASSES {
        let Some(&(all, passed, gap)) = counts.get(class) else {
            continue;
        };
        let failing = all - passed - gap;
        let _ = writeln!(
            summary,
            "{class:<18} {all:>5} {passed:>5} {gap:>10} {failing:>8}"
        );
        totals = (totals.0 + all, totals.1 + passed, totals.2 + gap);
    }
    let _ = writeln!(
        summary,
        "{:<18} {:>5} {:>5} {:>10} {:>8}",
        "total",
        totals.0,
        totals.1,
        totals.2,
        totals.0 - totals.1 - totals.2
    );
    println!("{gaps}\n{summary}");
    println!(
        "rules: {run} cases, {} pass, {} known gaps, {} failing",
        totals.1,
        totals.2,
        totals.0 - totals.1 - totals.2
    );
    assert!(run > 0, "no rule case matches DIPKB_RULES={filter:?}");
    assert!(
        failures.is_empty() && fixed.is_empty(),
        "\n{failures}{fixed}\n{summary}"
    );
}

/// Runs one case; returns the diff, empty when extraction agrees.
fn check(case: &Case, extractor: &Extractor, scratch: &mut Scratch) -> String {
    let article = match Article::parse(&case.file, &case.text) {
        Ok(article) => article,
        Err(error) => return format!("  the article does not parse: {error}\n"),
    };
    let extraction = extractor.extract(&article, scratch);
    let found: Vec<Found> = extraction
        .meetings
        .iter()
        .map(|meeting| found(extractor, &article, meeting))
        .collect();
    let mut diff = String::new();
    let mut used = vec![false; found.len()];
    for want in &case.meetings {
        // The unused meeting of the same people that differs least.
        let best = found
            .iter()
            .enumerate()
            .filter(|(index, got)| !used[*index] && got.described.participants == want.participants)
            .map(|(index, got)| (index, mismatches(want, got)))
            .min_by_key(|(index, problems)| (problems.len(), *index));
        match best {
            None => {
                let _ = writeln!(diff, "  - missing    {}", show_want(want));
            }
            Some((index, problems)) => {
                used[index] = true;
                for problem in problems {
                    let _ = writeln!(diff, "  ~ {}: {problem}", list(&want.participants));
                }
            }
        }
    }
    for (index, got) in found.iter().enumerate() {
        if !used[index] {
            let _ = writeln!(diff, "  + unexpected {}", show_found(&got.described));
        }
    }
    if !diff.is_empty() {
        let mut all = String::new();
        for got in &found {
            let _ = writeln!(all, "      {}", show_found(&got.described));
        }
        if all.is_empty() {
            all.push_str("      (none)\n");
        }
        diff.push_str("    extraction found:\n");
        diff.push_str(&all);
    }
    diff
}

fn found(extractor: &Extractor, article: &Article, meeting: &Meeting) -> Found {
    Found {
        described: describe(&extractor.gazetteer, meeting),
        evidence: meeting
            .evidence
            .iter()
            .filter_map(|evidence| article.body.get(evidence.span.clone()))
            .map(str::to_string)
            .collect(),
    }
}

/// The fields the case states that extraction got wrong.
fn mismatches(want: &Want, got: &Found) -> Vec<String> {
    let got_fields = &got.described;
    let mut problems = Vec::new();
    let mut compare = |field: &str, expected: String, found: String| {
        if expected != found {
            problems.push(format!("{field} expected {expected}, found {found}"));
        }
    };
    if let Some(kind) = &want.kind {
        compare("kind", kind.clone(), opt(&got_fields.kind));
    }
    if let Some(status) = &want.status {
        compare("status", status.clone(), opt(&got_fields.status));
    }
    if let Some(date) = &want.date {
        let expected = show_date(date, &want.date_partial);
        compare(
            "date",
            expected,
            show_date(&got_fields.date, &got_fields.date_partial),
        );
    }
    if let Some(place) = &want.place {
        compare("place", opt(place), opt(&got_fields.place));
    }
    if let Some(issues) = &want.issues {
        compare("issues", list(issues), list(&got_fields.issues));
    }
    for snippet in &want.evidence {
        if !got
            .evidence
            .iter()
            .any(|text| text.contains(snippet.as_str()))
        {
            problems.push(format!("no evidence sentence contains {snippet:?}"));
        }
    }
    problems
}

fn opt(value: &Option<String>) -> String {
    value.as_deref().unwrap_or("null").to_string()
}

fn list<'a>(values: impl IntoIterator<Item = &'a String>) -> String {
    let values: Vec<&str> = values.into_iter().map(String::as_str).collect();
    format!("[{}]", values.join(", "))
}

fn show_date(date: &Option<String>, partial: &[String]) -> String {
    match date {
        Some(date) => date.clone(),
        None if partial.is_empty() => "null".into(),
        None => format!("null {{{}}}", partial.join(", ")),
    }
}

fn show_want(want: &Want) -> String {
    let mut text = format!("{{participants: {}", list(&want.participants));
    if let Some(kind) = &want.kind {
        let _ = write!(text, ", kind: {kind}");
    }
    if let Some(status) = &want.status {
        let _ = write!(text, ", status: {status}");
    }
    if let Some(date) = &want.date {
        let _ = write!(text, ", date: {}", show_date(date, &want.date_partial));
    }
    if let Some(place) = &want.place {
        let _ = write!(text, ", place: {}", opt(place));
    }
    if let Some(issues) = &want.issues {
        let _ = write!(text, ", issues: {}", list(issues));
    }
    text + "}"
}

fn show_found(got: &Expected) -> String {
    format!(
        "{{participants: {}, kind: {}, status: {}, date: {}, place: {}, issues: {}}}",
        list(&got.participants),
        opt(&got.kind),
        opt(&got.status),
        show_date(&got.date, &got.date_partial),
        opt(&got.place),
        list(&got.issues)
    )
}

/// Reads every `*.yaml` file of the rules folder (not the gazetteer), in name
/// order; problems go to `errors` as `file:line: message`, all of them.
fn load_cases(dir: &Path, extractor: &Extractor, errors: &mut Vec<String>) -> Vec<Case> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/data/rules exists")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    paths.sort();
    let mut cases = Vec::new();
    for path in paths {
        let file = format!(
            "tests/data/rules/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        let text = std::fs::read_to_string(&path).expect("readable rule file");
        match yaml::parse(&text) {
            Ok(root) => parse_file(&file, &root, extractor, &mut cases, errors),
            Err(error) => errors.push(format!("{file}:{}: {}", error.position.line, error.message)),
        }
    }
    let mut seen = BTreeSet::new();
    for case in &cases {
        if !seen.insert((&case.file, &case.name)) {
            errors.push(format!(
                "{}:{}: a second case named `{}`",
                case.file, case.line, case.name
            ));
        }
    }
    let classes: BTreeSet<&str> = cases.iter().map(|case| case.class.as_str()).collect();
    for (class, what) in CLASSES {
        if !classes.contains(class) {
            errors.push(format!("no case covers class `{class}` ({what})"));
        }
    }
    cases
}

fn parse_file(
    file: &str,
    root: &Node,
    extractor: &Extractor,
    cases: &mut Vec<Case>,
    errors: &mut Vec<String>,
) {
    let Some(Value::Seq(items)) = root.field("cases").map(|node| &node.value) else {
        errors.push(format!("{file}:1: expected a top-level `cases:` list"));
        return;
    };
    for item in items {
        let line = item.position.line;
        let mut fail = |node: &Node, message: String| {
            errors.push(format!("{file}:{}: {message}", node.position.line));
        };
        unknown_keys(
            item,
            &[
                "name",
                "class",
                "date",
                "title",
                "country",
                "text",
                "meetings",
                "known_gap",
            ],
            &mut fail,
        );
        let text_of = |key: &str| item.field(key).and_then(Node::as_str).map(str::to_string);
        let (Some(name), Some(class), Some(body)) =
            (text_of("name"), text_of("class"), text_of("text"))
        else {
            fail(item, "a case needs `name`, `class` and `text`".into());
            continue;
        };
        if !CLASSES.iter().any(|(known, _)| *known == class) {
            fail(item, format!("unknown class `{class}`"));
        }
        let mut front = String::new();
        for key in ["title", "date", "country"] {
            if let Some(value) = text_of(key) {
                let quoted = serde_json::to_string(&value).unwrap();
                let _ = writeln!(front, "{key}: {quoted}");
            }
        }
        let text = if front.is_empty() {
            body
        } else {
            format!("---\n{front}---\n{body}")
        };
        let mut meetings = Vec::new();
        match item.field("meetings").map(|node| &node.value) {
            Some(Value::Seq(list)) => {
                for meeting in list {
                    meetings.push(parse_want(meeting, extractor, &mut fail));
                }
            }
            _ => fail(
                item,
                "a case needs `meetings:` (a list, `[]` for none)".into(),
            ),
        }
        cases.push(Case {
            file: file.to_string(),
            line,
            name,
            class,
            text,
            meetings,
            known_gap: text_of("known_gap"),
        });
    }
}

fn parse_want(node: &Node, extractor: &Extractor, fail: &mut impl FnMut(&Node, String)) -> Want {
    unknown_keys(
        node,
        &[
            "participants",
            "kind",
            "status",
            "date",
            "date_partial",
            "place",
            "issues",
            "evidence",
        ],
        fail,
    );
    let gazetteer = &extractor.gazetteer;
    let known =
        |kinds: &[Kind], id: &str| kinds.iter().any(|&kind| gazetteer.find(kind, id).is_some());
    let mut strings = |key: &str, kinds: &[Kind]| -> Option<BTreeSet<String>> {
        let child = node.field(key)?;
        let Value::Seq(values) = &child.value else {
            fail(child, format!("`{key}` must be a list"));
            return Some(BTreeSet::new());
        };
        let mut set = BTreeSet::new();
        for value in values {
            let Some(id) = value.as_str() else {
                fail(value, format!("`{key}` holds ids"));
                continue;
            };
            if !kinds.is_empty() && !known(kinds, id) {
                fail(value, format!("`{id}` is not in the gazetteer"));
            }
            set.insert(id.to_string());
        }
        Some(set)
    };
    let participants = strings("participants", &[Kind::Person, Kind::Country]).unwrap_or_default();
    let issues = strings("issues", &[Kind::Issue]);
    let evidence = strings("evidence", &[])
        .unwrap_or_default()
        .into_iter()
        .collect();
    if participants.len() < 2 {
        fail(node, "a meeting needs `participants` (two or more)".into());
    }
    let scalar = |key: &str, allowed: &[&str], fail: &mut dyn FnMut(&Node, String)| {
        let child = node.field(key)?;
        let value = child.as_str().map(str::to_string);
        match &value {
            Some(text) if !allowed.is_empty() && !allowed.contains(&text.as_str()) => {
                fail(
                    child,
                    format!("`{key}` is `{text}`, expected one of {allowed:?}"),
                );
            }
            None if !allowed.is_empty() => fail(child, format!("`{key}` cannot be null")),
            _ => {}
        }
        Some(value)
    };
    let kind = scalar("kind", KINDS, fail).flatten();
    let status = scalar("status", STATUSES, fail).flatten();
    let date = scalar("date", &[], fail);
    if let Some(Some(date)) = &date {
        if dipkb::article::parse_date(date).is_none()
            && dipkb::article::parse_date(&format!("{date}-01")).is_none()
        {
            fail(
                node,
                format!("`date` is `{date}`, expected YYYY-MM-DD or YYYY-MM"),
            );
        }
    }
    let place = scalar("place", &[], fail);
    if let Some(Some(id)) = &place {
        if !known(&[Kind::Place, Kind::Country], id) {
            fail(node, format!("place `{id}` is not in the gazetteer"));
        }
    }
    let mut date_partial = Vec::new();
    if let Some(child) = node.field("date_partial") {
        match &child.value {
            Value::Map(entries) if matches!(date, Some(None)) => {
                for (key, value) in entries {
                    if let (Some(key), Some(value)) = (key.as_str(), value.as_str()) {
                        date_partial.push(format!("{key}={}", value.to_lowercase()));
                    }
                }
            }
            _ => fail(child, "`date_partial` is a map, beside `date: null`".into()),
        }
    }
    date_partial.sort();
    Want {
        participants,
        kind,
        status,
        date,
        date_partial,
        place,
        issues,
        evidence,
    }
}

fn unknown_keys(node: &Node, allowed: &[&str], fail: &mut impl FnMut(&Node, String)) {
    match &node.value {
        Value::Map(entries) => {
            for (key, _) in entries {
                let name = key.as_str().unwrap_or("");
                if !allowed.contains(&name) {
                    fail(
                        key,
                        format!("unknown key `{name}` (expected one of {allowed:?})"),
                    );
                }
            }
        }
        _ => fail(node, "expected a mapping".into()),
    }
}
