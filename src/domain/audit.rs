//! R25: reading and verifying the hash-chained audit log. Entries are appended by
//! [`super::Env::audit`] in the transaction of the change they record.

use super::access::{Action, Scope};
use super::clock::Timestamp;
use super::Env;
use crate::error::{Error, RefusedAttempt, Result};
use crate::store::{AuditEntry, AuditFilter, NodeFilter, Tx, GENESIS};

/// R25: a key's refused attempt, recorded on its own after the refused command's transaction
/// was rolled back: the one write a refused command makes.
pub fn record_refusal(tx: &Tx, at: Timestamp, attempt: &RefusedAttempt) -> Result<()> {
    tx.append_audit_about(
        at,
        &attempt.actor,
        &attempt.action,
        (&attempt.target, attempt.target_id),
        "denied",
        Some(&attempt.reason),
    )?;
    Ok(())
}

pub fn list(tx: &Tx, env: &Env, filter: &AuditFilter) -> Result<Vec<AuditEntry>> {
    env.require(tx, Action::Read, Scope::Account)?;
    super::lists::check_limit(filter.limit)?;
    let Some(target) = filter.target else {
        return tx.list_audit(filter);
    };
    // A project or subproject named by id or by its path today: its entries are found by id,
    // whatever it was called when they were written (entries older than ids, by path).
    let Some(node) = super::hierarchy::resolve_target(tx, target).ok() else {
        return tx.list_audit(filter);
    };
    let mut ids = vec![node.id];
    if !node.is_subproject() {
        ids.extend(
            tx.list_nodes(&NodeFilter {
                parent: Some(Some(node.id)),
                include_deleted: true,
                ..NodeFilter::default()
            })?
            .into_iter()
            .map(|s| s.id),
        );
    }
    let path = node.path();
    tx.list_audit(&AuditFilter {
        target: Some(&path),
        target_ids: Some(&ids),
        ..*filter
    })
}

/// The newest entry, whose hash a careful operator keeps elsewhere (`audit verify --head`).
pub fn head(tx: &Tx, env: &Env) -> Result<Option<AuditEntry>> {
    env.require(tx, Action::Read, Scope::Account)?;
    tx.audit_head()
}

/// What `audit verify` found.
pub struct Verification {
    pub entries: i64,
    pub head: Option<String>,
    pub problems: Vec<String>,
}

/// Walk the chain: every entry must follow its predecessor (sequence and hash) and hash to
/// what it says; with `expected_head`, that hash must still be in the log.
pub fn verify(tx: &Tx, env: &Env, expected_head: Option<&str>) -> Result<Verification> {
    env.require(tx, Action::Read, Scope::Account)?;
    let expected_head = expected_head.map(|h| h.trim().to_ascii_lowercase());
    if let Some(h) = &expected_head {
        if h.len() != 64 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::invalid(format!("{h:?} is not an audit hash"))
                .hint("an audit hash is 64 hex digits, as printed by: acctl audit head"));
        }
    }
    let mut problems = Vec::new();
    let (mut prev_hash, mut next_seq, mut entries) = (GENESIS.to_string(), 1i64, 0i64);
    let mut head_found = false;
    tx.for_each_audit(|e| {
        entries += 1;
        if e.seq != next_seq {
            problems.push(format!(
                "entries {next_seq} to {} are missing: removed from the log",
                e.seq - 1
            ));
        } else if e.prev_hash != prev_hash {
            problems.push(format!(
                "entry {} does not follow the entry before it: that entry was altered or removed",
                e.seq
            ));
        }
        if e.compute_hash() != e.hash {
            problems.push(format!(
                "entry {} was altered: its hash does not match its contents",
                e.seq
            ));
        }
        if expected_head.as_deref() == Some(e.hash.as_str()) {
            head_found = true;
        }
        prev_hash = e.hash;
        next_seq = e.seq + 1;
        Ok(())
    })?;
    if let Some(h) = &expected_head {
        if !head_found {
            problems.push(format!(
                "the kept head {h} is not in the log: entries were cut from its end (or the hash is another store's)"
            ));
        }
    }
    Ok(Verification {
        entries,
        head: (entries > 0).then_some(prev_hash),
        problems,
    })
}
