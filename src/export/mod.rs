//! Writing the store for other tools. From a [`Graph`]: Graphviz DOT,
//! GraphML (Gephi, yEd, Cytoscape) and JSON node-link (d3, networkx).
//! From the meetings themselves: a self-contained HTML page to explore
//! them, PLOVER event data and CAMEO dyads. The graph module knows nothing
//! of these formats; each format knows nothing of SQL.

pub mod cameo;
pub mod dot;
pub mod events;
pub mod graphml;
pub mod html;
pub mod iso3;
pub mod json;
pub mod plover;

use crate::graph::{Edge, EdgeKind, Graph, Node, NodeKind};
use crate::store::StoredPlace;
use std::collections::BTreeMap;
use std::io;

/// What the meeting-level formats show besides the meetings, as the store
/// knows it.
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// Country id (ISO alpha-2) → name.
    pub countries: BTreeMap<String, String>,
    /// Place or country id → name, for the places containing a meeting's place.
    pub place_names: BTreeMap<String, String>,
    /// Meeting places: id → name, kind, country.
    pub places: BTreeMap<String, StoredPlace>,
    /// Person id → every spelling the gazetteer knows (folded).
    pub spellings: BTreeMap<String, Vec<String>>,
}

impl Names {
    /// `Jongno-gu, Seoul, South Korea`: a meeting place and what contains it.
    pub fn place_path(&self, name: &str, within: &[String]) -> String {
        let mut parts = vec![name.to_string()];
        parts.extend(within.iter().map(|id| {
            self.place_names
                .get(id)
                .cloned()
                .unwrap_or_else(|| id.clone())
        }));
        parts.join(", ")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Dot,
    Graphml,
    Json,
    Html,
    Plover,
    Csv,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Dot => "dot",
            Format::Graphml => "graphml",
            Format::Json => "json",
            Format::Html => "html",
            Format::Plover => "plover",
            Format::Csv => "csv",
        }
    }

    /// Written from the meetings and their sources ([`html`], [`plover`],
    /// [`cameo`]) rather than from a [`Graph`].
    pub fn is_per_meeting(self) -> bool {
        matches!(self, Format::Html | Format::Plover | Format::Csv)
    }
}

/// Writes a graph format; the per-meeting formats have their own `write`.
pub fn write(graph: &Graph, format: Format, out: &mut dyn io::Write) -> io::Result<()> {
    match format {
        Format::Dot => dot::write(graph, out),
        Format::Graphml => graphml::write(graph, out),
        Format::Json => json::write(graph, out),
        Format::Html | Format::Plover | Format::Csv => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is written from meetings, not a graph", format.as_str()),
        )),
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
