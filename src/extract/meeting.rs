//! Meetings: who met whom, when, where and about what.
//!
//! Two stages. [`reading`] reads each sentence on its own: its meeting
//! trigger, the parties around it ([`parties`]), dates, places, issues and
//! status. [`assemble`] then decides which meetings the article reports:
//! sentences naming two parties found meetings, sentences naming fewer (a
//! caption, a headline, `During the talks, ...`, `the two leaders`) join the
//! meeting they fit, and sentences without a trigger lend their issues to the
//! meeting being reported until another one is introduced.

mod assemble;
mod context;
/// Korean word order and particles.
#[path = "korean.rs"]
mod korean;
mod parties;
mod reading;

use super::date::{self, DateExpr, DateValue};
use super::{CueKind, Extractor};
use crate::article::Article;
use crate::gazetteer::{EntityRef, Gazetteer, Kind};
use crate::resolve::Mention;
use crate::segment::Sentence;
use std::collections::BTreeSet;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MeetingKind {
    Talks,
    PhoneCall,
    Summit,
    VideoConference,
}

impl MeetingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingKind::Talks => "talks",
            MeetingKind::PhoneCall => "phone-call",
            MeetingKind::Summit => "summit",
            MeetingKind::VideoConference => "video-conference",
        }
    }

    pub fn parse(text: &str) -> Option<MeetingKind> {
        Some(match text {
            "talks" => MeetingKind::Talks,
            "phone-call" => MeetingKind::PhoneCall,
            "summit" => MeetingKind::Summit,
            "video-conference" => MeetingKind::VideoConference,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Held,
    Planned,
    Cancelled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Held => "held",
            Status::Planned => "planned",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        Some(match text {
            "held" => Status::Held,
            "planned" => Status::Planned,
            "cancelled" | "canceled" => Status::Cancelled,
            _ => return None,
        })
    }
}

/// A sentence used for a meeting, and for which fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub span: Range<usize>,
    /// Any of `participants`, `date`, `place`, `issues`, `status`, `kind`.
    pub fields: Vec<&'static str>,
}

/// One meeting reported by an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub kind: MeetingKind,
    pub status: Status,
    pub date: DateValue,
    /// A place, or a country when only that is said.
    pub place: Option<EntityRef>,
    /// People, or countries for sides named only as a country.
    pub participants: Vec<EntityRef>,
    /// Every country at the table, sorted.
    pub countries: Vec<String>,
    pub issues: Vec<EntityRef>,
    pub evidence: Vec<Evidence>,
}

/// Why an article's meetings are what they are: what each sentence read as
/// and which rules made each meeting, for `dipkb explain`.
#[derive(Debug, Clone, Default)]
pub struct Trace {
    pub sentences: Vec<SentenceTrace>,
    /// Per meeting, in the order of the meetings: the sentences it was made
    /// from, each with the rule that joined it.
    pub meetings: Vec<Vec<(usize, &'static str)>>,
}

/// What one sentence read as.
#[derive(Debug, Clone)]
pub struct SentenceTrace {
    /// What the sentence does for the article's meetings.
    pub role: &'static str,
    pub trigger: Option<(Range<usize>, MeetingKind)>,
    pub persons: Vec<EntityRef>,
    pub sides: Vec<String>,
    pub status: Option<Status>,
    /// Rules that shaped the reading, beyond the plain subject-trigger-object one.
    pub rules: Vec<&'static str>,
    /// People named in the sentence who are not its parties, and why.
    pub dropped: Vec<(Range<usize>, EntityRef, &'static str)>,
}

/// The meetings an article reports: every sentence read, then assembled.
pub(super) use assemble::extract;
