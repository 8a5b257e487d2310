//! `dipkb man`: the manual page in roff, generated from the clap
//! definition; `--out-dir` writes one page per subcommand as well.

use super::{output, Cli};
use anyhow::{Context as _, Result};
use clap::CommandFactory;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
#[command(
    after_help = "Read it with `dipkb man | man -l -`, or install the pages:
  dipkb man --out-dir ~/.local/share/man/man1"
)]
pub struct Args {
    /// Write dipkb.1 and a page per subcommand (dipkb-meetings.1, ...) into
    /// this directory instead of printing dipkb.1.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let command = Cli::command();
    match args.out_dir {
        Some(dir) => {
            std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
            clap_mangen::generate_to(command, &dir)
                .with_context(|| format!("writing man pages to {}", dir.display()))?;
            eprintln!("dipkb: man pages written to {}", dir.display());
        }
        None => {
            let mut out = output::stdout();
            clap_mangen::Man::new(command).render(&mut out)?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
