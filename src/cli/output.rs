//! Terminal output: colour only on a terminal, plain text when piped.

use std::io::{self, IsTerminal, Write};

/// Should output be coloured? Only on a terminal, and never with `NO_COLOR`.
pub fn use_color() -> bool {
    io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

pub fn stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::with_capacity(1 << 16, io::stdout().lock())
}

/// ANSI colour for an entity kind.
pub fn kind_color(kind: &str) -> &'static str {
    match kind {
        "person" => "\x1b[1;35m",
        "country" => "\x1b[1;32m",
        "organization" => "\x1b[1;34m",
        "place" => "\x1b[1;36m",
        "issue" => "\x1b[1;33m",
        _ => "\x1b[1;31m",
    }
}

pub const RESET: &str = "\x1b[0m";

/// Prints rows as an aligned table with a header; the last column is not padded.
pub fn table(out: &mut dyn Write, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|cell| cell.chars().count()).collect();
    for row in rows {
        for (index, cell) in row.iter().enumerate() {
            if index < widths.len() {
                widths[index] = widths[index].max(cell.chars().count()).min(60);
            }
        }
    }
    let line = |out: &mut dyn Write, cells: Vec<&str>| -> io::Result<()> {
        let last = cells.len().saturating_sub(1);
        let mut text = String::new();
        for (index, cell) in cells.iter().enumerate() {
            text.push_str(cell);
            if index < last {
                let pad = widths[index].saturating_sub(cell.chars().count()) + 2;
                text.extend(std::iter::repeat_n(' ', pad));
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(out, header.to_vec())?;
    for row in rows {
        line(out, row.iter().map(String::as_str).collect())?;
    }
    Ok(())
}
