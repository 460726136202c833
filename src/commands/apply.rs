//! `apply -f FILE` and `export`: manifests (CLI.md "Manifests").

use super::secrets_file::SecretsFile;
use super::Ctx;
use crate::domain::apply::{self, at, Plan};
use crate::error::{Error, Result};
use crate::manifest;
use crate::output::{self, Output};
use crate::store::{Location, OpenMode, Store};
use clap::Args;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Make the store match a manifest, in one transaction: create what is missing, change what
/// differs, never delete what it leaves out. Prints the plan (`+` create, `~` change). On a
/// store that does not exist yet, creates it with exactly what the manifest describes.
#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The manifest (TOML; '-' reads standard input)
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: String,
    /// Show the plan and change nothing (keys are not issued)
    #[arg(long)]
    pub dry_run: bool,
    /// Write the secrets of the keys this apply issues to FILE (created, mode 0600; one line
    /// per key: name, tier, id, secret, tab-separated). Needed only when keys are issued
    #[arg(long, value_name = "FILE")]
    pub secrets_out: Option<PathBuf>,
}

/// Write the live structure as a manifest that `apply` accepts, in a stable order.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to FILE instead of standard output (a new file, unless --force)
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Replace FILE when it exists
    #[arg(long, requires = "file")]
    pub force: bool,
}

pub fn apply(ctx: &Ctx, a: ApplyArgs) -> Result<Output> {
    let (text, source) = read_manifest(&a.file)?;
    let m = manifest::parse(&text, &source)?;
    // Malformed values are refused before the store is opened (or created).
    apply::validate(&m)?;
    let db = ctx.db_path()?.clone();
    let existed = match &db {
        Location::Sqlite(path) => path.exists(),
        // A database always exists (acctl never creates one); whether a store was in it is
        // told by its rows: an empty one is removed below like a file this command made.
        Location::Postgres(_) => false,
    };
    let outcome = run(ctx, &a, &m);
    // A store this command created is removed again when nothing is kept in it.
    if !existed && (outcome.is_err() || a.dry_run) {
        let _ = Store::discard_created(&db);
    }
    outcome
}

fn run(ctx: &Ctx, a: &ApplyArgs, m: &manifest::Manifest) -> Result<Output> {
    let (mut store, env) = ctx.open(OpenMode::Create)?;
    let total: usize = m.projects.iter().map(|p| 1 + p.subprojects.len()).sum();
    let bar = ctx.printer.progress(total as u64, "applying");
    let mut tick = |n: u64| {
        if n.is_multiple_of(256) || n == total as u64 {
            bar.set_position(n);
        }
    };
    let secrets = a
        .secrets_out
        .as_deref()
        .map(|p| SecretsFile::new(p, "secrets"));
    let result = if a.dry_run {
        store.dry_run(|tx| apply::apply(tx, &env, m, &mut tick))
    } else {
        store.write(|tx| {
            let plan = apply::apply(tx, &env, m, &mut tick)?;
            if let Some(first) = plan.secrets.first() {
                let Some(file) = &secrets else {
                    return Err(at(
                        &first.loc,
                        Error::invalid(format!(
                            "this manifest issues {} key(s), whose secrets are shown once: apply needs --secrets-out FILE",
                            plan.secrets.len()
                        )),
                    )
                    .hint("run again with --secrets-out FILE (created with mode 0600), or --dry-run to see the plan"));
                };
                // R42: written and synced before the commit, so that a file that cannot be
                // written leaves the store as it was.
                file.write(&secrets_text(&plan))?;
            }
            Ok(plan)
        })
    };
    bar.finish_and_clear();
    drop(store);
    let result = match &secrets {
        Some(file) => file.settle(result),
        None => result,
    };
    let plan = result?;
    Ok(output::applied(&plan, !a.dry_run, a.secrets_out.as_deref()))
}

pub fn export(ctx: &Ctx, a: ExportArgs) -> Result<Output> {
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    let m = store.read(|tx| apply::export(tx, &env))?;
    let text = manifest::write(&m);
    if let Some(path) = &a.file {
        write_new_file(path, text.as_bytes(), a.force)?;
    }
    Ok(output::exported(&m, &text, a.file.as_deref()))
}

/// Read a manifest (`-`: standard input), bounded (R40): at most [`MAX_MANIFEST_BYTES`], and
/// no line (so no string) longer than [`MAX_MANIFEST_LINE_BYTES`].
fn read_manifest(file: &str) -> Result<(String, String)> {
    use crate::limits::{read_at_most, LineBound, MAX_MANIFEST_BYTES, MAX_MANIFEST_LINE_BYTES};
    crate::domain::names::check_file_name(file)?;
    let (input, source): (Box<dyn Read>, String) = if file == "-" {
        (Box::new(std::io::stdin().lock()), "<stdin>".to_string())
    } else {
        let f = std::fs::File::open(file).map_err(|e| {
            let err = Error::invalid(format!("cannot read the manifest {file}: {e}"));
            if e.kind() == std::io::ErrorKind::NotFound {
                err.hint("see the examples/ folder and the README's 'Manifests' section")
            } else {
                err
            }
        })?;
        (Box::new(f), file.to_string())
    };
    let bounded = LineBound::new(input, MAX_MANIFEST_LINE_BYTES);
    let bytes = read_at_most(
        bounded,
        MAX_MANIFEST_BYTES,
        &format!("the manifest {source}"),
    )
    .map_err(|e| {
        e.hint("a manifest is at most 64 MiB, and none of its lines longer than 64 KiB")
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|e| Error::invalid(format!("the manifest {source} is not UTF-8 text: {e}")))?;
    Ok((text, source))
}

/// R42: write an output file whole or not at all, never through a symlink planted at `path`:
/// an existing path (a file, a directory or a symlink, which is not followed) is refused
/// unless `force`; the text goes to a new temporary file beside it, synced, then renamed over
/// `path` (a rename replaces a symlink itself, not its target).
fn write_new_file(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    use std::io::Write;
    let shown = path.display();
    if !force && std::fs::symlink_metadata(path).is_ok() {
        return Err(Error::invalid(format!("{shown} exists already"))
            .hint("choose a new path, or pass --force to replace it"));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| Error::invalid(format!("{shown} does not name a file")))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".acctl-{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    let io = |e: std::io::Error| Error::internal(format!("cannot write {shown}: {e}"));
    let written = (|| -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    Ok(())
}

/// One line per issued key: name, tier, id, secret (CLI.md).
fn secrets_text(plan: &Plan) -> String {
    let mut text = String::new();
    for k in &plan.secrets {
        text.push_str(&format!("{}\t{}\t{}\t{}\n", k.name, k.tier, k.id, k.secret));
    }
    text
}
