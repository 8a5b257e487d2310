//! A YAML document as a tree of nodes that remember their line and column.
//!
//! The loader walks this tree itself instead of deriving `Deserialize` on the
//! entity types, so that one file yields every problem it has (unknown keys,
//! wrong types, bad dates...) instead of stopping at the first. YAML parsing is
//! confined to this file: replacing the YAML library changes nothing else.
//!
//! The tree is built straight from the parser's events: going through serde
//! (`Spanned<T>`) cost more than half of the time to load a large gazetteer.

use granit_parser::{Event, Marker, Options, Parser, ScalarStyle, ScanError, Span, Tag};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// Where a node starts, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    fn at(marker: &Marker) -> Position {
        Position {
            line: marker.line(),
            column: marker.col() + 1,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Value {
    Null,
    /// Any scalar, as text: `2019` and `true` arrive as `"2019"` and `"true"`.
    Scalar(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub value: Value,
    pub position: Position,
}

impl Node {
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(text) => Some(text),
            _ => None,
        }
    }

    /// The value of `key` when this node is a mapping that has it.
    pub fn field(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(name, _)| name.as_str() == Some(key))
                .map(|(_, value)| value),
            _ => None,
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self.value {
            Value::Null => "nothing",
            Value::Scalar(_) => "a scalar",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// A YAML syntax error or a refused document, with its position when known.
#[derive(Debug)]
pub struct SyntaxError {
    pub position: Position,
    pub message: String,
}

impl SyntaxError {
    fn new(position: Position, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            position,
            message: message.into(),
        }
    }
}

impl From<ScanError> for SyntaxError {
    fn from(error: ScanError) -> SyntaxError {
        let info = error.info();
        // The parser may add context on further lines; the first says what is wrong.
        let message = info.lines().next().unwrap_or("invalid YAML");
        SyntaxError::new(Position::at(error.marker()), message)
    }
}

/// Collections nested deeper than this are refused, so that cloning and
/// dropping trees (recursive) cannot exhaust the stack, even when aliases
/// stack anchored trees on one another.
const MAX_DEPTH: usize = 64;

/// Nodes in one document, counting alias copies. Large gazetteers (200,000
/// people) have a few million; the file-size cap in `load` bounds the rest.
const MAX_NODES: usize = 16_000_000;

/// Nodes that alias expansion may copy. A billion-laughs document reaches it
/// after a few megabytes instead of exhausting memory; real gazetteers use
/// aliases, if at all, for a few shared fragments.
const MAX_ALIAS_NODES: usize = 1_000_000;

/// Scalar bytes that alias expansion may copy: a long scalar aliased many
/// times is a bomb with few nodes.
const MAX_ALIAS_BYTES: usize = 64 * 1024 * 1024;

/// Parses one YAML document. Anchors and aliases are expanded under a node
/// budget, so an alias bomb is refused rather than exhausting memory.
///
/// Scalars stay text: the loader decides what a date or an id is, and YAML
/// 1.1 booleans (`No` Kwang Chol, Norway's `NO`) stay words. Plain `~`,
/// `null`, `Null`, `NULL`, an empty value and `!!null` are `Value::Null`;
/// quoted ones are text. `<<` merge keys are honoured; duplicate keys and a
/// second document in the file are errors.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    if text.trim().is_empty() {
        return Ok(Node {
            value: Value::Null,
            position: Position { line: 1, column: 1 },
        });
    }
    let mut options = Options::default();
    options.emit_comments = false;
    let mut builder = Builder::default();
    for event in Parser::new_from_str_with_options(text, options) {
        let (event, span) = event?;
        builder.event(event, span)?;
    }
    Ok(builder.root.unwrap_or(Node {
        value: Value::Null,
        position: Position { line: 1, column: 1 },
    }))
}

/// A collection whose end event has not come yet.
struct Open {
    position: Position,
    anchor: usize,
    kind: OpenKind,
}

enum OpenKind {
    Seq(Vec<Node>),
    Map(OpenMap),
}

#[derive(Default)]
struct OpenMap {
    entries: Vec<(Node, Node)>,
    /// The key waiting for its value, and whether it is a merge key (`<<`).
    key: Option<(Node, bool)>,
    /// Mappings to merge at the end, earliest first (the earliest wins).
    merges: Vec<Node>,
    /// Canonical forms of the keys, once the mapping is too large to scan.
    index: Option<HashSet<String>>,
}

/// Mappings up to this size are searched for a key by scanning them.
const SCANNED_KEYS: usize = 16;

impl OpenMap {
    fn contains(&self, key: &Node) -> bool {
        match &self.index {
            Some(index) => index.contains(&canonical(key)),
            None => self
                .entries
                .iter()
                .any(|(existing, _)| same_value(existing, key)),
        }
    }

    fn insert(&mut self, key: Node, value: Node) {
        if let Some(index) = &mut self.index {
            index.insert(canonical(&key));
        } else if self.entries.len() == SCANNED_KEYS {
            let mut index: HashSet<String> = self
                .entries
                .iter()
                .map(|(existing, _)| canonical(existing))
                .collect();
            index.insert(canonical(&key));
            self.index = Some(index);
        }
        self.entries.push((key, value));
    }

    /// The entries with the merged mappings' keys that are not already set.
    fn finish(mut self) -> Vec<(Node, Node)> {
        for merged in std::mem::take(&mut self.merges) {
            let Value::Map(entries) = merged.value else {
                continue;
            };
            for (key, value) in entries {
                if !self.contains(&key) {
                    self.insert(key, value);
                }
            }
        }
        self.entries
    }
}

/// A finished anchored node, with what an alias to it costs.
struct Anchored {
    node: Node,
    size: Size,
}

#[derive(Default)]
struct Builder {
    stack: Vec<Open>,
    anchors: HashMap<usize, Anchored>,
    root: Option<Node>,
    documents: usize,
    nodes: usize,
    /// What alias expansion has copied so far.
    aliased: Size,
}

impl Builder {
    fn event(&mut self, event: Event, span: Span) -> Result<(), SyntaxError> {
        let position = Position::at(&span.start);
        match event {
            Event::DocumentStart(..) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(SyntaxError::new(
                        position,
                        "a second YAML document (after `---`); a gazetteer file holds one",
                    ));
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                self.count(1, position)?;
                let merge = style == ScalarStyle::Plain && tag.is_none() && text == "<<";
                let value = scalar(text, style, tag.as_deref());
                let node = Node { value, position };
                if anchor != 0 {
                    self.anchor(anchor, &node);
                }
                self.push(node, merge)?;
            }
            Event::SequenceStart(_, anchor, _) => {
                self.open(position, anchor, OpenKind::Seq(Vec::new()))?
            }
            Event::MappingStart(_, anchor, _) => {
                self.open(position, anchor, OpenKind::Map(OpenMap::default()))?
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(open) = self.stack.pop() else {
                    return Err(SyntaxError::new(position, "unbalanced YAML events"));
                };
                let value = match open.kind {
                    OpenKind::Seq(items) => Value::Seq(items),
                    OpenKind::Map(map) => Value::Map(map.finish()),
                };
                let node = Node {
                    value,
                    position: open.position,
                };
                if open.anchor != 0 {
                    self.anchor(open.anchor, &node);
                }
                self.push(node, false)?;
            }
            Event::Alias(id) => {
                let Some(anchored) = self.anchors.get(&id) else {
                    // The parser resolves names, so a missing id is an alias
                    // inside the very node it names.
                    return Err(SyntaxError::new(
                        position,
                        "an alias refers to the node that contains it",
                    ));
                };
                let size = anchored.size;
                if self.stack.len() + size.depth > MAX_DEPTH {
                    return Err(too_deep(position));
                }
                self.aliased.nodes += size.nodes;
                self.aliased.bytes += size.bytes;
                if self.aliased.nodes > MAX_ALIAS_NODES || self.aliased.bytes > MAX_ALIAS_BYTES {
                    return Err(SyntaxError::new(
                        position,
                        format!(
                            "aliases expand to more than {MAX_ALIAS_NODES} nodes or {} MB of text (an alias bomb?)",
                            MAX_ALIAS_BYTES >> 20
                        ),
                    ));
                }
                let copy = copy_at(&anchored.node, position);
                self.count(size.nodes, position)?;
                self.push(copy, false)?;
            }
            _ => {}
        }
        Ok(())
    }

    fn count(&mut self, nodes: usize, position: Position) -> Result<(), SyntaxError> {
        self.nodes += nodes;
        if self.nodes > MAX_NODES {
            return Err(SyntaxError::new(
                position,
                format!("more than {MAX_NODES} nodes in one file"),
            ));
        }
        Ok(())
    }

    fn open(
        &mut self,
        position: Position,
        anchor: usize,
        kind: OpenKind,
    ) -> Result<(), SyntaxError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(too_deep(position));
        }
        self.count(1, position)?;
        self.stack.push(Open {
            position,
            anchor,
            kind,
        });
        Ok(())
    }

    /// Remembers an anchored node for later aliases (a later anchor with the
    /// same name gets a new id from the parser).
    fn anchor(&mut self, id: usize, node: &Node) {
        let size = Size::of(node);
        self.anchors.insert(
            id,
            Anchored {
                node: node.clone(),
                size,
            },
        );
    }

    /// Adds a finished node to the open collection, or makes it the root.
    fn push(&mut self, node: Node, merge_key: bool) -> Result<(), SyntaxError> {
        let Some(open) = self.stack.last_mut() else {
            self.root = Some(node);
            return Ok(());
        };
        let map = match &mut open.kind {
            OpenKind::Seq(items) => {
                items.push(node);
                return Ok(());
            }
            OpenKind::Map(map) => map,
        };
        let Some((key, merge)) = map.key.take() else {
            map.key = Some((node, merge_key));
            return Ok(());
        };
        if merge {
            return add_merge(map, node);
        }
        if map.contains(&key) {
            let message = match &key.value {
                Value::Scalar(text) => format!("duplicate key `{text}`"),
                _ => format!("duplicate key ({})", key.type_name()),
            };
            return Err(SyntaxError::new(key.position, message));
        }
        map.insert(key, node);
        Ok(())
    }
}

/// A scalar event's value: text, or null for the plain null spellings.
fn scalar(text: Cow<str>, style: ScalarStyle, tag: Option<&Tag>) -> Value {
    let null = match tag {
        Some(tag) => tag.is_yaml_core_schema_tag("null"),
        // The parser reports an empty plain value as `~`.
        None => {
            style == ScalarStyle::Plain && matches!(&*text, "~" | "null" | "Null" | "NULL" | "")
        }
    };
    if null {
        Value::Null
    } else {
        Value::Scalar(text.into_owned())
    }
}

/// Queues the value of a `<<` key: a mapping or a list of mappings.
fn add_merge(map: &mut OpenMap, value: Node) -> Result<(), SyntaxError> {
    let position = value.position;
    match value.value {
        Value::Map(_) => map.merges.push(value),
        Value::Seq(items) => {
            for item in items {
                if !matches!(item.value, Value::Map(_)) {
                    return Err(bad_merge(item.position));
                }
                map.merges.push(item);
            }
        }
        _ => return Err(bad_merge(position)),
    }
    Ok(())
}

fn bad_merge(position: Position) -> SyntaxError {
    SyntaxError::new(
        position,
        "a merge key (`<<`) takes a mapping or a list of mappings",
    )
}

fn too_deep(position: Position) -> SyntaxError {
    SyntaxError::new(
        position,
        format!("collections nested more than {MAX_DEPTH} deep"),
    )
}

/// How much a tree weighs: nodes, scalar bytes, and collection depth.
#[derive(Debug, Default, Clone, Copy)]
struct Size {
    nodes: usize,
    bytes: usize,
    depth: usize,
}

impl Size {
    fn of(node: &Node) -> Size {
        let mut size = Size {
            nodes: 1,
            ..Size::default()
        };
        let mut add = |child: &Node| {
            let child = Size::of(child);
            size.nodes += child.nodes;
            size.bytes += child.bytes;
            size.depth = size.depth.max(child.depth + 1);
        };
        match &node.value {
            Value::Null => {}
            Value::Scalar(text) => {
                return Size {
                    bytes: text.len(),
                    ..size
                }
            }
            Value::Seq(items) => {
                items.iter().for_each(&mut add);
                size.depth = size.depth.max(1);
            }
            Value::Map(entries) => {
                for (key, value) in entries {
                    add(key);
                    add(value);
                }
                size.depth = size.depth.max(1);
            }
        }
        size
    }
}

/// A copy of an anchored tree for an alias: every node is placed at the
/// alias, where a problem inside the copy is best reported.
fn copy_at(node: &Node, position: Position) -> Node {
    let value = match &node.value {
        Value::Null => Value::Null,
        Value::Scalar(text) => Value::Scalar(text.clone()),
        Value::Seq(items) => Value::Seq(items.iter().map(|item| copy_at(item, position)).collect()),
        Value::Map(entries) => Value::Map(
            entries
                .iter()
                .map(|(key, value)| (copy_at(key, position), copy_at(value, position)))
                .collect(),
        ),
    };
    Node { value, position }
}

/// Whether two trees hold the same data, wherever they are.
fn same_value(a: &Node, b: &Node) -> bool {
    match (&a.value, &b.value) {
        (Value::Null, Value::Null) => true,
        (Value::Scalar(a), Value::Scalar(b)) => a == b,
        (Value::Seq(a), Value::Seq(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_value(a, b))
        }
        (Value::Map(a), Value::Map(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|((ak, av), (bk, bv))| same_value(ak, bk) && same_value(av, bv))
        }
        _ => false,
    }
}

/// A text that two keys share exactly when `same_value` holds, for hashing.
fn canonical(node: &Node) -> String {
    fn write(node: &Node, out: &mut String) {
        match &node.value {
            Value::Null => out.push('~'),
            Value::Scalar(text) => {
                out.push_str(&text.len().to_string());
                out.push(':');
                out.push_str(text);
            }
            Value::Seq(items) => {
                out.push('[');
                items.iter().for_each(|item| write(item, out));
                out.push(']');
            }
            Value::Map(entries) => {
                out.push('{');
                for (key, value) in entries {
                    write(key, out);
                    write(value, out);
                }
                out.push('}');
            }
        }
    }
    let mut out = String::new();
    write(node, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_keep_their_line_and_column() {
        let node = parse("people:\n  - id: kim\n    name: Kim\n").unwrap();
        let Value::Map(entries) = &node.value else {
            panic!("expected a mapping")
        };
        let Value::Seq(people) = &entries[0].1.value else {
            panic!("expected a list")
        };
        let Value::Map(fields) = &people[0].value else {
            panic!("expected a mapping")
        };
        assert_eq!(fields[1].0.as_str(), Some("name"));
        assert_eq!(fields[1].0.position, Position { line: 3, column: 5 });
        assert_eq!(fields[1].1.as_str(), Some("Kim"));
    }

    #[test]
    fn numbers_and_dates_arrive_as_text() {
        let node = parse("- 2019\n- 2019-09-09\n- true\n").unwrap();
        let Value::Seq(items) = &node.value else {
            panic!("expected a list")
        };
        let texts: Vec<_> = items.iter().map(|item| item.as_str().unwrap()).collect();
        assert_eq!(texts, ["2019", "2019-09-09", "true"]);
    }

    #[test]
    fn yaml_1_1_booleans_stay_words() {
        let node = parse("- No\n- On\n- yes\n- NO\n").unwrap();
        let Value::Seq(items) = &node.value else {
            panic!("expected a list")
        };
        let texts: Vec<_> = items.iter().map(|item| item.as_str().unwrap()).collect();
        assert_eq!(texts, ["No", "On", "yes", "NO"]);
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let error = parse("people:\n  - id: [unclosed\n").unwrap_err();
        assert!(error.position.line >= 2, "{error:?}");
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut bomb = String::from(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        );
        let mut previous = 'a';
        for name in "bcdefghi".chars() {
            bomb.push_str(&format!(
                "{name}: &{name} [*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous}]\n"
            ));
            previous = name;
        }
        assert!(parse(&bomb).is_err());
    }

    /// A compact rendering of a tree: `line:column` and the value.
    fn show(node: &Node) -> String {
        let at = format!("{}:{}", node.position.line, node.position.column);
        match &node.value {
            Value::Null => format!("{at} ~"),
            Value::Scalar(text) => format!("{at} {text:?}"),
            Value::Seq(items) => {
                let items: Vec<String> = items.iter().map(show).collect();
                format!("{at} [{}]", items.join(", "))
            }
            Value::Map(entries) => {
                let entries: Vec<String> = entries
                    .iter()
                    .map(|(key, value)| format!("{}: {}", show(key), show(value)))
                    .collect();
                format!("{at} {{{}}}", entries.join(", "))
            }
        }
    }

    fn error(text: &str) -> SyntaxError {
        parse(text).expect_err("expected a syntax error")
    }

    #[test]
    fn empty_text_is_null_at_the_start() {
        for text in ["", "  \n\n\t\n"] {
            assert_eq!(show(&parse(text).unwrap()), "1:1 ~");
        }
    }

    #[test]
    fn plain_nulls_are_null_and_quoted_ones_text() {
        let node = parse(
            "- ~\n- null\n- NULL\n-\n- 'null'\n- \"~\"\n- ''\n- !!null x\n- !!str null\n- !!str\n",
        )
        .unwrap();
        assert_eq!(
            show(&node),
            r#"1:1 [1:3 ~, 2:3 ~, 3:3 ~, 4:2 ~, 5:3 "null", 6:3 "~", 7:3 "", 8:10 ~, 9:9 "null", 10:8 ""]"#
        );
    }

    #[test]
    fn scalars_keep_their_spelling() {
        let node = parse("[0x1F, 1e3, 1.50, +1, 1_000, .inf, True, 007, !!int 12]").unwrap();
        let Value::Seq(items) = &node.value else {
            panic!("expected a list")
        };
        let texts: Vec<_> = items.iter().map(|item| item.as_str().unwrap()).collect();
        assert_eq!(
            texts,
            ["0x1F", "1e3", "1.50", "+1", "1_000", ".inf", "True", "007", "12"]
        );
    }

    #[test]
    fn nested_block_nodes_have_their_positions() {
        let node = parse("people:\n  - id: kim\n    roles:\n      - title: Envoy\n        from: 2019\n  -\n    id: lee\n").unwrap();
        assert_eq!(
            show(&node),
            r#"1:1 {1:1 "people": 2:3 [2:5 {2:5 "id": 2:9 "kim", 3:5 "roles": 4:7 [4:9 {4:9 "title": 4:16 "Envoy", 5:9 "from": 5:15 "2019"}]}, 7:5 {7:5 "id": 7:9 "lee"}]}"#
        );
    }

    #[test]
    fn flow_collections_start_at_their_bracket() {
        let node = parse("a: {b: [x, 'y', {c: d}], e: []}\n").unwrap();
        assert_eq!(
            show(&node),
            r#"1:1 {1:1 "a": 1:4 {1:5 "b": 1:8 [1:9 "x", 1:12 "y", 1:17 {1:18 "c": 1:21 "d"}], 1:26 "e": 1:29 []}}"#
        );
    }

    #[test]
    fn multi_line_scalars_start_where_their_text_does() {
        let node = parse("a: |\n  one\n  two\nb: >-\n  folded\n  text\nc: \"multi\n  line\"\nd: plain\n  continued\n").unwrap();
        assert_eq!(
            show(&node),
            r#"1:1 {1:1 "a": 2:3 "one\ntwo\n", 4:1 "b": 5:3 "folded text", 7:1 "c": 7:4 "multi line", 9:1 "d": 9:4 "plain continued"}"#
        );
    }

    #[test]
    fn aliases_expand_to_copies_placed_at_the_alias() {
        let node = parse("a: &x [1, {k: v}]\nb: *x\nc: &s word\nd: *s\n").unwrap();
        assert_eq!(
            show(&node),
            r#"1:1 {1:1 "a": 1:7 [1:8 "1", 1:11 {1:12 "k": 1:15 "v"}], 2:1 "b": 2:4 [2:4 "1", 2:4 {2:4 "k": 2:4 "v"}], 3:1 "c": 3:7 "word", 4:1 "d": 4:4 "word"}"#
        );
    }

    #[test]
    fn an_alias_names_the_latest_anchor_of_that_name() {
        let node = parse("a: &x 1\nb: &x 2\nc: *x\n").unwrap();
        assert_eq!(
            show(&node),
            r#"1:1 {1:1 "a": 1:7 "1", 2:1 "b": 2:7 "2", 3:1 "c": 3:4 "2"}"#
        );
    }

    #[test]
    fn unknown_and_recursive_aliases_are_errors() {
        assert_eq!(
            error("a: *nowhere\n").position,
            Position { line: 1, column: 4 }
        );
        let recursive = error("a: &r [*r]\n");
        assert_eq!(recursive.position, Position { line: 1, column: 8 });
        assert!(recursive.message.contains("contains it"), "{recursive:?}");
    }

    #[test]
    fn alias_bomb_stops_at_the_budget() {
        let bomb = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/gazetteer/bomb/bomb.yaml"
        ))
        .unwrap();
        let error = error(&bomb);
        assert!(error.message.contains("alias bomb"), "{error:?}");
        // A long scalar aliased many times is refused by its bytes.
        let mut text = format!("a: &a {}\nb: [", "x".repeat(1 << 20));
        text.push_str(&vec!["*a"; 100].join(", "));
        text.push_str("]\n");
        assert!(error_message(&text).contains("alias bomb"));
    }

    fn error_message(text: &str) -> String {
        error(text).message
    }

    #[test]
    fn merge_keys_add_the_keys_not_already_set() {
        let node = parse(
            "base: &b {x: 1, y: 2}\nmore: {z: 3}\nderived:\n  <<: [*b, {x: 9, w: 4}]\n  y: 5\n",
        )
        .unwrap();
        let Value::Map(entries) = &node.value else {
            panic!("expected a mapping")
        };
        assert_eq!(
            show(&entries[2].1),
            r#"4:3 {5:3 "y": 5:6 "5", 4:8 "x": 4:8 "1", 4:19 "w": 4:22 "4"}"#
        );
        assert!(error_message("<<: 3\n").contains("merge key"));
        // A quoted `<<` is an ordinary key.
        assert_eq!(
            show(&parse("'<<': 1\n").unwrap()),
            r#"1:1 {1:1 "<<": 1:7 "1"}"#
        );
    }

    #[test]
    fn duplicate_keys_are_errors_at_the_second_key() {
        let error = error("a: 1\nb: 2\na: 3\n");
        assert_eq!(error.position, Position { line: 3, column: 1 });
        assert_eq!(error.message, "duplicate key `a`");
        assert!(parse("{x: {a: 1, a: 2}}").is_err());
        assert!(parse("? [a]\n: 1\n? [a]\n: 2\n").is_err());
        // Large mappings look keys up by hash rather than by scanning.
        let mut big: String = (0..40).map(|n| format!("k{n}: v\n")).collect();
        assert!(parse(&big).is_ok());
        big.push_str("k7: again\n");
        assert_eq!(error_message(&big), "duplicate key `k7`");
    }

    #[test]
    fn a_second_document_is_an_error() {
        let error = error("a: 1\n---\nb: 2\n");
        assert_eq!(error.position, Position { line: 2, column: 1 });
        assert!(error.message.contains("second YAML document"));
        // Explicit markers around a single document are fine.
        assert_eq!(
            show(&parse("---\na: 1\n...\n").unwrap()),
            r#"2:1 {2:1 "a": 2:4 "1"}"#
        );
    }

    #[test]
    fn deep_nesting_is_refused() {
        let deep = format!("{}{}", "[".repeat(65), "]".repeat(65));
        assert!(error_message(&deep).contains("nested more than 64"));
        let fine = format!("{}{}", "[".repeat(64), "]".repeat(64));
        assert!(parse(&fine).is_ok());
        // Aliases cannot stack anchored trees beyond the limit either.
        let nested = |inner: &str| format!("{}{inner}{}", "[".repeat(40), "]".repeat(40));
        let text = format!("a: &a {}\nb: {}\n", nested("x"), nested("*a"));
        assert!(error_message(&text).contains("nested more than 64"));
    }

    #[test]
    fn syntax_errors_are_one_line_with_a_position() {
        let error = error("people:\n  - id: a\n    name: [A\n");
        assert_eq!(error.position.line, 3, "{error:?}");
        assert_eq!(error.message, "unclosed bracket '['");
        let error = super::tests::error("a: b: c\n");
        assert_eq!(error.position, Position { line: 1, column: 5 });
        assert!(!error.message.contains('\n'));
    }
}
