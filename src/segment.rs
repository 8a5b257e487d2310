//! Paragraphs and sentences, with abbreviations (`U.S.`, `Sept.`, `Mr.`)
//! and quotes that do not end a sentence.

use std::ops::Range;

/// A sentence: byte range into the body, its paragraph, and whether it is
/// part of the headline block at the top of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Range<usize>,
    pub paragraph: usize,
    pub headline: bool,
}

/// Words after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "rep", "sen", "gov", "pres", "amb", "st", "mt", "no", "nos", "vol", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "s", "n",
    "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "dept", "est", "approx", "fig", "p.m",
    "a.m", "d.c", "u.s.a", "i.e", "e.g", "op", "cf",
];

/// Where the last `max_bytes` of `text` start, moved forward to a character
/// boundary: the window rules look back through before a name or trigger.
pub fn tail_start(text: &str, max_bytes: usize) -> usize {
    let start = text.len().saturating_sub(max_bytes);
    (start..text.len())
        .find(|&offset| text.is_char_boundary(offset))
        .unwrap_or(text.len())
}

/// Splits `body` into sentences, skipping ranges in `noise`.
pub fn sentences(body: &str, noise: &[Range<usize>]) -> Vec<Sentence> {
    let mut units = Vec::new();
    let mut paragraph = 0;
    let mut offset = 0;
    let mut blank_before = true;
    let lines: Vec<(usize, &str)> = body
        .split_inclusive('\n')
        .map(|line| {
            let start = offset;
            offset += line.len();
            (start, line)
        })
        .collect();
    let mut index = 0;
    while index < lines.len() {
        let (start, line) = lines[index];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank_before = true;
            index += 1;
            continue;
        }
        if blank_before && !units.is_empty() {
            paragraph += 1;
        }
        blank_before = false;
        // A hard-wrapped paragraph continues on the next line when this one
        // is long and stops mid-sentence.
        let mut end = start + line.trim_end().len();
        let mut last = trimmed;
        while index + 1 < lines.len() {
            let next = lines[index + 1].1.trim();
            if next.is_empty() || !continues(last, next) {
                break;
            }
            index += 1;
            end = lines[index].0 + lines[index].1.trim_end().len();
            last = next;
        }
        let content_start = start + (line.len() - line.trim_start().len());
        units.push((content_start..end, paragraph));
        index += 1;
    }

    let mut sentences = Vec::new();
    let mut in_headline = true;
    for (range, paragraph) in units {
        let visible = strip_noise(&range, noise);
        let Some(visible) = visible else { continue };
        if in_headline && !is_headline_line(&body[visible.clone()]) {
            in_headline = false;
        }
        for span in split_unit(body, range) {
            if let Some(span) = strip_noise(&span, noise) {
                if body[span.clone()].chars().any(char::is_alphanumeric) {
                    sentences.push(Sentence {
                        span,
                        paragraph,
                        headline: in_headline,
                    });
                }
            }
        }
    }
    sentences
}

/// Headlines and subheadlines are short lines that do not end like prose.
fn is_headline_line(line: &str) -> bool {
    let text = line
        .trim()
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
    text.chars().count() <= 200 && !text.ends_with(['.', '!', '?', ':', ','])
}

/// Does `next` continue the sentence that `line` left open (hard wrap)?
fn continues(line: &str, next: &str) -> bool {
    let ends_open = !line.ends_with(['.', '!', '?', '"', '\u{201d}', ':', '…']);
    let next_lower = next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    // Title-case headline lines also stop without punctuation; a wrapped
    // prose line stops at a comma or a word that cannot end a sentence.
    let last_word = line.rsplit(' ').next().unwrap_or("").to_lowercase();
    let mid_sentence = line.ends_with(',')
        || [
            "the", "a", "an", "of", "to", "in", "and", "or", "for", "with", "on", "at", "by",
            "from", "that", "his", "her", "its", "their", "as", "was", "were", "is", "are",
        ]
        .contains(&last_word.as_str());
    ends_open && (next_lower || (mid_sentence && line.chars().count() >= 40))
}

/// Trims noise off the ends of a sentence; a sentence that is all noise goes.
fn strip_noise(span: &Range<usize>, noise: &[Range<usize>]) -> Option<Range<usize>> {
    let mut span = span.clone();
    // `noise` is sorted by start: only ranges starting before the span ends matter,
    // and of those only the ones ending after it starts.
    let end = noise.partition_point(|range| range.start < span.end);
    let begin = noise[..end].partition_point(|range| range.end <= span.start);
    for range in &noise[begin..end] {
        if range.start <= span.start && span.end <= range.end {
            return None;
        }
        if range.start <= span.start && range.end > span.start {
            span.start = range.end;
        }
        if range.start < span.end && range.end >= span.end {
            span.end = range.start;
        }
    }
    (span.start < span.end).then_some(span)
}

/// Splits one line or paragraph into sentences at `.`, `!`, `?` followed by
/// space and a capital, a digit or a quote.
fn split_unit(body: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let text = &body[range.clone()];
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut position = 0;
    while position < bytes.len() {
        let byte = bytes[position];
        if matches!(byte, b'.' | b'!' | b'?') {
            // Take closing quotes and brackets with the sentence.
            let mut end = position + 1;
            while end < bytes.len() {
                let rest = &text[end..];
                let c = rest.chars().next().unwrap();
                if matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let after = &text[end..];
            let next_word = after.trim_start();
            let spaced = after.len() > next_word.len();
            let starts_sentence = next_word.chars().next().is_some_and(|c| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    // Korean has no capitals: `...했다. 블링컨 장관은`.
                    || crate::gazetteer::hangul::is_hangul(c)
                    || matches!(c, '"' | '\u{201c}' | '\'' | '(' | '[')
            });
            if spaced
                && starts_sentence
                && !(byte == b'.' && is_abbreviation(&text[start..position]))
            {
                spans.push(range.start + start..range.start + end);
                start = end + (after.len() - next_word.len());
                position = start;
                continue;
            }
            position = end;
            continue;
        }
        position += 1;
    }
    if start < text.len() {
        let tail = text[start..].trim_end();
        if !tail.is_empty() {
            spans.push(range.start + start..range.start + start + tail.len());
        }
    }
    spans
}

/// Is the word before a period an abbreviation or an initial (`J.`)?
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201c}')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    if lower.chars().count() == 1 && lower.chars().all(char::is_alphabetic) {
        return true; // an initial
    }
    // Dotted initials of any kind: `H.E.`, `U.S.`, `p.m.`, `D.C.`.
    if lower.contains('.')
        && lower
            .split('.')
            .all(|part| part.chars().count() <= 2 && part.chars().all(char::is_alphabetic))
    {
        return true;
    }
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, &[])
            .iter()
            .map(|sentence| &text[sentence.span.clone()])
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let text = "Talks between the U.S. and Japan began on Sept. 20 in Seoul, and Mr. Kim met H.E. Mr. Wang at 3 p.m. Monday with Gen. Lee. No. 2 official J. Smith left. The end!";
        assert_eq!(
            split(text),
            [
                "Talks between the U.S. and Japan began on Sept. 20 in Seoul, and Mr. Kim met H.E. Mr. Wang at 3 p.m. Monday with Gen. Lee.",
                "No. 2 official J. Smith left.",
                "The end!"
            ]
        );
    }

    #[test]
    fn korean_sentences_end_at_a_period_before_hangul() {
        let text = "두 장관은 어제 통화했다. 양측은 협력을 논의했다.";
        assert_eq!(
            split(text),
            ["두 장관은 어제 통화했다.", "양측은 협력을 논의했다."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let text = "He said, \"We will meet.\" Then he left.";
        assert_eq!(split(text), ["He said, \"We will meet.\"", "Then he left."]);
    }

    #[test]
    fn short_lines_at_the_top_are_the_headline_block() {
        let text = "Korea, Japan hold talks\nNo progress on forced labor\n\nSEOUL -- Diplomats of Korea and Japan met on Thursday in Seoul for talks that lasted two hours, officials said.\n";
        let found = sentences(text, &[]);
        assert_eq!(found.len(), 3);
        assert!(found[0].headline && found[1].headline && !found[2].headline);
        assert_eq!(found[2].paragraph, 1);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "The two ministers met in Tokyo on Friday and agreed to keep working\ntogether on North Korea. They also discussed trade.\n";
        assert_eq!(
            split(text),
            [
                "The two ministers met in Tokyo on Friday and agreed to keep working\ntogether on North Korea.",
                "They also discussed trade."
            ]
        );
    }
}
