//! Resolution: deciding which entity each tagged name refers to.
//!
//! Full names resolve by themselves (ties broken by role dates and the
//! user's own files). Family names (`Kim`, `Director Takizaki`) go to the
//! person named in full in the same article, or to the one gazetteer person
//! who fits; otherwise they stay unresolved. Shared names (`Ministry of
//! Foreign Affairs`) go by a country word just before them, then by the
//! person they are attached to, then (when allowed) the outlet's country.

use crate::article::Article;
use crate::gazetteer::names::Via;
use crate::gazetteer::{hangul, EntityRef, Gazetteer, Kind};
use crate::segment::Sentence;
use crate::tagger::{Match, Tagger};
use std::ops::Range;

/// How a mention was resolved; the JSON contract's `resolved_by`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResolvedBy {
    Name,
    Alias,
    Variant,
    /// A family name tied to the person named in full in the article.
    Family,
    /// A family name only one gazetteer person fits (with its title and date).
    FamilyUnique,
    /// A shared name settled by a country word before it (`Japan's`).
    CountryWord,
    /// A shared name settled by the person it describes.
    Person,
    /// A shared name settled by the outlet's home country.
    ArticleCountry,
    /// Several entities fit; `candidates` lists them.
    Ambiguous,
    /// A family name nobody in the article or gazetteer fits.
    Unresolved,
}

impl ResolvedBy {
    /// Every variant, for reading `resolved_by` back from text.
    pub const ALL: [ResolvedBy; 10] = [
        ResolvedBy::Name,
        ResolvedBy::Alias,
        ResolvedBy::Variant,
        ResolvedBy::Family,
        ResolvedBy::FamilyUnique,
        ResolvedBy::CountryWord,
        ResolvedBy::Person,
        ResolvedBy::ArticleCountry,
        ResolvedBy::Ambiguous,
        ResolvedBy::Unresolved,
    ];

    /// The variant `as_str` writes as `text`.
    pub fn parse(text: &str) -> Option<ResolvedBy> {
        ResolvedBy::ALL.into_iter().find(|by| by.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ResolvedBy::Name => "name",
            ResolvedBy::Alias => "alias",
            ResolvedBy::Variant => "variant",
            ResolvedBy::Family => "family",
            ResolvedBy::FamilyUnique => "family-unique",
            ResolvedBy::CountryWord => "country-word",
            ResolvedBy::Person => "person",
            ResolvedBy::ArticleCountry => "article-country",
            ResolvedBy::Ambiguous => "ambiguous",
            ResolvedBy::Unresolved => "unresolved",
        }
    }
}

/// A name found in an article, after resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range in the body; for a family name it covers a title before it.
    pub span: Range<usize>,
    pub kind: Kind,
    pub entity: Option<EntityRef>,
    /// Every entity that fitted, when more than one did.
    pub candidates: Vec<EntityRef>,
    pub resolved_by: ResolvedBy,
    /// Index into the article's sentences.
    pub sentence: usize,
    /// The title written before a person's name (`Director`), if any.
    pub title: Option<Range<usize>>,
}

/// What resolution may use beyond the text itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Settle shared names by the outlet's country when the text does not.
    pub article_country_default: bool,
}

/// Resolves the tagger's matches in one article.
pub fn resolve(
    gazetteer: &Gazetteer,
    tagger: &Tagger,
    article: &Article,
    sentences: &[Sentence],
    matches: &[Match],
    options: Options,
) -> Vec<Mention> {
    let body = article.body.as_str();
    let date = article.date;
    let mut mentions: Vec<Mention> = Vec::with_capacity(matches.len());
    let mut sentence_index = 0;
    // Pass 1: full names. Family and generic names wait for pass 2.
    let mut pending: Vec<(usize, usize)> = Vec::new(); // (mention index, match index)
    for (match_index, found) in matches.iter().enumerate() {
        let span = found.start..found.end;
        if article.is_noise(&span) {
            continue;
        }
        while sentence_index + 1 < sentences.len()
            && sentences[sentence_index].span.end <= span.start
        {
            sentence_index += 1;
        }
        let in_sentence = sentences.get(sentence_index).is_some_and(|sentence| {
            sentence.span.start <= span.start && span.end <= sentence.span.end
        });
        if !in_sentence {
            continue; // outside any sentence: stripped furniture
        }
        let best_via = tagger
            .match_targets(found)
            .map(|target| target.via)
            .min()
            .unwrap_or(Via::Family);
        // Sized up front: a family name can have hundreds of candidates.
        let mut candidates: Vec<EntityRef> =
            Vec::with_capacity(tagger.match_targets(found).count());
        candidates.extend(
            tagger
                .match_targets(found)
                .filter(|target| {
                    target.via == best_via
                        || (best_via <= Via::Variant && target.via <= Via::Variant)
                })
                .map(|target| target.entity),
        );
        candidates.dedup();
        let mention = Mention {
            span,
            kind: candidates[0].kind,
            entity: None,
            candidates,
            resolved_by: ResolvedBy::Ambiguous,
            sentence: sentence_index,
            title: None,
        };
        match best_via {
            Via::Family | Via::Generic => {
                pending.push((mentions.len(), match_index));
                mentions.push(mention);
            }
            via => {
                let mut mention = mention;
                settle_full_name(gazetteer, &mut mention, via, date);
                mentions.push(mention);
            }
        }
    }

    // Pass 2: family names and shared names, which look at the full ones.
    let mut full_names: std::collections::HashMap<EntityRef, Vec<usize>> =
        std::collections::HashMap::new();
    for (position, mention) in mentions.iter().enumerate() {
        if let Some(entity) = mention.entity {
            if entity.kind == Kind::Person
                && matches!(
                    mention.resolved_by,
                    ResolvedBy::Name | ResolvedBy::Alias | ResolvedBy::Variant
                )
            {
                full_names.entry(entity).or_default().push(position);
            }
        }
    }
    let mut dropped = vec![false; mentions.len()];
    for (index, mention) in mentions.iter().enumerate() {
        if is_hangul_namesake(gazetteer, body, mention) {
            dropped[index] = true;
        }
    }
    for &(mention_index, _) in &pending {
        let first = mentions[mention_index].candidates[0];
        let via_family = first.kind == Kind::Person;
        if via_family {
            let keep = settle_family(
                gazetteer,
                body,
                &mut mentions,
                mention_index,
                date,
                &full_names,
            );
            if !keep {
                dropped[mention_index] = true;
            }
        } else {
            settle_generic(
                gazetteer,
                body,
                &mut mentions,
                mention_index,
                article,
                options,
            );
        }
    }
    let mut index = 0;
    mentions.retain(|_| {
        let keep = !dropped[index];
        index += 1;
        keep
    });
    mentions
}

fn settle_full_name(
    gazetteer: &Gazetteer,
    mention: &mut Mention,
    via: Via,
    date: Option<chrono::NaiveDate>,
) {
    let resolved_by = match via {
        Via::Name => ResolvedBy::Name,
        Via::Alias => ResolvedBy::Alias,
        _ => ResolvedBy::Variant,
    };
    if mention.candidates.len() == 1 {
        mention.entity = Some(mention.candidates[0]);
        mention.resolved_by = resolved_by;
        mention.candidates.clear();
        return;
    }
    let mut fitting = mention.candidates.clone();
    // A country beats a city of the same name (Singapore, Kuwait), a city
    // beats a person of the same name.
    let best_kind = fitting
        .iter()
        .map(|entity| kind_rank(entity.kind))
        .min()
        .unwrap_or(0);
    fitting.retain(|entity| kind_rank(entity.kind) == best_kind);
    // The user's own entries beat built-in ones with the same name.
    if fitting
        .iter()
        .any(|&entity| !gazetteer.common(entity).origin.builtin)
    {
        fitting.retain(|&entity| !gazetteer.common(entity).origin.builtin);
    }
    if fitting.len() > 1 {
        if let Some(date) = date {
            let active: Vec<EntityRef> = fitting
                .iter()
                .copied()
                .filter(|&entity| {
                    gazetteer.person(entity).is_some_and(|person| {
                        person.roles.iter().any(|role| role.is_active_on(date))
                    })
                })
                .collect();
            if !active.is_empty() {
                fitting = active;
            }
        }
    }
    if fitting.len() == 1 {
        mention.entity = Some(fitting[0]);
        mention.kind = fitting[0].kind;
        mention.resolved_by = resolved_by;
        mention.candidates.clear();
    } else {
        mention.candidates = fitting;
        mention.kind = mention.candidates[0].kind;
        mention.resolved_by = ResolvedBy::Ambiguous;
    }
}

fn kind_rank(kind: Kind) -> u8 {
    match kind {
        Kind::Country => 0,
        Kind::Organization => 1,
        Kind::Issue => 2,
        Kind::Place => 3,
        Kind::Person => 4,
    }
}

/// English words that are also family names somewhere (He, An, Ma, So, No).
const PRONOUNS: &[&str] = &[
    "he", "she", "it", "we", "i", "you", "they", "his", "her", "its", "our", "their", "me", "us",
    "him", "them", "a", "an", "the", "of", "in", "at", "by", "to", "as", "or", "if", "be", "is",
    "was", "are", "yes", "not", "but", "and", "for", "with", "so", "no", "do", "on", "go", "my",
    "this", "that",
];

/// Finds a lexicon title written just before `start` (`Director-General `,
/// `Vice Foreign Minister `), returning its range.
pub fn title_before(gazetteer: &Gazetteer, body: &str, start: usize) -> Option<Range<usize>> {
    let before = &body[..start];
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == before.len() {
        return None; // no space between: not a title
    }
    let window_start = crate::segment::tail_start(trimmed, 80);
    let window = &trimmed[window_start..];
    let lower = window.to_lowercase();
    if lower.len() != window.len() {
        return None; // folding changed lengths: no reliable offsets, skip
    }
    let mut best: Option<Range<usize>> = None;
    for title in &gazetteer.lexicon.titles {
        // Titles are ASCII but for a few; those alone pay for folding.
        let title_len = if title.is_ascii() {
            let fits = lower.len() >= title.len()
                && lower.as_bytes()[lower.len() - title.len()..]
                    .eq_ignore_ascii_case(title.as_bytes());
            fits.then_some(title.len())
        } else {
            let title_lower = title.to_lowercase();
            lower.ends_with(&title_lower).then_some(title_lower.len())
        };
        if let Some(title_len) = title_len {
            let begin = window.len() - title_len;
            let starts_word = begin == 0
                || !window[..begin]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            if starts_word
                && best
                    .as_ref()
                    .is_none_or(|range| range.start > window_start + begin)
            {
                best = Some(window_start + begin..window_start + window.len());
            }
        }
    }
    best
}

/// Does `text` contain `lower` (lower case), ignoring case? ASCII titles,
/// the usual case, are compared without folding a copy.
fn contains_folded(text: &str, lower: &str) -> bool {
    if text.is_ascii() && lower.is_ascii() {
        lower.is_empty()
            || text
                .as_bytes()
                .windows(lower.len())
                .any(|window| window.eq_ignore_ascii_case(lower.as_bytes()))
    } else {
        text.to_lowercase().contains(lower)
    }
}

/// Does a title written in the text (lower case) fit a role's title?
/// Either contains the other's words in order (`Director` in
/// `Director-General`), or every word of the written one is in the role,
/// in any order and hyphens aside: `Foreign Minister` is the `Minister of
/// Foreign Affairs`, `Director General` the `Director-General`.
fn title_fits(role: &str, written: &str) -> bool {
    if contains_folded(role, written) {
        return true;
    }
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let role_words = words(role);
    let written_words = words(written);
    written_words.len() >= 2 && written_words.iter().all(|word| role_words.contains(word))
}

/// Resolves a family-name mention. Returns false when it is not a name at
/// all (lower case, or a common word with no title and no full mention).
fn settle_family(
    gazetteer: &Gazetteer,
    body: &str,
    mentions: &mut [Mention],
    index: usize,
    date: Option<chrono::NaiveDate>,
    full_names: &std::collections::HashMap<EntityRef, Vec<usize>>,
) -> bool {
    let span = mentions[index].span.clone();
    let text = &body[span.clone()];
    let first = text.chars().next().unwrap_or(' ');
    if first.is_lowercase() {
        return false;
    }
    let title = title_before(gazetteer, body, span.start);
    // `He said`: a pronoun or function word is a family name (He Lifeng,
    // An Ho-young) only behind a title.
    if title.is_none() && PRONOUNS.iter().any(|word| word.eq_ignore_ascii_case(text)) {
        return false;
    }
    let candidates = mentions[index].candidates.clone();
    // Persons of these candidates named in full in the article, in text order.
    // A common family name has hundreds of candidates and an article names
    // a few people in full: walk the shorter of the two.
    let mut full: Vec<(usize, EntityRef)> = if full_names.len() < candidates.len() {
        full_names
            .iter()
            .filter(|(entity, _)| candidates.contains(entity))
            .flat_map(|(&entity, positions)| {
                positions.iter().map(move |&position| (position, entity))
            })
            .collect()
    } else {
        candidates
            .iter()
            .flat_map(|entity| {
                full_names
                    .get(entity)
                    .into_iter()
                    .flatten()
                    .map(move |&position| (position, *entity))
            })
            .collect()
    };
    full.sort();
    let title_text = title
        .as_ref()
        .map(|range| body[range.clone()].to_lowercase());
    let fits_title = |entity: EntityRef| -> bool {
        let Some(title_text) = &title_text else {
            return true;
        };
        if matches!(
            title_text.as_str(),
            "mr." | "ms." | "mrs." | "dr." | "mr" | "ms" | "mrs" | "dr"
        ) {
            return true;
        }
        let Some(person) = gazetteer.person(entity) else {
            return false;
        };
        let wanted = title_text.trim_end_matches('.');
        let mut roles = person
            .roles
            .iter()
            .filter(|role| date.is_none_or(|date| role.is_active_on(date)))
            .peekable();
        roles.peek().is_none() || roles.any(|role| title_fits(&role.title, wanted))
    };
    let mut resolved = None;
    if !full.is_empty() {
        let mut named: Vec<EntityRef> = full.iter().map(|(_, entity)| *entity).collect();
        named.sort();
        named.dedup();
        if named.len() > 1 {
            let by_title: Vec<EntityRef> = named
                .iter()
                .copied()
                .filter(|&entity| fits_title(entity))
                .collect();
            if !by_title.is_empty() {
                named = by_title;
            }
        }
        // Nearest full mention before this one, else the first after it.
        let chosen = full
            .iter()
            .rev()
            .find(|(position, entity)| *position < index && named.contains(entity))
            .or_else(|| full.iter().find(|(_, entity)| named.contains(entity)))
            .map(|(_, entity)| *entity);
        if let Some(entity) = chosen {
            resolved = Some((entity, ResolvedBy::Family));
        }
    }
    if resolved.is_none() {
        let is_common = gazetteer
            .lexicon
            .common_words
            .iter()
            .any(|word| word.eq_ignore_ascii_case(text));
        if is_common && title.is_none() {
            return false;
        }
        let mut fitting: Vec<EntityRef> = candidates
            .iter()
            .copied()
            .filter(|&entity| fits_title(entity))
            .collect();
        if let Some(date) = date {
            let active: Vec<EntityRef> = fitting
                .iter()
                .copied()
                .filter(|&entity| {
                    gazetteer.person(entity).is_some_and(|person| {
                        person.roles.is_empty()
                            || person.roles.iter().any(|role| role.is_active_on(date))
                    })
                })
                .collect();
            fitting = active;
        }
        if fitting.len() == 1 && !bare_short_hangul(body, &span) {
            resolved = Some((fitting[0], ResolvedBy::FamilyUnique));
        } else {
            let mention = &mut mentions[index];
            mention.entity = None;
            mention.resolved_by = ResolvedBy::Unresolved;
            if !fitting.is_empty() {
                mention.candidates = fitting;
            }
            if let Some(title) = title {
                mention.span.start = title.start;
                mention.title = Some(title);
            }
            return true;
        }
    }
    let (entity, resolved_by) = resolved.expect("set above");
    let mention = &mut mentions[index];
    mention.entity = Some(entity);
    mention.kind = Kind::Person;
    mention.resolved_by = resolved_by;
    mention.candidates.clear();
    if let Some(title) = title {
        mention.span.start = title.start;
        mention.title = Some(title);
    }
    true
}

/// The country a word just before `start` names: `Japan's`, `Japanese`,
/// `the Japanese`, `Seoul's`.
fn country_word_before(
    mentions: &[Mention],
    gazetteer: &Gazetteer,
    body: &str,
    index: usize,
) -> Option<String> {
    let start = mentions[index].span.start;
    let previous = mentions[..index]
        .iter()
        .rev()
        .find(|mention| mention.entity.is_some())?;
    if previous.span.end > start {
        return None;
    }
    let between = body[previous.span.end..start].to_lowercase();
    let between = between.trim();
    let allowed = ["", "'s", "\u{2019}s", "'", "\u{2019}", "'s own", "the"];
    if !allowed.contains(&between) {
        return None;
    }
    let entity = previous.entity?;
    match entity.kind {
        Kind::Country => Some(gazetteer.id(entity).to_string()),
        // A capital standing for its government (`Seoul's foreign ministry`).
        Kind::Place => {
            let id = gazetteer.id(entity);
            gazetteer
                .countries
                .iter()
                .find(|country| country.capital.as_deref() == Some(id))
                .map(|country| country.common.id.clone())
        }
        _ => None,
    }
}

/// The person a shared name describes: `X, Director of the ... at the
/// Ministry of Foreign Affairs` (one comma, no verb-like break).
fn attached_person_country(
    mentions: &[Mention],
    gazetteer: &Gazetteer,
    body: &str,
    index: usize,
) -> Option<String> {
    let mention = &mentions[index];
    let person = mentions[..index]
        .iter()
        .rev()
        .take_while(|other| other.sentence == mention.sentence)
        .find(|other| other.kind == Kind::Person && other.entity.is_some())?;
    let between = &body[person.span.end..mention.span.start];
    if between.len() > 160
        || !between.trim_start().starts_with(',')
        || between.matches(',').count() > 1
    {
        return None;
    }
    let lower = between.to_lowercase();
    if !(lower.contains(" of ") || lower.contains(" at ") || lower.contains(" for ")) {
        return None;
    }
    gazetteer.country_of(person.entity?).map(str::to_string)
}

fn settle_generic(
    gazetteer: &Gazetteer,
    body: &str,
    mentions: &mut [Mention],
    index: usize,
    article: &Article,
    options: Options,
) {
    let pick = |mentions: &[Mention], country: &str| -> Option<EntityRef> {
        let fitting: Vec<EntityRef> = mentions[index]
            .candidates
            .iter()
            .copied()
            .filter(|&entity| gazetteer.country_of(entity) == Some(country))
            .collect();
        (fitting.len() == 1).then(|| fitting[0])
    };
    let mut resolved = None;
    if let Some(country) = country_word_before(mentions, gazetteer, body, index) {
        resolved = pick(mentions, &country).map(|entity| (entity, ResolvedBy::CountryWord));
    }
    if resolved.is_none() {
        if let Some(country) = attached_person_country(mentions, gazetteer, body, index) {
            resolved = pick(mentions, &country).map(|entity| (entity, ResolvedBy::Person));
        }
    }
    if resolved.is_none() && options.article_country_default {
        if let Some(country) = &article.country {
            resolved = pick(mentions, country).map(|entity| (entity, ResolvedBy::ArticleCountry));
        }
    }
    if resolved.is_none() && mentions[index].candidates.len() == 1 {
        resolved = Some((mentions[index].candidates[0], ResolvedBy::Alias));
    }
    let mention = &mut mentions[index];
    match resolved {
        Some((entity, resolved_by)) => {
            mention.entity = Some(entity);
            mention.resolved_by = resolved_by;
            mention.candidates.clear();
        }
        None => {
            mention.entity = None;
            mention.resolved_by = ResolvedBy::Ambiguous;
        }
    }
}

/// The Hangul words after `end`, particles and all, up to `count` of them.
fn hangul_words_after(body: &str, end: usize, count: usize) -> impl Iterator<Item = &str> {
    body[end..]
        .split([' ', ',', '\n'])
        .filter(|word| !word.is_empty())
        .take(count)
        .take_while(|word| word.chars().next().is_some_and(hangul::is_hangul))
}

/// A Hangul title the word ends with, before any particle (`국장과`,
/// `아시아태평양국장은`): the longest one.
fn hangul_title_of(word: &str) -> Option<&'static str> {
    let mut best: Option<&'static str> = None;
    for (title, _) in hangul::TITLES {
        let Some(at) = word.find(title) else { continue };
        let rest = &word[at + title.len()..];
        let bare = rest.is_empty() || crate::tagger::is_particle(rest);
        if bare && best.is_none_or(|best| title.len() > best.len()) {
            best = Some(title);
        }
    }
    best
}

/// `스가`, `타이` alone: a family name of one or two Hangul syllables is a
/// word as often as a name, so without an earlier full name it needs a
/// title after it (`스가 총리`).
fn bare_short_hangul(body: &str, span: &Range<usize>) -> bool {
    let text = &body[span.clone()];
    hangul::is_hangul_text(text)
        && text.chars().count() <= 2
        && !hangul_words_after(body, span.end, 1).any(|word| hangul_title_of(word).is_some())
}

/// `이재명 대통령실 부대변인`: a Hangul name whose title, within the next
/// three words, is a namesake's (spokesperson, reporter) that none of the
/// person's roles fits.
fn is_hangul_namesake(gazetteer: &Gazetteer, body: &str, mention: &Mention) -> bool {
    let Some(person) = mention.entity.and_then(|entity| gazetteer.person(entity)) else {
        return false;
    };
    if person.roles.is_empty() || !hangul::is_hangul_text(&body[mention.span.clone()]) {
        return false;
    }
    for word in hangul_words_after(body, mention.span.end, 3) {
        let namesake = hangul::NAMESAKE_TITLES.iter().find(|title| {
            word.strip_suffix(**title)
                .or_else(|| {
                    let at = word.find(**title)?;
                    crate::tagger::is_particle(&word[at + title.len()..]).then_some("")
                })
                .is_some()
        });
        if let Some(title) = namesake {
            return !hangul::TITLES
                .iter()
                .any(|(hangul_title, _)| hangul_title == title && hangul::fits(person, title));
        }
        if hangul_title_of(word).is_some() {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::title_fits;

    #[test]
    fn a_title_fits_its_role_in_any_word_order() {
        assert!(title_fits(
            "Minister of Foreign Affairs",
            "foreign minister"
        ));
        assert!(title_fits(
            "Director-General for Asian Affairs",
            "director general"
        ));
        assert!(title_fits("Director-General for Asian Affairs", "director"));
        assert!(!title_fits("Minister of Foreign Affairs", "prime minister"));
        assert!(!title_fits(
            "Minister of National Defense",
            "foreign minister"
        ));
    }
}
