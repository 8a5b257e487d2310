//! Dates as news writes them, resolved against the article's date.
//!
//! Expressions are found first (`DateExpr`) and resolved later, once the
//! meeting's status is known: "on Friday" is the last Friday for a meeting
//! that was held and the next one for a meeting that is planned. Without an
//! anchor, only what the text says is kept (`{"day": 29}`); nothing is guessed.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A date expression found in text, not yet resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateExpr {
    /// A full date, written with its year.
    Full(NaiveDate),
    /// A month and day without a year (`September 20`).
    MonthDay {
        month: u32,
        day: u32,
    },
    /// A month without a year (`in March`).
    MonthOnly(u32),
    /// A month and year (`in October 2020`).
    MonthYear {
        year: i32,
        month: u32,
    },
    /// `on the 29th`.
    Day(u32),
    Weekday(Weekday),
    /// Days relative to the article date: yesterday is -1, today 0.
    Relative(i64),
    /// Weeks relative to the article's week: last week is -1.
    Week(i64),
    /// Months relative to the article's month: next month is 1.
    Month(i64),
    /// A day of a month relative to the article's (`지난달 21일`: -1, 21;
    /// `내달 12일`: 1, 12), or a month of a year relative to it
    /// (`지난해 12월`: `years` -1, `month` 12).
    Shifted {
        years: i32,
        months: i32,
        month: Option<u32>,
        day: Option<u32>,
    },
    /// A month (and day) said to be past or to come (`지난 3월 25일`,
    /// `오는 6월`): the latest such date before the anchor, or the next one.
    Directed {
        month: u32,
        day: Option<u32>,
        future: bool,
    },
}

/// A resolved date: exact, month precision, a range, or only parts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateValue {
    /// `YYYY-MM-DD` or `YYYY-MM`.
    pub date: Option<String>,
    pub range: Option<(NaiveDate, NaiveDate)>,
    pub partial: Option<Partial>,
}

/// The parts of a date the text gave when there was no anchor.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Partial {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub weekday: Option<Weekday>,
}

impl DateValue {
    pub fn is_known(&self) -> bool {
        self.date.is_some() || self.partial.is_some() || self.range.is_some()
    }

    /// The exact day, when known to the day.
    pub fn day(&self) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(self.date.as_deref()?, "%Y-%m-%d").ok()
    }
}

const MONTHS: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)([0-9]{4})-([0-9]{2})-([0-9]{2})(?-u:\b)").unwrap());
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)({MONTHS})\s+([0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:\s*[-–]\s*[0-9]{{1,2}})?(?:,?\s+([0-9]{{4}})(?-u:\b))?"
    ))
    .unwrap()
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)([0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTHS})(?:,?\s+([0-9]{{4}})(?-u:\b))?"
    ))
    .unwrap()
});
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(January|February|March|April|May|June|July|August|September|October|November|December)\s+([0-9]{4})(?-u:\b)").unwrap()
});
/// A month alone, after a preposition (`in March`, `early April`): `May`
/// needs the preposition, being also a verb and a name.
static MONTH_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:in|since|until|by|early|late|mid-|last|next|this)\s*(January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)").unwrap()
});
static THE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:on|of|since|from|until|by)\s+the\s+([0-9]{1,2})(?:st|nd|rd|th)(?-u:\b)")
        .unwrap()
});
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)")
        .unwrap()
});
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(the day before yesterday|yesterday|today|tonight|this morning|this afternoon|this evening|earlier today|the previous day|last night|tomorrow|the day after tomorrow)(?-u:\b)").unwrap()
});
static WEEK_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(last|next|this|earlier this|later this)\s+(week|month)(?-u:\b)")
        .unwrap()
});

/// Every date pattern below has an ASCII digit or one of these in it, in
/// any case (`Sept.` has `sep`, `Monday` and `today` have `day`): a
/// sentence with neither has no date, and the sentence scan skips `find`.
pub const DATE_WORDS: [&str; 20] = [
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "day",
    "night",
    "morning",
    "afternoon",
    "evening",
    "tomorrow",
    "week",
    "month",
];

/// May `text` hold a date? False only when `find` would find none.
pub fn may_have_date(text: &str, has_date_word: bool) -> bool {
    has_date_word || text.bytes().any(|byte| byte.is_ascii_digit())
}

/// Whether any of the patterns below matches: one pass that rules out most
/// sentences before the patterns run one by one with their groups.
static ANY: LazyLock<Regex> = LazyLock::new(|| {
    let patterns = [
        &*ISO,
        &*MONTH_DAY,
        &*DAY_MONTH,
        &*MONTH_YEAR,
        &*MONTH_ALONE,
        &*THE_DAY,
        &*WEEKDAY,
        &*RELATIVE,
        &*WEEK_MONTH,
    ];
    let alternation: Vec<String> = patterns
        .iter()
        .map(|pattern| format!("(?:{})", pattern.as_str()))
        .collect();
    Regex::new(&alternation.join("|")).unwrap()
});

/// Every date expression in `text`, with byte ranges relative to `text`.
pub fn find(text: &str) -> Vec<(Range<usize>, DateExpr)> {
    let mut found: Vec<(Range<usize>, DateExpr)> = Vec::new();
    let taken = |found: &[(Range<usize>, DateExpr)], range: &Range<usize>| {
        found
            .iter()
            .any(|(other, _)| other.start < range.end && range.start < other.end)
    };
    if !ANY.is_match(text) {
        return found;
    }
    // Most sentences have no digit: the patterns that need one are skipped.
    let digits = text.bytes().any(|byte| byte.is_ascii_digit());
    let with_digits = |pattern: &'static Regex| digits.then_some(pattern);
    for caps in with_digits(&ISO)
        .into_iter()
        .flat_map(|pattern| pattern.captures_iter(text))
    {
        let (Ok(year), Ok(month), Ok(day)) = (caps[1].parse(), caps[2].parse(), caps[3].parse())
        else {
            continue;
        };
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
            found.push((caps.get(0).unwrap().range(), DateExpr::Full(date)));
        }
    }
    // `September 20, 2020` and `20 September 2020`: the same parts in two orders.
    for (pattern, month_group, day_group) in [(&*MONTH_DAY, 1, 2), (&*DAY_MONTH, 2, 1)] {
        for caps in with_digits(pattern)
            .into_iter()
            .flat_map(|pattern| pattern.captures_iter(text))
        {
            let range = caps.get(0).unwrap().range();
            if taken(&found, &range) {
                continue;
            }
            let year = caps
                .get(3)
                .and_then(|year| year.as_str().parse::<i32>().ok());
            // `May` is also a verb and a name: the patterns need a day beside it.
            if let Some(expr) = month_day(&caps[month_group], &caps[day_group], year) {
                found.push((range, expr));
            }
        }
    }
    for caps in with_digits(&MONTH_YEAR)
        .into_iter()
        .flat_map(|pattern| pattern.captures_iter(text))
    {
        let range = caps.get(0).unwrap().range();
        if taken(&found, &range) {
            continue;
        }
        let (Some(month), Ok(year)) = (month_number(&caps[1]), caps[2].parse()) else {
            continue;
        };
        found.push((range, DateExpr::MonthYear { year, month }));
    }
    for caps in MONTH_ALONE.captures_iter(text) {
        let range = caps.get(0).unwrap().range();
        if taken(&found, &range) {
            continue;
        }
        if let Some(month) = month_number(&caps[1]) {
            found.push((range, DateExpr::MonthOnly(month)));
        }
    }
    for caps in with_digits(&THE_DAY)
        .into_iter()
        .flat_map(|pattern| pattern.captures_iter(text))
    {
        let range = caps.get(0).unwrap().range();
        if taken(&found, &range) {
            continue;
        }
        if let Ok(day) = caps[1].parse::<u32>() {
            if (1..=31).contains(&day) {
                found.push((range, DateExpr::Day(day)));
            }
        }
    }
    for caps in WEEKDAY.captures_iter(text) {
        let range = caps.get(0).unwrap().range();
        if taken(&found, &range) {
            continue;
        }
        if let Ok(weekday) = caps[1].parse::<Weekday>() {
            found.push((range, DateExpr::Weekday(weekday)));
        }
    }
    for caps in RELATIVE.captures_iter(text) {
        let range = caps.get(0).unwrap().range();
        if taken(&found, &range) {
            continue;
        }
        let days = match caps[1].to_lowercase().as_str() {
            "the day before yesterday" => -2,
            // `a separate meeting ... the previous day`: the day before
            // the one the article reports from.
            "yesterday" | "last night" | "the previous day" => -1,
            "tomorrow" => 1,
            "the day after tomorrow" => 2,
            _ => 0,
        };
        found.push((range, DateExpr::Relative(days)));
    }
    for caps in WEEK_MONTH.captures_iter(text) {
        let range = caps.get(0).unwrap().range();
        if taken(&found, &range) {
            continue;
        }
        let offset = match caps[1].to_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        let expr = if caps[2].eq_ignore_ascii_case("week") {
            DateExpr::Week(offset)
        } else {
            DateExpr::Month(offset)
        };
        found.push((range, expr));
    }
    found.sort_by_key(|(range, _)| range.start);
    found
}

/// The lower-case English name of a weekday, as the JSON contract writes it.
pub fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "monday",
        Weekday::Tue => "tuesday",
        Weekday::Wed => "wednesday",
        Weekday::Thu => "thursday",
        Weekday::Fri => "friday",
        Weekday::Sat => "saturday",
        Weekday::Sun => "sunday",
    }
}

/// A month name, a day number and maybe a year, as an expression.
fn month_day(month: &str, day: &str, year: Option<i32>) -> Option<DateExpr> {
    let month = month_number(month)?;
    let day: u32 = day.parse().ok().filter(|day| (1..=31).contains(day))?;
    match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, day).map(DateExpr::Full),
        None => Some(DateExpr::MonthDay { month, day }),
    }
}

fn month_number(text: &str) -> Option<u32> {
    let lower = text.trim_end_matches('.').to_lowercase();
    let prefix = lower.get(..3)?;
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months
        .iter()
        .position(|month| *month == prefix)
        .map(|index| index as u32 + 1)
}

/// Resolves an expression. `future` is true for planned meetings: weekdays
/// and bare days then point forward from the anchor instead of back.
pub fn resolve(expr: DateExpr, anchor: Option<NaiveDate>, future: bool) -> DateValue {
    let exact = |date: NaiveDate| DateValue {
        date: Some(date.format("%Y-%m-%d").to_string()),
        ..DateValue::default()
    };
    let partial = |partial: Partial| DateValue {
        partial: Some(partial),
        ..DateValue::default()
    };
    match (expr, anchor) {
        (DateExpr::Full(date), _) => exact(date),
        (DateExpr::MonthYear { year, month }, _) => DateValue {
            date: Some(format!("{year:04}-{month:02}")),
            ..DateValue::default()
        },
        (DateExpr::MonthDay { month, day }, Some(anchor)) => {
            // The year that puts the day closest to the anchor.
            let mut best: Option<NaiveDate> = None;
            for year in [anchor.year() - 1, anchor.year(), anchor.year() + 1] {
                if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
                    let distance = (date - anchor).num_days().abs();
                    if best.is_none_or(|best| distance < (best - anchor).num_days().abs()) {
                        best = Some(date);
                    }
                }
            }
            match best {
                Some(date) => exact(date),
                None => partial(Partial {
                    month: Some(month),
                    day: Some(day),
                    ..Partial::default()
                }),
            }
        }
        (DateExpr::MonthDay { month, day }, None) => partial(Partial {
            month: Some(month),
            day: Some(day),
            ..Partial::default()
        }),
        (DateExpr::MonthOnly(month), Some(anchor)) => {
            // The most recent such month (the next one for planned meetings).
            let year = if future {
                if month >= anchor.month() {
                    anchor.year()
                } else {
                    anchor.year() + 1
                }
            } else if month <= anchor.month() {
                anchor.year()
            } else {
                anchor.year() - 1
            };
            DateValue {
                date: Some(format!("{year:04}-{month:02}")),
                ..DateValue::default()
            }
        }
        (DateExpr::MonthOnly(month), None) => partial(Partial {
            month: Some(month),
            ..Partial::default()
        }),
        (DateExpr::Day(day), Some(anchor)) => {
            let this_month = NaiveDate::from_ymd_opt(anchor.year(), anchor.month(), day);
            let date = if future {
                match this_month {
                    Some(date) if date >= anchor => Some(date),
                    _ => {
                        let next = anchor
                            .with_day(1)
                            .and_then(|first| first.checked_add_months(chrono::Months::new(1)));
                        next.and_then(|next| {
                            NaiveDate::from_ymd_opt(next.year(), next.month(), day)
                        })
                    }
                }
            } else {
                match this_month {
                    Some(date) if date <= anchor => Some(date),
                    _ => {
                        let previous = anchor
                            .with_day(1)
                            .and_then(|first| first.checked_sub_months(chrono::Months::new(1)));
                        previous.and_then(|previous| {
                            NaiveDate::from_ymd_opt(previous.year(), previous.month(), day)
                        })
                    }
                }
            };
            match date {
                Some(date) => exact(date),
                None => partial(Partial {
                    day: Some(day),
                    ..Partial::default()
                }),
            }
        }
        (DateExpr::Day(day), None) => partial(Partial {
            day: Some(day),
            ..Partial::default()
        }),
        (DateExpr::Weekday(weekday), Some(anchor)) => {
            let anchor_index = anchor.weekday().num_days_from_monday() as i64;
            let target = weekday.num_days_from_monday() as i64;
            let offset = if future {
                (target - anchor_index).rem_euclid(7)
            } else {
                -((anchor_index - target).rem_euclid(7))
            };
            exact(anchor + Duration::days(offset))
        }
        (DateExpr::Weekday(weekday), None) => partial(Partial {
            weekday: Some(weekday),
            ..Partial::default()
        }),
        (DateExpr::Relative(days), Some(anchor)) => exact(anchor + Duration::days(days)),
        (DateExpr::Week(weeks), Some(anchor)) => {
            let monday = anchor - Duration::days(anchor.weekday().num_days_from_monday() as i64)
                + Duration::weeks(weeks);
            let sunday = monday + Duration::days(6);
            DateValue {
                date: (monday.month() == sunday.month())
                    .then(|| format!("{:04}-{:02}", monday.year(), monday.month())),
                range: Some((monday, sunday)),
                partial: None,
            }
        }
        (DateExpr::Month(months), Some(anchor)) => {
            let first = anchor.with_day(1).unwrap_or(anchor);
            let month = if months >= 0 {
                first.checked_add_months(chrono::Months::new(months as u32))
            } else {
                first.checked_sub_months(chrono::Months::new((-months) as u32))
            }
            .unwrap_or(first);
            DateValue {
                date: Some(format!("{:04}-{:02}", month.year(), month.month())),
                ..DateValue::default()
            }
        }
        (DateExpr::Relative(_) | DateExpr::Week(_) | DateExpr::Month(_), None) => {
            DateValue::default()
        }
        (
            DateExpr::Shifted {
                years,
                months,
                month,
                day,
            },
            Some(anchor),
        ) => {
            let first = anchor.with_day(1).unwrap_or(anchor);
            let shifted = if months >= 0 {
                first.checked_add_months(chrono::Months::new(months as u32))
            } else {
                first.checked_sub_months(chrono::Months::new(months.unsigned_abs()))
            }
            .unwrap_or(first);
            let year = shifted.year() + years;
            let month = month.unwrap_or(shifted.month());
            match day.and_then(|day| NaiveDate::from_ymd_opt(year, month, day)) {
                Some(date) => exact(date),
                None => DateValue {
                    date: Some(format!("{year:04}-{month:02}")),
                    ..DateValue::default()
                },
            }
        }
        (DateExpr::Directed { month, day, future }, Some(anchor)) => {
            let mut year = anchor.year();
            let this_year = NaiveDate::from_ymd_opt(year, month, day.unwrap_or(1));
            match this_year {
                Some(date)
                    if future && date < anchor && (day.is_some() || month < anchor.month()) =>
                {
                    year += 1
                }
                Some(date)
                    if !future && date > anchor && (day.is_some() || month > anchor.month()) =>
                {
                    year -= 1
                }
                _ => {}
            }
            match day.and_then(|day| NaiveDate::from_ymd_opt(year, month, day)) {
                Some(date) => exact(date),
                None => DateValue {
                    date: Some(format!("{year:04}-{month:02}")),
                    ..DateValue::default()
                },
            }
        }
        (DateExpr::Directed { month, day, .. }, None) => partial(Partial {
            month: Some(month),
            day,
            ..Partial::default()
        }),
        (DateExpr::Shifted { month, day, .. }, None) => match month {
            Some(month) => partial(Partial {
                month: Some(month),
                day,
                ..Partial::default()
            }),
            None => DateValue::default(),
        },
    }
}

/// A Korean date: `2020년 10월 29일`, `10월 29일`, `지난해 11월 15일`,
/// `지난달 21일`, `내달 12일`, `오는 6일`, `29일`, `지난 4월`, `어제`, `전날`,
/// `지난주`, `수요일`.
static KOREAN: LazyLock<Regex> = LazyLock::new(|| {
    // The numeric branch needs a month or a day, so it never matches empty.
    Regex::new(concat!(
        r"(?:(?P<year>[0-9]{4})년\s*)?(?:(?P<rel_year>지난해|작년|올해|내년)\s*)?",
        r"(?:(?P<rel_month>지난달|전달|이달|내달|다음 달|다음달)\s*)?(?:(?P<direction>지난|오는)\s+)?",
        r"(?:(?P<month>[0-9]{1,2})월(?:\s*(?P<day>[0-9]{1,2})일)?|(?P<only_day>[0-9]{1,2})일)",
        r"|(?P<word>그저께|그제|어제|오늘|내일|모레|전날|지난주|지난 주|이번 주|이번주|다음 주|다음주|지난달|이달|내달|다음 달)",
        r"|(?P<weekday>[월화수목금토일])요일",
    ))
    .unwrap()
});

/// Every Korean date expression in `text`, with byte ranges relative to it.
pub fn find_korean(text: &str) -> Vec<(Range<usize>, DateExpr)> {
    let mut found = Vec::new();
    for caps in KOREAN.captures_iter(text) {
        let whole = caps.get(0).expect("group 0");
        if whole.is_empty() {
            continue;
        }
        let number = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
        let expr = if let Some(word) = caps.name("word") {
            match word.as_str() {
                "그저께" | "그제" => DateExpr::Relative(-2),
                "어제" | "전날" => DateExpr::Relative(-1),
                "오늘" => DateExpr::Relative(0),
                "내일" => DateExpr::Relative(1),
                "모레" => DateExpr::Relative(2),
                "지난달" => DateExpr::Month(-1),
                "이달" => DateExpr::Month(0),
                "내달" | "다음 달" => DateExpr::Month(1),
                "지난주" | "지난 주" => DateExpr::Week(-1),
                "이번 주" | "이번주" => DateExpr::Week(0),
                _ => DateExpr::Week(1),
            }
        } else if let Some(weekday) = caps.name("weekday") {
            let index = "월화수목금토일"
                .chars()
                .position(|c| weekday.as_str().starts_with(c))
                .unwrap_or(0);
            DateExpr::Weekday(Weekday::try_from(index as u8).unwrap_or(Weekday::Mon))
        } else {
            let (month, day) = (number("month"), number("day").or(number("only_day")));
            let years = match caps.name("rel_year").map(|m| m.as_str()) {
                Some("지난해" | "작년") => Some(-1),
                Some("올해") => Some(0),
                Some("내년") => Some(1),
                _ => None,
            };
            let months = match caps.name("rel_month").map(|m| m.as_str()) {
                Some("지난달" | "전달") => Some(-1),
                Some("이달") => Some(0),
                Some(_) => Some(1),
                None => None,
            };
            if month.is_some_and(|month| !(1..=12).contains(&month))
                || day.is_some_and(|day| !(1..=31).contains(&day))
            {
                continue;
            }
            let direction = caps.name("direction").map(|m| m.as_str() == "오는");
            if let (Some(future), Some(month), None, None, None) =
                (direction, month, number("year"), years, months)
            {
                found.push((whole.range(), DateExpr::Directed { month, day, future }));
                continue;
            }
            match (number("year"), years, months, month, day) {
                (Some(year), _, _, Some(month), Some(day)) => {
                    match NaiveDate::from_ymd_opt(year as i32, month, day) {
                        Some(date) => DateExpr::Full(date),
                        None => continue,
                    }
                }
                (Some(year), _, _, Some(month), None) => DateExpr::MonthYear {
                    year: year as i32,
                    month,
                },
                (None, Some(years), _, month, day) if month.is_some() => DateExpr::Shifted {
                    years,
                    months: 0,
                    month,
                    day,
                },
                (None, None, Some(months), None, Some(day)) => DateExpr::Shifted {
                    years: 0,
                    months,
                    month: None,
                    day: Some(day),
                },
                (None, None, Some(months), None, None) => DateExpr::Month(months as i64),
                (None, None, None, Some(month), Some(day)) => DateExpr::MonthDay { month, day },
                (None, None, None, Some(month), None) => DateExpr::MonthOnly(month),
                (None, None, None, None, Some(day)) => DateExpr::Day(day),
                _ => continue,
            }
        };
        found.push((whole.range(), expr));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The sentence scan skips `find` when there is no digit and no
        /// date word: that must never skip a date.
        #[test]
        fn no_date_hides_from_the_date_word_prefilter(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "on", "the", "29th", "in", "March", "Sept.", "Oct", "mid-", "May", "last",
                "next", "this", "week", "month", "Friday", "yesterday", "TONIGHT",
                "this morning", "earlier today", "2020-10-29", "2020", "12", ",", "-", "of",
                "said", "talks", "Kim", "early", "late", "since", "until", "by",
            ]), 0..12)
        ) {
            let text = parts.join(" ");
            let lower = text.to_lowercase();
            let has_word = DATE_WORDS.iter().any(|word| lower.contains(word));
            if !find(&text).is_empty() {
                proptest::prop_assert!(may_have_date(&text, has_word), "{text}");
            }
        }
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn first(text: &str, anchor: Option<&str>, future: bool) -> DateValue {
        let (_, expr) = find(text).into_iter().next().expect("a date");
        resolve(expr, anchor.map(day), future)
    }

    fn exact(text: &str, anchor: Option<&str>) -> Option<String> {
        first(text, anchor, false).date
    }

    #[test]
    fn written_dates_in_every_form() {
        assert_eq!(
            exact("on 2020-10-29 in", None).as_deref(),
            Some("2020-10-29")
        );
        assert_eq!(
            exact("on Oct. 29, 2020,", None).as_deref(),
            Some("2020-10-29")
        );
        assert_eq!(
            exact("on September 20", Some("2021-09-22")).as_deref(),
            Some("2021-09-20")
        );
        assert_eq!(
            exact("on Sept. 20", Some("2021-09-22")).as_deref(),
            Some("2021-09-20")
        );
        assert_eq!(
            exact("on 20 September", Some("2021-09-22")).as_deref(),
            Some("2021-09-20")
        );
        assert_eq!(
            exact("on Dec. 30", Some("2021-01-02")).as_deref(),
            Some("2020-12-30")
        );
    }

    #[test]
    fn day_of_month_and_weekday_look_back_from_the_anchor() {
        assert_eq!(
            exact("in Seoul on the 29th", Some("2020-10-29")).as_deref(),
            Some("2020-10-29")
        );
        assert_eq!(
            exact("on the 30th", Some("2020-11-02")).as_deref(),
            Some("2020-10-30")
        );
        // 2020-10-29 was a Thursday.
        assert_eq!(
            exact("met on Thursday", Some("2020-10-29")).as_deref(),
            Some("2020-10-29")
        );
        assert_eq!(
            exact("met on Friday", Some("2020-10-29")).as_deref(),
            Some("2020-10-23")
        );
        assert_eq!(
            first("will meet on Friday", Some("2020-10-29"), true)
                .date
                .as_deref(),
            Some("2020-10-30")
        );
        assert_eq!(
            exact("talks yesterday", Some("2020-10-29")).as_deref(),
            Some("2020-10-28")
        );
        assert_eq!(
            exact("a separate meeting the previous day", Some("2020-10-29")).as_deref(),
            Some("2020-10-28")
        );
        assert_eq!(
            exact("this morning", Some("2020-10-29")).as_deref(),
            Some("2020-10-29")
        );
    }

    #[test]
    fn weeks_give_a_range_and_month_precision_never_a_day() {
        let value = first("talks last week", Some("2020-10-29"), false);
        assert_eq!(value.date.as_deref(), Some("2020-10"));
        assert_eq!(value.range, Some((day("2020-10-19"), day("2020-10-25"))));
        let across = first("next week", Some("2020-10-22"), true);
        assert_eq!(across.date, None);
        assert_eq!(across.range, Some((day("2020-10-26"), day("2020-11-01"))));
    }

    #[test]
    fn without_anchor_only_the_written_parts_are_kept() {
        let value = first("on the 29th", None, false);
        assert_eq!(value.date, None);
        assert_eq!(value.partial.unwrap().day, Some(29));
        let value = first("on Friday", None, false);
        assert_eq!(value.partial.unwrap().weekday, Some(Weekday::Fri));
        let value = first("on September 20", None, false);
        let partial = value.partial.unwrap();
        assert_eq!((partial.month, partial.day), (Some(9), Some(20)));
        assert!(!first("yesterday", None, false).is_known());
    }

    #[test]
    fn a_month_alone_is_the_latest_such_month_or_a_partial_date() {
        assert_eq!(
            exact("held a summit in March", Some("2023-05-08")).as_deref(),
            Some("2023-03")
        );
        assert_eq!(
            exact("met in December", Some("2023-05-08")).as_deref(),
            Some("2022-12")
        );
        assert_eq!(
            first("will visit in June", Some("2023-05-08"), true)
                .date
                .as_deref(),
            Some("2023-06")
        );
        assert_eq!(
            first("in March", None, false).partial.unwrap().month,
            Some(3)
        );
        assert!(find("They may meet.").is_empty());
    }

    #[test]
    fn may_the_verb_is_not_a_date() {
        assert!(find("The talks may resume soon.").is_empty());
        assert_eq!(find("on May 9 they met").len(), 1);
    }

    #[test]
    fn korean_dates_resolve_against_the_article() {
        let anchor = NaiveDate::from_ymd_opt(2020, 2, 6);
        let day = |text: &str, future: bool| -> Vec<String> {
            find_korean(text)
                .into_iter()
                .map(|(_, expr)| {
                    let value = resolve(expr, anchor, future);
                    value.date.unwrap_or_default()
                })
                .collect()
        };
        assert_eq!(day("지난해 11월 15일 도쿄에서", false), ["2019-11-15"]);
        assert_eq!(day("2019년 12월 23일 이후", false), ["2019-12-23"]);
        assert_eq!(day("오는 6일 서울에서", true), ["2020-02-06"]);
        assert_eq!(day("지난달 21일", false), ["2020-01-21"]);
        assert_eq!(day("내달 12일", true), ["2020-03-12"]);
        assert_eq!(day("지난 12월 3일", false), ["2019-12-03"]);
        assert_eq!(day("오는 3월", true), ["2020-03"]);
        assert_eq!(day("어제 통화했다", false), ["2020-02-05"]);
        assert_eq!(day("전날 만났다", false), ["2020-02-05"]);
        assert_eq!(day("지난해 12월", false), ["2019-12"]);
        // Not dates: counts and durations.
        assert!(find_korean("30여분 간 3개월 만에 20개국").is_empty());
    }

    #[test]
    fn a_korean_day_without_an_anchor_keeps_what_the_text_says() {
        let found = find_korean("지난해 11월 15일");
        assert_eq!(found.len(), 1);
        let value = resolve(found[0].1, None, false);
        assert_eq!(value.date, None);
        let partial = value.partial.expect("parts");
        assert_eq!((partial.month, partial.day), (Some(11), Some(15)));
    }
}
