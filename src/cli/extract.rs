//! `dipkb extract`: meetings from articles, without touching the store.

use super::{input, output, Context, UsageError};
use dipkb::views as json;
use anyhow::Result;
use dipkb::article::{parse_date, Article};
use dipkb::tagger::Scratch;
use rayon::prelude::*;
use std::io::Write;
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
}

/// Articles are extracted in chunks of this many, in parallel, and written
/// in input order: memory stays bounded whatever the input size.
const CHUNK: usize = 512;

pub fn run(args: Args, context: &Context) -> Result<ExitCode> {
    let date = match &args.date {
        Some(text) => Some(parse_date(text).ok_or_else(|| UsageError(format!("--date `{text}` is not YYYY-MM-DD")))?),
        None => None,
    };
    let extractor = context.extractor()?;
    let inputs = input::expand(&args.files, args.jsonl)?;
    let mut out = output::stdout();
    let mut failed = 0;
    let mut chunk: Vec<Article> = Vec::with_capacity(CHUNK);
    let flush = |chunk: &mut Vec<Article>, out: &mut dyn Write| -> Result<()> {
        let rendered: Vec<String> = chunk
            .par_iter()
            .map_init(Scratch::default, |scratch, article| {
                let extraction = extractor.extract(article, scratch);
                let value = json::extraction(&extractor.gazetteer, article, &extraction);
                if args.jsonl {
                    serde_json::to_string(&value)
                } else {
                    serde_json::to_string_pretty(&value)
                }
                .expect("JSON values always serialize")
            })
            .collect();
        for line in rendered {
            writeln!(out, "{line}")?;
        }
        chunk.clear();
        Ok(())
    };
    for item in &inputs {
        input::read(item, |article| {
            match article {
                Ok(mut article) => {
                    if article.date.is_none() {
                        article.date = date;
                    }
                    chunk.push(article);
                    if chunk.len() >= CHUNK {
                        flush(&mut chunk, &mut out)?;
                    }
                }
                Err(error) => {
                    eprintln!("dipkb: {error}");
                    failed += 1;
                }
            }
            Ok(())
        })?;
    }
    flush(&mut chunk, &mut out)?;
    out.flush()?;
    Ok(if failed > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
