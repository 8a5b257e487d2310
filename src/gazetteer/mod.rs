//! The gazetteer: countries, organizations, people, places and issues, plus
//! the lexicon of words that drive extraction. Loaded from YAML
//! (`load`), checked (`validate`) and expanded into name variants (`names`).

pub mod cameo;
pub mod hangul;
mod load;
pub mod names;
mod validate;
mod words;
pub mod yaml;

pub use load::{
    builtin_files, builtin_sources, load, load_dirs, load_dirs_unlinted, load_read, read_dirs,
    LoadError, SourceFile,
};

pub use words::WordLists;

use crate::calendar::PartialDate;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

/// The five kinds of entity a mention can refer to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Kind {
    Country,
    Organization,
    Person,
    Place,
    Issue,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Country,
        Kind::Organization,
        Kind::Person,
        Kind::Place,
        Kind::Issue,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Organization => "organization",
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Issue => "issue",
        }
    }

    /// The top-level YAML key that lists entities of this kind.
    pub fn section(self) -> &'static str {
        match self {
            Kind::Country => "countries",
            Kind::Organization => "organizations",
            Kind::Person => "people",
            Kind::Place => "places",
            Kind::Issue => "issues",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An entity by kind and position in its list: cheap to copy, stable for one
/// loaded gazetteer. The string id is `Gazetteer::id`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct EntityRef {
    pub kind: Kind,
    pub index: u32,
}

/// Where an entry was written: file, line, column, and whether it is built in.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Origin {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub builtin: bool,
}

/// Fields every entity has.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Common {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub origin: Origin,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Country {
    pub common: Common,
    pub demonyms: Vec<String>,
    pub capital: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Organization {
    pub common: Common,
    pub kind: String,
    pub country: Option<String>,
    pub parent: Option<String>,
    /// Names several bodies share (`Foreign Ministry`), resolved by context.
    pub generic: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum NameOrder {
    FamilyFirst,
    GivenFirst,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Role {
    pub title: String,
    pub org: Option<String>,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    pub source: Option<String>,
}

impl Role {
    /// True when the role may have been held on `date` (open ends count as open).
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        let started = self.from.is_none_or(|from| from.first_day() <= date);
        let not_ended = self.to.is_none_or(|to| date <= to.last_day());
        started && not_ended
    }
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Person {
    pub common: Common,
    pub family: Option<String>,
    pub given: Option<String>,
    pub name_order: NameOrder,
    pub country: Option<String>,
    pub roles: Vec<Role>,
}

impl Person {
    /// The role held on `date`: a dated term covering it (the latest to
    /// start) before an undated one. Without a date, the latest role.
    pub fn role_on(&self, date: Option<NaiveDate>) -> Option<&Role> {
        let Some(date) = date else {
            return self
                .roles
                .iter()
                .max_by_key(|role| role.from.map(|from| from.first_day()));
        };
        let active = self.roles.iter().filter(|role| role.is_active_on(date));
        let dated = active
            .clone()
            .filter(|role| role.from.is_some() || role.to.is_some())
            .max_by_key(|role| role.from.map(|from| from.first_day()));
        dated.or_else(|| self.roles.iter().rev().find(|role| role.is_active_on(date)))
    }
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Place {
    pub common: Common,
    pub kind: String,
    pub country: Option<String>,
    pub within: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Issue {
    pub common: Common,
}

/// Words that are not entities but drive extraction: how news says that a
/// meeting happened, and the titles officials carry.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Lexicon {
    /// Meeting kind (`talks`, `phone-call`...) to the phrases that announce it.
    pub meeting_triggers: Vec<(String, Vec<String>)>,
    pub titles: Vec<String>,
    /// Words that look like family names but are usually just words (`Moon`, `Will`).
    pub common_words: Vec<String>,
    /// Phrases that make a meeting planned (`will hold`) or cancelled (`called off`).
    pub planned: Vec<String>,
    pub cancelled: Vec<String>,
    /// The word lists the extraction rules read (clause words, cues,
    /// descriptions), one key of `lexicon:` each.
    pub words: WordLists,
    pub origin: Option<Origin>,
}

/// The loaded gazetteer. Build a `Tagger` from it once and reuse it.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Gazetteer {
    pub countries: Vec<Country>,
    pub organizations: Vec<Organization>,
    pub people: Vec<Person>,
    pub places: Vec<Place>,
    pub issues: Vec<Issue>,
    pub lexicon: Lexicon,
    /// Per kind (in `Kind::ALL` order), id to position: looked up with a
    /// borrowed id, as resolution does for every candidate. Rebuilt, not
    /// cached.
    #[serde(skip)]
    index: [HashMap<String, u32>; 5],
}

impl Gazetteer {
    pub fn common(&self, entity: EntityRef) -> &Common {
        let index = entity.index as usize;
        match entity.kind {
            Kind::Country => &self.countries[index].common,
            Kind::Organization => &self.organizations[index].common,
            Kind::Person => &self.people[index].common,
            Kind::Place => &self.places[index].common,
            Kind::Issue => &self.issues[index].common,
        }
    }

    pub fn id(&self, entity: EntityRef) -> &str {
        &self.common(entity).id
    }

    pub fn name(&self, entity: EntityRef) -> &str {
        &self.common(entity).name
    }

    pub fn len(&self, kind: Kind) -> usize {
        match kind {
            Kind::Country => self.countries.len(),
            Kind::Organization => self.organizations.len(),
            Kind::Person => self.people.len(),
            Kind::Place => self.places.len(),
            Kind::Issue => self.issues.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        Kind::ALL.iter().all(|kind| self.len(*kind) == 0)
    }

    /// Every entity of one kind, in file order.
    pub fn refs(&self, kind: Kind) -> impl Iterator<Item = EntityRef> + '_ {
        (0..self.len(kind) as u32).map(move |index| EntityRef { kind, index })
    }

    pub fn find(&self, kind: Kind, id: &str) -> Option<EntityRef> {
        self.index[kind as usize]
            .get(id)
            .map(|&index| EntityRef { kind, index })
    }

    pub fn person(&self, entity: EntityRef) -> Option<&Person> {
        (entity.kind == Kind::Person).then(|| &self.people[entity.index as usize])
    }

    pub fn country(&self, id: &str) -> Option<&Country> {
        self.find(Kind::Country, id)
            .map(|entity| &self.countries[entity.index as usize])
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.find(Kind::Place, id)
            .map(|entity| &self.places[entity.index as usize])
    }

    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.find(Kind::Organization, id)
            .map(|entity| &self.organizations[entity.index as usize])
    }

    /// The country an entity belongs to: a person's, an organization's (or its
    /// parent's), a place's (or what contains it), a country itself.
    pub fn country_of(&self, entity: EntityRef) -> Option<&str> {
        let index = entity.index as usize;
        match entity.kind {
            Kind::Country => Some(&self.countries[index].common.id),
            Kind::Person => self.people[index].country.as_deref(),
            Kind::Organization => {
                let mut organization = &self.organizations[index];
                for _ in 0..16 {
                    if let Some(country) = &organization.country {
                        return Some(country);
                    }
                    organization = self.organization(organization.parent.as_deref()?)?;
                }
                None
            }
            Kind::Place => self.place_country(&self.places[index]),
            Kind::Issue => None,
        }
    }

    fn place_country<'a>(&'a self, mut place: &'a Place) -> Option<&'a str> {
        for _ in 0..16 {
            if let Some(country) = &place.country {
                return Some(country);
            }
            let within = place.within.as_deref()?;
            if self.country(within).is_some() {
                return Some(within);
            }
            place = self.place(within)?;
        }
        None
    }

    /// The chain of places containing `place`, innermost first, ending with
    /// its country id when known.
    pub fn place_chain(&self, place_id: &str) -> Vec<String> {
        let mut chain = Vec::new();
        let mut current = self.place(place_id);
        while let Some(place) = current {
            if chain.len() > 16 {
                break;
            }
            match &place.within {
                Some(within) if self.place(within).is_some() => {
                    chain.push(within.clone());
                    current = self.place(within);
                }
                Some(within) if self.country(within).is_some() => {
                    chain.push(within.clone());
                    current = None;
                }
                _ => {
                    if let Some(country) = &place.country {
                        chain.push(country.clone());
                    }
                    current = None;
                }
            }
        }
        chain
    }

    pub(crate) fn rebuild_index(&mut self) {
        let mut index: [HashMap<String, u32>; 5] = Default::default();
        for kind in Kind::ALL {
            for entity in self.refs(kind) {
                index[kind as usize].insert(self.id(entity).to_string(), entity.index);
            }
        }
        self.index = index;
    }
}

/// How bad a problem is: errors stop loading, warnings are for `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// What is wrong with one place in a gazetteer file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProblemKind {
    Syntax(String),
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    UnknownKey {
        key: String,
        expected: &'static str,
    },
    MissingField(&'static str),
    WrongType {
        field: String,
        expected: &'static str,
        found: &'static str,
    },
    DuplicateId {
        kind: Kind,
        id: String,
        first: String,
    },
    OverridesBuiltin {
        kind: Kind,
        id: String,
    },
    UnknownRef {
        field: &'static str,
        id: String,
        expected: Kind,
    },
    EmptyAlias {
        field: String,
    },
    BadDate {
        text: String,
    },
    EndBeforeStart {
        from: String,
        to: String,
    },
    BadValue {
        field: &'static str,
        value: String,
        expected: &'static str,
    },
    SharedAlias {
        alias: String,
        others: Vec<String>,
    },
    CommonWordAlias {
        alias: String,
    },
    OverlappingRoles {
        title: String,
    },
    /// Every role ended long before the newest date the gazetteer knows.
    NoRecentRole {
        last: String,
        horizon: String,
    },
    /// A term with no end that started long before that date.
    OpenRoleStale {
        title: String,
        from: String,
        horizon: String,
    },
    /// More stale people in one file than are worth listing one by one.
    ManyStalePeople {
        count: usize,
        examples: Vec<String>,
        horizon: String,
    },
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Syntax(message) => write!(f, "invalid YAML: {message}"),
            ProblemKind::TooLarge { bytes, limit } => write!(
                f,
                "file is {bytes} bytes, over the {limit}-byte limit for a gazetteer file; split it"
            ),
            ProblemKind::UnknownKey { key, expected } => {
                write!(f, "unknown key `{key}` (expected one of: {expected})")
            }
            ProblemKind::MissingField(field) => write!(f, "missing required field `{field}`"),
            ProblemKind::WrongType {
                field,
                expected,
                found,
            } => write!(f, "`{field}` should be {expected}, found {found}"),
            ProblemKind::DuplicateId { kind, id, first } => {
                write!(f, "duplicate {kind} id `{id}` (first defined at {first})")
            }
            ProblemKind::OverridesBuiltin { kind, id } => {
                write!(f, "{kind} `{id}` replaces the built-in entry with this id")
            }
            ProblemKind::UnknownRef {
                field,
                id,
                expected,
            } => write!(f, "`{field}` refers to unknown {expected} id `{id}`"),
            ProblemKind::EmptyAlias { field } => write!(f, "empty name in `{field}`"),
            ProblemKind::BadDate { text } => write!(
                f,
                "`{text}` is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
            ),
            ProblemKind::EndBeforeStart { from, to } => {
                write!(f, "role ends ({to}) before it starts ({from})")
            }
            ProblemKind::BadValue {
                field,
                value,
                expected,
            } => write!(f, "`{field}` is `{value}`, expected {expected}"),
            ProblemKind::SharedAlias { alias, others } => write!(
                f,
                "name `{alias}` is shared with {}; it will be resolved by context",
                others.join(", ")
            ),
            ProblemKind::CommonWordAlias { alias } => write!(
                f,
                "alias `{alias}` is a common English word and will match ordinary text"
            ),
            ProblemKind::OverlappingRoles { title } => {
                write!(f, "two terms in the post `{title}` overlap")
            }
            ProblemKind::NoRecentRole { last, horizon } => write!(
                f,
                "stale: no role after {last}, though the gazetteer runs to {horizon}; add later posts"
            ),
            ProblemKind::OpenRoleStale { title, from, horizon } => write!(
                f,
                "stale: `{title}` from {from} has no end, though the gazetteer runs to {horizon}; add `to`"
            ),
            ProblemKind::ManyStalePeople {
                count,
                examples,
                horizon,
            } => write!(
                f,
                "stale: {count} people in this file have no role or only an old open one by {horizon} (e.g. {})",
                examples.join(", ")
            ),
        }
    }
}

impl ProblemKind {
    pub fn severity(&self) -> Severity {
        match self {
            ProblemKind::OverridesBuiltin { .. }
            | ProblemKind::SharedAlias { .. }
            | ProblemKind::CommonWordAlias { .. }
            | ProblemKind::OverlappingRoles { .. }
            | ProblemKind::NoRecentRole { .. }
            | ProblemKind::OpenRoleStale { .. }
            | ProblemKind::ManyStalePeople { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// One thing wrong in a gazetteer file. Loading collects all of them, so a
/// user can fix a file in one pass instead of one error per run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {label}: {}",
            self.path.display(),
            self.line,
            self.column,
            self.kind
        )
    }
}

#[cfg(test)]
mod tests;
