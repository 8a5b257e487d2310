//! Where and in what frame a sentence speaks: places, quotes, datelines.

use super::parties::*;
use super::*;
use crate::extract::words::Words;

/// The place of a dateline: an all-capitals place name opening the body's
/// first sentence, followed by a comma or a dash.
pub(super) fn dateline_place(
    article: &Article,
    sentences: &[Sentence],
    mentions: &[Mention],
) -> Option<EntityRef> {
    let first = sentences.iter().find(|sentence| !sentence.headline)?;
    let mention = mentions
        .iter()
        .find(|mention| mention.span.start == first.span.start)?;
    let entity = mention.entity.filter(|entity| entity.kind == Kind::Place)?;
    let text = &article.body[mention.span.clone()];
    let after = article.body[mention.span.end..].trim_start_matches(' ');
    let capitals = text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
    (capitals
        && (after.starts_with(',')
            || after.starts_with('-')
            || after.starts_with('\u{2013}')
            || after.starts_with('\u{2014}')))
    .then_some(entity)
}

/// Is a place at `start` where something happened (`in Seoul`, `at the
/// ... building in Jongno-gu, Seoul`, `visited Tokyo`)?
pub(super) fn is_location(words: &Words, text: &str, start: usize, kind: Kind) -> bool {
    let before = lower_tail(text, start, 200);
    let trimmed = before.trim_end();
    let last_word = trimmed
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    if kind == Kind::Country {
        return words.country_place_before.is(last_word);
    }
    if words.place_before.is(last_word) {
        return true;
    }
    // `in the eastern Chinese port city of Qingdao`.
    if last_word == "of" {
        let window_start = crate::segment::tail_start(trimmed, 60);
        let window = &trimmed[window_start..];
        if (window.contains(" in the ") || window.contains(" at the "))
            && words.place_of.ends(window)
        {
            return true;
        }
    }
    // `in Jongno-gu, Seoul`: a place right after another located place.
    if let Some(earlier) = trimmed.strip_suffix(',') {
        let window_start = crate::segment::tail_start(earlier, 40);
        let window = &earlier[window_start..];
        return window.contains(" in ") || window.contains(" at ");
    }
    // `at the Iikura House`, `at the foreign ministry in Kasumigaseki`.
    let window_start = crate::segment::tail_start(trimmed, 30);
    trimmed[window_start..].ends_with(" the") && trimmed[window_start..].contains(" at the")
}

/// Ranges inside double quotes, where names are quoted speech.
pub(super) fn quoted_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut open: Option<usize> = None;
    for (offset, c) in text.char_indices() {
        match c {
            // Curly quotes, and the corner brackets of Korean and Japanese.
            '\u{201c}' | '\u{300c}' | '\u{300e}' => open = Some(offset),
            '\u{201d}' | '\u{300d}' | '\u{300f}' => {
                if let Some(start) = open.take() {
                    ranges.push(start..offset);
                }
            }
            '"' => match open.take() {
                Some(start) => ranges.push(start..offset),
                None => open = Some(offset),
            },
            _ => {}
        }
    }
    ranges
}

/// How deep a place sits: a district in a city in a country is deeper than
/// the city, which is deeper than the country.
pub(super) fn depth(gazetteer: &Gazetteer, entity: EntityRef) -> usize {
    match entity.kind {
        Kind::Country => 0,
        Kind::Place => 1 + gazetteer.place_chain(gazetteer.id(entity)).len(),
        _ => 0,
    }
}

/// Places the article says someone travelled to, with their body offsets.
pub(super) fn visit_places(
    words: &Words,
    article: &Article,
    mentions: &[Mention],
) -> Vec<(usize, EntityRef)> {
    let body = article.body.as_str();
    mentions
        .iter()
        .filter(|mention| mention.kind == Kind::Place)
        .filter_map(|mention| {
            let entity = mention.entity?;
            let before = lower_tail(body, mention.span.start, 40);
            let before = before.trim_end().trim_end_matches(" the");
            words
                .visit_words
                .ends(before)
                .then_some((mention.span.start, entity))
        })
        .collect()
}
