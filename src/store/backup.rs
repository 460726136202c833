//! R26: a consistent copy of the store, taken with SQLite's online backup API while other
//! processes go on writing.
//!
//! The copy is made in one backup step over one read snapshot (in WAL mode a reader does not
//! block writers, so nobody waits and the copy never restarts), into a temporary file beside
//! the destination; it is then checkpointed into a single standalone file, synced, and moved
//! into place, so that `PATH` is either absent or a complete store, never a half-written one.

use super::{schema, Backend, Location, OpenMode, Store, BUSY_TIMEOUT};
use crate::error::{Error, Result};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

impl Store {
    /// Copy the store to `dest`. An existing `dest` is refused (exit 4) unless `force`.
    /// Returns the size of the copy in bytes.
    pub fn backup_to(&mut self, dest: &Path, force: bool) -> Result<u64> {
        let shown = dest.display().to_string();
        if dest.as_os_str().is_empty() {
            return Err(Error::invalid("the backup path is empty"));
        }
        match std::fs::metadata(dest) {
            Ok(m) if m.is_dir() => {
                return Err(Error::invalid(format!(
                    "{shown} is a directory; name the backup file"
                )))
            }
            Ok(_) if matches!(&self.location, Location::Sqlite(p) if same_file(p, dest)) => {
                return Err(Error::invalid(format!(
                    "{shown} is the store itself; a backup goes to another file"
                )))
            }
            Ok(_) if !force => {
                return Err(Error::conflict(format!("{shown} already exists"))
                    .hint("pass --force to replace it, or name another file"))
            }
            _ => {}
        }
        remove_stale(dest);
        let tmp = temp_path(dest)?;
        let result = self.copy_into(&tmp).and_then(|()| place(&tmp, dest, force));
        if result.is_err() {
            remove_quietly(&tmp);
        }
        remove_quietly(&sidecar(&tmp, "-wal"));
        remove_quietly(&sidecar(&tmp, "-shm"));
        result?;
        Ok(std::fs::metadata(dest).map(|m| m.len()).unwrap_or(0))
    }

    fn copy_into(&mut self, tmp: &Path) -> Result<()> {
        let conn = match &self.backend {
            Backend::Sqlite(conn, _) => conn,
            Backend::Postgres(_) => return self.snapshot_into(tmp),
        };
        let context = |e: rusqlite::Error| {
            let mut err = Error::from(e);
            err.message = format!("backup to {}: {}", tmp.display(), err.message);
            err
        };
        remove_quietly(tmp);
        super::sqlite::create_private(tmp)?;
        let mut dst = Connection::open(tmp).map_err(context)?;
        {
            let backup = Backup::new(conn, &mut dst).map_err(context)?;
            let started = Instant::now();
            loop {
                // -1: every page in one step, over one read snapshot of the source.
                match backup.step(-1).map_err(context)? {
                    StepResult::Done => break,
                    StepResult::More => {}
                    _ if started.elapsed() > BUSY_TIMEOUT => {
                        return Err(Error::internal(format!(
                            "the store stayed locked for over {}s; no backup was made",
                            BUSY_TIMEOUT.as_secs()
                        )))
                    }
                    _ => std::thread::sleep(Duration::from_millis(20)),
                }
            }
        }
        // The copy is an acctl store like any other: WAL, the same schema version. Closing
        // the connection checkpoints the WAL into the file, which then stands alone.
        let (version, app_id): (i64, i64) = dst
            .query_row(
                "SELECT (SELECT user_version FROM pragma_user_version), \
                 (SELECT application_id FROM pragma_application_id)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(context)?;
        if version != schema::SQLITE.len() as i64 || app_id != schema::APPLICATION_ID {
            return Err(Error::internal(format!(
                "backup to {}: the copy is not a current acctl store (version {version})",
                tmp.display()
            )));
        }
        dst.pragma_update(None, "journal_mode", "WAL")
            .map_err(context)?;
        dst.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .map_err(context)?;
        dst.close().map_err(|(_, e)| context(e))?;
        std::fs::File::open(tmp)?.sync_all()?;
        Ok(())
    }
}

impl Store {
    /// A PostgreSQL store's snapshot: one REPEATABLE READ transaction copied row for row
    /// into a new SQLite file at `tmp` (R27), which acctl opens like any store.
    fn snapshot_into(&mut self, tmp: &Path) -> Result<()> {
        remove_quietly(tmp);
        let mut dst = Store::open(&Location::Sqlite(tmp.to_path_buf()), OpenMode::Create)?;
        self.read(|src| dst.write(|d| d.copy_from(src, |_, _| {}).map(|_| ())))?;
        drop(dst);
        std::fs::File::open(tmp)?.sync_all()?;
        Ok(())
    }
}

/// Move the finished copy to `dest`: replacing it with `force`, else only if it is still
/// absent (a hard link never replaces, so two racing backups cannot overwrite each other).
fn place(tmp: &Path, dest: &Path, force: bool) -> Result<()> {
    let shown = dest.display();
    if force {
        // A stale WAL beside the old file would be read as part of the new one.
        remove_quietly(&sidecar(dest, "-wal"));
        remove_quietly(&sidecar(dest, "-shm"));
    }
    crate::atomic_file::place(tmp, dest, force).map_err(|e| match e {
        crate::atomic_file::PlaceError::Exists => {
            Error::conflict(format!("{shown} already exists"))
                .hint("pass --force to replace it, or name another file")
        }
        crate::atomic_file::PlaceError::Io(e) => {
            Error::internal(format!("cannot write {shown}: {e}"))
        }
    })
}

/// What a backup in progress is called beside its destination: `NAME.acctl-backup-in-progress-PID`,
/// visible, so that a person who finds one after a crash sees what it is.
const IN_PROGRESS: &str = ".acctl-backup-in-progress-";

fn temp_path(dest: &Path) -> Result<PathBuf> {
    let name = dest
        .file_name()
        .ok_or_else(|| Error::invalid(format!("{} does not name a file", dest.display())))?;
    let mut tmp_name = name.to_os_string();
    tmp_name.push(format!("{IN_PROGRESS}{}", std::process::id()));
    Ok(dest.with_file_name(tmp_name))
}

/// R42: remove what interrupted backups to `dest` left behind: files named as ours whose
/// process is gone (a running backup's file is left alone).
fn remove_stale(dest: &Path) {
    let (Some(name), Some(dir)) = (dest.file_name(), dest.parent()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let mut prefix = name.to_os_string();
    prefix.push(IN_PROGRESS);
    let prefix = prefix.to_string_lossy().into_owned();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file.strip_prefix(&prefix) else {
            continue;
        };
        let pid = rest.split('-').next().unwrap_or_default();
        let alive = pid
            .parse::<u32>()
            .is_ok_and(|p| p == std::process::id() || Path::new(&format!("/proc/{p}")).exists());
        if !alive {
            remove_quietly(&entry.path());
        }
    }
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn remove_quietly(path: &Path) {
    let _ = std::fs::remove_file(path);
}
