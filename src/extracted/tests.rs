//! Records read back give exactly what extraction gave, and damaged or
//! foreign records are refused with the reason.

use super::*;
use crate::extract::Extractor;
use crate::gazetteer::{builtin_sources, load};
use crate::tagger::Scratch;
use std::path::Path;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| {
    let (gazetteer, _) = load(&builtin_sources()).unwrap();
    Extractor::new(gazetteer).unwrap()
});

/// Every article of the repository's test data, parsed as `extract` reads it.
fn articles() -> Vec<Article> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut articles = Vec::new();
    for dir in ["data/articles", "tests/data/articles", "tests/data/merge"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            articles.push(Article::parse(&path.display().to_string(), &text).unwrap());
        }
    }
    assert!(articles.len() > 20);
    articles
}

/// The `extract --jsonl --with-text` line for an article.
fn line(article: &Article) -> (String, Extraction) {
    let extractor = &*EXTRACTOR;
    let extraction = extractor.extract(article, &mut Scratch::default());
    let print = fingerprint(&extractor.gazetteer);
    let view = crate::views::extraction(&extractor.gazetteer, article, &extraction, &print, true);
    (serde_json::to_string(&view).unwrap(), extraction)
}

#[test]
fn records_read_back_equal_the_extraction() {
    let gazetteer = &EXTRACTOR.gazetteer;
    let mut meetings = 0;
    let mut titled = 0;
    for article in articles() {
        let (json, extraction) = line(&article);
        let print = fingerprint(gazetteer);
        let record = parse(gazetteer, Some(&print), "x.jsonl", 1, &json).unwrap();
        assert_eq!(
            record.fingerprint.as_deref(),
            Some(fingerprint(gazetteer).as_str())
        );
        assert_eq!(record.article.body, article.body);
        assert_eq!(record.article.path, article.path);
        assert_eq!(record.article.title, article.title);
        assert_eq!(record.article.date, article.date);
        assert_eq!(record.article.source, article.source);
        assert_eq!(record.article.url, article.url);
        assert_eq!(record.article.country, article.country);
        assert_eq!(record.article.noise, article.noise);
        assert_eq!(record.extraction.sentences, extraction.sentences);
        assert_eq!(
            record.extraction.mentions, extraction.mentions,
            "{}",
            article.path
        );
        assert_eq!(
            record.extraction.meetings, extraction.meetings,
            "{}",
            article.path
        );
        meetings += extraction.meetings.len();
        titled += extraction
            .mentions
            .iter()
            .filter(|m| m.title.is_some())
            .count();
    }
    // The data exercises what the reader rebuilds.
    assert!(meetings > 20, "{meetings} meetings");
    assert!(titled > 0, "no mention with a title");
}

#[test]
fn the_fingerprint_follows_the_content_not_the_place() {
    let (gazetteer, _) = load(&builtin_sources()).unwrap();
    let print = fingerprint(&gazetteer);
    assert_eq!(print.len(), 32);
    let mut moved = gazetteer.clone();
    moved.people[0].common.origin.path = "/elsewhere/people.yaml".into();
    assert_eq!(fingerprint(&moved), print);
    let mut renamed = gazetteer.clone();
    renamed.people[0].common.aliases.push("Someone Else".into());
    assert_ne!(fingerprint(&renamed), print);
    let mut lexicon = gazetteer.clone();
    lexicon.lexicon.titles.push("Grand Vizier".into());
    assert_ne!(fingerprint(&lexicon), print);
}

fn error(json: &str) -> String {
    parse(&EXTRACTOR.gazetteer, None, "out.jsonl", 7, json)
        .unwrap_err()
        .to_string()
}

#[test]
fn damaged_records_are_refused_with_file_line_and_reason() {
    let article = articles()
        .into_iter()
        .find(|a| a.path.contains("seed") || a.body.contains("Takizaki"))
        .unwrap();
    let (json, _) = line(&article);
    assert!(error("{not json").starts_with("out.jsonl:7: not an extraction record"));
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["article"].as_object_mut().unwrap().remove("text");
    assert!(error(&value.to_string()).contains("extract with `--with-text`"));

    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let text = value["article"]["text"]
        .as_str()
        .unwrap()
        .replacen("Takizaki", "Takisaki", 1);
    value["article"]["text"] = text.into();
    assert!(error(&value.to_string()).contains("the record was altered"));

    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["mentions"][0]["start"] = 1.into();
    assert!(error(&value.to_string()).contains("is not what the text has there"));

    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["meetings"][0]["participants"][0]["id"] = "nobody-at-all".into();
    let message = error(&value.to_string());
    assert!(message.contains("no person `nobody-at-all`"), "{message}");
}

#[test]
fn a_record_of_another_gazetteer_is_refused_before_its_ids_are_read() {
    let article = articles().remove(0);
    let (json, _) = line(&article);
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["meetings"][0]["participants"][0]["id"] = "nobody-at-all".into();
    value["gazetteer_fingerprint"] = "0123".into();
    let refused = |value: &serde_json::Value| {
        parse(
            &EXTRACTOR.gazetteer,
            Some("abcd"),
            "out.jsonl",
            3,
            &value.to_string(),
        )
        .unwrap_err()
    };
    let error = refused(&value);
    assert!(
        matches!(&error, RecordError::OtherGazetteer { found: Some(found), .. } if found == "0123")
    );
    assert_eq!(
        error.to_string(),
        "out.jsonl:3: extracted with a gazetteer with fingerprint 0123"
    );
    value
        .as_object_mut()
        .unwrap()
        .remove("gazetteer_fingerprint");
    assert!(refused(&value)
        .to_string()
        .ends_with("an unknown gazetteer (no `gazetteer_fingerprint`)"));
}
