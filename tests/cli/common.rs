//! The harness: every test drives the real `acctl` binary in a temporary directory, with a
//! cleared environment, its own store and config, a fixed clock and no colour.
//!
//! The same tests run once per backend: the crate root (`tests/cli/main.rs` for SQLite,
//! `tests/cli_pg/main.rs` for PostgreSQL) says which in `BACKEND`. On PostgreSQL each sandbox's
//! store is a schema of its own on one server (see `pg.rs`).

use crate::pg;
use assert_cmd::Command;
use serde_json::Value;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The store every sandbox of this test binary uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// A file `acctl.db` in the sandbox's directory.
    Sqlite,
    /// A schema of its own on the test server (`ACCTL_TEST_PG`, or a throwaway cluster).
    Postgres,
}

/// Return from the test at once unless the store is a SQLite file; say why in `$why`.
#[macro_export]
macro_rules! sqlite_only {
    ($s:expr, $why:literal) => {
        if !$s.sqlite() {
            eprintln!("skipped on PostgreSQL: {}", $why);
            return;
        }
    };
}

/// The fixed time every test runs at.
pub const NOW: &str = "2026-11-23T09:00:00Z";

/// One sandbox: a temp dir holding the store and an (empty) config file.
pub struct Sandbox {
    pub dir: TempDir,
    pub now: String,
    /// The sandbox's schema when the backend is PostgreSQL.
    schema: Option<pg::Schema>,
}

/// What one run of acctl did.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    /// stdout, stderr and the exit code together, with ids masked: for snapshots.
    pub fn snap(&self) -> String {
        let mut s = format!("exit: {}\n", self.code);
        if !self.stdout.is_empty() {
            s.push_str("--- stdout\n");
            s.push_str(&self.stdout);
        }
        if !self.stderr.is_empty() {
            s.push_str("--- stderr\n");
            s.push_str(&self.stderr);
        }
        mask(&s)
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// Replace UUIDs (8-4-4-4-12 hex digits) with `[uuid]` so snapshots are stable.
pub fn mask(s: &str) -> String {
    let bytes: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let shape = [8, 4, 4, 4, 12];
    'outer: while i < bytes.len() {
        let mut j = i;
        for (n, len) in shape.iter().enumerate() {
            for _ in 0..*len {
                if j >= bytes.len() || !bytes[j].is_ascii_hexdigit() {
                    out.push(bytes[i]);
                    i += 1;
                    continue 'outer;
                }
                j += 1;
            }
            if n < 4 {
                if j >= bytes.len() || bytes[j] != '-' {
                    out.push(bytes[i]);
                    i += 1;
                    continue 'outer;
                }
                j += 1;
            }
        }
        out.push_str("[uuid]");
        i = j;
    }
    out
}

impl Sandbox {
    /// A sandbox with no store yet.
    pub fn empty() -> Sandbox {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("config.toml"), "").expect("config");
        let schema = match crate::BACKEND {
            Backend::Sqlite => None,
            Backend::Postgres => Some(pg::Schema::create()),
        };
        Sandbox {
            dir,
            now: NOW.to_string(),
            schema,
        }
    }

    /// A sandbox with a store made by `acctl init --name Acme` (EUR, postpaid).
    pub fn new() -> Sandbox {
        let s = Sandbox::empty();
        s.ok(&["init", "--name", "Acme", "--currency", "EUR"]);
        s
    }

    /// Whether this sandbox's store is a SQLite file (the other backend is PostgreSQL).
    pub fn sqlite(&self) -> bool {
        crate::BACKEND == Backend::Sqlite
    }

    /// The SQLite store file. Only for tests about the file itself (`sqlite_only!`): on
    /// PostgreSQL there is none, so asking for it is a mistake in the test.
    pub fn db(&self) -> PathBuf {
        assert!(
            self.sqlite(),
            "s.db() is the SQLite file; on PostgreSQL use s.db_url(), s.has_store() or s.sql()"
        );
        self.dir.path().join("acctl.db")
    }

    /// What `ACCTL_DB` (or `--db`) names for this sandbox: the file path, or the schema's URL.
    pub fn db_url(&self) -> String {
        match &self.schema {
            Some(schema) => schema.url.clone(),
            None => self
                .dir
                .path()
                .join("acctl.db")
                .to_string_lossy()
                .into_owned(),
        }
    }

    /// Whether a store has been created: the file exists, or the schema holds tables.
    pub fn has_store(&self) -> bool {
        match &self.schema {
            Some(schema) => schema.has_tables(),
            None => self.dir.path().join("acctl.db").exists(),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The command, with a cleared environment pointing into the sandbox.
    pub fn command(&self, args: &[&str]) -> Command {
        Command::from_std(self.process(args))
    }

    /// [`Sandbox::command`] as a plain process, for a test that runs one in the background
    /// (`.spawn()`) while it does something else.
    pub fn process(&self, args: &[&str]) -> std::process::Command {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("acctl"));
        c.env_clear()
            .env("ACCTL_DB", self.db_url())
            .env("ACCTL_CONFIG", self.dir.path().join("config.toml"))
            .env("ACCTL_NOW", &self.now)
            .env("NO_COLOR", "1")
            .env("HOME", self.dir.path())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .current_dir(self.dir.path())
            .args(args);
        c
    }

    /// Run acctl with `args`.
    pub fn run(&self, args: &[&str]) -> Outcome {
        self.run_with(args, |_| {})
    }

    /// Run acctl with `args`, after adjusting the command (extra env, stdin).
    pub fn run_with(&self, args: &[&str], adjust: impl FnOnce(&mut Command)) -> Outcome {
        let mut c = self.command(args);
        adjust(&mut c);
        let out = c.output().expect("run acctl");
        Outcome {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Run and expect success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(o.code, 0, "acctl {args:?} failed:\n{}", o.snap());
        o.stdout
    }

    /// Run with `-o json` and expect success; returns the document.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut full = vec!["-o", "json"];
        full.extend_from_slice(args);
        let o = self.run(&full);
        assert_eq!(o.code, 0, "acctl {args:?} failed:\n{}", o.snap());
        o.json()
    }

    /// Run with `-q` and expect success; returns the first id printed.
    pub fn id(&self, args: &[&str]) -> String {
        let mut full = vec!["-q"];
        full.extend_from_slice(args);
        let out = self.ok(&full);
        out.lines().next().unwrap_or_default().to_string()
    }

    /// Every row of every table, in a stable order: equal fingerprints mean an unchanged store.
    pub fn fingerprint(&self) -> String {
        self.fingerprint_where(None)
    }

    /// Every row of every table but `skip`.
    pub fn fingerprint_where(&self, skip: Option<&str>) -> String {
        match &self.schema {
            Some(schema) => pg_fingerprint(&schema.name, skip),
            None => sqlite_fingerprint_where(&self.dir.path().join("acctl.db"), skip),
        }
    }

    /// Run `args`, expect exit `code`, and assert the store did not change; returns the outcome.
    pub fn refused(&self, args: &[&str], code: i32) -> Outcome {
        let before = self.fingerprint();
        let o = self.run(args);
        assert_refusal(&o, args, code);
        assert_eq!(
            before,
            self.fingerprint(),
            "acctl {args:?} changed the store"
        );
        o
    }

    /// Run `args` as the API key whose secret is given (through `ACCTL_KEY`, never argv).
    pub fn run_key(&self, secret: &str, args: &[&str]) -> Outcome {
        self.run_with(args, |c| {
            c.env("ACCTL_KEY", secret);
        })
    }

    /// Run as a key and expect success; returns stdout.
    pub fn ok_key(&self, secret: &str, args: &[&str]) -> String {
        let o = self.run_key(secret, args);
        assert_eq!(o.code, 0, "acctl {args:?} as a key failed:\n{}", o.snap());
        o.stdout
    }

    /// Run as a key, expect exit `code`, and assert that nothing changed but, for a denial
    /// (exit 5), exactly one new audit entry recording the refused attempt (R25).
    pub fn refused_key(&self, secret: &str, args: &[&str], code: i32) -> Outcome {
        let before = self.fingerprint_where(Some("audit"));
        let entries = self.audit_count();
        let o = self.run_key(secret, args);
        assert_refusal(&o, args, code);
        assert_eq!(
            before,
            self.fingerprint_where(Some("audit")),
            "acctl {args:?} as a key changed the store"
        );
        let expected = if code == 5 { entries + 1 } else { entries };
        assert_eq!(self.audit_count(), expected, "audit entries after {args:?}");
        if code == 5 {
            let outcome = self
                .sql()
                .query_string("SELECT outcome FROM audit ORDER BY seq DESC LIMIT 1");
            assert_eq!(outcome, "denied");
        }
        o
    }

    /// A key naming what it does not reach (R24): answered "not found" (exit 3) as an unknown
    /// name is, the store unchanged, and the attempt audited as refused (R25).
    pub fn refused_key_unseen(&self, secret: &str, args: &[&str]) -> Outcome {
        let before = self.fingerprint_where(Some("audit"));
        let entries = self.audit_count();
        let o = self.run_key(secret, args);
        assert_refusal(&o, args, 3);
        assert_eq!(
            before,
            self.fingerprint_where(Some("audit")),
            "acctl {args:?} as a key changed the store"
        );
        assert_eq!(
            self.audit_count(),
            entries + 1,
            "audit entries after {args:?}"
        );
        let outcome = self
            .sql()
            .query_string("SELECT outcome FROM audit ORDER BY seq DESC LIMIT 1");
        assert_eq!(outcome, "denied");
        o
    }

    pub fn audit_count(&self) -> i64 {
        self.sql().query_i64("SELECT count(*) FROM audit")
    }

    /// Issue a key on `target` (as the operator); returns its id and secret.
    pub fn issue_key(&self, target: &str) -> (String, String) {
        self.issue_key_with(target, &[])
    }

    /// [`Sandbox::issue_key`] with more flags (`--expires-in 1h`, `--role read`).
    pub fn issue_key_with(&self, target: &str, flags: &[&str]) -> (String, String) {
        let k = self.json(&[&["key", "issue", target][..], flags].concat());
        (
            k["id"].as_str().unwrap().to_string(),
            k["secret"].as_str().unwrap().to_string(),
        )
    }

    /// Raw SQL on the store, for tests that go around acctl, on either backend.
    pub fn sql(&self) -> Sql {
        match &self.schema {
            Some(schema) => Sql::Postgres(RefCell::new(pg::connect(&schema.url))),
            None => Sql::Sqlite(
                rusqlite::Connection::open(self.dir.path().join("acctl.db")).expect("open store"),
            ),
        }
    }
}

/// A refusal: exit `code`, nothing on stdout, one `error:` line first on stderr.
fn assert_refusal(o: &Outcome, args: &[&str], code: i32) {
    assert_eq!(o.code, code, "acctl {args:?}:\n{}", o.snap());
    assert!(
        o.stdout.is_empty(),
        "a refusal printed on stdout:\n{}",
        o.snap()
    );
    assert!(
        o.stderr.starts_with("error: "),
        "no error line:\n{}",
        o.snap()
    );
}

/// A connection to a sandbox's store, the same few calls on both backends. Write the SQL that
/// both accept: `?1`-style parameters (rewritten to `$1` for PostgreSQL), `"user"` quoted,
/// `CAST(sum(x) AS BIGINT)` or [`Sql::query_i64`] (which reads PostgreSQL's NUMERIC too).
/// Parameters are text. Results come back as text (`None` for NULL).
pub enum Sql {
    Sqlite(rusqlite::Connection),
    Postgres(RefCell<postgres::Client>),
}

/// What kind of rule a refused statement broke, the same on both backends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Violation {
    Unique,
    Check,
    ForeignKey,
    /// A trigger raised an error (its message says which rule).
    Raised,
    Other,
}

/// A statement the store refused: its message and the kind of rule it broke.
#[derive(Debug)]
pub struct SqlError {
    pub message: String,
    pub violation: Violation,
}

impl std::fmt::Display for SqlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({:?})", self.message, self.violation)
    }
}

impl From<rusqlite::Error> for SqlError {
    fn from(e: rusqlite::Error) -> SqlError {
        use rusqlite::ffi;
        let violation = match e.sqlite_error().map(|f| f.extended_code) {
            Some(ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY) => {
                Violation::Unique
            }
            Some(ffi::SQLITE_CONSTRAINT_CHECK) => Violation::Check,
            Some(ffi::SQLITE_CONSTRAINT_FOREIGNKEY) => Violation::ForeignKey,
            Some(ffi::SQLITE_CONSTRAINT_TRIGGER) => Violation::Raised,
            _ => Violation::Other,
        };
        SqlError {
            message: e.to_string(),
            violation,
        }
    }
}

impl From<postgres::Error> for SqlError {
    fn from(e: postgres::Error) -> SqlError {
        let Some(db) = e.as_db_error() else {
            return SqlError {
                message: e.to_string(),
                violation: Violation::Other,
            };
        };
        let violation = match db.code().code() {
            "23505" => Violation::Unique,
            "23514" => Violation::Check,
            "23503" => Violation::ForeignKey,
            "P0001" => Violation::Raised,
            _ => Violation::Other,
        };
        SqlError {
            message: db.message().to_string(),
            violation,
        }
    }
}

impl Sql {
    /// Run one statement with text parameters `?1`, `?2`...; returns the rows it changed.
    pub fn execute(&self, sql: &str, params: &[&str]) -> Result<u64, SqlError> {
        match self {
            Sql::Sqlite(c) => Ok(c.execute(sql, rusqlite::params_from_iter(params))? as u64),
            Sql::Postgres(c) => {
                let mut c = c.borrow_mut();
                let types = vec![postgres::types::Type::TEXT; params.len()];
                let st = c.prepare_typed(&dollar_params(sql), &types)?;
                let args: Vec<&(dyn postgres::types::ToSql + Sync)> = params
                    .iter()
                    .map(|p| p as &(dyn postgres::types::ToSql + Sync))
                    .collect();
                Ok(c.execute(&st, &args)?)
            }
        }
    }

    /// Run statements separated by `;`, without parameters.
    pub fn execute_batch(&self, sql: &str) -> Result<(), SqlError> {
        match self {
            Sql::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Sql::Postgres(c) => Ok(c.borrow_mut().batch_execute(sql)?),
        }
    }

    /// Drop the store's trigger `name` on `table`, to go around a rule it enforces.
    pub fn drop_trigger(&self, name: &str, table: &str) {
        let sql = match self {
            Sql::Sqlite(_) => format!("DROP TRIGGER {name}"),
            Sql::Postgres(_) => format!("DROP TRIGGER {name} ON {table}"),
        };
        self.execute_batch(&sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// Every row of a query, every value as text (`None` for NULL).
    pub fn query_rows(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        self.try_query_rows(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    fn try_query_rows(&self, sql: &str) -> Result<Vec<Vec<Option<String>>>, SqlError> {
        match self {
            Sql::Sqlite(c) => {
                let mut st = c.prepare(sql)?;
                let n = st.column_count();
                let rows = st.query_map([], |r| {
                    (0..n)
                        .map(|i| {
                            Ok(match r.get::<_, rusqlite::types::Value>(i)? {
                                rusqlite::types::Value::Null => None,
                                rusqlite::types::Value::Integer(v) => Some(v.to_string()),
                                rusqlite::types::Value::Real(v) => Some(v.to_string()),
                                rusqlite::types::Value::Text(v) => Some(v),
                                rusqlite::types::Value::Blob(v) => {
                                    Some(v.iter().map(|b| format!("{b:02x}")).collect::<String>())
                                }
                            })
                        })
                        .collect::<rusqlite::Result<Vec<_>>>()
                })?;
                Ok(rows.collect::<rusqlite::Result<_>>()?)
            }
            Sql::Postgres(c) => {
                // The simple protocol answers in text: NUMERIC, BIGINT and TEXT alike.
                let messages = c.borrow_mut().simple_query(sql)?;
                Ok(messages
                    .iter()
                    .filter_map(|m| match m {
                        postgres::SimpleQueryMessage::Row(r) => {
                            Some((0..r.len()).map(|i| r.get(i).map(str::to_string)).collect())
                        }
                        _ => None,
                    })
                    .collect())
            }
        }
    }

    /// The one row of a query (panics on none or more).
    pub fn query_row(&self, sql: &str) -> Vec<Option<String>> {
        let mut rows = self.query_rows(sql);
        assert_eq!(rows.len(), 1, "{sql}: {} rows", rows.len());
        rows.remove(0)
    }

    /// The one row of a query, every value an integer (NULL is a failure).
    pub fn query_i64s(&self, sql: &str) -> Vec<i64> {
        self.query_row(sql)
            .into_iter()
            .map(|v| parse_i64(sql, v.as_deref()))
            .collect()
    }

    /// The one value of a query: an integer (INTEGER, BIGINT, or NUMERIC without fraction).
    pub fn query_i64(&self, sql: &str) -> i64 {
        self.query_opt_i64(sql)
            .unwrap_or_else(|| panic!("{sql}: NULL"))
    }

    pub fn query_opt_i64(&self, sql: &str) -> Option<i64> {
        let v = self.query_opt_string(sql)?;
        Some(parse_i64(sql, Some(&v)))
    }

    /// The one value of a query, as text.
    pub fn query_string(&self, sql: &str) -> String {
        self.query_opt_string(sql)
            .unwrap_or_else(|| panic!("{sql}: NULL"))
    }

    pub fn query_opt_string(&self, sql: &str) -> Option<String> {
        let row = self.query_row(sql);
        assert_eq!(row.len(), 1, "{sql}: {} columns", row.len());
        row.into_iter().next().flatten()
    }

    /// The first column of every row, as text (NULL is a failure).
    pub fn query_strings(&self, sql: &str) -> Vec<String> {
        self.query_rows(sql)
            .into_iter()
            .map(|r| {
                r.into_iter()
                    .next()
                    .flatten()
                    .unwrap_or_else(|| panic!("{sql}: NULL"))
            })
            .collect()
    }
}

fn parse_i64(sql: &str, v: Option<&str>) -> i64 {
    let v = v.unwrap_or_else(|| panic!("{sql}: NULL"));
    v.parse()
        .unwrap_or_else(|_| panic!("{sql}: {v:?} is not an integer"))
}

/// `?1` -> `$1`, outside quoted strings and names: the tests' SQL in PostgreSQL's terms.
pub fn dollar_params(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '?') if chars.peek().is_some_and(char::is_ascii_digit) => {
                out.push('$');
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// Every row of every table of the SQLite file at `db` (a store or a backup).
pub fn sqlite_fingerprint(db: &Path) -> String {
    sqlite_fingerprint_where(db, None)
}

/// Every row of every table but `skip`, and the schema version.
pub fn sqlite_fingerprint_where(db: &Path, skip: Option<&str>) -> String {
    if !db.exists() {
        return "<no store>".into();
    }
    let conn = rusqlite::Connection::open(db).expect("open store");
    let mut tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables.retain(|t| !t.starts_with("sqlite_") && Some(t.as_str()) != skip);
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("# {t}\n"));
        let mut st = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = st.column_count();
        let mut rows: Vec<String> = st
            .query_map([], |r| {
                let mut cells = Vec::with_capacity(n);
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    cells.push(format!("{v:?}"));
                }
                Ok(cells.join("|"))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        for r in rows {
            out.push_str(&r);
            out.push('\n');
        }
    }
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    out.push_str(&format!("user_version {version}\n"));
    out
}

/// Every row of every table of the PostgreSQL schema `schema` but `skip` (the schema version
/// is a table there, `acctl_meta`). Every value is cast to text and quoted, NULL as NULL.
pub fn pg_fingerprint(schema: &str, skip: Option<&str>) -> String {
    let sql = Sql::Postgres(RefCell::new(pg::connect(pg::server_url())));
    let columns = sql.query_rows(&format!(
        "SELECT c.table_name::text, c.column_name::text FROM information_schema.columns c \
         JOIN information_schema.tables t \
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
         WHERE c.table_schema = '{schema}' AND t.table_type = 'BASE TABLE' \
         ORDER BY c.table_name COLLATE \"C\", c.ordinal_position"
    ));
    if columns.is_empty() {
        return "<no store>".into();
    }
    let mut tables: Vec<(String, Vec<String>)> = Vec::new();
    for row in columns {
        let (table, column) = (row[0].clone().unwrap(), row[1].clone().unwrap());
        if Some(table.as_str()) == skip {
            continue;
        }
        match tables.last_mut() {
            Some((t, cols)) if *t == table => cols.push(column),
            _ => tables.push((table, vec![column])),
        }
    }
    let mut out = String::new();
    for (table, cols) in tables {
        out.push_str(&format!("# {table}\n"));
        let cells: Vec<String> = cols
            .iter()
            .map(|c| format!("quote_nullable(\"{c}\"::text)"))
            .collect();
        let mut rows: Vec<String> = sql
            .query_rows(&format!(
                "SELECT concat_ws('|', {}) FROM \"{schema}\".\"{table}\"",
                cells.join(", ")
            ))
            .into_iter()
            .map(|r| r[0].clone().unwrap_or_default())
            .collect();
        rows.sort();
        for r in rows {
            out.push_str(&r);
            out.push('\n');
        }
    }
    out
}
