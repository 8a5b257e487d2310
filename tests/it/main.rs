//! The integration tests: one binary, one module per command. Each test
//! runs the built `dipkb` in a temporary directory with its own store.

mod completions;
mod countries;
mod devset;
mod devset_ko;
mod e2e;
mod explain;
mod export;
mod export_events;
mod export_html;
mod extract;
mod extracted;
mod gazetteer;
mod import;
mod ingest;
mod korean;
mod man;
mod meetings;
mod rules;
mod tag;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root, where `data/` and `tests/data/` are.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn data(path: &str) -> PathBuf {
    root().join("tests/data").join(path)
}

pub fn seed() -> PathBuf {
    root().join("data/articles/asiae-2020-10-29-korea-japan-talks.txt")
}

/// A temporary directory with a store path, and a way to run `dipkb` there.
pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Default for Env {
    fn default() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temporary directory"),
        }
    }
}

impl Env {
    pub fn new() -> Env {
        Env::default()
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("kb.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `dipkb --db <tmp>/kb.db ARGS`, with DIPKB_*, NO_COLOR and COLUMNS cleared.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_dipkb"));
        for (key, _) in std::env::vars() {
            if key.starts_with("DIPKB_") || key == "NO_COLOR" || key == "COLUMNS" {
                command.env_remove(key);
            }
        }
        command
            .env("DIPKB_CACHE_DIR", self.dir.path().join("cache"))
            .current_dir(self.dir.path())
            .arg("--db")
            .arg(self.db())
            .args(args);
        command
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("running dipkb")
    }

    /// Runs and asserts success, returning stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "dipkb {args:?} failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }

    /// Runs with `input` on stdin, capturing stdout and stderr.
    pub fn with_stdin(&self, args: &[&str], input: &[u8]) -> Output {
        use std::io::Write;
        use std::process::Stdio;
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("running dipkb");
        child
            .stdin
            .take()
            .expect("a piped stdin")
            .write_all(input)
            .expect("writing to dipkb");
        child.wait_with_output().expect("running dipkb")
    }

    /// Runs and asserts exit code 2 (bad usage or input), returning stderr.
    pub fn usage_error(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert_eq!(output.status.code(), Some(2), "dipkb {args:?}: {output:?}");
        String::from_utf8(output.stderr).expect("UTF-8 errors")
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let text = self.ok(args);
        serde_json::from_str(&text).unwrap_or_else(|error| panic!("not JSON ({error}): {text}"))
    }
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}
