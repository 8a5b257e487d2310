//! `dipkb export`: DOT that Graphviz accepts without a warning, GraphML
//! that parses back to the store's counts, JSON node-link that holds
//! together, snapshots of the seed graph, ego networks, hostile names.

use crate::{data, path_str, root, Env};
use expect_test::expect_file;
use quick_xml::events::Event;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::Write;
use std::process::{Command, Stdio};

const VIEWS: [&str; 3] = ["people", "meetings", "issues"];

pub fn seed_store() -> Env {
    let env = Env::new();
    env.ok(&["ingest", path_str(&root().join("data/articles"))]);
    env
}

/// Everything the bundled test articles hold, with the test gazetteer.
pub fn sample_store() -> (Env, Vec<&'static str>) {
    let env = Env::new();
    let gazetteer: &'static str = Box::leak(
        path_str(&data("eval/gazetteer"))
            .to_string()
            .into_boxed_str(),
    );
    let global = vec!["--no-builtin", "--gazetteer", gazetteer];
    let mut args = global.clone();
    args.push("ingest");
    let paths = [
        root().join("data/articles"),
        data("articles"),
        data("merge"),
    ];
    let paths: Vec<String> = paths
        .iter()
        .map(|path| path_str(path).to_string())
        .collect();
    args.extend(paths.iter().map(String::as_str));
    env.ok(&args);
    (env, global)
}

pub fn hostile_store() -> (Env, Vec<&'static str>) {
    let env = Env::new();
    let gazetteer: &'static str = Box::leak(
        path_str(&data("export/hostile"))
            .to_string()
            .into_boxed_str(),
    );
    let global = vec!["--no-builtin", "--gazetteer", gazetteer];
    let mut args = global.clone();
    let articles = path_str(&data("export/hostile/articles")).to_string();
    args.extend(["ingest", articles.as_str()]);
    env.ok(&args);
    (env, global)
}

pub fn export(env: &Env, global: &[&str], args: &[&str]) -> String {
    let mut all: Vec<&str> = global.to_vec();
    all.push("export");
    all.extend_from_slice(args);
    env.ok(&all)
}

/// Runs `dot -Tsvg` and insists on success with nothing on stderr.
fn assert_graphviz_accepts(dot_source: &str, what: &str) {
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(error) => panic!(
            "these tests need Graphviz's `dot` on PATH ({error}); install it: `apt-get install graphviz` or `brew install graphviz`"
        ),
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot_source.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "dot rejected {what}: {stderr}\n{dot_source}"
    );
    assert!(
        stderr.trim().is_empty(),
        "dot warned about {what}: {stderr}\n{dot_source}"
    );
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("<svg"),
        "{what}: no SVG"
    );
}

#[test]
fn graphviz_accepts_every_view_of_the_seed_store() {
    let env = seed_store();
    for view in VIEWS {
        let dot = env.ok(&["export", "--format", "dot", "--view", view]);
        assert_graphviz_accepts(&dot, &format!("the seed {view} view"));
    }
}

#[test]
fn graphviz_accepts_every_view_of_the_sample_store() {
    let (env, global) = sample_store();
    for view in VIEWS {
        let dot = export(&env, &global, &["--format", "dot", "--view", view]);
        assert_graphviz_accepts(&dot, &format!("the sample {view} view"));
    }
}

#[test]
fn hostile_names_give_valid_dot_graphml_and_json() {
    let (env, global) = hostile_store();
    for view in VIEWS {
        let dot = export(&env, &global, &["--format", "dot", "--view", view]);
        assert_graphviz_accepts(&dot, &format!("the hostile {view} view"));

        let graphml = export(&env, &global, &["--format", "graphml", "--view", view]);
        let parsed = parse_graphml(&graphml);
        let json: Value = serde_json::from_str(&export(
            &env,
            &global,
            &["--format", "json", "--view", view],
        ))
        .unwrap();
        check_node_link(&json);
        // The names come back exactly as the gazetteer spells them.
        let names: BTreeSet<&str> = parsed
            .nodes
            .iter()
            .map(|node| node["name"].as_str())
            .collect();
        let json_names: BTreeSet<&str> = json["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|node| node["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, json_names, "{view}");
        assert!(
            names.contains("Kim \"The Fox\" Jung-han"),
            "{view}: {names:?}"
        );
        assert!(names.contains("Takizaki \\ Shigeki\\"), "{view}: {names:?}");
        if view != "people" {
            assert!(
                names.contains("Forced labor \"징용\" & <compensation>"),
                "{view}: {names:?}"
            );
            assert!(
                names.contains("Nuclear {issue} 💣\\n not a newline"),
                "{view}: {names:?}"
            );
        }
        if view == "meetings" {
            assert!(names.contains("Seoul 서울 <\"capital\">"), "{names:?}");
            assert!(names.contains("Tokyo } { \\N \\G"), "{names:?}");
            assert!(names.contains("South <Korea> & \"Friends\""), "{names:?}");
        }
    }
    // Titles with a newline and XML look-alikes survive as edge data.
    let graphml = export(
        &env,
        &global,
        &["--format", "graphml", "--view", "meetings"],
    );
    let titles: BTreeSet<String> = parse_graphml(&graphml)
        .edges
        .iter()
        .filter_map(|edge| edge.get("title").cloned())
        .collect();
    assert!(
        titles.contains("Director-General {Asia}\nand \"Oceania\""),
        "{titles:?}"
    );
    assert!(titles.contains("Envoy ]]> <!-- --> &#x0;"), "{titles:?}");
}

#[test]
fn seed_dot_snapshots() {
    let env = seed_store();
    let people = env.ok(&["export", "--format", "dot"]);
    expect_file!["../data/expected/export/seed-people.dot"].assert_eq(&people);
    let meetings = env.ok(&["export", "--format", "dot", "--view", "meetings"]);
    expect_file!["../data/expected/export/seed-meetings.dot"].assert_eq(&meetings);
    let issues = env.ok(&["export", "--format", "dot", "--view", "issues"]);
    expect_file!["../data/expected/export/seed-issues.dot"].assert_eq(&issues);
    // The same store exports the same bytes.
    assert_eq!(env.ok(&["export", "--format", "dot"]), people);
}

#[test]
fn hostile_people_dot_snapshot() {
    let (env, global) = hostile_store();
    let dot = export(&env, &global, &["--format", "dot"]);
    expect_file!["../data/expected/export/hostile-people.dot"].assert_eq(&dot);
}

#[test]
fn graphml_counts_match_the_store() {
    let (env, global) = sample_store();
    let mut args = global.clone();
    args.extend(["meetings", "--json"]);
    let meetings = env.json(&args);
    let meetings = meetings.as_array().unwrap();
    assert!(
        meetings.len() > 20,
        "the sample store has {} meetings",
        meetings.len()
    );

    let side = |participant: &Value| {
        format!(
            "{}:{}",
            participant["kind"].as_str().unwrap(),
            participant["id"].as_str().unwrap()
        )
    };
    let mut sides: BTreeSet<String> = BTreeSet::new();
    let mut pairs: BTreeSet<(String, String)> = BTreeSet::new();
    let mut issues: BTreeSet<String> = BTreeSet::new();
    let mut side_issues: BTreeSet<(String, String)> = BTreeSet::new();
    let (mut participations, mut discussions, mut places) = (0, 0, 0);
    for meeting in meetings {
        let participants: Vec<String> = meeting["participants"]
            .as_array()
            .unwrap()
            .iter()
            .map(side)
            .collect();
        participations += participants.len();
        for (position, first) in participants.iter().enumerate() {
            sides.insert(first.clone());
            for second in &participants[position + 1..] {
                pairs.insert((
                    first.clone().min(second.clone()),
                    first.clone().max(second.clone()),
                ));
            }
        }
        for issue in meeting["issues"].as_array().unwrap() {
            let issue = format!("issue:{}", issue["id"].as_str().unwrap());
            discussions += 1;
            issues.insert(issue.clone());
            for participant in &participants {
                side_issues.insert((participant.clone(), issue.clone()));
            }
        }
        places += usize::from(!meeting["place"].is_null());
    }

    let graphml = |view: &str| {
        parse_graphml(&export(
            &env,
            &global,
            &["--format", "graphml", "--view", view],
        ))
    };

    let people = graphml("people");
    assert_eq!(people.node_ids(), sides);
    assert_eq!(people.edges.len(), pairs.len());
    assert_eq!(people.count("edge", "met"), pairs.len());
    let weights: usize = people
        .edges
        .iter()
        .map(|edge| edge["weight"].parse::<usize>().unwrap())
        .sum();
    let pair_meetings: usize = meetings
        .iter()
        .map(|meeting| {
            let count = meeting["participants"].as_array().unwrap().len();
            count * count.saturating_sub(1) / 2
        })
        .sum();
    assert_eq!(
        weights, pair_meetings,
        "met weights add up to the meetings behind them"
    );

    let issues_view = graphml("issues");
    let expected: BTreeSet<String> = sides.iter().chain(&issues).cloned().collect();
    assert_eq!(issues_view.node_ids(), expected);
    assert_eq!(issues_view.count("edge", "discussed"), side_issues.len());
    assert_eq!(issues_view.edges.len(), side_issues.len());

    let full = graphml("meetings");
    assert_eq!(full.count("node", "meeting"), meetings.len());
    assert_eq!(full.count("node", "issue"), issues.len());
    assert_eq!(
        full.count("node", "person"),
        sides
            .iter()
            .filter(|side| side.starts_with("person:"))
            .count()
    );
    assert_eq!(full.count("edge", "participant-of"), participations);
    assert_eq!(full.count("edge", "discussed"), discussions);
    assert_eq!(full.count("edge", "held-at"), places);
    // Every edge endpoint is a node.
    let ids = full.node_ids();
    for edge in &full.edges {
        assert!(
            ids.contains(&edge["source"]) && ids.contains(&edge["target"]),
            "{edge:?}"
        );
    }
}

#[test]
fn ego_network_of_takizaki_at_depth_1() {
    let env = Env::new();
    let paths = [
        root().join("data/articles"),
        data("articles"),
        data("merge"),
    ];
    let mut args = vec!["ingest"];
    args.extend(paths.iter().map(|path| path_str(path)));
    env.ok(&args);
    let takizaki_meetings: BTreeSet<String> = env
        .json(&["meetings", "--person", "Takizaki", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|meeting| format!("meeting:{}", meeting["id"].as_str().unwrap()))
        .collect();
    assert!(takizaki_meetings.len() >= 2);
    let everyone = env.json(&["meetings", "--json"]).as_array().unwrap().len();
    assert!(
        everyone > takizaki_meetings.len(),
        "the store must hold other meetings for this test to mean anything"
    );

    let expected_people: BTreeSet<String> = [
        "person:kim-jung-han",
        "person:lee-do-hoon",
        "person:takizaki-shigeki",
    ]
    .map(String::from)
    .into();
    let people: Value = serde_json::from_str(&env.ok(&[
        "export", "--format", "json", "--person", "Takizaki", "--depth", "1",
    ]))
    .unwrap();
    check_node_link(&people);
    assert_eq!(node_ids(&people, None), expected_people);

    let full: Value = serde_json::from_str(&env.ok(&[
        "export", "--format", "json", "--view", "meetings", "--person", "Takizaki", "--depth", "1",
    ]))
    .unwrap();
    check_node_link(&full);
    assert_eq!(node_ids(&full, Some("person")), expected_people);
    assert_eq!(node_ids(&full, Some("meeting")), takizaki_meetings);

    // Depth 2 walks on from Kim and Lee; here they met no one else.
    let deeper: Value = serde_json::from_str(&env.ok(&[
        "export", "--format", "json", "--person", "Takizaki", "--depth", "2",
    ]))
    .unwrap();
    assert_eq!(node_ids(&deeper, None), expected_people);
}

#[test]
fn depth_walks_beyond_the_first_ring() {
    let (env, global) = sample_store();
    // Whoever met Park Jin met others too; depth 2 must reach them.
    let one: Value = serde_json::from_str(&export(
        &env,
        &global,
        &["--format", "json", "--person", "Park Jin", "--depth", "1"],
    ))
    .unwrap();
    let two: Value = serde_json::from_str(&export(
        &env,
        &global,
        &["--format", "json", "--person", "Park Jin", "--depth", "2"],
    ))
    .unwrap();
    let (one, two) = (node_ids(&one, None), node_ids(&two, None));
    assert!(one.contains("person:park-jin") && one.len() > 1, "{one:?}");
    assert!(
        one.is_subset(&two) && two.len() > one.len(),
        "{one:?} vs {two:?}"
    );
}

#[test]
fn json_node_link_holds_together_for_every_view() {
    let (env, global) = sample_store();
    for view in VIEWS {
        let json: Value = serde_json::from_str(&export(
            &env,
            &global,
            &["--format", "json", "--view", view],
        ))
        .unwrap();
        check_node_link(&json);
        assert_eq!(json["graph"]["view"], view);
        assert_eq!(json["directed"], view != "people");
    }
}

#[test]
fn output_file_and_render() {
    let env = seed_store();
    let path = env.path("graph.dot");
    env.ok(&["export", "--format", "dot", "-o", path_str(&path)]);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        env.ok(&["export", "--format", "dot"])
    );

    let svg = env.path("graph.svg");
    let output = env.run(&[
        "export",
        "--format",
        "dot",
        "--render",
        "svg",
        "-o",
        path_str(&svg),
    ]);
    assert!(
        output.status.success(),
        "--render svg failed (is Graphviz installed? `apt-get install graphviz`): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(std::fs::read_to_string(&svg)
        .unwrap()
        .contains("Shigeki Takizaki"));
}

#[test]
fn render_without_graphviz_says_how_to_install_it() {
    let env = seed_store();
    let empty = env.path("no-tools");
    std::fs::create_dir(&empty).unwrap();
    let output = env
        .command(&["export", "--format", "dot", "--render", "png"])
        .env("PATH", &empty)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("apt-get install graphviz") && stderr.contains("brew install graphviz"),
        "{stderr}"
    );
    assert!(!env.path("dipkb-people.png").exists());
}

#[test]
fn bad_usage_exits_2() {
    let env = seed_store();
    let output = env.run(&["export", "--format", "json", "--render", "svg"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let output = env.run(&["export", "--format", "dot", "--depth", "2"]);
    assert_eq!(output.status.code(), Some(2), "--depth without --person");
    let output = env.run(&["export", "--format", "svg"]);
    assert_eq!(output.status.code(), Some(2));
}

/// Node ids are unique, links point at nodes that exist.
fn check_node_link(json: &Value) {
    let nodes = json["nodes"].as_array().expect("nodes");
    let links = json["links"].as_array().expect("links");
    let mut ids = HashSet::new();
    for node in nodes {
        let id = node["id"].as_str().expect("node id");
        assert!(ids.insert(id), "duplicate node id {id}");
        assert!(
            node["kind"].is_string() && node["name"].is_string(),
            "{node}"
        );
    }
    for link in links {
        for end in ["source", "target"] {
            let id = link[end].as_str().expect("link end");
            assert!(ids.contains(id), "link {end} {id} is not a node");
        }
        assert!(link["weight"].as_u64().unwrap() >= 1);
    }
}

fn node_ids(json: &Value, kind: Option<&str>) -> BTreeSet<String> {
    json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|node| kind.is_none_or(|kind| node["kind"] == kind))
        .map(|node| node["id"].as_str().unwrap().to_string())
        .collect()
}

/// Nodes and edges of a GraphML document, each as its attributes (`id`,
/// `source`, `target`) and `<data>` values by key name.
struct GraphmlDocument {
    nodes: Vec<BTreeMap<String, String>>,
    edges: Vec<BTreeMap<String, String>>,
}

impl GraphmlDocument {
    fn node_ids(&self) -> BTreeSet<String> {
        self.nodes.iter().map(|node| node["id"].clone()).collect()
    }

    fn count(&self, what: &str, kind: &str) -> usize {
        let items = if what == "node" {
            &self.nodes
        } else {
            &self.edges
        };
        items.iter().filter(|item| item["kind"] == kind).count()
    }
}

fn parse_graphml(text: &str) -> GraphmlDocument {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut key_names: BTreeMap<String, String> = BTreeMap::new();
    let mut document = GraphmlDocument {
        nodes: Vec::new(),
        edges: Vec::new(),
    };
    let mut current: Option<(bool, BTreeMap<String, String>)> = None;
    let mut data_key: Option<String> = None;
    let mut raw_text = String::new();
    loop {
        match reader.read_event().unwrap_or_else(|error| {
            panic!(
                "invalid GraphML at {}: {error}\n{text}",
                reader.buffer_position()
            )
        }) {
            Event::Start(element) | Event::Empty(element)
                if matches!(
                    element.name().as_ref(),
                    b"key" | b"node" | b"edge" | b"data"
                ) =>
            {
                let attributes: BTreeMap<String, String> = element
                    .attributes()
                    .map(|attribute| {
                        let attribute = attribute.unwrap();
                        (
                            String::from_utf8(attribute.key.as_ref().to_vec()).unwrap(),
                            attribute.unescape_value().unwrap().into_owned(),
                        )
                    })
                    .collect();
                match element.name().as_ref() {
                    b"key" => {
                        key_names.insert(attributes["id"].clone(), attributes["attr.name"].clone());
                    }
                    b"node" => current = Some((true, attributes)),
                    b"edge" => current = Some((false, attributes)),
                    _ => {
                        data_key = Some(key_names[&attributes["key"]].clone());
                        raw_text.clear();
                    }
                }
            }
            Event::Text(content) if data_key.is_some() => {
                raw_text.push_str(std::str::from_utf8(&content).unwrap())
            }
            Event::GeneralRef(reference) if data_key.is_some() => {
                raw_text.push_str(&format!("&{};", std::str::from_utf8(&reference).unwrap()))
            }
            Event::End(element) => match element.name().as_ref() {
                b"data" => {
                    let value = quick_xml::escape::unescape(&raw_text).unwrap().into_owned();
                    let key = data_key.take().unwrap();
                    current
                        .as_mut()
                        .expect("data inside node or edge")
                        .1
                        .insert(key, value);
                }
                b"node" | b"edge" => {
                    let (is_node, item) = current.take().unwrap();
                    if is_node {
                        document.nodes.push(item)
                    } else {
                        document.edges.push(item)
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    document
}
