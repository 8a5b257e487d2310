//! `dipkb gazetteer check | stats | lookup`.

use super::{output, Context};
use anyhow::Result;
use dipkb::gazetteer::names::each_name;
use dipkb::gazetteer::{Kind, Severity};
use dipkb::Tagger;
use serde_json::json;
use std::io::Write;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Validate the gazetteer and print every problem and warning.
    Check,
    /// Count entries and names per kind.
    Stats {
        #[arg(long)]
        json: bool,
    },
    /// Show which entities a name matches, and how.
    Lookup {
        name: String,
        #[arg(long)]
        json: bool,
    },
}

pub fn run(command: Command, context: &Context) -> Result<ExitCode> {
    match command {
        Command::Check => check(context),
        Command::Stats { json } => stats(context, json),
        Command::Lookup { name, json } => lookup(context, &name, json),
    }
}

fn check(context: &Context) -> Result<ExitCode> {
    let mut out = output::stdout();
    match context.load_gazetteer() {
        Ok((gazetteer, warnings)) => {
            for warning in &warnings {
                writeln!(out, "{warning}")?;
            }
            let names: usize = Kind::ALL.iter().map(|&kind| gazetteer.len(kind)).sum();
            writeln!(
                out,
                "ok: {names} entries, {} warning{}",
                warnings.len(),
                if warnings.len() == 1 { "" } else { "s" }
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            for problem in &error.problems {
                writeln!(out, "{problem}")?;
            }
            let errors = error.problems.iter().filter(|problem| problem.severity() == Severity::Error).count();
            writeln!(out, "{errors} error{}", if errors == 1 { "" } else { "s" })?;
            out.flush()?;
            Ok(ExitCode::from(2))
        }
    }
}

fn stats(context: &Context, as_json: bool) -> Result<ExitCode> {
    let extractor = context.extractor()?;
    let gazetteer = &extractor.gazetteer;
    let mut out = output::stdout();
    let mut rows = Vec::new();
    let mut object = serde_json::Map::new();
    for kind in Kind::ALL {
        let mut names = 0;
        for entity in gazetteer.refs(kind) {
            each_name(gazetteer, entity, |_, _| names += 1);
        }
        let mut entry = json!({"entries": gazetteer.len(kind), "names": names});
        if kind == Kind::Person {
            let dated = gazetteer
                .people
                .iter()
                .filter(|person| person.roles.iter().any(|role| role.from.is_some() || role.to.is_some()))
                .count();
            entry["with_dated_roles"] = json!(dated);
        }
        rows.push(vec![
            kind.section().to_string(),
            gazetteer.len(kind).to_string(),
            names.to_string(),
        ]);
        object.insert(kind.section().to_string(), entry);
    }
    object.insert("patterns".into(), json!(extractor.tagger.pattern_count()));
    if as_json {
        serde_json::to_writer_pretty(&mut out, &object)?;
        writeln!(out)?;
    } else {
        output::table(&mut out, &["kind", "entries", "names"], &rows)?;
        writeln!(out, "{} distinct patterns in the automaton", extractor.tagger.pattern_count())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn lookup(context: &Context, name: &str, as_json: bool) -> Result<ExitCode> {
    let extractor = context.extractor()?;
    let gazetteer = &extractor.gazetteer;
    let tagger: &Tagger = &extractor.tagger;
    let mut results = Vec::new();
    for found in tagger.tag(name) {
        for target in tagger.match_targets(&found) {
            results.push(json!({
                "text": &name[found.start..found.end],
                "whole": found.start == 0 && found.end == name.len(),
                "kind": target.entity.kind.as_str(),
                "id": gazetteer.id(target.entity),
                "name": gazetteer.name(target.entity),
                "how": target.via.as_str(),
            }));
        }
    }
    let mut out = output::stdout();
    if as_json {
        serde_json::to_writer_pretty(&mut out, &results)?;
        writeln!(out)?;
    } else if results.is_empty() {
        writeln!(out, "no entity matches `{name}`")?;
    } else {
        let rows: Vec<Vec<String>> = results
            .iter()
            .map(|result| {
                ["text", "kind", "id", "name", "how"]
                    .iter()
                    .map(|key| result[key].as_str().unwrap_or("").to_string())
                    .collect()
            })
            .collect();
        output::table(&mut out, &["matched", "kind", "id", "name", "how"], &rows)?;
    }
    out.flush()?;
    Ok(if results.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
