//! R10, R12, R13: recording usage as charges (one, or a whole import), listing them, and the
//! usage report broken down by project, subproject and product.

mod import;
mod invoice;
mod list;
mod record;
mod report;

pub use import::*;
pub use invoice::*;
pub use list::*;
pub use record::*;
pub use report::*;

use super::clock::Timestamp;
use super::money::{Amount, Currency};
use super::names::{
    clean_optional, is_forbidden, is_invisible, MAX_DESCRIPTION_BYTES, MAX_PRODUCT_BYTES,
};
use crate::error::{Error, Result};
use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

/// A recorded charge (R10). Its billing account is fixed when it is recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    pub id: Uuid,
    pub target_id: Uuid,
    pub billing_account_id: Uuid,
    pub amount: Amount,
    pub currency: Currency,
    pub product: Option<String>,
    pub quantity: Option<i64>,
    pub description: Option<String>,
    pub created_at: Timestamp,
    pub idempotency_key: Option<String>,
    /// The sum of its reversals (R31).
    pub reversed: Amount,
}

/// A charge to record, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct NewCharge {
    pub amount: Amount,
    pub product: Option<String>,
    pub quantity: Option<i64>,
    pub description: Option<String>,
    pub idempotency_key: Option<String>,
    /// The currency the caller named, if any: it must be the billing account's (R09).
    pub currency: Option<Currency>,
    /// When the usage happened (an import's `at`); now when `None`.
    pub at: Option<Timestamp>,
}

/// A calendar month in UTC (`YYYY-MM`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: i32,
    pub month: u32,
}

impl Period {
    pub fn parse(raw: &str) -> Result<Period> {
        let s = raw.trim();
        let bad = || {
            Error::invalid(format!("{raw:?} is not a period"))
                .hint("write a period as YYYY-MM, like 2026-11")
        };
        let b = s.as_bytes();
        if b.len() != 7
            || b[4] != b'-'
            || !s[..4]
                .bytes()
                .chain(s[5..].bytes())
                .all(|c| c.is_ascii_digit())
        {
            return Err(bad());
        }
        let year: i32 = s[..4].parse().map_err(|_| bad())?;
        let month: u32 = s[5..].parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Period { year, month })
    }

    /// `[first second of the month, first second of the next)`, UTC.
    pub fn range(self) -> (Timestamp, Timestamp) {
        let start = |y: i32, m: u32| {
            NaiveDate::from_ymd_opt(y, m, 1)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|t| Utc.from_utc_datetime(&t).timestamp())
                .unwrap_or(0)
        };
        let (ny, nm) = if self.month == 12 {
            (self.year + 1, 1)
        } else {
            (self.year, self.month + 1)
        };
        (
            Timestamp(start(self.year, self.month)),
            Timestamp(start(ny, nm)),
        )
    }

    /// The period a time falls in.
    pub fn of(t: Timestamp) -> Period {
        let d = Utc
            .timestamp_opt(t.0, 0)
            .single()
            .unwrap_or_default()
            .date_naive();
        Period {
            year: d.year(),
            month: d.month(),
        }
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A span of time `[from, to)` in UTC that lists and reports cover: a month (`--period`),
/// dates (`--from` inclusive, `--to` exclusive, either may be left open), or all time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
}

impl Span {
    /// The span named by `--period YYYY-MM` or `--from DATE` / `--to DATE` (never both).
    pub fn parse(period: Option<&str>, from: Option<&str>, to: Option<&str>) -> Result<Span> {
        if let Some(p) = period {
            if from.is_some() || to.is_some() {
                return Err(
                    Error::invalid("--period cannot be combined with --from or --to")
                        .hint("name a month with --period, or dates with --from and --to"),
                );
            }
            let (f, t) = Period::parse(p)?.range();
            return Ok(Span {
                from: Some(f),
                to: Some(t),
            });
        }
        let span = Span {
            from: from.map(|d| parse_date(d, "--from")).transpose()?,
            to: to.map(|d| parse_date(d, "--to")).transpose()?,
        };
        if let (Some(f), Some(t)) = (span.from, span.to) {
            if f >= t {
                return Err(Error::invalid(format!(
                    "--from {} is not before --to {}: the span is empty",
                    from.unwrap_or_default(),
                    to.unwrap_or_default()
                ))
                .hint("--from is inclusive and --to exclusive: --from 2026-11-01 --to 2026-12-01 is November"));
            }
        }
        Ok(span)
    }

    /// The span as the store's half-open range, `None` for all time.
    pub fn range(self) -> Option<(Timestamp, Timestamp)> {
        if self.from.is_none() && self.to.is_none() {
            return None;
        }
        Some((
            self.from.unwrap_or(Timestamp(i64::MIN)),
            self.to.unwrap_or(Timestamp(i64::MAX)),
        ))
    }
}

/// Where a report's sums come from (R13): the whole calendar months of its span, which the
/// store keeps summed per month, and the rest (the partial months at either end, or every
/// charge when the report goes by day), which it sums from the charges themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SumPlan {
    /// `[first month's start, last month's end)`, with `i64::MIN`/`i64::MAX` for an open end.
    pub months: Option<(Timestamp, Timestamp)>,
    /// Half-open ranges read charge by charge; `(i64::MIN, i64::MAX)` is all time.
    pub charges: Vec<(Timestamp, Timestamp)>,
}

impl SumPlan {
    /// The plan for a span at a granularity: a day's rows need each charge's time, a month's
    /// or the whole span's need only its month.
    pub fn of(span: Span, granularity: Granularity) -> SumPlan {
        let (from, to) = span
            .range()
            .unwrap_or((Timestamp(i64::MIN), Timestamp(i64::MAX)));
        if granularity == Granularity::Day {
            return SumPlan {
                months: None,
                charges: vec![(from, to)],
            };
        }
        // The first month that starts at or after `from`, the last that ends at or before `to`.
        let first = match span.from {
            None => from,
            Some(f) => {
                let (start, next) = Period::of(f).range();
                if start == f {
                    start
                } else {
                    next
                }
            }
        };
        let end = match span.to {
            None => to,
            Some(t) => Period::of(t).range().0,
        };
        if first >= end {
            return SumPlan {
                months: None,
                charges: vec![(from, to)],
            };
        }
        let mut charges = Vec::new();
        if from < first {
            charges.push((from, first));
        }
        if end < to {
            charges.push((end, to));
        }
        SumPlan {
            months: Some((first, end)),
            charges,
        }
    }
}

impl From<Period> for Span {
    fn from(p: Period) -> Span {
        let (f, t) = p.range();
        Span {
            from: Some(f),
            to: Some(t),
        }
    }
}

/// A date, `YYYY-MM-DD`, as its first second in UTC.
pub fn parse_date(raw: &str, flag: &str) -> Result<Timestamp> {
    let s = raw.trim();
    let date = (s.len() == 10)
        .then(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .flatten()
        .and_then(|d| d.and_hms_opt(0, 0, 0));
    match date {
        Some(t) => Ok(Timestamp(Utc.from_utc_datetime(&t).timestamp())),
        None => Err(Error::invalid(format!("{flag} {raw:?} is not a date"))
            .hint("write a date as YYYY-MM-DD (UTC), like 2026-11-01")),
    }
}

/// How a report splits its rows over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Granularity {
    /// One row per group over the whole span.
    #[default]
    None,
    /// One row per group and UTC day.
    Day,
    /// One row per group and calendar month (UTC).
    Month,
}

impl Granularity {
    /// The start of the period a time falls in (0 for `None`: one period).
    pub fn bucket(self, t: i64) -> i64 {
        match self {
            Granularity::None => 0,
            Granularity::Day => t.div_euclid(86_400) * 86_400,
            Granularity::Month => Period::of(Timestamp(t)).range().0 .0,
        }
    }

    /// The period starting at `bucket`, as reports print it: `YYYY-MM-DD` or `YYYY-MM`.
    pub fn label(self, bucket: i64) -> Option<String> {
        match self {
            Granularity::None => None,
            Granularity::Day => Some(
                Utc.timestamp_opt(bucket, 0)
                    .single()
                    .unwrap_or_default()
                    .format("%Y-%m-%d")
                    .to_string(),
            ),
            Granularity::Month => Some(Period::of(Timestamp(bucket)).to_string()),
        }
    }
}

/// An idempotency key: any non-blank text up to 255 characters, without control characters.
pub fn parse_idempotency_key(raw: &str) -> Result<String> {
    if raw.trim().is_empty()
        || raw.chars().count() > 255
        || raw.chars().any(is_forbidden)
        || raw.chars().all(is_invisible)
    {
        return Err(Error::invalid(format!("{raw:?} is not an idempotency key"))
            .hint("use 1 to 255 printable characters, e.g. a request id"));
    }
    Ok(raw.to_string())
}

/// R41: the largest quantity of one charge, so that a report's quantities (an `i64` sum) would
/// need billions of charges at this maximum to overflow.
pub const MAX_QUANTITY: i64 = 1_000_000_000;

/// R40: a charge's product and description, checked as every stored text is (empty ones
/// dropped).
pub(super) fn charge_texts(
    product: Option<&str>,
    description: Option<&str>,
) -> Result<(Option<String>, Option<String>)> {
    Ok((
        clean_optional(product, "the product", MAX_PRODUCT_BYTES)?,
        clean_optional(description, "the description", MAX_DESCRIPTION_BYTES)?,
    ))
}

/// Parse a quantity: a whole number of units, zero to [`MAX_QUANTITY`].
pub fn parse_quantity(raw: &str) -> Result<i64> {
    raw.trim()
        .parse::<u64>()
        .ok()
        .and_then(|q| i64::try_from(q).ok())
        .filter(|q| *q <= MAX_QUANTITY)
        .ok_or_else(|| {
            Error::invalid(format!(
                "{raw:?} is not a quantity (a whole number of units)"
            ))
            .hint("a quantity is a whole number from 0 to 1000000000")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str) -> Timestamp {
        parse_date(date, "--from").unwrap()
    }

    fn span(from: Option<&str>, to: Option<&str>) -> Span {
        Span {
            from: from.map(at),
            to: to.map(at),
        }
    }

    #[test]
    fn r13_whole_months_come_from_the_monthly_sums_and_the_rest_from_the_charges() {
        let (min, max) = (Timestamp(i64::MIN), Timestamp(i64::MAX));
        let plan = |from, to, g| SumPlan::of(span(from, to), g);
        // All time, a month, months with a few days on either side.
        assert_eq!(
            plan(None, None, Granularity::None),
            SumPlan {
                months: Some((min, max)),
                charges: vec![]
            }
        );
        assert_eq!(
            plan(Some("2026-02-01"), Some("2026-03-01"), Granularity::Month),
            SumPlan {
                months: Some((at("2026-02-01"), at("2026-03-01"))),
                charges: vec![]
            }
        );
        assert_eq!(
            plan(Some("2026-01-31"), Some("2026-03-02"), Granularity::None),
            SumPlan {
                months: Some((at("2026-02-01"), at("2026-03-01"))),
                charges: vec![
                    (at("2026-01-31"), at("2026-02-01")),
                    (at("2026-03-01"), at("2026-03-02"))
                ]
            }
        );
        // Open at one end.
        assert_eq!(
            plan(Some("2026-03-15"), None, Granularity::None),
            SumPlan {
                months: Some((at("2026-04-01"), max)),
                charges: vec![(at("2026-03-15"), at("2026-04-01"))]
            }
        );
        assert_eq!(
            plan(None, Some("2026-03-09"), Granularity::Month),
            SumPlan {
                months: Some((min, at("2026-03-01"))),
                charges: vec![(at("2026-03-01"), at("2026-03-09"))]
            }
        );
        // No whole month inside, or a report by day: every charge.
        assert_eq!(
            plan(Some("2026-02-10"), Some("2026-03-20"), Granularity::None),
            SumPlan {
                months: None,
                charges: vec![(at("2026-02-10"), at("2026-03-20"))]
            }
        );
        assert_eq!(
            plan(Some("2026-02-01"), Some("2026-03-01"), Granularity::Day),
            SumPlan {
                months: None,
                charges: vec![(at("2026-02-01"), at("2026-03-01"))]
            }
        );
        assert_eq!(
            plan(None, None, Granularity::Day),
            SumPlan {
                months: None,
                charges: vec![(min, max)]
            }
        );
    }

    #[test]
    fn periods_are_utc_calendar_months() {
        let p = Period::parse("2026-12").unwrap();
        let (from, to) = p.range();
        assert_eq!(from.to_rfc3339(), "2026-12-01T00:00:00Z");
        assert_eq!(to.to_rfc3339(), "2027-01-01T00:00:00Z");
        assert_eq!(Period::of(Timestamp(to.0 - 1)), p);
        assert_eq!(p.to_string(), "2026-12");
        for bad in [
            "2026-13", "2026-00", "2026-1", "20261", "2026-1a", "+026-01", "",
        ] {
            assert_eq!(Period::parse(bad).unwrap_err().exit_code(), 2, "{bad}");
        }
    }

    #[test]
    fn idempotency_keys_are_printable_and_not_blank() {
        assert!(parse_idempotency_key("req-1").is_ok());
        for bad in ["", "  ", "a\u{0}b"] {
            assert!(parse_idempotency_key(bad).is_err(), "{bad:?}");
        }
    }
}
