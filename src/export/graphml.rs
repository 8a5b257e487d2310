//! GraphML for Gephi, yEd and Cytoscape: typed `<key>` attributes on nodes
//! (kind, name, country, ...) and edges (kind, weight, dates, issues, ...).

use super::{edge_label, node_id, node_label};
use crate::graph::{Graph, View};
use std::io;

/// `(key id, for, attr.name, attr.type)`. Nodes and edges both have a
/// `kind` and a `label`, under different key ids.
const KEYS: [(&str, &str, &str, &str); 13] = [
    ("kind", "node", "kind", "string"),
    ("name", "node", "name", "string"),
    ("label", "node", "label", "string"),
    ("country", "node", "country", "string"),
    ("detail", "node", "detail", "string"),
    ("meeting_kind", "node", "meeting_kind", "string"),
    ("date", "node", "date", "string"),
    ("edge_kind", "edge", "kind", "string"),
    ("weight", "edge", "weight", "int"),
    ("dates", "edge", "dates", "string"),
    ("issues", "edge", "issues", "string"),
    ("title", "edge", "title", "string"),
    ("edge_label", "edge", "label", "string"),
];

pub fn write(graph: &Graph, out: &mut dyn io::Write) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, domain, name, kind) in KEYS {
        writeln!(
            out,
            r#"  <key id="{id}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>"#
        )?;
    }
    let direction = if graph.view == View::People {
        "undirected"
    } else {
        "directed"
    };
    writeln!(
        out,
        r#"  <graph id="dipkb-{}" edgedefault="{direction}">"#,
        graph.view.as_str()
    )?;
    for node in graph.nodes() {
        writeln!(out, r#"    <node id="{}">"#, escape(&node_id(node)))?;
        data(out, "kind", Some(node.key.kind.as_str()))?;
        data(out, "name", Some(&node.name))?;
        data(out, "label", Some(&node_label(node)))?;
        data(out, "country", node.country.as_deref())?;
        data(out, "detail", node.detail.as_deref())?;
        data(out, "meeting_kind", node.meeting_kind.as_deref())?;
        data(out, "date", node.date.as_deref())?;
        writeln!(out, "    </node>")?;
    }
    for (number, (source, target, edge)) in graph.edges().into_iter().enumerate() {
        writeln!(
            out,
            r#"    <edge id="e{number}" source="{}" target="{}">"#,
            escape(&node_id(source)),
            escape(&node_id(target))
        )?;
        data(out, "edge_kind", Some(edge.kind.as_str()))?;
        data(out, "weight", Some(&edge.weight.to_string()))?;
        if !edge.dates.is_empty() {
            data(out, "dates", Some(&edge.dates.join("; ")))?;
        }
        if !edge.issues.is_empty() {
            let issues: Vec<&str> = edge
                .issues
                .iter()
                .map(|(_, name, _)| name.as_str())
                .collect();
            data(out, "issues", Some(&issues.join("; ")))?;
        }
        data(out, "title", edge.title.as_deref())?;
        let label = edge_label(edge);
        if !label.is_empty() {
            data(out, "edge_label", Some(&label))?;
        }
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

fn data(out: &mut dyn io::Write, key: &str, value: Option<&str>) -> io::Result<()> {
    match value {
        Some(value) => writeln!(out, r#"      <data key="{key}">{}</data>"#, escape(value)),
        None => Ok(()),
    }
}

/// Text safe in XML content and attribute values: markup characters become
/// entities, and characters XML 1.0 forbids (most C0 controls, U+FFFE,
/// U+FFFF) become U+FFFD. Newlines in attributes are written as `&#10;` so
/// they survive attribute-value normalization.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\n' => escaped.push_str("&#10;"),
            '\r' => escaped.push_str("&#13;"),
            '\t' => escaped.push_str("&#9;"),
            '\u{FFFE}' | '\u{FFFF}' => escaped.push('\u{FFFD}'),
            character if (character as u32) < 0x20 => escaped.push('\u{FFFD}'),
            character => escaped.push(character),
        }
    }
    escaped
}
