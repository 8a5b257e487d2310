//! Every name an entity goes by, including the variants the press writes
//! that nobody lists by hand: both name orders and the hyphen, space and
//! joined spellings of Korean given names.

use super::{hangul, EntityRef, Gazetteer, Kind, NameOrder, Person};

/// How a name belongs to its entity; resolution trusts them in this order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Via {
    /// The entity's `name`.
    Name,
    /// A hand-listed alias or demonym.
    Alias,
    /// Generated: the other name order, a hyphen/space/joined given name.
    Variant,
    /// A name several bodies share (`Foreign Ministry`): needs context.
    Generic,
    /// A person's family name alone (`Kim`): needs an earlier full mention.
    Family,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Name => "name",
            Via::Alias => "alias",
            Via::Variant => "variant",
            Via::Generic => "generic",
            Via::Family => "family",
        }
    }
}

/// Calls `emit(name, via)` for every name of `entity`. Names may repeat;
/// the tagger deduplicates them.
pub fn each_name(gazetteer: &Gazetteer, entity: EntityRef, mut emit: impl FnMut(&str, Via)) {
    let common = gazetteer.common(entity);
    match entity.kind {
        Kind::Person => {
            let person = &gazetteer.people[entity.index as usize];
            person_names(person, &mut emit);
        }
        Kind::Country => {
            emit(&common.name, Via::Name);
            for alias in &common.aliases {
                emit(alias, Via::Alias);
            }
            for demonym in &gazetteer.countries[entity.index as usize].demonyms {
                emit(demonym, Via::Alias);
            }
        }
        Kind::Organization => {
            emit(&common.name, Via::Name);
            for alias in &common.aliases {
                emit(alias, Via::Alias);
            }
            for generic in &gazetteer.organizations[entity.index as usize].generic {
                emit(generic, Via::Generic);
            }
        }
        Kind::Place | Kind::Issue => {
            emit(&common.name, Via::Name);
            for alias in &common.aliases {
                emit(alias, Via::Alias);
            }
        }
    }
}

fn person_names(person: &Person, emit: &mut impl FnMut(&str, Via)) {
    let korean = matches!(person.country.as_deref(), Some("KR" | "KP"));
    // Korean and Chinese names are one Hangul word (`김정한`, `시진핑`).
    let sino_korean = matches!(person.country.as_deref(), Some("KR" | "KP" | "CN" | "TW"));
    let east_asian = matches!(
        person.country.as_deref(),
        Some("KR" | "KP" | "CN" | "TW" | "JP")
    );
    emit(&person.common.name, Via::Name);
    if let (Some(family), Some(given)) = (&person.family, &person.given) {
        for given in given_variants(given, korean) {
            emit(&format!("{family} {given}"), Via::Variant);
            emit(&format!("{given} {family}"), Via::Variant);
        }
    }
    if let Some(family) = &person.family {
        emit(family, Via::Family);
    }
    // The display name may carry a given name written differently from
    // `given` (`Kim Jong Un` with given `Jong-un`): vary it too.
    for (index, alias) in std::iter::once(&person.common.name)
        .chain(&person.common.aliases)
        .enumerate()
    {
        let words: Vec<&str> = alias.split(' ').collect();
        let hangul = hangul::is_hangul_text(alias);
        if words.len() == 1 {
            if hangul && sino_korean {
                // `김정한`, `시진핑`: a whole name in one word; `김 국장`
                // after it names the same person.
                emit(alias, Via::Alias);
                for form in hangul::family_with_titles(person, alias) {
                    emit(&form, Via::Family);
                }
            } else {
                emit(alias, Via::Family);
            }
            continue;
        }
        if index > 0 {
            emit(alias, Via::Alias);
        }
        let family_first = match person.family.as_deref() {
            Some(family) if words[0].eq_ignore_ascii_case(family) => true,
            Some(family) if words[words.len() - 1].eq_ignore_ascii_case(family) => false,
            // Korean writes East Asian names family first (`다키자키 시게키`).
            _ if hangul => east_asian || person.name_order == NameOrder::FamilyFirst,
            _ => person.name_order == NameOrder::FamilyFirst,
        };
        let (family, given) = if family_first {
            (words[0].to_string(), words[1..].join(" "))
        } else {
            (
                words[words.len() - 1].to_string(),
                words[..words.len() - 1].join(" "),
            )
        };
        // A middle initial or a particle makes the reversed order something
        // nobody writes (`Blinken Antony J.`); vary only plain two-part names.
        if given.contains('.') {
            continue;
        }
        for given in given_variants(&given, korean) {
            emit(&format!("{family} {given}"), Via::Variant);
            emit(&format!("{given} {family}"), Via::Variant);
        }
        // The display name's family part counts when `family` is not given
        // (a user gazetteer that lists only `name: Antony Blinken`). A
        // one-syllable Hangul family name (`김` of `앤드루 김`) is a word
        // of its own, never a name alone.
        let short_hangul = hangul && family.chars().count() < 2;
        if (index > 0 || person.family.is_none()) && !short_hangul {
            emit(&family, Via::Family);
        }
    }
}

/// `Jung-han` gives `Jung-han`, `Jung Han` and `Junghan`; a Korean given
/// name written with a space (`Jong Un`) gives the same three. Other names
/// come back unchanged.
pub fn given_variants(given: &str, korean: bool) -> Vec<String> {
    let parts: Vec<&str> = given
        .split(['-', ' '])
        .filter(|part| !part.is_empty())
        .collect();
    let hyphenated = given.contains('-');
    if parts.len() < 2 || !(hyphenated || korean) {
        return vec![given.to_string()];
    }
    let capitalized: Vec<String> = parts.iter().map(|part| capitalize(part)).collect();
    let mut rest_lower: Vec<String> = vec![capitalized[0].clone()];
    rest_lower.extend(parts[1..].iter().map(|part| part.to_lowercase()));
    let mut variants = vec![
        given.to_string(),
        rest_lower.join("-"),
        capitalized.join(" "),
        rest_lower.concat(),
    ];
    let mut unique: Vec<String> = Vec::new();
    for variant in variants.drain(..) {
        if !unique.contains(&variant) {
            unique.push(variant);
        }
    }
    unique
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_given_names_get_hyphen_space_and_joined_forms() {
        assert_eq!(
            given_variants("Jung-han", true),
            ["Jung-han", "Jung Han", "Junghan"]
        );
        assert_eq!(
            given_variants("Jong Un", true),
            ["Jong Un", "Jong-un", "Jongun"]
        );
    }

    #[test]
    fn family_name_comes_from_the_display_name_when_not_given() {
        let source = crate::gazetteer::SourceFile {
            path: "g.yaml".into(),
            text: "people:\n  - id: antony-blinken\n    name: Antony Blinken\n".into(),
            builtin: false,
        };
        let (gazetteer, _) = crate::gazetteer::load(&[source]).unwrap();
        let mut names = Vec::new();
        each_name(
            &gazetteer,
            gazetteer
                .refs(crate::gazetteer::Kind::Person)
                .next()
                .unwrap(),
            |name, via| names.push((name.to_string(), via)),
        );
        assert!(
            names.contains(&("Blinken".to_string(), Via::Family)),
            "{names:?}"
        );
        assert!(
            names.contains(&("Blinken Antony".to_string(), Via::Variant)),
            "{names:?}"
        );
    }

    #[test]
    fn other_given_names_stay_as_written() {
        assert_eq!(given_variants("Shigeki", false), ["Shigeki"]);
        assert_eq!(given_variants("Mary Anne", false), ["Mary Anne"]);
    }
}
