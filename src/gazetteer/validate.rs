//! Checks that need the whole gazetteer: references between entries, and
//! lint warnings (shared names, common words, overlapping terms).

use super::*;
use std::collections::BTreeMap;

pub(super) fn check(gazetteer: &Gazetteer) -> Vec<Problem> {
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
                report(&country.common.origin, unknown("capital", capital, Kind::Place));
            }
        }
    }
    for organization in &gazetteer.organizations {
        if let Some(country) = &organization.country {
            if !has(Kind::Country, country) {
                report(&organization.common.origin, unknown("country", country, Kind::Country));
            }
        }
        if let Some(parent) = &organization.parent {
            if !has(Kind::Organization, parent) {
                report(&organization.common.origin, unknown("parent", parent, Kind::Organization));
            }
        }
    }
    for person in &gazetteer.people {
        if let Some(country) = &person.country {
            if !has(Kind::Country, country) {
                report(&person.common.origin, unknown("country", country, Kind::Country));
            }
        }
        for role in &person.roles {
            if let Some(org) = &role.org {
                if !has(Kind::Organization, org) {
                    report(&person.common.origin, unknown("org", org, Kind::Organization));
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
                report(&place.common.origin, unknown("country", country, Kind::Country));
            }
        }
        if let Some(within) = &place.within {
            if !has(Kind::Place, within) && !has(Kind::Country, within) {
                report(&place.common.origin, unknown("within", within, Kind::Place));
            }
        }
    }

    // Lint: names that several entities use, and names that are plain words.
    let common_words: std::collections::HashSet<String> = gazetteer
        .lexicon
        .common_words
        .iter()
        .map(|word| word.to_lowercase())
        .collect();
    let mut owners: BTreeMap<String, Vec<EntityRef>> = BTreeMap::new();
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
            let mut names: Vec<String> = std::iter::once(&common.name)
                .chain(&common.aliases)
                .map(|name| name.to_lowercase())
                .collect();
            names.sort();
            names.dedup();
            for name in names {
                owners.entry(name).or_default().push(entity);
            }
        }
    }
    for (name, entities) in owners {
        if entities.len() < 2 {
            continue;
        }
        // A country and its capital city sharing a name (Singapore, Kuwait) is
        // expected, and resolution prefers the country; do not nag.
        for &entity in &entities {
            let common = gazetteer.common(entity);
            if common.origin.builtin && entities.iter().all(|&e| gazetteer.common(e).origin.builtin) {
                // Built-in overlaps are reviewed when the built-in data changes;
                // listing them on every user check would bury the user's own.
                continue;
            }
            let others = entities
                .iter()
                .filter(|&&other| other != entity)
                .map(|&other| format!("{} `{}`", other.kind, gazetteer.id(other)))
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
