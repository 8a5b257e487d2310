//! dipkb turns news articles about diplomacy into a knowledge base of
//! meetings: who met whom, when, where and about which issues, each fact
//! traceable to the sentence it came from.
//!
//! Start from [`Gazetteer`] (the names dipkb knows), [`Tagger`] (finds them in
//! text) and [`extract::extract`] (turns an article into meetings).
//!
//! ```
//! use dipkb::gazetteer::{self, SourceFile};
//! use dipkb::Tagger;
//!
//! let yaml = "people:\n  - id: takizaki-shigeki\n    name: Shigeki Takizaki\n    family: Takizaki\n    given: Shigeki\n    name_order: family_first\n";
//! let source = SourceFile { path: "mine.yaml".into(), text: yaml.into(), builtin: false };
//! let (gazetteer, _warnings) = gazetteer::load(&[source]).unwrap();
//! let tagger = Tagger::new(&gazetteer);
//! let text = "Takizaki Shigeki met Kim.";
//! let found = tagger.tag(text);
//! assert_eq!(&text[found[0].start..found[0].end], "Takizaki Shigeki");
//! ```

pub mod article;
pub mod cache;
pub mod calendar;
pub mod eval;
pub mod export;
pub mod extract;
pub mod extracted;
pub mod gazetteer;
pub mod graph;
pub mod resolve;
pub mod segment;
pub mod store;
pub mod tagger;
pub mod views;

pub use gazetteer::Gazetteer;
pub use tagger::Tagger;
