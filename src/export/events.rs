//! Meetings as political events, for the event-data formats: the PLOVER
//! 2.0 category, mode and roles of a meeting, its contexts, and its CAMEO
//! dyads. The rules and where they come from are in docs/EVENTS.md.

use super::Names;
use crate::store::{StoredMeeting, StoredParticipant};

/// The PLOVER categories a meeting can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// A meeting that took place.
    Consult,
    /// A planned meeting: PLOVER codes future meetings as AGREE.
    Agree,
    /// A cancelled meeting: PLOVER codes it as REJECT with mode `meet`.
    Reject,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Consult => "CONSULT",
            Category::Agree => "AGREE",
            Category::Reject => "REJECT",
        }
    }

    /// 1 = verbal cooperation, 3 = verbal conflict.
    pub fn quad_code(self) -> u8 {
        match self {
            Category::Consult | Category::Agree => 1,
            Category::Reject => 3,
        }
    }
}

/// PLOVER modes: the four of CONSULT, and REJECT's `meet`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Phone,
    Visit,
    ThirdParty,
    Multilateral,
    Meet,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Phone => "phone",
            Mode::Visit => "visit",
            Mode::ThirdParty => "third-party",
            Mode::Multilateral => "multilateral",
            Mode::Meet => "meet",
        }
    }
}

/// One meeting as one PLOVER event.
#[derive(Debug, Clone)]
pub struct Event<'a> {
    pub category: Category,
    pub mode: Option<Mode>,
    /// The visitors of a visit; everyone at the table otherwise.
    pub actors: Vec<&'a StoredParticipant>,
    /// The hosts of a visit; empty otherwise (PLOVER leaves the recipient
    /// out when no side hosts).
    pub recipients: Vec<&'a StoredParticipant>,
    /// `diplomatic` first, then the topics of the meeting's issues.
    pub contexts: Vec<&'static str>,
}

impl Event<'_> {
    /// PLOVER's score for the category and mode (manual v2.0).
    pub fn scale(&self) -> f64 {
        match (self.category, self.mode) {
            (Category::Consult, Some(Mode::Visit | Mode::Multilateral)) => 4.0,
            (Category::Consult, Some(Mode::Phone)) => 1.5,
            (Category::Consult, Some(Mode::ThirdParty)) => 1.0,
            (Category::Consult | Category::Agree, _) => 2.5,
            (Category::Reject, _) => -2.0,
        }
    }
}

/// The country a meeting's place lies in, when the store knows it.
pub fn place_country(meeting: &StoredMeeting, names: &Names) -> Option<String> {
    let (id, _, kind, _) = meeting.place.as_ref()?;
    if kind == "country" {
        return Some(id.clone());
    }
    names.places.get(id).and_then(|place| place.country.clone())
}

/// Category, mode and roles of a meeting.
pub fn classify<'a>(meeting: &'a StoredMeeting, names: &Names) -> Event<'a> {
    let everyone: Vec<&StoredParticipant> = meeting.participants.iter().collect();
    let contexts = contexts(
        meeting
            .issues
            .iter()
            .map(|(id, name)| (id.as_str(), name.as_str())),
    );
    let event = |category, mode, actors, recipients| Event {
        category,
        mode,
        actors,
        recipients,
        contexts: contexts.clone(),
    };
    match meeting.status.as_str() {
        "planned" => return event(Category::Agree, None, everyone, Vec::new()),
        "cancelled" => return event(Category::Reject, Some(Mode::Meet), everyone, Vec::new()),
        _ => {}
    }
    if matches!(meeting.kind.as_str(), "phone-call" | "video-conference") {
        return event(Category::Consult, Some(Mode::Phone), everyone, Vec::new());
    }
    let countries = &meeting.countries;
    if countries.len() >= 3 {
        return event(
            Category::Consult,
            Some(Mode::Multilateral),
            everyone,
            Vec::new(),
        );
    }
    let every_side_known = meeting.participants.iter().all(|p| p.country.is_some());
    match place_country(meeting, names) {
        Some(place) if countries.len() == 2 && countries.contains(&place) && every_side_known => {
            let (hosts, visitors): (Vec<_>, Vec<_>) = everyone
                .into_iter()
                .partition(|participant| participant.country.as_deref() == Some(place.as_str()));
            event(Category::Consult, Some(Mode::Visit), visitors, hosts)
        }
        Some(place) if countries.len() >= 2 && !countries.contains(&place) && every_side_known => {
            event(
                Category::Consult,
                Some(Mode::ThirdParty),
                everyone,
                Vec::new(),
            )
        }
        _ => event(Category::Consult, None, everyone, Vec::new()),
    }
}

/// Topic contexts by words in an issue's id or name. The first rule that
/// names a context adds it; an issue no rule fits adds nothing (the
/// meeting stays `diplomatic`).
const CONTEXT_RULES: &[(&[&str], &str)] = &[
    (
        &[
            "denucleari",
            "proliferation",
            "nuclear issue",
            "nuclear program",
            "nuclear armament",
            "nuclear weapon",
            "chemical weapon",
            "biological weapon",
        ],
        "cbrn",
    ),
    (
        &[
            "military",
            "defense",
            "defence",
            "alliance",
            "deterrence",
            "troop",
            "missile",
            "thaad",
            "gsomia",
            "radar",
            "operational control",
            "reciprocal access",
            "armament",
            "usfk",
        ],
        "military",
    ),
    (&["intelligence"], "intelligence"),
    (
        &[
            "trade",
            "tariff",
            "export control",
            "supply chain",
            "economic",
            "economy",
            "currency",
            "investment",
            "sanction",
            "belt and road",
            "shipbuilding",
            "semiconductor",
            "development assistance",
            "import ban",
        ],
        "economic",
    ),
    (
        &["semiconductor", "chip", "digital", "technology"],
        "technology",
    ),
    (
        &[
            "forced labor",
            "forced labour",
            "comfort women",
            "sexual slavery",
            "compensation",
            "reparation",
        ],
        "reparations",
    ),
    (
        &["human rights", "uyghur", "xinjiang", "tibet", "abduction"],
        "human_rights",
    ),
    (
        &["uyghur", "tibet", "ethnic", "religio"],
        "religion_ethnicity",
    ),
    (
        &["hong kong", "press freedom", "freedom of"],
        "rights_freedoms",
    ),
    (
        &[
            "dokdo",
            "takeshima",
            "senkaku",
            "kuril",
            "northern territories",
            "south china sea",
            "east china sea",
            "yellow sea",
            "maritime boundar",
            "territor",
            "sea naming",
            "sea of japan",
        ],
        "territory",
    ),
    (&["fisheries", "energy security", "lng"], "natural_resource"),
    (&["covid", "pandemic", "epidemic", "health"], "health"),
    (
        &[
            "climate",
            "pollution",
            "fine dust",
            "environment",
            "fukushima",
            "nuclear safety",
        ],
        "environment",
    ),
    (&["cyber"], "cyber"),
    (&["terror"], "terrorism"),
    (&["migration", "refugee", "visa"], "migration"),
    (&["asylum"], "asylum"),
    (&["humanitarian"], "human_security"),
    (&["election"], "election"),
    (&["corruption"], "corruption"),
    (&["drug"], "illegal_drugs"),
    (&["trafficking", "smuggling"], "trafficking"),
    (&["peacekeeping"], "peacekeeping"),
    (&["disaster"], "disasters"),
];

/// `diplomatic`, then every context the issues' words call for, in rule
/// order, each once.
pub fn contexts<'a>(issues: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<&'static str> {
    let texts: Vec<String> = issues
        .map(|(id, name)| format!("{} {}", id.replace('-', " "), name).to_lowercase())
        .collect();
    let mut contexts = vec!["diplomatic"];
    for (words, context) in CONTEXT_RULES {
        if texts
            .iter()
            .any(|text| words.iter().any(|word| text.contains(word)))
            && !contexts.contains(context)
        {
            contexts.push(context);
        }
    }
    contexts
}

/// A CAMEO event between two participants: `source` does `code` to `target`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dyad<'a> {
    pub source: &'a StoredParticipant,
    pub target: &'a StoredParticipant,
    pub code: &'static str,
}

/// CAMEO's name for each code dipkb writes.
pub fn cameo_label(code: &str) -> &'static str {
    match code {
        "036" => "Express intent to meet or negotiate",
        "040" => "Consult, not specified",
        "041" => "Discuss by telephone",
        "042" => "Make a visit",
        "043" => "Host a visit",
        "044" => "Meet at a third location",
        "045" => "Engage in mediation",
        "046" => "Engage in negotiation",
        "125" => "Reject proposal to meet, discuss, or negotiate",
        _ => "",
    }
}

/// The CAMEO dyads of a meeting: every pair of participants from different
/// countries (or of unknown country), in both directions as CAMEO codes
/// reciprocal events; a visit is 042 from visitor to host and 043 back.
pub fn dyads<'a>(meeting: &'a StoredMeeting, event: &Event<'a>) -> Vec<Dyad<'a>> {
    let symmetric = match (event.category, event.mode) {
        (Category::Agree, _) => "036",
        (Category::Reject, _) => "125",
        (Category::Consult, Some(Mode::Phone)) => "041",
        (Category::Consult, Some(Mode::ThirdParty)) => "044",
        (Category::Consult, Some(Mode::Visit)) => "",
        (Category::Consult, _) => match founding_words(meeting) {
            Founding::Mediation => "045",
            Founding::Negotiation => "046",
            Founding::Other => "040",
        },
    };
    let mut dyads = Vec::new();
    if symmetric.is_empty() {
        for visitor in &event.actors {
            for host in &event.recipients {
                dyads.push(Dyad {
                    source: visitor,
                    target: host,
                    code: "042",
                });
                dyads.push(Dyad {
                    source: host,
                    target: visitor,
                    code: "043",
                });
            }
        }
        return dyads;
    }
    let everyone = &meeting.participants;
    for (position, first) in everyone.iter().enumerate() {
        for second in &everyone[position + 1..] {
            if first.country.is_some() && first.country == second.country {
                continue;
            }
            dyads.push(Dyad {
                source: first,
                target: second,
                code: symmetric,
            });
            dyads.push(Dyad {
                source: second,
                target: first,
                code: symmetric,
            });
        }
    }
    dyads
}

enum Founding {
    Mediation,
    Negotiation,
    Other,
}

/// What the sentences that name the participants call the meeting:
/// mediation and negotiation have CAMEO codes of their own.
fn founding_words(meeting: &StoredMeeting) -> Founding {
    let sentences = meeting.sources.iter().flat_map(|source| {
        source
            .evidence
            .iter()
            .filter(|(_, _, _, fields)| fields.contains("participants"))
            .map(|(_, _, text, _)| text.to_lowercase())
    });
    let mut found = Founding::Other;
    for sentence in sentences {
        if sentence.contains("mediat") {
            return Founding::Mediation;
        }
        if sentence.contains("negotiat") {
            found = Founding::Negotiation;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{StoredPlace, StoredSource};

    fn person(id: &str, country: &str) -> StoredParticipant {
        StoredParticipant {
            id: id.into(),
            kind: "person".into(),
            name: id.into(),
            country: Some(country.into()),
            title: None,
        }
    }

    fn meeting(
        kind: &str,
        status: &str,
        place: Option<&str>,
        people: &[(&str, &str)],
    ) -> StoredMeeting {
        let participants: Vec<StoredParticipant> = people
            .iter()
            .map(|(id, country)| person(id, country))
            .collect();
        let mut countries: Vec<String> = people.iter().map(|(_, c)| c.to_string()).collect();
        countries.sort();
        countries.dedup();
        StoredMeeting {
            key: "k".into(),
            kind: kind.into(),
            status: status.into(),
            date: Some("2020-10-29".into()),
            date_partial: None,
            place: place.map(|id| {
                (
                    id.to_string(),
                    id.to_string(),
                    "city".to_string(),
                    Vec::new(),
                )
            }),
            participants,
            countries,
            issues: Vec::new(),
            sources: Vec::new(),
            source_count: 0,
        }
    }

    fn names() -> Names {
        let mut names = Names::default();
        for (id, country) in [("seoul", "KR"), ("tokyo", "JP"), ("new-york", "US")] {
            names.places.insert(
                id.into(),
                StoredPlace {
                    name: id.into(),
                    kind: "city".into(),
                    country: Some(country.into()),
                },
            );
        }
        names
    }

    fn ids(people: &[&StoredParticipant]) -> Vec<String> {
        people.iter().map(|p| p.id.clone()).collect()
    }

    #[test]
    fn the_visitor_is_the_actor_and_the_host_the_recipient() {
        let talks = meeting(
            "talks",
            "held",
            Some("seoul"),
            &[("kim", "KR"), ("takizaki", "JP")],
        );
        let event = classify(&talks, &names());
        assert_eq!(
            (event.category, event.mode),
            (Category::Consult, Some(Mode::Visit))
        );
        assert_eq!(ids(&event.actors), ["takizaki"]);
        assert_eq!(ids(&event.recipients), ["kim"]);
        assert_eq!(event.scale(), 4.0);
        let codes: Vec<(String, String, &str)> = dyads(&talks, &event)
            .into_iter()
            .map(|d| (d.source.id.clone(), d.target.id.clone(), d.code))
            .collect();
        assert_eq!(
            codes,
            [
                ("takizaki".to_string(), "kim".to_string(), "042"),
                ("kim".to_string(), "takizaki".to_string(), "043")
            ]
        );
    }

    #[test]
    fn modes_by_kind_place_and_sides() {
        let names = names();
        let call = meeting("phone-call", "held", None, &[("a", "KR"), ("b", "JP")]);
        assert_eq!(classify(&call, &names).mode, Some(Mode::Phone));
        let elsewhere = meeting(
            "talks",
            "held",
            Some("new-york"),
            &[("a", "KR"), ("b", "JP")],
        );
        assert_eq!(classify(&elsewhere, &names).mode, Some(Mode::ThirdParty));
        let three = meeting(
            "talks",
            "held",
            Some("tokyo"),
            &[("a", "KR"), ("b", "JP"), ("c", "US")],
        );
        assert_eq!(classify(&three, &names).mode, Some(Mode::Multilateral));
        let nowhere = meeting("talks", "held", None, &[("a", "KR"), ("b", "JP")]);
        let event = classify(&nowhere, &names);
        assert_eq!(event.mode, None);
        assert_eq!(ids(&event.actors), ["a", "b"]);
        assert!(event.recipients.is_empty());
        assert_eq!(
            dyads(&nowhere, &event)
                .iter()
                .map(|d| d.code)
                .collect::<Vec<_>>(),
            ["040", "040"]
        );
    }

    #[test]
    fn planned_and_cancelled() {
        let names = names();
        let planned = meeting(
            "summit",
            "planned",
            Some("seoul"),
            &[("a", "KR"), ("b", "JP")],
        );
        let event = classify(&planned, &names);
        assert_eq!((event.category, event.mode), (Category::Agree, None));
        assert_eq!(event.contexts, ["diplomatic"]);
        assert_eq!(dyads(&planned, &event)[0].code, "036");
        let cancelled = meeting("summit", "cancelled", None, &[("a", "KR"), ("b", "JP")]);
        let event = classify(&cancelled, &names);
        assert_eq!(
            (event.category, event.mode),
            (Category::Reject, Some(Mode::Meet))
        );
        assert_eq!(event.category.quad_code(), 3);
        assert_eq!(dyads(&cancelled, &event)[1].code, "125");
    }

    #[test]
    fn same_country_pairs_are_no_dyad_and_negotiation_has_its_code() {
        let mut talks = meeting(
            "talks",
            "held",
            None,
            &[("a", "KR"), ("b", "KR"), ("c", "US")],
        );
        talks.sources.push(StoredSource {
            article_id: 1,
            path: "a.txt".into(),
            title: None,
            published: None,
            source: None,
            url: None,
            evidence: vec![(
                0,
                10,
                "They negotiated for hours.".into(),
                r#"["participants"]"#.into(),
            )],
        });
        let event = classify(&talks, &names());
        let dyads = dyads(&talks, &event);
        assert_eq!(dyads.len(), 4, "a-c and b-c, both ways");
        assert!(dyads.iter().all(|d| d.code == "046"));
    }

    #[test]
    fn issues_map_to_contexts() {
        let issues = [
            ("forced-labor", "Wartime forced labor"),
            ("north-korea-nuclear", "North Korean nuclear issue"),
            ("trade-war", "Trade wars and tariffs"),
            ("dokdo", "Dokdo / Takeshima"),
            ("history-textbooks", "History textbooks"),
        ];
        assert_eq!(
            contexts(issues.into_iter()),
            ["diplomatic", "cbrn", "economic", "reparations", "territory"]
        );
        assert_eq!(
            contexts([("nuclear-energy-safety", "Nuclear safety")].into_iter()),
            ["diplomatic", "environment"]
        );
    }
}
