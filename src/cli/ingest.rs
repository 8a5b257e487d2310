//! `dipkb ingest`: store articles and the meetings they report.

use super::{input, Context};
use anyhow::{Context as _, Result};
use dipkb::article::Article;
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
    let mut batch: Vec<Article> = Vec::with_capacity(args.batch.max(1));
    let mut seen_in_run: HashSet<String> = HashSet::new();
    let mut commit = |batch: &mut Vec<Article>, total: &mut BatchSummary| -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        // Skip what the store already has before spending time extracting it.
        let hashes: Vec<String> = batch.iter().map(|article| content_hash(&article.body)).collect();
        let known = store.known_hashes(&hashes)?;
        let mut fresh: Vec<Article> = Vec::with_capacity(batch.len());
        for (article, hash) in batch.drain(..).zip(hashes) {
            if known.contains(&hash) || !seen_in_run.insert(hash) {
                total.duplicates += 1;
            } else {
                fresh.push(article);
            }
        }
        let extracted: Vec<_> = fresh
            .into_par_iter()
            .map_init(Scratch::default, |scratch, article| {
                let extraction = extractor.extract(&article, scratch);
                (article, extraction)
            })
            .collect();
        let summary = store
            .ingest(&extractor.gazetteer, &extracted)
            .context("writing a batch to the store")?;
        *total += summary;
        progress.inc(extracted.len() as u64);
        Ok(())
    };
    for item in &inputs {
        input::read(item, |article| {
            match article {
                Ok(mut article) => {
                    if article.date.is_none() {
                        article.date = date;
                    }
                    batch.push(article);
                    if batch.len() >= args.batch.max(1) {
                        commit(&mut batch, &mut total)?;
                    }
                }
                Err(error) => {
                    progress.suspend(|| eprintln!("dipkb: skipped {error}"));
                    failed += 1;
                }
            }
            Ok(())
        })?;
    }
    commit(&mut batch, &mut total)?;
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
    Ok(if failed > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
