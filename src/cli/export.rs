//! `dipkb export`: the graph as DOT, GraphML or JSON, optionally rendered
//! by Graphviz.

use super::meetings::FilterArgs;
use super::{output, Context, UsageError};
use anyhow::{bail, Context as _, Result};
use dipkb::export::{self, Format};
use dipkb::graph::{self, Graph, View};
use dipkb::store::MeetingFilter;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

#[derive(Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Dot,
    Graphml,
    Json,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ViewArg {
    /// Who met whom: one edge per pair, weighted by meetings.
    People,
    /// Meetings with their participants, places and issues.
    Meetings,
    /// People and countries linked to the issues they discussed.
    Issues,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum RenderArg {
    Svg,
    Png,
}

#[derive(clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    format: FormatArg,
    /// Which graph to draw.
    #[arg(long, value_enum, default_value = "people")]
    view: ViewArg,
    #[command(flatten)]
    filter: FilterArgs,
    /// With --person: the ego network N meetings deep (1 = the person's
    /// meetings and the people they met).
    #[arg(long, value_name = "N", requires = "person")]
    depth: Option<usize>,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Run Graphviz `dot` (needs --format dot) and write SVG or PNG: to
    /// -o FILE, or to dipkb-<view>.svg/.png when -o is not given.
    #[arg(long, value_enum, value_name = "FORMAT")]
    render: Option<RenderArg>,
}

pub fn run(args: Args, context: &Context) -> Result<ExitCode> {
    let format = match args.format {
        FormatArg::Dot => Format::Dot,
        FormatArg::Graphml => Format::Graphml,
        FormatArg::Json => Format::Json,
    };
    let view = match args.view {
        ViewArg::People => View::People,
        ViewArg::Meetings => View::Meetings,
        ViewArg::Issues => View::Issues,
    };
    if args.render.is_some() && format != Format::Dot {
        return Err(UsageError("--render needs --format dot".into()).into());
    }
    if args.depth == Some(0) {
        return Err(UsageError("--depth must be at least 1".into()).into());
    }
    // Check for Graphviz before the work, so a missing `dot` fails fast.
    if args.render.is_some() && !has_graphviz() {
        bail!(
            "--render needs Graphviz's `dot`, which is not installed or not on PATH; \
             install it (`apt-get install graphviz`, `brew install graphviz`, or see https://graphviz.org/download/) \
             or drop --render and pipe the DOT output to it later"
        );
    }

    let store = context.existing_store()?;
    let filter = args.filter.to_filter(&store)?;
    let meetings = match args.depth {
        Some(depth) if depth > 1 => {
            // Beyond depth 1 the other people's meetings count too: the
            // person filter moves from the query to the walk.
            let ego = filter.people[0].clone();
            let others = MeetingFilter {
                people: filter.people[1..].to_vec(),
                ..filter.clone()
            };
            graph::ego_meetings(&ego, depth, |person| {
                let mut people = others.people.clone();
                people.insert(0, person.to_string());
                store.meetings_brief(&MeetingFilter {
                    people,
                    ..others.clone()
                })
            })?
        }
        // Depth 1 is exactly the meetings --person already selects.
        _ => store.meetings_brief(&filter)?,
    };
    let entities = store
        .entities()
        .context("reading entities from the store")?;
    let graph = Graph::build_view(&meetings, &entities, view);

    match args.render {
        Some(render) => {
            let (extension, flag) = match render {
                RenderArg::Svg => ("svg", "-Tsvg"),
                RenderArg::Png => ("png", "-Tpng"),
            };
            let path = args
                .output
                .unwrap_or_else(|| PathBuf::from(format!("dipkb-{}.{extension}", view.as_str())));
            let mut dot = Vec::new();
            export::write(&graph, format, &mut dot)?;
            render_with_graphviz(&dot, flag, &path)?;
            eprintln!("wrote {}", path.display());
        }
        None => match &args.output {
            Some(path) => {
                let file =
                    File::create(path).with_context(|| format!("creating {}", path.display()))?;
                let mut out = BufWriter::new(file);
                export::write(&graph, format, &mut out)
                    .with_context(|| format!("writing {}", path.display()))?;
                out.flush()
                    .with_context(|| format!("writing {}", path.display()))?;
            }
            None => {
                let mut out = output::stdout();
                export::write(&graph, format, &mut out)?;
                out.flush()?;
            }
        },
    }
    Ok(ExitCode::SUCCESS)
}

fn has_graphviz() -> bool {
    Command::new("dot")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

fn render_with_graphviz(dot: &[u8], flag: &str, path: &Path) -> Result<()> {
    let mut child = Command::new("dot")
        .arg(flag)
        .arg("-o")
        .arg(path)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("running Graphviz `dot`")?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let written = stdin.write_all(dot);
    drop(stdin);
    let result = child.wait_with_output().context("running Graphviz `dot`")?;
    if !result.status.success() {
        bail!(
            "Graphviz `dot` failed ({}): {}",
            result.status,
            String::from_utf8_lossy(&result.stderr).trim()
        );
    }
    written.context("sending the graph to Graphviz `dot`")?;
    let warnings = String::from_utf8_lossy(&result.stderr);
    if !warnings.trim().is_empty() {
        eprint!("{warnings}");
    }
    Ok(())
}
