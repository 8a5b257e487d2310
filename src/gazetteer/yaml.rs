//! A YAML document as a tree of nodes that remember their line and column.
//!
//! The loader walks this tree itself instead of deriving `Deserialize` on the
//! entity types, so that one file yields every problem it has (unknown keys,
//! wrong types, bad dates...) instead of stopping at the first. YAML parsing is
//! confined to this file: replacing the YAML library changes nothing else.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use std::fmt;

/// Where a node starts, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: usize,
    pub column: usize,
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

/// Parses one YAML document. Anchors and aliases are expanded under the YAML
/// library's budget, so an alias bomb is refused rather than exhausting memory.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    if text.trim().is_empty() {
        return Ok(Node {
            value: Value::Null,
            position: Position { line: 1, column: 1 },
        });
    }
    // YAML 1.2 booleans only: `No`, `On`, `Yes` are names and country codes
    // here (No Kwang Chol, Norway's `NO`), never booleans.
    // Large gazetteers (200,000 people) have millions of nodes; the alias
    // limits, which stop alias bombs, stay at the library's defaults, and
    // the file-size cap in `load` bounds the rest.
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = 64_000_000;
    budget.max_nodes = 16_000_000;
    budget.max_total_scalar_bytes = 256 * 1024 * 1024;
    let options = serde_saphyr::options! {
        strict_booleans: true,
        leading_zero_numbers_as_strings: true,
        budget: Some(budget),
    };
    match serde_saphyr::from_str_with_options::<Spanned<RawValue>>(text, options) {
        Ok(spanned) => Ok(into_node(spanned)),
        Err(error) => {
            let position = error
                .location()
                .map(|location| Position {
                    line: location.line() as usize,
                    column: location.column() as usize,
                })
                .unwrap_or_default();
            let message = error.to_string();
            // The library's message may repeat the position and quote the
            // source; keep its first line, which says what is wrong.
            let message = message.lines().next().unwrap_or("invalid YAML").to_string();
            Err(SyntaxError { position, message })
        }
    }
}

fn into_node(spanned: Spanned<RawValue>) -> Node {
    let position = Position {
        line: spanned.referenced.line() as usize,
        column: spanned.referenced.column() as usize,
    };
    let value = match spanned.value {
        RawValue::Null => Value::Null,
        RawValue::Scalar(text) => Value::Scalar(text),
        RawValue::Seq(items) => Value::Seq(items.into_iter().map(into_node).collect()),
        RawValue::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(key, value)| (into_node(key), into_node(value)))
                .collect(),
        ),
    };
    Node { value, position }
}

enum RawValue {
    Null,
    Scalar(String),
    Seq(Vec<Spanned<RawValue>>),
    Map(Vec<(Spanned<RawValue>, Spanned<RawValue>)>),
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = RawValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawValue, E> {
        Ok(RawValue::Scalar(v.to_string()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawValue, E> {
        Ok(RawValue::Scalar(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawValue, E> {
        Ok(RawValue::Scalar(v.to_string()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<RawValue, E> {
        Ok(RawValue::Scalar(v.to_string()))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<RawValue, E> {
        Ok(RawValue::Scalar(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawValue, E> {
        Ok(RawValue::Scalar(v.to_string()))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawValue, E> {
        Ok(RawValue::Scalar(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<RawValue, E> {
        Ok(RawValue::Scalar(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<RawValue, E> {
        Ok(RawValue::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<RawValue, E> {
        Ok(RawValue::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<RawValue, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawValue, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<RawValue>>()? {
            items.push(item);
        }
        Ok(RawValue::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<Spanned<RawValue>, Spanned<RawValue>>()? {
            entries.push((key, value));
        }
        Ok(RawValue::Map(entries))
    }
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
}
