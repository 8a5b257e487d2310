//! Extraction: from one article to meetings, every field backed by the
//! sentences it came from. Pure: text in, facts out.

pub mod date;
mod lexicon;
mod meeting;
pub(crate) mod words;

pub use date::{DateValue, Partial};
pub use lexicon::{Cue, CueKind, LexiconMatcher};
pub use meeting::{Evidence, Meeting, MeetingKind, SentenceTrace, Status, Trace};

use crate::article::Article;
use crate::gazetteer::Gazetteer;
use crate::resolve::{self, Mention};
use crate::segment::{self, Sentence};
use crate::tagger::{Scratch, Tagger};

/// Everything dipkb learned from one article.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub sentences: Vec<Sentence>,
    pub mentions: Vec<Mention>,
    pub meetings: Vec<Meeting>,
}

/// The gazetteer with its automata, built once and shared by every article.
#[derive(Debug)]
pub struct Extractor {
    pub gazetteer: Gazetteer,
    pub tagger: Tagger,
    pub lexicon: LexiconMatcher,
}

impl Extractor {
    pub fn new(gazetteer: Gazetteer) -> Result<Extractor, crate::tagger::BuildError> {
        let tables = crate::tagger::Tables::new(&gazetteer);
        Extractor::from_parts(gazetteer, tables)
    }

    /// From a gazetteer and its tagger tables (as the gazetteer cache keeps them).
    pub fn from_parts(
        gazetteer: Gazetteer,
        tables: crate::tagger::Tables,
    ) -> Result<Extractor, crate::tagger::BuildError> {
        let tagger = Tagger::from_tables(tables);
        let lexicon = LexiconMatcher::new(&gazetteer.lexicon)?;
        Ok(Extractor {
            gazetteer,
            tagger,
            lexicon,
        })
    }

    /// Segments, tags and resolves an article. `article_country_default`
    /// settles shared names by the outlet's country when the text does not.
    pub fn mentions(
        &self,
        article: &Article,
        scratch: &mut Scratch,
        options: resolve::Options,
    ) -> (Vec<Sentence>, Vec<Mention>) {
        let sentences = segment::sentences(&article.body, &article.noise);
        let mut matches = Vec::new();
        self.tagger.tag_into(&article.body, scratch, &mut matches);
        let mentions = resolve::resolve(
            &self.gazetteer,
            &self.tagger,
            article,
            &sentences,
            &matches,
            options,
        );
        (sentences, mentions)
    }

    /// Tags an article and extracts its meetings.
    pub fn extract(&self, article: &Article, scratch: &mut Scratch) -> Extraction {
        let (sentences, mentions) = self.mentions(
            article,
            scratch,
            resolve::Options {
                article_country_default: true,
            },
        );
        let meetings = meeting::extract(self, article, &sentences, &mentions, None);
        Extraction {
            sentences,
            mentions,
            meetings,
        }
    }

    /// Extracts an article's meetings and says why: what every sentence
    /// read as and which sentences and rules made each meeting.
    pub fn explain(&self, article: &Article, scratch: &mut Scratch) -> (Extraction, Trace) {
        let (sentences, mentions) = self.mentions(
            article,
            scratch,
            resolve::Options {
                article_country_default: true,
            },
        );
        let mut trace = Trace::default();
        let meetings = meeting::extract(self, article, &sentences, &mentions, Some(&mut trace));
        (
            Extraction {
                sentences,
                mentions,
                meetings,
            },
            trace,
        )
    }
}

#[cfg(test)]
mod tests;
