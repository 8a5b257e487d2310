//! Throughput of the tagger core, the automaton build and extraction.
//!
//! Reads a `make_corpus.py` output directory (`gazetteer/` and
//! `corpus.jsonl`) from `DIPKB_BENCH_CORPUS`, using at most
//! `DIPKB_BENCH_MB` megabytes of article text (default 20). Without the
//! variable it builds a small synthetic gazetteer and corpus, so
//! `cargo bench` runs anywhere in seconds.
//!
//! `load` reads the corpus gazetteer (the built-in one without the
//! variable): YAML parsing, the loader's checks and the index.
//!
//! `plain_scan` is the yardstick from issue 7: one leftmost-longest,
//! ASCII case-insensitive contiguous-NFA scan over the whole text with the
//! word check afterwards.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dipkb::article::Article;
use dipkb::extract::Extractor;
use dipkb::gazetteer::{self, Gazetteer, SourceFile};
use dipkb::tagger::{Scratch, Tagger};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

struct Corpus {
    gazetteer: Gazetteer,
    /// The gazetteer directory read, if the corpus is not synthetic.
    gazetteer_dir: Option<PathBuf>,
    articles: Vec<Article>,
    bytes: u64,
    /// Every alias, as `make_corpus.py` writes `patterns.tsv`.
    patterns: Vec<String>,
}

fn corpus() -> Corpus {
    let limit = std::env::var("DIPKB_BENCH_MB")
        .ok()
        .and_then(|text| text.parse::<f64>().ok())
        .unwrap_or(20.0);
    match std::env::var_os("DIPKB_BENCH_CORPUS") {
        Some(dir) => read_corpus(PathBuf::from(dir), (limit * 1e6) as u64),
        None => synthetic_corpus(),
    }
}

fn read_corpus(dir: PathBuf, limit: u64) -> Corpus {
    let (gazetteer, _) = gazetteer::load_dirs(&[dir.join("gazetteer")], false)
        .expect("loading the corpus gazetteer");
    let text = std::fs::read_to_string(dir.join("corpus.jsonl")).expect("reading corpus.jsonl");
    let mut articles = Vec::new();
    let mut bytes = 0;
    for (number, line) in text.lines().enumerate() {
        if bytes >= limit {
            break;
        }
        let article =
            Article::from_json("corpus.jsonl", number + 1, line).expect("a corpus article");
        bytes += article.body.len() as u64;
        articles.push(article);
    }
    let patterns = std::fs::read_to_string(dir.join("patterns.tsv"))
        .map(|text| {
            text.lines()
                .filter_map(|line| line.split('\t').next())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    Corpus {
        gazetteer,
        gazetteer_dir: Some(dir.join("gazetteer")),
        articles,
        bytes,
        patterns,
    }
}

/// A deterministic gazetteer of 500 people and a few countries, and 2 MB of
/// text that names them among filler words.
fn synthetic_corpus() -> Corpus {
    const FAMILY: &[&str] = &[
        "Kim", "Lee", "Park", "Tanaka", "Suzuki", "Wang", "Zhang", "Meier", "Schmidt", "Dupont",
    ];
    const GIVEN: &[&str] = &[
        "Jung-han", "Min-ji", "Hiroshi", "Yuki", "Wei", "Xiaoming", "Olaf", "Anna", "Pierre",
        "Claire",
    ];
    const FILLER: &[&str] = &[
        "the",
        "minister",
        "met",
        "with",
        "on",
        "Tuesday",
        "in",
        "for",
        "talks",
        "about",
        "trade",
        "and",
        "security",
        "said",
        "a",
        "spokesperson",
        "after",
        "meeting",
        "president",
        "Korea",
        "Japan",
        "US",
        "elections.",
        "Koreana",
    ];
    let mut yaml = String::from(
        "countries:\n  - id: KR\n    name: South Korea\n    aliases: [Korea, ROK]\n  - id: JP\n    name: Japan\n  - id: US\n    name: United States\n    aliases: [US, U.S.]\npeople:\n",
    );
    let mut seed = 1u64;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    let mut names = Vec::new();
    for index in 0..500 {
        let family = FAMILY[index % FAMILY.len()];
        let given = format!(
            "{}{}",
            GIVEN[(index / FAMILY.len()) % GIVEN.len()],
            index / 100
        );
        yaml.push_str(&format!(
            "  - id: p{index}\n    name: {given} {family}\n    family: {family}\n    given: {given}\n"
        ));
        names.push(format!("{given} {family}"));
    }
    let source = SourceFile {
        path: "bench.yaml".into(),
        text: yaml,
        builtin: false,
    };
    let (gazetteer, _) = gazetteer::load(&[source]).expect("the synthetic gazetteer loads");
    let mut articles = Vec::new();
    let mut bytes = 0;
    while bytes < 2_000_000 {
        let mut body = String::new();
        for _ in 0..400 {
            if next() % 12 == 0 {
                body.push_str(&names[next() % names.len()]);
            } else {
                body.push_str(FILLER[next() % FILLER.len()]);
            }
            body.push(' ');
        }
        bytes += body.len() as u64;
        let json =
            serde_json::json!({ "title": "t", "date": "2021-03-19", "text": body }).to_string();
        articles.push(
            Article::from_json("synthetic", articles.len() + 1, &json)
                .expect("a synthetic article"),
        );
    }
    let patterns = names;
    Corpus {
        gazetteer,
        gazetteer_dir: None,
        articles,
        bytes,
        patterns,
    }
}

fn benches(criterion: &mut Criterion) {
    let corpus = corpus();
    let tagger = Tagger::new(&corpus.gazetteer);

    let mut group = criterion.benchmark_group("build");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("load", |bench| match &corpus.gazetteer_dir {
        Some(dir) => bench.iter(|| gazetteer::load_dirs(std::slice::from_ref(dir), false).unwrap()),
        None => bench.iter(|| gazetteer::load(&gazetteer::builtin_sources()).unwrap()),
    });
    group.bench_function("tagger", |bench| {
        bench.iter(|| Tagger::new(black_box(&corpus.gazetteer)))
    });
    group.finish();

    let mut group = criterion.benchmark_group("tag");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10))
        .throughput(Throughput::Bytes(corpus.bytes));
    group.bench_function(BenchmarkId::new("tagger", "one-core"), |bench| {
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        bench.iter(|| {
            let mut count = 0;
            for article in &corpus.articles {
                out.clear();
                tagger.tag_into(&article.body, &mut scratch, &mut out);
                count += out.len();
            }
            count
        })
    });
    if !corpus.patterns.is_empty() {
        let scan = plain_scan(&corpus.patterns);
        group.bench_function(BenchmarkId::new("plain_scan", "one-core"), |bench| {
            bench.iter(|| {
                corpus
                    .articles
                    .iter()
                    .map(|article| scan_count(&scan, &article.body))
                    .sum::<usize>()
            })
        });
    }
    group.finish();

    let extractor = Extractor::new(corpus.gazetteer.clone()).expect("the extractor builds");
    let mut group = criterion.benchmark_group("extract");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10))
        .throughput(Throughput::Bytes(corpus.bytes));
    group.bench_function(BenchmarkId::new("extract", "one-core"), |bench| {
        let mut scratch = Scratch::default();
        bench.iter(|| {
            corpus
                .articles
                .iter()
                .map(|article| extractor.extract(article, &mut scratch).meetings.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

/// The plain scan of issue 7's table: every pattern, folded, in one
/// contiguous NFA, leftmost-longest, ASCII case-insensitive.
fn plain_scan(patterns: &[String]) -> AhoCorasick {
    let mut folded: Vec<String> = patterns
        .iter()
        .map(|pattern| pattern.to_lowercase())
        .collect();
    folded.sort();
    folded.dedup();
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&folded)
        .expect("the plain scan builds")
}

/// Whole-word matches of the plain scan (the word check after the scan).
fn scan_count(scan: &AhoCorasick, text: &str) -> usize {
    let bytes = text.as_bytes();
    let is_word = |offset: usize| {
        bytes
            .get(offset)
            .is_some_and(|byte| byte.is_ascii_alphanumeric() || *byte >= 0x80)
    };
    scan.find_iter(text)
        .filter(|found| {
            let word_before = found.start() > 0 && is_word(found.start() - 1);
            !word_before && !is_word(found.end())
        })
        .count()
}

criterion_group!(tagger_benches, benches);
criterion_main!(tagger_benches);
