//! Property tests: the whole pipeline on random input never panics, and
//! every offset it reports is a valid slice of the article.

use super::*;
use crate::gazetteer::{self, SourceFile};
use proptest::prelude::*;
use std::sync::LazyLock;

const GAZETTEER: &str = "
countries:
  - {id: KR, name: South Korea, aliases: [Korea, ROK, 한국], demonyms: [Korean, South Korean]}
  - {id: JP, name: Japan, aliases: [日本], demonyms: [Japanese]}
places:
  - {id: seoul, name: Seoul, kind: city, country: KR, aliases: [서울]}
  - {id: jongno-gu, name: Jongno-gu, kind: district, within: seoul}
organizations:
  - {id: kr-mofa, name: Ministry of Foreign Affairs (South Korea), kind: ministry, country: KR, generic: [Foreign Ministry]}
  - {id: jp-mofa, name: Ministry of Foreign Affairs (Japan), kind: ministry, country: JP, generic: [Foreign Ministry]}
people:
  - {id: kim-jung-han, name: Kim Jung-han, family: Kim, given: Jung-han, name_order: family_first, country: KR, aliases: [김정한]}
  - {id: takizaki-shigeki, name: Shigeki Takizaki, family: Takizaki, given: Shigeki, country: JP}
issues:
  - {id: forced-labor, name: Wartime forced labor, aliases: [forced labor]}
";

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| {
    let source = SourceFile {
        path: "test.yaml".into(),
        text: GAZETTEER.into(),
        builtin: false,
    };
    let builtin_lexicon = gazetteer::builtin_sources()
        .into_iter()
        .filter(|source| source.path.ends_with("lexicon.yaml"))
        .collect::<Vec<_>>();
    let mut sources = builtin_lexicon;
    sources.push(source);
    let (gazetteer, _) = gazetteer::load(&sources).unwrap();
    Extractor::new(gazetteer).unwrap()
});

/// Pieces news text is made of, including the awkward ones.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Kim Jung-han".to_string()),
        Just("Takizaki".to_string()),
        Just("Director Kim".to_string()),
        Just(" held talks with ".to_string()),
        Just(" met ".to_string()),
        Just(" will meet ".to_string()),
        Just(" in Seoul".to_string()),
        Just(" Jongno-gu, ".to_string()),
        Just(" on the 29th".to_string()),
        Just(" on Friday".to_string()),
        Just(" Sept. 20, 2020".to_string()),
        Just(" forced labor".to_string()),
        Just("Japan's Foreign Ministry".to_string()),
        Just("김정한은 ".to_string()),
        Just("日本".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just("\"".to_string()),
        Just("---\n".to_string()),
        Just("© All rights reserved.\n".to_string()),
        Just("İ".to_string()),
        Just("ß".to_string()),
        "[a-zA-Z ,.;'\u{2019}\u{201c}\u{201d}-]{0,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn pipeline_never_panics_and_offsets_are_valid(text in article_text(), dated in any::<bool>()) {
        let Ok(mut article) = Article::parse("random.txt", &text) else {
            return Ok(()); // refused with an error is fine; a panic is not
        };
        if dated {
            article.date = chrono::NaiveDate::from_ymd_opt(2020, 10, 29);
        }
        let mut scratch = crate::tagger::Scratch::default();
        let extraction = EXTRACTOR.extract(&article, &mut scratch);
        let body = &article.body;
        for mention in &extraction.mentions {
            prop_assert!(body.get(mention.span.clone()).is_some(), "mention {:?} in {:?}", mention.span, body);
        }
        for sentence in &extraction.sentences {
            prop_assert!(body.get(sentence.span.clone()).is_some());
        }
        for meeting in &extraction.meetings {
            prop_assert!(meeting.participants.len() >= 2 || meeting.participants.iter().all(|p| p.kind == crate::gazetteer::Kind::Country));
            for evidence in &meeting.evidence {
                prop_assert!(body.get(evidence.span.clone()).is_some());
            }
        }
    }

    #[test]
    fn gazetteer_loader_never_panics(text in "[a-z:\\-\\[\\]{}&*!|>'\" \n#0-9]{0,200}") {
        let source = SourceFile { path: "random.yaml".into(), text, builtin: false };
        let _ = gazetteer::load(&[source]);
    }
}

#[test]
fn seed_like_paragraph_gives_one_meeting_with_all_fields() {
    let text = "---\ndate: 2020-10-29\ncountry: KR\n---\nKim Jung-han held talks with Takizaki at Japan's Foreign Ministry in Jongno-gu, Seoul on the 29th. Director Kim raised the forced labor issue.\n";
    let article = Article::parse("a.txt", text).unwrap();
    let extraction = EXTRACTOR.extract(&article, &mut crate::tagger::Scratch::default());
    assert_eq!(extraction.meetings.len(), 1);
    let meeting = &extraction.meetings[0];
    let gazetteer = &EXTRACTOR.gazetteer;
    let ids: Vec<&str> = meeting
        .participants
        .iter()
        .map(|&p| gazetteer.id(p))
        .collect();
    assert_eq!(ids, ["kim-jung-han", "takizaki-shigeki"]);
    assert_eq!(meeting.date.date.as_deref(), Some("2020-10-29"));
    assert_eq!(meeting.place.map(|p| gazetteer.id(p)), Some("jongno-gu"));
    assert_eq!(
        meeting
            .issues
            .iter()
            .map(|&i| gazetteer.id(i))
            .collect::<Vec<_>>(),
        ["forced-labor"]
    );
    assert_eq!(meeting.status, Status::Held);
}
