//! `dipkb extract`: meetings from articles, without touching the store.

use super::{input, Context, UsageError};
use anyhow::Result;
use dipkb::article::parse_date;
use dipkb::views as json;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Articles: text or Markdown files, JSON Lines with --jsonl, `-` for stdin.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Pretty JSON, one object per article (the default is the same, compact with --jsonl).
    #[arg(long)]
    json: bool,
    /// Read JSON Lines articles and write one JSON line per article.
    #[arg(long)]
    jsonl: bool,
    /// The article date (YYYY-MM-DD) when the front matter has none.
    #[arg(long)]
    date: Option<String>,
    /// Add each article's text (`article.text`), so `ingest --extracted`
    /// can store the output without extracting again.
    #[arg(long)]
    with_text: bool,
}

pub fn run(args: Args, context: &Context) -> Result<ExitCode> {
    let date = match &args.date {
        Some(text) => Some(
            parse_date(text)
                .ok_or_else(|| UsageError(format!("--date `{text}` is not YYYY-MM-DD")))?,
        ),
        None => None,
    };
    let extractor = context.extractor()?;
    let inputs = input::expand(&args.files, args.jsonl)?;
    let fingerprint = dipkb::extracted::fingerprint(&extractor.gazetteer);
    let failed = super::tag::render_in_order(&inputs, |scratch, article| {
        if article.date.is_none() {
            article.date = date;
        }
        let extraction = extractor.extract(article, scratch);
        let value = json::extraction(
            &extractor.gazetteer,
            article,
            &extraction,
            &fingerprint,
            args.with_text,
        );
        let mut line = if args.jsonl {
            serde_json::to_vec(&value)
        } else {
            serde_json::to_vec_pretty(&value)
        }
        .expect("views have string keys only");
        line.push(b'\n');
        line
    })?;
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
