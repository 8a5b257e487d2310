//! CAMEO dyads as CSV, for tools that read CAMEO-coded events: one row
//! per source → target pair of a meeting, with the CAMEO code, its PLOVER
//! equivalent and CAMEO-style actor codes (`KORGOV`). Rules in docs/EVENTS.md.

use super::events::{cameo_label, classify, dyads};
use super::iso3::alpha3;
use super::Names;
use crate::store::{StoredMeeting, StoredParticipant};
use std::io;

const HEADER: &str = "meeting,date,source_id,source_name,source_country,source_actor,target_id,target_name,target_country,target_actor,cameo,cameo_label,plover_event,plover_mode,place,url";

pub fn write(meetings: &[StoredMeeting], names: &Names, out: &mut dyn io::Write) -> io::Result<()> {
    writeln!(out, "{HEADER}")?;
    for meeting in meetings {
        let event = classify(meeting, names);
        let place = meeting
            .place
            .as_ref()
            .map(|(_, name, _, within)| names.place_path(name, within))
            .unwrap_or_default();
        let url = meeting
            .sources
            .iter()
            .find_map(|source| source.url.as_deref())
            .unwrap_or_default();
        for dyad in dyads(meeting, &event) {
            let (source_country, source_actor) = actor_code(dyad.source);
            let (target_country, target_actor) = actor_code(dyad.target);
            let row = [
                meeting.key.as_str(),
                meeting.date.as_deref().unwrap_or_default(),
                &dyad.source.id,
                &dyad.source.name,
                source_country,
                &source_actor,
                &dyad.target.id,
                &dyad.target.name,
                target_country,
                &target_actor,
                dyad.code,
                cameo_label(dyad.code),
                event.category.as_str(),
                event.mode.map(|mode| mode.as_str()).unwrap_or_default(),
                &place,
                url,
            ];
            let cells: Vec<String> = row.iter().map(|cell| csv_cell(cell)).collect();
            writeln!(out, "{}", cells.join(","))?;
        }
    }
    Ok(())
}

/// The ISO alpha-3 country and the CAMEO actor code: the country, with
/// `GOV` for a government official.
fn actor_code(participant: &StoredParticipant) -> (&'static str, String) {
    let country = participant
        .country
        .as_deref()
        .and_then(alpha3)
        .unwrap_or_default();
    let actor = if participant.kind == "person" && !country.is_empty() {
        format!("{country}GOV")
    } else {
        country.to_string()
    };
    (country, actor)
}

/// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
pub fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}
