//! Writing a [`Graph`] for other tools: Graphviz DOT, GraphML (Gephi, yEd,
//! Cytoscape) and JSON node-link (d3, networkx). The graph module knows
//! nothing of these formats; each format knows nothing of the store.

pub mod dot;
pub mod graphml;
pub mod json;

use crate::graph::{Edge, EdgeKind, Graph, Node, NodeKind};
use std::io;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Dot,
    Graphml,
    Json,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Dot => "dot",
            Format::Graphml => "graphml",
            Format::Json => "json",
        }
    }
}

pub fn write(graph: &Graph, format: Format, out: &mut dyn io::Write) -> io::Result<()> {
    match format {
        Format::Dot => dot::write(graph, out),
        Format::Graphml => graphml::write(graph, out),
        Format::Json => json::write(graph, out),
    }
}

/// A node's id in every format: `kind:entity-id`, unique because entity
/// ids are unique per kind, and stable from one export to the next.
pub fn node_id(node: &Node) -> String {
    format!("{}:{}", node.key.kind.as_str(), node.key.id)
}

/// What a node shows: its name; a meeting also its date, and its status
/// when it did not take place as reported.
pub fn node_label(node: &Node) -> String {
    match node.key.kind {
        NodeKind::Meeting => {
            let mut label = format!(
                "{}\n{}",
                node.meeting_kind.as_deref().unwrap_or("meeting"),
                node.date.as_deref().unwrap_or("?")
            );
            if let Some(status) = node.detail.as_deref().filter(|status| *status != "held") {
                label.push_str(&format!("\n({status})"));
            }
            label
        }
        _ => node.name.clone(),
    }
}

/// What an edge shows: for `met`, the dates (or count and range) and the
/// top issues; for an aggregated `discussed`, the number of meetings.
pub fn edge_label(edge: &Edge) -> String {
    match edge.kind {
        EdgeKind::Met => {
            let mut lines = vec![edge.date_summary()];
            lines.extend(edge.top_issues(2).into_iter().map(str::to_string));
            lines.join("\n")
        }
        EdgeKind::Discussed if edge.weight > 1 => format!("{}×", edge.weight),
        _ => String::new(),
    }
}
