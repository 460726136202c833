//! R42: output files written whole or not at all, never through a symlink planted at their
//! path, and never over a file that appeared meanwhile unless told to replace it. One writer
//! for every command that writes a file (`export --file`, `backup`), and one way to create a
//! new file and make its name durable (`--secret-out` files too).
//!
//! The text goes to a new temporary file beside the destination (so that the last step is a
//! rename or a link within one directory), is synced, and is then put in place: with `replace`
//! by a rename (which replaces a symlink itself, not its target); without, by a hard link,
//! which never replaces anything, so that two racing writers cannot overwrite each other (a
//! file system without hard links falls back to a check, then a rename). The directory is
//! synced last, so that the new name survives a power cut too.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// A new file at `path`, never opened through an existing path (a planted symlink included);
/// mode 0600 when `private` (on Unix).
pub fn create_new(path: &Path, private: bool) -> std::io::Result<File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = private;
    opts.open(path)
}

/// Why a file could not be put in place.
#[derive(Debug)]
pub enum PlaceError {
    /// The destination exists, and replacing it was not asked for.
    Exists,
    Io(std::io::Error),
}

impl std::fmt::Display for PlaceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlaceError::Exists => write!(f, "the file exists already"),
            PlaceError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<std::io::Error> for PlaceError {
    fn from(e: std::io::Error) -> Self {
        PlaceError::Io(e)
    }
}

/// Sync the directory holding `path`, so that a file's new name is durable (on platforms that
/// can; elsewhere a no-op).
pub fn sync_dir(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

/// Put the finished, synced file `tmp` at `dest` (see the module's notes), then sync the
/// directory (best effort). `tmp` is gone afterwards unless an error is returned.
pub fn place(tmp: &Path, dest: &Path, replace: bool) -> Result<(), PlaceError> {
    if replace {
        std::fs::rename(tmp, dest)?;
    } else {
        match std::fs::hard_link(tmp, dest) {
            Ok(()) => {
                let _ = std::fs::remove_file(tmp);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(PlaceError::Exists)
            }
            // A file system without hard links: check, then rename.
            Err(_) if std::fs::symlink_metadata(dest).is_err() => std::fs::rename(tmp, dest)?,
            Err(_) => return Err(PlaceError::Exists),
        }
    }
    // Best effort: the file is in place already, and not every platform can sync a
    // directory.
    let _ = sync_dir(dest);
    Ok(())
}

/// A file being written beside its destination; put in place by [`AtomicFile::commit`], and
/// removed if dropped before (an error, a refusal, a panic unwinding).
pub struct AtomicFile {
    dest: PathBuf,
    tmp: PathBuf,
    out: Option<BufWriter<File>>,
    replace: bool,
}

impl AtomicFile {
    /// Start a file for `dest`: `.NAME.acctl-PID.tmp` beside it, created new (never through
    /// an existing path).
    pub fn create(dest: &Path, replace: bool) -> std::io::Result<AtomicFile> {
        let dir = match dest.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let name = dest.file_name().ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "the path names no file")
        })?;
        let mut tmp_name = std::ffi::OsString::from(".");
        tmp_name.push(name);
        tmp_name.push(format!(".acctl-{}.tmp", std::process::id()));
        let tmp = dir.join(tmp_name);
        let file = create_new(&tmp, false)?;
        Ok(AtomicFile {
            dest: dest.to_path_buf(),
            tmp,
            out: Some(BufWriter::with_capacity(1 << 16, file)),
            replace,
        })
    }

    /// Sync what was written and put it in place.
    pub fn commit(mut self) -> Result<(), PlaceError> {
        let Some(out) = self.out.take() else {
            return Err(PlaceError::Io(std::io::Error::other("the file was closed")));
        };
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        drop(file);
        place(&self.tmp, &self.dest, self.replace)
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.out {
            Some(out) => out.write(buf),
            None => Err(std::io::Error::other("the file was closed")),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.out {
            Some(out) => out.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        // Whatever happened, no temporary file stays behind (after a commit it is gone
        // already, or it is the destination's second name and goes too).
        self.out = None;
        let _ = std::fs::remove_file(&self.tmp);
    }
}
