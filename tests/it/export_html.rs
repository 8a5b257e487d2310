//! `dipkb export --format html`: the page's data and, in headless
//! Chromium, what the page draws: node and edge counts equal to the
//! store's, filters from the URL fragment equal to the CLI's, search in
//! any spelling, hostile names and links inert.
//!
//! The browser tests skip with a message when no Chromium is installed,
//! except under CI (`CI` set), where `.ci/run` installs it and a missing
//! browser is a failure.

use crate::export::{export, hostile_store, sample_store, seed_store};
use crate::{path_str, Env};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The headless browser, or `None` (after saying so) when there is none.
fn chromium() -> Option<PathBuf> {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        let found = std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(name))
                .find(|path| path.is_file())
        });
        if found.is_some() {
            return found;
        }
    }
    if std::env::var_os("CI").is_some() {
        panic!("CI must run the browser tests: install Chromium (`apt-get install chromium`)");
    }
    eprintln!(
        "skipping the browser test: no chromium on PATH (install it: `apt-get install chromium`)"
    );
    None
}

/// The page's DOM after its script ran, loaded from `file://` with a fragment.
fn dump_dom(browser: &Path, env: &Env, page: &Path, fragment: &str) -> String {
    let profile = tempfile::tempdir_in(env.dir.path()).unwrap();
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--virtual-time-budget=10000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}#{fragment}", page.display()))
        .output()
        .expect("running chromium");
    let dom = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success() && dom.contains("data-ready=\"true\""),
        "the page did not finish its script ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr),
        &dom[..dom.len().min(2000)]
    );
    dom
}

/// The `data-*` attributes of the element with this id.
fn attributes(dom: &str, id: &str) -> BTreeMap<String, String> {
    let start = dom
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id} in the page"));
    let tag_start = dom[..start].rfind('<').unwrap();
    let tag_end = start + dom[start..].find('>').unwrap();
    let tag = &dom[tag_start..tag_end];
    let mut attributes = BTreeMap::new();
    let mut rest = tag;
    while let Some(at) = rest.find(" data-") {
        rest = &rest[at + 6..];
        let equals = rest.find("=\"").unwrap();
        let name = rest[..equals].to_string();
        rest = &rest[equals + 2..];
        let close = rest.find('"').unwrap();
        attributes.insert(name, rest[..close].to_string());
        rest = &rest[close + 1..];
    }
    attributes
}

/// What the CLI says the page should draw for these meetings: nodes and
/// edges of the people view and of the meetings view.
struct Expected {
    meetings: usize,
    sides: usize,
    pairs: usize,
    participations: usize,
}

fn expected(meetings: &Value) -> Expected {
    let meetings = meetings.as_array().unwrap();
    let mut sides = BTreeSet::new();
    let mut pairs = BTreeSet::new();
    let mut participations = 0;
    for meeting in meetings {
        let ids: Vec<String> = meeting["participants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                format!(
                    "{}:{}",
                    p["kind"].as_str().unwrap(),
                    p["id"].as_str().unwrap()
                )
            })
            .collect();
        participations += ids.len();
        for (position, first) in ids.iter().enumerate() {
            sides.insert(first.clone());
            for second in &ids[position + 1..] {
                pairs.insert((
                    first.clone().min(second.clone()),
                    first.clone().max(second.clone()),
                ));
            }
        }
    }
    Expected {
        meetings: meetings.len(),
        sides: sides.len(),
        pairs: pairs.len(),
        participations,
    }
}

fn assert_counts(stats: &BTreeMap<String, String>, expected: &Expected, view: &str, what: &str) {
    let number = |key: &str| stats[key].parse::<usize>().unwrap();
    assert_eq!(stats["view"], view, "{what}");
    assert_eq!(number("meetings"), expected.meetings, "{what}: meetings");
    assert_eq!(number("people"), expected.sides, "{what}: people");
    if view == "people" {
        assert_eq!(number("nodes"), expected.sides, "{what}: nodes");
        assert_eq!(number("edges"), expected.pairs, "{what}: edges");
    } else {
        assert_eq!(
            number("nodes"),
            expected.sides + expected.meetings,
            "{what}: nodes"
        );
        assert_eq!(number("edges"), expected.participations, "{what}: edges");
    }
}

/// The JSON the page carries, read back as the browser would.
fn page_data(html: &str) -> Value {
    let marker = "<script type=\"application/json\" id=\"dipkb-data\">";
    let start = html.find(marker).expect("data element") + marker.len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).expect("the data is JSON")
}

#[test]
fn the_page_carries_the_filtered_meetings_with_spellings_and_sources() {
    let env = seed_store();
    let html = env.ok(&["export", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    // Three scripts: the data, Cytoscape.js, the page's own; nothing loads
    // from elsewhere.
    assert_eq!(html.matches("<script").count(), 3);
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));
    let data = page_data(&html);
    let all = env.json(&["meetings", "--json"]);
    let ids = |meetings: &Value| -> BTreeSet<String> {
        meetings
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&data["meetings"]), ids(&all));
    let takizaki = data["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "takizaki-shigeki")
        .expect("Takizaki in the page");
    let spellings: Vec<&str> = takizaki["spellings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert!(spellings.contains(&"takizaki shigeki") && spellings.contains(&"shigeki takizaki"));
    let source = &data["meetings"][0]["sources"][0];
    assert!(
        source["evidence"].as_array().unwrap().len() >= 2,
        "{source}"
    );
    assert_eq!(data["countries"]["JP"], "Japan");

    // The CLI filters choose what goes in.
    let filtered = page_data(&env.ok(&["export", "--format", "html", "--person", "Lee Do-hoon"]));
    assert_eq!(
        ids(&filtered["meetings"]),
        ids(&env.json(&["meetings", "--person", "Lee Do-hoon", "--json"]))
    );
    assert_eq!(filtered["meetings"].as_array().unwrap().len(), 1);

    let output = env.run(&["export", "--format", "html", "--view", "issues"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn hostile_names_stay_text_in_the_file() {
    let (env, global) = hostile_store();
    let html = export(&env, &global, &["--format", "html"]);
    // No name closes the data element or opens markup of its own.
    assert_eq!(html.matches("</script>").count(), 3);
    for raw in ["<img src=x", "<b onmouseover", "<script>document"] {
        assert!(!html.contains(raw), "{raw} is in the page as markup");
    }
    let data = page_data(&html);
    let names: BTreeSet<&str> = data["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(names.contains("Kim \"The Fox\" Jung-han"), "{names:?}");
    let titles: BTreeSet<&str> = data["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|m| m["sources"].as_array().unwrap())
        .filter_map(|s| s["title"].as_str())
        .collect();
    assert!(
        titles.contains(
            "Korea-Japan talks in Tokyo </script><script>document.body.dataset.pwned='1'</script>"
        ),
        "{titles:?}"
    );
}

#[test]
fn browser_draws_the_seed_graph_and_finds_takizaki() {
    let Some(browser) = chromium() else { return };
    let env = seed_store();
    let page = env.path("seed.html");
    env.ok(&["export", "--format", "html", "-o", path_str(&page)]);
    let expected = expected(&env.json(&["meetings", "--json"]));

    let dom = dump_dom(&browser, &env, &page, "search=Takizaki");
    let stats = attributes(&dom, "stats");
    assert_counts(&stats, &expected, "people", "seed, people view");
    assert_eq!(stats["selected"], "person:takizaki-shigeki");
    assert_eq!(
        attributes(&dom, "panel")["shows"],
        "person:takizaki-shigeki"
    );
    assert!(dom.contains("<h2>Shigeki Takizaki</h2>"));

    // Another spelling the gazetteer knows, in the other name order, and
    // the meetings view.
    let dom = dump_dom(&browser, &env, &page, "view=meetings&search=Jeonghan%20Kim");
    let stats = attributes(&dom, "stats");
    assert_counts(&stats, &expected, "meetings", "seed, meetings view");
    assert_eq!(stats["selected"], "person:kim-jung-han");
    let dom = dump_dom(&browser, &env, &page, "search=Kim%20Jeong-han");
    assert_eq!(attributes(&dom, "stats")["selected"], "person:kim-jung-han");

    // --view meetings opens the page on the meetings view.
    let meetings_page = env.path("seed-meetings.html");
    env.ok(&[
        "export",
        "--format",
        "html",
        "--view",
        "meetings",
        "-o",
        path_str(&meetings_page),
    ]);
    let dom = dump_dom(&browser, &env, &meetings_page, "");
    assert_counts(
        &attributes(&dom, "stats"),
        &expected,
        "meetings",
        "seed, --view meetings",
    );
}

#[test]
fn browser_draws_the_sample_graph_and_filters_like_the_cli() {
    let Some(browser) = chromium() else { return };
    let (env, global) = sample_store();
    let page = env.path("sample.html");
    export(&env, &global, &["--format", "html", "-o", path_str(&page)]);
    let meetings = |filters: &[&str]| {
        let mut args = global.clone();
        args.extend(["meetings", "--json"]);
        args.extend_from_slice(filters);
        expected(&env.json(&args))
    };
    let all = meetings(&[]);
    assert!(
        all.meetings > 20,
        "the sample store has {} meetings",
        all.meetings
    );
    let dom = dump_dom(&browser, &env, &page, "");
    assert_counts(&attributes(&dom, "stats"), &all, "people", "sample");
    let dom = dump_dom(&browser, &env, &page, "view=meetings");
    assert_counts(
        &attributes(&dom, "stats"),
        &all,
        "meetings",
        "sample, meetings view",
    );

    for (fragment, flags) in [
        ("country=CN", vec!["--country", "CN"]),
        (
            "since=2021&until=2021-12",
            vec!["--since", "2021", "--until", "2021-12"],
        ),
        ("status=planned", vec!["--status", "planned"]),
        ("kind=phone-call", vec!["--kind", "phone-call"]),
        (
            "issue=north-korea-nuclear",
            vec!["--issue", "north-korea-nuclear"],
        ),
    ] {
        let expected = meetings(&flags);
        assert!(
            expected.meetings > 0 && expected.meetings < all.meetings,
            "{fragment} must narrow the sample for this test to mean anything"
        );
        let dom = dump_dom(&browser, &env, &page, fragment);
        assert_counts(&attributes(&dom, "stats"), &expected, "people", fragment);
    }
}

#[test]
fn browser_keeps_hostile_names_and_links_inert() {
    let Some(browser) = chromium() else { return };
    let (env, global) = hostile_store();
    let page = env.path("hostile.html");
    export(&env, &global, &["--format", "html", "-o", path_str(&page)]);
    let data = page_data(&std::fs::read_to_string(&page).unwrap());
    let tokyo = data["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["date"] == "2020-11-27")
        .expect("the Tokyo meeting");
    let fragment = format!("search=kim&meeting={}", tokyo["id"].as_str().unwrap());
    let dom = dump_dom(&browser, &env, &page, &fragment);
    assert!(!dom.contains("pwned=\"1\""), "a hostile name ran as script");
    assert!(
        !dom.contains("href=\"javascript"),
        "a javascript: URL became a link"
    );
    // The hostile text is on the page, as text.
    assert!(dom.contains("Korea-Japan talks in Tokyo &lt;/script&gt;&lt;script&gt;"));
    assert!(dom.contains("&lt;b onmouseover="));
    assert_eq!(attributes(&dom, "stats")["selected"], "person:kim-quote");
    assert_eq!(
        attributes(&dom, "panel")["shows"],
        format!("meeting:{}", tokyo["id"].as_str().unwrap())
    );
}
