//! Importing PETRARCH/TABARI CAMEO actor dictionaries (`*.actors.txt`) as
//! gazetteer entries, so that users of event coders keep their dictionaries.
//!
//! The format, as PETRARCH2 and TABARI write it: a record
//! is a primary phrase line, `+` alias lines, and TAB-indented `[CODE DATE]`
//! restriction lines; codes may also follow the phrase on its own line.
//!
//! Mapping rules (the choices the format leaves open):
//! - A record is a **person** when any of its codes has a role part
//!   (`KORGOV`, `KORELI`), a date restriction, or the record carries the
//!   `# CountryInfo.txt` / `IGOrulers` provenance comment. Otherwise a bare
//!   country code (`[KOR]`) makes it names of that **country**, and a bare
//!   `IGO...` code names of an international **organization** (one per
//!   code). NGO, MNC and militant-group records are reported, not imported.
//! - The first three letters of a code are the CAMEO country; when the next
//!   three are a country code too (`GBRVGB`, `USRARM`), that territory or
//!   successor state is the country. Former states without an ISO code
//!   (`USR`, `YUG`, `CSK`, `DDR`, `SCG`, `FRY`) and the fictional `KNT` are
//!   reported.
//! - `ELI` ("elite": a notable outside office, with synthetic spans from
//!   age 18 to death) is **not** a role: it only gives the person a country.
//!   A role titled "Elite (not in office)" would make `role_on` answer with
//!   a non-post for most dates.
//! - `GOV` and its portfolio codes become roles titled "Government member"
//!   plus the portfolio (`GOVBUS` → "Government member (economy, finance,
//!   trade)"): CAMEO codes do not say which post. `IGO` codes become roles
//!   "<organization> official" with `org` set.
//! - Dates: `YYMMDD` (YY 00-30 → 20YY, 31-99 → 19YY) or `YYYYMMDD`; a day past
//!   the end of its month (`100931`, a CountryInfo month-end approximation)
//!   is clamped to the last day. `>D` → `from: D`; `<D` → `to:` the day
//!   before D; `A-B` → `from: A`, `to:` the day before B (the PETRARCH2
//!   reader treats the end as exclusive). Terms of one post that overlap or
//!   touch are merged into one.
//! - Names: `_` is a space and words are title-cased. Korean (KR, KP) and
//!   Taiwanese people are family-first with a hyphenated given
//!   name (`ROH_MOO_HYUN_` → "Roh Moo-hyun"); mainland Chinese
//!   are family-first with the given syllables joined (`WEN_JIA_BAO` → "Wen
//!   Jiabao"); everyone else is given-first with the last word as family
//!   name (CountryInfo writes Japanese names given-first: `KATSUYA_OKADA_`,
//!   and Hong Kong names mix `DONALD_TSANG` and `TUNG_CHEE_HWA`). An alias is
//!   put in the same order only when it starts with the family name;
//!   `PREMIER_WEN_JIABAO` stays "Premier Wen Jiabao".
//! - Person records with one name and country are merged (CountryInfo
//!   repeats a person per term); same name, other country: another person.
//! - Ids are slugs of the name (`roh-moo-hyun`), `-2`, `-3`... on collision.

use crate::gazetteer::names::{each_name, Via};
use crate::gazetteer::{Gazetteer, Kind};
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

/// What an actor dictionary converts to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Import {
    /// The file name written in the YAML header.
    pub source: String,
    pub countries: Vec<ImportedEntity>,
    pub organizations: Vec<ImportedEntity>,
    pub people: Vec<ImportedPerson>,
    /// Lines that could not be mapped: 1-based line number and the reason.
    pub unmapped: Vec<(usize, String)>,
    /// `ELI` codes used only for the person's country (not roles).
    pub elite_codes: usize,
}

/// A country or organization: id, canonical name and other names.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedEntity {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportedPerson {
    pub id: String,
    pub name: String,
    pub family: Option<String>,
    pub given: Option<String>,
    pub family_first: bool,
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub roles: Vec<ImportedRole>,
    /// Line of the primary phrase in the dictionary.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedRole {
    pub title: String,
    pub org: Option<String>,
    /// First day in office.
    pub from: Option<NaiveDate>,
    /// Last day in office (inclusive; the dictionary's end is exclusive).
    pub to: Option<NaiveDate>,
}

impl Import {
    /// Number of roles over all people.
    pub fn role_count(&self) -> usize {
        self.people.iter().map(|person| person.roles.len()).sum()
    }

    /// Removes the countries and organizations `gazetteer` already has (the
    /// output then refers to its entries), and the people it already knows
    /// under any of their names. Returns the ids of the people removed.
    pub fn drop_known(&mut self, gazetteer: &Gazetteer) -> Vec<String> {
        self.countries
            .retain(|country| gazetteer.find(Kind::Country, &country.id).is_none());
        self.organizations.retain(|organization| {
            gazetteer
                .find(Kind::Organization, &organization.id)
                .is_none()
        });
        let mut known = HashSet::new();
        for entity in gazetteer.refs(Kind::Person) {
            each_name(gazetteer, entity, |name, via| {
                if via != Via::Family {
                    known.insert(name_key(name));
                }
            });
        }
        let mut dropped = Vec::new();
        self.people.retain(|person| {
            let is_known = gazetteer.find(Kind::Person, &person.id).is_some()
                || std::iter::once(&person.name)
                    .chain(&person.aliases)
                    .any(|name| known.contains(&name_key(name)));
            if is_known {
                dropped.push(person.id.clone());
            }
            !is_known
        });
        dropped
    }
}

/// A name reduced to its lower-case letters and digits, for comparing
/// spellings (`Roh Moo-hyun` = `ROH MOO HYUN`).
fn name_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// One dictionary record as written: the primary phrase, its `+` synonyms and
/// every code that applies to them, each with its line.
#[derive(Debug, Default)]
struct Record {
    line: usize,
    phrase: String,
    aliases: Vec<String>,
    codes: Vec<Code>,
    /// Carries a provenance comment that marks person records.
    is_person_source: bool,
}

#[derive(Debug)]
struct Code {
    line: usize,
    code: String,
    restriction: String,
}

/// What one code means once mapped.
enum Meaning {
    /// A bare country code (`[KOR]`): the record names the country.
    Country(&'static str),
    /// A bare international-organization code (`[IGOUNO]`).
    Organization(String),
    /// `XXXELI`: a notable of the country outside office.
    Elite(Option<&'static str>),
    /// A role code we cannot map; the country still tells where the person
    /// belongs.
    UnknownRole {
        country: &'static str,
        reason: String,
    },
    /// A post: national (country set, org none) or international (org set).
    Post {
        country: Option<&'static str>,
        org: Option<String>,
        title: String,
    },
}

/// Parses an actor dictionary. `path_name` is written into the YAML header;
/// nothing is read from disk.
pub fn import(path_name: &str, text: &str) -> Import {
    let mut import = Import {
        source: path_name.to_string(),
        ..Import::default()
    };
    let records = read_records(text, &mut import.unmapped);

    // Organizations named by records come first, so that a person's IGO code
    // can refer to one whatever the order of the file.
    let mut organizations: BTreeMap<String, ImportedEntity> = BTreeMap::new();
    let mut organization_ids: HashSet<String> =
        IGO_CODES.iter().map(|row| row.1.to_string()).collect();
    let mut countries: BTreeMap<&'static str, ImportedEntity> = BTreeMap::new();
    let mut people_records = Vec::new();
    for record in records {
        let meanings: Vec<(usize, Result<Meaning, String>)> = record
            .codes
            .iter()
            .map(|code| (code.line, meaning(&code.code, !code.restriction.is_empty())))
            .collect();
        let is_person = record.is_person_source
            || meanings.iter().any(|(_, meaning)| {
                matches!(
                    meaning,
                    Ok(Meaning::Elite(_)
                        | Meaning::Post {
                            country: Some(_),
                            ..
                        })
                )
            });
        if is_person {
            people_records.push((record, meanings));
            continue;
        }
        if record.codes.is_empty() {
            import
                .unmapped
                .push((record.line, format!("`{}` has no code", record.phrase)));
            continue;
        }
        // A country or organization record: its names go to the first code
        // that maps (a country's codes may change over time, `[USRARM
        // <900823]`, but they name one place); every other problem is listed.
        let mut target = None;
        for (code, (line, meaning)) in record.codes.iter().zip(meanings) {
            if let Err(reason) = dates(&code.restriction) {
                import.unmapped.push((line, reason));
                continue;
            }
            match meaning {
                Ok(meaning @ (Meaning::Country(_) | Meaning::Organization(_)))
                    if target.is_none() =>
                {
                    target = Some(meaning)
                }
                Ok(Meaning::UnknownRole { reason, .. }) | Err(reason) => {
                    import.unmapped.push((line, reason))
                }
                // A country's dated IGO membership (`[IGOEUREEC 980701-981231]`,
                // an EU presidency) says nothing about its names.
                Ok(_) => {}
            }
        }
        let Some(target) = target else {
            import.unmapped.push((
                record.line,
                format!("`{}`: no code could be mapped", record.phrase),
            ));
            continue;
        };
        let names = std::iter::once(&record.phrase)
            .chain(&record.aliases)
            .map(|phrase| plain_name(&words(phrase)));
        match target {
            Meaning::Country(country) => {
                let entry = countries.entry(country).or_insert_with(|| ImportedEntity {
                    id: country.to_string(),
                    name: country_name(country).to_string(),
                    aliases: Vec::new(),
                });
                entry.aliases.extend(names);
            }
            Meaning::Organization(code) => {
                let entry = organizations.entry(code.clone()).or_insert_with(|| {
                    match IGO_CODES.iter().find(|row| row.0 == code) {
                        Some(&(_, id, name)) => ImportedEntity {
                            id: id.to_string(),
                            name: name.to_string(),
                            aliases: Vec::new(),
                        },
                        None => {
                            let name = plain_name(&words(&record.phrase));
                            ImportedEntity {
                                id: unique_id(&slug(&name), &mut organization_ids),
                                name,
                                aliases: Vec::new(),
                            }
                        }
                    }
                });
                entry.aliases.extend(names);
            }
            _ => unreachable!("only countries and organizations are targets"),
        }
    }

    // A phrase is one key in PETRARCH, and CountryInfo repeats a person
    // once per term: records with the same name and country are one person.
    let mut person_ids = HashSet::new();
    let mut seen_people: HashMap<(String, Option<String>), usize> = HashMap::new();
    for (record, meanings) in people_records {
        let Some(person) = person(
            &record,
            meanings,
            &organizations,
            &mut import,
            &mut person_ids,
        ) else {
            continue;
        };
        let key = (person.name.to_lowercase(), person.country.clone());
        match seen_people.get(&key) {
            Some(&index) => {
                person_ids.remove(&person.id);
                let first = &mut import.people[index];
                for alias in person.aliases {
                    if !first
                        .aliases
                        .iter()
                        .any(|known| known.eq_ignore_ascii_case(&alias))
                    {
                        first.aliases.push(alias);
                    }
                }
                first.roles.extend(person.roles);
                first.roles = merge_terms(std::mem::take(&mut first.roles));
            }
            None => {
                seen_people.insert(key, import.people.len());
                import.people.push(person);
            }
        }
    }

    // Every country and organization a person refers to is written too, so
    // the output loads on its own (`--no-builtin`).
    for person in &import.people {
        if let Some(country) = &person.country {
            if let Some(&(_, alpha2, name)) = COUNTRY_CODES.iter().find(|row| row.1 == country) {
                countries.entry(alpha2).or_insert_with(|| ImportedEntity {
                    id: alpha2.to_string(),
                    name: name.to_string(),
                    aliases: Vec::new(),
                });
            }
        }
        for role in &person.roles {
            let Some(org) = &role.org else { continue };
            if organizations.values().any(|entity| &entity.id == org) {
                continue;
            }
            if let Some(&(code, id, name)) = IGO_CODES.iter().find(|row| row.1 == org) {
                organizations.insert(
                    code.to_string(),
                    ImportedEntity {
                        id: id.to_string(),
                        name: name.to_string(),
                        aliases: Vec::new(),
                    },
                );
            }
        }
    }
    import.countries = countries.into_values().map(tidy_aliases).collect();
    let mut organizations: Vec<ImportedEntity> =
        organizations.into_values().map(tidy_aliases).collect();
    organizations.sort_by(|a, b| a.id.cmp(&b.id));
    import.organizations = organizations;
    import.unmapped.sort();
    import
}

/// Drops aliases equal to the name or to an earlier alias, ignoring case.
fn tidy_aliases(mut entity: ImportedEntity) -> ImportedEntity {
    let mut seen = HashSet::from([entity.name.to_lowercase()]);
    entity
        .aliases
        .retain(|alias| !alias.is_empty() && seen.insert(alias.to_lowercase()));
    entity
}

fn read_records(text: &str, unmapped: &mut Vec<(usize, String)>) -> Vec<Record> {
    let mut records: Vec<Record> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line_number = index + 1;
        let (content, comment) = match raw.find('#') {
            Some(at) => (&raw[..at], &raw[at + 1..]),
            None => (raw, ""),
        };
        if content.trim().is_empty() {
            continue;
        }
        let starts_record = !content.starts_with(['+', '[', ' ', '\t']);
        let (phrase, codes) = match content.find('[') {
            Some(at) => (&content[..at], &content[at..]),
            None => (content, ""),
        };
        if starts_record {
            records.push(Record {
                line: line_number,
                phrase: phrase.trim().to_string(),
                is_person_source: comment.contains("CountryInfo") || comment.contains("IGOrulers"),
                ..Record::default()
            });
        }
        let Some(record) = records.last_mut() else {
            unmapped.push((line_number, "alias or code line before any record".into()));
            continue;
        };
        if let Some(alias) = phrase.trim_start().strip_prefix('+') {
            let alias = alias.trim();
            if alias.is_empty() {
                unmapped.push((line_number, "empty `+` alias".into()));
            } else {
                record.aliases.push(alias.to_string());
            }
        } else if !starts_record && !phrase.trim().is_empty() {
            unmapped.push((line_number, format!("unexpected text `{}`", phrase.trim())));
        }
        read_codes(codes, line_number, record, unmapped);
    }
    records
}

fn read_codes(
    mut text: &str,
    line: usize,
    record: &mut Record,
    unmapped: &mut Vec<(usize, String)>,
) {
    loop {
        text = text.trim_start();
        if text.is_empty() {
            return;
        }
        let Some(rest) = text.strip_prefix('[') else {
            unmapped.push((
                line,
                format!("unexpected text `{}` after a code", text.trim_end()),
            ));
            return;
        };
        let Some(end) = rest.find(']') else {
            unmapped.push((line, format!("unclosed `[{}`", rest.trim_end())));
            return;
        };
        let inside = rest[..end].trim();
        let (code, restriction) = match inside.split_once(char::is_whitespace) {
            Some((code, restriction)) => (code, restriction.trim()),
            None => (inside, ""),
        };
        if code.is_empty() {
            unmapped.push((line, "empty code `[]`".into()));
        } else {
            record.codes.push(Code {
                line,
                code: code.to_ascii_uppercase(),
                restriction: restriction.to_string(),
            });
        }
        text = &rest[end + 1..];
    }
}

/// Maps one code. `dated` tells a bare country code on a person (a role we
/// cannot name) from a country record.
fn meaning(code: &str, dated: bool) -> Result<Meaning, String> {
    if code.len() < 3 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(format!("`{code}` is not a CAMEO code"));
    }
    let (prefix, mut rest) = code.split_at(3);
    if prefix == "IGO" {
        if rest.is_empty() {
            return Err("`IGO` names no organization".into());
        }
        let org = IGO_CODES
            .iter()
            .find(|row| row.0 == code)
            .map(|row| row.1.to_string());
        if dated {
            return Ok(Meaning::Post {
                country: None,
                org: Some(org.unwrap_or_else(|| code.to_string())),
                title: String::new(),
            });
        }
        return Ok(Meaning::Organization(code.to_string()));
    }
    if prefix == "ELI" && rest.is_empty() {
        return Ok(Meaning::Elite(None));
    }
    if ["NGO", "MNC", "IMG", "UIS", "NGM"].contains(&prefix) {
        return Err(format!("`{code}`: {prefix} actors are not imported"));
    }
    let mut country = alpha2(prefix);
    if rest.len() >= 3 && role_title(&rest[..3]).is_none() && rest[..3] != *"ELI" {
        if let Some(territory) = alpha2(&rest[..3]) {
            country = Some(territory);
            rest = &rest[3..];
        }
    }
    let Some(country) = country else {
        return Err(match prefix {
            "USR" | "YUG" | "CSK" | "DDR" | "SCG" | "FRY" | "SUN" => {
                format!("`{code}`: former state `{prefix}` has no country in the gazetteer")
            }
            "KNT" => format!("`{code}`: fictional country `KNT`"),
            _ => format!("`{code}`: unknown country code `{prefix}`"),
        });
    };
    if rest.is_empty() {
        return Ok(Meaning::Country(country));
    }
    if rest == "ELI" {
        return Ok(Meaning::Elite(Some(country)));
    }
    // CAMEO codes refine left to right (`GOVMUS`: government, Muslim), so an
    // unknown refinement falls back to the longest known prefix.
    let title = (1..=rest.len() / 3)
        .rev()
        .find_map(|groups| rest.get(..groups * 3).and_then(role_title));
    match title {
        Some(title) => Ok(Meaning::Post {
            country: Some(country),
            org: None,
            title: title.to_string(),
        }),
        None => Ok(Meaning::UnknownRole {
            country,
            reason: format!("`{code}`: unknown role code `{rest}`"),
        }),
    }
}

fn person(
    record: &Record,
    meanings: Vec<(usize, Result<Meaning, String>)>,
    organizations: &BTreeMap<String, ImportedEntity>,
    import: &mut Import,
    ids: &mut HashSet<String>,
) -> Option<ImportedPerson> {
    let mut posts = Vec::new();
    let mut post_country = None;
    let mut elite_country = None;
    let mut bare_country = None;
    for (code, (line, meaning)) in record.codes.iter().zip(meanings) {
        match meaning {
            Err(reason) => import.unmapped.push((line, reason)),
            Ok(Meaning::UnknownRole { country, reason }) => {
                import.unmapped.push((line, reason));
                bare_country = bare_country.or(Some(country));
            }
            Ok(Meaning::Elite(country)) => {
                import.elite_codes += 1;
                elite_country = elite_country.or(country);
            }
            Ok(Meaning::Country(country)) => {
                if !code.restriction.is_empty() {
                    import.unmapped.push((
                        line,
                        format!(
                            "`{}`: a dated code without a role; used for the country only",
                            code.code
                        ),
                    ));
                }
                bare_country = bare_country.or(Some(country));
            }
            Ok(Meaning::Organization(code))
            | Ok(Meaning::Post {
                org: Some(code),
                country: None,
                ..
            }) if !organizations.contains_key(&code)
                && !IGO_CODES.iter().any(|row| row.1 == code) =>
            {
                import.unmapped.push((
                    line,
                    format!("`{code}`: unknown international organization"),
                ));
            }
            Ok(Meaning::Organization(org))
            | Ok(Meaning::Post {
                org: Some(org),
                country: None,
                ..
            }) => {
                let (id, name) = match organizations.get(&org) {
                    Some(entity) => (entity.id.clone(), entity.name.clone()),
                    None => {
                        let row = IGO_CODES
                            .iter()
                            .find(|row| row.1 == org)
                            .expect("checked above");
                        (row.1.to_string(), row.2.to_string())
                    }
                };
                match dates(&code.restriction) {
                    Ok((from, to)) => posts.push((
                        None,
                        ImportedRole {
                            title: format!("{name} official"),
                            org: Some(id),
                            from,
                            to,
                        },
                    )),
                    Err(reason) => import.unmapped.push((line, reason)),
                }
            }
            Ok(Meaning::Post { country, title, .. }) => match dates(&code.restriction) {
                Ok((from, to)) => {
                    post_country = post_country.or(country);
                    posts.push((
                        country,
                        ImportedRole {
                            title,
                            org: None,
                            from,
                            to,
                        },
                    ));
                }
                Err(reason) => import.unmapped.push((line, reason)),
            },
        }
    }
    let country = post_country.or(elite_country).or(bare_country);
    if posts.is_empty() && country.is_none() {
        import.unmapped.push((
            record.line,
            format!("`{}`: no role or country could be mapped", record.phrase),
        ));
        return None;
    }
    let mut roles: Vec<ImportedRole> = posts
        .into_iter()
        .map(|(role_country, mut role)| {
            if let Some(role_country) = role_country.filter(|&other| Some(other) != country) {
                role.title = format!("{}, {}", role.title, country_name(role_country));
            }
            role
        })
        .collect();
    roles = merge_terms(roles);

    let style = NameStyle::of(country);
    let (name, family, given) = person_name(&words(&record.phrase), style);
    if name.is_empty() {
        import
            .unmapped
            .push((record.line, "record has an empty phrase".into()));
        return None;
    }
    let mut seen = HashSet::from([name.to_lowercase()]);
    let aliases = record
        .aliases
        .iter()
        .map(|alias| {
            // Only an alias that starts with the family name is a name in
            // the same order (`CHIN_DAE_JE_`); others (`PREMIER_WEN_JIABAO`)
            // keep their words as they are.
            let alias_words = words(alias);
            if family.is_some() && alias_words.first() == family.as_ref() {
                person_name(&alias_words, style).0
            } else {
                plain_name(&alias_words)
            }
        })
        .filter(|alias| !alias.is_empty() && seen.insert(alias.to_lowercase()))
        .collect();
    Some(ImportedPerson {
        id: unique_id(&slug(&name), ids),
        name,
        family,
        given,
        family_first: style != NameStyle::GivenFirst,
        aliases,
        country: country.map(str::to_string),
        roles,
        line: record.line,
    })
}

/// Merges terms of one post that overlap or touch, and sorts by start.
fn merge_terms(mut roles: Vec<ImportedRole>) -> Vec<ImportedRole> {
    roles.sort_by(|a, b| (&a.title, &a.org, a.from).cmp(&(&b.title, &b.org, b.from)));
    let mut merged: Vec<ImportedRole> = Vec::new();
    for role in roles {
        if let Some(last) = merged.last_mut() {
            let same_post = last.title == role.title && last.org == role.org;
            let last_end = last.to.unwrap_or(NaiveDate::MAX);
            let start = role.from.unwrap_or(NaiveDate::MIN);
            if same_post
                && start
                    <= last_end
                        .checked_add_signed(Duration::days(1))
                        .unwrap_or(NaiveDate::MAX)
            {
                last.to = match (last.to, role.to) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None,
                };
                continue;
            }
        }
        merged.push(role);
    }
    merged.sort_by(|a, b| (a.from, &a.title).cmp(&(b.from, &b.title)));
    merged
}

/// `""`, `>D`, `<D` or `A-B` to first and last day in office.
fn dates(restriction: &str) -> Result<(Option<NaiveDate>, Option<NaiveDate>), String> {
    let text: String = restriction.chars().filter(|c| !c.is_whitespace()).collect();
    let day_before = |date: NaiveDate| date.pred_opt().expect("dates after year 1");
    let (from, to) = if text.is_empty() {
        (None, None)
    } else if let Some(date) = text.strip_prefix('>') {
        (Some(date_of(date)?), None)
    } else if let Some(date) = text.strip_prefix('<') {
        (None, Some(day_before(date_of(date)?)))
    } else if let Some((start, end)) = text.split_once('-') {
        (Some(date_of(start)?), Some(day_before(date_of(end)?)))
    } else {
        return Err(format!(
            "`{restriction}` is not a date restriction (>D, <D or D-D)"
        ));
    };
    if let (Some(from), Some(to)) = (from, to) {
        if to < from {
            return Err(format!("`{restriction}` ends before it starts"));
        }
    }
    Ok((from, to))
}

/// `YYMMDD` or `YYYYMMDD`; a day past the end of the month is clamped.
fn date_of(text: &str) -> Result<NaiveDate, String> {
    let bad = || format!("`{text}` is not a date (YYMMDD or YYYYMMDD)");
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().map_err(|_| bad());
    let (year, month, day) = match text.len() {
        6 => {
            let year = number(0..2)?;
            let year = if year <= 30 { 2000 + year } else { 1900 + year };
            (year as i32, number(2..4)?, number(4..6)?)
        }
        8 => (number(0..4)? as i32, number(4..6)?, number(6..8)?),
        _ => return Err(bad()),
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(bad());
    }
    let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad)?;
    let last = (first + Duration::days(31)).with_day(1).ok_or_else(bad)? - Duration::days(1);
    Ok(first.with_day(day).unwrap_or(last))
}

/// How a person's name is written, from their country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameStyle {
    /// Korean, Taiwanese: `Roh Moo-hyun`.
    FamilyFirstHyphenated,
    /// Mainland Chinese: `Wen Jiabao`.
    FamilyFirstJoined,
    GivenFirst,
}

impl NameStyle {
    fn of(country: Option<&str>) -> NameStyle {
        match country {
            Some("KR" | "KP" | "TW") => NameStyle::FamilyFirstHyphenated,
            Some("CN") => NameStyle::FamilyFirstJoined,
            _ => NameStyle::GivenFirst,
        }
    }
}

/// The words of a phrase, title-cased: `_` and whitespace separate words.
/// Particles inside a name stay lower case (`Javier de Cuellar`).
fn words(phrase: &str) -> Vec<String> {
    const PARTICLES: &[&str] = &[
        "da", "das", "de", "del", "der", "di", "do", "dos", "du", "la", "le", "van", "von",
    ];
    phrase
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|word| !word.is_empty())
        .enumerate()
        .map(|(index, word)| {
            let lower = word.to_lowercase();
            if index > 0 && PARTICLES.contains(&lower.as_str()) {
                lower
            } else {
                title_case(word)
            }
        })
        .collect()
}

/// `O'NEILL` → `O'Neill`, `JEAN-MARC` → `Jean-Marc`: upper case after
/// anything that is not a letter.
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut after_letter = false;
    for c in word.chars() {
        if after_letter {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        after_letter = c.is_alphabetic();
    }
    out
}

fn plain_name(words: &[String]) -> String {
    words.join(" ")
}

/// Canonical name, family name and given name.
fn person_name(words: &[String], style: NameStyle) -> (String, Option<String>, Option<String>) {
    match words {
        [] => (String::new(), None, None),
        [only] => (only.clone(), Some(only.clone()), None),
        [first, rest @ ..] if style != NameStyle::GivenFirst => {
            let separator = if style == NameStyle::FamilyFirstHyphenated {
                "-"
            } else {
                ""
            };
            let given = rest
                .iter()
                .enumerate()
                .map(|(index, word)| {
                    if index == 0 {
                        word.clone()
                    } else {
                        word.to_lowercase()
                    }
                })
                .collect::<Vec<_>>()
                .join(separator);
            (format!("{first} {given}"), Some(first.clone()), Some(given))
        }
        [rest @ .., last] => {
            let given = rest.join(" ");
            (format!("{given} {last}"), Some(last.clone()), Some(given))
        }
    }
}

/// ASCII lower case, other characters to single hyphens.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') && c != '\'' {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("unnamed");
    }
    out
}

fn unique_id(base: &str, taken: &mut HashSet<String>) -> String {
    let mut id = base.to_string();
    let mut suffix = 2;
    while !taken.insert(id.clone()) {
        id = format!("{base}-{suffix}");
        suffix += 1;
    }
    id
}

fn alpha2(cameo: &str) -> Option<&'static str> {
    COUNTRY_CODES
        .binary_search_by(|row| row.0.cmp(cameo))
        .ok()
        .map(|index| COUNTRY_CODES[index].1)
}

fn country_name(alpha2: &str) -> &'static str {
    COUNTRY_CODES
        .iter()
        .find(|row| row.1 == alpha2)
        .map_or("", |row| row.2)
}

/// CAMEO role codes after the country, as role titles. `ELI` is not here:
/// it is not a post (see the module comment).
fn role_title(code: &str) -> Option<&'static str> {
    Some(match code {
        "GOV" => "Government member",
        "GOVAGR" => "Government member (agriculture)",
        "GOVBUS" => "Government member (economy, finance, trade)",
        "GOVCOP" => "Government member (police, interior)",
        "GOVDEV" => "Government member (development)",
        "GOVEDU" => "Government member (education)",
        "GOVENV" => "Government member (environment)",
        "GOVHLH" => "Government member (health)",
        "GOVHRI" => "Government member (human rights)",
        "GOVJUD" => "Government member (justice)",
        "GOVLAB" => "Government member (labour)",
        "GOVLEG" => "Government member (legislative affairs)",
        "GOVMED" => "Government member (information, communications)",
        "GOVMIL" => "Government member (defence)",
        "GOVREF" => "Government member (refugees)",
        "GOVREL" => "Government member (religious affairs)",
        "GOVSPY" => "Government member (intelligence)",
        "MIL" => "Military",
        "SPY" => "Intelligence service",
        "COP" => "Police",
        "LEG" => "Legislature",
        "JUD" => "Judiciary",
        "OPP" => "Opposition",
        "REB" => "Rebel group",
        _ => return None,
    })
}

/// Writes the import as gazetteer YAML (docs/GAZETTEER.md format), loadable on its
/// own: every country and organization a person refers to is included.
pub fn to_yaml(import: &Import) -> String {
    let mut out = String::new();
    let source = import.source.replace(['\n', '\r'], " ");
    let _ = writeln!(
        out,
        "# Imported by `dipkb gazetteer import-cameo` from {source},\n\
         # a PETRARCH/TABARI CAMEO actor dictionary. This file is derived from it:\n\
         # the dictionary's licence and notices apply to it too (the Phoenix\n\
         # dictionaries are MIT, built from CountryInfo, CC BY-SA 3.0; data derived\n\
         # from them is offered under CC BY-SA 3.0).\n\
         # People: {}, roles: {}, countries: {}, organizations: {}; lines not imported: {}.\n\
         # Roles are CAMEO codes, not posts: `Government member` means the dictionary\n\
         # coded the person as part of that government over those dates.",
        import.people.len(),
        import.role_count(),
        import.countries.len(),
        import.organizations.len(),
        import.unmapped.len(),
    );
    if !import.countries.is_empty() {
        out.push_str("countries:\n");
        for country in &import.countries {
            write_entity(&mut out, country, None);
        }
    }
    if !import.organizations.is_empty() {
        out.push_str("organizations:\n");
        for organization in &import.organizations {
            write_entity(&mut out, organization, Some("international"));
        }
    }
    if !import.people.is_empty() {
        out.push_str("people:\n");
        for person in &import.people {
            let _ = writeln!(out, "  - id: {}", scalar(&person.id));
            let _ = writeln!(out, "    name: {}", scalar(&person.name));
            if let Some(family) = &person.family {
                let _ = writeln!(out, "    family: {}", scalar(family));
            }
            if let Some(given) = &person.given {
                let _ = writeln!(out, "    given: {}", scalar(given));
            }
            let order = if person.family_first {
                "family_first"
            } else {
                "given_first"
            };
            let _ = writeln!(out, "    name_order: {order}");
            write_aliases(&mut out, &person.aliases);
            if let Some(country) = &person.country {
                let _ = writeln!(out, "    country: {}", scalar(country));
            }
            if !person.roles.is_empty() {
                out.push_str("    roles:\n");
                for role in &person.roles {
                    let mut fields = vec![format!("title: {}", scalar(&role.title))];
                    if let Some(org) = &role.org {
                        fields.push(format!("org: {}", scalar(org)));
                    }
                    if let Some(from) = role.from {
                        fields.push(format!("from: {}", from.format("%Y-%m-%d")));
                    }
                    if let Some(to) = role.to {
                        fields.push(format!("to: {}", to.format("%Y-%m-%d")));
                    }
                    let _ = writeln!(out, "      - {{{}}}", fields.join(", "));
                }
            }
        }
    }
    out
}

fn write_entity(out: &mut String, entity: &ImportedEntity, kind: Option<&str>) {
    let _ = writeln!(out, "  - id: {}", scalar(&entity.id));
    let _ = writeln!(out, "    name: {}", scalar(&entity.name));
    if let Some(kind) = kind {
        let _ = writeln!(out, "    kind: {kind}");
    }
    write_aliases(out, &entity.aliases);
}

fn write_aliases(out: &mut String, aliases: &[String]) {
    if aliases.is_empty() {
        return;
    }
    let items: Vec<String> = aliases.iter().map(|alias| scalar(alias)).collect();
    let _ = writeln!(out, "    aliases: [{}]", items.join(", "));
}

/// A YAML scalar for `text`: plain when it is unambiguously a string inside
/// a flow sequence too, otherwise double-quoted with escapes.
fn scalar(text: &str) -> String {
    const RESERVED: &[&str] = &[
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
    ];
    let is_plain = text.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " .'-".contains(c))
        && !text.ends_with(' ')
        && !text.contains("  ")
        && !RESERVED.contains(&text.to_ascii_lowercase().as_str());
    if is_plain {
        return text.to_string();
    }
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(quoted, "\\u{:04x}", c as u32);
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// International organizations by CAMEO code: (code, gazetteer id, name).
/// The ids are the built-in gazetteer's, so imported roles link to them.
const IGO_CODES: &[(&str, &str, &str)] = &[
    ("IGOAFRAFU", "african-union", "African Union"),
    ("IGOASADEVADB", "adb", "Asian Development Bank"),
    ("IGOBUSIMF", "imf", "International Monetary Fund"),
    (
        "IGOBUSOPC",
        "opec",
        "Organization of the Petroleum Exporting Countries",
    ),
    ("IGOBUSWTO", "wto", "World Trade Organization"),
    ("IGOEUREEC", "eu", "European Union"),
    (
        "IGOSEAASN",
        "asean",
        "Association of Southeast Asian Nations",
    ),
    ("IGOUNO", "un", "United Nations"),
    ("IGOUNODEVWBK", "world-bank", "World Bank"),
    ("IGOUNOHLHWHO", "who", "World Health Organization"),
    (
        "IGOUNOHRIHCH",
        "ohchr",
        "Office of the United Nations High Commissioner for Human Rights",
    ),
    ("IGOUNOIAE", "iaea", "International Atomic Energy Agency"),
    ("IGOUNOKID", "unicef", "United Nations Children's Fund"),
    ("IGOUNOLABILO", "ilo", "International Labour Organization"),
    (
        "IGOUNOREFHCR",
        "unhcr",
        "Office of the United Nations High Commissioner for Refugees",
    ),
    ("IGOUNOWFP", "wfp", "World Food Programme"),
    ("IGOWSTNAT", "nato", "North Atlantic Treaty Organization"),
];

/// CAMEO country codes (ISO 3166-1 alpha-3, plus CAMEO's own `KSV`, `TMP`,
/// `IMY`, `ROM`, `ZAR`) to ISO alpha-2 and English name, sorted by code.
/// Generated once from mledoze/countries (`cca3`, `cca2`, `name.common`).
const COUNTRY_CODES: &[(&str, &str, &str)] = &[
    ("ABW", "AW", "Aruba"),
    ("AFG", "AF", "Afghanistan"),
    ("AGO", "AO", "Angola"),
    ("AIA", "AI", "Anguilla"),
    ("ALA", "AX", "Åland Islands"),
    ("ALB", "AL", "Albania"),
    ("AND", "AD", "Andorra"),
    ("ARE", "AE", "United Arab Emirates"),
    ("ARG", "AR", "Argentina"),
    ("ARM", "AM", "Armenia"),
    ("ASM", "AS", "American Samoa"),
    ("ATA", "AQ", "Antarctica"),
    ("ATF", "TF", "French Southern and Antarctic Lands"),
    ("ATG", "AG", "Antigua and Barbuda"),
    ("AUS", "AU", "Australia"),
    ("AUT", "AT", "Austria"),
    ("AZE", "AZ", "Azerbaijan"),
    ("BDI", "BI", "Burundi"),
    ("BEL", "BE", "Belgium"),
    ("BEN", "BJ", "Benin"),
    ("BES", "BQ", "Caribbean Netherlands"),
    ("BFA", "BF", "Burkina Faso"),
    ("BGD", "BD", "Bangladesh"),
    ("BGR", "BG", "Bulgaria"),
    ("BHR", "BH", "Bahrain"),
    ("BHS", "BS", "Bahamas"),
    ("BIH", "BA", "Bosnia and Herzegovina"),
    ("BLM", "BL", "Saint Barthélemy"),
    ("BLR", "BY", "Belarus"),
    ("BLZ", "BZ", "Belize"),
    ("BMU", "BM", "Bermuda"),
    ("BOL", "BO", "Bolivia"),
    ("BRA", "BR", "Brazil"),
    ("BRB", "BB", "Barbados"),
    ("BRN", "BN", "Brunei"),
    ("BTN", "BT", "Bhutan"),
    ("BVT", "BV", "Bouvet Island"),
    ("BWA", "BW", "Botswana"),
    ("CAF", "CF", "Central African Republic"),
    ("CAN", "CA", "Canada"),
    ("CCK", "CC", "Cocos (Keeling) Islands"),
    ("CHE", "CH", "Switzerland"),
    ("CHL", "CL", "Chile"),
    ("CHN", "CN", "China"),
    ("CIV", "CI", "Ivory Coast"),
    ("CMR", "CM", "Cameroon"),
    ("COD", "CD", "DR Congo"),
    ("COG", "CG", "Congo"),
    ("COK", "CK", "Cook Islands"),
    ("COL", "CO", "Colombia"),
    ("COM", "KM", "Comoros"),
    ("CPV", "CV", "Cape Verde"),
    ("CRI", "CR", "Costa Rica"),
    ("CUB", "CU", "Cuba"),
    ("CUW", "CW", "Curaçao"),
    ("CXR", "CX", "Christmas Island"),
    ("CYM", "KY", "Cayman Islands"),
    ("CYP", "CY", "Cyprus"),
    ("CZE", "CZ", "Czechia"),
    ("DEU", "DE", "Germany"),
    ("DJI", "DJ", "Djibouti"),
    ("DMA", "DM", "Dominica"),
    ("DNK", "DK", "Denmark"),
    ("DOM", "DO", "Dominican Republic"),
    ("DZA", "DZ", "Algeria"),
    ("ECU", "EC", "Ecuador"),
    ("EGY", "EG", "Egypt"),
    ("ERI", "ER", "Eritrea"),
    ("ESH", "EH", "Western Sahara"),
    ("ESP", "ES", "Spain"),
    ("EST", "EE", "Estonia"),
    ("ETH", "ET", "Ethiopia"),
    ("FIN", "FI", "Finland"),
    ("FJI", "FJ", "Fiji"),
    ("FLK", "FK", "Falkland Islands"),
    ("FRA", "FR", "France"),
    ("FRO", "FO", "Faroe Islands"),
    ("FSM", "FM", "Micronesia"),
    ("GAB", "GA", "Gabon"),
    ("GBR", "GB", "United Kingdom"),
    ("GEO", "GE", "Georgia"),
    ("GGY", "GG", "Guernsey"),
    ("GHA", "GH", "Ghana"),
    ("GIB", "GI", "Gibraltar"),
    ("GIN", "GN", "Guinea"),
    ("GLP", "GP", "Guadeloupe"),
    ("GMB", "GM", "Gambia"),
    ("GNB", "GW", "Guinea-Bissau"),
    ("GNQ", "GQ", "Equatorial Guinea"),
    ("GRC", "GR", "Greece"),
    ("GRD", "GD", "Grenada"),
    ("GRL", "GL", "Greenland"),
    ("GTM", "GT", "Guatemala"),
    ("GUF", "GF", "French Guiana"),
    ("GUM", "GU", "Guam"),
    ("GUY", "GY", "Guyana"),
    ("HKG", "HK", "Hong Kong"),
    ("HMD", "HM", "Heard Island and McDonald Islands"),
    ("HND", "HN", "Honduras"),
    ("HRV", "HR", "Croatia"),
    ("HTI", "HT", "Haiti"),
    ("HUN", "HU", "Hungary"),
    ("IDN", "ID", "Indonesia"),
    ("IMN", "IM", "Isle of Man"),
    ("IMY", "IM", "Isle of Man"),
    ("IND", "IN", "India"),
    ("IOT", "IO", "British Indian Ocean Territory"),
    ("IRL", "IE", "Ireland"),
    ("IRN", "IR", "Iran"),
    ("IRQ", "IQ", "Iraq"),
    ("ISL", "IS", "Iceland"),
    ("ISR", "IL", "Israel"),
    ("ITA", "IT", "Italy"),
    ("JAM", "JM", "Jamaica"),
    ("JEY", "JE", "Jersey"),
    ("JOR", "JO", "Jordan"),
    ("JPN", "JP", "Japan"),
    ("KAZ", "KZ", "Kazakhstan"),
    ("KEN", "KE", "Kenya"),
    ("KGZ", "KG", "Kyrgyzstan"),
    ("KHM", "KH", "Cambodia"),
    ("KIR", "KI", "Kiribati"),
    ("KNA", "KN", "Saint Kitts and Nevis"),
    ("KOR", "KR", "South Korea"),
    ("KSV", "XK", "Kosovo"),
    ("KWT", "KW", "Kuwait"),
    ("LAO", "LA", "Laos"),
    ("LBN", "LB", "Lebanon"),
    ("LBR", "LR", "Liberia"),
    ("LBY", "LY", "Libya"),
    ("LCA", "LC", "Saint Lucia"),
    ("LIE", "LI", "Liechtenstein"),
    ("LKA", "LK", "Sri Lanka"),
    ("LSO", "LS", "Lesotho"),
    ("LTU", "LT", "Lithuania"),
    ("LUX", "LU", "Luxembourg"),
    ("LVA", "LV", "Latvia"),
    ("MAC", "MO", "Macau"),
    ("MAF", "MF", "Saint Martin"),
    ("MAR", "MA", "Morocco"),
    ("MCO", "MC", "Monaco"),
    ("MDA", "MD", "Moldova"),
    ("MDG", "MG", "Madagascar"),
    ("MDV", "MV", "Maldives"),
    ("MEX", "MX", "Mexico"),
    ("MHL", "MH", "Marshall Islands"),
    ("MKD", "MK", "North Macedonia"),
    ("MLI", "ML", "Mali"),
    ("MLT", "MT", "Malta"),
    ("MMR", "MM", "Myanmar"),
    ("MNE", "ME", "Montenegro"),
    ("MNG", "MN", "Mongolia"),
    ("MNP", "MP", "Northern Mariana Islands"),
    ("MOZ", "MZ", "Mozambique"),
    ("MRT", "MR", "Mauritania"),
    ("MSR", "MS", "Montserrat"),
    ("MTQ", "MQ", "Martinique"),
    ("MUS", "MU", "Mauritius"),
    ("MWI", "MW", "Malawi"),
    ("MYS", "MY", "Malaysia"),
    ("MYT", "YT", "Mayotte"),
    ("NAM", "NA", "Namibia"),
    ("NCL", "NC", "New Caledonia"),
    ("NER", "NE", "Niger"),
    ("NFK", "NF", "Norfolk Island"),
    ("NGA", "NG", "Nigeria"),
    ("NIC", "NI", "Nicaragua"),
    ("NIU", "NU", "Niue"),
    ("NLD", "NL", "Netherlands"),
    ("NOR", "NO", "Norway"),
    ("NPL", "NP", "Nepal"),
    ("NRU", "NR", "Nauru"),
    ("NZL", "NZ", "New Zealand"),
    ("OMN", "OM", "Oman"),
    ("PAK", "PK", "Pakistan"),
    ("PAN", "PA", "Panama"),
    ("PCN", "PN", "Pitcairn Islands"),
    ("PER", "PE", "Peru"),
    ("PHL", "PH", "Philippines"),
    ("PLW", "PW", "Palau"),
    ("PNG", "PG", "Papua New Guinea"),
    ("POL", "PL", "Poland"),
    ("PRI", "PR", "Puerto Rico"),
    ("PRK", "KP", "North Korea"),
    ("PRT", "PT", "Portugal"),
    ("PRY", "PY", "Paraguay"),
    ("PSE", "PS", "Palestine"),
    ("PYF", "PF", "French Polynesia"),
    ("QAT", "QA", "Qatar"),
    ("REU", "RE", "Réunion"),
    ("ROM", "RO", "Romania"),
    ("ROU", "RO", "Romania"),
    ("RUS", "RU", "Russia"),
    ("RWA", "RW", "Rwanda"),
    ("SAU", "SA", "Saudi Arabia"),
    ("SDN", "SD", "Sudan"),
    ("SEN", "SN", "Senegal"),
    ("SGP", "SG", "Singapore"),
    ("SGS", "GS", "South Georgia"),
    ("SHN", "SH", "Saint Helena, Ascension and Tristan da Cunha"),
    ("SJM", "SJ", "Svalbard and Jan Mayen"),
    ("SLB", "SB", "Solomon Islands"),
    ("SLE", "SL", "Sierra Leone"),
    ("SLV", "SV", "El Salvador"),
    ("SMR", "SM", "San Marino"),
    ("SOM", "SO", "Somalia"),
    ("SPM", "PM", "Saint Pierre and Miquelon"),
    ("SRB", "RS", "Serbia"),
    ("SSD", "SS", "South Sudan"),
    ("STP", "ST", "São Tomé and Príncipe"),
    ("SUR", "SR", "Suriname"),
    ("SVK", "SK", "Slovakia"),
    ("SVN", "SI", "Slovenia"),
    ("SWE", "SE", "Sweden"),
    ("SWZ", "SZ", "Eswatini"),
    ("SXM", "SX", "Sint Maarten"),
    ("SYC", "SC", "Seychelles"),
    ("SYR", "SY", "Syria"),
    ("TCA", "TC", "Turks and Caicos Islands"),
    ("TCD", "TD", "Chad"),
    ("TGO", "TG", "Togo"),
    ("THA", "TH", "Thailand"),
    ("TJK", "TJ", "Tajikistan"),
    ("TKL", "TK", "Tokelau"),
    ("TKM", "TM", "Turkmenistan"),
    ("TLS", "TL", "Timor-Leste"),
    ("TMP", "TL", "Timor-Leste"),
    ("TON", "TO", "Tonga"),
    ("TTO", "TT", "Trinidad and Tobago"),
    ("TUN", "TN", "Tunisia"),
    ("TUR", "TR", "Türkiye"),
    ("TUV", "TV", "Tuvalu"),
    ("TWN", "TW", "Taiwan"),
    ("TZA", "TZ", "Tanzania"),
    ("UGA", "UG", "Uganda"),
    ("UKR", "UA", "Ukraine"),
    ("UMI", "UM", "United States Minor Outlying Islands"),
    ("URY", "UY", "Uruguay"),
    ("USA", "US", "United States"),
    ("UZB", "UZ", "Uzbekistan"),
    ("VAT", "VA", "Vatican City"),
    ("VCT", "VC", "Saint Vincent and the Grenadines"),
    ("VEN", "VE", "Venezuela"),
    ("VGB", "VG", "British Virgin Islands"),
    ("VIR", "VI", "United States Virgin Islands"),
    ("VNM", "VN", "Vietnam"),
    ("VUT", "VU", "Vanuatu"),
    ("WLF", "WF", "Wallis and Futuna"),
    ("WSM", "WS", "Samoa"),
    ("YEM", "YE", "Yemen"),
    ("ZAF", "ZA", "South Africa"),
    ("ZAR", "CD", "DR Congo"),
    ("ZMB", "ZM", "Zambia"),
    ("ZWE", "ZW", "Zimbabwe"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn korean_record_becomes_family_first_hyphenated_person_without_elite_roles() {
        let text = "ROH_MOO_HYUN_  # CountryInfo.txt\n\t[KORELI 640101-030225]\n\t[KORGOV 030225-080225]\n\t[KORELI]\n";
        let import = import("x.txt", text);
        assert!(import.unmapped.is_empty(), "{:?}", import.unmapped);
        let person = &import.people[0];
        assert_eq!(person.id, "roh-moo-hyun");
        assert_eq!(person.name, "Roh Moo-hyun");
        assert_eq!(person.family.as_deref(), Some("Roh"));
        assert_eq!(person.given.as_deref(), Some("Moo-hyun"));
        assert!(person.family_first);
        assert_eq!(person.country.as_deref(), Some("KR"));
        assert_eq!(
            person.roles,
            vec![ImportedRole {
                title: "Government member".into(),
                org: None,
                from: Some(date("2003-02-25")),
                to: Some(date("2008-02-24")),
            }]
        );
        assert_eq!(import.elite_codes, 2);
        assert_eq!(import.countries[0].id, "KR");
    }

    #[test]
    fn dates_take_both_widths_and_exclusive_ends() {
        assert_eq!(dates(">080225"), Ok((Some(date("2008-02-25")), None)));
        assert_eq!(dates("<300101"), Ok((None, Some(date("2029-12-31")))));
        assert_eq!(dates("<310101"), Ok((None, Some(date("1930-12-31")))));
        assert_eq!(
            dates("19290101-810120"),
            Ok((Some(date("1929-01-01")), Some(date("1981-01-19"))))
        );
        assert_eq!(dates(""), Ok((None, None)));
        // CountryInfo's month-end approximations are clamped.
        assert_eq!(date_of("100931"), Ok(date("2010-09-30")));
        assert!(dates("9008223-911221").is_err());
        assert!(dates("080925-080925").is_err());
        assert!(date_of("021301").is_err());
        assert!(date_of("020100").is_err());
    }

    #[test]
    fn overlapping_terms_of_one_post_merge() {
        let text = "HAN_DUCK_SOO_\n\t[KORGOV 060314-060419]\n\t[KORGOV 041001-060930]\n\t[KORGOV 060930-070101]\n\t[KORGOV >090701]\n";
        let roles = &import("x", text).people[0].roles;
        let spans: Vec<_> = roles.iter().map(|role| (role.from, role.to)).collect();
        assert_eq!(
            spans,
            vec![
                (Some(date("2004-10-01")), Some(date("2006-12-31"))),
                (Some(date("2009-07-01")), None)
            ]
        );
    }

    #[test]
    fn territory_and_igo_codes_map_to_country_and_organization() {
        let text = "A_B_  [GBRVGBGOV 050101-060101]\nC_D_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt\nNATO_\n+NORTH_ATLANTIC_TREATY_ORGANIZATION_\n\t[IGOWSTNAT]\n";
        let import = import("x", text);
        assert_eq!(import.people[0].country.as_deref(), Some("VG"));
        assert_eq!(import.people[1].roles[0].org.as_deref(), Some("un"));
        assert_eq!(import.people[1].roles[0].title, "United Nations official");
        let ids: Vec<_> = import
            .organizations
            .iter()
            .map(|org| org.id.as_str())
            .collect();
        assert_eq!(ids, ["nato", "un"]);
        // The record's long name equals the table's name: only `Nato` is left.
        assert_eq!(import.organizations[0].aliases, ["Nato"]);
    }

    #[test]
    fn unmappable_lines_are_reported_with_their_numbers() {
        let text = "# comment\nNO_CODE_HERE\nHONECKER_  # CountryInfo.txt\n\t[DDRGOV 711231-891018]\nX_Y_  [KNTGOV]\n+\n";
        let import = import("x", text);
        let lines: Vec<usize> = import.unmapped.iter().map(|(line, _)| *line).collect();
        // Line 5 twice: the fictional code, then the record that has nothing left.
        assert_eq!(lines, [2, 3, 4, 5, 5, 6]);
        assert!(import.people.is_empty());
    }

    #[test]
    fn records_of_one_name_and_country_merge() {
        let text = "KIM_JONG_HO_ [KORGOV 030101-040101]\nKIM_JONG_HO_ [KORGOV 040101-050101]\n";
        let import = import("x", text);
        assert_eq!(import.people.len(), 1);
        assert_eq!(import.people[0].roles.len(), 1);
        assert_eq!(import.people[0].roles[0].to, Some(date("2004-12-31")));
    }

    #[test]
    fn ids_get_suffixes_on_collision() {
        let import = import("x", "KIM_JONG_HO_ [KORGOV]\nKIM_JONG_HO_ [PRKGOV]\n");
        let ids: Vec<_> = import
            .people
            .iter()
            .map(|person| person.id.as_str())
            .collect();
        assert_eq!(ids, ["kim-jong-ho", "kim-jong-ho-2"]);
    }

    #[test]
    fn scalars_are_quoted_when_yaml_would_misread_them() {
        assert_eq!(scalar("Roh Moo-hyun"), "Roh Moo-hyun");
        assert_eq!(scalar("O'Neill"), "O'Neill");
        assert_eq!(scalar("NO"), "\"NO\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("-x"), "\"-x\"");
        assert_eq!(scalar("Say \"hi\" # now"), "\"Say \\\"hi\\\" # now\"");
        assert_eq!(scalar("Korea, Republic Of"), "\"Korea, Republic Of\"");
    }

    #[test]
    fn output_loads_without_problems() {
        let text = "SOUTH_KOREA_ [KOR]\n+R.O.K._\nJOHN_\"JACK\"_O'NEILL:_JR.  # CountryInfo.txt\n+-JACK_#comment\n\t[USAGOV >090101]\nBAN_KI_MOON_ [KORGOVBUS 040117-061110] [IGOUNO 070101-161231]\n";
        let yaml = to_yaml(&import("t.txt", text));
        let source = crate::gazetteer::SourceFile {
            path: "t.yaml".into(),
            text: yaml.clone(),
            builtin: false,
        };
        let (gazetteer, warnings) =
            crate::gazetteer::load(&[source]).unwrap_or_else(|error| panic!("{error}\n{yaml}"));
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(gazetteer.people.len(), 2);
        assert_eq!(
            gazetteer.people[0].common.name,
            "John \"Jack\" O'Neill: Jr."
        );
        assert_eq!(gazetteer.people[1].roles.len(), 2);
    }
}
