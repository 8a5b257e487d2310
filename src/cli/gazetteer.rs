//! `dipkb gazetteer check | stats | lookup | import-cameo`.

use super::{output, Context};
use anyhow::Context as _;
use anyhow::Result;
use dipkb::gazetteer::names::each_name;
use dipkb::gazetteer::{Kind, Severity};
use dipkb::Tagger;
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;
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
    /// Build the compiled gazetteer cache ahead of use (commands build it
    /// on first use too): the gazetteer and every name spelled out, in
    /// `DIPKB_CACHE_DIR`, `$XDG_CACHE_HOME/dipkb` or `~/.cache/dipkb`.
    Compile,
    /// Convert a PETRARCH/TABARI CAMEO actor dictionary (`*.actors.txt`) to
    /// gazetteer YAML: people with aliases and dated roles, countries,
    /// international organizations. Lines it cannot map are listed on stderr.
    ImportCameo {
        /// The actor dictionary.
        file: PathBuf,
        /// Write the YAML here instead of to stdout.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Leave out the countries, organizations and people the built-in
        /// gazetteer already has, for a file loaded on top of it.
        #[arg(long)]
        for_builtin: bool,
    },
}

pub fn run(command: Command, context: &Context) -> Result<ExitCode> {
    match command {
        Command::Check => check(context),
        Command::Stats { json } => stats(context, json),
        Command::Lookup { name, json } => lookup(context, &name, json),
        Command::Compile => compile(context),
        Command::ImportCameo {
            file,
            output,
            for_builtin,
        } => import_cameo(&file, output.as_deref(), for_builtin),
    }
}

fn compile(context: &Context) -> Result<ExitCode> {
    use dipkb::cache::Outcome;
    let Some(cache) = super::cache() else {
        return Err(super::UsageError(
            "the gazetteer cache is off (DIPKB_CACHE_DIR is empty, or there is no HOME)".into(),
        )
        .into());
    };
    let compiled = context.compile(Some(&cache))?;
    let names = compiled.tables.pattern_count();
    let entities: usize = Kind::ALL
        .iter()
        .map(|&kind| compiled.gazetteer.len(kind))
        .sum();
    let (verb, path) = match compiled.outcome {
        Outcome::Hit(path) => ("up to date", path),
        Outcome::Written(path) => ("compiled", path),
        Outcome::WriteFailed(path, error) => {
            return Err(error).with_context(|| format!("writing {}", path.display()))
        }
        Outcome::Uncached => unreachable!("compile was given a cache"),
    };
    let bytes = std::fs::metadata(&path)
        .with_context(|| format!("reading {}", path.display()))?
        .len();
    writeln!(
        output::stdout(),
        "{verb}: {entities} entities, {names} names in {} ({:.1} MB)",
        path.display(),
        bytes as f64 / 1e6
    )?;
    Ok(ExitCode::SUCCESS)
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
            let errors = error
                .problems
                .iter()
                .filter(|problem| problem.severity() == Severity::Error)
                .count();
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
                .filter(|person| {
                    person
                        .roles
                        .iter()
                        .any(|role| role.from.is_some() || role.to.is_some())
                })
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
        output::table(&mut out, &["kind", "entries", "names"], &rows, None)?;
        writeln!(
            out,
            "{} distinct patterns in the automaton",
            extractor.tagger.pattern_count()
        )?;
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
        output::table(
            &mut out,
            &["matched", "kind", "id", "name", "how"],
            &rows,
            None,
        )?;
    }
    out.flush()?;
    Ok(if results.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// How many unmapped lines the summary shows.
const UNMAPPED_SHOWN: usize = 10;

fn import_cameo(
    file: &std::path::Path,
    output: Option<&std::path::Path>,
    for_builtin: bool,
) -> Result<ExitCode> {
    let bytes = std::fs::read(file)
        .with_context(|| format!("reading actor dictionary {}", file.display()))?;
    // The Phoenix dictionaries carry a few U+FFFD characters; older ones may
    // be Latin-1. Decode lossily rather than refuse the whole file.
    let text = String::from_utf8_lossy(&bytes);
    let name = file
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.display().to_string());
    let mut import = dipkb::gazetteer::cameo::import(&name, &text);
    let mut known = Vec::new();
    if for_builtin {
        let (builtin, _) =
            dipkb::gazetteer::load_dirs(&[], true).context("loading the built-in gazetteer")?;
        known = import.drop_known(&builtin);
    }
    let yaml = dipkb::gazetteer::cameo::to_yaml(&import);
    match output {
        Some(path) => {
            std::fs::write(path, &yaml).with_context(|| format!("writing {}", path.display()))?
        }
        None => {
            let mut out = output::stdout();
            out.write_all(yaml.as_bytes())?;
            out.flush()?;
        }
    }
    let mut err = std::io::stderr().lock();
    writeln!(
        err,
        "converted {} people ({} roles), dropped {} line{}",
        import.people.len(),
        import.role_count(),
        import.unmapped.len(),
        if import.unmapped.len() == 1 { "" } else { "s" }
    )?;
    writeln!(
        err,
        "wrote {} countries and {} organizations with them",
        import.countries.len(),
        import.organizations.len()
    )?;
    if import.elite_codes > 0 {
        writeln!(
            err,
            "{} ELI (elite, not in office) codes used for the country only",
            import.elite_codes
        )?;
    }
    if for_builtin {
        writeln!(
            err,
            "left out {} people the built-in gazetteer already has",
            known.len()
        )?;
    }
    for (line, reason) in import.unmapped.iter().take(UNMAPPED_SHOWN) {
        writeln!(err, "{name}:{line}: {reason}")?;
    }
    if import.unmapped.len() > UNMAPPED_SHOWN {
        writeln!(
            err,
            "... and {} more",
            import.unmapped.len() - UNMAPPED_SHOWN
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
