//! JSON node-link, as d3 and networkx (`node_link_graph`) read it:
//! `{"directed", "multigraph", "graph", "nodes": [...], "links": [...]}`.

use super::{edge_label, node_id, node_label};
use crate::graph::{Graph, View};
use serde::Serialize;
use std::io;

#[derive(Serialize)]
struct NodeLink<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphJson<'a>,
    nodes: Vec<NodeJson<'a>>,
    links: Vec<LinkJson<'a>>,
}

#[derive(Serialize)]
struct GraphJson<'a> {
    view: &'a str,
}

#[derive(Serialize)]
struct NodeJson<'a> {
    id: String,
    kind: &'a str,
    entity: &'a str,
    name: &'a str,
    label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    meeting_kind: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
}

#[derive(Serialize)]
struct LinkJson<'a> {
    source: String,
    target: String,
    kind: &'a str,
    weight: usize,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    dates: &'a [String],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    issues: Vec<IssueJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "String::is_empty")]
    label: String,
}

#[derive(Serialize)]
struct IssueJson<'a> {
    id: &'a str,
    name: &'a str,
    meetings: usize,
}

pub fn write(graph: &Graph, out: &mut dyn io::Write) -> io::Result<()> {
    let nodes = graph
        .nodes()
        .into_iter()
        .map(|node| NodeJson {
            id: node_id(node),
            kind: node.key.kind.as_str(),
            entity: &node.key.id,
            name: &node.name,
            label: node_label(node),
            country: node.country.as_deref(),
            detail: node.detail.as_deref(),
            meeting_kind: node.meeting_kind.as_deref(),
            date: node.date.as_deref(),
        })
        .collect();
    let links = graph
        .edges()
        .into_iter()
        .map(|(source, target, edge)| LinkJson {
            source: node_id(source),
            target: node_id(target),
            kind: edge.kind.as_str(),
            weight: edge.weight,
            dates: &edge.dates,
            issues: edge
                .issues
                .iter()
                .map(|(id, name, meetings)| IssueJson {
                    id,
                    name,
                    meetings: *meetings,
                })
                .collect(),
            title: edge.title.as_deref(),
            label: edge_label(edge),
        })
        .collect();
    let document = NodeLink {
        directed: graph.view != View::People,
        multigraph: false,
        graph: GraphJson {
            view: graph.view.as_str(),
        },
        nodes,
        links,
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}
