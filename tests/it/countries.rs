//! The built-in gazetteer: every country by its English name, demonym and
//! Korean name; officials in two spellings each.

use dipkb::gazetteer::{builtin_sources, load, Kind};
use dipkb::Tagger;

fn is_hangul(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

#[test]
fn every_country_resolves_from_its_name_demonym_and_korean_name() {
    let (gazetteer, _) = load(&builtin_sources()).unwrap();
    let tagger = Tagger::new(&gazetteer);
    let mut failures = Vec::new();
    let mut without_demonym = Vec::new();
    for country in &gazetteer.countries {
        let id = &country.common.id;
        let korean = country.common.aliases.iter().find(|alias| is_hangul(alias));
        let forms = [Some(&country.common.name), country.demonyms.first(), korean];
        for form in forms.into_iter().flatten() {
            let found = tagger.tag(form);
            let whole = found.iter().find(|m| m.start == 0 && m.end == form.len());
            let resolves = whole.is_some_and(|m| {
                tagger.match_targets(m).any(|target| {
                    target.entity.kind == Kind::Country && gazetteer.id(target.entity) == id
                })
            });
            if !resolves {
                failures.push(format!("{id}: `{form}`"));
            }
        }
        assert!(korean.is_some(), "{id} has no Korean name");
        if country.demonyms.is_empty() {
            without_demonym.push(id.clone());
        }
    }
    // A demonym shared by two countries goes to the one whose name it is
    // (`Dominican` to DO, not DM) or to neither (`Congolese`); territories
    // named after another country (BQ: Dutch) have none of their own.
    assert!(
        without_demonym.len() <= 15,
        "no demonym: {without_demonym:?}"
    );
    assert!(
        failures.is_empty(),
        "{} forms do not resolve: {failures:?}",
        failures.len()
    );
}

#[test]
fn ten_officials_are_found_in_a_paragraph_in_two_spellings_each() {
    let (gazetteer, _) = load(&builtin_sources()).unwrap();
    let tagger = Tagger::new(&gazetteer);
    let spellings = [
        ("kim-jung-han", "Kim Jung-han", "Kim Jeong-han"),
        ("takizaki-shigeki", "Takizaki Shigeki", "Shigeki Takizaki"),
        ("chung-eui-yong", "Chung Eui-yong", "Chung Eui Yong"),
        ("kang-kyung-wha", "Kang Kyung-wha", "Kyung-wha Kang"),
        ("moon-jae-in", "Moon Jae-in", "Moon Jae In"),
        ("kim-jong-un", "Kim Jong Un", "Kim Jong-un"),
        (
            "motegi-toshimitsu",
            "Toshimitsu Motegi",
            "Motegi Toshimitsu",
        ),
        (
            "funakoshi-takehiro",
            "Takehiro Funakoshi",
            "Funakoshi Takehiro",
        ),
        ("wang-yi", "Wang Yi", "Yi Wang"),
        ("antony-blinken", "Antony Blinken", "Blinken Antony"),
        ("yoon-suk-yeol", "Yoon Suk Yeol", "Yoon Suk-yeol"),
    ];
    for (id, first, second) in spellings {
        let paragraph = format!("SEOUL, March 18 (Yonhap) -- {first} held talks on Thursday, officials said. Later, {second} told reporters the meeting went well.");
        let found: Vec<String> = tagger
            .tag(&paragraph)
            .iter()
            .filter(|m| {
                tagger
                    .match_targets(m)
                    .any(|t| gazetteer.id(t.entity) == id)
            })
            .map(|m| paragraph[m.start..m.end].to_string())
            .collect();
        assert_eq!(found, [first, second], "{id} in: {paragraph}");
    }
}
