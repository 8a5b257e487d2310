//! `dipkb person NAME`: roles over time, meetings, counterparts, issues.

use super::meetings::{date_text, meeting_json};
use super::{output, Context};
use anyhow::Result;
use serde_json::json;
use std::io::Write;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Any spelling of the person's name, or a family name alone when unique.
    name: String,
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, context: &Context) -> Result<ExitCode> {
    let store = context.existing_store()?;
    let id = store.find_person(&args.name)??;
    let profile = store.person(&id)?;
    let mut out = output::stdout();
    if args.json {
        let value = json!({
            "id": profile.id,
            "name": profile.name,
            "country": profile.country,
            "roles": profile.roles,
            "meeting_count": profile.meetings.len(),
            "first_meeting": profile.meetings.iter().find_map(|meeting| meeting.date.clone()),
            "last_meeting": profile.meetings.iter().rev().find_map(|meeting| meeting.date.clone()),
            "counterparts": profile.counterparts.iter().map(|(id, name, count)| json!({"id": id, "name": name, "meetings": count})).collect::<Vec<_>>(),
            "issues": profile.issues.iter().map(|(id, name, count)| json!({"id": id, "name": name, "meetings": count})).collect::<Vec<_>>(),
            "meetings": profile.meetings.iter().map(meeting_json).collect::<Vec<_>>(),
        });
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "{} ({}, {})",
        profile.name,
        profile.id,
        profile.country.as_deref().unwrap_or("?")
    )?;
    writeln!(out, "\nroles")?;
    for role in &profile.roles {
        let text = |field: &str| {
            role.get(field)
                .and_then(|value| value.as_str())
                .unwrap_or("")
                .to_string()
        };
        let span = format!(
            "{} - {}",
            text("from"),
            if text("to").is_empty() {
                "".into()
            } else {
                text("to")
            }
        );
        writeln!(
            out,
            "  {:<24} {}{}",
            span.trim(),
            text("title"),
            if text("org").is_empty() {
                String::new()
            } else {
                format!(", {}", text("org"))
            }
        )?;
    }
    let dated: Vec<&String> = profile
        .meetings
        .iter()
        .filter_map(|meeting| meeting.date.as_ref())
        .collect();
    writeln!(
        out,
        "\n{} meeting{}{}",
        profile.meetings.len(),
        if profile.meetings.len() == 1 { "" } else { "s" },
        match (dated.first(), dated.last()) {
            (Some(first), Some(last)) => format!(", first {first}, last {last}"),
            _ => String::new(),
        }
    )?;
    for meeting in &profile.meetings {
        let others: Vec<&str> = meeting
            .participants
            .iter()
            .filter(|p| p.id != profile.id)
            .map(|p| p.name.as_str())
            .collect();
        writeln!(
            out,
            "  {:<10}  {:<16}  with {}  [{} source{}]",
            date_text(meeting),
            meeting.kind,
            others.join(", "),
            meeting.sources.len(),
            if meeting.sources.len() == 1 { "" } else { "s" }
        )?;
    }
    writeln!(out, "\ncounterparts")?;
    for (_, name, count) in &profile.counterparts {
        writeln!(out, "  {count:>3}  {name}")?;
    }
    writeln!(out, "\nissues")?;
    for (_, name, count) in &profile.issues {
        writeln!(out, "  {count:>3}  {name}")?;
    }
    let mut articles: Vec<(&str, Option<&str>)> = profile
        .meetings
        .iter()
        .flat_map(|meeting| {
            meeting
                .sources
                .iter()
                .map(|source| (source.path.as_str(), source.title.as_deref()))
        })
        .collect();
    articles.sort();
    articles.dedup();
    writeln!(out, "\narticles")?;
    for (path, title) in articles {
        writeln!(
            out,
            "  {path}{}",
            title.map(|title| format!("  {title}")).unwrap_or_default()
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
