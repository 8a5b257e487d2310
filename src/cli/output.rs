//! Terminal output: colour only on a terminal, plain text when piped.

use std::io::{self, IsTerminal, Write};
use std::mem::take;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

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

/// How wide a table may be: `None` when `--wide` asks for no limit; else the
/// terminal's width when stdout is one, then `COLUMNS`, then 100 columns.
pub fn table_width(wide: bool) -> Option<usize> {
    if wide {
        return None;
    }
    let terminal = io::stdout()
        .is_terminal()
        .then(terminal_size::terminal_size)
        .flatten()
        .map(|(terminal_size::Width(columns), _)| usize::from(columns));
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|text| text.trim().parse::<usize>().ok());
    Some(
        terminal
            .or(columns)
            .filter(|&width| width > 0)
            .unwrap_or(100),
    )
}

/// Columns between cells.
const GAP: usize = 2;
/// A column is never squeezed below this, however narrow the terminal.
const MIN_COLUMN: usize = 12;
/// A column keeps its longest `; `-separated item on one line when there is
/// room, up to this width.
const MAX_ITEM: usize = 32;

/// Prints rows as an aligned table under a header that lines up with them.
/// Within `width` (if any), the widest columns give way first: every column
/// narrower than a common cap keeps its width, the others are cut to the
/// cap (but keep their longest item whole when there is room) and their
/// cells wrap, whole `; `-separated items first, then words. The last
/// column is not padded.
pub fn table(
    out: &mut dyn Write,
    header: &[&str],
    rows: &[Vec<String>],
    width: Option<usize>,
) -> io::Result<()> {
    let mut natural: Vec<usize> = header.iter().map(|cell| cell.width()).collect();
    let mut item: Vec<usize> = natural.clone();
    for row in rows {
        for (index, cell) in row.iter().enumerate().take(natural.len()) {
            natural[index] = natural[index].max(cell.width());
            let longest = cell.split("; ").map(|part| part.width() + 1).max();
            item[index] = item[index].max(longest.unwrap_or(0).min(cell.width()));
        }
    }
    let widths = match width {
        Some(width) => {
            let room = width.saturating_sub(GAP * natural.len().saturating_sub(1));
            let floors: Vec<usize> = item.iter().map(|&item| item.min(MAX_ITEM)).collect();
            fit(&natural, &floors, room)
        }
        None => natural,
    };
    let mut print = |cells: &[&str]| -> io::Result<()> {
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, &width)| wrap(cell, width))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        let last = cells.len().saturating_sub(1);
        for line in 0..height {
            let mut text = String::new();
            for (index, lines) in wrapped.iter().enumerate() {
                let piece = lines.get(line).map(String::as_str).unwrap_or("");
                text.push_str(piece);
                if index < last {
                    let pad = widths[index].saturating_sub(piece.width()) + GAP;
                    text.extend(std::iter::repeat_n(' ', pad));
                }
            }
            writeln!(out, "{}", text.trim_end())?;
        }
        Ok(())
    };
    print(header)?;
    for row in rows {
        print(&row.iter().map(String::as_str).collect::<Vec<_>>())?;
    }
    Ok(())
}

/// Column widths whose sum fits `room`: each column takes the largest
/// common cap, but no more than its natural width and no less than its
/// floor. When even the floors do not fit, the floors drop to `MIN_COLUMN`
/// (a terminal too narrow for that gets lines longer than it).
fn fit(natural: &[usize], floors: &[usize], room: usize) -> Vec<usize> {
    let widest = natural.iter().copied().max().unwrap_or(0);
    if natural.iter().sum::<usize>() <= room {
        return natural.to_vec();
    }
    let floors: Vec<usize> = if floors.iter().sum::<usize>() <= room {
        floors.to_vec()
    } else {
        natural.iter().map(|&width| width.min(MIN_COLUMN)).collect()
    };
    let widths = |cap: usize| -> Vec<usize> {
        natural
            .iter()
            .zip(&floors)
            .map(|(&width, &floor)| width.min(cap).max(floor))
            .collect()
    };
    let (mut low, mut high) = (0, widest);
    while low < high {
        let middle = (low + high).div_ceil(2);
        if widths(middle).iter().sum::<usize>() <= room {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    widths(low)
}

/// Lines of at most `width` columns: `; `-separated items packed whole
/// where they fit, an item too long for a line broken at spaces, and a
/// word too long for a line broken wherever it must.
fn wrap(text: &str, width: usize) -> Vec<String> {
    if text.width() <= width {
        return vec![text.to_string()];
    }
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let items: Vec<&str> = text.split("; ").collect();
    let last = items.len() - 1;
    for (index, item) in items.iter().enumerate() {
        let item = if index < last {
            format!("{item};")
        } else {
            (*item).to_string()
        };
        // An item that does not fit after what the line holds starts a new one.
        if !line.is_empty() && line.width() + 1 + item.width() > width {
            lines.push(take(&mut line));
        }
        for word in item.split_whitespace() {
            if !line.is_empty() && line.width() + 1 + word.width() > width {
                lines.push(take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            for character in word.chars() {
                if !line.is_empty() && line.width() + character.width().unwrap_or(0) > width {
                    lines.push(take(&mut line));
                }
                line.push(character);
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(header: &[&str], rows: &[Vec<String>], width: Option<usize>) -> String {
        let mut out = Vec::new();
        table(&mut out, header, rows, width).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn fit_squeezes_the_widest_columns_first() {
        let floors = [0, 0, 0, 0];
        assert_eq!(fit(&[10, 5, 80, 40], &floors, 100), vec![10, 5, 45, 40]);
        assert_eq!(fit(&[10, 5, 30, 20], &floors, 100), vec![10, 5, 30, 20]);
        assert_eq!(fit(&[10, 5, 80, 40], &floors, 75), vec![10, 5, 30, 30]);
        // Floors hold where they fit...
        assert_eq!(
            fit(&[10, 5, 80, 40], &[10, 5, 20, 34], 75),
            vec![10, 5, 26, 34]
        );
        // ...and give way to `MIN_COLUMN` where they do not.
        assert_eq!(
            fit(&[10, 5, 80, 40], &[10, 5, 40, 40], 40),
            vec![10, 5, 12, 12]
        );
    }

    #[test]
    fn wrap_keeps_items_whole_and_breaks_long_words() {
        assert_eq!(
            wrap("Kim Jung-han (KR); Shigeki Takizaki (JP)", 24),
            vec!["Kim Jung-han (KR);", "Shigeki Takizaki (JP)"]
        );
        assert_eq!(wrap("a; b; c", 5), vec!["a; b;", "c"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        // Wide characters count two columns.
        assert_eq!(wrap("김정한 김정한", 6), vec!["김정한", "김정한"]);
    }

    #[test]
    fn every_line_fits_and_columns_line_up() {
        let rows = vec![
            vec!["2020-10-29".into(), "x".repeat(70), "short".into()],
            vec![
                "2021-01-01".into(),
                "one; two; three".into(),
                "y".repeat(50),
            ],
        ];
        let text = render(&["date", "long", "last"], &rows, Some(60));
        for line in text.lines() {
            assert!(line.width() <= 60, "{line:?}");
        }
        let header = text.lines().next().unwrap();
        let column = header.find("long").unwrap();
        let first_row = text.lines().nth(1).unwrap();
        assert_eq!(first_row.find('x'), Some(column), "{text}");
        // Without a width, one line per row.
        assert_eq!(
            render(&["date", "long", "last"], &rows, None)
                .lines()
                .count(),
            3
        );
    }
}
