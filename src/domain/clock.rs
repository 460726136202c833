//! Time: the one clock of a command, fixed by `ACCTL_NOW` for tests and reproducible seeding.

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
}

/// The clock of one command: every time a command writes is this one instant.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    now: Timestamp,
}

impl Clock {
    /// The system clock, or the time in `ACCTL_NOW` when it is set (a bad value is invalid input).
    pub fn from_env(acctl_now: Option<&str>) -> Result<Clock> {
        match acctl_now {
            None => Ok(Clock {
                now: Timestamp(Utc::now().timestamp()),
            }),
            Some(s) => match Timestamp::parse_rfc3339(s) {
                Some(now) => Ok(Clock { now }),
                None => Err(
                    Error::invalid(format!("ACCTL_NOW is not an RFC 3339 time: {s:?}")).hint(
                        "write it like 2026-11-23T09:00:00Z, or unset it to use the system clock",
                    ),
                ),
            },
        }
    }

    pub fn fixed(now: Timestamp) -> Clock {
        Clock { now }
    }

    pub fn now(&self) -> Timestamp {
        self.now
    }
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
}
