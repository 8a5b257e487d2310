//! `dipkb meetings`: list stored meetings.

use super::{output, Context, UsageError};
use anyhow::Result;
use dipkb::export::cameo::csv_cell;
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
            people.push(find_person(store, name)?);
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

/// The person a name on the command line means. When only one of several
/// namesakes has meetings in the store, that one is taken, with a note on
/// stderr so the choice is never silent.
pub fn find_person(store: &Store, name: &str) -> Result<String> {
    let found = store.find_person(name)??;
    if found.passed_over > 0 {
        eprintln!(
            "dipkb: `{name}` taken as {} ({}), the only one of {} people so named with meetings in the store",
            found.name,
            found.id,
            found.passed_over + 1
        );
    }
    Ok(found.id)
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
    /// One line per meeting however long, instead of fitting the table to
    /// the terminal (or to `COLUMNS`, or 100 columns when piped).
    #[arg(long)]
    wide: bool,
}

pub fn run(args: Args, context: &Context) -> Result<ExitCode> {
    let store = context.existing_store()?;
    let filter = args.filter.to_filter(&store)?;
    // The table and CSV print only how many sources: read no bodies.
    let meetings = if args.json {
        store.meetings(&filter)?
    } else {
        store.meetings_brief(&filter)?
    };
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
                meeting.source_count.to_string(),
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
                    table_date(meeting),
                    format!(
                        "{}{}",
                        meeting.kind,
                        if meeting.status == "held" {
                            String::new()
                        } else {
                            format!(" ({})", meeting.status)
                        }
                    ),
                    participants_short(meeting),
                    place_text(&store, meeting),
                    meeting
                        .issues
                        .iter()
                        .map(|(_, name)| name.as_str())
                        .collect::<Vec<_>>()
                        .join("; "),
                    meeting.source_count.to_string(),
                ]
            })
            .collect();
        output::table(
            &mut out,
            &["date", "kind", "participants", "place", "issues", "sources"],
            &rows,
            output::table_width(args.wide),
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

/// The date for the table: `2020-10-29`, or what the text gave of it
/// (`? Fri 4 Aug`, `? day 29`, `? 2021`), `?` when nothing.
fn table_date(meeting: &StoredMeeting) -> String {
    if let Some(date) = &meeting.date {
        return date.clone();
    }
    let Some(partial) = meeting
        .date_partial
        .as_deref()
        .and_then(|text| serde_json::from_str::<Value>(text).ok())
    else {
        return "?".into();
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let number = |key: &str| partial.get(key).and_then(Value::as_u64);
    let month = number("month")
        .and_then(|month| MONTHS.get(usize::try_from(month).ok()?.checked_sub(1)?))
        .copied();
    let mut parts: Vec<String> = Vec::new();
    if let Some(weekday) = partial.get("weekday").and_then(Value::as_str) {
        let mut short: String = weekday.chars().take(3).collect();
        short[..1].make_ascii_uppercase();
        parts.push(short);
    }
    match (number("day"), month) {
        (Some(day), Some(month)) => parts.push(format!("{day} {month}")),
        (Some(day), None) => parts.push(format!("day {day}")),
        (None, Some(month)) => parts.push(month.to_string()),
        (None, None) => {}
    }
    if let Some(year) = number("year") {
        parts.push(year.to_string());
    }
    if parts.is_empty() {
        "?".into()
    } else {
        format!("? {}", parts.join(" "))
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

/// `Kim Jung-han (KR); Shigeki Takizaki (JP)`: who sat at the table, for
/// the table (titles are in `--csv`, `--json` and `dipkb person`).
fn participants_short(meeting: &StoredMeeting) -> String {
    meeting
        .participants
        .iter()
        .map(
            |participant| match (&participant.country, participant.kind.as_str()) {
                (_, "country") => participant.name.clone(),
                (Some(country), _) => format!("{} ({country})", participant.name),
                (None, _) => participant.name.clone(),
            },
        )
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

#[cfg(test)]
mod tests {
    use super::*;

    fn with_date(date: Option<&str>, partial: Option<&str>) -> StoredMeeting {
        StoredMeeting {
            key: "k".into(),
            kind: "talks".into(),
            status: "held".into(),
            date: date.map(str::to_string),
            date_partial: partial.map(str::to_string),
            place: None,
            participants: Vec::new(),
            countries: Vec::new(),
            issues: Vec::new(),
            sources: Vec::new(),
            source_count: 0,
        }
    }

    #[test]
    fn table_dates_say_what_the_text_gave() {
        let date = |date, partial| table_date(&with_date(date, partial));
        assert_eq!(date(Some("2020-10-29"), None), "2020-10-29");
        assert_eq!(date(None, Some(r#"{"day":4,"month":8}"#)), "? 4 Aug");
        assert_eq!(date(None, Some(r#"{"day":29}"#)), "? day 29");
        assert_eq!(date(None, Some(r#"{"weekday":"friday"}"#)), "? Fri");
        assert_eq!(date(None, Some(r#"{"month":7,"year":2021}"#)), "? Jul 2021");
        assert_eq!(date(None, None), "?");
    }
}
