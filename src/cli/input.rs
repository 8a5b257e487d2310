//! Reading articles from files, directories, JSON Lines and stdin.

use anyhow::Result;
use dipkb::article::{Article, ArticleError};
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

/// One input that yields articles: a text/Markdown file, a JSON Lines file, or stdin.
#[derive(Debug, Clone)]
pub enum Input {
    File(PathBuf),
    Jsonl(PathBuf),
    Stdin { jsonl: bool },
}

/// Expands paths: directories recursively (`.txt`, `.md`, `.jsonl`), `-` for stdin.
pub fn expand(paths: &[PathBuf], jsonl: bool) -> Result<Vec<Input>, ArticleError> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin { jsonl });
        } else if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files);
            files.sort();
            inputs.extend(files.into_iter().map(|file| classify(file, false)));
        } else if path.exists() {
            inputs.push(classify(path.clone(), jsonl));
        } else {
            return Err(ArticleError {
                path: path.display().to_string(),
                line: 0,
                message: "no such file or directory".into(),
            });
        }
    }
    Ok(inputs)
}

/// `.jsonl` files are JSON Lines, `.txt` and `.md` articles; anything else
/// follows `--jsonl`.
fn classify(path: PathBuf, jsonl: bool) -> Input {
    match path.extension().and_then(|ext| ext.to_str()) {
        Some("jsonl") => Input::Jsonl(path),
        Some("txt" | "md") => Input::File(path),
        _ if jsonl => Input::Jsonl(path),
        _ => Input::File(path),
    }
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, files);
        } else if path
            .extension()
            .is_some_and(|ext| ext == "txt" || ext == "md" || ext == "jsonl")
        {
            files.push(path);
        }
    }
}

/// Decodes file bytes as UTF-8, refusing binary files and invalid UTF-8
/// with the line where the problem is (the store never holds replacement
/// characters).
pub fn decode(path: &str, bytes: Vec<u8>) -> Result<String, ArticleError> {
    let check_len = bytes.len().min(8192);
    if bytes[..check_len].contains(&0) {
        return Err(ArticleError {
            path: path.to_string(),
            line: 1,
            message: "binary file (contains NUL bytes), not an article".into(),
        });
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        let line = error.as_bytes()[..valid]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        ArticleError {
            path: path.to_string(),
            line,
            message: format!("not valid UTF-8 (byte {valid}); convert the file to UTF-8"),
        }
    })
}

/// Reads every article of one input, calling `each` with an article or the
/// error for that file or line. JSON Lines are streamed line by line.
pub fn read(
    input: &Input,
    mut each: impl FnMut(Result<Article, ArticleError>) -> Result<()>,
) -> Result<()> {
    match input {
        Input::File(path) => {
            let name = path.display().to_string();
            let article = std::fs::read(path)
                .map_err(|error| unreadable(&name, error))
                .and_then(|bytes| decode(&name, bytes))
                .and_then(|text| Article::parse(&name, &text));
            each(article)
        }
        Input::Jsonl(path) => {
            let name = path.display().to_string();
            match std::fs::File::open(path) {
                Ok(file) => read_lines(&name, std::io::BufReader::new(file), each),
                Err(error) => each(Err(unreadable(&name, error))),
            }
        }
        Input::Stdin { jsonl: true } => read_lines("-", std::io::stdin().lock(), each),
        Input::Stdin { jsonl: false } => {
            let mut bytes = Vec::new();
            std::io::stdin().lock().read_to_end(&mut bytes)?;
            each(decode("-", bytes).and_then(|text| Article::parse("-", &text)))
        }
    }
}

fn unreadable(path: &str, error: std::io::Error) -> ArticleError {
    ArticleError {
        path: path.to_string(),
        line: 0,
        message: format!("cannot read: {error}"),
    }
}

fn read_lines(
    path: &str,
    reader: impl BufRead,
    mut each: impl FnMut(Result<Article, ArticleError>) -> Result<()>,
) -> Result<()> {
    each_line(path, reader, |line| {
        each(line.and_then(|(number, text)| Article::from_json(path, number, text)))
    })
}

/// One non-blank line of a JSON Lines input, with where it came from.
#[derive(Debug)]
pub struct Line {
    pub path: std::sync::Arc<str>,
    /// 1-based.
    pub line: usize,
    pub text: String,
}

/// Reads every non-blank line of one input as JSON Lines (whatever its
/// extension), for readers of records other than articles.
pub fn read_raw(
    input: &Input,
    mut each: impl FnMut(Result<Line, ArticleError>) -> Result<()>,
) -> Result<()> {
    match input {
        Input::File(path) | Input::Jsonl(path) => {
            let name = path.display().to_string();
            match std::fs::File::open(path) {
                Ok(file) => each_owned_line(&name, std::io::BufReader::new(file), each),
                Err(error) => each(Err(unreadable(&name, error))),
            }
        }
        Input::Stdin { .. } => each_owned_line("-", std::io::stdin().lock(), each),
    }
}

fn each_owned_line(
    path: &str,
    reader: impl BufRead,
    mut each: impl FnMut(Result<Line, ArticleError>) -> Result<()>,
) -> Result<()> {
    let shared: std::sync::Arc<str> = path.into();
    each_line(path, reader, |line| {
        each(line.map(|(number, text)| Line {
            path: shared.clone(),
            line: number,
            text: text.to_string(),
        }))
    })
}

fn each_line(
    path: &str,
    mut reader: impl BufRead,
    mut each: impl FnMut(Result<(usize, &str), ArticleError>) -> Result<()>,
) -> Result<()> {
    let mut line_number = 0;
    let mut buffer = Vec::new();
    loop {
        buffer.clear();
        let read = reader.read_until(b'\n', &mut buffer)?;
        if read == 0 {
            return Ok(());
        }
        line_number += 1;
        let text = match std::str::from_utf8(&buffer) {
            Ok(text) => text.trim(),
            Err(_) => {
                each(Err(ArticleError {
                    path: path.to_string(),
                    line: line_number,
                    message: "not valid UTF-8".into(),
                }))?;
                continue;
            }
        };
        if text.is_empty() {
            continue;
        }
        each(Ok((line_number, text)))?;
    }
}
