//! The PostgreSQL backend: connecting (libpq's conventions: `PGPASSWORD`, `~/.pgpass`,
//! `sslmode`), migrations kept in a version table, transactions that serialise writers and
//! retry conflicts, and the driver's side of the [`super::db`] seam.
//!
//! Writers are serialised by a row lock on the store's one `acctl_meta` row, taken first in
//! every write transaction (READ COMMITTED): like SQLite's `BEGIN IMMEDIATE`, every statement
//! after it sees every commit before it, so a check and its write are one step for every
//! process on every machine, and the audit log stays one chain. Readers take a REPEATABLE
//! READ snapshot and never wait. The lock is `SELECT ... FOR UPDATE`, which the
//! PostgreSQL-compatible distributed engines accept too (no advisory locks).

mod connect;

pub use connect::*;

use super::db::{self, values, Args, Row, Value};
use super::{not_initialised, schema, Location, Mode, OpenMode, Tx, TxInner, BUSY_TIMEOUT};
use crate::error::{Error, Result};
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{IsNull, ToSql, Type};
use postgres::{Client, IsolationLevel, Statement};
use std::cell::RefCell;
use std::collections::HashMap;
use std::time::Duration;

/// How long connecting may take before the server counts as unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// How many times a transaction that lost a conflict with another is run again.
const RETRIES: u32 = 12;
/// The statement that takes the write lock (and proves the schema is there).
const WRITE_LOCK: &str = "SELECT schema_version FROM acctl_meta WHERE singleton = 1 FOR UPDATE";
/// The tables of an acctl store that hold its rows (`acctl_meta` aside): to recognise a
/// database that holds someone else's, and to tell an empty store.
const TABLES: [&str; 17] = [
    "account",
    "billing_account",
    "node",
    "label",
    "resource",
    "user",
    "grant_",
    "api_key",
    "key_secret",
    "topup",
    "charge",
    "audit",
    "spend_month",
    "reversal",
    "transfer",
    "alert",
    "charge_month",
];

/// [`TABLES`] as SQL names, each quoted (`user` is a keyword), joined by `sep`.
fn tables_sql(quote: char, sep: &str) -> String {
    TABLES
        .iter()
        .map(|t| format!("{quote}{t}{quote}"))
        .collect::<Vec<_>>()
        .join(sep)
}

/// An open connection, with the statements it has prepared.
pub(super) struct Conn {
    client: Client,
    cache: RefCell<HashMap<String, Statement>>,
}

/// A transaction on a connection.
pub(super) struct PgTx<'c> {
    tx: RefCell<postgres::Transaction<'c>>,
    cache: &'c RefCell<HashMap<String, Statement>>,
}

/// Create the schema in an empty database, or bring an older one up to date; refuse a
/// database that holds something else, or a schema newer than this acctl knows.
fn migrate(conn: &mut Conn, location: &Location, mode: OpenMode) -> Result<()> {
    let latest = schema::POSTGRES.len() as i64;
    for _ in 0..5 {
        let row = conn.client.query_one(
            &format!(
                "SELECT current_schema()::text, \
                 (SELECT count(*) FROM information_schema.tables \
                  WHERE table_schema = current_schema() AND table_name = 'acctl_meta'), \
                 (SELECT count(*) FROM information_schema.tables \
                  WHERE table_schema = current_schema() AND table_name IN ({}))",
                tables_sql('\'', ", ")
            ),
            &[],
        )?;
        let Some(schema_name) = row.get::<_, Option<String>>(0) else {
            return Err(Error::internal(format!(
                "the database at {location} has no schema to hold a store: its search_path names none that exists"
            ))
            .hint("create the schema, or set search_path in the URL: ?options=-c%20search_path%3DNAME"));
        };
        let has_meta: i64 = row.get(1);
        let ours: i64 = row.get(2);
        if has_meta == 0 {
            if ours > 0 {
                return Err(Error::internal(format!(
                    "schema {schema_name} of {location} is not an acctl store (it holds other tables)"
                ))
                .hint("point --db at an empty database or schema for acctl init"));
            }
            if mode == OpenMode::Existing {
                return Err(not_initialised(location));
            }
            match create_schema(&mut conn.client, latest) {
                Ok(()) => return Ok(()),
                // Another process created it meanwhile: look again.
                Err(e) if is_duplicate_object(&e) => continue,
                Err(e) => return Err(e.into()),
            }
        }
        let (version, app): (i64, String) = {
            let r = conn
                .client
                .query_one("SELECT schema_version, application FROM acctl_meta", &[])?;
            (r.get(0), r.get(1))
        };
        if app != "acctl" {
            return Err(Error::internal(format!(
                "schema {schema_name} of {location} is not an acctl store"
            )));
        }
        if version > latest {
            return Err(Error::internal(format!(
                "store {location} was written by a newer acctl (schema version {version}, this acctl knows up to {latest})"
            ))
            .hint("upgrade acctl; the store was not touched"));
        }
        if version < latest {
            let mut tx = conn.client.transaction()?;
            let current: i64 = tx.query_one(WRITE_LOCK, &[])?.get(0);
            for sql in schema::POSTGRES.iter().skip(current as usize) {
                tx.batch_execute(sql)?;
            }
            tx.execute(
                "UPDATE acctl_meta SET schema_version = $1 WHERE singleton = 1",
                &[&latest],
            )?;
            tx.commit()?;
        }
        return Ok(());
    }
    Err(Error::internal(format!(
        "the schema of {location} kept changing while acctl opened it"
    )))
}

fn create_schema(client: &mut Client, latest: i64) -> std::result::Result<(), postgres::Error> {
    let mut tx = client.transaction()?;
    for sql in schema::POSTGRES {
        tx.batch_execute(sql)?;
    }
    tx.execute(
        "INSERT INTO acctl_meta (singleton, schema_version, application) VALUES (1, $1, 'acctl')",
        &[&latest],
    )?;
    tx.commit()
}

fn is_duplicate_object(e: &postgres::Error) -> bool {
    e.as_db_error()
        .is_some_and(|d| matches!(d.code().code(), "42P07" | "42710" | "23505" | "42P06"))
}

/// The type PostgreSQL's binary COPY writes for a column of this type.
pub(super) fn pg_type(t: db::ColType) -> Type {
    match t {
        db::ColType::Text => Type::TEXT,
        db::ColType::Int => Type::INT8,
    }
}

/// Run `f` in a transaction; a serialization failure or deadlock runs it again after a short,
/// growing, jittered pause, a bounded number of times, so the caller never sees one.
pub(super) fn transaction<T>(
    conn: &mut Conn,
    mode: Mode,
    month: &str,
    mut f: impl FnMut(&Tx) -> Result<T>,
) -> Result<T> {
    let mut attempt = 0;
    loop {
        match run_once(conn, mode, month, &mut f) {
            Err(e) if e.retryable && attempt < RETRIES => {
                attempt += 1;
                std::thread::sleep(backoff(attempt));
            }
            other => return other,
        }
    }
}

fn backoff(attempt: u32) -> Duration {
    let base = 5u64 << attempt.min(8);
    let jitter = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::from(d.subsec_nanos()) % base.max(1));
    Duration::from_millis((base + jitter).min(1_000))
}

fn run_once<T>(
    conn: &mut Conn,
    mode: Mode,
    month: &str,
    f: &mut impl FnMut(&Tx) -> Result<T>,
) -> Result<T> {
    let Conn { client, cache } = conn;
    let builder = client.build_transaction();
    let mut t = match mode {
        Mode::Read => builder
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?,
        Mode::Write | Mode::DryRun => builder
            .isolation_level(IsolationLevel::ReadCommitted)
            .start()?,
    };
    if mode != Mode::Read {
        t.query(WRITE_LOCK, &[])?;
    }
    let tx = Tx {
        inner: TxInner::Postgres(PgTx {
            tx: RefCell::new(t),
            cache,
        }),
        month: month.to_string(),
    };
    let value = f(&tx)?;
    let TxInner::Postgres(p) = tx.inner else {
        unreachable!("a PostgreSQL transaction")
    };
    let t = p.tx.into_inner();
    match mode {
        Mode::Write => t.commit()?,
        Mode::DryRun | Mode::Read => t.rollback()?,
    }
    Ok(value)
}

impl PgTx<'_> {
    fn statement(&self, sql: &str) -> Result<Statement> {
        if let Some(s) = self.cache.borrow().get(sql) {
            return Ok(s.clone());
        }
        let st = self.tx.borrow_mut().prepare(&db::to_postgres(sql))?;
        self.cache.borrow_mut().insert(sql.to_string(), st.clone());
        Ok(st)
    }

    pub(super) fn exec(&self, sql: &str, args: Args) -> Result<usize> {
        let st = self.statement(sql)?;
        let vals = values(args);
        let params: Vec<&(dyn ToSql + Sync)> =
            vals.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        let n = self.tx.borrow_mut().execute(&st, &params)?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    pub(super) fn batch(&self, sql: &str) -> Result<()> {
        Ok(self.tx.borrow_mut().batch_execute(sql)?)
    }

    /// Write many rows with one `COPY ... FROM STDIN (FORMAT binary)`: no round trip per
    /// row, and no text escaping (the values are sent typed).
    pub(super) fn copy_in(
        &self,
        table: &str,
        columns: &str,
        types: &[Type],
        rows: &mut dyn Iterator<Item = Vec<Value>>,
    ) -> Result<u64> {
        let mut tx = self.tx.borrow_mut();
        let writer = tx.copy_in(&format!(
            "COPY {table} ({columns}) FROM STDIN (FORMAT binary)"
        ))?;
        let mut writer = postgres::binary_copy::BinaryCopyInWriter::new(writer, types);
        for row in rows {
            let refs: Vec<&(dyn ToSql + Sync)> =
                row.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
            writer.write(&refs)?;
        }
        Ok(writer.finish()?)
    }

    pub(super) fn query_each(
        &self,
        sql: &str,
        args: Args,
        mut f: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        let st = self.statement(sql)?;
        let vals = values(args);
        let mut tx = self.tx.borrow_mut();
        let mut rows = tx.query_raw(&st, vals.iter())?;
        while let Some(r) = rows.next()? {
            f(&Row::Postgres(&r))?;
        }
        Ok(())
    }
}

fn col_type(r: &postgres::Row, i: usize) -> Result<Type> {
    r.columns()
        .get(i)
        .map(|c| c.type_().clone())
        .ok_or_else(|| db::malformed(i, "no such column"))
}

/// Column `i` as an integer, whichever integer (or boolean) type the server sent.
pub(super) fn int_col(r: &postgres::Row, i: usize) -> Result<Option<i64>> {
    let ty = col_type(r, i)?;
    Ok(match ty {
        Type::INT8 => r.try_get::<_, Option<i64>>(i)?,
        Type::INT4 => r.try_get::<_, Option<i32>>(i)?.map(i64::from),
        Type::INT2 => r.try_get::<_, Option<i16>>(i)?.map(i64::from),
        Type::BOOL => r.try_get::<_, Option<bool>>(i)?.map(i64::from),
        Type::TEXT | Type::VARCHAR => match r.try_get::<_, Option<&str>>(i)? {
            None => None,
            Some(s) => Some(
                s.parse()
                    .map_err(|_| db::malformed(i, "text where a number belongs"))?,
            ),
        },
        _ => return Err(db::malformed(i, "a value that is not an integer")),
    })
}

/// Column `i` whatever its type.
pub(super) fn value_col(r: &postgres::Row, i: usize) -> Result<Value> {
    let ty = col_type(r, i)?;
    Ok(match ty {
        Type::INT8 | Type::INT4 | Type::INT2 | Type::BOOL => {
            int_col(r, i)?.map_or(Value::Null, Value::Int)
        }
        Type::BYTEA => r
            .try_get::<_, Option<Vec<u8>>>(i)?
            .map_or(Value::Null, Value::Blob),
        _ => r
            .try_get::<_, Option<String>>(i)?
            .map_or(Value::Null, Value::Text),
    })
}

impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(n) => match *ty {
                Type::INT8 => n.to_sql(ty, out),
                Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*n)?.to_sql(ty, out),
                Type::BOOL => (*n != 0).to_sql(ty, out),
                _ => n.to_string().as_str().to_sql(ty, out),
            },
            Value::Text(s) => s.as_str().to_sql(ty, out),
            Value::Blob(b) => b.as_slice().to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Self {
        let Some(db) = e.as_db_error() else {
            if e.is_closed() {
                return Error::internal("the connection to the PostgreSQL server was lost")
                    .hint("check the server; a command that lost its connection before it answered may not have been committed");
            }
            return Error::internal(format!("PostgreSQL: {e}"));
        };
        let msg = db.message();
        match db.code().code() {
            "40001" | "40P01" => {
                let mut err = Error::internal(format!(
                    "a concurrent transaction kept conflicting with this one: {msg}"
                ));
                err.retryable = true;
                err
            }
            "55P03" => Error::internal(format!(
                "the store stayed locked by another process for longer than the lock timeout \
                 ({}s, or the URL's lock_timeout); nothing was written",
                BUSY_TIMEOUT.as_secs()
            ))
            .hint("another acctl is writing to the store: run the command again"),
            "25006" => Error::internal("cannot write: the database is read-only")
                .hint("point --db at the primary server, or use a copy"),
            "53100" => Error::internal("the database server's disk is full; nothing was written"),
            "42501" => Error::internal(format!("PostgreSQL refused: {msg}"))
                .hint("grant the connecting role the rights on the store's schema and tables"),
            "P0001" => Error::conflict(format!("the store refused the change: {msg}")),
            c if c.starts_with("23") => {
                Error::conflict(format!("the store refused the change: {msg}"))
            }
            _ => Error::internal(format!("PostgreSQL: {msg}")),
        }
    }
}

/// The statements that remove every table and function of an acctl schema.
/// Remove every table and function of an acctl schema, only if no table of the store holds a
/// row, judged and done in one transaction that first takes `acctl_meta` whole: a writer
/// waiting for the store's write lock (a second `store copy` to the same place) then holds
/// nothing the drop needs, and one that got there first has committed before the judgement.
/// `Ok(false)`: kept.
pub(super) fn drop_schema_if_empty(conn: &mut Conn) -> Result<bool> {
    let mut t = conn.client.transaction()?;
    t.batch_execute("LOCK TABLE acctl_meta IN ACCESS EXCLUSIVE MODE")?;
    let holds = TABLES
        .iter()
        .map(|table| format!("EXISTS (SELECT 1 FROM \"{table}\")"))
        .collect::<Vec<_>>()
        .join(" OR ");
    let holds: bool = t.query_one(&format!("SELECT {holds}"), &[])?.get(0);
    if holds {
        t.rollback()?;
        return Ok(false);
    }
    t.batch_execute(&format!(
        "DROP TABLE IF EXISTS {}, acctl_meta CASCADE; \
         DROP FUNCTION IF EXISTS acctl_node_depth(), acctl_node_fixed_parent(), \
         acctl_grant_not_on_subproject(), acctl_audit_append_only();",
        tables_sql('"', ", ")
    ))?;
    t.commit()?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::{redact, split_pgpass};

    #[test]
    fn r27_urls_are_shown_without_their_password() {
        assert_eq!(
            redact("postgres://bob:s3cr%40t@db.example:5433/acctl?sslmode=require"),
            "postgres://bob@db.example:5433/acctl?sslmode=require"
        );
        assert_eq!(
            redact("postgresql://h/db?user=x&password=hunter2"),
            "postgresql://h/db?user=x&password=***"
        );
        assert_eq!(redact("postgres://h:5432/db"), "postgres://h:5432/db");
        assert_eq!(redact("postgres://a:b:c@h"), "postgres://a@h");
    }

    #[test]
    fn pgpass_fields_split_on_unescaped_colons() {
        assert_eq!(
            split_pgpass(r"h:5432:*:bob:pa\:ss\\word"),
            vec!["h", "5432", "*", "bob", r"pa:ss\word"]
        );
    }
}
