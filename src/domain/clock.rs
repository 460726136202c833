//! Time: the clock that dates what a command records, fixed by `ACCTL_NOW` for tests and
//! reproducible seeding, and the real clock that alone judges whether a key may act (R38).

use crate::error::{Error, Result};
use chrono::{DateTime, SecondsFormat, TimeZone, Utc};

/// A point in time, in whole seconds since the Unix epoch, UTC. Stored as an integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// Parse an RFC 3339 time (`2026-11-23T09:00:00Z`, any offset; sub-seconds are dropped).
    pub fn parse_rfc3339(s: &str) -> Option<Timestamp> {
        DateTime::parse_from_rfc3339(s.trim())
            .ok()
            .map(|t| Timestamp(t.with_timezone(&Utc).timestamp()))
    }

    /// RFC 3339, UTC, whole seconds: `2026-11-23T09:00:00Z`.
    pub fn to_rfc3339(self) -> String {
        match Utc.timestamp_opt(self.0, 0).single() {
            Some(t) => t.to_rfc3339_opts(SecondsFormat::Secs, true),
            None => self.0.to_string(),
        }
    }

    pub fn plus_seconds(self, secs: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(secs))
    }

    /// The last second RFC 3339 can write: `9999-12-31T23:59:59Z`.
    pub const LAST_RFC3339: Timestamp = Timestamp(253_402_300_799);

    /// `secs` after this time as a deadline the store keeps and prints (a key's expiry, a
    /// rotated secret's end): refused (exit 2) past the year 9999, which RFC 3339 cannot write.
    /// Private: a deadline is only ever counted from the real time ([`RealNow::deadline`],
    /// R38), never from the recording clock.
    fn deadline(self, secs: i64, what: &str) -> Result<Timestamp> {
        match self.0.checked_add(secs) {
            Some(t) if t <= Self::LAST_RFC3339.0 => Ok(Timestamp(t)),
            _ => Err(Error::invalid(format!(
                "{what} would end after the year 9999, which RFC 3339 cannot write"
            ))
            .hint(format!(
                "choose a shorter {what}: from {} it can reach 9999-12-31T23:59:59Z at the latest",
                self.to_rfc3339()
            ))),
        }
    }
}

/// The real time, read from the system clock and never from `ACCTL_NOW`: the only time that
/// may decide whether a key is in force (its expiry, a rotated secret's grace, R38). A
/// separate type so that the recording clock cannot be passed where a key is judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RealNow(Timestamp);

impl RealNow {
    /// The system clock, now.
    pub fn system() -> RealNow {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        RealNow(Timestamp(secs))
    }

    /// A given instant taken as the real time: for unit tests of the key-state rule only.
    #[cfg(test)]
    pub fn at(t: Timestamp) -> RealNow {
        RealNow(t)
    }

    pub fn timestamp(self) -> Timestamp {
        self.0
    }

    /// `secs` from the real time as a deadline a key is judged by (its expiry, a rotated
    /// secret's end): counted from the real clock because the real clock judges it (R38), so
    /// `ACCTL_NOW` can neither stretch nor shorten a key's life. Refused past the year 9999
    /// (see [`Timestamp::deadline`]).
    pub fn deadline(self, secs: i64, what: &str) -> Result<Timestamp> {
        self.0.deadline(secs, what)
    }
}

/// The clock of one command: every time a command writes is this one instant (`now`). The
/// real time (`real`) is read once beside it, for judging keys (R38).
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    now: Timestamp,
    real: RealNow,
}

impl Clock {
    /// The system clock, or the time in `ACCTL_NOW` when it is set (a bad value is invalid input).
    pub fn from_env(acctl_now: Option<&str>) -> Result<Clock> {
        match acctl_now {
            None => {
                let real = RealNow::system();
                Ok(Clock {
                    now: real.timestamp(),
                    real,
                })
            }
            Some(s) => match Timestamp::parse_rfc3339(s) {
                Some(now) => Ok(Clock {
                    now,
                    real: RealNow::system(),
                }),
                None => Err(
                    Error::invalid(format!("ACCTL_NOW is not an RFC 3339 time: {s:?}")).hint(
                        "write it like 2026-11-23T09:00:00Z, or unset it to use the system clock",
                    ),
                ),
            },
        }
    }

    pub fn fixed(now: Timestamp) -> Clock {
        Clock {
            now,
            real: RealNow::system(),
        }
    }

    /// The time that dates what the command records (`ACCTL_NOW` when set).
    pub fn now(&self) -> Timestamp {
        self.now
    }

    /// The real time, whatever `ACCTL_NOW` says: for judging keys only (R38).
    pub fn real_now(&self) -> RealNow {
        self.real
    }
}

/// A duration as CLI.md writes it: a whole number and a unit, `90s`, `15m`, `12h`, `30d`;
/// in seconds.
pub fn parse_duration(raw: &str, what: &str) -> Result<i64> {
    let s = raw.trim();
    let bad = || {
        Error::invalid(format!("{what} {raw:?} is not a duration"))
            .hint("write a whole number and a unit: 90s, 15m, 12h or 30d")
    };
    let unit = s.chars().last().ok_or_else(bad)?;
    let per = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3_600,
        'd' => 86_400,
        _ => return Err(bad()),
    };
    let digits = &s[..s.len() - 1];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    digits
        .parse::<i64>()
        .ok()
        .and_then(|n| n.checked_mul(per))
        .filter(|n| *n <= 100 * 365 * 86_400)
        .ok_or_else(|| {
            Error::invalid(format!("{what} {raw:?} is too long")).hint("at most 100 years")
        })
}

/// `--since`: a duration back from now (`12h`) or an RFC 3339 time.
pub fn parse_since(raw: &str, now: Timestamp) -> Result<Timestamp> {
    if let Some(t) = Timestamp::parse_rfc3339(raw) {
        return Ok(t);
    }
    let secs = parse_duration(raw, "--since").map_err(|e| {
        e.hint("write a duration back from now (90s, 15m, 12h, 30d) or an RFC 3339 time")
    })?;
    Ok(now.plus_seconds(-secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_round_trips_in_utc() {
        let t = Timestamp::parse_rfc3339("2026-11-23T10:00:00+01:00").unwrap();
        assert_eq!(t.to_rfc3339(), "2026-11-23T09:00:00Z");
    }

    #[test]
    fn bad_acctl_now_is_invalid_input() {
        let e = Clock::from_env(Some("yesterday")).unwrap_err();
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn durations_take_a_whole_number_and_a_unit() {
        assert_eq!(super::parse_duration("90s", "x").ok(), Some(90));
        assert_eq!(super::parse_duration("15m", "x").ok(), Some(900));
        assert_eq!(super::parse_duration("12h", "x").ok(), Some(43_200));
        assert_eq!(super::parse_duration("30d", "x").ok(), Some(2_592_000));
        for bad in [
            "",
            "d",
            "1.5h",
            "-3d",
            "10",
            "3w",
            "99999999999999999999d",
            "1 d",
        ] {
            assert!(super::parse_duration(bad, "x").is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_deadline_past_the_year_9999_is_refused_with_a_hint() {
        // Reachable only with a system clock far ahead: durations stop at 100 years.
        let real = RealNow::at(Timestamp::parse_rfc3339("9950-01-01T00:00:00Z").unwrap());
        let e = real.deadline(36_500 * 86_400, "--grace").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("after the year 9999"), "{e}");
        assert!(
            e.hint
                .as_deref()
                .is_some_and(|h| h.contains("choose a shorter")),
            "{e:?}"
        );
        let last = real.deadline(Timestamp::LAST_RFC3339.0 - real.timestamp().0, "--grace");
        assert_eq!(
            last.ok().map(Timestamp::to_rfc3339).as_deref(),
            Some("9999-12-31T23:59:59Z")
        );
    }
}
