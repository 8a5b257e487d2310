//! Korean-language names: which Hangul titles fit which roles, and the
//! Hangul forms of a person's name that nobody lists by hand (`김 국장`
//! after `김정한`). Korean writes a title after the name, and a bare
//! one-syllable family name (`김`, `이`, `시`) is an everyday word, so it is
//! only a name together with a title.

use super::Person;

/// A Hangul title and the words of English role titles it stands for; an
/// empty list fits every role (`후보자`, a nominee for any post).
pub const TITLES: &[(&str, &[&str])] = &[
    ("대통령", &["President"]),
    ("당선인", &["President"]),
    ("부통령", &["Vice President"]),
    ("총리", &["Prime Minister", "Premier"]),
    ("국무총리", &["Prime Minister"]),
    ("장관", &["Minister", "Secretary"]),
    ("외교장관", &["Foreign", "Secretary of State"]),
    ("외무장관", &["Foreign"]),
    ("외무상", &["Foreign"]),
    ("국무장관", &["Secretary of State"]),
    ("국방장관", &["Defense", "Defence"]),
    (
        "차관",
        &["Vice Minister", "Vice-Minister", "Deputy Minister"],
    ),
    ("부장관", &["Deputy Secretary", "Deputy Minister"]),
    ("부상", &["Vice Minister"]),
    ("국장", &["Director"]),
    ("본부장", &["Special Representative"]),
    ("대표", &["Representative", "Envoy"]),
    ("특별대표", &["Special Representative"]),
    ("대사", &["Ambassador"]),
    ("주석", &["President of the People's Republic", "Chairman"]),
    ("국가주석", &["President of the People's Republic"]),
    ("위원장", &["Chairman", "Chairwoman", "Chair of"]),
    (
        "부장",
        &["Minister", "Head of the International Department"],
    ),
    ("외교부장", &["Minister of Foreign Affairs"]),
    ("관방장관", &["Chief Cabinet Secretary"]),
    ("대변인", &["Spokes", "Press Secretary"]),
    ("부대변인", &["Spokes"]),
    ("보좌관", &["Adviser", "Advisor"]),
    ("안보실장", &["National Security"]),
    ("비서실장", &["Chief of Staff"]),
    ("원장", &["Director of the National Intelligence"]),
    ("의장", &["Speaker", "Chair"]),
    ("사무총장", &["Secretary-General", "Secretary General"]),
    ("후보자", &[]),
];

/// Titles a namesake holds, not the official: `이재명 대통령실 부대변인` is
/// a deputy spokesperson, not the politician of that name.
pub const NAMESAKE_TITLES: &[&str] = &[
    "대변인",
    "부대변인",
    "기자",
    "특파원",
    "교수",
    "연구원",
    "선수",
    "감독",
    "회장",
    "사장",
    "변호사",
];

/// Syllables that before a title are words, not family names: both, former,
/// current, each, this side, the said.
const NOT_FAMILY_BEFORE_TITLE: &[char] = &['양', '전', '현', '각', '두', '당', '본', '귀', '량'];

pub fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7A3)
}

/// Is the text Hangul syllables (and spaces) only?
pub fn is_hangul_text(text: &str) -> bool {
    text.chars().any(is_hangul) && text.chars().all(|c| is_hangul(c) || c == ' ')
}

/// Does a person with these roles hold the post `title` names? A person
/// without roles fits every title.
pub fn fits(person: &Person, title: &str) -> bool {
    let Some((_, words)) = TITLES.iter().find(|(hangul, _)| *hangul == title) else {
        return false;
    };
    person.roles.is_empty()
        || words.is_empty()
        || person.roles.iter().any(|role| {
            let lower = role.title.to_lowercase();
            words
                .iter()
                .any(|word| lower.contains(&word.to_lowercase()))
        })
}

/// `김 국장`, `시 주석`: a one-syllable Hangul family name with each title
/// the person's roles fit, for a person whose Hangul name is one word.
pub fn family_with_titles(person: &Person, hangul_name: &str) -> Vec<String> {
    let mut chars = hangul_name.chars();
    let (Some(family), Some(_)) = (chars.next(), chars.next()) else {
        return Vec::new();
    };
    // `양 국장` is "both directors-general", `전 장관` "the former
    // minister": these family names are words before a title.
    if NOT_FAMILY_BEFORE_TITLE.contains(&family) {
        return Vec::new();
    }
    TITLES
        .iter()
        .filter(|(title, _)| fits(person, title))
        .map(|(title, _)| format!("{family} {title}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{Common, NameOrder, Role};

    fn person(titles: &[&str]) -> Person {
        Person {
            common: Common::default(),
            family: None,
            given: None,
            name_order: NameOrder::FamilyFirst,
            country: Some("KR".into()),
            roles: titles
                .iter()
                .map(|title| Role {
                    title: title.to_string(),
                    org: None,
                    from: None,
                    to: None,
                    source: None,
                })
                .collect(),
        }
    }

    #[test]
    fn titles_fit_the_roles_they_name() {
        let director = person(&["Director-General for Asian and Pacific Affairs"]);
        assert!(fits(&director, "국장"));
        assert!(!fits(&director, "장관"));
        assert!(!fits(&director, "부대변인"));
        assert!(fits(&director, "후보자"));
        assert!(fits(&person(&[]), "대통령"));
    }

    #[test]
    fn one_syllable_family_names_come_only_with_fitting_titles() {
        let minister = person(&["Minister of Foreign Affairs"]);
        let forms = family_with_titles(&minister, "강경화");
        assert!(forms.contains(&"강 장관".to_string()), "{forms:?}");
        assert!(forms.contains(&"강 외교장관".to_string()), "{forms:?}");
        assert!(!forms.contains(&"강 대통령".to_string()), "{forms:?}");
        assert!(family_with_titles(&minister, "강").is_empty());
    }
}
