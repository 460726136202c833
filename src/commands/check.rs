//! `check` and `backup` (R26).

use super::Ctx;
use crate::domain::access::{Action, Scope};
use crate::domain::check;
use crate::error::{Error, Result};
use crate::output::{self, Output};
use crate::store::OpenMode;
use clap::Args;
use std::path::PathBuf;

/// Verify the store: SQLite's integrity and foreign keys, the model's structure (depth, links,
/// names, keys, grants, resources), totals spent, monthly spending and the monthly usage
/// reports read, prepaid balances and the audit chain.
/// Prints each problem on one line; exits 0 when the store is sound, 7 when anything is wrong.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Rebuild what the store keeps beside its records where the check finds it out of step
    /// (totals spent, prepaid balances, monthly spending, monthly usage sums, the lookup keys of
    /// names and emails)
    /// from those records, then check again; records (charges, reversals, top-ups, transfers,
    /// the audit log) are never changed, and nothing is rebuilt while the file or the records
    /// themselves fail a check (integrity, foreign keys, currencies, reversals, transfers).
    /// Needs account admin; one audit entry when anything was rebuilt; exits 7 if anything is
    /// still wrong
    #[arg(long)]
    pub repair: bool,
}

/// Copy the store to PATH while others may go on writing (SQLite's online backup API).
/// The copy is a standalone acctl store: `acctl --db PATH check` verifies it.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The file to write; an existing one is refused (exit 4) unless --force
    pub path: PathBuf,
    /// Replace PATH if it exists
    #[arg(long)]
    pub force: bool,
}

pub fn check(ctx: &Ctx, args: CheckArgs) -> Result<Output> {
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    if args.repair {
        // Checked without the write lock; the lock is held only while rebuilding, and the
        // check that follows reads a snapshot again.
        let before = store.read(|tx| {
            env.require(tx, Action::AccountManage, Scope::Account)?;
            check::check(tx, &env)
        })?;
        let plan = check::RepairPlan::of(&before);
        let rebuilt = if plan.rebuilds.is_empty() {
            Vec::new()
        } else {
            store.write(|tx| check::rebuild(tx, &env, &plan, &before))?
        };
        let after = if rebuilt.is_empty() {
            before
        } else {
            store.read(|tx| check::check(tx, &env))?
        };
        return Ok(output::repair_report(&plan, &rebuilt, &after));
    }
    let report = store.read(|tx| check::check(tx, &env))?;
    Ok(output::check_report(&report))
}

pub fn backup(ctx: &Ctx, args: BackupArgs) -> Result<Output> {
    // PATH is a file: a URL there would become a file named after it (its password too).
    if let Some(text) = args.path.to_str() {
        if let Ok(crate::store::Location::Postgres(_)) = crate::store::Location::parse(text) {
            return Err(Error::invalid(
                "backup writes a SQLite file, and PATH is a PostgreSQL URL",
            )
            .hint("to copy a store into a PostgreSQL database, use: acctl store copy SRC DST"));
        }
    }
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    // A backup holds everything in the store: it is an act on the account as a whole.
    store.read(|tx| env.require(tx, Action::AccountManage, Scope::Account))?;
    let bytes = store.backup_to(&args.path, args.force)?;
    Ok(output::backup_report(&args.path, bytes))
}
