//! `dipkb ingest`: store articles and the meetings they report.

use super::{input, Context};
use anyhow::{Context as _, Result};
use dipkb::article::Article;
use dipkb::extract::Extraction;
use dipkb::store::{content_hash, BatchSummary};
use dipkb::tagger::Scratch;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

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
}

pub fn run(args: Args, context: &Context) -> Result<ExitCode> {
    let date = match &args.date {
        Some(text) => Some(
            dipkb::article::parse_date(text)
                .ok_or_else(|| super::UsageError(format!("--date `{text}` is not YYYY-MM-DD")))?,
        ),
        None => None,
    };
    let extractor = context.extractor()?;
    let mut store = context.store()?;
    // A second connection answers "is this article stored already?" while
    // the first writes the previous batch (WAL lets readers run beside the
    // writer). An article that slips through is still skipped by the
    // store's own content-hash check.
    let lookup = context.store()?;
    let inputs = input::expand(&args.paths, args.jsonl)?;
    let progress = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos} articles ({per_sec}) {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let mut total = BatchSummary::default();
    let mut failed = 0usize;
    let mut seen_in_run: HashSet<String> = HashSet::new();
    // Batches are extracted on every core while the previous one is being
    // written: the writer thread owns the store and commits one
    // transaction per batch, in input order.
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<(Article, Extraction)>>(1);
    let written = std::thread::scope(|scope| -> Result<BatchSummary> {
        let gazetteer = &extractor.gazetteer;
        let progress = &progress;
        // Named so profiles (`perf report --comm dipkb-writer`) can tell the
        // writer's time from extraction's.
        let writer = std::thread::Builder::new()
            .name("dipkb-writer".into())
            .spawn_scoped(scope, move || -> Result<BatchSummary> {
                let mut written = BatchSummary::default();
                for extracted in receiver {
                    let summary = store
                        .ingest(gazetteer, &extracted)
                        .context("writing a batch to the store")?;
                    written += summary;
                    progress.inc(extracted.len() as u64);
                }
                Ok(written)
            })?;
        let read = super::tag::read_in_chunks(&inputs, args.batch, |chunk| {
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
            // A closed channel means the writer failed; its error is reported below.
            sender
                .send(extracted)
                .map_err(|_| anyhow::anyhow!("the store writer stopped"))
        });
        drop(sender);
        let written = writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        read?;
        Ok(written)
    })?;
    total += written;
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
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
