//! Dates as news and gazetteers write them: often only a year or a month.

use chrono::NaiveDate;
use std::fmt;

/// A date known to year, month or day precision (`2019`, `2019-09`, `2019-09-09`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible days.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let text = text.trim();
        let mut parts = text.split('-');
        let year_text = parts.next()?;
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year_text.parse().ok()?;
        let month = match parts.next() {
            None => None,
            Some(month) if month.len() == 2 => Some(month.parse::<u32>().ok()?),
            Some(_) => return None,
        };
        let day = match parts.next() {
            None => None,
            Some(day) if day.len() == 2 => Some(day.parse::<u32>().ok()?),
            Some(_) => return None,
        };
        if parts.next().is_some() {
            return None;
        }
        if let Some(month) = month {
            if !(1..=12).contains(&month) {
                return None;
            }
        }
        if let (Some(month), Some(day)) = (month, day) {
            NaiveDate::from_ymd_opt(year, month, day)?;
        }
        Some(PartialDate { year, month, day })
    }

    /// The first day this date may stand for.
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .unwrap_or(NaiveDate::MIN)
    }

    /// The last day this date may stand for.
    pub fn last_day(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(month), Some(day)) => NaiveDate::from_ymd_opt(self.year, month, day),
            (Some(month), None) => last_day_of_month(self.year, month),
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .unwrap_or(NaiveDate::MAX)
    }

    /// True when this date could be `date` (a `2019-09` role covers any day of September).
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.first_day() <= date && date <= self.last_day()
    }
}

pub fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
            if let Some(day) = self.day {
                write!(f, "-{day:02}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision_and_rejects_impossible_days() {
        assert_eq!(PartialDate::parse("2019").unwrap().to_string(), "2019");
        assert_eq!(
            PartialDate::parse("2019-09").unwrap().to_string(),
            "2019-09"
        );
        assert_eq!(
            PartialDate::parse("2019-09-09").unwrap().to_string(),
            "2019-09-09"
        );
        assert!(PartialDate::parse("2019-02-30").is_none());
        assert!(PartialDate::parse("2019-13").is_none());
        assert!(PartialDate::parse("19-09-09").is_none());
        assert!(PartialDate::parse("soon").is_none());
    }

    #[test]
    fn month_precision_covers_the_whole_month() {
        let month = PartialDate::parse("2020-02").unwrap();
        assert!(month.covers(NaiveDate::from_ymd_opt(2020, 2, 29).unwrap()));
        assert!(!month.covers(NaiveDate::from_ymd_opt(2020, 3, 1).unwrap()));
    }
}
