//! `dipkb tag`: the names dipkb finds, marked in the text or as JSON.

use super::input::{self, Input};
use super::{output, Context};
use anyhow::{Context as _, Result};
use dipkb::article::{Article, ArticleError};
use dipkb::resolve::{Mention, Options};
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
    /// Print `{"article":..., "mentions":[...]}` per article.
    #[arg(long)]
    json: bool,
    /// Read JSON Lines articles and write one JSON line of mentions per article.
    #[arg(long)]
    jsonl: bool,
}

/// Articles are tagged in chunks of this many, in parallel, and written in
/// input order: memory stays bounded whatever the input size.
pub(super) const CHUNK: usize = 256;

pub fn run(args: Args, context: &Context) -> Result<ExitCode> {
    let extractor = context.extractor()?;
    let inputs = input::expand(&args.files, args.jsonl)?;
    let color = output::use_color();
    let failed = render_in_order(&inputs, |scratch, article| {
        let (_, mentions) = extractor.mentions(article, scratch, Options::default());
        let mut rendered = Vec::with_capacity(article.body.len() / 2);
        if args.json || args.jsonl {
            let value = json::tagged(&extractor.gazetteer, article, &mentions);
            if args.jsonl {
                serde_json::to_writer(&mut rendered, &value)
            } else {
                serde_json::to_writer_pretty(&mut rendered, &value)
            }
            .expect("views have string keys only");
            rendered.push(b'\n');
        } else {
            marked(&mut rendered, extractor, article, &mentions, color)
                .expect("writing to memory does not fail");
        }
        rendered
    })?;
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Renders the articles of every input with `render`, in parallel, and
/// writes them to stdout in input order; articles that could not be read
/// are reported on stderr in the same order. Reading, rendering and
/// writing overlap: each runs on its own thread(s), a chunk apart, so
/// memory stays bounded. Returns how many articles could not be read.
pub(super) fn render_in_order(
    inputs: &[Input],
    render: impl Fn(&mut Scratch, &mut Article) -> Vec<u8> + Sync,
) -> Result<usize> {
    type Rendered = Vec<Result<Vec<u8>, ArticleError>>;
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Rendered>(1);
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || -> Result<usize> {
            let mut out = output::stdout();
            let mut failed = 0;
            for chunk in receiver {
                for item in chunk {
                    match item {
                        Ok(rendered) => out.write_all(&rendered).context("writing output")?,
                        Err(error) => {
                            eprintln!("dipkb: {error}");
                            failed += 1;
                        }
                    }
                }
            }
            out.flush().context("writing output")?;
            Ok(failed)
        });
        let read = read_in_chunks(inputs, CHUNK, |mut chunk| {
            let rendered: Rendered = chunk
                .par_iter_mut()
                .map_init(Scratch::default, |scratch, article| match article {
                    Ok(article) => Ok(render(scratch, article)),
                    Err(error) => Err(error.clone()),
                })
                .collect();
            sender.send(rendered).map_err(|_| ReceiverGone)?;
            Ok(())
        });
        drop(sender);
        let written = writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        // The writer's error (a closed pipe) is why reading stopped.
        let failed = written?;
        match read {
            Err(error) if error.is::<ReceiverGone>() => Ok(failed),
            Err(error) => Err(error),
            Ok(()) => Ok(failed),
        }
    })
}

/// Reads the articles of every input on a second thread and hands them to
/// `each` in chunks of `size`, in input order. At most two chunks are in
/// memory besides the one `each` works on, so memory stays bounded however
/// large the input; reading overlaps with the work on the previous chunk.
pub(super) fn read_in_chunks(
    inputs: &[Input],
    size: usize,
    each: impl FnMut(Vec<Result<Article, ArticleError>>) -> Result<()>,
) -> Result<()> {
    read_chunks_with(
        inputs,
        size,
        |item, each| input::read(item, &mut *each),
        each,
    )
}

/// `read_in_chunks` for any item: `read` turns one input into items
/// (articles, or raw lines for `ingest --extracted`).
pub(super) fn read_chunks_with<T: Send>(
    inputs: &[Input],
    size: usize,
    read: impl Fn(&Input, &mut dyn FnMut(T) -> Result<()>) -> Result<()> + Sync,
    mut each: impl FnMut(Vec<T>) -> Result<()>,
) -> Result<()> {
    let size = size.max(1);
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<T>>(1);
    let read = &read;
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || -> Result<()> {
            let mut chunk = Vec::with_capacity(size);
            for item in inputs {
                read(item, &mut |article| {
                    chunk.push(article);
                    if chunk.len() >= size {
                        let full = std::mem::replace(&mut chunk, Vec::with_capacity(size));
                        sender.send(full).map_err(|_| ReceiverGone)?;
                    }
                    Ok(())
                })?;
            }
            if !chunk.is_empty() {
                sender.send(chunk).map_err(|_| ReceiverGone)?;
            }
            Ok(())
        });
        let mut outcome = Ok(());
        for chunk in &receiver {
            outcome = each(chunk);
            if outcome.is_err() {
                break;
            }
        }
        // Unblocks the reader if `each` stopped early.
        drop(receiver);
        let read = reader
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        outcome?;
        match read {
            Err(error) if error.is::<ReceiverGone>() => Ok(()),
            other => other,
        }
    })
}

/// The consumer of `read_in_chunks` stopped; not an error of its own.
#[derive(Debug, thiserror::Error)]
#[error("stopped reading")]
struct ReceiverGone;

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
        out.write_all(&body.as_bytes()[position..mention.span.start])?;
        let text = &body[mention.span.clone()];
        let label = match mention.entity {
            Some(entity) => format!("{}:{}", mention.kind, gazetteer.id(entity)),
            None => {
                let candidates: Vec<&str> = mention
                    .candidates
                    .iter()
                    .map(|&entity| gazetteer.id(entity))
                    .collect();
                format!(
                    "{}:{}?{}",
                    mention.kind,
                    mention.resolved_by.as_str(),
                    candidates.join("|")
                )
            }
        };
        if color {
            write!(
                out,
                "{}{text}{} \x1b[2m({label}){}",
                output::kind_color(mention.kind.as_str()),
                output::RESET,
                output::RESET
            )?;
        } else {
            write!(out, "[{text}]({label})")?;
        }
        position = mention.span.end;
    }
    out.write_all(&body.as_bytes()[position..])?;
    if !body.ends_with('\n') {
        writeln!(out)?;
    }
    Ok(())
}
