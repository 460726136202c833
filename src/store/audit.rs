//! R25: the hash-chained audit log. Appending happens in the transaction of the change it
//! records, so an entry exists exactly when its change does.

use super::db::{read_row, Row, ToValue, Value};
use super::Tx;
use crate::domain::clock::Timestamp;
use crate::error::Result;
use sha2::{Digest, Sha256};

/// The hash that stands before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One audit entry, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: Timestamp,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub outcome: String,
    pub detail: Option<String>,
    pub prev_hash: String,
    pub hash: String,
    /// The id of the project or subproject the entry is about (entries since schema 3).
    pub target_id: Option<String>,
}

impl AuditEntry {
    /// The entry's hash: SHA-256 over its predecessor's hash and its own fields, each
    /// length-prefixed so that no two different entries share an encoding.
    pub fn compute_hash(&self) -> String {
        let mut h = Sha256::new();
        let seq = self.seq.to_string();
        let at = self.at.0.to_string();
        let detail = self.detail.as_deref().unwrap_or("");
        for field in [
            self.prev_hash.as_str(),
            &seq,
            &at,
            &self.actor,
            &self.action,
            &self.target,
            &self.outcome,
            detail,
        ] {
            h.update((field.len() as u64).to_be_bytes());
            h.update(field.as_bytes());
        }
        // Entries without a target id hash as they always did.
        if let Some(id) = &self.target_id {
            h.update((id.len() as u64).to_be_bytes());
            h.update(id.as_bytes());
        }
        hex(&h.finalize())
    }
}

pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

impl Tx<'_> {
    /// Append an entry after the newest one.
    pub fn append_audit(
        &self,
        at: Timestamp,
        actor: &str,
        action: &str,
        target: &str,
        outcome: &str,
        detail: Option<&str>,
    ) -> Result<AuditEntry> {
        self.append_audit_about(at, actor, action, (target, None), outcome, detail)
    }

    /// Append an entry about a target named by path and, for a project or subproject, id.
    pub fn append_audit_about(
        &self,
        at: Timestamp,
        actor: &str,
        action: &str,
        (target, target_id): (&str, Option<uuid::Uuid>),
        outcome: &str,
        detail: Option<&str>,
    ) -> Result<AuditEntry> {
        let last: Option<(i64, String)> = self.query_opt(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            &[],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (seq, prev_hash) = match last {
            Some((s, h)) => (s + 1, h),
            None => (1, GENESIS.to_string()),
        };
        let mut entry = AuditEntry {
            seq,
            at,
            actor: actor.to_string(),
            action: action.to_string(),
            target: target.to_string(),
            outcome: outcome.to_string(),
            detail: detail.map(str::to_string),
            prev_hash,
            hash: String::new(),
            target_id: target_id.map(|id| id.to_string()),
        };
        entry.hash = entry.compute_hash();
        self.exec(
            "INSERT INTO audit (seq, at, actor, action, target, outcome, detail, prev_hash, hash, \
             target_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            &[
                &entry.seq,
                &entry.at,
                &entry.actor,
                &entry.action,
                &entry.target,
                &entry.outcome,
                &entry.detail,
                &entry.prev_hash,
                &entry.hash,
                &entry.target_id,
            ],
        )?;
        Ok(entry)
    }
}

/// Which entries `audit list` returns.
#[derive(Default)]
pub struct AuditFilter<'a> {
    pub since: Option<Timestamp>,
    /// `operator`, `user:EMAIL`, `key:ID`, or the bare email or key id.
    pub actor: Option<&'a str>,
    /// A target's name or path; a project's also matches its subprojects' entries.
    pub target: Option<&'a str>,
    /// The ids of the project or subproject `target` names (a project's with its
    /// subprojects'): entries recorded with one of them match whatever their path was then,
    /// and entries with another id do not match by path.
    pub target_ids: Option<&'a [uuid::Uuid]>,
    /// The newest N entries (still printed oldest first).
    pub limit: Option<i64>,
}

fn audit_row(r: &Row) -> Result<AuditEntry> {
    read_row!(r => AuditEntry {
        seq, at, actor, action, target, outcome, detail, prev_hash, hash, target_id
    })
}

const AUDIT_COLUMNS: &str =
    "seq, at, actor, action, target, outcome, detail, prev_hash, hash, target_id";

impl Tx<'_> {
    /// Entries matching the filter, oldest first.
    pub fn list_audit(&self, f: &AuditFilter) -> Result<Vec<AuditEntry>> {
        let mut sql = format!("SELECT {AUDIT_COLUMNS} FROM audit WHERE 1 = 1");
        let mut args: Vec<Value> = Vec::new();
        if let Some(t) = f.since {
            args.push(t.to_value());
            sql.push_str(&format!(" AND at >= ?{}", args.len()));
        }
        if let Some(a) = f.actor {
            args.push(a.to_lowercase().to_value());
            let i = args.len();
            sql.push_str(&format!(
                " AND (lower(actor) = ?{i} OR lower(actor) = 'user:' || ?{i} OR lower(actor) = 'key:' || ?{i})"
            ));
        }
        if let Some(t) = f.target {
            // The target and the target with '/' appended, as two parameters of known type.
            args.push(t.to_lowercase().to_value());
            args.push(format!("{}/", t.to_lowercase()).to_value());
            let (i, j) = (args.len() - 1, args.len());
            args.push(((t.to_lowercase().chars().count() + 1) as i64).to_value());
            let n = args.len();
            let by_path =
                format!("(lower(target) = ?{i} OR substr(lower(target), 1, ?{n}) = ?{j})");
            match f.target_ids {
                None => sql.push_str(&format!(" AND {by_path}")),
                Some(ids) => {
                    let mut marks = Vec::with_capacity(ids.len());
                    for id in ids {
                        args.push(id.to_string().to_value());
                        marks.push(format!("?{}", args.len()));
                    }
                    sql.push_str(&format!(
                        " AND (target_id IN ({}) OR (target_id IS NULL AND {by_path}))",
                        marks.join(", ")
                    ));
                }
            }
        }
        sql.push_str(" ORDER BY seq DESC");
        if let Some(n) = f.limit {
            args.push(n.to_value());
            sql.push_str(&format!(" LIMIT ?{}", args.len()));
        }
        let refs: Vec<&dyn ToValue> = args.iter().map(|a| a as &dyn ToValue).collect();
        let mut out = self.query_vec(&sql, &refs, audit_row)?;
        out.reverse();
        Ok(out)
    }

    /// Every entry, oldest first, handed to `f` one at a time (the log can be long).
    pub fn for_each_audit(&self, mut f: impl FnMut(AuditEntry) -> Result<()>) -> Result<()> {
        self.query_each(
            &format!("SELECT {AUDIT_COLUMNS} FROM audit ORDER BY seq"),
            &[],
            |r| f(audit_row(r)?),
        )
    }

    /// The newest entry.
    pub fn audit_head(&self) -> Result<Option<AuditEntry>> {
        self.query_opt(
            &format!("SELECT {AUDIT_COLUMNS} FROM audit ORDER BY seq DESC LIMIT 1"),
            &[],
            audit_row,
        )
    }
}
