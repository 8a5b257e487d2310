//! Reading gazetteer files into a `Gazetteer`, collecting every problem.

use super::yaml::{self, Node, Position, Value};
use super::*;
use crate::calendar::PartialDate;
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/builtin_gazetteer.rs"));

/// Gazetteer files larger than this are refused before parsing: the
/// built-in files are a few megabytes and a 200,000-person file about 40;
/// a parser fed hundreds of megabytes would hold all of it in memory at once.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// One gazetteer file's text and where it came from.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    pub builtin: bool,
}

/// The gazetteer could not be loaded; `problems` lists every error and warning.
#[derive(Debug, thiserror::Error)]
#[error("{}", summary(.problems))]
pub struct LoadError {
    pub problems: Vec<Problem>,
}

fn summary(problems: &[Problem]) -> String {
    let errors: Vec<String> = problems
        .iter()
        .filter(|problem| problem.severity() == Severity::Error)
        .map(|problem| problem.to_string())
        .collect();
    format!(
        "the gazetteer has {} error{}:\n{}",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" },
        errors.join("\n")
    )
}

/// The files compiled into the binary from the repository's `gazetteer/`.
pub fn builtin_sources() -> Vec<SourceFile> {
    BUILTIN_FILES
        .iter()
        .map(|(path, text)| SourceFile {
            path: PathBuf::from(path),
            text: text.to_string(),
            builtin: true,
        })
        .collect()
}

/// Loads the built-in gazetteer (when `builtin`) plus every `.yaml`/`.yml`
/// file under each of `dirs` (a directory is searched recursively; a file is
/// taken as it is). Returns the gazetteer and its warnings.
pub fn load_dirs(dirs: &[PathBuf], builtin: bool) -> Result<(Gazetteer, Vec<Problem>), LoadError> {
    load_dirs_with(dirs, builtin, true)
}

/// As `load_dirs`, for commands that use the gazetteer rather than check
/// it: errors only, no lint warnings (which nobody would see).
pub fn load_dirs_unlinted(dirs: &[PathBuf], builtin: bool) -> Result<Gazetteer, LoadError> {
    load_dirs_with(dirs, builtin, false).map(|(gazetteer, _)| gazetteer)
}

fn load_dirs_with(
    dirs: &[PathBuf],
    builtin: bool,
    lint: bool,
) -> Result<(Gazetteer, Vec<Problem>), LoadError> {
    let (user, problems) = read_dirs(dirs);
    load_read(user, problems, builtin, lint)
}

/// The built-in files as compiled in: path and text, without copying.
pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
    BUILTIN_FILES
}

/// Reads every `.yaml`/`.yml` file under each of `dirs` (a file is taken as
/// it is), in a stable order; files that cannot be read are problems.
pub fn read_dirs(dirs: &[PathBuf]) -> (Vec<SourceFile>, Vec<Problem>) {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    for dir in dirs {
        let mut files = Vec::new();
        if dir.is_dir() {
            collect_yaml(dir, &mut files, &mut problems);
        } else {
            files.push(dir.clone());
        }
        files.sort();
        for path in files {
            match read_source(&path) {
                Ok(text) => sources.push(SourceFile {
                    path,
                    text,
                    builtin: false,
                }),
                Err(kind) => problems.push(Problem {
                    path,
                    line: 1,
                    column: 1,
                    kind,
                }),
            }
        }
    }
    (sources, problems)
}

/// Loads the built-in files (their entities when `builtin`) and the user
/// files `read_dirs` returned; `problems` are its reading problems.
pub fn load_read(
    user: Vec<SourceFile>,
    mut problems: Vec<Problem>,
    builtin: bool,
    lint: bool,
) -> Result<(Gazetteer, Vec<Problem>), LoadError> {
    let mut sources = builtin_sources();
    sources.extend(user);
    let result = load_sources(&sources, builtin, lint);
    match result {
        Ok((gazetteer, mut warnings)) if problems.is_empty() => {
            warnings.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
            Ok((gazetteer, warnings))
        }
        Ok((_, warnings)) => {
            problems.extend(warnings);
            Err(LoadError { problems })
        }
        Err(error) => {
            problems.extend(error.problems);
            Err(LoadError { problems })
        }
    }
}

fn collect_yaml(dir: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<Problem>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            problems.push(Problem {
                path: dir.to_path_buf(),
                line: 1,
                column: 1,
                kind: ProblemKind::Syntax(format!("cannot read directory: {error}")),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_yaml(&path, files, problems);
        } else if path
            .extension()
            .is_some_and(|ext| ext == "yaml" || ext == "yml")
        {
            files.push(path);
        }
    }
}

fn read_source(path: &Path) -> Result<String, ProblemKind> {
    let metadata = std::fs::metadata(path)
        .map_err(|error| ProblemKind::Syntax(format!("cannot read: {error}")))?;
    if metadata.len() > MAX_FILE_BYTES {
        return Err(ProblemKind::TooLarge {
            bytes: metadata.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = std::fs::read(path)
        .map_err(|error| ProblemKind::Syntax(format!("cannot read: {error}")))?;
    String::from_utf8(bytes).map_err(|error| {
        ProblemKind::Syntax(format!(
            "not UTF-8 (invalid byte at offset {})",
            error.utf8_error().valid_up_to()
        ))
    })
}

/// Loads gazetteer files given as text. Built-in sources come first; when
/// `builtin` is false their entities are skipped but their lexicon is kept
/// unless a user file has its own.
pub fn load(sources: &[SourceFile]) -> Result<(Gazetteer, Vec<Problem>), LoadError> {
    load_sources(sources, true, true)
}

fn load_sources(
    sources: &[SourceFile],
    builtin_entities: bool,
    lint: bool,
) -> Result<(Gazetteer, Vec<Problem>), LoadError> {
    let mut parsed = Parsed::default();
    for source in sources {
        if source.text.len() as u64 > MAX_FILE_BYTES {
            parsed.problems.push(Problem {
                path: source.path.clone(),
                line: 1,
                column: 1,
                kind: ProblemKind::TooLarge {
                    bytes: source.text.len() as u64,
                    limit: MAX_FILE_BYTES,
                },
            });
            continue;
        }
        let keep_entities = builtin_entities || !source.builtin;
        parse_file(source, keep_entities, &mut parsed);
    }
    let Parsed {
        mut gazetteer,
        mut problems,
        builtin_lexicon,
        user_lexicon,
        ..
    } = parsed;
    gazetteer.lexicon = match (user_lexicon, builtin_lexicon) {
        // A user lexicon replaces the built-in one part by part: a file that
        // lists only `meeting_triggers` and `titles` keeps the built-in
        // planned/cancelled cues and common words.
        (Some(user), Some(builtin)) => Lexicon {
            meeting_triggers: if user.meeting_triggers.is_empty() {
                builtin.meeting_triggers
            } else {
                user.meeting_triggers
            },
            titles: if user.titles.is_empty() {
                builtin.titles
            } else {
                user.titles
            },
            common_words: if user.common_words.is_empty() {
                builtin.common_words
            } else {
                user.common_words
            },
            planned: if user.planned.is_empty() {
                builtin.planned
            } else {
                user.planned
            },
            cancelled: if user.cancelled.is_empty() {
                builtin.cancelled
            } else {
                user.cancelled
            },
            words: user.words.or(builtin.words),
            origin: user.origin,
        },
        (user, builtin) => user.or(builtin).unwrap_or_default(),
    };
    gazetteer.rebuild_index();
    problems.extend(validate::check(&gazetteer, lint));
    if problems
        .iter()
        .any(|problem| problem.severity() == Severity::Error)
    {
        problems.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
        return Err(LoadError { problems });
    }
    Ok((gazetteer, problems))
}

#[derive(Default)]
struct Parsed {
    gazetteer: Gazetteer,
    /// Position of each id in its list, so adding stays linear in the
    /// number of entities (a 200,000-person file).
    positions: std::collections::HashMap<(Kind, String), usize>,
    problems: Vec<Problem>,
    builtin_lexicon: Option<Lexicon>,
    user_lexicon: Option<Lexicon>,
}

/// Reads fields of one YAML mapping, reporting problems against its file.
struct Reader<'a> {
    path: &'a Path,
    problems: &'a mut Vec<Problem>,
}

impl Reader<'_> {
    fn report(&mut self, position: Position, kind: ProblemKind) {
        self.problems.push(Problem {
            path: self.path.to_path_buf(),
            line: position.line,
            column: position.column,
            kind,
        });
    }

    /// The fields of a mapping node by key, after reporting unknown keys.
    fn fields<'n>(
        &mut self,
        node: &'n Node,
        what: &str,
        allowed: &[&str],
        expected: &'static str,
    ) -> Option<Vec<(&'n str, &'n Node)>> {
        let Value::Map(entries) = &node.value else {
            self.report(
                node.position,
                ProblemKind::WrongType {
                    field: what.to_string(),
                    expected: "a mapping",
                    found: node.type_name(),
                },
            );
            return None;
        };
        let mut fields = Vec::new();
        for (key, value) in entries {
            let Some(name) = key.as_str() else {
                self.report(
                    key.position,
                    ProblemKind::WrongType {
                        field: "key".into(),
                        expected: "a string",
                        found: key.type_name(),
                    },
                );
                continue;
            };
            if !allowed.contains(&name) {
                self.report(
                    key.position,
                    ProblemKind::UnknownKey {
                        key: name.to_string(),
                        expected,
                    },
                );
                continue;
            }
            fields.push((name, value));
        }
        Some(fields)
    }

    fn string(&mut self, field: &str, node: &Node) -> Option<String> {
        match &node.value {
            Value::Scalar(text) => Some(text.clone()),
            Value::Null => None,
            _ => {
                self.report(
                    node.position,
                    ProblemKind::WrongType {
                        field: field.to_string(),
                        expected: "a string",
                        found: node.type_name(),
                    },
                );
                None
            }
        }
    }

    /// A list of names; empty or blank names are reported and dropped.
    fn names(&mut self, field: &str, node: &Node) -> Vec<String> {
        self.strings(field, node, true)
    }

    /// A list of phrases kept as written: a space at either end counts
    /// (`' said'` is `said` after a space).
    fn phrases(&mut self, field: &str, node: &Node) -> Vec<String> {
        self.strings(field, node, false)
    }

    fn strings(&mut self, field: &str, node: &Node, normalize: bool) -> Vec<String> {
        let items: Vec<&Node> = match &node.value {
            Value::Seq(items) => items.iter().collect(),
            Value::Null => return Vec::new(),
            Value::Scalar(_) => vec![node],
            Value::Map(_) => {
                self.report(
                    node.position,
                    ProblemKind::WrongType {
                        field: field.to_string(),
                        expected: "a list of names",
                        found: node.type_name(),
                    },
                );
                return Vec::new();
            }
        };
        let mut names = Vec::new();
        for item in items {
            match &item.value {
                Value::Scalar(text) if !text.trim().is_empty() => {
                    names.push(if normalize {
                        normalize_space(text)
                    } else {
                        text.to_string()
                    });
                }
                Value::Scalar(_) | Value::Null => self.report(
                    item.position,
                    ProblemKind::EmptyAlias {
                        field: field.to_string(),
                    },
                ),
                _ => self.report(
                    item.position,
                    ProblemKind::WrongType {
                        field: field.to_string(),
                        expected: "a name",
                        found: item.type_name(),
                    },
                ),
            }
        }
        names
    }

    fn date(&mut self, node: &Node) -> Option<PartialDate> {
        let text = node.as_str()?;
        let date = PartialDate::parse(text);
        if date.is_none() {
            self.report(
                node.position,
                ProblemKind::BadDate {
                    text: text.to_string(),
                },
            );
        }
        date
    }

    fn choice(
        &mut self,
        field: &'static str,
        node: &Node,
        allowed: &[&str],
        expected: &'static str,
    ) -> Option<String> {
        let value = self.string(field, node)?;
        if !allowed.contains(&value.as_str()) {
            self.report(
                node.position,
                ProblemKind::BadValue {
                    field,
                    value: value.clone(),
                    expected,
                },
            );
            return None;
        }
        Some(value)
    }
}

/// Collapses runs of white space, as article text is matched word by word.
fn normalize_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const TOP_KEYS: &[&str] = &[
    "countries",
    "organizations",
    "people",
    "places",
    "issues",
    "lexicon",
];

fn parse_file(source: &SourceFile, keep_entities: bool, parsed: &mut Parsed) {
    if let Some(root) = parse_tree(source, keep_entities, parsed) {
        // A 20,000-person file is millions of nodes: freeing them one by one
        // is done beside the rest of the loading, not before it.
        std::thread::spawn(move || drop(root));
    }
}

/// Reads one file into `parsed`; returns its tree, which is no longer needed.
fn parse_tree(source: &SourceFile, keep_entities: bool, parsed: &mut Parsed) -> Option<Node> {
    let root = match yaml::parse(&source.text) {
        Ok(root) => root,
        Err(error) => {
            parsed.problems.push(Problem {
                path: source.path.clone(),
                line: error.position.line.max(1),
                column: error.position.column.max(1),
                kind: ProblemKind::Syntax(error.message),
            });
            return None;
        }
    };
    if matches!(root.value, Value::Null) {
        return None;
    }
    let mut reader = Reader {
        path: &source.path,
        problems: &mut parsed.problems,
    };
    let sections = reader.fields(
        &root,
        "the file",
        TOP_KEYS,
        "countries, organizations, people, places, issues, lexicon",
    )?;
    for (key, node) in sections {
        if key == "lexicon" {
            if let Some(lexicon) = parse_lexicon(&mut reader, node) {
                let slot = if source.builtin {
                    &mut parsed.builtin_lexicon
                } else {
                    &mut parsed.user_lexicon
                };
                match slot {
                    Some(existing) => merge_lexicon(existing, lexicon),
                    None => *slot = Some(lexicon),
                }
            }
            continue;
        }
        if !keep_entities {
            continue;
        }
        let items: &[Node] = match &node.value {
            Value::Seq(items) => items,
            Value::Null => &[],
            _ => {
                reader.report(
                    node.position,
                    ProblemKind::WrongType {
                        field: key.to_string(),
                        expected: "a list",
                        found: node.type_name(),
                    },
                );
                continue;
            }
        };
        for item in items {
            let origin = Origin {
                path: source.path.clone(),
                line: item.position.line,
                column: item.position.column,
                builtin: source.builtin,
            };
            match key {
                "countries" => {
                    if let Some(country) = parse_country(&mut reader, item, origin) {
                        add(
                            &mut parsed.gazetteer.countries,
                            country,
                            |c| &c.common,
                            Kind::Country,
                            reader.problems,
                            &mut parsed.positions,
                        );
                    }
                }
                "organizations" => {
                    if let Some(organization) = parse_organization(&mut reader, item, origin) {
                        add(
                            &mut parsed.gazetteer.organizations,
                            organization,
                            |o| &o.common,
                            Kind::Organization,
                            reader.problems,
                            &mut parsed.positions,
                        );
                    }
                }
                "people" => {
                    if let Some(person) = parse_person(&mut reader, item, origin) {
                        add(
                            &mut parsed.gazetteer.people,
                            person,
                            |p| &p.common,
                            Kind::Person,
                            reader.problems,
                            &mut parsed.positions,
                        );
                    }
                }
                "places" => {
                    if let Some(place) = parse_place(&mut reader, item, origin) {
                        add(
                            &mut parsed.gazetteer.places,
                            place,
                            |p| &p.common,
                            Kind::Place,
                            reader.problems,
                            &mut parsed.positions,
                        );
                    }
                }
                _ => {
                    if let Some(issue) = parse_issue(&mut reader, item, origin) {
                        add(
                            &mut parsed.gazetteer.issues,
                            issue,
                            |i| &i.common,
                            Kind::Issue,
                            reader.problems,
                            &mut parsed.positions,
                        );
                    }
                }
            }
        }
    }
    Some(root)
}

/// Adds an entity, applying the override rule: a user entry replaces a
/// built-in one with the same id; any other repeated id is an error.
fn add<T>(
    list: &mut Vec<T>,
    entity: T,
    common: impl Fn(&T) -> &Common,
    kind: Kind,
    problems: &mut Vec<Problem>,
    positions: &mut std::collections::HashMap<(Kind, String), usize>,
) {
    let new = common(&entity);
    if let Some(&position) = positions.get(&(kind, new.id.clone())) {
        let old = common(&list[position]);
        if old.origin.builtin && !new.origin.builtin {
            problems.push(Problem {
                path: new.origin.path.clone(),
                line: new.origin.line,
                column: new.origin.column,
                kind: ProblemKind::OverridesBuiltin {
                    kind,
                    id: new.id.clone(),
                },
            });
            list[position] = entity;
        } else {
            problems.push(Problem {
                path: new.origin.path.clone(),
                line: new.origin.line,
                column: new.origin.column,
                kind: ProblemKind::DuplicateId {
                    kind,
                    id: new.id.clone(),
                    first: format!(
                        "{}:{}:{}",
                        old.origin.path.display(),
                        old.origin.line,
                        old.origin.column
                    ),
                },
            });
        }
        return;
    }
    positions.insert((kind, new.id.clone()), list.len());
    list.push(entity);
}

/// Reads `id`, `name` and `aliases`; returns the remaining fields.
fn parse_common<'n>(
    reader: &mut Reader,
    node: &'n Node,
    what: &str,
    allowed: &[&str],
    expected: &'static str,
    origin: Origin,
) -> Option<(Common, Vec<(&'n str, &'n Node)>)> {
    let fields = reader.fields(node, what, allowed, expected)?;
    let mut id = None;
    let mut name = None;
    let mut aliases = Vec::new();
    let mut rest = Vec::new();
    for (key, value) in fields {
        match key {
            "id" => {
                id = reader.string("id", value);
                if id.as_deref().is_some_and(|id| id.trim().is_empty()) {
                    reader.report(
                        value.position,
                        ProblemKind::EmptyAlias { field: "id".into() },
                    );
                    id = None;
                }
            }
            "name" => {
                name = reader
                    .string("name", value)
                    .map(|name| normalize_space(&name));
                if name.as_deref() == Some("") {
                    reader.report(
                        value.position,
                        ProblemKind::EmptyAlias {
                            field: "name".into(),
                        },
                    );
                    name = None;
                }
            }
            "aliases" => aliases = reader.names("aliases", value),
            _ => rest.push((key, value)),
        }
    }
    let position = node.position;
    let Some(id) = id else {
        reader.report(position, ProblemKind::MissingField("id"));
        return None;
    };
    let Some(name) = name else {
        reader.report(position, ProblemKind::MissingField("name"));
        return None;
    };
    Some((
        Common {
            id,
            name,
            aliases,
            origin,
        },
        rest,
    ))
}

fn parse_country(reader: &mut Reader, node: &Node, origin: Origin) -> Option<Country> {
    const ALLOWED: &[&str] = &["id", "name", "aliases", "demonyms", "capital"];
    let (common, rest) = parse_common(
        reader,
        node,
        "country",
        ALLOWED,
        "id, name, aliases, demonyms, capital",
        origin,
    )?;
    let mut country = Country {
        common,
        demonyms: Vec::new(),
        capital: None,
    };
    for (key, value) in rest {
        match key {
            "demonyms" => country.demonyms = reader.names("demonyms", value),
            _ => country.capital = reader.string("capital", value),
        }
    }
    Some(country)
}

const ORGANIZATION_KINDS: &[&str] = &[
    "ministry",
    "bureau",
    "agency",
    "government",
    "party",
    "company",
    "international",
];

fn parse_organization(reader: &mut Reader, node: &Node, origin: Origin) -> Option<Organization> {
    const ALLOWED: &[&str] = &[
        "id", "name", "aliases", "kind", "country", "parent", "generic",
    ];
    let (common, rest) = parse_common(
        reader,
        node,
        "organization",
        ALLOWED,
        "id, name, aliases, kind, country, parent, generic",
        origin,
    )?;
    let mut organization = Organization {
        common,
        kind: "agency".into(),
        country: None,
        parent: None,
        generic: Vec::new(),
    };
    for (key, value) in rest {
        match key {
            "kind" => {
                if let Some(kind) = reader.choice(
                    "kind",
                    value,
                    ORGANIZATION_KINDS,
                    "ministry, bureau, agency, government, party, company or international",
                ) {
                    organization.kind = kind;
                }
            }
            "country" => organization.country = reader.string("country", value),
            "parent" => organization.parent = reader.string("parent", value),
            _ => organization.generic = reader.names("generic", value),
        }
    }
    Some(organization)
}

fn parse_person(reader: &mut Reader, node: &Node, origin: Origin) -> Option<Person> {
    const ALLOWED: &[&str] = &[
        "id",
        "name",
        "aliases",
        "family",
        "given",
        "name_order",
        "country",
        "roles",
    ];
    let (common, rest) = parse_common(
        reader,
        node,
        "person",
        ALLOWED,
        "id, name, family, given, name_order, aliases, country, roles",
        origin,
    )?;
    let mut person = Person {
        common,
        family: None,
        given: None,
        name_order: NameOrder::GivenFirst,
        country: None,
        roles: Vec::new(),
    };
    for (key, value) in rest {
        match key {
            "family" => person.family = reader.string("family", value).map(|s| normalize_space(&s)),
            "given" => person.given = reader.string("given", value).map(|s| normalize_space(&s)),
            "name_order" => {
                if let Some(order) = reader.choice(
                    "name_order",
                    value,
                    &["family_first", "given_first"],
                    "family_first or given_first",
                ) {
                    person.name_order = if order == "family_first" {
                        NameOrder::FamilyFirst
                    } else {
                        NameOrder::GivenFirst
                    };
                }
            }
            "country" => person.country = reader.string("country", value),
            _ => person.roles = parse_roles(reader, value),
        }
    }
    Some(person)
}

fn parse_roles(reader: &mut Reader, node: &Node) -> Vec<Role> {
    let items = match &node.value {
        Value::Seq(items) => items,
        Value::Null => return Vec::new(),
        _ => {
            reader.report(
                node.position,
                ProblemKind::WrongType {
                    field: "roles".into(),
                    expected: "a list",
                    found: node.type_name(),
                },
            );
            return Vec::new();
        }
    };
    let mut roles = Vec::new();
    for item in items {
        let Some(fields) = reader.fields(
            item,
            "role",
            &["title", "org", "from", "to", "source"],
            "title, org, from, to, source",
        ) else {
            continue;
        };
        let mut role = Role {
            title: String::new(),
            org: None,
            from: None,
            to: None,
            source: None,
        };
        let mut to_position = item.position;
        for (key, value) in fields {
            match key {
                "title" => role.title = reader.string("title", value).unwrap_or_default(),
                "org" => role.org = reader.string("org", value),
                "from" => role.from = reader.date(value),
                "to" => {
                    role.to = reader.date(value);
                    to_position = value.position;
                }
                _ => role.source = reader.string("source", value),
            }
        }
        if let (Some(from), Some(to)) = (role.from, role.to) {
            if to.last_day() < from.first_day() {
                reader.report(
                    to_position,
                    ProblemKind::EndBeforeStart {
                        from: from.to_string(),
                        to: to.to_string(),
                    },
                );
            }
        }
        if role.title.trim().is_empty() {
            reader.report(item.position, ProblemKind::MissingField("title"));
            continue;
        }
        roles.push(role);
    }
    roles
}

const PLACE_KINDS: &[&str] = &["city", "district", "region", "venue", "island", "area"];

fn parse_place(reader: &mut Reader, node: &Node, origin: Origin) -> Option<Place> {
    const ALLOWED: &[&str] = &["id", "name", "aliases", "kind", "country", "within"];
    let (common, rest) = parse_common(
        reader,
        node,
        "place",
        ALLOWED,
        "id, name, aliases, kind, country, within",
        origin,
    )?;
    let mut place = Place {
        common,
        kind: "city".into(),
        country: None,
        within: None,
    };
    for (key, value) in rest {
        match key {
            "kind" => {
                if let Some(kind) = reader.choice(
                    "kind",
                    value,
                    PLACE_KINDS,
                    "city, district, region, venue, island or area",
                ) {
                    place.kind = kind;
                }
            }
            "country" => place.country = reader.string("country", value),
            _ => place.within = reader.string("within", value),
        }
    }
    Some(place)
}

fn parse_issue(reader: &mut Reader, node: &Node, origin: Origin) -> Option<Issue> {
    let (common, _) = parse_common(
        reader,
        node,
        "issue",
        &["id", "name", "aliases"],
        "id, name, aliases",
        origin,
    )?;
    Some(Issue { common })
}

fn parse_lexicon(reader: &mut Reader, node: &Node) -> Option<Lexicon> {
    let (keys, expected) = &*LEXICON_KEYS;
    let fields = reader.fields(node, "lexicon", keys, expected.as_str())?;
    let mut lexicon = Lexicon {
        origin: Some(Origin {
            path: reader.path.to_path_buf(),
            line: node.position.line,
            column: node.position.column,
            builtin: false,
        }),
        ..Lexicon::default()
    };
    for (key, value) in fields {
        match key {
            "meeting_triggers" => {
                let Some(kinds) = reader.fields(
                    value,
                    "meeting_triggers",
                    MEETING_KINDS,
                    "talks, phone-call, summit, video-conference",
                ) else {
                    continue;
                };
                for (kind, phrases) in kinds {
                    let phrases = reader.names(kind, phrases);
                    lexicon.meeting_triggers.push((kind.to_string(), phrases));
                }
            }
            "titles" => lexicon.titles = reader.names("titles", value),
            "common_words" => lexicon.common_words = reader.names("common_words", value),
            "planned" => lexicon.planned = reader.names("planned", value),
            "cancelled" => lexicon.cancelled = reader.names("cancelled", value),
            key => {
                if let Some(list) = lexicon.words.get_mut(key) {
                    *list = reader.phrases(key, value);
                }
            }
        }
    }
    Some(lexicon)
}

/// The keys of `lexicon:`, and the same as the text of an unknown-key problem.
static LEXICON_KEYS: std::sync::LazyLock<(Vec<&'static str>, String)> =
    std::sync::LazyLock::new(|| {
        let mut keys = vec![
            "meeting_triggers",
            "titles",
            "common_words",
            "planned",
            "cancelled",
        ];
        keys.extend(crate::gazetteer::WordLists::<Vec<String>>::KEYS);
        let expected = keys.join(", ");
        (keys, expected)
    });

/// The meeting kinds of the JSON contract.
pub const MEETING_KINDS: &[&str] = &["talks", "phone-call", "summit", "video-conference"];

fn merge_lexicon(into: &mut Lexicon, other: Lexicon) {
    for (kind, phrases) in other.meeting_triggers {
        match into
            .meeting_triggers
            .iter_mut()
            .find(|(existing, _)| *existing == kind)
        {
            Some((_, existing)) => existing.extend(phrases),
            None => into.meeting_triggers.push((kind, phrases)),
        }
    }
    into.titles.extend(other.titles);
    into.common_words.extend(other.common_words);
    into.planned.extend(other.planned);
    into.cancelled.extend(other.cancelled);
    into.words.extend(other.words);
}
