//! Checks that need the whole gazetteer: references between entries, and
//! lint warnings (shared names, common words, overlapping terms, stale
//! roles).
//!
//! Staleness is judged against the gazetteer's *horizon*, the newest role
//! date it contains, not against the clock: checking stays a pure function
//! and an old dictionary checked on its own is not blamed for being old.
//! A user's person is stale when every role ended more than
//! `STALE_AFTER_YEARS` before the horizon, or when a term with no end began
//! more than `OPEN_TERM_YEARS` before it (CAMEO dictionaries leave ended
//! terms open: `[KORGOV >080225]`). Built-in people are exempt: ex-leaders
//! there are kept on purpose. A file with more than `STALE_LISTED` stale
//! people gets one summary warning instead of one each.

use super::*;
use std::collections::BTreeMap;

const STALE_AFTER_YEARS: i32 = 10;
const OPEN_TERM_YEARS: i32 = 15;
const STALE_LISTED: usize = 20;

/// Every problem: reference errors always, lint warnings when `lint` (only
/// `gazetteer check` shows them; a large gazetteer has thousands, and
/// finding them costs more than every other check).
pub(super) fn check(gazetteer: &Gazetteer, lint: bool) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |origin: &Origin, kind: ProblemKind| {
        problems.push(Problem {
            path: origin.path.clone(),
            line: origin.line,
            column: origin.column,
            kind,
        })
    };
    let has = |kind: Kind, id: &str| gazetteer.find(kind, id).is_some();

    for country in &gazetteer.countries {
        if let Some(capital) = &country.capital {
            if !has(Kind::Place, capital) {
                report(
                    &country.common.origin,
                    unknown("capital", capital, Kind::Place),
                );
            }
        }
    }
    for organization in &gazetteer.organizations {
        if let Some(country) = &organization.country {
            if !has(Kind::Country, country) {
                report(
                    &organization.common.origin,
                    unknown("country", country, Kind::Country),
                );
            }
        }
        if let Some(parent) = &organization.parent {
            if !has(Kind::Organization, parent) {
                report(
                    &organization.common.origin,
                    unknown("parent", parent, Kind::Organization),
                );
            }
        }
    }
    for person in &gazetteer.people {
        if let Some(country) = &person.country {
            if !has(Kind::Country, country) {
                report(
                    &person.common.origin,
                    unknown("country", country, Kind::Country),
                );
            }
        }
        for role in &person.roles {
            if let Some(org) = &role.org {
                if !has(Kind::Organization, org) {
                    report(
                        &person.common.origin,
                        unknown("org", org, Kind::Organization),
                    );
                }
            }
        }
        for (index, role) in person.roles.iter().enumerate() {
            for other in &person.roles[index + 1..] {
                if same_post(role, other) && overlap(role, other) {
                    report(
                        &person.common.origin,
                        ProblemKind::OverlappingRoles {
                            title: role.title.clone(),
                        },
                    );
                }
            }
        }
    }
    for place in &gazetteer.places {
        if let Some(country) = &place.country {
            if !has(Kind::Country, country) {
                report(
                    &place.common.origin,
                    unknown("country", country, Kind::Country),
                );
            }
        }
        if let Some(within) = &place.within {
            if !has(Kind::Place, within) && !has(Kind::Country, within) {
                report(&place.common.origin, unknown("within", within, Kind::Place));
            }
        }
    }

    if !lint {
        return problems;
    }
    // Lint: names that several entities use, and names that are plain words.
    let common_words: std::collections::HashSet<String> = gazetteer
        .lexicon
        .common_words
        .iter()
        .map(|word| word.to_lowercase())
        .collect();
    // Lower-cased name -> (the spelling first seen, the entities using it).
    let mut owners: BTreeMap<String, (String, Vec<EntityRef>)> = BTreeMap::new();
    for kind in Kind::ALL {
        for entity in gazetteer.refs(kind) {
            let common = gazetteer.common(entity);
            for alias in &common.aliases {
                if common_words.contains(&alias.to_lowercase()) {
                    report(
                        &common.origin,
                        ProblemKind::CommonWordAlias {
                            alias: alias.clone(),
                        },
                    );
                }
            }
            let mut names: Vec<(String, &String)> = std::iter::once(&common.name)
                .chain(&common.aliases)
                .map(|name| (name.to_lowercase(), name))
                .collect();
            names.sort();
            names.dedup_by(|a, b| a.0 == b.0);
            for (key, name) in names {
                owners
                    .entry(key)
                    .or_insert_with(|| (name.clone(), Vec::new()))
                    .1
                    .push(entity);
            }
        }
    }
    for (_, (name, entities)) in owners {
        if entities.len() < 2 {
            continue;
        }
        // A country and its capital city sharing a name (Singapore, Kuwait) is
        // expected, and resolution prefers the country; do not nag.
        for &entity in &entities {
            let common = gazetteer.common(entity);
            if common.origin.builtin && entities.iter().all(|&e| gazetteer.common(e).origin.builtin)
            {
                // Built-in overlaps are reviewed when the built-in data changes;
                // listing them on every user check would bury the user's own.
                continue;
            }
            let others = entities
                .iter()
                .filter(|&&other| other != entity)
                .map(|&other| {
                    let origin = &gazetteer.common(other).origin;
                    format!(
                        "{} `{}` ({}, {}:{})",
                        other.kind,
                        gazetteer.id(other),
                        gazetteer.name(other),
                        origin.path.display(),
                        origin.line
                    )
                })
                .collect();
            report(
                &common.origin,
                ProblemKind::SharedAlias {
                    alias: name.clone(),
                    others,
                },
            );
        }
    }
    problems.extend(stale_people(gazetteer));
    problems
}

fn unknown(field: &'static str, id: &str, expected: Kind) -> ProblemKind {
    ProblemKind::UnknownRef {
        field,
        id: id.to_string(),
        expected,
    }
}

fn same_post(a: &Role, b: &Role) -> bool {
    a.title.eq_ignore_ascii_case(&b.title) && a.org == b.org
}

fn overlap(a: &Role, b: &Role) -> bool {
    let (Some(a_from), Some(b_from)) = (a.from, b.from) else {
        return false;
    };
    let a_end = a.to.map(|to| to.last_day()).unwrap_or(NaiveDate::MAX);
    let b_end = b.to.map(|to| to.last_day()).unwrap_or(NaiveDate::MAX);
    a_from.last_day() < b_end && b_from.last_day() < a_end
}

/// The stale-role warnings for user entries (see the module comment).
fn stale_people(gazetteer: &Gazetteer) -> Vec<Problem> {
    use chrono::Datelike;
    let Some(horizon) = gazetteer
        .people
        .iter()
        .flat_map(|person| &person.roles)
        .flat_map(|role| {
            [
                role.from.map(|from| from.first_day()),
                role.to.map(|to| to.last_day()),
            ]
        })
        .flatten()
        .max()
    else {
        return Vec::new();
    };
    let years_before = |years: i32| {
        horizon
            .with_year(horizon.year() - years)
            .unwrap_or_else(|| horizon - chrono::Duration::days(365 * years as i64))
    };
    let (ended_before, opened_before) = (
        years_before(STALE_AFTER_YEARS),
        years_before(OPEN_TERM_YEARS),
    );
    let horizon_text = horizon.format("%Y-%m-%d").to_string();
    let mut by_file: BTreeMap<&std::path::Path, Vec<(&Person, ProblemKind)>> = BTreeMap::new();
    for person in gazetteer
        .people
        .iter()
        .filter(|person| !person.common.origin.builtin)
    {
        let mut found = Vec::new();
        let ends: Option<Vec<NaiveDate>> = person
            .roles
            .iter()
            .map(|role| role.to.map(|to| to.last_day()))
            .collect();
        if let Some(last) = ends.and_then(|ends| ends.into_iter().max()) {
            if last < ended_before {
                found.push(ProblemKind::NoRecentRole {
                    last: last.format("%Y-%m-%d").to_string(),
                    horizon: horizon_text.clone(),
                });
            }
        }
        for role in &person.roles {
            if let (Some(from), None) = (role.from, role.to) {
                if from.first_day() < opened_before {
                    found.push(ProblemKind::OpenRoleStale {
                        title: role.title.clone(),
                        from: from.to_string(),
                        horizon: horizon_text.clone(),
                    });
                }
            }
        }
        let file = by_file
            .entry(person.common.origin.path.as_path())
            .or_default();
        file.extend(found.into_iter().map(|kind| (person, kind)));
    }
    let mut problems = Vec::new();
    for (path, found) in by_file {
        let at = |person: &Person, kind: ProblemKind| Problem {
            path: path.to_path_buf(),
            line: person.common.origin.line,
            column: person.common.origin.column,
            kind,
        };
        let mut people: Vec<&str> = found
            .iter()
            .map(|(person, _)| person.common.id.as_str())
            .collect();
        people.dedup();
        if people.len() <= STALE_LISTED {
            problems.extend(found.into_iter().map(|(person, kind)| at(person, kind)));
        } else if let Some((first, _)) = found.first() {
            problems.push(at(
                first,
                ProblemKind::ManyStalePeople {
                    count: people.len(),
                    examples: people.iter().take(5).map(|id| format!("`{id}`")).collect(),
                    horizon: horizon_text.clone(),
                },
            ));
        }
    }
    problems
}
