//! `dipkb eval TRUTH`: precision and recall of extraction on a truth set.

use super::{input, output, Context};
use anyhow::{Context as _, Result};
use dipkb::eval::{describe, Score, Truth};
use dipkb::tagger::Scratch;
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The truth file (YAML: `articles: [{file, meetings: [...]}]`); article
    /// paths are relative to its folder's parent... or to its own folder.
    truth: PathBuf,
    /// Print what went wrong, article by article.
    #[arg(long, short)]
    verbose: bool,
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, context: &Context) -> Result<ExitCode> {
    let extractor = context.extractor()?;
    let text = std::fs::read_to_string(&args.truth)
        .with_context(|| format!("reading {}", args.truth.display()))?;
    let truth = Truth::parse(&args.truth.display().to_string(), &text)?;
    let folder = args.truth.parent().unwrap_or(std::path::Path::new("."));
    let mut score = Score::default();
    let mut scratch = Scratch::default();
    let mut out = output::stdout();
    for (file, expected) in &truth.articles {
        // Paths are relative to the truth file's folder, or to its parent.
        let path = [
            folder.join(file),
            folder.parent().unwrap_or(folder).join(file),
        ]
        .into_iter()
        .find(|candidate| candidate.exists())
        .unwrap_or_else(|| folder.join(file));
        let mut found = Vec::new();
        input::read(&input::Input::File(path.clone()), |article| {
            let article = article?;
            let extraction = extractor.extract(&article, &mut scratch);
            found = extraction
                .meetings
                .iter()
                .map(|meeting| describe(&extractor.gazetteer, meeting))
                .collect();
            Ok(())
        })?;
        let notes = score.add(expected, &found);
        if args.verbose && !notes.is_empty() {
            writeln!(out, "{file}")?;
            for note in notes {
                writeln!(out, "  {note}")?;
            }
        }
    }
    if args.json {
        let value = json!({
            "articles": truth.articles.len(),
            "expected_meetings": score.expected_meetings,
            "found_meetings": score.found_meetings,
            "matched_meetings": score.matched,
            "pairs": {"precision": score.pair_precision(), "recall": score.pair_recall(), "f1": score.pair_f1()},
            "date_accuracy": score.date_accuracy(),
            "place_accuracy": score.place_accuracy(),
            "status_right": score.status_right,
            "kind_right": score.kind_right,
            "issues": {"precision": score.issue_precision(), "recall": score.issue_recall()},
        });
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "articles {}  meetings expected {}  found {}  matched {}",
            truth.articles.len(),
            score.expected_meetings,
            score.found_meetings,
            score.matched
        )?;
        writeln!(
            out,
            "participant pairs  precision {:.3}  recall {:.3}  F1 {:.3}",
            score.pair_precision(),
            score.pair_recall(),
            score.pair_f1()
        )?;
        writeln!(
            out,
            "of expected meetings: date right {:.3}  place right {:.3}  status right {}/{}  kind right {}/{}",
            score.date_accuracy(),
            score.place_accuracy(),
            score.status_right,
            score.expected_meetings,
            score.kind_right,
            score.expected_meetings
        )?;
        writeln!(
            out,
            "issues of matched meetings  precision {:.3}  recall {:.3}",
            score.issue_precision(),
            score.issue_recall()
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
