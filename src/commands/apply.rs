//! `apply -f FILE` and `export`: manifests (CLI.md "Manifests").

use super::secrets_file::SecretsFile;
use super::Ctx;
use crate::atomic_file::{AtomicFile, PlaceError};
use crate::domain::apply::{self, at, Plan};
use crate::error::{Error, Result};
use crate::manifest;
use crate::output::{self, Output};
use crate::store::{Location, OpenMode, Store};
use clap::Args;
use std::io::{Read, Write};
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
    // The specs own what they need: the text is not held through the apply.
    drop(text);
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
    Ok(output::applied(
        plan,
        !a.dry_run,
        a.secrets_out.as_deref(),
        &ctx.printer,
    ))
}

/// Export: the manifest is written as the store is read, project by project, to the file or to
/// standard output, so that memory does not grow with the store (`-o csv` alone builds it
/// whole, to print it as one row).
pub fn export(ctx: &Ctx, a: ExportArgs) -> Result<Output> {
    if let Some(path) = &a.file {
        if !a.force && std::fs::symlink_metadata(path).is_ok() {
            return Err(exists(path));
        }
    }
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    let Some(mut printer) = output::ExportPrinter::new(&ctx.printer) else {
        let mut text = String::new();
        let done = store.read(|tx| {
            text.clear();
            apply::export(tx, &env, &mut |part| {
                output::part_text(&mut text, part);
                Ok(())
            })
        })?;
        if let Some(path) = &a.file {
            let mut file = new_file(path, a.force)?;
            file.write_all(text.as_bytes())
                .map_err(|e| write_error(path, e))?;
            commit(file, path)?;
        }
        return Ok(output::exported(done, &text, a.file.as_deref()));
    };
    let streamed = match &a.file {
        None => {
            let mut attempts = 0;
            store
                .read(|tx| {
                    attempts += 1;
                    if attempts > 1 {
                        return Err(Error::internal(
                            "the export was interrupted after part of it was printed",
                        ));
                    }
                    printer.begin(None)?;
                    apply::export(tx, &env, &mut |part| printer.part(part))
                })
                .and_then(|done| printer.finish(done))
        }
        Some(path) => {
            let mut file: Option<AtomicFile> = None;
            let done = store.read(|tx| {
                // A read run again starts the file again.
                file = None;
                let f = file.insert(new_file(path, a.force)?);
                let mut buf = String::new();
                apply::export(tx, &env, &mut |part| {
                    buf.clear();
                    output::part_text(&mut buf, part);
                    f.write_all(buf.as_bytes())
                        .map_err(|e| write_error(path, e))
                })
            })?;
            let file = file.ok_or_else(|| Error::internal("the export wrote no file"))?;
            commit(file, path)?;
            drop(store);
            printer.begin(Some(path))?;
            printer.manifest_of_file(path)?;
            printer.exported_to(done, path)
        }
    };
    // A reader gone away (`export | head`) is no error: see `Error::output`.
    streamed.map(|()| Output::streamed())
}

fn exists(path: &Path) -> Error {
    Error::invalid(format!("{} exists already", path.display()))
        .hint("choose a new path, or pass --force to replace it")
}

fn write_error(path: &Path, e: std::io::Error) -> Error {
    Error::internal(format!("cannot write {}: {e}", path.display()))
}

/// R42: a new file beside `path` (see [`crate::atomic_file`]).
fn new_file(path: &Path, force: bool) -> Result<AtomicFile> {
    if path.file_name().is_none() {
        return Err(Error::invalid(format!(
            "{} does not name a file",
            path.display()
        )));
    }
    AtomicFile::create(path, force).map_err(|e| write_error(path, e))
}

/// Put the written file in place: an existing path is refused unless `--force`, even one that
/// appeared while the export ran.
fn commit(file: AtomicFile, path: &Path) -> Result<()> {
    file.commit().map_err(|e| match e {
        PlaceError::Exists => exists(path),
        PlaceError::Io(e) => write_error(path, e),
    })
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

/// One line per issued key: name, tier, id, secret (CLI.md).
fn secrets_text(plan: &Plan) -> String {
    let mut text = String::new();
    for k in &plan.secrets {
        text.push_str(&format!("{}\t{}\t{}\t{}\n", k.name, k.tier, k.id, k.secret));
    }
    text
}
