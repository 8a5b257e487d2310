//! `dipkb completions SHELL`: a completion script generated from the same
//! clap definition the parser uses, so it never lags behind the flags.

use super::{output, Cli};
use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;
use std::io::Write;
use std::process::ExitCode;

#[derive(clap::Args)]
#[command(after_help = "Install, for example:
  bash: dipkb completions bash > ~/.local/share/bash-completion/completions/dipkb
  zsh:  dipkb completions zsh > ~/.zfunc/_dipkb   (with ~/.zfunc in $fpath)
  fish: dipkb completions fish > ~/.config/fish/completions/dipkb.fish")]
pub struct Args {
    /// The shell to write the script for.
    shell: Shell,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let mut command = Cli::command();
    let mut out = output::stdout();
    clap_complete::generate(args.shell, &mut command, "dipkb", &mut out);
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
