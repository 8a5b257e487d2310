use super::*;
use crate::gazetteer::{self, SourceFile};

fn tagger(yaml: &str) -> (Gazetteer, Tagger) {
    let source = SourceFile {
        path: "test.yaml".into(),
        text: yaml.into(),
        builtin: false,
    };
    let (gazetteer, _) = gazetteer::load(&[source]).unwrap();
    let tagger = Tagger::new(&gazetteer).unwrap();
    (gazetteer, tagger)
}

/// `(matched text, first target id)` for every match.
fn found(gazetteer: &Gazetteer, tagger: &Tagger, text: &str) -> Vec<(String, String)> {
    tagger
        .tag(text)
        .iter()
        .map(|found| {
            let target = tagger.targets(found.pattern)[0];
            (
                text[found.start..found.end].to_string(),
                gazetteer.id(target.entity).to_string(),
            )
        })
        .collect()
}

const KOREAS: &str = "
countries:
  - id: KR
    name: South Korea
    aliases: [Korea, S. Korea, ROK, 한국]
    demonyms: [South Korean, Korean]
  - id: KP
    name: North Korea
    aliases: [DPRK]
  - id: US
    name: United States
    aliases: [US, U.S.]
people:
  - id: kim-jung-han
    name: Kim Jung-han
    family: Kim
    given: Jung-han
    name_order: family_first
    aliases: [Kim Jeong-han, 김정한]
    country: KR
  - id: emile-zola
    name: Émile Zola
    family: Zola
    given: Émile
organizations:
  - id: kr-mofa
    name: Ministry of Foreign Affairs (South Korea)
    generic: [Ministry of Foreign Affairs]
  - id: jp-mofa
    name: Ministry of Foreign Affairs (Japan)
    generic: [Ministry of Foreign Affairs]
";

#[test]
fn longest_match_beats_a_shorter_one() {
    let (gazetteer, tagger) = tagger(KOREAS);
    assert_eq!(
        found(&gazetteer, &tagger, "North Korea fired a missile."),
        [("North Korea".to_string(), "KP".to_string())]
    );
}

#[test]
fn rejected_longest_match_never_hides_a_valid_one() {
    let (gazetteer, tagger) = tagger(KOREAS);
    let matches = found(&gazetteer, &tagger, "after the elections. Korea Hydro said");
    assert_eq!(matches, [("Korea".to_string(), "KR".to_string())]);
}

#[test]
fn no_match_inside_a_word_but_before_punctuation_and_possessive() {
    let (gazetteer, tagger) = tagger(KOREAS);
    assert!(found(&gazetteer, &tagger, "Koreana Hotel and Koreas").is_empty());
    let matches = found(&gazetteer, &tagger, "Korea's view, Korea-Japan talks (Korea).");
    assert_eq!(matches.len(), 3);
    assert!(matches.iter().all(|(text, _)| text == "Korea"));
}

#[test]
fn all_capitals_names_match_only_as_written() {
    let (gazetteer, tagger) = tagger(KOREAS);
    assert!(found(&gazetteer, &tagger, "let us go; Us too").is_empty());
    assert_eq!(
        found(&gazetteer, &tagger, "the US and the U.S. and ROK"),
        [
            ("US".to_string(), "US".to_string()),
            ("U.S.".to_string(), "US".to_string()),
            ("ROK".to_string(), "KR".to_string())
        ]
    );
}

#[test]
fn korean_given_names_match_with_hyphen_space_or_joined_and_both_orders() {
    let (gazetteer, tagger) = tagger(KOREAS);
    for text in [
        "Kim Jung-han",
        "Kim Jung Han",
        "Kim Junghan",
        "Jung-han Kim",
        "Kim Jeong-han",
        "Jeonghan Kim",
        "KIM JEONG-HAN",
    ] {
        assert_eq!(
            found(&gazetteer, &tagger, text),
            [(text.to_string(), "kim-jung-han".to_string())],
            "{text}"
        );
    }
}

#[test]
fn hangul_name_may_carry_a_particle() {
    let (gazetteer, tagger) = tagger(KOREAS);
    let text = "김정한은 한국의 국장";
    assert_eq!(
        found(&gazetteer, &tagger, text),
        [
            ("김정한".to_string(), "kim-jung-han".to_string()),
            ("한국".to_string(), "KR".to_string())
        ]
    );
    // Not a particle: part of a longer word.
    assert!(found(&gazetteer, &tagger, "김정한국").is_empty() || found(&gazetteer, &tagger, "김정한국")[0].0 != "김정한");
}

#[test]
fn shared_name_yields_one_match_with_every_candidate() {
    let (gazetteer, tagger) = tagger(KOREAS);
    let matches = tagger.tag("at the Ministry of Foreign Affairs building");
    assert_eq!(matches.len(), 1);
    let ids: Vec<&str> = tagger
        .match_targets(&matches[0])
        .map(|target| gazetteer.id(target.entity))
        .collect();
    assert_eq!(ids, ["kr-mofa", "jp-mofa"]);
    assert!(tagger
        .match_targets(&matches[0])
        .all(|target| target.via == Via::Generic));
}

#[test]
fn case_folding_is_unicode_aware_and_offsets_point_into_the_original() {
    let (gazetteer, tagger) = tagger(KOREAS);
    let text = "« ÉMILE ZOLA » and Émile Zola";
    let matches = found(&gazetteer, &tagger, text);
    assert_eq!(
        matches,
        [
            ("ÉMILE ZOLA".to_string(), "emile-zola".to_string()),
            ("Émile Zola".to_string(), "emile-zola".to_string())
        ]
    );
}

#[test]
fn family_name_alone_is_a_family_target() {
    let (_, tagger) = tagger(KOREAS);
    let matches = tagger.tag("Director Kim said");
    assert_eq!(matches.len(), 1);
    assert_eq!(tagger.targets(matches[0].pattern)[0].via, Via::Family);
}

#[test]
fn a_name_that_ends_another_word_is_not_matched_from_the_word_start() {
    let (gazetteer, tagger) = tagger(
        "people:\n  - id: he-lifeng\n    name: He Lifeng\n    family: He\n    given: Lifeng\nplaces:\n  - id: the-hague\n    name: The Hague\n",
    );
    assert!(found(&gazetteer, &tagger, "The issue").is_empty());
    assert_eq!(found(&gazetteer, &tagger, "in The Hague")[0].0, "The Hague");
}
