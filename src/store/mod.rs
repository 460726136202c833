//! The SQLite store: opening (pragmas, migrations), transactions and typed queries.
//! SQL lives here and nowhere else; no printing, no command-line types.

mod access;
mod account;
mod audit;
mod backup;
mod billing;
mod check;
mod nodes;
mod resources;
mod schema;
mod usage;

pub use access::KeyFilter;
pub use audit::GENESIS as AUDIT_GENESIS;
pub use audit::{hex, AuditEntry, AuditFilter, GENESIS};
pub use nodes::{NewNode, NodeFilter};

use crate::error::{Error, Kind, Result};
use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a writer waits for another process's write transaction before giving up.
/// Write transactions are short (milliseconds), so this is only reached by a stuck process.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Whether a command may create the store file (`init`, `apply`) or needs it to exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    Existing,
    Create,
}

/// How a transaction ends when its work succeeds (on an error it is always rolled back).
#[derive(Clone, Copy)]
enum End {
    Commit,
    Rollback,
}

/// An open store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// A transaction on the store: every typed query runs inside one.
pub struct Tx<'c> {
    tx: rusqlite::Transaction<'c>,
}

impl Store {
    /// Open the store at `path`. With [`OpenMode::Existing`] a missing file is "not found" and
    /// no file is created; a file that is not an acctl store, or one written by a newer acctl,
    /// is refused without being touched.
    pub fn open(path: &Path, mode: OpenMode) -> Result<Store> {
        let shown = path.display();
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                return Err(Error::internal(format!(
                    "cannot open store {shown}: it is a directory"
                )))
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if mode == OpenMode::Existing {
                    return Err(not_initialised(path));
                }
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|e| {
                        Error::internal(format!(
                            "cannot create the store's folder {}: {e}",
                            dir.display()
                        ))
                    })?;
                }
            }
            Err(e) => return Err(Error::internal(format!("cannot open store {shown}: {e}"))),
        }
        let read_only = std::fs::metadata(path)
            .map(|m| m.permissions().readonly())
            .unwrap_or(false);
        let mut flags = OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        flags |= if read_only {
            OpenFlags::SQLITE_OPEN_READ_ONLY
        } else if mode == OpenMode::Create {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE
        };
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| Error::internal(format!("cannot open store {shown}: {e}")))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure().map_err(|e| store.contextualise(e))?;
        store.migrate(mode)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn configure(&self) -> Result<()> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        // Bulk commands (apply, import) cycle through a few dozen distinct statements per
        // row; the default cache of 16 would re-prepare them over and over.
        self.conn.set_prepared_statement_cache_capacity(256);
        // Plan statements without looking at bound values, so that a cached statement is not
        // re-prepared each time it is bound again (SQLite otherwise may, e.g. to match partial
        // indexes): bulk commands run the same few statements hundreds of thousands of times.
        self.conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        // synchronous=FULL: in WAL mode NORMAL may lose the last commits on a power cut, and
        // R26 promises that an answered charge survives one.
        self.conn.execute_batch(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;",
        )?;
        Ok(())
    }

    /// Bring the schema up to date, in one exclusive transaction; refuse foreign or newer files.
    fn migrate(&mut self, mode: OpenMode) -> Result<()> {
        let latest = schema::MIGRATIONS.len() as i64;
        let (version, app_id, objects) = self.header().map_err(|e| self.contextualise(e))?;
        let shown = self.path.display().to_string();
        if version > latest {
            return Err(Error::internal(format!(
                "store {shown} was written by a newer acctl (schema version {version}, this acctl knows up to {latest})"
            ))
            .hint("upgrade acctl; the store was not touched"));
        }
        if (version > 0 && app_id != schema::APPLICATION_ID) || (version == 0 && objects > 0) {
            return Err(Error::internal(format!(
                "store {shown} is not an acctl store (it is another SQLite database)"
            ))
            .hint("point --db or ACCTL_DB at an acctl store, or at a new path for acctl init"));
        }
        if version == 0 && mode == OpenMode::Existing {
            return Err(not_initialised(&self.path));
        }
        if version == latest {
            return Ok(());
        }
        // WAL lets readers go on while one writer writes; it is kept in the file once set.
        self.conn
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| self.contextualise(e.into()))?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Exclusive)
            .map_err(Error::from)?;
        // Read again under the lock: another process may have migrated meanwhile.
        let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(current as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        tx.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
        tx.commit().map_err(Error::from)?;
        Ok(())
    }

    fn header(&self) -> Result<(i64, i64, i64)> {
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let app_id: i64 = self
            .conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let objects: i64 = self
            .conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        Ok((version, app_id, objects))
    }

    /// Run `f` in a write transaction (`BEGIN IMMEDIATE`: the write lock is taken first, so a
    /// check and the write that follows it see one state), committing when it returns `Ok`.
    pub fn write<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.transaction(TransactionBehavior::Immediate, End::Commit, f)
    }

    /// Run `f` in a write transaction and roll it back whatever it returns: `--dry-run` does
    /// exactly what the real command would, rule refusals included, and keeps none of it.
    pub fn dry_run<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.transaction(TransactionBehavior::Immediate, End::Rollback, f)
    }

    /// Run `f` in a read transaction: one consistent snapshot.
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.transaction(TransactionBehavior::Deferred, End::Rollback, f)
    }

    fn transaction<T>(
        &mut self,
        behavior: TransactionBehavior,
        end: End,
        f: impl FnOnce(&Tx) -> Result<T>,
    ) -> Result<T> {
        let result = (|| {
            let tx = Tx {
                tx: self.conn.transaction_with_behavior(behavior)?,
            };
            let value = f(&tx)?;
            match end {
                End::Commit => tx.tx.commit()?,
                End::Rollback => tx.tx.rollback()?,
            }
            Ok(value)
        })();
        result.map_err(|e| self.contextualise(e))
    }

    /// Name the store file in errors that come from it rather than from the model.
    fn contextualise(&self, e: Error) -> Error {
        if e.kind == Kind::Internal && !e.message.starts_with("store ") {
            let mut out = Error::internal(format!("store {}: {}", self.path.display(), e.message));
            out.hint = e.hint;
            out
        } else {
            e
        }
    }
}

fn not_initialised(path: &Path) -> Error {
    Error::not_found(format!("no acctl store at {}", path.display())).hint(
        "create one with: acctl init --name NAME (or acctl apply -f FILE), or point --db at it",
    )
}

impl Tx<'_> {
    fn conn(&self) -> &Connection {
        &self.tx
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        let rusqlite::Error::SqliteFailure(f, msg) = &e else {
            return Error::internal(e.to_string());
        };
        let detail = msg.clone().unwrap_or_else(|| f.to_string());
        match f.code {
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => Error::internal(format!(
                "the store stayed locked by another process for over {}s",
                BUSY_TIMEOUT.as_secs()
            )),
            ErrorCode::ReadOnly => Error::internal("cannot write: the store is read-only")
                .hint("make the store file writable, or use a copy"),
            ErrorCode::NotADatabase => {
                Error::internal("the file is not an SQLite database (or it is encrypted)")
                    .hint("point --db or ACCTL_DB at an acctl store")
            }
            ErrorCode::DatabaseCorrupt => {
                Error::internal(format!("the store is corrupt: {detail}"))
                    .hint("restore it from a backup")
            }
            ErrorCode::DiskFull => Error::internal("the disk is full; nothing was written"),
            ErrorCode::CannotOpen => Error::internal(format!("cannot open the store: {detail}")),
            ErrorCode::SystemIoFailure => Error::internal(format!("I/O error: {detail}")),
            ErrorCode::ConstraintViolation => {
                Error::conflict(format!("the store refused the change: {detail}"))
            }
            _ => Error::internal(detail),
        }
    }
}
