//! `dipkb extract`: meetings from articles, without touching the store.

use super::{input, output, Context, UsageError};
use anyhow::Result;
use dipkb::article::parse_date;
use dipkb::tagger::Scratch;
use dipkb::views as json;
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
const CHUNK: usize = 256;

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
    let mut out = output::stdout();
    let mut failed = 0;
    super::tag::read_in_chunks(&inputs, CHUNK, |mut chunk| {
        let rendered: Vec<Option<Vec<u8>>> = chunk
            .par_iter_mut()
            .map_init(Scratch::default, |scratch, article| {
                let article = article.as_mut().ok()?;
                if article.date.is_none() {
                    article.date = date;
                }
                let extraction = extractor.extract(article, scratch);
                let value = json::extraction(&extractor.gazetteer, article, &extraction);
                let mut line = if args.jsonl {
                    serde_json::to_vec(&value)
                } else {
                    serde_json::to_vec_pretty(&value)
                }
                .expect("views have string keys only");
                line.push(b'\n');
                Some(line)
            })
            .collect();
        for (article, rendered) in chunk.iter().zip(rendered) {
            match (article, rendered) {
                (Err(error), _) => {
                    eprintln!("dipkb: {error}");
                    failed += 1;
                }
                (Ok(_), Some(line)) => out.write_all(&line)?,
                (Ok(_), None) => {}
            }
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
