//! `dipkb meetings`: list stored meetings.

use super::{output, Context, UsageError};
use anyhow::Result;
use dipkb::store::{MeetingFilter, Store, StoredMeeting};
use serde_json::{json, Value};
use std::io::Write;
use std::process::ExitCode;

/// Filters shared by `meetings` and `export`.
#[derive(clap::Args, Clone, Default)]
pub struct FilterArgs {
    /// Only meetings this person took part in (any spelling).
    #[arg(long)]
    pub person: Option<String>,
    /// Only meetings where this person was also present (with --person: meetings of both).
    #[arg(long = "with")]
    pub with: Vec<String>,
    /// Only meetings with a participant from this country (ISO code).
    #[arg(long)]
    pub country: Option<String>,
    /// Only meetings that discussed this issue (id or name).
    #[arg(long)]
    pub issue: Option<String>,
    /// Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only meetings on or before this date.
    #[arg(long)]
    pub until: Option<String>,
    /// talks, phone-call, summit or video-conference.
    #[arg(long)]
    pub kind: Option<String>,
    /// held, planned or cancelled.
    #[arg(long)]
    pub status: Option<String>,
}

impl FilterArgs {
    /// Turns flags into a library filter, resolving names through the store.
    pub fn to_filter(&self, store: &Store) -> Result<MeetingFilter> {
        let mut people = Vec::new();
        for name in self.person.iter().chain(&self.with) {
            people.push(store.find_person(name)??);
        }
        let issue = match &self.issue {
            Some(name) => Some(
                store
                    .find_issue(name)?
                    .ok_or_else(|| UsageError(format!("no issue called `{name}`")))?,
            ),
            None => None,
        };
        for (flag, value) in [("--since", &self.since), ("--until", &self.until)] {
            if let Some(value) = value {
                if dipkb::calendar::PartialDate::parse(value).is_none() {
                    return Err(UsageError(format!(
                        "{flag} `{value}` is not YYYY, YYYY-MM or YYYY-MM-DD"
                    ))
                    .into());
                }
            }
        }
        if let Some(kind) = &self.kind {
            if dipkb::extract::MeetingKind::parse(kind).is_none() {
                return Err(UsageError(format!(
                    "--kind `{kind}`: expected talks, phone-call, summit or video-conference"
                ))
                .into());
            }
        }
        if let Some(status) = &self.status {
            if dipkb::extract::Status::parse(status).is_none() {
                return Err(UsageError(format!(
                    "--status `{status}`: expected held, planned or cancelled"
                ))
                .into());
            }
        }
        Ok(MeetingFilter {
            people,
            country: self.country.clone(),
            issue,
            since: self.since.clone(),
            until: self.until.clone(),
            kind: self.kind.clone(),
            status: self
                .status
                .clone()
                .map(|status| status.replace("canceled", "cancelled")),
        })
    }
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    filter: FilterArgs,
    /// An array of meeting objects with their sources.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// Comma-separated values for spreadsheets.
    #[arg(long)]
    csv: bool,
}

pub fn run(args: Args, context: &Context) -> Result<ExitCode> {
    let store = context.existing_store()?;
    let filter = args.filter.to_filter(&store)?;
    let meetings = store.meetings(&filter)?;
    let mut out = output::stdout();
    if args.json {
        let values: Vec<Value> = meetings.iter().map(meeting_json).collect();
        serde_json::to_writer_pretty(&mut out, &values)?;
        writeln!(out)?;
    } else if args.csv {
        writeln!(
            out,
            "id,date,kind,status,participants,countries,place,issues,sources"
        )?;
        for meeting in &meetings {
            let row = [
                meeting.key.clone(),
                date_text(meeting),
                meeting.kind.clone(),
                meeting.status.clone(),
                participants_text(meeting),
                meeting.countries.join(" "),
                place_text(&store, meeting),
                meeting
                    .issues
                    .iter()
                    .map(|(_, name)| name.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                meeting.sources.len().to_string(),
            ];
            let cells: Vec<String> = row.iter().map(|cell| csv_cell(cell)).collect();
            writeln!(out, "{}", cells.join(","))?;
        }
    } else if meetings.is_empty() {
        writeln!(out, "no meetings match")?;
    } else {
        let rows: Vec<Vec<String>> = meetings
            .iter()
            .map(|meeting| {
                vec![
                    date_text(meeting),
                    format!(
                        "{}{}",
                        meeting.kind,
                        if meeting.status == "held" {
                            String::new()
                        } else {
                            format!(" ({})", meeting.status)
                        }
                    ),
                    participants_text(meeting),
                    place_text(&store, meeting),
                    meeting
                        .issues
                        .iter()
                        .map(|(_, name)| name.as_str())
                        .collect::<Vec<_>>()
                        .join("; "),
                    meeting.sources.len().to_string(),
                ]
            })
            .collect();
        output::table(
            &mut out,
            &["date", "kind", "participants", "place", "issues", "sources"],
            &rows,
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn date_text(meeting: &StoredMeeting) -> String {
    match (&meeting.date, &meeting.date_partial) {
        (Some(date), _) => date.clone(),
        (None, Some(partial)) => format!("? {partial}"),
        (None, None) => "?".into(),
    }
}

pub fn participants_text(meeting: &StoredMeeting) -> String {
    meeting
        .participants
        .iter()
        .map(|participant| match &participant.title {
            Some(title) => format!(
                "{} ({}, {})",
                participant.name,
                participant.country.as_deref().unwrap_or("?"),
                title
            ),
            None => format!(
                "{} ({})",
                participant.name,
                participant.country.as_deref().unwrap_or("?")
            ),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `Jongno-gu (Seoul, South Korea)`: the place and what contains it, by name.
fn place_text(store: &Store, meeting: &StoredMeeting) -> String {
    match &meeting.place {
        Some((_, name, _, within)) if !within.is_empty() => {
            let names: Vec<String> = within
                .iter()
                .map(|id| {
                    store
                        .place_name(id)
                        .ok()
                        .flatten()
                        .unwrap_or_else(|| id.clone())
                })
                .collect();
            format!("{name} ({})", names.join(", "))
        }
        Some((_, name, _, _)) => name.clone(),
        None => String::new(),
    }
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// A stored meeting in the JSON contract, with `sources`.
pub fn meeting_json(meeting: &StoredMeeting) -> Value {
    json!({
        "id": meeting.key,
        "kind": meeting.kind,
        "status": meeting.status,
        "date": meeting.date,
        "date_partial": meeting.date_partial.as_deref().and_then(|text| serde_json::from_str::<Value>(text).ok()),
        "place": meeting.place.as_ref().map(|(id, name, kind, within)| json!({"id": id, "name": name, "kind": kind, "within": within})),
        "participants": meeting.participants.iter().map(|participant| json!({
            "id": participant.id, "name": participant.name, "kind": participant.kind,
            "country": participant.country, "title": participant.title,
        })).collect::<Vec<_>>(),
        "countries": meeting.countries,
        "issues": meeting.issues.iter().map(|(id, name)| json!({"id": id, "name": name})).collect::<Vec<_>>(),
        "sources": meeting.sources.iter().map(|source| json!({
            "path": source.path, "title": source.title, "date": source.published,
            "source": source.source, "url": source.url,
            "evidence": source.evidence.iter().map(|(start, end, text, fields)| json!({
                "start": start, "end": end, "text": text,
                "fields": serde_json::from_str::<Value>(fields).unwrap_or(Value::Null),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}
