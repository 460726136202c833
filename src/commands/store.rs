//! `store copy` (R28): move a store between backends.

use super::Ctx;
use crate::domain::copy;
use crate::error::{Error, Result};
use crate::output::{self, Output};
use crate::store::{Location, OpenMode, Store};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    Copy(CopyArgs),
}

/// Copy a whole store into an empty one, between any two backends: a SQLite file or a
/// postgres:// URL on either side. Ids, times, history and the audit chain are copied (the
/// same `audit head` on both sides); the destination is checked with `check` and `audit
/// verify` before success, and a copy that fails leaves it empty. --db is not used.
#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The store to copy: a file path or a postgres:// URL
    #[arg(value_name = "SRC")]
    pub src: String,
    /// An empty destination: a new file path, or a postgres:// URL of a database (or schema)
    /// without an acctl store
    #[arg(value_name = "DST")]
    pub dst: String,
}

pub fn run(ctx: &Ctx, cmd: StoreCommand) -> Result<Output> {
    match cmd {
        StoreCommand::Copy(a) => copy(ctx, a),
    }
}

fn copy(ctx: &Ctx, a: CopyArgs) -> Result<Output> {
    let src_at = Location::parse(&a.src)?;
    let dst_at = Location::parse(&a.dst)?;
    if src_at.same_store(&dst_at) {
        return Err(
            Error::invalid("the source and the destination are the same store")
                .hint("name another file or database as the destination"),
        );
    }
    let (mut src, env) = ctx.open_at(&src_at, OpenMode::Existing)?;
    // Whether this command creates the destination store (then a failure removes it again).
    let created = match Store::open(&dst_at, OpenMode::Existing) {
        Ok(_) => false,
        Err(e) if e.exit_code() == 3 => true,
        Err(e) => return Err(e),
    };
    let mut dst = Store::open(&dst_at, OpenMode::Create)?;
    let bar = ctx.printer.progress(0, "copying");
    let outcome = src.read(|s| {
        dst.write(|d| {
            copy::copy_store(s, d, &env, |table, n| {
                bar.set_message(table.trim_matches('"').to_string());
                bar.set_position(n);
            })
        })
    });
    bar.finish_and_clear();
    match outcome {
        Ok(copied) => Ok(output::store_copied(&src_at, &dst_at, &copied)),
        Err(e) => {
            // Only a destination still empty is removed: a refusal because another copy got
            // there first must not remove that copy's store.
            if created {
                if let Err(left) = dst.discard_if_empty() {
                    ctx.printer.warn(&format!(
                        "{dst_at} may hold an empty store this copy made: removing it failed: {}",
                        left.message
                    ));
                }
            }
            Err(e)
        }
    }
}
