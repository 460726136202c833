//! R42: a file of secrets (`key issue --secret-out`, `key rotate --secret-out`,
//! `apply --secrets-out`), written and synced inside the command's write transaction, after
//! the domain work and before the commit: a file that cannot be written rolls the command back
//! (nothing committed), and a commit that fails removes the file again.

use crate::error::{Error, Result};
use std::cell::Cell;
use std::io::Write;
use std::path::Path;

/// A secrets file to be written once, in the transaction.
pub struct SecretsFile<'a> {
    path: &'a Path,
    /// What it holds, for messages: "secret", "secrets".
    what: &'static str,
    written: Cell<bool>,
}

impl<'a> SecretsFile<'a> {
    pub fn new(path: &'a Path, what: &'static str) -> Self {
        SecretsFile {
            path,
            what,
            written: Cell::new(false),
        }
    }

    /// Create the file (new, never overwriting one; mode 0600), write `text`, and sync it and
    /// its directory. A file that exists already is invalid input (exit 2); any other failure
    /// is an I/O failure (exit 1). Either way the partial file is removed and the caller's
    /// transaction is rolled back by the error.
    pub fn write(&self, text: &str) -> Result<()> {
        let shown = self.path.display();
        // A transaction run again after a conflict with a concurrent one (PostgreSQL) issues
        // new keys: the file the rolled-back attempt wrote is replaced, not refused.
        if self.written.replace(false) {
            let _ = std::fs::remove_file(self.path);
        }
        let mut file = crate::atomic_file::create_new(self.path, true).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Error::invalid(format!("cannot create the {} file {shown}: {e}", self.what)).hint(
                    "the file must not exist yet: choose another path, or move the old one away",
                )
            } else {
                Error::internal(format!("cannot create the {} file {shown}: {e}", self.what))
                    .hint("nothing was changed; name a file in a writable directory")
            }
        })?;
        let synced = file
            .write_all(text.as_bytes())
            .and_then(|_| file.sync_all())
            .and_then(|_| crate::atomic_file::sync_dir(self.path));
        if let Err(e) = synced {
            drop(file);
            let _ = std::fs::remove_file(self.path);
            return Err(Error::internal(format!(
                "cannot write the {} file {shown}: {e}",
                self.what
            ))
            .hint("nothing was changed; name a file on a writable disk with room"));
        }
        self.written.set(true);
        Ok(())
    }

    /// After the transaction: when it failed, remove a file this command wrote, so that no
    /// secret of an uncommitted key is left behind.
    pub fn settle<T>(&self, outcome: Result<T>) -> Result<T> {
        if outcome.is_err() && self.written.get() {
            let _ = std::fs::remove_file(self.path);
        }
        outcome
    }
}
