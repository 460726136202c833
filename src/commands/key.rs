//! `key issue|list|show|revoke|rotate` (R20-R22).

use super::secrets_file::SecretsFile;
use super::Ctx;
use crate::domain::clock::parse_duration;
use crate::domain::hierarchy;
use crate::domain::keys;
use crate::domain::model::KeyRole;
use crate::domain::Env;
use crate::error::{Error, Result};
use crate::output::{self, Output};
use crate::store::{OpenMode, Store, Tx};
use clap::{Args, Subcommand};
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
    /// Rename a key (its id and secret stay)
    Rename {
        /// The key's public id (ak_…)
        key_id: String,
        /// The new name, unique among the live keys of its project or subproject
        name: String,
    },
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
    /// What the key may do in its scope: full (R21), usage (record usage and read) or read (R35)
    #[arg(long, value_name = "ROLE", default_value = "full", value_parser = ["full", "usage", "read"])]
    pub role: String,
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
            let role = KeyRole::parse(&a.role).ok_or_else(|| {
                Error::invalid(format!("{:?} is not a key role", a.role))
                    .hint("a key's role is full, usage or read")
            })?;
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            with_new_secret(&mut store, &env, a.secret_out.as_deref(), |tx| {
                let target = keys::resolve_target(tx, &env, &a.target)?;
                keys::issue(tx, &env, &target, a.name.as_deref(), expires, role)
            })
        }
        KeyCommand::Rotate(a) => {
            let grace = a
                .grace
                .as_deref()
                .map(|d| parse_duration(d, "--grace"))
                .transpose()?;
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            with_new_secret(&mut store, &env, a.secret_out.as_deref(), |tx| {
                keys::rotate(tx, &env, &a.key_id, grace)
            })
        }
        KeyCommand::List { target, all } => {
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            let list = store.read(|tx| {
                let t = target
                    .as_deref()
                    .map(|t| hierarchy::resolve_target_for(tx, &env, t))
                    .transpose()?;
                keys::list(tx, &env, t.as_ref(), all)
            })?;
            Ok(output::keys(&list, env.real_now()))
        }
        KeyCommand::Rename { key_id, name } => {
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            let (k, changed) = store.write(|tx| keys::rename(tx, &env, &key_id, &name))?;
            let out = output::key(&k, env.real_now());
            Ok(if changed {
                out
            } else {
                out.warn(format!(
                    "key {} is already named {name:?}; nothing changed",
                    k.key.id
                ))
            })
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

/// Issue or rotate a key with `make`, in one write transaction, and show its new secret
/// (written to the file at `path` instead, if any).
fn with_new_secret(
    store: &mut Store,
    env: &Env,
    path: Option<&Path>,
    make: impl Fn(&Tx) -> Result<keys::WithSecret>,
) -> Result<Output> {
    with_secret_file(path, |file| {
        let w = store.write(|tx| {
            let w = make(tx)?;
            if let Some(f) = file {
                f.write(&format!("{}\n", w.secret))?;
            }
            Ok(w)
        })?;
        let shown = path.map(|p| p.display().to_string());
        Ok(output::key_with_secret(
            &w,
            env.real_now(),
            shown.as_deref(),
        ))
    })
}

/// Run `issue` or `rotate` with the secret file (if any) written inside its transaction,
/// before the commit (R42); removed again when the command fails after writing it.
fn with_secret_file(
    path: Option<&Path>,
    issue: impl FnOnce(Option<&SecretsFile>) -> Result<Output>,
) -> Result<Output> {
    let Some(path) = path else {
        return issue(None);
    };
    let file = SecretsFile::new(path, "secret");
    file.settle(issue(Some(&file)))
}
