//! The `dipkb` command: parses arguments, runs a subcommand, and picks the
//! exit code (0 ok, 1 runtime error, 2 bad usage or bad input).

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse(); // clap reports usage errors itself and exits 2
    match cli::run(args) {
        Ok(code) => code,
        Err(error) if cli::is_broken_pipe(&error) => ExitCode::SUCCESS, // `dipkb meetings | head`
        Err(error) => {
            eprintln!("dipkb: {error:#}");
            ExitCode::from(if cli::is_bad_input(&error) { 2 } else { 1 })
        }
    }
}
