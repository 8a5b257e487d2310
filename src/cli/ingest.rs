//! `dipkb ingest`: store articles and the meetings they report.

use super::input::{self, Input};
use super::{Context, UsageError};
use anyhow::{Context as _, Result};
use dipkb::article::Article;
use dipkb::extract::Extraction;
use dipkb::extracted::RecordError;
use dipkb::store::{content_hash, BatchSummary, Store};
use dipkb::tagger::Scratch;
use dipkb::Gazetteer;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::SyncSender;

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (searched for .txt, .md, .jsonl) or `-` for stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Treat stdin and files as JSON Lines.
    #[arg(long)]
    jsonl: bool,
    /// The article date (YYYY-MM-DD) for articles whose front matter has none.
    #[arg(long)]
    date: Option<String>,
    /// Articles per transaction.
    #[arg(long, default_value_t = 2000)]
    batch: usize,
    /// The paths are `extract --jsonl --with-text` output (made here or on a
    /// cluster): store those articles and meetings without extracting again.
    #[arg(long, conflicts_with_all = ["jsonl", "date"])]
    extracted: bool,
    /// With --extracted: store records made with another gazetteer than
    /// this one (a warning, not an error).
    #[arg(long, requires = "extracted")]
    force: bool,
}

pub fn run(args: Args, context: &Context) -> Result<ExitCode> {
    if args.extracted {
        return run_extracted(args, context);
    }
    let date = match &args.date {
        Some(text) => Some(
            dipkb::article::parse_date(text)
                .ok_or_else(|| UsageError(format!("--date `{text}` is not YYYY-MM-DD")))?,
        ),
        None => None,
    };
    let extractor = context.extractor()?;
    let store = context.store()?;
    // A second connection answers "is this article stored already?" while
    // the first writes the previous batch (WAL lets readers run beside the
    // writer). An article that slips through is still skipped by the
    // store's own content-hash check.
    let lookup = context.store()?;
    let inputs = input::expand(&args.paths, args.jsonl)?;
    let progress = progress_bar();
    let mut total = BatchSummary::default();
    let mut failed = 0usize;
    let mut seen_in_run: HashSet<String> = HashSet::new();
    // Batches are extracted on every core while the previous one is being
    // written.
    let written = write_batches(store, &extractor.gazetteer, &progress, |sender| {
        super::tag::read_in_chunks(&inputs, args.batch, |chunk| {
            let mut articles = Vec::with_capacity(chunk.len());
            for article in chunk {
                match article {
                    Ok(mut article) => {
                        if article.date.is_none() {
                            article.date = date;
                        }
                        articles.push(article);
                    }
                    Err(error) => {
                        progress.suspend(|| eprintln!("dipkb: skipped {error}"));
                        failed += 1;
                    }
                }
            }
            // Skip what the store already has before spending time extracting it.
            let hashes: Vec<String> = articles
                .par_iter()
                .map(|article| content_hash(&article.body))
                .collect();
            let known = lookup.known_hashes(&hashes)?;
            let mut fresh: Vec<Article> = Vec::with_capacity(articles.len());
            for (article, hash) in articles.into_iter().zip(hashes) {
                if known.contains(&hash) || !seen_in_run.insert(hash) {
                    total.duplicates += 1;
                } else {
                    fresh.push(article);
                }
            }
            if fresh.is_empty() {
                return Ok(());
            }
            let extracted: Vec<(Article, Extraction)> = fresh
                .into_par_iter()
                .map_init(Scratch::default, |scratch, article| {
                    let extraction = extractor.extract(&article, scratch);
                    (article, extraction)
                })
                .collect();
            send(sender, extracted)
        })
    })?;
    total += written;
    Ok(finish(&progress, total, failed))
}

/// `ingest --extracted`: reads `extract --jsonl --with-text` records (in
/// parallel, a batch at a time), checks each was made with this gazetteer,
/// and stores them as a direct ingest would have. A record that cannot be
/// read is skipped and reported with its file and line (exit code 2); a
/// record made with another gazetteer stops the run before its batch is
/// written (batches already written stay: they are complete and a rerun
/// skips them), unless `--force`.
fn run_extracted(args: Args, context: &Context) -> Result<ExitCode> {
    let extractor = context.extractor()?;
    let gazetteer = &extractor.gazetteer;
    let ours = dipkb::extracted::fingerprint(gazetteer);
    let store = context.store()?;
    // Every path is records, whatever its extension.
    let inputs: Vec<Input> = input::expand(&args.paths, true)?
        .into_iter()
        .map(|item| match item {
            Input::File(path) => Input::Jsonl(path),
            other => other,
        })
        .collect();
    let progress = progress_bar();
    let mut failed = 0usize;
    let mut warned = false;
    let written = write_batches(store, gazetteer, &progress, |sender| {
        super::tag::read_chunks_with(
            &inputs,
            args.batch,
            |item, each| input::read_raw(item, &mut *each),
            |chunk| {
                // --force reads every record and warns about the first
                // foreign one; otherwise a foreign record is refused
                // before its ids are looked up.
                let expected = (!args.force).then_some(ours.as_str());
                let records: Vec<Result<Record, RecordError>> = chunk
                    .into_par_iter()
                    .map(|line| {
                        let line = line?;
                        let record = dipkb::extracted::parse(
                            gazetteer, expected, &line.path, line.line, &line.text,
                        )?;
                        Ok(Record {
                            path: line.path,
                            line: line.line,
                            record,
                        })
                    })
                    .collect();
                let mut batch = Vec::with_capacity(records.len());
                for record in records {
                    let record = match record {
                        Ok(record) => record,
                        Err(RecordError::Bad(error)) => {
                            progress.suspend(|| eprintln!("dipkb: skipped {error}"));
                            failed += 1;
                            continue;
                        }
                        Err(foreign) => {
                            return Err(UsageError(format!(
                                "{foreign}, but this store's gazetteer has fingerprint {ours}; ingest with the --gazetteer and --no-builtin options the extraction used, or give --force to store it anyway"
                            ))
                            .into());
                        }
                    };
                    let theirs = record.record.fingerprint.as_deref();
                    if theirs != Some(ours.as_str()) && !warned {
                        let foreign = RecordError::OtherGazetteer {
                            path: record.path.to_string(),
                            line: record.line,
                            found: theirs.map(str::to_string),
                        };
                        progress.suspend(|| eprintln!("dipkb: warning: {foreign}, but this store's gazetteer has fingerprint {ours}; storing such records anyway (--force) when every id they name is in this gazetteer"));
                        warned = true;
                    }
                    batch.push((record.record.article, record.record.extraction));
                }
                if batch.is_empty() {
                    return Ok(());
                }
                send(sender, batch)
            },
        )
    })?;
    Ok(finish(&progress, written, failed))
}

/// A record with where it was read.
struct Record {
    path: std::sync::Arc<str>,
    line: usize,
    record: dipkb::extracted::Record,
}

type Batch = Vec<(Article, Extraction)>;

/// A spinner with the rate on a terminal, nothing otherwise.
fn progress_bar() -> ProgressBar {
    if std::io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos} articles ({per_sec}) {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar
    } else {
        ProgressBar::hidden()
    }
}

/// Runs `produce`, which sends batches of extracted articles, beside a
/// writer thread that owns the store and commits one transaction per
/// batch, in the order sent. Returns what the writer stored.
fn write_batches(
    mut store: Store,
    gazetteer: &Gazetteer,
    progress: &ProgressBar,
    produce: impl FnOnce(&SyncSender<Batch>) -> Result<()>,
) -> Result<BatchSummary> {
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Batch>(1);
    std::thread::scope(|scope| -> Result<BatchSummary> {
        // Named so profiles (`perf report --comm dipkb-writer`) can tell the
        // writer's time from extraction's.
        let writer = std::thread::Builder::new()
            .name("dipkb-writer".into())
            .spawn_scoped(scope, move || -> Result<BatchSummary> {
                let mut written = BatchSummary::default();
                for batch in receiver {
                    let summary = store
                        .ingest(gazetteer, &batch)
                        .context("writing a batch to the store")?;
                    written += summary;
                    progress.inc(batch.len() as u64);
                }
                Ok(written)
            })?;
        let produced = produce(&sender);
        drop(sender);
        let written = writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        produced?;
        Ok(written)
    })
}

fn send(sender: &SyncSender<Batch>, batch: Batch) -> Result<()> {
    // A closed channel means the writer failed; its error is reported instead.
    sender
        .send(batch)
        .map_err(|_| anyhow::anyhow!("the store writer stopped"))
}

/// Prints the run's summary; exit code 2 when some articles were skipped.
fn finish(progress: &ProgressBar, total: BatchSummary, failed: usize) -> ExitCode {
    progress.finish_and_clear();
    eprintln!(
        "ingested {} article{}, {} skipped, {} already stored, {} meeting{} ({} merged)",
        total.articles,
        if total.articles == 1 { "" } else { "s" },
        failed,
        total.duplicates,
        total.reports,
        if total.reports == 1 { "" } else { "s" },
        total.merged
    );
    if failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
