//! `key issue|list|show|revoke|rotate` (R20-R22).

use super::Ctx;
use crate::domain::clock::parse_duration;
use crate::domain::hierarchy;
use crate::domain::keys;
use crate::error::{Error, Result};
use crate::output::{self, Output};
use crate::store::OpenMode;
use clap::{Args, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Issue a key on a project or subproject; its secret is shown once (R20, R22)
    Issue(IssueArgs),
    /// List live keys, of one target or of everything you reach
    List {
        /// A project (its subprojects' keys included) or a subproject
        target: Option<String>,
        /// Include revoked and expired keys
        #[arg(long)]
        all: bool,
    },
    /// Show one key
    Show {
        /// The key's public id (ak_…)
        key_id: String,
    },
    /// Revoke a key at once
    Revoke {
        /// The key's public id (ak_…)
        key_id: String,
    },
    /// Give a key a new secret, shown once; the old one ends at once or after --grace
    Rotate(RotateArgs),
}

/// Issue a key. Its scope is its own tier and everything below it.
#[derive(Debug, Args)]
pub struct IssueArgs {
    /// The project or subproject (project/subproject or id); never the account
    pub target: String,
    /// A name, unique among the target's live keys
    #[arg(long, value_name = "S")]
    pub name: Option<String>,
    /// Expire after this long: 90s, 15m, 12h, 30d
    #[arg(long, value_name = "DURATION")]
    pub expires_in: Option<String>,
    /// Write the secret to FILE (created with mode 0600) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub secret_out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RotateArgs {
    /// The key's public id (ak_…)
    pub key_id: String,
    /// Keep the old secret working this long: 90s, 15m, 12h, 30d (default: end it at once)
    #[arg(long, value_name = "DURATION")]
    pub grace: Option<String>,
    /// Write the new secret to FILE (created with mode 0600) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub secret_out: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, cmd: KeyCommand) -> Result<Output> {
    match cmd {
        KeyCommand::Issue(a) => {
            let expires = a
                .expires_in
                .as_deref()
                .map(|d| parse_duration(d, "--expires-in"))
                .transpose()?;
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            with_secret_file(a.secret_out.as_deref(), |file| {
                let w = store.write(|tx| {
                    let target = keys::resolve_target(tx, &a.target)?;
                    keys::issue(tx, &env, &target, a.name.as_deref(), expires)
                })?;
                Ok((file_output(&w, env.real_now(), file), w.secret))
            })
        }
        KeyCommand::Rotate(a) => {
            let grace = a
                .grace
                .as_deref()
                .map(|d| parse_duration(d, "--grace"))
                .transpose()?;
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            with_secret_file(a.secret_out.as_deref(), |file| {
                let w = store.write(|tx| keys::rotate(tx, &env, &a.key_id, grace))?;
                Ok((file_output(&w, env.real_now(), file), w.secret))
            })
        }
        KeyCommand::List { target, all } => {
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            let list = store.read(|tx| {
                let t = target
                    .as_deref()
                    .map(|t| hierarchy::resolve_target(tx, t))
                    .transpose()?;
                keys::list(tx, &env, t.as_ref(), all)
            })?;
            Ok(output::keys(&list, env.real_now()))
        }
        KeyCommand::Show { key_id } => {
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            let k = store.read(|tx| keys::show(tx, &env, &key_id))?;
            Ok(output::key(&k, env.real_now()))
        }
        KeyCommand::Revoke { key_id } => {
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            let (k, changed) = store.write(|tx| keys::revoke(tx, &env, &key_id))?;
            let out = output::key(&k, env.real_now());
            Ok(if changed {
                out
            } else {
                out.warn(format!(
                    "key {} was already revoked; nothing changed",
                    k.key.id
                ))
            })
        }
    }
}

fn file_output(
    w: &keys::WithSecret,
    now: crate::domain::clock::RealNow,
    file: Option<&Path>,
) -> Output {
    let shown = file.map(|p| p.display().to_string());
    output::key_with_secret(w, now, shown.as_deref())
}

/// Run `issue` with the secret file (if any) created first, mode 0600 and empty, so that a
/// file that cannot be written refuses the command before any key exists; the file is
/// removed again when the command fails, and gets the secret when it succeeds.
fn with_secret_file(
    path: Option<&Path>,
    issue: impl FnOnce(Option<&Path>) -> Result<(Output, String)>,
) -> Result<Output> {
    let Some(path) = path else {
        return issue(None).map(|(out, _)| out);
    };
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut file = opts.open(path).map_err(|e| {
        let err = Error::invalid(format!(
            "cannot create the secret file {}: {e}",
            path.display()
        ));
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            err.hint("the secret file must not exist yet; choose another path or remove it")
        } else {
            err
        }
    })?;
    match issue(Some(path)) {
        Ok((out, secret)) => {
            let written = writeln!(file, "{secret}").and_then(|_| file.sync_all());
            if let Err(e) = written {
                return Err(Error::internal(format!(
                    "the key was issued but its secret could not be written to {}: {e}",
                    path.display()
                ))
                .hint("revoke it with: acctl key revoke KEY_ID, and issue another"));
            }
            Ok(out)
        }
        Err(e) => {
            drop(file);
            let _ = std::fs::remove_file(path);
            Err(e)
        }
    }
}
