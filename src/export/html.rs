//! One self-contained HTML page to explore the meetings: Cytoscape.js
//! (vendored under vendor/cytoscape/, MIT) draws the graph, a small script
//! of ours adds search, filters and a side panel. Everything is inlined,
//! so the file works offline from `file://`.
//!
//! Hostile text stays inert: the data goes in as JSON inside a
//! `<script type="application/json">` with `<`, `>`, `&`, U+2028 and
//! U+2029 escaped, so no name can close the element; the script reads it
//! with `JSON.parse` and writes text with `textContent` only.

use super::Names;
use crate::graph::View;
use crate::store::StoredMeeting;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io;

/// Cytoscape.js 3.35.0 from the npm registry (`npm pack cytoscape`), its
/// `dist/cytoscape.min.js` as published.
const CYTOSCAPE: &str = include_str!("../../vendor/cytoscape/cytoscape.min.js");
const SCRIPT: &str = include_str!("html/page.js");
const STYLE: &str = include_str!("html/page.css");
const BODY: &str = include_str!("html/body.html");

#[derive(Serialize)]
struct Data<'a> {
    view: &'a str,
    countries: BTreeMap<&'a str, &'a str>,
    people: Vec<Person<'a>>,
    meetings: Vec<Meeting<'a>>,
}

#[derive(Serialize)]
struct Person<'a> {
    id: &'a str,
    /// `person`, or `country` for a side named only as a country.
    kind: &'a str,
    name: &'a str,
    country: Option<&'a str>,
    spellings: &'a [String],
}

#[derive(Serialize)]
struct Meeting<'a> {
    id: &'a str,
    date: Option<String>,
    kind: &'a str,
    status: &'a str,
    place: Option<String>,
    participants: Vec<Participant<'a>>,
    issues: Vec<Issue<'a>>,
    sources: Vec<Source<'a>>,
}

#[derive(Serialize)]
struct Participant<'a> {
    id: &'a str,
    title: Option<&'a str>,
}

#[derive(Serialize)]
struct Issue<'a> {
    id: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct Source<'a> {
    title: Option<&'a str>,
    source: Option<&'a str>,
    date: Option<&'a str>,
    url: Option<&'a str>,
    path: &'a str,
    evidence: Vec<&'a str>,
}

/// Writes the page. `view` is what it opens on: `People` (meetings as
/// edges) or `Meetings` (meetings as nodes); the page can switch.
pub fn write(
    meetings: &[StoredMeeting],
    names: &Names,
    view: View,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    let no_spellings: Vec<String> = Vec::new();
    let mut people: BTreeMap<(&str, &str), Person> = BTreeMap::new();
    let mut countries: BTreeSet<&str> = BTreeSet::new();
    for meeting in meetings {
        for participant in &meeting.participants {
            if let Some(country) = participant.country.as_deref() {
                countries.insert(country);
            }
            people
                .entry((participant.kind.as_str(), participant.id.as_str()))
                .or_insert_with(|| Person {
                    id: &participant.id,
                    kind: &participant.kind,
                    name: &participant.name,
                    country: participant.country.as_deref(),
                    spellings: names
                        .spellings
                        .get(&participant.id)
                        .filter(|_| participant.kind == "person")
                        .unwrap_or(&no_spellings),
                });
        }
    }
    let data = Data {
        view: view.as_str(),
        countries: countries
            .into_iter()
            .map(|code| {
                let name = names.countries.get(code).map_or(code, String::as_str);
                (code, name)
            })
            .collect(),
        people: people.into_values().collect(),
        meetings: meetings
            .iter()
            .map(|meeting| meeting_data(meeting, names))
            .collect(),
    };
    let json = serde_json::to_string(&data)?;
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(
        out,
        "<meta name=\"generator\" content=\"dipkb {}\">",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(out, "<title>dipkb: who met whom</title>")?;
    writeln!(out, "<style>\n{STYLE}</style>\n</head>\n<body>")?;
    out.write_all(BODY.as_bytes())?;
    writeln!(
        out,
        "<script type=\"application/json\" id=\"dipkb-data\">{}</script>",
        escape_json_for_html(&json)
    )?;
    writeln!(out, "<script>\n{CYTOSCAPE}\n</script>")?;
    writeln!(out, "<script>\n{SCRIPT}</script>\n</body>\n</html>")
}

fn meeting_data<'a>(meeting: &'a StoredMeeting, names: &Names) -> Meeting<'a> {
    Meeting {
        id: &meeting.key,
        date: meeting.date.clone().or_else(|| {
            meeting
                .date_partial
                .as_deref()
                .map(crate::graph::partial_date_text)
        }),
        kind: &meeting.kind,
        status: &meeting.status,
        place: meeting
            .place
            .as_ref()
            .map(|(_, name, _, within)| names.place_path(name, within)),
        participants: meeting
            .participants
            .iter()
            .map(|participant| Participant {
                id: &participant.id,
                title: participant.title.as_deref(),
            })
            .collect(),
        issues: meeting
            .issues
            .iter()
            .map(|(id, name)| Issue { id, name })
            .collect(),
        sources: meeting
            .sources
            .iter()
            .map(|source| Source {
                title: source.title.as_deref(),
                source: source.source.as_deref(),
                date: source.published.as_deref(),
                url: source.url.as_deref(),
                path: &source.path,
                evidence: source
                    .evidence
                    .iter()
                    .map(|(_, _, text, _)| text.as_str())
                    .collect(),
            })
            .collect(),
    }
}

/// JSON that cannot end the `<script>` element holding it nor be read as
/// markup: `<`, `>` and `&` as `\u` escapes (they occur only inside
/// strings, where the escape means the same character), and U+2028/U+2029,
/// which older JavaScript parsers take for line ends.
pub fn escape_json_for_html(json: &str) -> String {
    let mut escaped = String::with_capacity(json.len());
    for character in json.chars() {
        match character {
            '<' => escaped.push_str("\\u003c"),
            '>' => escaped.push_str("\\u003e"),
            '&' => escaped.push_str("\\u0026"),
            '\u{2028}' => escaped.push_str("\\u2028"),
            '\u{2029}' => escaped.push_str("\\u2029"),
            character => escaped.push(character),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_json_has_no_markup_and_parses_back() {
        let hostile = "</script><script>alert(1)</script> & <!-- \u{2028}\u{2029}";
        let json = serde_json::to_string(&serde_json::json!({ "name": hostile })).unwrap();
        let escaped = escape_json_for_html(&json);
        for forbidden in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
            assert!(!escaped.contains(forbidden), "{escaped}");
        }
        let back: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back["name"], hostile);
    }

    #[test]
    fn inlined_scripts_cannot_close_their_element() {
        for (name, script) in [("cytoscape", CYTOSCAPE), ("page.js", SCRIPT)] {
            let lower = script.to_ascii_lowercase();
            assert!(!lower.contains("</script"), "{name} holds </script");
            assert!(!lower.contains("<!--"), "{name} holds <!--");
        }
    }
}
