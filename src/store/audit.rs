//! R25: the hash-chained audit log. Appending happens in the transaction of the change it
//! records, so an entry exists exactly when its change does.

use super::Tx;
use crate::domain::clock::Timestamp;
use crate::error::Result;
use rusqlite::{params, OptionalExtension};
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
        let last: Option<(i64, String)> = self
            .conn()
            .prepare_cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
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
        };
        entry.hash = entry.compute_hash();
        self.conn()
            .prepare_cached(
                "INSERT INTO audit (seq, at, actor, action, target, outcome, detail, prev_hash, hash) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                entry.seq,
                entry.at.0,
                entry.actor,
                entry.action,
                entry.target,
                entry.outcome,
                entry.detail,
                entry.prev_hash,
                entry.hash,
            ])?;
        Ok(entry)
    }
}
