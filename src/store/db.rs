//! The seam between the typed queries and the two database drivers: owned parameter values,
//! a row that reads a column from either driver, and the handful of calls every typed query
//! is made of (`exec`, `query_opt`, `query_vec`, `query_each`).
//!
//! The typed queries (the other modules of `store`) are written once, in SQL that SQLite and
//! PostgreSQL both accept: `?N` placeholders (rewritten to `$N` for PostgreSQL), `coalesce`,
//! `IS NOT DISTINCT FROM`, `count(*) FILTER (...)`, `ON CONFLICT`, a quoted `"user"` table.
//! What only one engine has (PRAGMAs, the online backup, catalog queries) lives in that engine's
//! module, [`super::sqlite`] or [`super::postgres`].

use crate::domain::billing::LedgerKind;
use crate::domain::clock::Timestamp;
use crate::domain::model::{BillingKind, KeyRole, LimitPeriod, Role, Status};
use crate::domain::money::{Amount, Currency};
use crate::error::{Error, Result};
use uuid::Uuid;

/// The type of a column a bulk insert writes (PostgreSQL's binary COPY needs it; SQLite binds
/// values as they are).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColType {
    Text,
    Int,
}

/// A value bound to a statement or read from a row, independent of the driver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Int(i64),
    Text(String),
    Blob(Vec<u8>),
}

impl Value {
    /// The value as a short text, for messages.
    pub fn display(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Int(i) => i.to_string(),
            Value::Text(s) => s.clone(),
            Value::Blob(b) => format!("<{} bytes>", b.len()),
        }
    }

    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }
}

/// Anything that can be bound as a statement parameter.
pub trait ToValue {
    fn to_value(&self) -> Value;
}

impl ToValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}
impl ToValue for i64 {
    fn to_value(&self) -> Value {
        Value::Int(*self)
    }
}
impl ToValue for bool {
    fn to_value(&self) -> Value {
        Value::Int(i64::from(*self))
    }
}
impl ToValue for str {
    fn to_value(&self) -> Value {
        Value::Text(self.to_string())
    }
}
impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
}
impl ToValue for [u8] {
    fn to_value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}
impl ToValue for Uuid {
    fn to_value(&self) -> Value {
        Value::Text(self.to_string())
    }
}
impl ToValue for Timestamp {
    fn to_value(&self) -> Value {
        Value::Int(self.0)
    }
}
impl ToValue for Amount {
    fn to_value(&self) -> Value {
        Value::Int(self.micros())
    }
}
impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}
impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToValue::to_value)
    }
}

/// Statement parameters, in order (`?1` is the first).
pub type Args<'a> = &'a [&'a dyn ToValue];

pub(super) fn values(args: Args) -> Vec<Value> {
    args.iter().map(|a| a.to_value()).collect()
}

/// The placeholders `?1, ?2, .. ?n` of an `IN (...)` list or a row of values.
pub(super) fn marks(n: usize) -> String {
    (1..=n)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One row of a result, from either driver.
pub enum Row<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Postgres(&'a postgres::Row),
}

impl<'a> Row<'a> {
    /// Column `i` as `T`.
    pub fn get<T: FromCol>(&self, i: usize) -> Result<T> {
        T::from_col(self, i)
    }

    /// The row's columns read one after the other, from the first.
    pub fn cols(&self) -> Cols<'_, 'a> {
        Cols { row: self, at: 0 }
    }

    /// Column `i` as an integer (booleans as 0 or 1), or None for NULL.
    pub fn int(&self, i: usize) -> Result<Option<i64>> {
        match self {
            Row::Sqlite(r) => Ok(r.get::<_, Option<i64>>(i)?),
            Row::Postgres(r) => super::postgres::int_col(r, i),
        }
    }

    /// Column `i` as text, borrowed from the row, or None for NULL.
    pub fn text(&self, i: usize) -> Result<Option<&str>> {
        match self {
            Row::Sqlite(r) => match r.get_ref(i)? {
                rusqlite::types::ValueRef::Null => Ok(None),
                rusqlite::types::ValueRef::Text(t) => std::str::from_utf8(t)
                    .map(Some)
                    .map_err(|_| malformed(i, "text that is not UTF-8")),
                _ => Err(malformed(i, "a value that is not text")),
            },
            Row::Postgres(r) => Ok(r.try_get::<_, Option<&str>>(i)?),
        }
    }

    /// Column `i` as bytes, or None for NULL.
    pub fn blob(&self, i: usize) -> Result<Option<Vec<u8>>> {
        match self {
            Row::Sqlite(r) => Ok(r.get::<_, Option<Vec<u8>>>(i)?),
            Row::Postgres(r) => Ok(r.try_get::<_, Option<Vec<u8>>>(i)?),
        }
    }

    /// Column `i` whatever its type.
    pub fn value(&self, i: usize) -> Result<Value> {
        match self {
            Row::Sqlite(r) => Ok(match r.get_ref(i)? {
                rusqlite::types::ValueRef::Null => Value::Null,
                rusqlite::types::ValueRef::Integer(n) => Value::Int(n),
                rusqlite::types::ValueRef::Real(f) => Value::Text(f.to_string()),
                rusqlite::types::ValueRef::Text(t) => {
                    Value::Text(String::from_utf8_lossy(t).into_owned())
                }
                rusqlite::types::ValueRef::Blob(b) => Value::Blob(b.to_vec()),
            }),
            Row::Postgres(r) => super::postgres::value_col(r, i),
        }
    }

    /// How many columns the row has.
    pub fn len(&self) -> usize {
        match self {
            Row::Sqlite(r) => r.as_ref().column_count(),
            Row::Postgres(r) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub(super) fn malformed(i: usize, what: &str) -> Error {
    Error::internal(format!("the store holds {what} in column {i} of a row"))
        .hint("run acctl check; restore the store from a backup if it is damaged")
}

/// A row's columns read in order: what a struct built from a `SELECT` of its fields needs.
pub struct Cols<'r, 'a> {
    row: &'r Row<'a>,
    at: usize,
}

impl Cols<'_, '_> {
    /// The next column, as `T`.
    #[allow(clippy::should_implement_trait)]
    pub fn next<T: FromCol>(&mut self) -> Result<T> {
        let v = self.row.get(self.at);
        self.at += 1;
        v
    }
}

/// A struct read from a row, one column per field in the order the fields are named:
/// `read_row!(r => Topup { id, amount })` reads column 0 as `id` and column 1 as `amount`.
/// The `SELECT` beside it lists the same columns in the same order.
macro_rules! read_row {
    ($row:expr => $ty:ident { $($field:ident),+ $(,)? }) => {{
        let mut cols = $row.cols();
        Ok($ty { $($field: cols.next()?),+ })
    }};
}
pub(crate) use read_row;

/// A type a column can be read as.
pub trait FromCol: Sized {
    fn from_col(row: &Row, i: usize) -> Result<Self>;
}

fn required<T>(v: Option<T>, i: usize) -> Result<T> {
    v.ok_or_else(|| malformed(i, "NULL where a value belongs"))
}

impl FromCol for Option<i64> {
    fn from_col(row: &Row, i: usize) -> Result<Self> {
        row.int(i)
    }
}
impl FromCol for i64 {
    fn from_col(row: &Row, i: usize) -> Result<Self> {
        required(row.int(i)?, i)
    }
}
impl FromCol for bool {
    fn from_col(row: &Row, i: usize) -> Result<Self> {
        Ok(required(row.int(i)?, i)? != 0)
    }
}
impl FromCol for Option<String> {
    fn from_col(row: &Row, i: usize) -> Result<Self> {
        Ok(row.text(i)?.map(str::to_string))
    }
}
impl FromCol for String {
    fn from_col(row: &Row, i: usize) -> Result<Self> {
        required(row.text(i)?.map(str::to_string), i)
    }
}
impl FromCol for Option<Uuid> {
    fn from_col(row: &Row, i: usize) -> Result<Self> {
        row.text(i)?
            .map(|s| Uuid::parse_str(s).map_err(|_| malformed(i, "an id that is not a UUID")))
            .transpose()
    }
}
impl FromCol for Uuid {
    fn from_col(row: &Row, i: usize) -> Result<Self> {
        required(Option::<Uuid>::from_col(row, i)?, i)
    }
}
impl FromCol for Option<Timestamp> {
    fn from_col(row: &Row, i: usize) -> Result<Self> {
        Ok(row.int(i)?.map(Timestamp))
    }
}
impl FromCol for Timestamp {
    fn from_col(row: &Row, i: usize) -> Result<Self> {
        Ok(Timestamp(required(row.int(i)?, i)?))
    }
}
impl FromCol for Option<Amount> {
    fn from_col(row: &Row, i: usize) -> Result<Self> {
        Ok(row.int(i)?.map(Amount::from_micros))
    }
}
impl FromCol for Amount {
    fn from_col(row: &Row, i: usize) -> Result<Self> {
        Ok(Amount::from_micros(required(row.int(i)?, i)?))
    }
}
impl FromCol for u32 {
    fn from_col(row: &Row, i: usize) -> Result<Self> {
        u32::try_from(i64::from_col(row, i)?).map_err(|_| malformed(i, "a number out of range"))
    }
}

/// Values stored by their name (a role, a kind, a status, a currency), read back through the
/// domain's parser: a name it does not know is a damaged store.
macro_rules! named_cols {
    ($($ty:ty => $parse:expr, $what:literal;)+) => {$(
        impl FromCol for $ty {
            fn from_col(row: &Row, i: usize) -> Result<Self> {
                let name = required(row.text(i)?, i)?;
                $parse(name).ok_or_else(|| malformed(i, $what))
            }
        }
    )+};
}
named_cols! {
    Currency => |s| Currency::parse(s).ok(), "an unknown currency";
    Role => Role::parse, "an unknown role";
    KeyRole => KeyRole::parse, "an unknown key role";
    BillingKind => BillingKind::parse, "an unknown billing kind";
    Status => Status::parse, "an unknown status";
    LimitPeriod => LimitPeriod::parse, "an unknown limit period";
    LedgerKind => LedgerKind::parse, "an unknown ledger entry";
}

impl FromCol for Value {
    fn from_col(row: &Row, i: usize) -> Result<Self> {
        row.value(i)
    }
}

/// Rewrite `?N` placeholders (and bare `?`) as PostgreSQL's `$N`, outside string literals and
/// quoted names, and drop SQLite's `INDEXED BY name` hints.
pub(super) fn to_postgres(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    let mut quote: Option<char> = None;
    let mut next_bare = 0;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => {
                quote = Some(c);
                out.push(c);
            }
            '?' => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    next_bare += 1;
                    digits = next_bare.to_string();
                }
                out.push('$');
                out.push_str(&digits);
            }
            _ => out.push(c),
        }
    }
    while let Some(at) = out.find("INDEXED BY ") {
        let rest = &out[at + "INDEXED BY ".len()..];
        let name_len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        out.replace_range(at..at + "INDEXED BY ".len() + name_len, "");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::to_postgres;

    #[test]
    fn placeholders_become_dollars_outside_literals() {
        assert_eq!(
            to_postgres("SELECT '?1', \"a?\" FROM t WHERE a = ?1 AND b = ?12"),
            "SELECT '?1', \"a?\" FROM t WHERE a = $1 AND b = $12"
        );
        assert_eq!(to_postgres("a = ? AND b = ?"), "a = $1 AND b = $2");
        assert_eq!(
            to_postgres("SELECT x FROM charge INDEXED BY charge_period WHERE y"),
            "SELECT x FROM charge  WHERE y"
        );
    }
}
