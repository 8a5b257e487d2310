//! `dipkb person NAME`: roles over time, meetings, counterparts, issues.

use super::meetings::{date_text, find_person, meeting_json};
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
    let id = find_person(&store, &args.name)?;
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
        let span = match (text("from").as_str(), text("to").as_str()) {
            ("", "") => String::new(),
            (from, to) => format!("{from} - {to}"),
        };
        writeln!(
            out,
            "  {:<24} {}",
            span.trim(),
            role_text(&text("title"), &text("org"))
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

/// `title, org`, or the title alone when it already names the org
/// (`Director-General, Asian and Oceanian Affairs Bureau` at that bureau).
fn role_text(title: &str, org: &str) -> String {
    let contains = |outer: &str, inner: &str| outer.to_lowercase().contains(&inner.to_lowercase());
    match (title.is_empty(), org.is_empty()) {
        (_, true) => title.to_string(),
        (true, false) => org.to_string(),
        (false, false) if contains(title, org) => title.to_string(),
        (false, false) => format!("{title}, {org}"),
    }
}

#[cfg(test)]
mod tests {
    use super::role_text;

    #[test]
    fn org_named_in_the_title_is_not_repeated() {
        assert_eq!(
            role_text(
                "Director-General, Asian and Oceanian Affairs Bureau",
                "Asian and Oceanian Affairs Bureau"
            ),
            "Director-General, Asian and Oceanian Affairs Bureau"
        );
        assert_eq!(
            role_text(
                "Assistant Chief Cabinet Secretary",
                "Cabinet Secretariat (Japan)"
            ),
            "Assistant Chief Cabinet Secretary, Cabinet Secretariat (Japan)"
        );
        assert_eq!(role_text("Minister", ""), "Minister");
        assert_eq!(role_text("", "Cabinet Office"), "Cabinet Office");
    }
}
