//! `dipkb export`: the graph as DOT, GraphML or JSON (optionally rendered
//! by Graphviz), an HTML page to explore it, or the meetings as PLOVER
//! events or CAMEO dyads.

use super::meetings::FilterArgs;
use super::{output, Context, UsageError};
use anyhow::{bail, Context as _, Result};
use dipkb::export::{self, Format, Names};
use dipkb::graph::{self, Graph, View};
use dipkb::store::{MeetingFilter, Store, StoredMeeting};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

#[derive(Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Dot,
    Graphml,
    Json,
    /// One self-contained page with the graph, search, filters and sources.
    Html,
    /// PLOVER 2.0 event data, one JSON object per line (docs/EVENTS.md).
    Plover,
    /// CAMEO-coded dyads as CSV (docs/EVENTS.md).
    Csv,
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
    /// Which graph to draw (default people; html: people or meetings).
    #[arg(long, value_enum)]
    view: Option<ViewArg>,
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
        FormatArg::Html => Format::Html,
        FormatArg::Plover => Format::Plover,
        FormatArg::Csv => Format::Csv,
    };
    let view = match args.view {
        None | Some(ViewArg::People) => View::People,
        Some(ViewArg::Meetings) => View::Meetings,
        Some(ViewArg::Issues) => View::Issues,
    };
    match format {
        Format::Html if view == View::Issues => {
            return Err(UsageError(
                "--format html draws the people or meetings view, not issues".into(),
            )
            .into())
        }
        Format::Plover | Format::Csv if args.view.is_some() => {
            return Err(UsageError(format!(
                "--view applies to graphs; --format {} writes one record per meeting",
                format.as_str()
            ))
            .into())
        }
        _ => {}
    }
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
    // The meeting-level formats show sources; the graph formats need none,
    // and reading them is most of the cost on a large store.
    let with_sources = format.is_per_meeting();
    let select = |filter: &MeetingFilter| {
        if with_sources {
            store.meetings(filter)
        } else {
            store.meetings_brief(filter)
        }
    };
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
                select(&MeetingFilter {
                    people,
                    ..others.clone()
                })
            })?
        }
        // Depth 1 is exactly the meetings --person already selects.
        _ => select(&filter)?,
    };
    if with_sources {
        let names = names(&store, &meetings)?;
        let written = |out: &mut dyn Write| -> Result<()> {
            match format {
                Format::Html => export::html::write(&meetings, &names, view, out)?,
                Format::Csv => export::cameo::write(&meetings, &names, out)?,
                _ => {
                    let summary = export::plover::write(&meetings, &names, out)?;
                    if summary.undated > 0 {
                        eprintln!(
                            "note: left out {} meeting{} with no date to the month (PLOVER requires a date)",
                            summary.undated,
                            if summary.undated == 1 { "" } else { "s" }
                        );
                    }
                }
            }
            Ok(())
        };
        write_output(args.output.as_deref(), written)?;
        return Ok(ExitCode::SUCCESS);
    }
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
        None => write_output(args.output.as_deref(), |out| {
            Ok(export::write(&graph, format, out)?)
        })?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `write` on the file given with -o, or on standard output.
fn write_output(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    match path {
        Some(path) => {
            let file =
                File::create(path).with_context(|| format!("creating {}", path.display()))?;
            let mut out = BufWriter::new(file);
            write(&mut out).with_context(|| format!("writing {}", path.display()))?;
            out.flush()
                .with_context(|| format!("writing {}", path.display()))?;
        }
        None => {
            let mut out = output::stdout();
            write(&mut out)?;
            out.flush()?;
        }
    }
    Ok(())
}

/// Country, place and person names the meeting-level formats show.
fn names(store: &Store, meetings: &[StoredMeeting]) -> Result<Names> {
    let countries = store.entity_names("country")?;
    let mut place_names = store.entity_names("place")?;
    place_names.extend(countries.clone());
    let people = meetings
        .iter()
        .flat_map(|meeting| &meeting.participants)
        .filter(|participant| participant.kind == "person")
        .map(|participant| participant.id.as_str());
    let mut unique: Vec<&str> = people.collect();
    unique.sort_unstable();
    unique.dedup();
    Ok(Names {
        countries,
        place_names,
        places: store.places()?,
        spellings: store.person_spellings(unique)?,
    })
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
