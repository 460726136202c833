//! R28: a whole store copied into an empty one, verified at the destination before success.

use super::access::{authorize, Action, Scope};
use super::{audit, check, Env};
use crate::error::{Error, Result};
use crate::store::{CopyCounts, Tx};

/// What a copy wrote and what its verification found.
#[derive(Debug)]
pub struct Copied {
    pub counts: CopyCounts,
    /// The newest audit hash, the same on both sides.
    pub audit_head: Option<String>,
    pub checks_run: usize,
    pub audit_entries: i64,
}

/// Copy everything in `src` into `dst`, which must be empty, then run `check` and
/// `audit verify` on `dst` inside the same transaction: a copy that does not verify is
/// rolled back, so the destination is left empty.
pub fn copy_store(
    src: &Tx,
    dst: &Tx,
    env: &Env,
    progress: impl FnMut(&str, u64),
) -> Result<Copied> {
    // A copy holds everything in the store: an act on the account as a whole.
    authorize(src, &env.principal, Action::AccountManage, Scope::Account)?;
    if src.account()?.is_none() {
        return Err(Error::not_found("the source store holds no account")
            .hint("create it first with: acctl init --name NAME, or acctl apply -f FILE"));
    }
    if !dst.is_empty_store()? {
        return Err(
            Error::conflict("the destination already holds a store").hint(
                "store copy writes only into an empty store: name a new file or an empty database",
            ),
        );
    }
    let counts = dst.copy_from(src, progress)?;
    let report = check::check(dst, env)?;
    if let Some(p) = report.problems.first() {
        return Err(Error::check_failed(format!(
            "the copy did not pass check ({} problems; first: {}: {}); nothing was kept",
            report.problems.len(),
            p.check,
            p.detail
        ))
        .hint("run acctl check on the source store"));
    }
    let verified = audit::verify(dst, env, None)?;
    if let Some(p) = verified.problems.first() {
        return Err(Error::check_failed(format!(
            "the copy's audit log did not verify: {p}; nothing was kept"
        ))
        .hint("run acctl audit verify on the source store"));
    }
    let source_head = src.audit_head()?.map(|e| e.hash);
    if source_head != verified.head {
        return Err(Error::internal(
            "the copy's audit head differs from the source's; nothing was kept",
        ));
    }
    Ok(Copied {
        counts,
        audit_head: verified.head,
        checks_run: report.checks_run,
        audit_entries: verified.entries,
    })
}
