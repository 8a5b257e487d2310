//! `dipkb reindex`: re-extract every stored article with the current gazetteer.

use super::Context;
use anyhow::{Context as _, Result};
use dipkb::tagger::Scratch;
use rayon::prelude::*;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args, context: &Context) -> Result<ExitCode> {
    let extractor = context.extractor()?;
    let mut store = context.store()?;
    let summary = store
        .reindex(&extractor.gazetteer, |articles| {
            articles
                .par_iter()
                .map_init(Scratch::default, |scratch, article| {
                    extractor.extract(article, scratch)
                })
                .collect()
        })
        .context("reindexing the store")?;
    eprintln!(
        "reindexed {} articles: {} meetings reported ({} merged)",
        summary.articles, summary.reports, summary.merged
    );
    Ok(ExitCode::SUCCESS)
}
