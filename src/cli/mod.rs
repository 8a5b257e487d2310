//! The command-line interface: one file per subcommand, shared context here.

mod completions;
mod eval;
mod explain;
mod export;
mod extract;
mod gazetteer;
mod ingest;
mod input;
mod man;
mod meetings;
mod output;
mod person;
mod reindex;
mod tag;

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};
use dipkb::extract::Extractor;
use dipkb::gazetteer::{LoadError, Problem};
use std::cell::OnceCell;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "dipkb",
    version,
    about = "A knowledge base of diplomatic talks: who met whom, when, where, about which issues"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Args, Clone)]
pub struct GlobalArgs {
    /// The store (SQLite file).
    #[arg(long, global = true, env = "DIPKB_DB", default_value = "dipkb.db")]
    pub db: PathBuf,
    /// A directory (or file) of gazetteer YAML to add; repeatable.
    #[arg(long, global = true)]
    pub gazetteer: Vec<PathBuf>,
    /// Leave out the built-in entities (the built-in lexicon stays unless
    /// a given directory has its own).
    #[arg(long, global = true)]
    pub no_builtin: bool,
}

#[derive(Subcommand)]
pub enum Command {
    /// Print articles with the names dipkb knows marked, or `--json` mentions.
    Tag(tag::Args),
    /// Extract meetings from articles without touching the store.
    Extract(extract::Args),
    /// Store articles and their meetings (files, directories, `-` for stdin).
    Ingest(ingest::Args),
    /// Re-extract every stored article with the current gazetteer.
    Reindex(reindex::Args),
    /// List stored meetings, sorted by date.
    Meetings(meetings::Args),
    /// A person's profile: roles, meetings, counterparts, issues.
    Person(person::Args),
    /// Write the graph as DOT, GraphML or JSON.
    Export(export::Args),
    /// Check, count or search the gazetteer; import CAMEO dictionaries.
    #[command(subcommand)]
    Gazetteer(gazetteer::Command),
    /// Score extraction against a truth file (precision, recall, F1).
    Eval(eval::Args),
    /// Why each meeting of an article is what it is, and why others named are not at the table.
    Explain(explain::Args),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(completions::Args),
    /// Print the manual page (roff), or write a page per subcommand.
    Man(man::Args),
}

/// What every subcommand may need, loaded on first use.
pub struct Context {
    pub global: GlobalArgs,
    extractor: OnceCell<Extractor>,
}

impl Context {
    fn new(global: GlobalArgs) -> Context {
        Context {
            global,
            extractor: OnceCell::new(),
        }
    }

    /// The gazetteer and its automata; loading errors name file and line.
    pub fn extractor(&self) -> Result<&Extractor> {
        if let Some(extractor) = self.extractor.get() {
            return Ok(extractor);
        }
        let compiled = self.compile(cache().as_ref())?;
        let extractor = Extractor::from_parts(compiled.gazetteer, compiled.tables)
            .context("building the tagger")?;
        Ok(self.extractor.get_or_init(|| extractor))
    }

    /// The gazetteer and the tagger's tables, from `cache` when it has
    /// them for these files (and written to it when not).
    pub fn compile(
        &self,
        cache: Option<&dipkb::cache::Cache>,
    ) -> Result<dipkb::cache::Compiled, LoadError> {
        dipkb::cache::compile(&self.global.gazetteer, !self.global.no_builtin, cache)
    }

    pub fn load_gazetteer(&self) -> Result<(dipkb::Gazetteer, Vec<Problem>), LoadError> {
        dipkb::gazetteer::load_dirs(&self.global.gazetteer, !self.global.no_builtin)
    }

    /// The store, created when missing (for commands that write).
    pub fn store(&self) -> Result<dipkb::store::Store> {
        dipkb::store::Store::open(&self.global.db)
            .with_context(|| format!("opening the store {}", self.global.db.display()))
    }

    /// The store, which must exist (for commands that only read): a typo in
    /// `--db` should not answer "no meetings" from a new empty file.
    pub fn existing_store(&self) -> Result<dipkb::store::Store> {
        if !self.global.db.exists() {
            return Err(UsageError(format!(
                "no store at {}: run `dipkb ingest PATH` first, or give --db",
                self.global.db.display()
            ))
            .into());
        }
        self.store()
    }
}

/// The gazetteer cache directory: `DIPKB_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/dipkb`, else `~/.cache/dipkb`; none when
/// `DIPKB_CACHE_DIR` is set but empty (the cache is off) or there is no home.
pub fn cache() -> Option<dipkb::cache::Cache> {
    use dipkb::cache::Cache;
    let var = |name: &str| std::env::var_os(name).map(PathBuf::from);
    if let Some(dir) = var("DIPKB_CACHE_DIR") {
        return (!dir.as_os_str().is_empty()).then(|| Cache::new(dir));
    }
    if let Some(dir) = var("XDG_CACHE_HOME").filter(|dir| dir.is_absolute()) {
        return Some(Cache::new(dir.join("dipkb")));
    }
    var("HOME")
        .filter(|home| !home.as_os_str().is_empty())
        .map(|home| Cache::new(home.join(".cache").join("dipkb")))
}

pub fn run(cli: Cli) -> Result<ExitCode> {
    let context = Context::new(cli.global);
    let outcome = match cli.command {
        Command::Tag(args) => tag::run(args, &context),
        Command::Extract(args) => extract::run(args, &context),
        Command::Ingest(args) => ingest::run(args, &context),
        Command::Reindex(args) => reindex::run(args, &context),
        Command::Meetings(args) => meetings::run(args, &context),
        Command::Person(args) => person::run(args, &context),
        Command::Export(args) => export::run(args, &context),
        Command::Gazetteer(command) => gazetteer::run(command, &context),
        Command::Eval(args) => eval::run(args, &context),
        Command::Explain(args) => explain::run(args, &context),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
    };
    // The process ends next: freeing the automaton and the gazetteer piece
    // by piece would take longer than the system takes to drop the pages.
    std::mem::forget(context);
    outcome
}

/// A problem with what the user gave us (a name, a flag value, a file),
/// rather than with the machine: exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

pub fn is_bad_input(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause.is::<LoadError>()
            || cause.is::<dipkb::article::ArticleError>()
            || cause.is::<UsageError>()
            || cause.is::<dipkb::store::NameError>()
    })
}

pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_definition_is_valid() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
