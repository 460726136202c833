//! The SQLite backend: opening a store file (pragmas, migrations), transactions, and the
//! driver's side of the [`super::db`] seam.

use super::db::{values, Args, Row, Value};
use super::{not_initialised, schema, Location, Mode, OpenMode, Tx, TxInner, BUSY_TIMEOUT};
use crate::error::{Error, Result};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};
use std::path::Path;

/// Open the store file at `path`.
pub(super) fn open(path: &Path, mode: OpenMode) -> Result<Connection> {
    let shown = path.display();
    let location = Location::Sqlite(path.to_path_buf());
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => {
            return Err(Error::internal(format!(
                "cannot open store {shown}: it is a directory"
            )))
        }
        Ok(m) => refuse_hard_links(path, &m)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if mode == OpenMode::Existing {
                return Err(not_initialised(&location));
            }
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| {
                    Error::internal(format!(
                        "cannot create the store's folder {}: {e}",
                        dir.display()
                    ))
                })?;
            }
            create_private(path)?;
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
    let context = |e: Error| super::contextualise(&path.display(), e);
    let conn = Connection::open_with_flags(path, flags)
        .map_err(|e| Error::internal(format!("cannot open store {shown}: {e}")))?;
    configure(&conn).map_err(context)?;
    migrate(&conn, path, mode)?;
    Ok(conn)
}

/// R42: each name of a hard-linked file gets its own WAL and locks, so writers through two
/// names lose each other's commits. A store file with more than one link is refused.
#[cfg(unix)]
fn refuse_hard_links(path: &Path, m: &std::fs::Metadata) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    if m.is_file() && m.nlink() > 1 {
        return Err(Error::internal(format!(
            "store {} has {} hard links; acctl refuses a store reached through more than one name",
            path.display(),
            m.nlink()
        ))
        .hint("keep one name: remove the other links, or make a separate copy with acctl backup"));
    }
    Ok(())
}

#[cfg(not(unix))]
fn refuse_hard_links(_: &Path, _: &std::fs::Metadata) -> Result<()> {
    Ok(())
}

/// Remove a store file and its WAL companions.
pub(super) fn remove_files(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(std::path::PathBuf::from(p));
    }
}

/// Create an empty file readable by its owner alone (a store or a backup holds payment
/// details and key hashes); one that exists already is left as it is.
pub(super) fn create_private(path: &Path) -> Result<()> {
    match crate::atomic_file::create_new(path, true) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::internal(format!(
            "cannot create store {}: {e}",
            path.display()
        ))),
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Bulk commands (apply, import) cycle through a few dozen distinct statements per row;
    // the default cache of 16 would re-prepare them over and over.
    conn.set_prepared_statement_cache_capacity(256);
    // Plan statements without looking at bound values, so that a cached statement is not
    // re-prepared each time it is bound again (SQLite otherwise may, e.g. to match partial
    // indexes): bulk commands run the same few statements hundreds of thousands of times.
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    // synchronous=FULL: in WAL mode NORMAL may lose the last commits on a power cut, and R26
    // promises that an answered charge survives one.
    conn.execute_batch(
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;",
    )?;
    Ok(())
}

/// Bring the schema up to date, in one exclusive transaction; refuse foreign or newer files.
fn migrate(conn: &Connection, path: &Path, mode: OpenMode) -> Result<()> {
    let context = |e: Error| super::contextualise(&path.display(), e);
    let latest = schema::SQLITE.len() as i64;
    let (version, app_id, objects) = header(conn).map_err(context)?;
    let shown = path.display().to_string();
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
        return Err(not_initialised(&Location::Sqlite(path.to_path_buf())));
    }
    if version == latest {
        return Ok(());
    }
    // WAL lets readers go on while one writer writes; it is kept in the file once set.
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(|e| context(e.into()))?;
    // A migration may sort every charge (4 sums them per month): past the page cache, its
    // sorts spill to a temporary file rather than grow in memory.
    conn.pragma_update(None, "temp_store", "FILE")
        .map_err(|e| context(e.into()))?;
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Exclusive)
        .map_err(|e| context(e.into()))?;
    // Read again under the lock: another process may have migrated meanwhile.
    let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in schema::SQLITE.iter().enumerate().skip(current as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
    }
    tx.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
    tx.commit().map_err(|e| context(e.into()))?;
    conn.pragma_update(None, "temp_store", "MEMORY")
        .map_err(|e| context(e.into()))?;
    Ok(())
}

fn header(conn: &Connection) -> Result<(i64, i64, i64)> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    Ok((version, app_id, objects))
}

/// Which file a connection opened: its device and inode, to tell when the path no longer
/// leads to it (the file was removed, or replaced by another).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileId(u64, u64);

impl FileId {
    pub(super) fn of(path: &Path) -> Result<FileId> {
        let m = std::fs::metadata(path)
            .map_err(|e| Error::internal(format!("cannot open store {}: {e}", path.display())))?;
        Ok(FileId::from_metadata(&m))
    }

    #[cfg(unix)]
    fn from_metadata(m: &std::fs::Metadata) -> FileId {
        use std::os::unix::fs::MetadataExt;
        FileId(m.dev(), m.ino())
    }

    #[cfg(not(unix))]
    fn from_metadata(_: &std::fs::Metadata) -> FileId {
        FileId(0, 0)
    }
}

/// Run `f` in a transaction: `BEGIN IMMEDIATE` for writers (the write lock first, so a check
/// and the write after it see one state), a deferred one for readers. A writer that waited
/// for the lock while the file was removed (a failed `store copy` cleaning up after itself)
/// or replaced would write where nobody will read: it is refused once it has the lock.
pub(super) fn transaction<T>(
    conn: &mut Connection,
    (path, file): (&Path, FileId),
    mode: Mode,
    month: &str,
    mut f: impl FnMut(&Tx) -> Result<T>,
) -> Result<T> {
    let behavior = match mode {
        Mode::Write | Mode::DryRun => TransactionBehavior::Immediate,
        Mode::Read => TransactionBehavior::Deferred,
    };
    let inner = conn.transaction_with_behavior(behavior)?;
    if mode != Mode::Read && FileId::of(path).ok() != Some(file) {
        return Err(Error::internal(format!(
            "the store file {} was removed or replaced while this command waited for it; \
             nothing was written",
            path.display()
        ))
        .hint("run the command again"));
    }
    let tx = Tx {
        inner: TxInner::Sqlite(inner),
        month: month.to_string(),
    };
    let value = f(&tx)?;
    let TxInner::Sqlite(inner) = tx.inner else {
        unreachable!("a SQLite transaction")
    };
    match mode {
        Mode::Write => inner.commit()?,
        Mode::DryRun | Mode::Read => inner.rollback()?,
    }
    Ok(value)
}

pub(super) fn exec(tx: &rusqlite::Transaction, sql: &str, args: Args) -> Result<usize> {
    let vals = values(args);
    Ok(tx
        .prepare_cached(sql)?
        .execute(rusqlite::params_from_iter(vals.iter()))?)
}

/// One statement prepared once and run for every row, its values bound as they are.
pub(super) fn insert_many(
    tx: &rusqlite::Transaction,
    table: &str,
    columns: &str,
    width: usize,
    rows: &mut dyn Iterator<Item = Vec<Value>>,
) -> Result<u64> {
    let sql = format!(
        "INSERT INTO {table} ({columns}) VALUES ({})",
        super::db::marks(width)
    );
    let mut st = tx.prepare_cached(&sql)?;
    let mut n = 0;
    for row in rows {
        st.execute(rusqlite::params_from_iter(row.iter()))?;
        n += 1;
    }
    Ok(n)
}

pub(super) fn query_each(
    tx: &rusqlite::Transaction,
    sql: &str,
    args: Args,
    mut f: impl FnMut(&Row) -> Result<()>,
) -> Result<()> {
    let vals = values(args);
    let mut st = tx.prepare_cached(sql)?;
    let mut rows = st.query(rusqlite::params_from_iter(vals.iter()))?;
    while let Some(r) = rows.next()? {
        f(&Row::Sqlite(r))?;
    }
    Ok(())
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(*i),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
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
            ErrorCode::DiskFull => Error::internal("the disk is full; nothing was written").hint(
                "free space beside the store; a large import or check also sorts in the \
                     temporary directory (SQLITE_TMPDIR or TMPDIR, else /var/tmp or /tmp)",
            ),
            ErrorCode::CannotOpen => Error::internal(format!("cannot open the store: {detail}")),
            ErrorCode::SystemIoFailure => Error::internal(format!("I/O error: {detail}")),
            ErrorCode::ConstraintViolation => {
                Error::conflict(format!("the store refused the change: {detail}"))
            }
            _ => Error::internal(detail),
        }
    }
}
