//! The graph of who met whom, where and about which issues, as a typed
//! petgraph. [`Graph::build`] is the one builder: it turns stored meetings
//! into the full knowledge graph, and every view ([`View`]) and every export
//! format is computed from that graph, never from the store directly.
//!
//! Node keys are `(kind, entity id)`, so a node keeps its identity from one
//! export to the next; [`Graph::nodes`] and [`Graph::edges`] return them in
//! sorted order so that exports are stable and diffs meaningful.

use crate::store::StoredMeeting;
use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use petgraph::Direction;
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    Person,
    Country,
    Organization,
    Place,
    Issue,
    Meeting,
}

impl NodeKind {
    pub const ALL: [NodeKind; 6] = [
        NodeKind::Person,
        NodeKind::Country,
        NodeKind::Organization,
        NodeKind::Place,
        NodeKind::Issue,
        NodeKind::Meeting,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::Country => "country",
            NodeKind::Organization => "organization",
            NodeKind::Place => "place",
            NodeKind::Issue => "issue",
            NodeKind::Meeting => "meeting",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeKind {
    /// Person (or a country named only as a side) → meeting.
    ParticipantOf,
    /// Meeting → place.
    HeldAt,
    /// Meeting → issue in the full graph; person or country → issue in the issues view.
    Discussed,
    /// Person → country or organization, as at the meeting date.
    MemberOf,
    /// Place → the place or country containing it.
    Within,
    /// Person ↔ person (people view): one edge per pair, undirected.
    Met,
}

impl EdgeKind {
    pub const ALL: [EdgeKind; 6] = [
        EdgeKind::ParticipantOf,
        EdgeKind::HeldAt,
        EdgeKind::Discussed,
        EdgeKind::MemberOf,
        EdgeKind::Within,
        EdgeKind::Met,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::ParticipantOf => "participant-of",
            EdgeKind::HeldAt => "held-at",
            EdgeKind::Discussed => "discussed",
            EdgeKind::MemberOf => "member-of",
            EdgeKind::Within => "within",
            EdgeKind::Met => "met",
        }
    }

    /// `met` is symmetric; every other relation reads from source to target.
    pub fn is_directed(self) -> bool {
        self != EdgeKind::Met
    }
}

/// Which part of the knowledge graph to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum View {
    /// Who met whom: people (and countries named only as a side), one edge per pair.
    #[default]
    People,
    /// The full knowledge graph: meetings with participants, places, issues.
    Meetings,
    /// People and countries linked to the issues they discussed.
    Issues,
}

impl View {
    pub fn as_str(self) -> &'static str {
        match self {
            View::People => "people",
            View::Meetings => "meetings",
            View::Issues => "issues",
        }
    }

    pub fn parse(text: &str) -> Option<View> {
        match text {
            "people" => Some(View::People),
            "meetings" => Some(View::Meetings),
            "issues" => Some(View::Issues),
            _ => None,
        }
    }
}

/// A node's identity: its kind and entity id (the meeting key for meetings).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeKey {
    pub kind: NodeKind,
    pub id: String,
}

impl NodeKey {
    pub fn new(kind: NodeKind, id: &str) -> NodeKey {
        NodeKey {
            kind,
            id: id.to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub key: NodeKey,
    /// Display name: the gazetteer name; for a meeting, its kind and date.
    pub name: String,
    /// The country the node belongs to (people, organizations, places; a
    /// country is its own): exports cluster nodes by it.
    pub country: Option<String>,
    /// Person: the post held at their latest meeting in the graph; place and
    /// organization: their kind; meeting: its status.
    pub detail: Option<String>,
    /// Meeting: its kind (talks, phone-call, ...).
    pub meeting_kind: Option<String>,
    /// Meeting: its date (`YYYY-MM-DD`, `YYYY-MM`), or `?` with what is known.
    pub date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub kind: EdgeKind,
    /// Number of meetings behind the edge (1 in the full graph).
    pub weight: usize,
    /// Dates of those meetings, sorted, one per meeting (`?` when undated).
    pub dates: Vec<String>,
    /// Issues discussed at those meetings: id, name, number of meetings, most first.
    pub issues: Vec<(String, String, usize)>,
    /// Member-of: the post held.
    pub title: Option<String>,
}

impl Edge {
    fn new(kind: EdgeKind) -> Edge {
        Edge {
            kind,
            weight: 1,
            dates: Vec::new(),
            issues: Vec::new(),
            title: None,
        }
    }

    /// The dated meetings behind the edge, shortened when there are many:
    /// `2020-10-29` or `5 meetings, 2020-10-29–2021-06-01`.
    pub fn date_summary(&self) -> String {
        let unique: BTreeSet<&str> = self.dates.iter().map(String::as_str).collect();
        if self.weight <= 3 && unique.len() == self.dates.len() {
            self.dates.join(", ")
        } else {
            let dated: Vec<&String> = self
                .dates
                .iter()
                .filter(|date| !date.starts_with('?'))
                .collect();
            match (dated.first(), dated.last()) {
                (Some(first), Some(last)) if first == last => {
                    format!("{} meetings, {first}", self.weight)
                }
                (Some(first), Some(last)) => format!("{} meetings, {first}–{last}", self.weight),
                _ => format!("{} meetings", self.weight),
            }
        }
    }

    /// The names of the `limit` issues discussed most often.
    pub fn top_issues(&self, limit: usize) -> Vec<&str> {
        self.issues
            .iter()
            .take(limit)
            .map(|(_, name, _)| name.as_str())
            .collect()
    }
}

/// What the graph needs from the gazetteer as stored in the `entities`
/// table: names, countries, and people's roles (for member-of edges).
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// `(kind, id)` → (name, country).
    names: HashMap<(String, String), (String, Option<String>)>,
    /// Person id → (title, organization name) per role.
    roles: HashMap<String, Vec<(String, String)>>,
    /// Organization name → id (the first id in sorted order when names clash).
    organizations: HashMap<String, String>,
}

impl Entities {
    pub fn insert(&mut self, kind: &str, id: &str, name: &str, country: Option<&str>) {
        if kind == "organization" {
            self.organizations
                .entry(name.to_string())
                .or_insert_with(|| id.to_string());
        }
        self.names.insert(
            (kind.to_string(), id.to_string()),
            (name.to_string(), country.map(str::to_string)),
        );
    }

    /// A post a person held, in an organization given by name (as in the `roles` column).
    pub fn add_role(&mut self, person: &str, title: &str, organization: &str) {
        self.roles
            .entry(person.to_string())
            .or_default()
            .push((title.to_string(), organization.to_string()));
    }

    fn get(&self, kind: &str, id: &str) -> Option<&(String, Option<String>)> {
        self.names.get(&(kind.to_string(), id.to_string()))
    }

    /// The organization id behind a person's title, when the gazetteer says.
    fn organization_of(&self, person: &str, title: &str) -> Option<&str> {
        let roles = self.roles.get(person)?;
        let (_, organization) = roles.iter().find(|(role, _)| role == title)?;
        self.organizations.get(organization).map(String::as_str)
    }
}

/// The graph: a petgraph `StableDiGraph` of typed nodes and edges, with an
/// index from node keys. Symmetric edges (`met`) point from the smaller key
/// to the larger.
#[derive(Debug, Clone)]
pub struct Graph {
    pub view: View,
    graph: StableDiGraph<Node, Edge>,
    index: HashMap<NodeKey, NodeIndex>,
    /// Edges by endpoints and kind: finding an edge to merge into must not
    /// walk a hub's (a country's) thousands of edges.
    edges: HashMap<(NodeIndex, NodeIndex, EdgeKind), petgraph::stable_graph::EdgeIndex>,
    /// Names of the countries nodes belong to, kept by every view, for
    /// cluster labels.
    country_names: BTreeMap<String, String>,
}

impl Graph {
    fn empty(view: View) -> Graph {
        Graph {
            view,
            graph: StableDiGraph::new(),
            index: HashMap::new(),
            edges: HashMap::new(),
            country_names: BTreeMap::new(),
        }
    }

    /// The full knowledge graph of these meetings (the `meetings` view).
    pub fn build(meetings: &[StoredMeeting], entities: &Entities) -> Graph {
        let mut graph = Graph::empty(View::Meetings);
        for meeting in meetings {
            graph.add_meeting(meeting, entities);
        }
        graph
    }

    /// [`Graph::build`], then [`Graph::project`].
    pub fn build_view(meetings: &[StoredMeeting], entities: &Entities, view: View) -> Graph {
        Graph::build(meetings, entities).project(view)
    }

    fn add_meeting(&mut self, meeting: &StoredMeeting, entities: &Entities) {
        let date = match (&meeting.date, &meeting.date_partial) {
            (Some(date), _) => date.clone(),
            (None, Some(partial)) => partial_date_text(partial),
            (None, None) => "?".to_string(),
        };
        let meeting_node = self.add_node(Node {
            key: NodeKey::new(NodeKind::Meeting, &meeting.key),
            name: format!("{} {}", meeting.kind, date),
            country: None,
            detail: Some(meeting.status.clone()),
            meeting_kind: Some(meeting.kind.clone()),
            date: Some(date.clone()),
        });
        let dated = |kind: EdgeKind| Edge {
            dates: vec![date.clone()],
            ..Edge::new(kind)
        };
        for participant in &meeting.participants {
            if participant.kind == "country" {
                let country = self.add_country(&participant.id, entities);
                self.add_edge(country, meeting_node, dated(EdgeKind::ParticipantOf));
                continue;
            }
            let country = participant.country.clone().or_else(|| {
                entities
                    .get("person", &participant.id)
                    .and_then(|(_, country)| country.clone())
            });
            let person = self.add_node(Node {
                key: NodeKey::new(NodeKind::Person, &participant.id),
                name: participant.name.clone(),
                country: country.clone(),
                detail: participant.title.clone(),
                meeting_kind: None,
                date: None,
            });
            self.add_edge(person, meeting_node, dated(EdgeKind::ParticipantOf));
            if let Some(country) = &country {
                let country = self.add_country(country, entities);
                self.add_edge(person, country, dated(EdgeKind::MemberOf));
            }
            let organization = participant.title.as_deref().and_then(|title| {
                entities
                    .organization_of(&participant.id, title)
                    .map(|id| (title, id))
            });
            if let Some((title, id)) = organization {
                let (name, country) = entities
                    .get("organization", id)
                    .cloned()
                    .unwrap_or_else(|| (id.to_string(), None));
                if let Some(country) = &country {
                    self.note_country(country, entities);
                }
                let organization = self.add_node(Node {
                    key: NodeKey::new(NodeKind::Organization, id),
                    name,
                    country,
                    detail: None,
                    meeting_kind: None,
                    date: None,
                });
                let mut edge = dated(EdgeKind::MemberOf);
                edge.title = Some(title.to_string());
                self.add_edge(person, organization, edge);
            }
        }
        if let Some((id, name, kind, within)) = &meeting.place {
            let place = self.add_place(id, Some(name), Some(kind), entities);
            self.add_edge(meeting_node, place, dated(EdgeKind::HeldAt));
            let mut inner = place;
            for container in within {
                let outer = if entities.get("country", container).is_some() {
                    self.add_country(container, entities)
                } else {
                    self.add_place(container, None, None, entities)
                };
                self.add_edge(inner, outer, Edge::new(EdgeKind::Within));
                inner = outer;
            }
        }
        for (id, name) in &meeting.issues {
            let issue = self.add_node(Node {
                key: NodeKey::new(NodeKind::Issue, id),
                name: name.clone(),
                country: None,
                detail: None,
                meeting_kind: None,
                date: None,
            });
            self.add_edge(meeting_node, issue, dated(EdgeKind::Discussed));
        }
    }

    fn add_country(&mut self, id: &str, entities: &Entities) -> NodeIndex {
        let name = entities
            .get("country", id)
            .map(|(name, _)| name.clone())
            .unwrap_or_else(|| id.to_string());
        self.country_names.insert(id.to_string(), name.clone());
        self.add_node(Node {
            key: NodeKey::new(NodeKind::Country, id),
            name,
            country: Some(id.to_string()),
            detail: None,
            meeting_kind: None,
            date: None,
        })
    }

    /// Remembers a country's name for cluster labels.
    fn note_country(&mut self, id: &str, entities: &Entities) {
        if let Some((name, _)) = entities.get("country", id) {
            self.country_names.insert(id.to_string(), name.clone());
        }
    }

    fn add_place(
        &mut self,
        id: &str,
        name: Option<&str>,
        kind: Option<&str>,
        entities: &Entities,
    ) -> NodeIndex {
        let known = entities.get("place", id);
        if let Some(country) = known.and_then(|(_, country)| country.as_deref()) {
            self.note_country(country, entities);
        }
        self.add_node(Node {
            key: NodeKey::new(NodeKind::Place, id),
            name: name
                .map(str::to_string)
                .or_else(|| known.map(|(name, _)| name.clone()))
                .unwrap_or_else(|| id.to_string()),
            country: known.and_then(|(_, country)| country.clone()),
            detail: kind.filter(|kind| !kind.is_empty()).map(str::to_string),
            meeting_kind: None,
            date: None,
        })
    }

    /// Adds a node, or updates the one with the same key (a later meeting's
    /// title and country win, as meetings come in date order).
    fn add_node(&mut self, node: Node) -> NodeIndex {
        if let Some(country) = &node.country {
            if !self.country_names.contains_key(country) {
                self.country_names.insert(country.clone(), country.clone());
            }
        }
        if let Some(&index) = self.index.get(&node.key) {
            let existing = &mut self.graph[index];
            if node.detail.is_some() {
                existing.detail = node.detail;
            }
            if node.country.is_some() {
                existing.country = node.country;
            }
            return index;
        }
        let key = node.key.clone();
        let index = self.graph.add_node(node);
        self.index.insert(key, index);
        index
    }

    /// Adds an edge, or merges it into the one of the same kind between the
    /// same nodes: weights add up, dates and issues are pooled.
    fn add_edge(&mut self, source: NodeIndex, target: NodeIndex, edge: Edge) {
        let (source, target) =
            if !edge.kind.is_directed() && self.graph[target].key < self.graph[source].key {
                (target, source)
            } else {
                (source, target)
            };
        let existing = self.edges.get(&(source, target, edge.kind)).copied();
        match existing {
            Some(id) => {
                let merged = &mut self.graph[id];
                // Structural edges (within) stand for a fact, not a meeting.
                if merged.kind == EdgeKind::Within {
                    return;
                }
                merged.weight += edge.weight;
                merged.dates.extend(edge.dates);
                merged.dates.sort();
                for (id, name, count) in edge.issues {
                    match merged
                        .issues
                        .iter_mut()
                        .find(|(existing, _, _)| *existing == id)
                    {
                        Some(entry) => entry.2 += count,
                        None => merged.issues.push((id, name, count)),
                    }
                }
                merged
                    .issues
                    .sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
                if edge.title.is_some() {
                    merged.title = edge.title;
                }
            }
            None => {
                let kind = edge.kind;
                let id = self.graph.add_edge(source, target, edge);
                self.edges.insert((source, target, kind), id);
            }
        }
    }

    /// Derives a view from the full knowledge graph.
    pub fn project(&self, view: View) -> Graph {
        match view {
            View::Meetings => Graph {
                view,
                ..self.clone()
            },
            View::People | View::Issues => {
                let mut projected = Graph::empty(view);
                projected.country_names = self.country_names.clone();
                for meeting in self.nodes_of(NodeKind::Meeting) {
                    let date = self.graph[meeting]
                        .date
                        .clone()
                        .unwrap_or_else(|| "?".into());
                    let mut sides: Vec<NodeIndex> = self
                        .graph
                        .neighbors_directed(meeting, Direction::Incoming)
                        .filter(|&side| self.has_edge(side, meeting, EdgeKind::ParticipantOf))
                        .collect();
                    sides.sort_by(|a, b| self.graph[*a].key.cmp(&self.graph[*b].key));
                    sides.dedup();
                    let mut issues: Vec<(String, String, usize)> = self
                        .graph
                        .neighbors_directed(meeting, Direction::Outgoing)
                        .filter(|&issue| self.graph[issue].key.kind == NodeKind::Issue)
                        .map(|issue| {
                            (
                                self.graph[issue].key.id.clone(),
                                self.graph[issue].name.clone(),
                                1,
                            )
                        })
                        .collect();
                    issues.sort();
                    issues.dedup();
                    let sides: Vec<NodeIndex> = sides
                        .into_iter()
                        .map(|side| projected.add_node(self.graph[side].clone()))
                        .collect();
                    let edge = |kind: EdgeKind, issues: Vec<(String, String, usize)>| Edge {
                        dates: vec![date.clone()],
                        issues,
                        ..Edge::new(kind)
                    };
                    match view {
                        View::People => {
                            for (position, &first) in sides.iter().enumerate() {
                                for &second in &sides[position + 1..] {
                                    projected.add_edge(
                                        first,
                                        second,
                                        edge(EdgeKind::Met, issues.clone()),
                                    );
                                }
                            }
                        }
                        _ => {
                            for (id, name, _) in &issues {
                                let issue = projected.add_node(
                                    self.graph[self.index[&NodeKey::new(NodeKind::Issue, id)]]
                                        .clone(),
                                );
                                for &side in &sides {
                                    let one = vec![(id.clone(), name.clone(), 1)];
                                    projected.add_edge(side, issue, edge(EdgeKind::Discussed, one));
                                }
                            }
                        }
                    }
                }
                projected
            }
        }
    }

    fn nodes_of(&self, kind: NodeKind) -> Vec<NodeIndex> {
        let mut nodes: Vec<NodeIndex> = self
            .graph
            .node_indices()
            .filter(|&index| self.graph[index].key.kind == kind)
            .collect();
        nodes.sort_by(|a, b| self.graph[*a].key.cmp(&self.graph[*b].key));
        nodes
    }

    fn has_edge(&self, source: NodeIndex, target: NodeIndex, kind: EdgeKind) -> bool {
        self.edges.contains_key(&(source, target, kind))
            || (!kind.is_directed() && self.edges.contains_key(&(target, source, kind)))
    }

    /// The underlying petgraph, for algorithms.
    pub fn petgraph(&self) -> &StableDiGraph<Node, Edge> {
        &self.graph
    }

    pub fn node(&self, key: &NodeKey) -> Option<&Node> {
        self.index.get(key).map(|&index| &self.graph[index])
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Every node, sorted by key (kind, then id).
    pub fn nodes(&self) -> Vec<&Node> {
        let mut nodes: Vec<&Node> = self.graph.node_weights().collect();
        nodes.sort_by(|a, b| a.key.cmp(&b.key));
        nodes
    }

    /// Every edge with its endpoints, sorted by source key, target key, kind.
    pub fn edges(&self) -> Vec<(&Node, &Node, &Edge)> {
        let mut edges: Vec<(&Node, &Node, &Edge)> = self
            .graph
            .edge_references()
            .map(|edge| {
                (
                    &self.graph[edge.source()],
                    &self.graph[edge.target()],
                    edge.weight(),
                )
            })
            .collect();
        edges.sort_by(|a, b| (&a.0.key, &a.1.key, a.2.kind).cmp(&(&b.0.key, &b.1.key, b.2.kind)));
        edges
    }

    /// The countries nodes belong to, sorted by id, with their names.
    pub fn countries(&self) -> BTreeMap<String, String> {
        let mut countries = BTreeMap::new();
        for node in self.graph.node_weights() {
            if let Some(country) = &node.country {
                let name = self.country_names.get(country).unwrap_or(country);
                countries.insert(country.clone(), name.clone());
            }
        }
        countries
    }
}

/// A date known only in part (the store's `date_partial` JSON, e.g.
/// `{"day":16,"month":8}`) as `?-08-16`, `2021-08-?`, or `? (Friday)`.
pub fn partial_date_text(partial: &str) -> String {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(partial) else {
        return "?".to_string();
    };
    let number = |key: &str| value.get(key).and_then(serde_json::Value::as_u64);
    let weekday = value.get("weekday").and_then(serde_json::Value::as_str);
    let mut text = match (number("year"), number("month"), number("day")) {
        (None, None, None) => "?".to_string(),
        (year, month, day) => format!(
            "{}-{}-{}",
            year.map_or("?".to_string(), |year| year.to_string()),
            month.map_or("?".to_string(), |month| format!("{month:02}")),
            day.map_or("?".to_string(), |day| format!("{day:02}"))
        ),
    };
    if let Some(weekday) = weekday {
        text.push_str(&format!(" ({weekday})"));
    }
    text
}

/// The meetings of an ego network: those of `ego`, then (for `depth` > 1)
/// those of everyone met, and so on, `depth` hops out. `meetings_of` lists
/// one person's meetings (with whatever other filters apply). Returned in
/// the store's order: by date, undated last, then key.
pub fn ego_meetings<E>(
    ego: &str,
    depth: usize,
    mut meetings_of: impl FnMut(&str) -> Result<Vec<StoredMeeting>, E>,
) -> Result<Vec<StoredMeeting>, E> {
    let mut seen_people: BTreeSet<String> = BTreeSet::from([ego.to_string()]);
    let mut frontier: Vec<String> = vec![ego.to_string()];
    let mut meetings: BTreeMap<String, StoredMeeting> = BTreeMap::new();
    for _ in 0..depth {
        let mut next = Vec::new();
        for person in &frontier {
            for meeting in meetings_of(person)? {
                for participant in &meeting.participants {
                    if participant.kind == "person" && seen_people.insert(participant.id.clone()) {
                        next.push(participant.id.clone());
                    }
                }
                meetings.entry(meeting.key.clone()).or_insert(meeting);
            }
        }
        if next.is_empty() {
            break;
        }
        frontier = next;
    }
    let mut meetings: Vec<StoredMeeting> = meetings.into_values().collect();
    meetings.sort_by(|a, b| {
        (a.date.is_none(), &a.date, &a.key).cmp(&(b.date.is_none(), &b.date, &b.key))
    });
    Ok(meetings)
}
