//! Graphviz DOT: shape and colour by node kind, one `cluster_<country>` per
//! country, a legend, and everything in sorted order so that two exports
//! of the same store are byte-identical and diffs show what changed.

use super::{edge_label, node_id, node_label};
use crate::graph::{EdgeKind, Graph, Node, NodeKind, View};
use std::collections::{BTreeMap, BTreeSet};
use std::io;

pub fn write(graph: &Graph, out: &mut dyn io::Write) -> io::Result<()> {
    // The people view is symmetric (who met whom): an undirected graph.
    let (keyword, arrow) = if graph.view == View::People {
        ("graph", "--")
    } else {
        ("digraph", "->")
    };
    writeln!(
        out,
        "// dipkb export --format dot --view {}",
        graph.view.as_str()
    )?;
    writeln!(
        out,
        "{keyword} {} {{",
        quote(&format!("dipkb-{}", graph.view.as_str()))
    )?;
    // Left to right: country clusters stack instead of forming one long row.
    let layout = "rankdir=LR, ";
    writeln!(
        out,
        "  graph [{layout}fontname=\"Helvetica\", fontsize=12, compound=true, newrank=true, nodesep=0.3, ranksep=0.6];"
    )?;
    writeln!(
        out,
        "  node [fontname=\"Helvetica\", fontsize=11, style=filled];"
    )?;
    writeln!(
        out,
        "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#666666\"];"
    )?;

    let countries = graph.countries();
    let mut clustered: BTreeMap<&str, Vec<&Node>> = BTreeMap::new();
    let mut loose: Vec<&Node> = Vec::new();
    for node in graph.nodes() {
        match node.country.as_deref() {
            Some(country)
                if node.key.kind != NodeKind::Meeting && node.key.kind != NodeKind::Issue =>
            {
                clustered.entry(country).or_default().push(node)
            }
            _ => loose.push(node),
        }
    }
    for (country, nodes) in &clustered {
        let name = countries
            .get(*country)
            .map(String::as_str)
            .unwrap_or(country);
        let label = if name == *country {
            country.to_string()
        } else {
            format!("{name} ({country})")
        };
        writeln!(out)?;
        writeln!(
            out,
            "  subgraph {} {{",
            quote(&format!("cluster_{}", id_text(country)))
        )?;
        writeln!(
            out,
            "    label={}; style=\"rounded,filled\"; fillcolor=\"#f7f7f7\"; color=\"#bbbbbb\";",
            quote(&label)
        )?;
        for node in nodes {
            write_node(out, node, "    ")?;
        }
        writeln!(out, "  }}")?;
    }
    if !loose.is_empty() {
        writeln!(out)?;
    }
    for node in &loose {
        write_node(out, node, "  ")?;
    }

    writeln!(out)?;
    let mut edge_kinds: BTreeSet<EdgeKind> = BTreeSet::new();
    for (source, target, edge) in graph.edges() {
        // Membership of a country is what the clusters show.
        if edge.kind == EdgeKind::MemberOf && target.key.kind == NodeKind::Country {
            continue;
        }
        edge_kinds.insert(edge.kind);
        let mut attributes: Vec<String> = Vec::new();
        let label = edge_label(edge);
        if !label.is_empty() {
            attributes.push(format!("label={}", quote(&label)));
        }
        match edge.kind {
            EdgeKind::Met => {
                attributes.push(format!("weight={}", edge.weight));
                attributes.push(format!("penwidth={}", penwidth(edge.weight)));
                attributes.push(format!("tooltip={}", quote(&edge.dates.join(", "))));
            }
            EdgeKind::Discussed => {
                attributes.push(format!("penwidth={}", penwidth(edge.weight)));
            }
            _ => {}
        }
        if let Some(title) = &edge.title {
            attributes.push(format!("tooltip={}", quote(title)));
        }
        attributes.push(edge_style(edge.kind).to_string());
        writeln!(
            out,
            "  {} {arrow} {} [{}];",
            quote(&node_id(source)),
            quote(&node_id(target)),
            attributes.join(", ")
        )?;
    }

    write_legend(out, graph, &edge_kinds, arrow)?;
    writeln!(out, "}}")
}

fn write_node(out: &mut dyn io::Write, node: &Node, indent: &str) -> io::Result<()> {
    let mut attributes = vec![format!("label={}", quote(&node_label(node)))];
    if let Some(detail) = &node.detail {
        attributes.push(format!("tooltip={}", quote(detail)));
    }
    attributes.push(node_style(node.key.kind).to_string());
    writeln!(
        out,
        "{indent}{} [{}];",
        quote(&node_id(node)),
        attributes.join(", ")
    )
}

fn write_legend(
    out: &mut dyn io::Write,
    graph: &Graph,
    edge_kinds: &BTreeSet<EdgeKind>,
    arrow: &str,
) -> io::Result<()> {
    let node_kinds: BTreeSet<NodeKind> = graph.nodes().iter().map(|node| node.key.kind).collect();
    if node_kinds.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "  subgraph \"cluster_legend\" {{")?;
    writeln!(
        out,
        "    label=\"Legend\"; style=\"rounded\"; color=\"#bbbbbb\"; fontsize=10;"
    )?;
    for kind in &node_kinds {
        writeln!(
            out,
            "    \"legend:{}\" [label=\"{}\", fontsize=9, {}];",
            kind.as_str(),
            kind.as_str(),
            node_style(*kind)
        )?;
    }
    for kind in edge_kinds {
        writeln!(
            out,
            "    \"legend:{kind}:from\" [label=\"\", shape=point, width=0.05, color=\"#999999\"];",
            kind = kind.as_str()
        )?;
        writeln!(
            out,
            "    \"legend:{kind}:to\" [label=\"\", shape=point, width=0.05, color=\"#999999\"];",
            kind = kind.as_str()
        )?;
        writeln!(
            out,
            "    \"legend:{kind}:from\" {arrow} \"legend:{kind}:to\" [label=\"{kind}\", {}];",
            edge_style(*kind),
            kind = kind.as_str()
        )?;
    }
    writeln!(out, "  }}")
}

fn node_style(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Person => "shape=ellipse, fillcolor=\"#cfe2f3\", color=\"#3d85c6\"",
        NodeKind::Country => "shape=doubleoctagon, fillcolor=\"#d9ead3\", color=\"#6aa84f\"",
        NodeKind::Organization => "shape=box, fillcolor=\"#fff2cc\", color=\"#bf9000\"",
        NodeKind::Place => "shape=house, fillcolor=\"#f4cccc\", color=\"#cc0000\"",
        NodeKind::Issue => "shape=note, fillcolor=\"#ead1dc\", color=\"#a64d79\"",
        NodeKind::Meeting => {
            "shape=box, style=\"rounded,filled\", fillcolor=\"#eeeeee\", color=\"#666666\""
        }
    }
}

fn edge_style(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::Met => "color=\"#3d85c6\"",
        EdgeKind::ParticipantOf => "color=\"#3d85c6\", arrowsize=0.6",
        EdgeKind::HeldAt => "color=\"#cc0000\", style=dashed, arrowsize=0.6",
        EdgeKind::Discussed => "color=\"#a64d79\", arrowsize=0.6",
        EdgeKind::MemberOf => "color=\"#bf9000\", style=dotted, arrowsize=0.6",
        EdgeKind::Within => "color=\"#999999\", style=dotted, arrowhead=empty, arrowsize=0.6",
    }
}

/// Line width grows with the number of meetings, slowly, up to 6.
fn penwidth(weight: usize) -> String {
    let width = (1.0 + (weight as f64).log2()).min(6.0);
    format!("{width:.1}")
}

/// A DOT double-quoted string. Inside quotes Graphviz only gives `\"`
/// special meaning, but labels then interpret `\n`, `\l`, `\N` and the
/// like, so a backslash is doubled (shown as one) and a newline becomes
/// `\n`. Other control characters are dropped; everything else, Hangul and
/// emoji included, is UTF-8 as is.
pub fn quote(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for character in text.chars() {
        match character {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push(' '),
            character if character.is_control() => {}
            character => quoted.push(character),
        }
    }
    quoted.push('"');
    quoted
}

/// An id fragment made of letters, digits, `_`, `-` and `.` only
/// (anything else percent-encoded), for cluster names.
fn id_text(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'-' | b'.') {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}
