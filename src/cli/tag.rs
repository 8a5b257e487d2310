//! `dipkb tag`: the names dipkb finds, marked in the text or as JSON.

use super::{input, output, Context};
use dipkb::views as json;
use anyhow::{Context as _, Result};
use dipkb::article::Article;
use dipkb::resolve::{Mention, Options};
use dipkb::tagger::Scratch;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Articles: text or Markdown files, JSON Lines with --jsonl, `-` for stdin.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Print `{"article":..., "mentions":[...]}` per article.
    #[arg(long)]
    json: bool,
    /// Read JSON Lines articles and write one JSON line of mentions per article.
    #[arg(long)]
    jsonl: bool,
}

pub fn run(args: Args, context: &Context) -> Result<ExitCode> {
    let extractor = context.extractor()?;
    let inputs = input::expand(&args.files, args.jsonl)?;
    let mut out = output::stdout();
    let mut scratch = Scratch::default();
    let color = output::use_color();
    let mut failed = 0;
    for item in &inputs {
        input::read(item, |article| {
            let article = match article {
                Ok(article) => article,
                Err(error) => {
                    eprintln!("dipkb: {error}");
                    failed += 1;
                    return Ok(());
                }
            };
            let (_, mentions) = extractor.mentions(&article, &mut scratch, Options::default());
            let gazetteer = &extractor.gazetteer;
            if args.json || args.jsonl {
                let value = serde_json::json!({
                    "article": json::article(&article),
                    "mentions": json::mentions(gazetteer, &article, &mentions),
                });
                if args.jsonl {
                    serde_json::to_writer(&mut out, &value)?;
                } else {
                    serde_json::to_writer_pretty(&mut out, &value)?;
                }
                writeln!(out)?;
            } else {
                marked(&mut out, extractor, &article, &mentions, color)?;
            }
            Ok(())
        })
        .with_context(|| "writing tagged text")?;
    }
    out.flush()?;
    Ok(if failed > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// The text with each mention marked: coloured on a terminal, otherwise
/// `[Takizaki Shigeki](person:takizaki-shigeki)`.
fn marked(
    out: &mut dyn Write,
    extractor: &dipkb::extract::Extractor,
    article: &Article,
    mentions: &[Mention],
    color: bool,
) -> Result<()> {
    let body = &article.body;
    let gazetteer = &extractor.gazetteer;
    let mut position = 0;
    for mention in mentions {
        out.write_all(body[position..mention.span.start].as_bytes())?;
        let text = &body[mention.span.clone()];
        let label = match mention.entity {
            Some(entity) => format!("{}:{}", mention.kind, gazetteer.id(entity)),
            None => {
                let candidates: Vec<&str> = mention.candidates.iter().map(|&entity| gazetteer.id(entity)).collect();
                format!("{}:{}?{}", mention.kind, mention.resolved_by.as_str(), candidates.join("|"))
            }
        };
        if color {
            write!(out, "{}{text}{} \x1b[2m({label}){}", output::kind_color(mention.kind.as_str()), output::RESET, output::RESET)?;
        } else {
            write!(out, "[{text}]({label})")?;
        }
        position = mention.span.end;
    }
    out.write_all(body[position..].as_bytes())?;
    if !body.ends_with('\n') {
        writeln!(out)?;
    }
    Ok(())
}
