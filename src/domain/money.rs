//! R09: exact money. Amounts are integers of micro-units (six decimal places) in an `i64`;
//! parsing, formatting, currencies and checked arithmetic all live here, and nothing else in
//! acctl touches money as text or as floating point.

use crate::error::{Error, Result};
use std::fmt;

/// The store's fixed scale: six decimal places (R09).
pub const SCALE: u32 = 6;
const UNIT: i64 = 1_000_000;

/// R41: the largest single amount a caller may write (a charge, a top-up, a transfer, a
/// credit limit): 1,000,000,000 units of the currency (10^15 micro-units). Sums of amounts are
/// [`Sum`]s, kept in an `i128`, so that no reachable number of charges at this maximum
/// overflows a report or an invoice.
pub const MAX_UNITS: i64 = 1_000_000_000;

/// An exact amount of money in micro-units of its currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Amount(i64);

impl Amount {
    pub const ZERO: Amount = Amount(0);

    pub fn from_micros(micros: i64) -> Amount {
        Amount(micros)
    }
    pub fn micros(self) -> i64 {
        self.0
    }
    pub fn is_positive(self) -> bool {
        self.0 > 0
    }
    /// Add to a kept total (a total spent, a balance, a month's spending): refused when it
    /// would pass what the store keeps (R41), before anything is written.
    pub fn checked_add(self, other: Amount) -> Result<Amount> {
        self.0
            .checked_add(other.0)
            .map(Amount)
            .ok_or_else(total_overflow)
    }
    pub fn checked_sub(self, other: Amount) -> Result<Amount> {
        self.0
            .checked_sub(other.0)
            .map(Amount)
            .ok_or_else(total_overflow)
    }

    /// Parse a decimal written bare (`12.50`, `0.0078`, `-3`): digits, an optional point and
    /// at most six decimals. No exponent, no sign but a leading `-`, no separators.
    pub fn parse(raw: &str) -> Result<Amount> {
        let s = raw.trim();
        let bad = || {
            Error::invalid(format!("{raw:?} is not an amount"))
                .hint("write amounts as plain decimals, like 12.50 or 0.0078")
        };
        let (negative, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (body, None),
        };
        if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let frac = frac.unwrap_or("");
        if body.contains('.') && frac.is_empty() {
            return Err(bad());
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        if frac.len() > SCALE as usize {
            return Err(Error::invalid(format!(
                "amount {raw:?} is too precise: at most {SCALE} decimal places"
            )));
        }
        let too_large = || {
            Error::invalid(format!("amount {raw:?} is too large"))
                .hint("a single amount is at most 1000000000 (one billion units of the currency)")
        };
        let mut micros: i64 = 0;
        for b in int.bytes() {
            micros = micros
                .checked_mul(10)
                .and_then(|m| m.checked_add(i64::from(b - b'0')))
                .ok_or_else(too_large)?;
        }
        micros = micros.checked_mul(UNIT).ok_or_else(too_large)?;
        let mut frac_micros: i64 = 0;
        for (i, b) in frac.bytes().enumerate() {
            frac_micros += i64::from(b - b'0') * 10_i64.pow(SCALE - 1 - i as u32);
        }
        micros = micros.checked_add(frac_micros).ok_or_else(too_large)?;
        if micros > MAX_UNITS * UNIT {
            return Err(too_large());
        }
        Ok(Amount(if negative { -micros } else { micros }))
    }

    /// Parse an amount that must be above zero (a charge, a top-up).
    pub fn parse_positive(raw: &str, what: &str) -> Result<Amount> {
        let a = Amount::parse(raw)?;
        if !a.is_positive() {
            return Err(Error::invalid(format!(
                "{what} must be above zero, got {}",
                raw.trim()
            )));
        }
        Ok(a)
    }

    /// Parse an amount that may be zero but not negative (a credit limit).
    pub fn parse_non_negative(raw: &str, what: &str) -> Result<Amount> {
        let a = Amount::parse(raw)?;
        if a.0 < 0 {
            return Err(Error::invalid(format!(
                "{what} cannot be negative, got {}",
                raw.trim()
            )));
        }
        Ok(a)
    }

    /// The amount with the currency's minor digits, and more only when the value needs them
    /// (`3.00`, `0.0078`, `46.9922`; JPY `120`).
    pub fn format(self, currency: &Currency) -> String {
        format_micros(i128::from(self.0), currency)
    }
}

/// Micro-units as a decimal with the currency's minor digits, and more only when needed.
fn format_micros(micros: i128, currency: &Currency) -> String {
    let minor = currency.minor_units as usize;
    let sign = if micros < 0 { "-" } else { "" };
    let abs = micros.unsigned_abs();
    let unit = UNIT as u128;
    let int = abs / unit;
    let frac = format!("{:06}", abs % unit);
    let mut digits = frac.trim_end_matches('0').len().max(minor);
    digits = digits.min(SCALE as usize);
    if digits == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{}", &frac[..digits])
    }
}

/// A kept total (a total spent, a balance, a month's spending) would pass the largest amount
/// the store keeps exactly, 2^63 - 1 micro-units: a limit of the model, reached only after
/// thousands of the largest amounts, so the change is refused as a conflict (exit 4), not
/// failed as a bug (R41).
fn total_overflow() -> Error {
    Error::conflict(
        "the total would pass 9223372036854.775807, the largest amount acctl keeps exactly (R41)",
    )
    .hint("a total spent, a balance or a month's spending stays below it: split the work across subprojects or billing accounts")
}

/// A report's or an invoice's sum would pass 128 bits: unreachable (see [`Sum`]), so a bug.
fn overflow() -> Error {
    Error::internal("amount overflows: the sum is too large to keep exactly")
}

/// R41: a sum of amounts (a report row, an invoice total), in micro-units in an `i128`: adding
/// one `i64` amount at a time, it cannot overflow before 2^64 additions, far beyond any store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Sum(i128);

impl Sum {
    pub const ZERO: Sum = Sum(0);

    /// Add an amount; checked all the same, as an internal failure (exit 1).
    pub fn plus(self, a: Amount) -> Result<Sum> {
        self.0
            .checked_add(i128::from(a.0))
            .map(Sum)
            .ok_or_else(overflow)
    }

    /// Add another sum; checked, as an internal failure (exit 1).
    pub fn plus_sum(self, other: Sum) -> Result<Sum> {
        self.0.checked_add(other.0).map(Sum).ok_or_else(overflow)
    }

    /// Take another sum off (an invoice's credits); checked, as an internal failure (exit 1).
    pub fn minus_sum(self, other: Sum) -> Result<Sum> {
        self.0.checked_sub(other.0).map(Sum).ok_or_else(overflow)
    }

    pub fn micros(self) -> i128 {
        self.0
    }

    /// A sum the store kept as whole units and micro-units (a month's roll-up, whose two
    /// parts each stay within 64 bits however many charges they sum).
    pub fn of_parts(units: i64, micros: i64) -> Sum {
        Sum(i128::from(units) * i128::from(UNIT) + i128::from(micros))
    }

    /// As [`Amount::format`].
    pub fn format(self, currency: &Currency) -> String {
        format_micros(self.0, currency)
    }
}

impl From<Amount> for Sum {
    fn from(a: Amount) -> Sum {
        Sum(i128::from(a.0))
    }
}

/// An ISO 4217 currency with its number of minor digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency {
    pub code: &'static str,
    pub minor_units: u8,
}

impl Currency {
    /// An active ISO 4217 currency by its code, in any case (`eur` is `EUR`).
    pub fn parse(raw: &str) -> Result<Currency> {
        let code = raw.trim().to_ascii_uppercase();
        CURRENCIES
            .iter()
            .find(|(c, _)| *c == code)
            .map(|&(code, minor_units)| Currency { code, minor_units })
            .ok_or_else(|| {
                Error::invalid(format!("{raw:?} is not an ISO 4217 currency code"))
                    .hint("use a three-letter code such as EUR, USD, GBP or JPY")
            })
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

/// Active ISO 4217 currencies and their minor units (funds codes included, precious metals and
/// test codes left out).
const CURRENCIES: &[(&str, u8)] = &[
    ("AED", 2),
    ("AFN", 2),
    ("ALL", 2),
    ("AMD", 2),
    ("ANG", 2),
    ("AOA", 2),
    ("ARS", 2),
    ("AUD", 2),
    ("AWG", 2),
    ("AZN", 2),
    ("BAM", 2),
    ("BBD", 2),
    ("BDT", 2),
    ("BGN", 2),
    ("BHD", 3),
    ("BIF", 0),
    ("BMD", 2),
    ("BND", 2),
    ("BOB", 2),
    ("BOV", 2),
    ("BRL", 2),
    ("BSD", 2),
    ("BTN", 2),
    ("BWP", 2),
    ("BYN", 2),
    ("BZD", 2),
    ("CAD", 2),
    ("CDF", 2),
    ("CHE", 2),
    ("CHF", 2),
    ("CHW", 2),
    ("CLF", 4),
    ("CLP", 0),
    ("CNY", 2),
    ("COP", 2),
    ("COU", 2),
    ("CRC", 2),
    ("CUP", 2),
    ("CVE", 2),
    ("CZK", 2),
    ("DJF", 0),
    ("DKK", 2),
    ("DOP", 2),
    ("DZD", 2),
    ("EGP", 2),
    ("ERN", 2),
    ("ETB", 2),
    ("EUR", 2),
    ("FJD", 2),
    ("FKP", 2),
    ("GBP", 2),
    ("GEL", 2),
    ("GHS", 2),
    ("GIP", 2),
    ("GMD", 2),
    ("GNF", 0),
    ("GTQ", 2),
    ("GYD", 2),
    ("HKD", 2),
    ("HNL", 2),
    ("HTG", 2),
    ("HUF", 2),
    ("IDR", 2),
    ("ILS", 2),
    ("INR", 2),
    ("IQD", 3),
    ("IRR", 2),
    ("ISK", 0),
    ("JMD", 2),
    ("JOD", 3),
    ("JPY", 0),
    ("KES", 2),
    ("KGS", 2),
    ("KHR", 2),
    ("KMF", 0),
    ("KPW", 2),
    ("KRW", 0),
    ("KWD", 3),
    ("KYD", 2),
    ("KZT", 2),
    ("LAK", 2),
    ("LBP", 2),
    ("LKR", 2),
    ("LRD", 2),
    ("LSL", 2),
    ("LYD", 3),
    ("MAD", 2),
    ("MDL", 2),
    ("MGA", 2),
    ("MKD", 2),
    ("MMK", 2),
    ("MNT", 2),
    ("MOP", 2),
    ("MRU", 2),
    ("MUR", 2),
    ("MVR", 2),
    ("MWK", 2),
    ("MXN", 2),
    ("MXV", 2),
    ("MYR", 2),
    ("MZN", 2),
    ("NAD", 2),
    ("NGN", 2),
    ("NIO", 2),
    ("NOK", 2),
    ("NPR", 2),
    ("NZD", 2),
    ("OMR", 3),
    ("PAB", 2),
    ("PEN", 2),
    ("PGK", 2),
    ("PHP", 2),
    ("PKR", 2),
    ("PLN", 2),
    ("PYG", 0),
    ("QAR", 2),
    ("RON", 2),
    ("RSD", 2),
    ("RUB", 2),
    ("RWF", 0),
    ("SAR", 2),
    ("SBD", 2),
    ("SCR", 2),
    ("SDG", 2),
    ("SEK", 2),
    ("SGD", 2),
    ("SHP", 2),
    ("SLE", 2),
    ("SOS", 2),
    ("SRD", 2),
    ("SSP", 2),
    ("STN", 2),
    ("SVC", 2),
    ("SYP", 2),
    ("SZL", 2),
    ("THB", 2),
    ("TJS", 2),
    ("TMT", 2),
    ("TND", 3),
    ("TOP", 2),
    ("TRY", 2),
    ("TTD", 2),
    ("TWD", 2),
    ("TZS", 2),
    ("UAH", 2),
    ("UGX", 0),
    ("USD", 2),
    ("USN", 2),
    ("UYI", 0),
    ("UYU", 2),
    ("UYW", 4),
    ("UZS", 2),
    ("VED", 2),
    ("VES", 2),
    ("VND", 0),
    ("VUV", 0),
    ("WST", 2),
    ("XAF", 0),
    ("XCD", 2),
    ("XCG", 2),
    ("XOF", 0),
    ("XPF", 0),
    ("YER", 2),
    ("ZAR", 2),
    ("ZMW", 2),
    ("ZWG", 2),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn cur(c: &str) -> Currency {
        Currency::parse(c).unwrap()
    }

    #[test]
    fn r09_parses_exact_decimals() {
        assert_eq!(Amount::parse("12.50").unwrap().micros(), 12_500_000);
        assert_eq!(Amount::parse("0.0078").unwrap().micros(), 7_800);
        assert_eq!(Amount::parse("-3").unwrap().micros(), -3_000_000);
        assert_eq!(Amount::parse("0.000001").unwrap().micros(), 1);
    }

    #[test]
    fn r09_refuses_malformed_too_precise_and_overflowing() {
        for bad in [
            "", ".5", "5.", "1e3", "1,000", "+1", "--1", "1.2.3", "abc", " - 1",
        ] {
            assert!(Amount::parse(bad).is_err(), "{bad:?} should be refused");
        }
        let e = Amount::parse("0.0000001").unwrap_err();
        assert!(e.message.contains("too precise"), "{}", e.message);
        let e = Amount::parse("99999999999999999999").unwrap_err();
        assert!(e.message.contains("too large"), "{}", e.message);
        assert!(Amount::from_micros(i64::MAX)
            .checked_add(Amount::from_micros(1))
            .is_err());
    }

    #[test]
    fn r09_formats_with_the_currency_minor_digits() {
        let f = |s: &str, c: &str| Amount::parse(s).unwrap().format(&cur(c));
        assert_eq!(f("3", "EUR"), "3.00");
        assert_eq!(f("0.0078", "EUR"), "0.0078");
        assert_eq!(f("46.9922", "USD"), "46.9922");
        assert_eq!(f("120", "JPY"), "120");
        assert_eq!(f("1.5", "BHD"), "1.500");
        assert_eq!(f("-0.5", "EUR"), "-0.50");
    }

    #[test]
    fn currencies_are_iso_4217() {
        assert_eq!(cur("eur").code, "EUR");
        assert!(Currency::parse("EU").is_err());
        assert!(Currency::parse("XXX").is_err());
        assert!(Currency::parse("ABC").is_err());
    }
}
