//! Articles: front matter, body text, and the web-page leftovers in it.
//!
//! The body is kept exactly as read so that every offset dipkb reports is an
//! offset into the file after its front matter; leftovers (navigation,
//! share buttons, copyright lines, photo credits, bylines) are marked as
//! spans to skip rather than cut out.

use crate::calendar::PartialDate;
use crate::gazetteer::yaml::{self, Value};
use chrono::NaiveDate;
use std::ops::Range;

/// One article, ready to segment and tag.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// Where it came from (a file path, `-` for stdin, `FILE:LINE` for JSON Lines).
    pub path: String,
    pub title: Option<String>,
    /// Publication date: anchors "on the 29th", "Friday", "yesterday".
    pub date: Option<NaiveDate>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Home country of the outlet: the default for ambiguous names.
    pub country: Option<String>,
    /// The body after front matter, as read.
    pub body: String,
    /// Lines of front matter before the body, to turn body lines into file lines.
    pub body_line_offset: usize,
    /// Byte ranges of `body` that are page furniture, not news.
    pub noise: Vec<Range<usize>>,
}

/// The article could not be read; says which line and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{line}: {message}")]
pub struct ArticleError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

/// Largest article accepted, in bytes. News stories are a few kilobytes; a
/// larger file is almost always a dump that should be JSON Lines.
pub const MAX_ARTICLE_BYTES: usize = 64 * 1024 * 1024;

impl Article {
    /// Parses a text or Markdown file with optional YAML front matter.
    pub fn parse(path: &str, text: &str) -> Result<Article, ArticleError> {
        if text.len() > MAX_ARTICLE_BYTES {
            return Err(ArticleError {
                path: path.to_string(),
                line: 1,
                message: format!(
                    "article is {} bytes, over the {MAX_ARTICLE_BYTES}-byte limit",
                    text.len()
                ),
            });
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut article = Article {
            path: path.to_string(),
            ..Article::default()
        };
        let body = match split_front_matter(text) {
            Some((front, body, lines)) => {
                article.body_line_offset = lines;
                apply_front_matter(&mut article, front)?;
                body
            }
            None => text,
        };
        article.body = body.to_string();
        article.noise = find_noise(&article.body);
        Ok(article)
    }

    /// Parses one JSON Lines record: an object with `text` and the front
    /// matter fields. `line` is the 1-based line number, for messages.
    pub fn from_json(path: &str, line: usize, json: &str) -> Result<Article, ArticleError> {
        let fail = |message: String| ArticleError {
            path: path.to_string(),
            line,
            message,
        };
        // A record is read into borrowed fields, not a `serde_json::Value`:
        // the body is copied once, and nothing else of the line is kept.
        if !json.trim_start().starts_with('{') {
            serde_json::from_str::<serde::de::IgnoredAny>(json)
                .map_err(|error| fail(format!("invalid JSON: {error}")))?;
            return Err(fail("expected a JSON object with a `text` field".into()));
        }
        let record: Record =
            serde_json::from_str(json).map_err(|error| fail(format!("invalid JSON: {error}")))?;
        let text = record
            .text
            .and_then(|text| text.0)
            .ok_or_else(|| fail("missing string field `text`".into()))?;
        let field = |value: Option<Loose>| {
            value
                .and_then(|value| value.0)
                .map(|value| value.into_owned())
                .filter(|value| !value.trim().is_empty())
        };
        let record_path = field(record.path)
            .or_else(|| field(record.id))
            .unwrap_or_else(|| format!("{path}:{line}"));
        let mut article = Article {
            path: record_path,
            title: field(record.title),
            source: field(record.source),
            url: field(record.url),
            country: field(record.country).map(|country| country.to_uppercase()),
            body: text.into_owned(),
            ..Article::default()
        };
        if let Some(date) = field(record.date) {
            article.date = Some(
                parse_date(&date)
                    .ok_or_else(|| fail(format!("`date` is `{date}`, expected YYYY-MM-DD")))?,
            );
        }
        article.noise = find_noise(&article.body);
        Ok(article)
    }
}

/// The fields of a JSON Lines record that dipkb reads; others are skipped.
#[derive(serde::Deserialize)]
struct Record<'a> {
    #[serde(borrow, default)]
    text: Option<Loose<'a>>,
    #[serde(borrow, default)]
    path: Option<Loose<'a>>,
    #[serde(borrow, default)]
    id: Option<Loose<'a>>,
    #[serde(borrow, default)]
    title: Option<Loose<'a>>,
    #[serde(borrow, default)]
    source: Option<Loose<'a>>,
    #[serde(borrow, default)]
    url: Option<Loose<'a>>,
    #[serde(borrow, default)]
    country: Option<Loose<'a>>,
    #[serde(borrow, default)]
    date: Option<Loose<'a>>,
}

/// A field that counts only when it is a string: numbers, lists and nulls
/// are read past, as a record from another tool may carry them.
struct Loose<'a>(Option<std::borrow::Cow<'a, str>>);

impl<'de: 'a, 'a> serde::Deserialize<'de> for Loose<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LooseVisitor(std::marker::PhantomData))
    }
}

struct LooseVisitor<'a>(std::marker::PhantomData<&'a ()>);

impl<'de: 'a, 'a> serde::de::Visitor<'de> for LooseVisitor<'a> {
    type Value = Loose<'a>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Loose<'a>, E> {
        Ok(Loose(Some(std::borrow::Cow::Borrowed(v))))
    }
    fn visit_str<E>(self, v: &str) -> Result<Loose<'a>, E> {
        Ok(Loose(Some(std::borrow::Cow::Owned(v.to_string()))))
    }
    fn visit_string<E>(self, v: String) -> Result<Loose<'a>, E> {
        Ok(Loose(Some(std::borrow::Cow::Owned(v))))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Loose<'a>, E> {
        Ok(Loose(None))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Loose<'a>, E> {
        Ok(Loose(None))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Loose<'a>, E> {
        Ok(Loose(None))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Loose<'a>, E> {
        Ok(Loose(None))
    }
    fn visit_unit<E>(self) -> Result<Loose<'a>, E> {
        Ok(Loose(None))
    }
    fn visit_none<E>(self) -> Result<Loose<'a>, E> {
        Ok(Loose(None))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Loose<'a>, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(Loose(None))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Loose<'a>, A::Error> {
        while map
            .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
            .is_some()
        {}
        Ok(Loose(None))
    }
}

impl Article {
    /// The 1-based line in the file of a byte offset into the body.
    pub fn file_line(&self, offset: usize) -> usize {
        let offset = offset.min(self.body.len());
        self.body_line_offset + self.body[..offset].matches('\n').count() + 1
    }

    /// Is `range` inside page furniture? `noise` is sorted and disjoint.
    pub fn is_noise(&self, range: &Range<usize>) -> bool {
        let after = self
            .noise
            .partition_point(|noise| noise.start <= range.start);
        after > 0 && range.end <= self.noise[after - 1].end
    }
}

/// Splits `---\n...\n---\n` front matter off; returns it, the body and the
/// number of lines the front matter took.
fn split_front_matter(text: &str) -> Option<(&str, &str, usize)> {
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let lines = 2 + front.matches('\n').count();
            return Some((front, body, lines));
        }
        offset += line.len();
    }
    None
}

fn apply_front_matter(article: &mut Article, front: &str) -> Result<(), ArticleError> {
    let fail = |line: usize, message: String| ArticleError {
        path: article.path.clone(),
        line: line + 1,
        message,
    };
    let node = yaml::parse(front).map_err(|error| {
        fail(
            error.position.line.max(1),
            format!("invalid front matter: {}", error.message),
        )
    })?;
    let entries = match node.value {
        Value::Map(entries) => entries,
        Value::Null => return Ok(()),
        _ => return Err(fail(1, "front matter must be `key: value` lines".into())),
    };
    for (key, value) in entries {
        let (Some(key), Some(text)) = (key.as_str(), value.as_str()) else {
            continue;
        };
        let text = text.trim().to_string();
        if text.is_empty() {
            continue;
        }
        match key {
            "title" => article.title = Some(text),
            "source" => article.source = Some(text),
            "url" => article.url = Some(text),
            "country" => article.country = Some(text.to_uppercase()),
            "date" => {
                article.date = Some(parse_date(&text).ok_or_else(|| {
                    fail(
                        value.position.line,
                        format!("`date` is `{text}`, expected YYYY-MM-DD"),
                    )
                })?)
            }
            // Other keys (author, tags...) are the user's own; keep going.
            _ => {}
        }
    }
    Ok(())
}

/// Accepts `2020-10-29` and timestamps that start with it.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let head = text.get(..10).unwrap_or(text);
    let date = PartialDate::parse(head)?;
    NaiveDate::from_ymd_opt(date.year, date.month?, date.day?)
}

/// Short lines that are page furniture, compared case-insensitively.
const FURNITURE: &[&str] = &[
    "본문 바로가기",
    "bar_progress",
    "text size",
    "close",
    "top",
    "share",
    "print",
    "email",
    "e-mail",
    "facebook",
    "twitter",
    "kakaotalk",
    "line",
    "linkedin",
    "copy link",
    "copy url",
    "special coverage",
    "related articles",
    "related stories",
    "related news",
    "most read",
    "most viewed",
    "popular",
    "advertisement",
    "ad",
    "subscribe",
    "sign in",
    "log in",
    "login",
    "menu",
    "search",
    "home",
    "back to top",
    "go to top",
    "read more",
    "more",
    "comments",
    "listen",
    "font size",
    "a a",
    "a+ a-",
    "join us on social!",
    "join us on social",
    "follow us",
    "skip to content",
    "skip to main content",
    "previous",
    "next",
];

/// Longest line that can be page furniture (a copyright notice with the
/// outlet's name and address fits).
const MAX_FURNITURE_BYTES: usize = 400;

fn is_furniture(trimmed: &str) -> bool {
    let lower = trimmed.to_lowercase();
    FURNITURE.contains(&lower.as_str())
        || lower.starts_with('©')
        || lower.starts_with("(c) ")
        || lower.starts_with("copyright")
        || lower.contains("all rights reserved")
        || lower.contains("unauthorized reproduction")
        || lower.starts_with("by ")
            && trimmed.split_whitespace().count() <= 6
            && !trimmed.ends_with('.')
}

/// Finds page furniture: whole lines from `FURNITURE`, copyright lines,
/// photo credits, bracketed bylines (`[Asia Economy Reporter Lim Cheol-young]`)
/// and `By NAME` lines.
pub fn find_noise(body: &str) -> Vec<Range<usize>> {
    let mut noise = Vec::new();
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let content_start = start + (line.len() - line.trim_start().len());
        let content_end = content_start + trimmed.len();
        // Furniture lines are short; a paragraph of news is never one.
        if trimmed.len() <= MAX_FURNITURE_BYTES && is_furniture(trimmed) {
            noise.push(content_start..content_end);
            continue;
        }
        // A bracketed byline opening a paragraph.
        if trimmed.starts_with('[') {
            if let Some(close) = trimmed.find(']') {
                let inner = trimmed[1..close].to_lowercase();
                if inner.contains("reporter")
                    || inner.contains("correspondent")
                    || inner.contains("staff writer")
                {
                    noise.push(content_start..content_start + close + 1);
                }
            }
        }
        // A photo credit closing a caption: `Photo by NAME email@`. Every
        // marker has `hoto` in it, which rules most lines out at once.
        if !trimmed.contains("hoto") {
            continue;
        }
        for marker in [
            "Photo by ",
            "photo by ",
            "Photo: ",
            "(Yonhap photo)",
            "Photo courtesy of ",
        ] {
            if let Some(position) = trimmed.find(marker) {
                let tail = &trimmed[position..];
                if tail.split_whitespace().count() <= 8 {
                    noise.push(content_start + position..content_end);
                    break;
                }
            }
        }
    }
    noise
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_parsed_and_excluded_from_offsets() {
        let text = "---\ntitle: Talks\ndate: 2020-10-29\ncountry: kr\n---\nBody text.\n";
        let article = Article::parse("a.txt", text).unwrap();
        assert_eq!(article.title.as_deref(), Some("Talks"));
        assert_eq!(article.date, NaiveDate::from_ymd_opt(2020, 10, 29));
        assert_eq!(article.country.as_deref(), Some("KR"));
        assert_eq!(article.body, "Body text.\n");
        assert_eq!(article.file_line(0), 6);
    }

    #[test]
    fn bad_front_matter_date_names_the_line() {
        let error = Article::parse("a.txt", "---\ntitle: x\ndate: soon\n---\nBody").unwrap_err();
        assert_eq!(error.line, 3);
        assert!(error.message.contains("soon"));
    }

    #[test]
    fn web_leftovers_are_marked_without_moving_text() {
        let body = "본문 바로가기\nText Size\n\n[Asia Economy Reporter Lim Cheol-young] Talks were held.\nA caption. Photo by Kang Jin-hyung aymsdream@\n© The Asia Business Daily(www.asiae.co.kr). All rights reserved.\nTop";
        let article = Article::parse("a.txt", body).unwrap();
        let marked: Vec<&str> = article
            .noise
            .iter()
            .map(|range| &body[range.clone()])
            .collect();
        assert_eq!(
            marked,
            [
                "본문 바로가기",
                "Text Size",
                "[Asia Economy Reporter Lim Cheol-young]",
                "Photo by Kang Jin-hyung aymsdream@",
                "© The Asia Business Daily(www.asiae.co.kr). All rights reserved.",
                "Top"
            ]
        );
        assert_eq!(article.body, body);
    }

    #[test]
    fn json_lines_record_needs_text() {
        let article = Article::from_json(
            "in.jsonl",
            3,
            r#"{"text":"Hi.","date":"2021-03-18","country":"jp"}"#,
        )
        .unwrap();
        assert_eq!(article.path, "in.jsonl:3");
        assert_eq!(article.country.as_deref(), Some("JP"));
        let error = Article::from_json("in.jsonl", 4, r#"{"title":"x"}"#).unwrap_err();
        assert_eq!(error.to_string(), "in.jsonl:4: missing string field `text`");
    }

    #[test]
    fn json_lines_fields_of_other_types_are_read_past() {
        // Records exported by other tools carry numbers, lists and objects.
        let record = r#"{"id": 17, "title": ["x"], "meta": {"a": [1, {"b": null}]},
            "source": "Yonhap", "date": "2020-10-29", "text": "Kim met \"Takizaki\"."}"#;
        let article = Article::from_json("in.jsonl", 2, record).unwrap();
        assert_eq!(article.path, "in.jsonl:2");
        assert_eq!(article.title, None);
        assert_eq!(article.source.as_deref(), Some("Yonhap"));
        assert_eq!(article.body, "Kim met \"Takizaki\".");
        let error = Article::from_json("in.jsonl", 3, "[1, 2]").unwrap_err();
        assert_eq!(error.message, "expected a JSON object with a `text` field");
        let error = Article::from_json("in.jsonl", 4, r#"{"text": "x""#).unwrap_err();
        assert!(error.message.starts_with("invalid JSON"), "{error}");
    }
}
