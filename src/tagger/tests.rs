use super::*;
use crate::gazetteer::names::Via;
use crate::gazetteer::{self, SourceFile};

fn tagger(yaml: &str) -> (Gazetteer, Tagger) {
    let source = SourceFile {
        path: "test.yaml".into(),
        text: yaml.into(),
        builtin: false,
    };
    let (gazetteer, _) = gazetteer::load(&[source]).unwrap();
    let tagger = Tagger::new(&gazetteer);
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
    let matches = found(
        &gazetteer,
        &tagger,
        "Korea's view, Korea-Japan talks (Korea).",
    );
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
    assert!(
        found(&gazetteer, &tagger, "김정한국").is_empty()
            || found(&gazetteer, &tagger, "김정한국")[0].0 != "김정한"
    );
}

#[test]
fn korean_glues_particles_and_latin_letters_to_names() {
    let (gazetteer, tagger) = tagger(
        "
places:
  - id: washington
    name: Washington
    kind: city
    aliases: [워싱턴]
organizations:
  - id: g7
    name: Group of Seven
    kind: international
    aliases: [G7]
",
    );
    let names = |text: &str| -> Vec<String> {
        found(&gazetteer, &tagger, text)
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    };
    assert_eq!(names("워싱턴DC에서"), ["워싱턴"]);
    assert_eq!(names("G7서 만났다"), ["G7"]);
    assert_eq!(names("워싱턴에서도 G7에는"), ["워싱턴", "G7"]);
    // `턴` is no particle, nor is `G7s` a name.
    assert!(names("워싱턴턴 G7s").is_empty());
}

#[test]
fn a_one_word_hangul_name_is_whole_and_its_family_name_needs_a_title() {
    let (_, tagger) = tagger(
        "
countries:
  - {id: KR, name: South Korea}
  - {id: JP, name: Japan}
people:
  - id: kang-kyung-wha
    name: Kang Kyung-wha
    family: Kang
    given: Kyung-wha
    name_order: family_first
    aliases: [강경화]
    country: KR
    roles:
      - {title: Minister of Foreign Affairs, org: kr-mofa}
  - id: takizaki-shigeki
    name: Shigeki Takizaki
    family: Takizaki
    given: Shigeki
    name_order: given_first
    aliases: [다키자키 시게키]
    country: JP
organizations:
  - id: kr-mofa
    name: Ministry of Foreign Affairs (South Korea)
",
    );
    let via = |text: &str| -> Vec<(String, Via)> {
        tagger
            .tag(text)
            .iter()
            .map(|found| {
                (
                    text[found.start..found.end].to_string(),
                    tagger.targets(found.pattern)[0].via,
                )
            })
            .collect()
    };
    assert_eq!(via("강경화는"), [("강경화".to_string(), Via::Alias)]);
    assert_eq!(via("강 장관은"), [("강 장관".to_string(), Via::Family)]);
    // `강` alone, or with a title she never held, is no name.
    assert!(via("강 대통령 강은").is_empty());
    // A Japanese name in Hangul is family first: `다키자키` is the family.
    assert_eq!(
        via("다키자키 국장과"),
        [("다키자키".to_string(), Via::Family)]
    );
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

/// The matcher spelled out without an automaton: at every word start, try
/// every pattern and keep the longest whose end is a boundary and whose
/// case fits. Slow and obviously right; the fast path must agree with it.
fn reference(tagger: &Tagger, text: &str) -> Vec<Match> {
    // Folded text with, per folded byte, the original offset (`u32::MAX`
    // inside a character that folded to several).
    let mut folded = String::new();
    let mut map: Vec<u32> = Vec::new();
    for (offset, c) in text.char_indices() {
        let mut lower = String::new();
        if c.is_ascii() {
            lower.push(c.to_ascii_lowercase());
        } else {
            lower.extend(c.to_lowercase());
        }
        let first_width = lower.chars().next().map_or(0, char::len_utf8);
        for index in 0..lower.len() {
            map.push(if index < first_width {
                offset as u32
            } else {
                u32::MAX
            });
        }
        folded.push_str(&lower);
    }
    map.push(text.len() as u32);
    let keys: Vec<String> = (0..tagger.pattern_count())
        .map(|pattern| fold(tagger.surface(pattern as u32)))
        .collect();
    let word_before = |offset: usize| {
        folded[..offset]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    };
    let mut out = Vec::new();
    let mut position = 0;
    let mut previous_is_word = false;
    while position < folded.len() {
        let c = folded[position..].chars().next().unwrap();
        let is_word = c.is_alphanumeric();
        if (is_word && !previous_is_word) || is_cjk(c) {
            let mut best: Option<(usize, u32, u32)> = None;
            for (pattern, key) in keys.iter().enumerate() {
                let end = position + key.len();
                if !folded[position..].starts_with(key.as_str())
                    || map[end] == u32::MAX
                    || !is_boundary(&folded, end)
                {
                    continue;
                }
                if let Some(exact) = &tagger.patterns[pattern].exact {
                    if &text[map[position] as usize..map[end] as usize] != exact.as_ref() {
                        continue;
                    }
                }
                best = match best {
                    Some((best_end, first, _)) if best_end == end => {
                        Some((end, first, pattern as u32))
                    }
                    Some((best_end, ..)) if best_end > end => best,
                    _ => Some((end, pattern as u32, u32::MAX)),
                };
            }
            if let Some((end, pattern, other)) = best {
                out.push(Match {
                    start: map[position] as usize,
                    end: map[end] as usize,
                    pattern,
                    other,
                });
                position = end;
                previous_is_word = word_before(end);
                continue;
            }
        }
        previous_is_word = is_word;
        position += c.len_utf8();
    }
    out
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Letters chosen so that names share prefixes and suffixes, with
    /// capitals, dots, hyphens, accents, a letter whose lower case is longer
    /// (`İ`), Hangul with particles and Han.
    const NAME_PIECES: &[&str] = &[
        "a", "b", "k", "o", "r", "e", "ko", "rea", "A", "K", "R", "O", "S", ".", "-", " ", "É",
        "é", "İ", "ß", "한", "국", "은", "김", "中", "国",
    ];
    const TEXT_PIECES: &[&str] = &[
        " ", " ", ". ", ", ", "'s ", "-", "(", ")", "a", "k", "o", "x", "1", "é", "İ", "한", "은",
        "의", "中", "\n",
    ];

    fn name() -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(NAME_PIECES), 1..6)
            .prop_map(|pieces| pieces.concat())
    }

    fn gazetteer_yaml() -> impl Strategy<Value = Vec<Vec<String>>> {
        proptest::collection::vec(proptest::collection::vec(name(), 1..4), 1..12)
    }

    fn yaml_of(organizations: &[Vec<String>]) -> String {
        let mut yaml = String::from("organizations:\n");
        for (index, names) in organizations.iter().enumerate() {
            yaml.push_str(&format!("  - id: o{index}\n    name: \"{}\"\n", names[0]));
            if names.len() > 1 {
                let aliases: Vec<String> = names[1..]
                    .iter()
                    .map(|name| format!("\"{name}\""))
                    .collect();
                yaml.push_str(&format!("    aliases: [{}]\n", aliases.join(", ")));
            }
        }
        yaml
    }

    /// Text made of the gazetteer's names in any case, mixed with noise.
    fn text(names: Vec<String>) -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            2 => (proptest::sample::select(names), 0..3u8).prop_map(|(name, case)| match case {
                0 => name,
                1 => name.to_uppercase(),
                _ => name.to_lowercase(),
            }),
            3 => proptest::sample::select(TEXT_PIECES).prop_map(str::to_string),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    fn case() -> impl Strategy<Value = (Vec<Vec<String>>, String)> {
        gazetteer_yaml().prop_flat_map(|organizations| {
            let names: Vec<String> = organizations.iter().flatten().cloned().collect();
            (Just(organizations), text(names))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn fast_path_finds_exactly_what_the_reference_finds((organizations, text) in case()) {
            let source = SourceFile { path: "random.yaml".into(), text: yaml_of(&organizations), builtin: false };
            let Ok((gazetteer, _)) = gazetteer::load(&[source]) else { return Ok(()) };
            let tagger = Tagger::new(&gazetteer);
            let found = tagger.tag(&text);
            prop_assert_eq!(found, reference(&tagger, &text));
        }

        #[test]
        fn reused_scratch_gives_the_same_matches((organizations, text) in case()) {
            let source = SourceFile { path: "random.yaml".into(), text: yaml_of(&organizations), builtin: false };
            let Ok((gazetteer, _)) = gazetteer::load(&[source]) else { return Ok(()) };
            let tagger = Tagger::new(&gazetteer);
            let mut scratch = Scratch::default();
            let mut out = Vec::new();
            tagger.tag_into("İİ ÉÉ a long warm-up text 한국은", &mut scratch, &mut out);
            out.clear();
            tagger.tag_into(&text, &mut scratch, &mut out);
            prop_assert_eq!(out, reference(&tagger, &text));
        }
    }
}

#[test]
fn reference_agrees_on_the_fixed_cases() {
    let (_, tagger) = tagger(KOREAS);
    for text in [
        "after the elections. Korea Hydro said",
        "Korea's view, Korea-Japan talks (Korea).",
        "the US and the U.S. and ROK; let us go",
        "김정한은 한국의 국장 김정한국",
        "« ÉMILE ZOLA » and Émile Zola",
        "KIM JEONG-HAN met Jung-han Kim at the Ministry of Foreign Affairs",
    ] {
        assert_eq!(tagger.tag(text), reference(&tagger, text), "{text}");
    }
}

proptest::proptest! {
    /// The start filter may let a word through that starts no pattern, but
    /// never turns away one that does, whatever the pattern's length.
    #[test]
    fn start_filter_never_turns_away_a_pattern(
        patterns in proptest::collection::vec("[a-c .]{1,11}", 1..40),
        pick in 0usize..40,
        tail in "[a-c .]{0,12}",
    ) {
        let filter = StartFilter::new(&patterns);
        let text = format!("{}{tail}", patterns[pick % patterns.len()]);
        proptest::prop_assert!(filter.may_start(text.as_bytes()), "{text:?}");
    }
}
