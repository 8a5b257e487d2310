//! The lexicon's word lists compiled for the rules that read them: each
//! list once lower-cased, as a set for whole words and as one automaton for
//! phrases inside a window of text, so a rule asks one question of a list
//! instead of trying its words one by one.

use crate::gazetteer::WordLists;
use aho_corasick::AhoCorasick;
use std::collections::HashSet;

/// Every word list of the lexicon, compiled.
pub type Words = WordLists<WordList>;

/// Compiles the lexicon's lists.
pub fn compile(lists: &WordLists) -> Result<Words, crate::tagger::BuildError> {
    let mut failed = None;
    let words = lists.clone().map(|_, list| {
        WordList::new(list).unwrap_or_else(|error| {
            failed.get_or_insert(error);
            WordList::default()
        })
    });
    match failed {
        Some(error) => Err(error),
        None => Ok(words),
    }
}

/// One word list: its phrases lower-cased (rules read lower-cased text),
/// and as written for the few rules where case counts (`I`, `We`).
#[derive(Debug, Clone, Default)]
pub struct WordList {
    phrases: Vec<String>,
    lower: HashSet<String>,
    /// As written, for the rules where case counts or the text is not
    /// lower-cased (Korean, `G7`).
    written: Vec<String>,
    written_set: HashSet<String>,
    /// The lower-cased phrases, matched ignoring ASCII case; `None` when
    /// the list is empty.
    automaton: Option<AhoCorasick>,
}

impl WordList {
    pub fn new(written: Vec<String>) -> Result<WordList, crate::tagger::BuildError> {
        let phrases: Vec<String> = written.iter().map(|phrase| phrase.to_lowercase()).collect();
        let automaton = if phrases.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&phrases)?,
            )
        };
        Ok(WordList {
            lower: phrases.iter().cloned().collect(),
            written_set: written.iter().cloned().collect(),
            written,
            phrases,
            automaton,
        })
    }

    /// The phrases, lower-cased, in lexicon order.
    pub fn phrases(&self) -> &[String] {
        &self.phrases
    }

    /// Does `text` (lower case) contain any of the phrases?
    pub fn found_in(&self, text: &str) -> bool {
        self.automaton
            .as_ref()
            .is_some_and(|automaton| automaton.is_match(text))
    }

    /// Does `text` (lower case) start with one of the phrases?
    pub fn starts(&self, text: &str) -> bool {
        self.phrases
            .iter()
            .any(|phrase| text.starts_with(phrase.as_str()))
    }

    /// Does `text` (lower case) end with one of the phrases?
    pub fn ends(&self, text: &str) -> bool {
        self.phrases
            .iter()
            .any(|phrase| text.ends_with(phrase.as_str()))
    }

    /// Does `text` end with one of the phrases as whole words (`here in`,
    /// not `where in`)?
    pub fn ends_words(&self, text: &str) -> bool {
        self.phrases.iter().any(|phrase| {
            text.strip_suffix(phrase.as_str()).is_some_and(|rest| {
                rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric())
            })
        })
    }

    /// Is `word` (lower case) one of the phrases?
    pub fn is(&self, word: &str) -> bool {
        self.lower.contains(word)
    }

    /// Is `word` one of the phrases exactly as written, case and all?
    pub fn is_as_written(&self, word: &str) -> bool {
        self.written_set.contains(word)
    }

    /// The phrases as written, in lexicon order.
    pub fn written(&self) -> &[String] {
        &self.written
    }

    /// Does `text` contain one of the phrases as written?
    pub fn found_as_written(&self, text: &str) -> bool {
        self.written
            .iter()
            .any(|phrase| text.contains(phrase.as_str()))
    }

    /// Does `text` start with one of the phrases as written?
    pub fn starts_as_written(&self, text: &str) -> bool {
        self.written
            .iter()
            .any(|phrase| text.starts_with(phrase.as_str()))
    }

    /// Where the phrases occur in `text`, overlapping, ignoring ASCII case:
    /// (start, end, index into [`WordList::phrases`]).
    pub fn find_all<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        self.automaton.iter().flat_map(move |automaton| {
            automaton
                .find_overlapping_iter(text)
                .map(|hit| (hit.start(), hit.end(), hit.pattern().as_usize()))
        })
    }
}

/// The built-in lexicon's lists, for unit tests of the rules that read them.
#[cfg(test)]
pub fn builtin() -> &'static Words {
    static WORDS: std::sync::LazyLock<Words> = std::sync::LazyLock::new(|| {
        let sources: Vec<_> = crate::gazetteer::builtin_sources()
            .into_iter()
            .filter(|source| {
                source
                    .path
                    .file_name()
                    .is_some_and(|name| name.to_string_lossy().starts_with("lexicon"))
            })
            .collect();
        let (gazetteer, _) = crate::gazetteer::load(&sources).expect("the built-in lexicon loads");
        compile(&gazetteer.lexicon.words).expect("the built-in lists compile")
    });
    &WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_answers_for_lower_cased_text() {
        let list = WordList::new(vec![" Said".into(), "according to".into()]).unwrap();
        assert!(list.found_in("he said so"));
        assert!(!list.found_in("unsaid"));
        assert!(list.starts("according to him"));
        assert!(list.ends("he said"));
        assert!(list.is(" said"));
        assert!(list.is_as_written(" Said"));
        assert!(!list.is_as_written(" said"));
        assert!(list.found_as_written("he Said so") && !list.found_as_written("he said so"));
        assert!(list.starts_as_written("according to him"));
        assert_eq!(list.written(), [" Said", "according to"]);
        assert_eq!(list.find_all("x SAID").collect::<Vec<_>>(), [(1, 6, 0)]);
        let empty = WordList::new(Vec::new()).unwrap();
        assert!(!empty.found_in("anything") && !empty.starts("") && !empty.ends(""));
    }
}
