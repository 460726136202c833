//! The store: where the account model is kept, behind one interface of typed queries on a
//! transaction ([`Tx`]). Two backends implement it: a SQLite file (the embedded default) and
//! a PostgreSQL database (a team's shared store).
//!
//! The arrows point one way: the domain calls the typed queries on [`Tx`] and receives the
//! domain's plain data types (`Node`, `Charge`, ...); the store imports those types and never
//! the domain's rules. SQL lives in this module and nowhere else: the typed queries
//! (`nodes`, `account`, `billing`, `usage`, `access`, `resources`, `audit`, `check`) are
//! written once in SQL both engines accept ([`db`]); what one engine alone has (opening,
//! pragmas, catalogs, the online backup, retries) is in [`sqlite`] or [`postgres`]. No driver
//! type crosses into the domain.

mod access;
mod account;
mod audit;
mod backup;
mod billing;
mod check;
mod copy;
pub mod db;
mod import;
mod kept;
mod nodes;
mod postgres;
mod report;
mod resources;
mod schema;
mod spend;
mod sqlite;
mod usage;

pub use access::KeyFilter;
pub use audit::GENESIS as AUDIT_GENESIS;
pub use audit::{hex, AuditEntry, AuditFilter, GENESIS};
pub use copy::CopyCounts;
pub use db::Value;
pub use kept::{BalanceRecords, KeptName, NamedTable};
pub use nodes::{NewNode, NodeFilter};

use crate::error::{Error, Kind, Result};
use db::{Args, Row};
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a writer waits for another process's write transaction before giving up.
/// Write transactions are short (milliseconds), so this is only reached by a stuck process.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Whether a command may create the store (`init`, `apply`) or needs it to exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    Existing,
    Create,
}

/// Where a store is: a SQLite file, or a PostgreSQL database named by a URL.
#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite(PathBuf),
    /// The URL as given (it may hold a password: never print it; [`fmt::Display`] hides it).
    Postgres(String),
}

impl Location {
    /// A `postgres://` or `postgresql://` URL names a PostgreSQL database; anything else is a
    /// path. An empty value is refused rather than taken as the current directory.
    pub fn parse(value: &str) -> Result<Location> {
        if value.trim().is_empty() {
            return Err(Error::invalid("the store location is empty")
                .hint("name a file path or a postgres:// URL"));
        }
        let lower = value.get(..13).unwrap_or(value).to_ascii_lowercase();
        if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
            return Ok(Location::Postgres(value.to_string()));
        }
        if lower.starts_with("postgres:") || lower.starts_with("postgresql:") {
            return Err(Error::invalid(format!(
                "{} is neither a path nor a PostgreSQL URL",
                postgres::redact(value)
            ))
            .hint("write a PostgreSQL URL as postgres://USER@HOST:PORT/DATABASE"));
        }
        Ok(Location::Sqlite(PathBuf::from(value)))
    }

    pub fn from_path(path: &Path) -> Result<Location> {
        match path.to_str() {
            Some(s) => Location::parse(s),
            None => Ok(Location::Sqlite(path.to_path_buf())),
        }
    }

    /// Whether two locations name one store: the same file (through any path to it), or the
    /// same URL.
    pub fn same_store(&self, other: &Location) -> bool {
        match (self, other) {
            (Location::Sqlite(a), Location::Sqlite(b)) => a == b || backup::same_file(a, b),
            (Location::Postgres(a), Location::Postgres(b)) => a == b,
            _ => false,
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, Location::Postgres(_))
    }
}

/// The location as it may be shown: a path, or a URL without its password.
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Sqlite(p) => write!(f, "{}", p.display()),
            Location::Postgres(url) => f.write_str(&postgres::redact(url)),
        }
    }
}

impl fmt::Debug for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Location({self})")
    }
}

/// Which engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// An open store.
pub struct Store {
    backend: Backend,
    location: Location,
    /// The command's current month (`YYYY-MM`, UTC): what "spent this month" means (R29).
    month: String,
}

enum Backend {
    /// A connection to a file, and which file it opened (see [`sqlite::FileId`]).
    Sqlite(rusqlite::Connection, sqlite::FileId),
    Postgres(Box<postgres::Conn>),
}

/// How a transaction is run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Writers are serialised: the write lock is taken first, so a check and the write that
    /// follows it see one state; committed when the work returns `Ok`.
    Write,
    /// As `Write`, and rolled back whatever the work returns (`--dry-run`).
    DryRun,
    /// One consistent read-only snapshot.
    Read,
}

/// A transaction on the store: every typed query runs inside one.
pub struct Tx<'c> {
    inner: TxInner<'c>,
    /// The command's current month, `YYYY-MM` (see [`Store::set_now`]).
    month: String,
}

enum TxInner<'c> {
    Sqlite(rusqlite::Transaction<'c>),
    Postgres(postgres::PgTx<'c>),
}

impl Store {
    /// Open the store at `location`. With [`OpenMode::Existing`] a missing store is "not
    /// found" and nothing is created; a foreign database, or one written by a newer acctl, is
    /// refused without being touched.
    pub fn open(location: &Location, mode: OpenMode) -> Result<Store> {
        let backend = match location {
            Location::Sqlite(path) => {
                let conn = sqlite::open(path, mode)?;
                Backend::Sqlite(conn, sqlite::FileId::of(path)?)
            }
            Location::Postgres(url) => Backend::Postgres(Box::new(postgres::open(url, mode)?)),
        };
        let mut store = Store {
            backend,
            location: location.clone(),
            month: crate::domain::usage::Period::of(crate::domain::clock::Timestamp(
                chrono::Utc::now().timestamp(),
            ))
            .to_string(),
        };
        // A store whose schema exists but holds no account is what a first `apply` or `init`
        // killed between creating the schema and committing its data leaves: no store yet.
        if mode == OpenMode::Existing && store.read(|tx| tx.account())?.is_none() {
            return Err(not_initialised(location));
        }
        Ok(store)
    }

    /// Fix the month that node queries report spending for: the command's clock's (R29, R38).
    pub fn set_now(&mut self, now: crate::domain::clock::Timestamp) {
        self.month = crate::domain::usage::Period::of(now).to_string();
    }

    pub fn location(&self) -> &Location {
        &self.location
    }

    pub fn engine(&self) -> Engine {
        match self.backend {
            Backend::Sqlite(..) => Engine::Sqlite,
            Backend::Postgres(_) => Engine::Postgres,
        }
    }

    /// Run `f` in a write transaction, committing when it returns `Ok`. On PostgreSQL a
    /// conflict with a concurrent transaction runs `f` again (a bounded number of times),
    /// so `f` must only act through `tx`.
    pub fn write<T>(&mut self, f: impl FnMut(&Tx) -> Result<T>) -> Result<T> {
        self.transaction(Mode::Write, f)
    }

    /// Run `f` in a write transaction and roll it back whatever it returns: `--dry-run` does
    /// exactly what the real command would, rule refusals included, and keeps none of it.
    pub fn dry_run<T>(&mut self, f: impl FnMut(&Tx) -> Result<T>) -> Result<T> {
        self.transaction(Mode::DryRun, f)
    }

    /// Run `f` in a read transaction: one consistent snapshot.
    pub fn read<T>(&mut self, f: impl FnMut(&Tx) -> Result<T>) -> Result<T> {
        self.transaction(Mode::Read, f)
    }

    fn transaction<T>(&mut self, mode: Mode, f: impl FnMut(&Tx) -> Result<T>) -> Result<T> {
        let result = match &mut self.backend {
            Backend::Sqlite(conn, file) => {
                let path = match &self.location {
                    Location::Sqlite(path) => path.as_path(),
                    Location::Postgres(_) => unreachable!("a SQLite store has a path"),
                };
                sqlite::transaction(conn, (path, *file), mode, &self.month, f)
            }
            Backend::Postgres(conn) => postgres::transaction(conn, mode, &self.month, f),
        };
        result.map_err(|mut e| {
            // The backend gave up retrying: an enclosing transaction (`store copy` runs one
            // inside another) must not run the whole again.
            e.retryable = false;
            self.contextualise(e)
        })
    }

    /// Remove a store this process created for a command that then failed, only if it is
    /// still empty, judged under the write lock: another process may have written a store
    /// there meanwhile (a second `store copy` to the same place, which won the race), and that
    /// store is kept. On PostgreSQL the tables go in the same transaction as the judgement; a
    /// file is removed right after it. `Ok(false)`: kept.
    pub fn discard_if_empty(mut self) -> Result<bool> {
        if let Backend::Postgres(conn) = &mut self.backend {
            return postgres::drop_schema_if_empty(conn);
        }
        let empty = self.write(|tx| tx.is_empty_store())?;
        if empty {
            if let Location::Sqlite(path) = &self.location {
                let path = path.clone();
                drop(self);
                sqlite::remove_files(&path);
            }
        }
        Ok(empty)
    }

    /// Remove a store that a refused or dry-run first command created at `location`: the
    /// file (and its WAL), whatever it holds; in a PostgreSQL database (which always existed),
    /// acctl's tables only when they hold no row at all, so a store that was there is never
    /// touched.
    pub fn discard_created(location: &Location) -> Result<()> {
        match location {
            Location::Sqlite(path) => {
                sqlite::remove_files(path);
                Ok(())
            }
            Location::Postgres(_) => {
                Store::open(location, OpenMode::Create)?.discard_if_empty()?;
                Ok(())
            }
        }
    }

    fn contextualise(&self, e: Error) -> Error {
        contextualise(&self.location, e)
    }
}

/// Name the store in errors that come from it rather than from the model.
fn contextualise(store: &dyn fmt::Display, mut e: Error) -> Error {
    if e.kind == Kind::Internal && !e.message.starts_with("store ") {
        e.message = format!("store {store}: {}", e.message);
    }
    e
}

fn not_initialised(location: &Location) -> Error {
    let what = match location {
        Location::Sqlite(_) => "no acctl store at",
        Location::Postgres(_) => "no acctl store in the database",
    };
    Error::not_found(format!("{what} {location}")).hint(
        "create one with: acctl init --name NAME (or acctl apply -f FILE), or point --db at it",
    )
}

impl Tx<'_> {
    /// The command's current month, `YYYY-MM`, UTC.
    pub fn month(&self) -> &str {
        &self.month
    }

    pub fn engine(&self) -> Engine {
        match self.inner {
            TxInner::Sqlite(_) => Engine::Sqlite,
            TxInner::Postgres(_) => Engine::Postgres,
        }
    }

    /// Run a statement; the number of rows it changed.
    pub(crate) fn exec(&self, sql: &str, args: Args) -> Result<usize> {
        match &self.inner {
            TxInner::Sqlite(tx) => sqlite::exec(tx, sql, args),
            TxInner::Postgres(tx) => tx.exec(sql, args),
        }
    }

    /// Run a statement that must change exactly one row; any other count means the row this
    /// transaction read is gone, or the store is damaged: an internal error saying `what`.
    pub(crate) fn exec_one(
        &self,
        sql: &str,
        args: Args,
        what: impl FnOnce() -> String,
    ) -> Result<()> {
        match self.exec(sql, args)? {
            1 => Ok(()),
            _ => Err(Error::internal(what()).hint("run acctl check")),
        }
    }

    /// Insert many rows of one table, each row's values in the order of `columns` (a name and
    /// a type each): PostgreSQL's COPY on a server, one cached INSERT per row on a file (as
    /// fast there: no round trips).
    pub(crate) fn insert_many(
        &self,
        table: &str,
        columns: &[(&str, db::ColType)],
        rows: &mut dyn Iterator<Item = Vec<Value>>,
    ) -> Result<u64> {
        let names = columns
            .iter()
            .map(|(name, _)| *name)
            .collect::<Vec<_>>()
            .join(", ");
        match &self.inner {
            TxInner::Postgres(tx) => {
                let types: Vec<_> = columns.iter().map(|(_, t)| postgres::pg_type(*t)).collect();
                tx.copy_in(table, &names, &types, rows)
            }
            TxInner::Sqlite(tx) => sqlite::insert_many(tx, table, &names, columns.len(), rows),
        }
    }

    /// Run statements that take no parameters, in one go.
    pub(crate) fn batch(&self, sql: &str) -> Result<()> {
        match &self.inner {
            TxInner::Sqlite(tx) => Ok(tx.execute_batch(sql)?),
            TxInner::Postgres(tx) => tx.batch(sql),
        }
    }

    /// Every row of a query, mapped by `f`. `f` must not use the transaction.
    pub(crate) fn query_each(
        &self,
        sql: &str,
        args: Args,
        f: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        match &self.inner {
            TxInner::Sqlite(tx) => sqlite::query_each(tx, sql, args, f),
            TxInner::Postgres(tx) => tx.query_each(sql, args, f),
        }
    }

    /// Every row of a query, mapped by `f`, collected.
    pub(crate) fn query_vec<T>(
        &self,
        sql: &str,
        args: Args,
        mut f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        self.query_each(sql, args, |r| {
            out.push(f(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// The first row of a query, if any, mapped by `f`.
    pub(crate) fn query_opt<T>(
        &self,
        sql: &str,
        args: Args,
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        let mut f = Some(f);
        let mut out = None;
        self.query_each(sql, args, |r| {
            if let Some(f) = f.take() {
                out = Some(f(r)?);
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// The first row of a query, which must exist, mapped by `f`.
    pub(crate) fn query_one<T>(
        &self,
        sql: &str,
        args: Args,
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        self.query_opt(sql, args, f)?
            .ok_or_else(|| Error::internal("a query that always answers returned no row"))
    }

    /// A single integer (a count, a sum).
    pub(crate) fn query_i64(&self, sql: &str, args: Args) -> Result<i64> {
        self.query_one(sql, args, |r| r.get(0))
    }
}

/// A time range `[from, to)` as the bounds a query compares `created_at` with; no range is
/// all time.
pub(crate) fn bounds(
    range: Option<(
        crate::domain::clock::Timestamp,
        crate::domain::clock::Timestamp,
    )>,
) -> (i64, i64) {
    range.map_or((i64::MIN, i64::MAX), |(from, to)| (from.0, to.0))
}

/// The condition on `{alias}created_at` that lets a query of charges in a range find them by
/// the `charge_day` index (`created_at / 86400`, which both backends truncate as Rust does):
/// the days the range touches, as literal integers. Empty for all time (the [`bounds`] of no
/// range), which reads the whole table anyway. The query keeps its exact bounds beside it.
pub(crate) fn charge_days(alias: &str, (from, to): (i64, i64)) -> String {
    if (from, to) == (i64::MIN, i64::MAX) {
        return String::new();
    }
    format!(
        " AND {alias}created_at / 86400 BETWEEN {} AND {}",
        from / 86_400,
        to.saturating_sub(1) / 86_400
    )
}
