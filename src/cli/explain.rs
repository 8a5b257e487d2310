//! `dipkb explain`: why each meeting of an article is what it is, and why
//! the other people it names are not at the table.

use super::{input, Context};
use anyhow::Result;
use dipkb::article::Article;
use dipkb::extract::{Extraction, Extractor, Trace};
use dipkb::gazetteer::{EntityRef, Kind};
use dipkb::tagger::Scratch;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Articles: text or Markdown files, JSON Lines with --jsonl, `-` for stdin.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Read JSON Lines articles.
    #[arg(long)]
    jsonl: bool,
    /// Also show every sentence's reading, not only those with a trigger.
    #[arg(long, short)]
    all: bool,
}

pub fn run(args: Args, context: &Context) -> Result<ExitCode> {
    let extractor = context.extractor()?;
    let inputs = input::expand(&args.files, args.jsonl)?;
    let mut scratch = Scratch::default();
    let mut failed = 0;
    let mut out = String::new();
    for input in &inputs {
        input::read(input, |article| {
            match article {
                Ok(article) => {
                    let (extraction, trace) = extractor.explain(&article, &mut scratch);
                    report(&mut out, extractor, &article, &extraction, &trace, args.all);
                    print!("{out}");
                    out.clear();
                }
                Err(error) => {
                    eprintln!("error: {error}");
                    failed += 1;
                }
            }
            Ok(())
        })?;
    }
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Appends one line to the report.
macro_rules! say {
    ($out:expr, $($arg:tt)*) => {{
        $out.push_str(&format!($($arg)*));
        $out.push('\n');
    }};
}

/// One article's explanation as text.
fn report(
    out: &mut String,
    extractor: &Extractor,
    article: &Article,
    extraction: &Extraction,
    trace: &Trace,
    all: bool,
) {
    let gazetteer = &extractor.gazetteer;
    let body = article.body.as_str();
    let name = |entity: EntityRef| -> String {
        match gazetteer.country_of(entity) {
            Some(country) if entity.kind == Kind::Person => {
                format!("{} ({country})", gazetteer.name(entity))
            }
            _ => gazetteer.name(entity).to_string(),
        }
    };
    let quote = |index: usize| -> String {
        let text = body[extraction.sentences[index].span.clone()].trim();
        let short: String = text.chars().take(160).collect();
        let cut = if short.len() < text.len() { "…" } else { "" };
        format!("\"{}{cut}\"", short.replace('\n', " "))
    };
    let title = article.title.as_deref().unwrap_or("(untitled)");
    say!(out, "== {} — {title}", article.path);
    if extraction.meetings.is_empty() {
        say!(out, "no meeting");
    }
    for (number, (meeting, sentences)) in
        extraction.meetings.iter().zip(&trace.meetings).enumerate()
    {
        let people: Vec<String> = meeting.participants.iter().map(|&p| name(p)).collect();
        let date = meeting
            .date
            .date
            .clone()
            .unwrap_or_else(|| "no date".to_string());
        let place = meeting
            .place
            .map(|place| gazetteer.name(place).to_string())
            .unwrap_or_else(|| "no place".to_string());
        say!(
            out,
            "meeting {}: {} {} {date}, {place}: {}",
            number + 1,
            meeting.status.as_str(),
            meeting.kind.as_str(),
            people.join(" + ")
        );
        for &(index, why) in sentences {
            let fields = meeting
                .evidence
                .iter()
                .find(|evidence| evidence.span == extraction.sentences[index].span)
                .map(|evidence| evidence.fields.join(", "))
                .unwrap_or_default();
            say!(
                out,
                "  s{index} {why}{}",
                if fields.is_empty() {
                    String::new()
                } else {
                    format!(" [{fields}]")
                }
            );
            say!(out, "      {}", quote(index));
            for rule in &trace.sentences[index].rules {
                say!(out, "      rule: {rule}");
            }
        }
    }
    // Everyone named who sits at no table, with the reason their sentence gave.
    let seated: Vec<EntityRef> = extraction
        .meetings
        .iter()
        .flat_map(|meeting| meeting.participants.iter().copied())
        .collect();
    let mut told: Vec<EntityRef> = Vec::new();
    for mention in &extraction.mentions {
        let Some(entity) = mention.entity else {
            continue;
        };
        if entity.kind != Kind::Person || seated.contains(&entity) || told.contains(&entity) {
            continue;
        }
        told.push(entity);
        let sentence = &trace.sentences[mention.sentence];
        let why = sentence
            .dropped
            .iter()
            .find(|(span, dropped, _)| *dropped == entity && *span == mention.span)
            .map(|(_, _, why)| *why)
            .unwrap_or(if sentence.trigger.is_none() {
                "its sentence names no meeting"
            } else {
                "its sentence's meeting joined no other party"
            });
        say!(
            out,
            "not a participant: {} (s{}): {why}",
            name(entity),
            mention.sentence
        );
    }
    say!(out, "sentences:");
    for (index, sentence) in trace.sentences.iter().enumerate() {
        if !all && sentence.trigger.is_none() {
            continue;
        }
        let trigger = sentence
            .trigger
            .as_ref()
            .map(|(span, kind)| format!("trigger \"{}\" ({})", &body[span.clone()], kind.as_str()))
            .unwrap_or_else(|| "no trigger".to_string());
        let mut parties: Vec<String> = sentence.persons.iter().map(|&p| name(p)).collect();
        parties.extend(sentence.sides.iter().cloned());
        let status = sentence.status.map(|status| status.as_str()).unwrap_or("-");
        say!(
            out,
            "  s{index} {}: {trigger}; parties: {}; status {status}",
            sentence.role,
            if parties.is_empty() {
                "none".to_string()
            } else {
                parties.join(", ")
            }
        );
        say!(out, "      {}", quote(index));
    }
}
